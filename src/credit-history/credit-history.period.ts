import { addDays, addMonths, daysBetween, isCalendarDay } from '../data/days.js';

/*
 * The period the history shows and the crosshair's moves through it. Days are `YYYY-MM-DD`
 * in UTC: a calendar day has no time zone, so the reader's zone can never shift one.
 */

/** First and last day shown, both inclusive. */
export interface Period {
  from: string;
  to: string;
}

/** The default period: the as-of day and the 364 days before it. */
export const DEFAULT_PERIOD_DAYS = 365;

export type PeriodProblem =
  | { problem: 'date'; attribute: 'from' | 'to'; value: string }
  | { problem: 'order'; from: string; to: string };

export type PeriodResult = { period: Period } | PeriodProblem;

/**
 * The period to show: `to` defaults to the as-of day, `from` to the year ending on `to`.
 * Returns undefined while the as-of day is needed and not known yet. A host's bad attribute
 * is a problem naming it, found before any data arrives.
 */
export function resolvePeriod(
  from: string | undefined,
  to: string | undefined,
  asOfDay: string | undefined,
): PeriodResult | undefined {
  const given = { from: attributeValue(from), to: attributeValue(to) };
  for (const attribute of ['from', 'to'] as const) {
    const value = given[attribute];
    if (value !== undefined && !isCalendarDay(value)) return { problem: 'date', attribute, value };
  }
  const end = given.to ?? asOfDay;
  if (end === undefined) return undefined;
  const start = given.from ?? addDays(end, 1 - DEFAULT_PERIOD_DAYS);
  if (start > end) return { problem: 'order', from: start, to: end };
  return { period: { from: start, to: end } };
}

/** An attribute counts as given unless absent or blank (frameworks bind "" for "none"). */
function attributeValue(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Days in the period, both ends included. */
export function periodLength(period: Period): number {
  return daysBetween(period.from, period.to) + 1;
}

export type CrosshairMove = 'previous-day' | 'next-day' | 'previous-month' | 'next-month' | 'first' | 'last';

/** Where the crosshair lands after a move, never outside the period. */
export function moveDay(day: string, move: CrosshairMove, period: Period): string {
  const next =
    move === 'previous-day'
      ? addDays(day, -1)
      : move === 'next-day'
        ? addDays(day, 1)
        : move === 'previous-month'
          ? addMonths(day, -1)
          : move === 'next-month'
            ? addMonths(day, 1)
            : move === 'first'
              ? period.from
              : period.to;
  return next < period.from ? period.from : next > period.to ? period.to : next;
}

/**
 * The move a key asks for. Time runs in the reading direction, so in right-to-left layouts
 * the left arrow goes forward in time. Page Up / Page Down follow the date-picker convention
 * (previous / next month).
 */
export function keyMove(key: string, rtl: boolean): CrosshairMove | undefined {
  switch (key) {
    case 'ArrowLeft':
      return rtl ? 'next-day' : 'previous-day';
    case 'ArrowRight':
      return rtl ? 'previous-day' : 'next-day';
    case 'PageUp':
      return 'previous-month';
    case 'PageDown':
      return 'next-month';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}
