import type { CreditGrant, GrantSource } from '../data/types.js';
import { fromHundredths, toHundredths } from './credits.js';
import { addDays, daysBetween } from './days.js';

/*
 * Pure facts about grants on a given day: which are valid, which end soon, how the valid
 * total splits into purchased and converted credits. Days are `YYYY-MM-DD`, inclusive.
 */

export type GrantStatus = 'active' | 'expired' | 'upcoming';

/** A grant ending within this many days of the as-of day is marked. */
export const ENDING_SOON_DAYS = 90;

export interface GrantRow extends CreditGrant {
  status: GrantStatus;
  /** Active, ending within ENDING_SOON_DAYS of the as-of day, and with no renewal in place. */
  endingSoon: boolean;
  /** The grants that take over when this one ends, without a gap (see renewalsOf). */
  renewedBy: CreditGrant[];
  /** Whole days from the as-of day to the end date (negative once expired). */
  daysLeft: number;
}

export function grantStatus(grant: CreditGrant, day: string): GrantStatus {
  if (day < grant.startDate) return 'upcoming';
  if (day > grant.endDate) return 'expired';
  return 'active';
}

/** Every grant with its status on `day`, sorted by end date (then start date, then name). */
export function grantRows(grants: readonly CreditGrant[], day: string): GrantRow[] {
  return grants
    .map((grant) => {
      const status = grantStatus(grant, day);
      const daysLeft = daysBetween(day, grant.endDate);
      const renewedBy = renewalsOf(grant, grants);
      const endingSoon = status === 'active' && daysLeft <= ENDING_SOON_DAYS && renewedBy.length === 0;
      return { ...grant, status, daysLeft, renewedBy, endingSoon };
    })
    .sort(
      (a, b) =>
        a.endDate.localeCompare(b.endDate) || a.startDate.localeCompare(b.startDate) || a.name.localeCompare(b.name),
    );
}

/** A grant starting up to this many days before another ends can be its (early) renewal. */
const EARLY_RENEWAL_DAYS = 31;

/**
 * The grants that take over from `grant` when it ends: of the same source, still valid on
 * the day after its last day, and started between a month before that last day and the day
 * after it. An add-on bought months earlier runs alongside; it is no renewal.
 */
export function renewalsOf(grant: CreditGrant, grants: readonly CreditGrant[]): CreditGrant[] {
  const next = addDays(grant.endDate, 1);
  const earliest = addDays(grant.endDate, -EARLY_RENEWAL_DAYS);
  return grants.filter(
    (other) =>
      other.id !== grant.id &&
      other.source === grant.source &&
      other.startDate >= earliest &&
      other.startDate <= next &&
      other.endDate >= next,
  );
}

/** Sources whose credits count as purchased (bought directly or through a marketplace). */
const PURCHASED: readonly GrantSource[] = ['purchase', 'aws-marketplace', 'azure-marketplace'];

export interface CreditBreakdown {
  /** Credits valid on the day, from every source. */
  total: number;
  /** From purchases and cloud marketplaces. */
  purchased: number;
  /** Converted from license entitlements. */
  converted: number;
  /** From trials and other sources. */
  other: number;
}

/** How the credits valid on `day` split by where they came from, each sum exact to the hundredth. */
export function creditBreakdown(grants: readonly CreditGrant[], day: string): CreditBreakdown {
  const hundredths = { purchased: 0, converted: 0, other: 0 };
  for (const grant of grants) {
    if (grantStatus(grant, day) !== 'active') continue;
    const kind = PURCHASED.includes(grant.source) ? 'purchased' : grant.source === 'license-conversion' ? 'converted' : 'other';
    hundredths[kind] += toHundredths(grant.credits);
  }
  return {
    total: fromHundredths(hundredths.purchased + hundredths.converted + hundredths.other),
    purchased: fromHundredths(hundredths.purchased),
    converted: fromHundredths(hundredths.converted),
    other: fromHundredths(hundredths.other),
  };
}
