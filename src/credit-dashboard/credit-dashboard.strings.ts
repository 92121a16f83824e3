import { sharedStrings, type StringTable } from '../i18n/strings.js';

/** The English defaults of `<credit-dashboard>`. */
export const dashboardStrings = {
  ...sharedStrings,
  dashboardLabel: 'Annual credits',
} satisfies StringTable;

export type DashboardStrings = typeof dashboardStrings;
