import { creditsText } from '../data/credits.js';
import { DEFAULT_TIME_ZONE, parseDay } from '../data/days.js';

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

/**
 * Credits as a whole number, or with up to two decimals when fractional: exactly the value to
 * the hundredth (src/data/credits.ts), so the figures shown add up as the kit adds them. Intl
 * gets the exact decimal text, not the double, and never shows "-0".
 */
export function formatCredits(locale: string, credits: number): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(creditsText(credits) as `${number}`);
}

/** A change of credits with the locale's own signs: "+4,500", "−120,000" (zero has none). */
export function formatSignedCredits(locale: string, credits: number): string {
  return numberFormat(locale, { maximumFractionDigits: 2, signDisplay: 'exceptZero' }).format(creditsText(credits) as `${number}`);
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

/**
 * An ISO date-time in `timeZone` (an IANA name), with the zone named: "Nov 26, 2026, 9:00 AM
 * UTC", "27. Nov. 2026, 13:30 GMT+14". The zone is the one the element judges days in (its
 * `time-zone`), never silently the reader's, so the date shown is the as-of day.
 */
export function formatDateTime(locale: string, iso: string, timeZone: string = DEFAULT_TIME_ZONE): string {
  return dateFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(new Date(iso));
}

const graphemes = new Map<string, Intl.Segmenter>();

/**
 * `text` cut to at most `max` characters (user-perceived ones: an emoji or a letter with its
 * accents is never split), with an ellipsis when cut. For showing untrusted text in a
 * bounded space: a 50 MB description would otherwise be laid out whole. Only the start of the
 * text is looked at, so clamping costs the same however long it is.
 */
export function clampText(text: string, max: number, locale = 'en'): string {
  if (text.length <= max) return text;
  let segmenter = graphemes.get(locale);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(locale, { granularity: 'grapheme' });
    graphemes.set(locale, segmenter);
  }
  // Only the start is segmented: a grapheme is rarely more than a few code units.
  const head = text.slice(0, max * 4 + 32);
  let count = 0;
  let end = 0;
  let previousEnd = 0;
  let more = false;
  for (const { segment, index } of segmenter.segment(head)) {
    if (count === max) {
      more = true;
      break;
    }
    count++;
    previousEnd = end;
    end = index + segment.length;
  }
  if (!more && end === text.length) return text;
  // Where the head itself was cut, its last segment may be part of a longer grapheme.
  const cut = more ? end : previousEnd;
  return `${text.slice(0, cut).trimEnd()}…`;
}
