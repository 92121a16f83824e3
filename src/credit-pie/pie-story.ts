import { formatCredits, formatPercent } from '../i18n/format.js';
import { fill } from '../i18n/strings.js';
import type { PieLayout } from './credit-pie.layout.js';
import { SHARE_DECIMALS } from './credit-pie.layout.js';
import type { PieStrings } from './credit-pie.strings.js';

/**
 * The donut in one sentence, for readers who do not walk the legend: the largest offering and
 * its share, the second, how many offerings there are, and the allocated total.
 */
export function pieSentence(t: PieStrings, locale: string, layout: PieLayout): string {
  const [first, second] = [...layout.entries].sort((a, b) => b.credits - a.credits);
  if (!first) return '';
  const share = (value: number) => formatPercent(locale, value, SHARE_DECIMALS);
  const lead = fill(t.pieStoryLargest, { name: first.name, share: share(first.share) });
  const next = second ? fill(t.pieStorySecond, { name: second.name, share: share(second.share) }) : '';
  const total = fill(t.pieStoryTotal, { count: layout.entries.length, total: formatCredits(locale, layout.total) });
  return [lead, next, total].filter(Boolean).join(' ');
}
