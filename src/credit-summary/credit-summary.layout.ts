import type { CreditSummary } from '../data/types.js';
import type { CreditBreakdown } from '../data/grants.js';

/*
 * Pure maths behind <credit-summary>: the balance and how the valid credits split by source.
 */

export interface SummaryFigures {
  totalValid: number;
  allocated: number;
  /** totalValid − allocated, to the hundredth a credit is ever shown with. */
  balance: number;
  /** More is allocated than is valid (the balance shows below zero). */
  overAllocated: boolean;
}

export function summaryFigures({ totalValid, allocated }: Pick<CreditSummary, 'totalValid' | 'allocated'>): SummaryFigures {
  const balance = toHundredths(totalValid - allocated);
  return { totalValid, allocated, balance, overAllocated: balance < 0 };
}

/**
 * Credits are shown with at most two decimals, so the balance is rounded the same way first:
 * otherwise a float residue such as 0.3 − 0.30000000000000004 would read "-0" and be flagged
 * as over-allocated. Negative zero becomes zero for the same reason.
 */
function toHundredths(value: number): number {
  const rounded = Math.round(value * 100) / 100;
  // Near Number.MAX_VALUE the scaling overflows; such a value has no hundredths to round.
  if (!Number.isFinite(rounded)) return value;
  return rounded === 0 ? 0 : rounded;
}

export type BreakdownSource = 'purchased' | 'converted' | 'other';

export interface BreakdownSegment {
  source: BreakdownSource;
  credits: number;
  /** Fraction (0…1) of the credits valid on the day; 0 for every segment when none are. */
  share: number;
  /** Sum of the shares before this one: where its piece of the bar starts. */
  offset: number;
}

/**
 * The segments of the "valid credits by source" bar and legend. Purchased and converted always
 * appear (a zero there is information); trial and other credits only when there are some.
 */
export function breakdownSegments(breakdown: CreditBreakdown): BreakdownSegment[] {
  const { total } = breakdown;
  const sources: BreakdownSource[] = breakdown.other > 0 ? ['purchased', 'converted', 'other'] : ['purchased', 'converted'];
  let offset = 0;
  return sources.map((source) => {
    const share = total > 0 ? breakdown[source] / total : 0;
    const segment = { source, credits: breakdown[source], share, offset };
    offset += share;
    return segment;
  });
}
