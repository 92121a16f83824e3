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
import { summaryFigures } from '../../src/credit-summary/credit-summary.layout.js';
import { MAX_CREDITS } from '../../src/data/credits.js';
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

/*
 * The oracle for figures, independent of the kit's own arithmetic: Intl rounds a number's
 * shortest decimal half away from zero to the hundredth (2.675 → 2.68), which is the rule
 * credits follow; sums and differences are then taken in BigInt hundredths and shown by
 * formatting their exact decimal text.
 */
const screen = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 2 });
const plainDecimal = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, useGrouping: false });

/** A credit value in whole hundredths, as a reader should see it rounded. */
function hundredths(credits: number): bigint {
  const [whole = '0', fraction = ''] = plainDecimal.format(credits === 0 ? 0 : credits).split('.');
  return BigInt(whole + fraction.padEnd(2, '0'));
}

/** Whole hundredths as the screen shows them: zero never carries a sign. */
function showHundredths(amount: bigint): string {
  const magnitude = amount < 0n ? -amount : amount;
  return screen.format(`${amount < 0n ? '-' : ''}${magnitude / 100n}.${String(magnitude % 100n).padStart(2, '0')}` as `${number}`);
}

/** A number as a reader should see it. */
const shown = (credits: number) => showHundredths(hundredths(credits));

const sumOf = (values: readonly number[]) => values.reduce((sum, value) => sum + hundredths(value), 0n);

/** The link a URL may become, by the URL standard: http(s) only, on an allowed origin, none for blank text. */
function expectedLink(url: string, allowedOrigins?: readonly string[]): string | undefined {
  if (/^[\p{White_Space}\p{Cc}\p{Cf}]*$/u.test(url)) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url, document.baseURI);
  } catch {
    return undefined;
  }
  if (!['http:', 'https:'].includes(parsed.protocol)) return undefined;
  return !allowedOrigins || allowedOrigins.includes(parsed.origin) ? parsed.href : undefined;
}

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

/** The technical message of the error block in `scope`, under its Details. */
const messageIn = (scope: ParentNode | null | undefined) =>
  scope?.querySelector('[part~="error"] [part~="error-details"] .technical')?.textContent?.trim();

/**
 * The error block in `scope` says in plain words that the data cannot be used, names the
 * field under Details, and the host was told the same, with the code for bad data.
 */
function expectError(scope: ParentNode, section: CreditSection, message: string, errors: CreditDataErrorDetail[]): void {
  expect(messageIn(scope)).to.equal(message);
  expect(message).to.match(NAMES_A_PATH);
  expect(scope.querySelector('[part~="error"] .message')?.textContent?.trim()).to.equal(summaryStrings.errorInvalidData);
  expect(scope.querySelector('[part~="retry-button"]'), 'Retry button').not.to.equal(null);
  expect(errors).to.deep.include({ section, message, code: 'invalid-data' });
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

  it('<credit-summary> shows total − allocated exactly, or an error naming the field', async () => {
    const allowed = fc.option(fc.constant(['https://console.example']), { nil: undefined });
    await fc.assert(
      fc.asyncProperty(arb.hostile(arb.summary), arb.hostile(arb.grants), arb.hostileUrl, allowed, async (summary, grants, url, origins) => {
        const mounted = mount('credit-summary', { summary, grants }, (element) => {
          element.setAttribute('purchase-url', url);
          if (origins) element.setAttribute('allowed-origins', origins.join(' '));
        });
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
          const balance = hundredths(raw.totalValid) - hundredths(raw.allocated);
          expect(figure('balance')).to.equal(showHundredths(balance));
          // Over-allocated exactly when the balance shown is below zero; its link only where it may lead.
          expect(Boolean(root.querySelector('[part~="over-allocated-badge"]'))).to.equal(balance < 0n);
          if (balance < 0n) {
            expect(root.querySelector('[part~="purchase-button"]')?.getAttribute('href') ?? undefined, JSON.stringify(url)).to.equal(expectedLink(url, origins));
          }

          const g = outcome('grants', grants);
          if (!g.ok) {
            expectError(breakdown(), 'grants', g.message, mounted.errors);
            return;
          }
          const day = isoDay(new Date(raw.asOf));
          const valid = g.value.filter((grant) => grant.startDate <= day && day <= grant.endDate);
          const total = (sources: CreditGrant['source'][]) =>
            showHundredths(sumOf(valid.filter((grant) => sources.includes(grant.source)).map((grant) => grant.credits)));
          if (g.value.length === 0) expect(textOf(breakdown())).to.contain(summaryStrings.grantsEmpty);
          else if (valid.every((grant) => grant.credits === 0)) {
            expect(textOf(breakdown())).to.contain(fill(summaryStrings.summaryNoValidGrants, { date: formatDay(LOCALE, day) }));
          } else {
            const legend = (source: string) => textOf(breakdown().querySelector(`.legend-row.${source} dd`)!);
            expect(legend('purchased')).to.match(new RegExp(`^${escape(total(['purchase', 'aws-marketplace', 'azure-marketplace']))} `));
            expect(legend('converted')).to.match(new RegExp(`^${escape(total(['license-conversion']))} `));
            // The shares shown add up to 100 %.
            const shares = [...breakdown().querySelectorAll('.share')].map((share) => Number(textOf(share).replace('%', '')));
            expect(shares.reduce((sum, share) => sum + share, 0)).to.equal(100);
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
            expect(textOf(item.querySelector('.credits [aria-hidden]')!)).to.equal(showHundredths(offering.credits));
          }
          if (!s.ok) {
            // Plain words on screen; the field-precise message goes to the event.
            expect(textOf(notice()!)).to.contain(fill(pieStrings.pieShareOfValidUnavailable, { message: pieStrings.errorInvalidData }));
            expect(s.message).to.match(NAMES_A_PATH);
            expect(mounted.errors).to.deep.include({ section: 'summary', message: s.message, code: 'invalid-data' });
            return;
          }
          const total = offerings.reduce((sum, o) => sum + o.credits, 0n);
          const valid = hundredths(s.value.totalValid);
          const expected =
            valid > 0n
              ? fill(pieStrings.pieShareOfValid, { percent: formatPercent(LOCALE, Number(total) / Number(valid), 1) })
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
          // Every Go to app link leads exactly where its URL, read by the URL standard, leads.
          const links = new Set(f.value.map((feature) => expectedLink(feature.appUrl ?? '')).filter(Boolean));
          for (const link of root.querySelectorAll('a[href]')) expect(links).to.include(link.getAttribute('href'));
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
            for (const error of shadow(widget).querySelectorAll('.state.error')) {
              expect(textOf(error.querySelector('.message')!), widget.localName).to.equal(summaryStrings.errorInvalidData);
              expect(textOf(error.querySelector('.technical')!), widget.localName).to.match(NAMES_A_PATH);
            }
          }
        });
      }),
      { ...property, numRuns: 20 },
    );
  });
});

/**
 * The rules behind the figures, checked on their own with many more runs than mounting
 * widgets allows (no DOM: thousands of runs take a moment). The oracle is the same BigInt
 * arithmetic on Intl-rounded decimals as above, never the kit's own.
 */
describe('adversarial values, without widgets', () => {
  const many = { numRuns: 2_000, seed: SEED, endOnFailure: true, includeErrorInReport: true };

  it('every valid credit value shows as Intl rounds its decimal, and each figure of the summary adds up', () => {
    fc.assert(
      fc.property(arb.credits, arb.credits, (totalValid, allocated) => {
        const s = outcome('summary', { totalValid, allocated, asOf: '2026-11-26T09:00:00Z' });
        const inRange = (credits: number) => Number.isFinite(credits) && credits >= 0 && credits <= MAX_CREDITS;
        expect(s.ok, `${totalValid} / ${allocated}`).to.equal(inRange(totalValid) && inRange(allocated));
        if (!s.ok) return;
        const figures = summaryFigures(s.value);
        expect([formatCredits(LOCALE, figures.totalValid), formatCredits(LOCALE, figures.allocated)]).to.deep.equal([shown(totalValid), shown(allocated)]);
        const balance = hundredths(totalValid) - hundredths(allocated);
        expect(formatCredits(LOCALE, figures.balance), `${totalValid} − ${allocated}`).to.equal(showHundredths(balance));
        expect(figures.overAllocated).to.equal(balance < 0n);
      }),
      many,
    );
  });

  it('allocations are an error naming the sum exactly when their credits add up past the most a total can hold', () => {
    fc.assert(
      fc.property(arb.allocations, (allocations) => {
        const a = outcome('allocations', allocations);
        const credits = allocations.flatMap((offering) => offering.features.map((feature) => feature.credits));
        if (!credits.every((value) => Number.isFinite(value) && value >= 0 && value <= MAX_CREDITS)) return;
        const over = sumOf(credits) > BigInt(MAX_CREDITS) * 100n;
        expect(a.ok, `${credits.join(' + ')}`).to.equal(!over);
        if (!a.ok) expect(a.message).to.match(/^allocations add up to more than \d+ credits, the most a total can hold exactly \(passed at allocations\[\d+\]\.features\[\d+\]\.credits\)$/);
      }),
      many,
    );
  });

  it('a hole anywhere in an answer is an error', () => {
    const answers = fc.oneof(
      fc.tuple(fc.constant('grants' as const), arb.hostile(arb.grants)),
      fc.tuple(fc.constant('allocations' as const), arb.hostile(arb.allocations)),
      fc.tuple(fc.constant('features' as const), arb.hostile(arb.features)),
    );
    fc.assert(
      fc.property(answers, ([section, raw]) => {
        const hole = firstHole(raw, section);
        if (!hole) return;
        expect(outcome(section, raw).ok, hole).to.equal(false);
      }),
      many,
    );
  });

  it('a date-time that names no instant is an error, and a valid one gives the day it falls on in UTC', () => {
    fc.assert(
      fc.property(arb.asOf, (asOf) => {
        const s = outcome('summary', { totalValid: 1, allocated: 0, asOf });
        const [, y, mo, d, h, mi, sec = '0', oh = '0', om = '0'] = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:Z|[+-](\d{2}):(\d{2}))$/.exec(asOf)!;
        const date = new Date(Date.UTC(Number(y), Number(mo) - 1, Number(d)));
        const exists =
          date.getUTCMonth() === Number(mo) - 1 && date.getUTCDate() === Number(d) && Number(h) < 24 && Number(mi) < 60 && Number(sec) < 60 && Number(om) < 60 && Number(oh) * 60 + Number(om) <= 14 * 60;
        expect(s.ok, asOf).to.equal(exists);
      }),
      many,
    );
  });
});

/** The path of the first hole (a missing index of a sparse array) in `value`, depth first. */
function firstHole(value: unknown, path: string): string | undefined {
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) return `${path}[${i}]`;
      const inner = firstHole(value[i], `${path}[${i}]`);
      if (inner) return inner;
    }
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const inner = firstHole(item, `${path}.${key}`);
      if (inner) return inner;
    }
  }
  return undefined;
}

/** The default period of the history: the year ending on the as-of day (UTC). */
function periodOf(asOf: string): { from: string; to: string } {
  const to = isoDay(new Date(asOf));
  return { from: addDays(to, -364), to };
}

/** Each offering with credits, as the legend must list it (name, else id; credits summed exactly, in hundredths). */
function offeringTotals(allocations: OfferingAllocation[]) {
  return allocations
    .map((o) => ({
      id: o.offeringId,
      name: o.offeringName.trim() || o.offeringId,
      credits: sumOf(o.features.map((feature) => feature.credits)),
    }))
    .filter((o) => o.credits > 0n);
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
