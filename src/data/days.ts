/*
 * UTC calendar-day arithmetic. A day is `YYYY-MM-DD`: a calendar day has no time zone, so
 * every day is parsed and printed at UTC midnight and the reader's zone can never shift one.
 * `YYYY-MM-DD` strings also compare in calendar order, which the grant maths relies on.
 *
 * Only an instant (the summary's as-of date-time) has a zone: `asOfDay` turns it into the
 * calendar day it falls on in one named zone, the same zone the as-of line is shown in.
 */

const DAY_MS = 86_400_000;
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/;
/** The widest UTC offset in use (Pacific/Kiritimati, +14:00); RFC 3339 allows no more. */
const MAX_OFFSET_MINUTES = 14 * 60;

/** A `YYYY-MM-DD` day as UTC midnight. */
export function parseDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}

/** The `YYYY-MM-DD` day of a date in UTC (from the date's fields: 4× faster than toISOString). */
export function isoDay(date: Date): string {
  const two = (n: number) => (n < 10 ? `0${n}` : `${n}`);
  return `${String(date.getUTCFullYear()).padStart(4, '0')}-${two(date.getUTCMonth() + 1)}-${two(date.getUTCDate())}`;
}

/** Whole days later (negative: earlier). */
export function addDays(day: string, days: number): string {
  const date = parseDay(day);
  date.setUTCDate(date.getUTCDate() + days);
  return isoDay(date);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((parseDay(to).getTime() - parseDay(from).getTime()) / DAY_MS);
}

/** Whole months later (negative: earlier); the day of month is clamped (Jan 31 + 1 → Feb 28). */
export function addMonths(day: string, months: number): string {
  const date = parseDay(day);
  const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
  return isoDay(target);
}

/** The UTC day of an ISO date-time (`2026-11-26T01:00:00+05:00` → `2026-11-25`). */
export function utcDay(dateTime: string): string {
  return isoDay(new Date(dateTime));
}

/**
 * Whether `text` is `YYYY-MM-DD` naming a day that exists (not 2023-02-29), from year 100 on:
 * `Date.UTC`, which the day maths uses, reads the years 0–99 as 1900–1999. No Date and no
 * captured groups: validation checks every day of five years of history.
 */
export function isCalendarDay(text: string): boolean {
  if (!ISO_DAY.test(text)) return false;
  const [year, month, day] = [+text.slice(0, 4), +text.slice(5, 7), +text.slice(8)];
  return year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Days in `month` (1–12) of `year`, by the Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  // 31 in odd months up to July and in even months from August.
  return 30 + ((month + (month >> 3)) & 1);
}

/**
 * Whether `text` is an ISO 8601 date-time with a zone (`2026-11-26T09:00:00Z`,
 * `2026-11-26T23:30:00.5-05:00`) naming an instant that exists: a calendar day (not
 * 2023-02-29), hours to 23, minutes and seconds to 59, an offset within ±14:00.
 */
export function isDateTime(text: string): boolean {
  const match = ISO_DATE_TIME.exec(text);
  if (!match) return false;
  const [, day = '', hours, minutes, seconds = '0', offsetHours = '0', offsetMinutes = '0'] = match;
  const offset = Number(offsetHours) * 60 + Number(offsetMinutes);
  return (
    isCalendarDay(day) &&
    Number(hours) <= 23 &&
    Number(minutes) <= 59 &&
    Number(seconds) <= 59 &&
    Number(offsetMinutes) <= 59 &&
    offset <= MAX_OFFSET_MINUTES
  );
}

/** The zone the kit judges days in and shows times in when none is given. */
export const DEFAULT_TIME_ZONE = 'UTC';

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** One formatter per zone that reads an instant's calendar fields there. */
function dayFormat(timeZone: string): Intl.DateTimeFormat {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormats.set(timeZone, format);
  }
  return format;
}

const canonicalZones = new Map<string, string | undefined>();

/**
 * The canonical name of an IANA time zone (`europe/berlin` → `Europe/Berlin`, `utc` → `UTC`),
 * or undefined when `name` names no zone the browser knows. Remembered: elements ask on
 * every render, and building the Intl formatter that answers is costly (the default zone
 * needs none).
 */
export function canonicalTimeZone(name: unknown): string | undefined {
  if (name === DEFAULT_TIME_ZONE) return name;
  if (typeof name !== 'string' || name.trim() === '') return undefined;
  if (!canonicalZones.has(name)) {
    let canonical: string | undefined;
    try {
      canonical = new Intl.DateTimeFormat('en-US', { timeZone: name.trim() }).resolvedOptions().timeZone;
    } catch {
      canonical = undefined;
    }
    canonicalZones.set(name, canonical);
  }
  return canonicalZones.get(name);
}

/** The `YYYY-MM-DD` calendar day an instant falls on in `timeZone` (an IANA name). */
export function dayIn(instant: Date, timeZone: string): string {
  // In UTC, the default zone, the day is the date's own UTC fields: building the Intl
  // formatter below is the costliest step of a widget's first render.
  if (timeZone === DEFAULT_TIME_ZONE && !Number.isNaN(instant.getTime())) return isoDay(instant);
  const parts = dayFormat(timeZone).formatToParts(instant);
  const field = (type: Intl.DateTimeFormatPartTypes) => parts.find((part) => part.type === type)?.value ?? '';
  return `${field('year').padStart(4, '0')}-${field('month')}-${field('day')}`;
}

/**
 * The day every day-based figure is judged on (grant status, "ends within", the history's
 * last day, "total valid on"): the calendar day of the summary's as-of time in `timeZone`,
 * the zone the as-of line names. One rule, so the as-of line and every day agree.
 */
export function asOfDay(summary: { asOf: string }, timeZone: string = DEFAULT_TIME_ZONE): string {
  return dayIn(new Date(summary.asOf), timeZone);
}
