import type { CreditSummary } from '../data/types.js';
import type { CreditBreakdown } from '../data/grants.js';
import { compareCredits, roundedShares, subtractCredits } from '../data/credits.js';

/*
 * Pure maths behind <credit-summary>: the balance and how the valid credits split by source,
 * exact to the hundredth (src/data/credits.ts), so the three figures add up as shown.
 */

export interface SummaryFigures {
  totalValid: number;
  allocated: number;
  /** totalValid − allocated, exact to the hundredth (0.3 − (0.1 + 0.2) is 0, never −0). */
  balance: number;
  /** More is allocated than is valid (the balance shows below zero), compared exactly. */
  overAllocated: boolean;
}

export function summaryFigures({ totalValid, allocated }: Pick<CreditSummary, 'totalValid' | 'allocated'>): SummaryFigures {
  return {
    totalValid,
    allocated,
    balance: subtractCredits(totalValid, allocated),
    overAllocated: compareCredits(totalValid, allocated) < 0,
  };
}

export type BreakdownSource = 'purchased' | 'converted' | 'other';

export interface BreakdownSegment {
  source: BreakdownSource;
  credits: number;
  /**
   * Fraction (0…1) of the credits valid on the day, rounded to whole percents so that the
   * legend's percentages add up to 100 %; 0 for every segment when none are valid.
   */
  share: number;
  /** Sum of the shares before this one: where its piece of the bar starts. */
  offset: number;
}

/**
 * The segments of the "valid credits by source" bar and legend. Purchased and converted always
 * appear (a zero there is information); trial and other credits only when there are some.
 */
export function breakdownSegments(breakdown: CreditBreakdown): BreakdownSegment[] {
  const sources: BreakdownSource[] = breakdown.other > 0 ? ['purchased', 'converted', 'other'] : ['purchased', 'converted'];
  const shares = roundedShares(sources.map((source) => breakdown[source]));
  let offset = 0;
  return sources.map((source, i) => {
    const share = shares[i]!;
    const segment = { source, credits: breakdown[source], share, offset };
    // Whole percents as fractions: adding them in hundredths keeps 0.07 + 0.58 from drifting.
    offset = Math.round((offset + share) * 100) / 100;
    return segment;
  });
}
