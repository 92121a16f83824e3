import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, waitUntil } from '@open-wc/testing';
import fc from 'fast-check';
import type { LitElement } from 'lit';
import '../../src/credit-dashboard/define.js';
import '../../src/credit-history/define.js';
import '../../src/credit-pie/define.js';
import '../../src/credit-summary/define.js';
import '../../src/feature-catalog/define.js';
import { pieStrings } from '../../src/credit-pie/credit-pie.strings.js';
import { summaryStrings } from '../../src/credit-summary/credit-summary.strings.js';
import type {
  CreditFeature,
  CreditGrant,
  CreditSection,
  CreditSummary,
  HistoryPoint,
  OfferingAllocation,
  SectionValues,
} from '../../src/data/types.js';
import { validateSection } from '../../src/data/validate.js';
import type { CreditDataErrorDetail } from '../../src/events/data-error.js';
import { countLabel } from '../../src/feature-catalog/catalog-text.js';
import { catalogStrings } from '../../src/feature-catalog/feature-catalog.strings.js';
import { formatCredits, formatDay, formatPercent } from '../../src/i18n/format.js';
import { fill } from '../../src/i18n/strings.js';
import { shadow, textOf } from '../helpers/dom.js';
import * as arb from './arbitraries.js';
import { forbiddenTokens, NAMES_A_PATH, pageFaults, rawProvider } from './scan.js';
import { addDays, isoDay } from '../../src/data/days.js';

/*
 * Property tests: random and hostile provider answers for every section. Each widget must
 * show exactly the figures the data implies, or an error whose message names the field,
 * fire `credit-data-error` with that message, throw nothing, and never put NaN, undefined,
 * Infinity, null or ∞ in any text or attribute. The seed is fixed, so a failure replays.
 */

const SEED = 20261126;
const LOCALE = 'en-US';

type Outcome<S extends CreditSection> = { ok: true; value: SectionValues[S] } | { ok: false; message: string };

/** What validation makes of an answer: the oracle for "correct output or precise error". */
function outcome<S extends CreditSection>(section: S, raw: unknown, period?: { from: string; to: string }): Outcome<S> {
  try {
    return { ok: true, value: validateSection(section, structuredClone(raw), period) };
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
}

/** A number as a reader should see it: zero never carries a sign. */
const shown = (credits: number) => formatCredits(LOCALE, credits === 0 ? 0 : credits);

const faults = pageFaults();

interface Mounted<T extends LitElement> {
  element: T;
  errors: CreditDataErrorDetail[];
  remove(): void;
}

function mount<T extends LitElement>(tag: string, data: Partial<Record<CreditSection, unknown>>, init: (el: T) => void = () => {}): Mounted<T> {
  const container = document.createElement('div');
  container.style.inlineSize = '760px';
  const element = document.createElement(tag) as T;
  const errors: CreditDataErrorDetail[] = [];
  element.addEventListener('credit-data-error', (event) => errors.push(event.detail));
  Object.assign(element, { provider: rawProvider(data), locale: LOCALE });
  init(element);
  container.append(element);
  document.body.append(container);
  return { element, errors, remove: () => container.remove() };
}

/** Waits for what the oracle expects; on timeout, says what the widget shows instead. */
async function until(element: Element, condition: () => boolean, expected: string): Promise<void> {
  try {
    await waitUntil(condition, '', { interval: 5, timeout: 4000 });
  } catch {
    throw new Error(`<${element.localName}> never showed ${expected}; it shows: ${textOf(shadow(element)).slice(0, 400)}`);
  }
}

const messageIn = (scope: ParentNode | null | undefined) =>
  scope?.querySelector('[part~="error"] .message')?.textContent?.trim();

/** The error block in `scope` names the field, and the host was told the same. */
function expectError(scope: ParentNode, section: CreditSection, message: string, errors: CreditDataErrorDetail[]): void {
  expect(messageIn(scope)).to.equal(message);
  expect(message).to.match(NAMES_A_PATH);
  expect(scope.querySelector('[part~="retry-button"]'), 'Retry button').not.to.equal(null);
  expect(errors).to.deep.include({ section, message });
}

/** Everything a run must never do, whatever the data. */
function expectNothingBroke(element: Element): void {
  expect(forbiddenTokens(element.parentElement!), 'forbidden tokens on screen').to.deep.equal([]);
  expect(faults.faults, 'uncaught errors').to.deep.equal([]);
}

async function run<T extends LitElement>(
  mounted: Mounted<T>,
  check: (element: T, root: ShadowRoot) => Promise<void>,
): Promise<void> {
  faults.start();
  try {
    await mounted.element.updateComplete;
    await check(mounted.element, shadow(mounted.element));
    expectNothingBroke(mounted.element);
  } finally {
    mounted.remove();
    faults.stop();
  }
}

/**
 * A failure is reported at once with its seed and path, unshrunk: shrinking re-mounts widgets
 * hundreds of times, past the runner's time limit. To shrink one, replay it locally with
 * `{ seed, path }` and without `endOnFailure`.
 */
const property = { numRuns: 40, seed: SEED, endOnFailure: true, includeErrorInReport: true };

describe('adversarial provider answers', function () {
  this.timeout(180_000);
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach);

  it('<credit-summary> shows total − allocated exactly, or an error naming the field', async () => {
    await fc.assert(
      fc.asyncProperty(arb.hostile(arb.summary), arb.hostile(arb.grants), async (summary, grants) => {
        const mounted = mount('credit-summary', { summary, grants });
        await run(mounted, async (element, root) => {
          const s = outcome('summary', summary);
          if (!s.ok) {
            await until(element, () => messageIn(root) === s.message, s.message);
            expectError(root, 'summary', s.message, mounted.errors);
            return;
          }
          const raw = summary as CreditSummary;
          const breakdown = () => root.querySelector('[part~="breakdown"]')!;
          await until(element, () => !root.querySelector('[aria-busy="true"]'), 'the figures');
          const figure = (name: string) => textOf(root.querySelector(`[part~="figure-${name}"] [part~="value"]`)!);
          expect(figure('total-valid')).to.equal(shown(raw.totalValid));
          expect(figure('allocated')).to.equal(shown(raw.allocated));
          expect(figure('balance')).to.equal(shown(raw.totalValid - raw.allocated));

          const g = outcome('grants', grants);
          if (!g.ok) {
            expectError(breakdown(), 'grants', g.message, mounted.errors);
            return;
          }
          const day = isoDay(new Date(raw.asOf));
          const valid = g.value.filter((grant) => grant.startDate <= day && day <= grant.endDate);
          const total = (sources: CreditGrant['source'][]) =>
            valid.filter((grant) => sources.includes(grant.source)).reduce((sum, grant) => sum + grant.credits, 0);
          if (g.value.length === 0) expect(textOf(breakdown())).to.contain(summaryStrings.grantsEmpty);
          else if (valid.every((grant) => grant.credits === 0)) {
            expect(textOf(breakdown())).to.contain(fill(summaryStrings.summaryNoValidGrants, { date: formatDay(LOCALE, day) }));
          } else {
            const legend = (source: string) => textOf(breakdown().querySelector(`.legend-row.${source} dd`)!);
            expect(legend('purchased')).to.match(new RegExp(`^${escape(shown(total(['purchase', 'aws-marketplace', 'azure-marketplace'])))} `));
            expect(legend('converted')).to.match(new RegExp(`^${escape(shown(total(['license-conversion'])))} `));
          }
        });
      }),
      property,
    );
  });

  it('<credit-pie> shows every offering with its exact credits, or an error naming the field', async () => {
    await fc.assert(
      fc.asyncProperty(arb.hostile(arb.allocations), arb.hostile(arb.summary), async (allocations, summary) => {
        const mounted = mount('credit-pie', { allocations, summary });
        await run(mounted, async (element, root) => {
          const a = outcome('allocations', allocations);
          if (!a.ok) {
            await until(element, () => messageIn(root) === a.message, a.message);
            expectError(root, 'allocations', a.message, mounted.errors);
            return;
          }
          const offerings = offeringTotals(a.value);
          if (offerings.length === 0) {
            await until(element, () => Boolean(root.querySelector('[part~="empty"]')), pieStrings.pieEmpty);
            expect(textOf(root.querySelector('[part~="empty"]')!)).to.equal(pieStrings.pieEmpty);
            return;
          }
          const s = outcome('summary', summary);
          const share = () => root.querySelector('[part~="centre-share"]');
          const notice = () => root.querySelector('[part~="notice"]');
          await until(element, () => Boolean(share() && share()!.getAttribute('aria-busy') !== 'true' && (s.ok || notice())), 'the donut');

          const items = [...root.querySelectorAll<HTMLElement>('[part~="legend-item"]')];
          expect(items.map((item) => item.dataset.offering)).to.have.members(offerings.map((o) => o.id));
          for (const offering of offerings) {
            const item = items.find((candidate) => candidate.dataset.offering === offering.id)!;
            expect(textOf(item.querySelector('.name')!)).to.equal(fold(offering.name));
            expect(textOf(item.querySelector('.credits [aria-hidden]')!)).to.equal(shown(offering.credits));
          }
          if (!s.ok) {
            expect(textOf(notice()!)).to.contain(fill(pieStrings.pieShareOfValidUnavailable, { message: s.message }));
            expect(s.message).to.match(NAMES_A_PATH);
            expect(mounted.errors).to.deep.include({ section: 'summary', message: s.message });
            return;
          }
          const total = offerings.reduce((sum, o) => sum + o.credits, 0);
          const expected =
            s.value.totalValid > 0
              ? fill(pieStrings.pieShareOfValid, { percent: formatPercent(LOCALE, total / s.value.totalValid, 1) })
              : fill(pieStrings.pieShareOfValid, { percent: '—' });
          expect(textOf(share()!)).to.match(new RegExp(`^${escape(expected)}`));
        });
      }),
      property,
    );
  });

  it('<credit-history> charts and tabulates every valid point exactly, or an error naming the field', async () => {
    const answers = arb.summary.chain((summary) => {
      const period = periodOf(summary.asOf);
      return fc.record({
        summary: arb.hostile(fc.constant(summary)),
        history: arb.hostile(arb.history(period)),
        grants: arb.hostile(arb.grants),
      });
    });
    await fc.assert(
      fc.asyncProperty(answers, async (data) => {
        const mounted = mount<LitElement & { showTable: boolean }>('credit-history', data);
        await run(mounted, async (element, root) => {
          const s = outcome('summary', data.summary);
          const period = s.ok ? periodOf(s.value.asOf) : undefined;
          const h = period && outcome('history', data.history, period);
          const g = outcome('grants', data.grants);
          const failure = !s.ok
            ? { section: 'summary' as const, message: s.message }
            : !h!.ok
              ? { section: 'history' as const, message: h!.message }
              : !g.ok
                ? { section: 'grants' as const, message: g.message }
                : undefined;
          if (failure) {
            await until(element, () => messageIn(root) === failure.message, failure.message);
            expectError(root, failure.section, failure.message, mounted.errors);
            return;
          }
          const points = (h as { value: HistoryPoint[] }).value;
          if (points.length === 0) {
            await until(element, () => Boolean(root.querySelector('[part~="empty"]')), 'the empty message');
            return;
          }
          const plot = () => root.querySelector<HTMLElement>('[part~="plot"]');
          await until(element, () => Boolean(plot()), 'the chart');
          // The crosshair's tooltip shows the figures of the latest day with data.
          plot()!.focus();
          await until(element, () => Boolean(root.querySelector('[part~="tooltip"]')), 'the tooltip');
          const latest = points[points.length - 1]!;
          const tooltip = root.querySelector('[part~="tooltip"]')!;
          expect(textOf(tooltip.querySelector('[data-key="valid"]')!)).to.equal(shown(latest.totalValid));
          expect(textOf(tooltip.querySelector('[data-key="allocated"]')!)).to.equal(shown(latest.allocated));
          expectNothingBroke(element);

          element.showTable = true;
          await until(element, () => Boolean(root.querySelector('[part~="table"] tbody')), 'the table');
          const rows = [...root.querySelectorAll('[part~="table"] tbody tr')].map((row) =>
            [...row.children].slice(0, 3).map((cell) => textOf(cell)),
          );
          expect(rows).to.deep.equal(points.map((p) => [formatDay(LOCALE, p.date), shown(p.totalValid), shown(p.allocated)]));
        });
      }),
      property,
    );
  });

  it('<feature-catalog> counts and lists every valid feature, or an error naming the field', async () => {
    await fc.assert(
      fc.asyncProperty(arb.hostile(arb.features), async (features) => {
        const mounted = mount('feature-catalog', { features });
        await run(mounted, async (element, root) => {
          const f = outcome('features', features);
          if (!f.ok) {
            await until(element, () => messageIn(root) === f.message, f.message);
            expectError(root, 'features', f.message, mounted.errors);
            return;
          }
          if (f.value.length === 0) {
            await until(element, () => Boolean(root.querySelector('[part~="empty"]')), catalogStrings.catalogEmpty);
            expect(textOf(root.querySelector('[part~="empty"]')!)).to.equal(catalogStrings.catalogEmpty);
            return;
          }
          // A group header holding a 20,000-character name can fill the viewport on its own.
          await until(element, () => Boolean(root.querySelector('[part~="row"], [part~="group"]')), 'the rows');
          const count = f.value.length;
          expect(textOf(root.querySelector('[part~="count"]')!)).to.equal(countLabel(catalogStrings, LOCALE, count, count));
          const names = new Set(f.value.map((feature) => fold(feature.name)));
          const offerings = new Set(f.value.map((feature) => fold(offeringName(feature))));
          for (const name of root.querySelectorAll('[part~="name"]')) expect(names).to.include(textOf(name));
          for (const group of root.querySelectorAll('.group-name')) expect(offerings).to.include(textOf(group));
        });
      }),
      property,
    );
  });

  it('<credit-dashboard> keeps every widget showing data or an error naming the field', async () => {
    const answers = arb.summary.chain((summary) =>
      fc.record({
        summary: arb.hostile(fc.constant(summary)),
        grants: arb.hostile(arb.grants),
        allocations: arb.hostile(arb.allocations),
        history: arb.hostile(arb.history(periodOf(summary.asOf))),
        features: arb.hostile(arb.features),
      }),
    );
    await fc.assert(
      fc.asyncProperty(answers, async (data) => {
        const mounted = mount('credit-dashboard', data);
        await run(mounted, async (element) => {
          const widgets = ['credit-summary', 'credit-pie', 'credit-history', 'feature-catalog'].map(
            (tag) => shadow(element).querySelector(tag)!,
          );
          await until(
            element,
            () => widgets.every((widget) => widget.shadowRoot && !widget.shadowRoot.querySelector('[aria-busy="true"]')),
            'every section loaded',
          );
          for (const widget of widgets) {
            for (const message of shadow(widget).querySelectorAll('[part~="error"] .message')) {
              expect(textOf(message), widget.localName).to.match(NAMES_A_PATH);
            }
          }
        });
      }),
      { ...property, numRuns: 20 },
    );
  });
});

/** The default period of the history: the year ending on the as-of day (UTC). */
function periodOf(asOf: string): { from: string; to: string } {
  const to = isoDay(new Date(asOf));
  return { from: addDays(to, -364), to };
}

/** Each offering with credits, as the legend must list it (name, else id; credits summed). */
function offeringTotals(allocations: OfferingAllocation[]) {
  return allocations
    .map((o) => ({
      id: o.offeringId,
      name: o.offeringName.trim() || o.offeringId,
      credits: o.features.reduce((sum, feature) => sum + feature.credits, 0),
    }))
    .filter((o) => o.credits > 0)
    .sort((a, b) => b.credits - a.credits);
}

function offeringName(feature: CreditFeature): string {
  return feature.offeringName.trim() || feature.offeringId;
}

/** Whitespace folded as `textOf` folds it. */
function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
