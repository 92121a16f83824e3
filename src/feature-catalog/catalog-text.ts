/*
 * The catalog's localised phrases, built from its string table and the locale's Intl rules.
 * Pure functions: the same strings, locale and numbers always give the same text.
 */
import { fill } from '../i18n/strings.js';
import { numberFormat } from '../i18n/format.js';
import { creditAmount, isSingular } from '../i18n/phrases.js';
import type { CatalogStrings } from './feature-catalog.strings.js';
import type { RequirementText } from './catalog-query.js';

/** "45 credits per endpoint per year", "Pay-as-you-go", "Not specified". */
export function requirementLabel(t: CatalogStrings, locale: string, requirement: RequirementText): string {
  if (requirement.kind === 'pay-as-you-go') return t.catalogRequirementPayAsYouGo;
  if (requirement.kind === 'unspecified') return t.catalogRequirementUnspecified;
  const amount = creditAmount(t, locale, requirement.credits);
  const { per, period } = requirement;
  let template: string;
  if (per !== undefined) {
    template =
      period === 'year'
        ? t.catalogRequirementPerUnitPerYear
        : period === 'month'
          ? t.catalogRequirementPerUnitPerMonth
          : t.catalogRequirementPerUnit;
  } else {
    template = period === 'year' ? t.catalogRequirementPerYear : period === 'month' ? t.catalogRequirementPerMonth : '{amount}';
  }
  // The unit comes from the data as text; fill() inserts it literally, never as a placeholder.
  return fill(template, { amount, unit: per ?? '' });
}

/** "12 of 48 features". */
export function countLabel(t: CatalogStrings, locale: string, shown: number, total: number): string {
  const format = numberFormat(locale);
  const template = isSingular(locale, total) ? t.catalogCountOne : t.catalogCount;
  return fill(template, { shown: format.format(shown), total: format.format(total) });
}

/** "5 features" in a group header. */
export function groupCountLabel(t: CatalogStrings, locale: string, count: number): string {
  const template = isSingular(locale, count) ? t.catalogGroupCountOne : t.catalogGroupCount;
  return fill(template, { count: numberFormat(locale).format(count) });
}
