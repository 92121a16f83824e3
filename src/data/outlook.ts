import { fromHundredths as credits, toHundredths as hundredths } from './credits.js';
import { addDays, daysBetween } from './days.js';
import { renewalsOf } from './grants.js';
import type { CreditGrant } from './types.js';

/*
 * What happens next. Grant end dates are known, so the future of total valid credits is
 * known too: on day d the valid credits are those of every grant with startDate ≤ d ≤
 * endDate (days inclusive, so a renewal that starts the day after its predecessor ends
 * leaves no gap). At the current allocation, that is the future balance as well.
 *
 * Sums are kept in integer hundredths of a credit (the kit's precision), so a balance that
 * is zero is zero, not a float residue that reads "-0" and counts as negative.
 */

/** The outlook looks this many days ahead unless told otherwise. */
export const DEFAULT_OUTLOOK_DAYS = 365;

/** "At risk" is reported for these horizons (days from the as-of day). */
export const RISK_HORIZONS = [30, 90] as const;

/** One day on which valid credits change: grants ended the day before, or start on it. */
export interface OutlookChange {
  /** The first day the new figures apply, `YYYY-MM-DD`. */
  day: string;
  /** Days after the as-of day. */
  daysAhead: number;
  /** Grants whose last valid day was the day before. */
  ended: CreditGrant[];
  /** Grants whose first valid day this is. */
  started: CreditGrant[];
  /** Net change of valid credits (negative when credits end). */
  delta: number;
  /** Valid credits from this day on. */
  validAfter: number;
  /** Balance from this day on, at the current allocated credits. */
  balanceAfter: number;
}

export interface OutlookPoint {
  day: string;
  valid: number;
  balance: number;
}

export interface OutlookRisk {
  /** Days from the as-of day the horizon covers. */
  days: number;
  /** Valid credits lost by then, net of renewals and grants already in place (≥ 0). */
  credits: number;
  /** Grants ending by then with no renewal in place. */
  grants: CreditGrant[];
}

export interface Outlook {
  /** The as-of day: the outlook starts here. */
  from: string;
  /** The last day looked at. */
  to: string;
  allocated: number;
  /** Valid credits and balance on the as-of day. */
  now: OutlookPoint;
  /** Every change in (from, to], earliest first. */
  changes: OutlookChange[];
  /** The lowest valid credits in [from, to] and the first day they are reached. */
  lowest: OutlookPoint;
  /** The balance is already below zero on the as-of day. */
  alreadyNegative: boolean;
  /** The first day ahead the balance goes below zero; undefined when it never does (or already is). */
  firstNegative: OutlookChange | undefined;
  /** Credits missing at the lowest point: 0 when the balance never goes below zero. */
  shortfall: number;
  /** What is at risk within 30 and 90 days. */
  risks: OutlookRisk[];
}

export interface OutlookInput {
  grants: readonly CreditGrant[];
  /** The as-of day, `YYYY-MM-DD`. */
  asOfDay: string;
  /** Credits allocated now; the outlook assumes the allocation stays as it is. */
  allocated: number;
  /** How many days ahead to look (default 365). */
  days?: number;
}

export function creditOutlook({ grants, asOfDay, allocated, days = DEFAULT_OUTLOOK_DAYS }: OutlookInput): Outlook {
  const from = asOfDay;
  const to = addDays(from, Math.max(0, Math.floor(days)));
  const allocatedH = hundredths(allocated);
  const point = (day: string, validH: number): OutlookPoint => ({
    day,
    valid: credits(validH),
    balance: credits(validH - allocatedH),
  });

  const nowH = validHundredthsOn(grants, from);
  const changes: OutlookChange[] = [];
  let previousH = nowH;
  let lowest = { day: from, validH: nowH };
  for (const day of changeDays(grants, from, to)) {
    const validH = validHundredthsOn(grants, day);
    const ended = grants.filter((grant) => addDays(grant.endDate, 1) === day);
    const started = grants.filter((grant) => grant.startDate === day);
    changes.push({
      day,
      daysAhead: daysBetween(from, day),
      ended,
      started,
      delta: credits(validH - previousH),
      validAfter: credits(validH),
      balanceAfter: credits(validH - allocatedH),
    });
    if (validH < lowest.validH) lowest = { day, validH };
    previousH = validH;
  }

  const alreadyNegative = nowH < allocatedH;
  const lowestPoint = point(lowest.day, lowest.validH);
  return {
    from,
    to,
    allocated: credits(allocatedH),
    now: point(from, nowH),
    changes,
    lowest: lowestPoint,
    alreadyNegative,
    firstNegative: alreadyNegative ? undefined : changes.find((change) => change.balanceAfter < 0),
    shortfall: lowestPoint.balance < 0 ? -lowestPoint.balance : 0,
    risks: RISK_HORIZONS.map((horizon) => risk(grants, from, nowH, changes, horizon)),
  };
}

/** Valid credits on a day, from the grants. */
export function validOn(grants: readonly CreditGrant[], day: string): number {
  return credits(validHundredthsOn(grants, day));
}

function risk(
  grants: readonly CreditGrant[],
  from: string,
  nowH: number,
  changes: readonly OutlookChange[],
  horizon: number,
): OutlookRisk {
  const until = addDays(from, horizon);
  let lowestH = nowH;
  for (const change of changes) if (change.day <= until) lowestH = Math.min(lowestH, hundredths(change.validAfter));
  const ending = grants.filter((grant) => grant.endDate >= from && grant.endDate < until);
  return {
    days: horizon,
    credits: credits(nowH - lowestH),
    grants: ending.filter((grant) => renewalsOf(grant, grants).length === 0),
  };
}

/** The days in (from, to] on which some grant starts or the day after one ends, in order. */
function changeDays(grants: readonly CreditGrant[], from: string, to: string): string[] {
  const days = new Set<string>();
  for (const grant of grants) {
    for (const day of [grant.startDate, addDays(grant.endDate, 1)]) if (day > from && day <= to) days.add(day);
  }
  return [...days].sort();
}

function validHundredthsOn(grants: readonly CreditGrant[], day: string): number {
  let total = 0;
  // `YYYY-MM-DD` strings compare in calendar order.
  for (const grant of grants) if (grant.startDate <= day && day <= grant.endDate) total += hundredths(grant.credits);
  return total;
}
