import { fixture, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { CreditDashboardElement } from '../../src/credit-dashboard/credit-dashboard.js';
import type { CreditProviderElement } from '../../src/credit-provider/credit-provider.js';
import type { CreditData } from '../../src/data/types.js';
import { StaticCreditProvider } from '../../src/data/static-provider.js';
import { shadow } from '../helpers/dom.js';
import { testData } from '../helpers/providers.js';

/** The font stack scripts/chromium.mjs installs (TEST_FONT_FAMILY): text measures the same everywhere. */
export const TEST_FONT = "'DejaVu Sans', 'Noto Sans Arabic', 'IPAGothic', sans-serif";

export const SECTION_TAGS = ['credit-summary', 'credit-outlook', 'credit-pie', 'credit-history', 'feature-catalog'] as const;

/** A box as the screen shows it. */
export type Box = Pick<DOMRect, 'top' | 'bottom' | 'left' | 'right' | 'width' | 'height'>;

export function box(element: Element): Box {
  const { top, bottom, left, right, width, height } = element.getBoundingClientRect();
  return { top, bottom, left, right, width, height };
}

/** Whether two boxes share any area (touching edges do not count). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5;
}

/** Every element of a tree, shadow roots included, with the root it belongs to. */
export function deepElements(root: Element | ShadowRoot): Element[] {
  const found: Element[] = [];
  for (const element of root.querySelectorAll('*')) {
    found.push(element);
    if (element.shadowRoot) found.push(...deepElements(element.shadowRoot));
  }
  return found;
}

/**
 * Lays every dashboard section out now. A section far from the screen keeps its last (or an
 * estimated) size until it scrolls near (content-visibility: auto), so which sections are drawn
 * depends on the scroll and the moment: a test that compares every box or every style of two
 * pages draws them all first, the same way in both.
 */
export function drawEverySection(dashboard: Element): void {
  for (const section of dashboard.shadowRoot!.querySelectorAll<HTMLElement>('.section')) section.style.contentVisibility = 'visible';
}

/** Waits until no element of the tree shows a loading state and every kit element has updated. */
export async function settled(root: Element): Promise<void> {
  const kit = () => deepElements(root).filter((el) => el.localName.startsWith('credit-') || el.localName === 'feature-catalog');
  await waitUntil(
    () => kit().every((el) => el.shadowRoot && !el.shadowRoot.querySelector('[aria-busy="true"]')),
    'a section stayed loading',
    { timeout: 5000 },
  );
  await Promise.all(kit().map((el) => (el as unknown as { updateComplete: Promise<unknown> }).updateComplete));
  await frames(2);
}

export function frames(count = 1): Promise<void> {
  return new Promise((done) => {
    const next = (left: number) => (left === 0 ? done() : requestAnimationFrame(() => next(left - 1)));
    next(count);
  });
}

export interface MountedDashboard {
  root: CreditProviderElement;
  dashboard: CreditDashboardElement;
  /** A section element by tag. */
  section<K extends (typeof SECTION_TAGS)[number]>(tag: K): HTMLElementTagNameMap[K];
}

/** The dashboard in a page `width` px wide (the viewport), on the test data, settled. */
export async function mountDashboard(
  width: number,
  { data = testData(), locale = 'en-US', hostStyle = '' }: { data?: CreditData; locale?: string; hostStyle?: string } = {},
): Promise<MountedDashboard> {
  await setViewport({ width, height: 900 });
  const root = await fixture<CreditProviderElement>(
    html`<credit-provider .provider=${new StaticCreditProvider(data)} style="--credit-font-family: ${TEST_FONT}; ${hostStyle}"
      ><credit-dashboard locale=${locale}></credit-dashboard
    ></credit-provider>`,
  );
  const dashboard = root.querySelector('credit-dashboard')!;
  await settled(root);
  const section = <K extends (typeof SECTION_TAGS)[number]>(tag: K) => shadow(dashboard).querySelector(tag)! as HTMLElementTagNameMap[K];
  return { root, dashboard, section };
}
