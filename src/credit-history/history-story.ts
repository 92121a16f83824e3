import { subtractCredits } from '../data/credits.js';
import type { CreditGrant, HistoryPoint } from '../data/types.js';
import { formatCredits, formatDay } from '../i18n/format.js';
import { fill } from '../i18n/strings.js';
import type { Period } from './credit-history.period.js';
import type { HistoryStrings } from './credit-history.strings.js';
import { periodText } from './history-chart.js';

/*
 * The history in words, so that a screen-reader user need not walk 365 rows: one sentence
 * for the period, and the days on which something changed, newest first.
 */

/** One day on which a grant started or ended, or the allocation changed. */
export interface HistoryChange {
  day: string;
  started: CreditGrant[];
  ended: CreditGrant[];
  /** Change of allocated credits from the previous day with data (0 when none). */
  allocatedDelta: number;
  /** The day's figures, when the history has the day. */
  point: HistoryPoint | undefined;
}

/** Every day of the period on which something changed, newest first. */
export function historyChanges(points: readonly HistoryPoint[], grants: readonly CreditGrant[], period: Period): HistoryChange[] {
  const byDay = new Map<string, HistoryChange>();
  const pointOn = new Map(points.map((point) => [point.date, point]));
  const changeOn = (day: string): HistoryChange => {
    let change = byDay.get(day);
    if (!change) {
      change = { day, started: [], ended: [], allocatedDelta: 0, point: pointOn.get(day) };
      byDay.set(day, change);
    }
    return change;
  };
  for (const grant of grants) {
    if (grant.startDate >= period.from && grant.startDate <= period.to) changeOn(grant.startDate).started.push(grant);
    if (grant.endDate >= period.from && grant.endDate <= period.to) changeOn(grant.endDate).ended.push(grant);
  }
  for (let i = 1; i < points.length; i++) {
    const [before, point] = [points[i - 1]!, points[i]!];
    if (point.allocated !== before.allocated) changeOn(point.date).allocatedDelta = subtractCredits(point.allocated, before.allocated);
  }
  return [...byDay.values()].sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
}

/** "Total valid rose from 200,000 to 775,000 over …; allocated rose from 0 to 613,600; never over-allocated." */
export function historySentence(
  t: HistoryStrings,
  locale: string,
  points: readonly HistoryPoint[],
  period: Period,
  overAllocatedDays: number,
): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return '';
  const trend = (series: string, from: number, to: number) =>
    fill(from < to ? t.historyStoryRose : from > to ? t.historyStoryFell : t.historyStoryHeld, {
      series,
      from: formatCredits(locale, from),
      to: formatCredits(locale, to),
    });
  return fill(t.historyStoryPeriod, {
    valid: trend(t.historyStoryValid, first.totalValid, last.totalValid),
    period: periodText(locale, period),
    allocated: trend(t.historyStoryAllocated, first.allocated, last.allocated),
    over:
      overAllocatedDays > 0
        ? fill(t.historyStoryOver, { days: overAllocatedDays, total: points.length })
        : t.historyStoryNeverOver,
  });
}

/** What the projection leads to on its last day. */
export function projectionSentence(t: HistoryStrings, locale: string, projection: readonly HistoryPoint[]): string {
  const last = projection.at(-1);
  if (!last) return '';
  return fill(t.historyStoryProjection, {
    valid: formatCredits(locale, last.totalValid),
    date: formatDay(locale, last.date),
    balance: formatCredits(locale, subtractCredits(last.totalValid, last.allocated)),
  });
}

/** A day's balance, exactly at the kit's precision. */
export function creditBalance(point: HistoryPoint): number {
  return subtractCredits(point.totalValid, point.allocated);
}
