import { sharedStrings, type StringTable } from '../i18n/strings.js';

/** The English defaults of `<credit-summary>`; override any through `strings` or `registerCreditStrings`. */
export const summaryStrings = {
  ...sharedStrings,
  summaryTitle: 'Credit summary',
  summaryTotalValid: 'Total valid credits',
  summaryAllocated: 'Allocated credits',
  summaryBalance: 'Current balance',
  summaryOverAllocated: 'Over-allocated',
  summaryNegativeNote:
    'A negative balance does not prevent you from using any app or service. To add credits, contact your sales representative or buy them through a cloud marketplace (AWS, Azure).',
  summaryPurchaseLink: 'Buy more credits',
  summaryBreakdownTitle: 'Valid credits by source',
  summaryPurchased: 'Purchased',
  summaryPurchasedHint: 'Direct and cloud marketplace purchases',
  summaryConverted: 'Converted from license entitlements',
  summaryOther: 'Trial and other',
  summaryNoValidGrants: 'No credits are valid on {date}.',
} satisfies StringTable;

export type SummaryStrings = typeof summaryStrings;
