import { sharedStrings, type StringTable } from '../i18n/strings.js';

/**
 * The English defaults of `<credit-pie>`; override any through `strings` or
 * `registerCreditStrings`. Two different bases are in play: the centre compares allocated
 * credits with the total valid ones, the legend compares each offering with the allocated
 * total. Every text says which it is.
 */
export const pieStrings = {
  ...sharedStrings,
  pieTitle: 'Allocated credits',
  pieStoryLargest: '{name} takes the largest share, {share} of allocated credits.',
  pieStorySecond: 'Next is {name} with {share}.',
  pieStoryTotal: '{count} offerings share {total} allocated credits.',
  pieCentreLabel: 'credits allocated',
  pieShareOfValid: '{percent} of total valid credits',
  pieShareOfValidNotApplicable: 'Share of total valid credits: not applicable, no credits are valid',
  pieShareOfValidUnavailable: 'The share of total valid credits is unavailable: {message}',
  pieLegendLabel: 'Allocated credits per offering',
  pieLegendOffering: 'Offering',
  pieLegendCredits: 'Credits',
  pieLegendShare: '% of allocated',
  pieShareOfAllocated: '{percent} of allocated credits',
  pieLegendFilter: 'Filter features by',
  pieOther: 'Other',
  pieEmpty: 'No credits are allocated to any offering yet.',
  pieDetailsTitle: 'Allocated credits per feature',
  pieDetailsItem: 'Offering and feature',
  pieDetailsCredits: 'Credits',
  pieDetailsTotal: 'Total allocated',
} satisfies StringTable;

export type PieStrings = typeof pieStrings;
