/*
 * The data of each speed scenario, shared by every contender's page so all draw the same
 * figures: a first set to create with, and a second set of the same size to update to.
 */
import { demoCreditData, demoOverAllocatedData } from '../../src/data/demo-data.js';
import type { CreditData, CreditFeature, HistoryPoint, OfferingAllocation } from '../../src/data/types.js';
import { allocations, AS_OF, features, historyPoints } from './data.js';

/** Daily points in one year and in five (one leap day included). */
export const YEAR_DAYS = 365;
export const FIVE_YEAR_DAYS = 5 * 365 + 1;

export interface Sets<T> {
  first: T;
  second: T;
}

const sets = <T>(make: (seed: number) => T): Sets<T> => ({ first: make(1), second: make(2) });

export const pieSets = (): Sets<OfferingAllocation[]> => sets((seed) => allocations(12, seed));
export const historySets = (days: number): Sets<HistoryPoint[]> => sets((seed) => historyPoints(days, seed));
export const catalogSets = (count: number): Sets<CreditFeature[]> => sets((seed) => features(count, seed));

/** The kit's own demo data, and the same catalog over-allocated: the dashboard's two sets. */
export const dashboardSets = (): Sets<CreditData> => ({
  first: demoCreditData({ asOf: AS_OF }),
  second: demoOverAllocatedData({ asOf: AS_OF }),
});

/** The search keystroke typed into the 10,000-feature catalog. */
export const KEYSTROKE = 'z';
