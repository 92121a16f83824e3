import { sharedStrings, type StringTable } from '../i18n/strings.js';

/** The English defaults of `<credit-dashboard>`. */
export const dashboardStrings = {
  ...sharedStrings,
  dashboardLabel: 'Annual credits',
  dashboardSelectionNote: '{count} {offering} features shown below',
  dashboardSelectionNoteOne: '{count} {offering} feature shown below',
  dashboardSelectionShow: 'Show',
  dashboardSelectionClear: 'Clear',
} satisfies StringTable;

export type DashboardStrings = typeof dashboardStrings;
