import { formatCredits, pluralRules } from './format.js';
import { fill, type SharedStrings } from './strings.js';

/** Whether the locale uses its singular form for `count` ("1 credit", but "0 credits" in English). */
export function isSingular(locale: string, count: number): boolean {
  return pluralRules(locale).select(count) === 'one';
}

/** "45 credits", "1 credit", "25.000 Credits"; `shown` replaces the number's text (e.g. compact). */
export function creditAmount(t: SharedStrings, locale: string, credits: number, shown?: string): string {
  const template = isSingular(locale, credits) ? t.creditAmountOne : t.creditAmount;
  return fill(template, { credits: shown ?? formatCredits(locale, credits) });
}
