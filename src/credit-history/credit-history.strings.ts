import { sharedStrings, type StringTable } from '../i18n/strings.js';

/** The English defaults of `<credit-history>`'s UI strings (override with `strings` or `registerCreditStrings`). */
export const historyStrings = {
  ...sharedStrings,
  historyTitle: 'Credit history',
  historyValid: 'Total valid credits',
  historyAllocated: 'Allocated credits',
  historyBalance: 'Balance',
  historyDate: 'Date',
  historyOverAllocated: 'Over-allocated',
  historyOverAllocatedLegend: 'Over-allocated: allocated exceeded total valid on {days} of {total} days',
  historyOverAllocatedBalance: '{balance} (over-allocated)',
  historyGrantStarts: 'Credits start',
  historyGrantEnds: 'Credits end',
  historyStartsOn: 'Starts: {name}',
  historyEndsOn: 'Ends: {name}',
  historyGaps: 'Gaps are days without data',
  historyNoData: 'No data for this day',
  historyNoDataOn: '{date}: no data',
  historyPointSummary: '{date}: total valid {valid}, allocated {allocated}, balance {balance}',
  historyChartLabel: 'Chart of total valid and allocated credits per day, {period}',
  historyChartRole: 'interactive chart',
  historyKeyboardHint:
    'Arrow keys move the crosshair one day, Page Up and Page Down one month, Home and End to the first and last day.',
  historyShowTable: 'Show as table',
  historyTableCaption: 'Total valid and allocated credits per day, {period}',
  historyEmpty: 'No credit history for {period}.',
  historyPeriodErrorTitle: 'This chart cannot show the period asked for',
  historyBadDate: 'The {attribute} attribute must be a date as YYYY-MM-DD (got "{value}").',
  historyBadOrder: 'The period must not start ({from}) after it ends ({to}): check the from and to attributes.',
} satisfies StringTable;

export type HistoryStrings = typeof historyStrings;
