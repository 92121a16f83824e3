import { parseDay } from '../data/days.js';

/*
 * Cached Intl formatters. Constructing an Intl formatter costs far more than using one, and
 * a catalog of 10,000 rows formats tens of thousands of numbers per render.
 */

/**
 * One cache for every Intl constructor the kit uses, keyed by locale and options. The key is
 * built from the options' values, so callers may pass a fresh options object every time.
 */
const formatters = new Map<string, unknown>();

function cached<T>(kind: string, locale: string, options: object, create: () => T): T {
  const key = `${kind}|${locale}|${JSON.stringify(options)}`;
  let found = formatters.get(key) as T | undefined;
  if (!found) {
    found = create();
    formatters.set(key, found);
  }
  return found;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return cached('number', locale, options, () => new Intl.NumberFormat(locale, options));
}

export function dateFormat(locale: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return cached('date', locale, options, () => new Intl.DateTimeFormat(locale, options));
}

export function pluralRules(locale: string, options: Intl.PluralRulesOptions = {}): Intl.PluralRules {
  return cached('plural', locale, options, () => new Intl.PluralRules(locale, options));
}

export function listFormat(locale: string, options: Intl.ListFormatOptions = { type: 'conjunction' }): Intl.ListFormat {
  return cached('list', locale, options, () => new Intl.ListFormat(locale, options));
}

export function collator(locale: string, options: Intl.CollatorOptions = {}): Intl.Collator {
  return cached('collator', locale, options, () => new Intl.Collator(locale, options));
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
