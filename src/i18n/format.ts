import { parseDay } from '../data/days.js';

/*
 * Cached Intl formatters. Constructing an Intl formatter costs far more than using one, and
 * a catalog of 10,000 rows formats tens of thousands of numbers per render.
 */

const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, options);
    numberFormats.set(key, format);
  }
  return format;
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  const key = `${locale}|${JSON.stringify(options)}`;
  let format = dateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, options);
    dateFormats.set(key, format);
  }
  return format;
}

/** Credits as a whole number, or with up to two decimals when fractional. */
export function formatCredits(locale: string, credits: number): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(credits);
}

/** Credits in a compact form for axis ticks: "1.2M", "1,2 Mio." */
export function formatCompactCredits(locale: string, credits: number): string {
  return numberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 }).format(credits);
}

/** A ratio (0.42) as a percentage ("42%", "42 %"), with the given number of decimals. */
export function formatPercent(locale: string, ratio: number, fractionDigits = 0): string {
  return numberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(ratio);
}

/** A calendar day (`YYYY-MM-DD`) in the locale's medium style: "Nov 26, 2026", "26.11.2026". */
export function formatDay(locale: string, day: string, style: 'medium' | 'long' | 'short' = 'medium'): string {
  return dateFormat(locale, { dateStyle: style, timeZone: 'UTC' }).format(parseDay(day));
}

/** An ISO date-time in the reader's time zone, with the zone named. */
export function formatDateTime(locale: string, iso: string): string {
  return dateFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}
