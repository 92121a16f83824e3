/*
 * The kit's side of the speed scenarios: each element on the scenario's data, through
 * StaticCreditProvider (answers at once), the production build of Lit.
 */
import type { LitElement } from 'lit';
import { cacheFor, type SectionKey } from '../../src/data/cache.js';
import { StaticCreditProvider } from '../../src/data/static-provider.js';
import type { CreditData, CreditSection } from '../../src/data/types.js';
import '../../src/index.js';
import { AS_OF_DAY, firstDay } from './data.js';
import { loadIntlData } from './intl-ready.js';
import { drawn, failOnError, sectionsOf, sectionsSettled, widgetsOf } from './kit-wait.js';
import { domUntil, timeToPaint } from './paint.js';
import { offerBench, twice, type Cycle, type Sample } from './sample.js';
import { catalogSets, dashboardSets, FIVE_YEAR_DAYS, historySets, KEYSTROKE, pieSets, YEAR_DAYS } from './scenarios.js';

loadIntlData();

interface Scenario {
  tag: string;
  /** A second element on the page, given the same provider (and no attributes). */
  alongside?: string;
  attributes?: Record<string, string>;
  /** Days the history shows: its section key names the period. */
  days?: number;
  first: CreditData;
  second: Partial<CreditData>;
  keystroke?: boolean;
}

function scenario(id: string): Scenario {
  const { first: base, second: over } = dashboardSets();
  switch (id) {
    case 'summary':
      return { tag: 'credit-summary', first: base, second: { summary: over.summary, grants: over.grants } };
    case 'pie-12': {
      const { first, second } = pieSets();
      // All twelve offerings get a slice, as in Chart.js.
      return { tag: 'credit-pie', attributes: { 'max-slices': '12' }, first: { ...base, allocations: first }, second: { allocations: second } };
    }
    case 'history-1y':
    case 'history-5y': {
      const days = id === 'history-1y' ? YEAR_DAYS : FIVE_YEAR_DAYS;
      const { first, second } = historySets(days);
      return {
        tag: 'credit-history',
        // One year is the default period (ending on the as-of day); five years are asked for.
        attributes: id === 'history-5y' ? { from: firstDay(days) } : {},
        days,
        first: { ...base, history: first },
        second: { history: second },
      };
    }
    case 'catalog-60':
    case 'catalog-10k': {
      const { first, second } = catalogSets(id === 'catalog-60' ? 60 : 10_000);
      return { tag: 'feature-catalog', first: { ...base, features: first }, second: { features: second }, keystroke: id === 'catalog-10k' };
    }
    case 'page': {
      // The pie and the one-year history side by side on one page, one provider for both.
      const pie = pieSets();
      const history = historySets(YEAR_DAYS);
      return {
        tag: 'credit-pie',
        alongside: 'credit-history',
        attributes: { 'max-slices': '12' },
        days: YEAR_DAYS,
        first: { ...base, allocations: pie.first, history: history.first },
        second: { allocations: pie.second, history: history.second },
      };
    }
    case 'dashboard':
      return { tag: 'credit-dashboard', days: YEAR_DAYS, first: base, second: over };
    default:
      throw new Error(`the kit's page has no scenario ${id}`);
  }
}

function keyOf(section: CreditSection, days: number | undefined): SectionKey {
  if (section !== 'history') return { section };
  if (days === undefined) throw new Error('a history scenario needs its number of days');
  return { section, from: firstDay(days), to: AS_OF_DAY };
}

function run(id: string): Promise<Sample> {
  const s = scenario(id);
  const keys = (Object.keys(s.second) as CreditSection[]).map((section) => keyOf(section, s.days));
  return twice(async (host) => {
    // A provider of its own each time, so the second mount finds no cached answers either.
    const provider = new StaticCreditProvider(s.first);
    const cache = cacheFor(provider);
    type Widget = LitElement & { provider: StaticCreditProvider };
    const elements = [s.tag, ...(s.alongside ? [s.alongside] : [])].map((tag) => document.createElement(tag) as Widget);
    const [element] = elements as [Widget];
    for (const [name, value] of Object.entries(s.attributes ?? {})) element.setAttribute(name, value);
    const widgets = () => elements.flatMap(widgetsOf);
    const checkErrors = () => elements.forEach(failOnError);

    const create = await timeToPaint(async () => {
      for (const each of elements) each.provider = provider;
      host.append(...elements);
      await Promise.all(elements.map(drawn));
      // Alone on the page, the catalog is on screen: its first rows belong to what is drawn.
      if (s.tag === 'feature-catalog') await domUntil(element.shadowRoot!, () => element.shadowRoot!.querySelector('[part~="row"]') !== null);
    });

    const update = await timeToPaint(async () => {
      const before = keys.map((key) => cache.state(key));
      provider.update(s.second);
      await sectionsSettled(cache, keys, before);
      await Promise.all(widgets().map((widget) => widget.updateComplete));
    });
    checkErrors();

    // Another provider (a host switching tenants) with other figures (the first set again):
    // every section the elements show is asked from nothing, and what changes is redrawn.
    const next = new StaticCreditProvider(s.first);
    const nextCache = cacheFor(next);
    const shown = sectionsOf(elements).map((section) => keyOf(section, s.days));
    const swap = await timeToPaint(async () => {
      const before = shown.map((key) => nextCache.state(key));
      for (const each of elements) each.provider = next;
      await sectionsSettled(nextCache, shown, before);
      await Promise.all(widgets().map((widget) => widget.updateComplete));
    });
    checkErrors();

    const cycle: Cycle = { create, update, swap };
    if (s.keystroke) cycle.keystroke = await typeIntoSearch(element, KEYSTROKE);
    return cycle;
  });
}

/** One character typed into the catalog's empty search box, to the paint of the filtered list. */
async function typeIntoSearch(catalog: LitElement, character: string): Promise<number> {
  const root = catalog.shadowRoot!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const count = root.querySelector('[part~="count"]')!;
  const before = count.textContent;
  // Done when the count has changed and every row on screen is a filtered one: the virtualizer
  // renders its rows in an update of its own, which may come after the count's, and the
  // figure is the time to the filtered list, not to the count line.
  const filtered = () => {
    const names = [...root.querySelectorAll('[part~="row"]')].map((row) => row.textContent?.toLowerCase() ?? '');
    return names.length > 0 && names.every((name) => name.includes(character));
  };
  return timeToPaint(async () => {
    input.value = character;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: character, inputType: 'insertText' }));
    await domUntil(root, () => count.textContent !== before && filtered());
    await catalog.updateComplete;
  });
}

offerBench(run);
