import { addDays } from '../data/days.js';
import { validOn } from '../data/outlook.js';
import type { CreditGrant, HistoryPoint } from '../data/types.js';

/**
 * The days after the as-of day as the grants make them: valid credits from every grant valid
 * that day, allocated credits held at today's figure (the allocation is the host's to
 * change; the projection shows what happens if nobody changes it).
 */
export function projectionPoints(
  grants: readonly CreditGrant[],
  asOfDay: string,
  allocated: number,
  days: number,
): HistoryPoint[] {
  return Array.from({ length: days }, (_, i) => {
    const date = addDays(asOfDay, i + 1);
    return { date, totalValid: validOn(grants, date), allocated };
  });
}
