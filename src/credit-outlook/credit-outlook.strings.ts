import { sharedStrings, type StringTable } from '../i18n/strings.js';

/** The English defaults of `<credit-outlook>`; override any through `strings` or `registerCreditStrings`. */
export const outlookStrings = {
  ...sharedStrings,
  outlookTitle: 'What happens next',
  outlookHorizonYear: 'the next 12 months',
  outlookHorizonDays: 'the next {days} days',
  outlookGoesNegative: 'At the current allocation your balance goes negative on {date} ({balance}), when {cause}.',
  outlookGoesNegativeLowest: 'At the current allocation your balance goes negative on {date} ({balance}), when {cause}; it reaches {lowest} on {lowestDate}.',
  outlookAlreadyNegative: 'Your balance is already negative ({balance}).',
  outlookAlreadyNegativeLowest: 'Your balance is already negative ({balance}); at the current allocation it reaches {lowest} on {lowestDate}.',
  outlookNotBlocking: 'A negative balance does not block any feature.',
  outlookStaysPositive: 'At the current allocation your balance stays at or above zero over {horizon}; its lowest is {lowest} on {lowestDate}.',
  outlookNoChange: 'No grant ends in {horizon}.',
  outlookCauseOne: '“{name}” ends',
  outlookCauseMany: '{names} end',
  outlookRisk: 'Within {days} days: {credits} at risk.',
  outlookRiskNone: 'Within {days} days: nothing at risk.',
  outlookBuy: 'Buy credits',
  outlookTableCaption: 'Changes to valid credits over {horizon}',
  outlookDate: 'Date',
  outlookEvent: 'What changes',
  outlookChange: 'Change',
  outlookValidAfter: 'Valid credits after',
  outlookBalanceAfter: 'Balance after',
  outlookEnds: '{name} ends',
  outlookStarts: '{name} starts',
  outlookRenewed: 'renewed, no gap',
  outlookNegative: 'Below zero',
} satisfies StringTable;

export type OutlookStrings = typeof outlookStrings;
