/*
 * When the kit's elements have drawn what they were given: the conditions the bench times
 * against. They watch the DOM and the shared cache, never the clock, and fail loudly when an
 * element shows an error instead of its content (a bench of an error screen measures nothing).
 */
import type { LitElement } from 'lit';
import type { CreditDataCache, SectionKey, SectionState } from '../../src/data/cache.js';
import type { CreditSection } from '../../src/data/types.js';
import { domUntil } from './paint.js';

const WIDGETS = 'credit-summary, credit-pie, credit-history, feature-catalog';

/**
 * What each widget shows once its data is drawn (its skeleton has none of these). The
 * catalog's rows are rendered only where they are on screen, so its count line tells.
 */
const CONTENT: Record<string, string> = {
  'credit-summary': 'time',
  'credit-pie': 'path.slice',
  'credit-history': 'path.line.valid',
  'feature-catalog': '[part~="count"]',
};

/** The sections each widget reads, so a wait on a new provider covers all it shows. */
const SECTIONS: Record<string, readonly CreditSection[]> = {
  'credit-summary': ['summary', 'grants'],
  'credit-pie': ['allocations', 'summary'],
  'credit-history': ['summary', 'history', 'grants'],
  'feature-catalog': ['features'],
};

/** Every section the elements (every widget of a dashboard) read, once each. */
export function sectionsOf(elements: readonly LitElement[]): CreditSection[] {
  return [...new Set(elements.flatMap(widgetsOf).flatMap((widget) => SECTIONS[widget.localName] ?? []))];
}

/** The widgets a dashboard is made of, or the element itself. */
export function widgetsOf(element: LitElement): LitElement[] {
  if (element.localName !== 'credit-dashboard') return [element];
  return [...element.shadowRoot!.querySelectorAll<LitElement>(WIDGETS)];
}

/** Resolves once the element (every widget of a dashboard) shows its data, not a skeleton. */
export async function drawn(element: LitElement): Promise<void> {
  const root = element.shadowRoot!;
  if (element.localName === 'credit-dashboard') {
    await domUntil(root, () => root.querySelectorAll(WIDGETS).length === 4);
    await Promise.all(widgetsOf(element).map(drawn));
    return;
  }
  const content = CONTENT[element.localName]!;
  await domUntil(
    root,
    () =>
      root.querySelector('[part~="error"]') !== null ||
      (element.hasUpdated && root.querySelector('[aria-busy="true"]') === null && root.querySelector(content) !== null),
  );
  failOnError(element);
  await element.updateComplete;
}

export function failOnError(element: LitElement): void {
  for (const widget of widgetsOf(element)) {
    const error = widget.shadowRoot!.querySelector('[part~="error"]');
    if (error) throw new Error(`${widget.localName} shows an error: ${error.textContent?.replace(/\s+/g, ' ').trim()}`);
  }
}

/**
 * Resolves once every given section has a newer answer than `before` (its state object at
 * the moment of the change) and nothing is being fetched for them any more. An error is an
 * answer too: the caller's `failOnError` then reports it.
 */
export function sectionsSettled(
  cache: CreditDataCache,
  keys: readonly SectionKey[],
  before: readonly SectionState<unknown>[],
): Promise<void> {
  const done = () =>
    keys.every((key, i) => {
      const state = cache.state(key);
      return state !== before[i] && state.status !== 'loading' && !state.refreshing;
    });
  return new Promise((resolve) => {
    const stops: (() => void)[] = [];
    const check = () => {
      if (!done()) return;
      stops.forEach((stop) => stop());
      resolve();
    };
    // Watching an entry the widgets already watch adds a listener and never a request.
    for (const key of keys) stops.push(cache.watch(key, check));
    check();
  });
}
