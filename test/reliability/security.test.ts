import { expect, fixture, fixtureCleanup, html, waitUntil } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import type { LitElement } from 'lit';
import '../../src/credit-dashboard/define.js';
import '../../src/credit-summary/define.js';
import '../../src/feature-catalog/define.js';
import type { CreditDashboardElement } from '../../src/credit-dashboard/credit-dashboard.js';
import type { CreditSummaryElement } from '../../src/credit-summary/credit-summary.js';
import { demoOverAllocatedData } from '../../src/data/demo-data.js';
import { StaticCreditProvider } from '../../src/data/static-provider.js';
import type { CreditData, CreditFeature } from '../../src/data/types.js';
import type { FeatureCatalogElement } from '../../src/feature-catalog/feature-catalog.js';
import { dialogShown, ready, shadow, textOf } from '../helpers/dom.js';
import { fixtureServer } from '../helpers/fixture-server.js';
import { AS_OF, AS_OF_DAY, testData } from '../helpers/providers.js';
import { allElements, pageFaults, shadowRoots } from './scan.js';

/*
 * Every text a provider sends is untrusted. Rendered in every field at once (names,
 * descriptions, offering and feature names, grant names, units, app URLs), with every view
 * that shows them open (both details dialogs, the history's tooltip and live region, the
 * catalog's filter chip), an XSS payload must show as the very characters it is, run
 * nothing and add no element: each shadow root holds exactly as many elements as with
 * harmless text of the same shape.
 */

declare global {
  interface Window {
    __xss?: number;
  }
}

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=1</script>',
  '"><svg onload="window.__xss=1"></svg>',
  `'><iframe srcdoc="<script>parent.__xss=1</script>"></iframe>`,
  '<a href="javascript:window.__xss=1">click me</a>',
  '</style></template><img src=x onerror=window.__xss=1>',
  '<!--<img src=x onerror=window.__xss=1>-->',
  '<details open ontoggle="window.__xss=1">',
  '<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1>',
  '${window.__xss=1}',
  "{{constructor.constructor('window.__xss=1')()}}",
  '<?lit$123456789$><!--?lit$123456789$-->',
  '{amount} {unit} {name} {percent} {date}',
  'javascript:window.__xss=1',
];

/** Harmless text of the same shape: same length, spaces in the same places (same wrapping). */
const harmless = (payload: string) => payload.replace(/\S/g, 'x');

/** The demo data with `text` in every text field a provider sends. */
function dataWith(text: string): CreditData {
  const data = testData();
  const features: CreditFeature[] = data.features.slice(0, 4).map((feature) => ({
    ...feature,
    name: text,
    description: text,
    offeringName: text,
    requirement: feature.requirement && { ...feature.requirement, per: text },
    appUrl: text,
  }));
  return {
    ...data,
    // One grant starts on the as-of day, so the history's tooltip names it too.
    grants: [
      ...data.grants.map((grant) => ({ ...grant, name: text })),
      { id: 'starts-today', name: text, credits: 10, source: 'purchase', startDate: AS_OF_DAY, endDate: '2027-11-25' },
    ],
    allocations: data.allocations.map((offering) => ({
      ...offering,
      offeringName: text,
      features: offering.features.map((feature) => ({ ...feature, featureName: text })),
    })),
    features,
  };
}

const faults = pageFaults();

/**
 * Waits until a broken image's error handler ran (an HTTP 404, as `<img src=x>` would get):
 * an injected handler would have run by then too.
 */
async function handlersHadTheirChance(): Promise<void> {
  const { url } = await fixtureServer();
  let fired = false;
  const probe = new Image();
  probe.onerror = () => (fired = true);
  probe.src = `${url}/no-such-image-${Math.random()}`;
  await waitUntil(() => fired, 'the probe image never failed');
}

interface Exercised {
  /** Elements per shadow root after each step, named by their host. */
  counts: [string, number][][];
  /** Where each field's text ended up, as the DOM holds it. */
  shown: Record<string, string>;
}

/**
 * Renders the dashboard with `text` in every field and opens, one after the other, every
 * view that shows it: the catalog filtered to an offering (its chip names it) with the
 * history's crosshair on the as-of day (tooltip and live region name the grant starting
 * then), then each details dialog (a modal dialog makes the rest inert, so one at a time).
 */
async function exercise(text: string): Promise<Exercised> {
  const data = dataWith(text);
  // No projection: End puts the crosshair on the as-of day, where a grant starts.
  const dashboard = await fixture<CreditDashboardElement>(html`<credit-dashboard
    locale="en-US"
    projection-days="0"
    .provider=${new StaticCreditProvider(data)}
  ></credit-dashboard>`);
  await dashboard.updateComplete;
  const widget = (tag: string) => shadow(dashboard).querySelector<LitElement>(tag)!;
  const [summary, pie, history, catalog] = ['credit-summary', 'credit-pie', 'credit-history', 'feature-catalog'].map(widget) as [
    LitElement,
    LitElement,
    LitElement,
    LitElement,
  ];
  for (const element of [summary, pie, history, catalog]) await ready(element);
  const $ = (element: LitElement, selector: string) => shadow(element).querySelector<HTMLElement>(selector);
  const counts: [string, number][][] = [];
  const step = async (done: () => unknown, what: string) => {
    await waitUntil(done, `${what} did not show`);
    for (const element of [summary, pie, history, catalog]) await element.updateComplete;
    await handlersHadTheirChance();
    counts.push(elementCounts(dashboard));
  };

  const offering = data.features[0]!.offeringId;
  $(pie, `[part~="legend-item"][data-offering="${offering}"]`)!.click();
  const plot = $(history, '[part~="plot"]')!;
  plot.focus();
  plot.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
  await step(() => $(catalog, '[part~="offering-chip"]') && $(catalog, '[part~="row"]') && $(history, '[part~="tooltip"]'), 'the chip, rows and tooltip');
  const shown: Record<string, string> = {
    name: $(catalog, '[part~="name"]')!.textContent!,
    description: $(catalog, '[part~="description"]')!.textContent!.trim(),
    chip: textOf($(catalog, '[part~="offering-chip"]')!),
    requirement: textOf($(catalog, '[part~="row"] .requirement')!),
    tooltip: textOf($(history, '[part~="tooltip"]')!),
    announcement: textOf($(history, '[aria-live]')!),
  };
  plot.blur();

  $(summary, '[part~="details-button"]')!.click();
  await dialogShown(shadow(summary).querySelector('dialog')!);
  await step(() => $(summary, 'dialog[open] tbody th'), 'the grants dialog');
  shown.grant = $(summary, 'dialog tbody th')!.textContent!;
  shadow(summary).querySelector('dialog')!.close();

  $(pie, '[part~="details-button"]')!.click();
  await dialogShown(shadow(pie).querySelector('dialog')!);
  await step(() => $(pie, 'dialog[open] .feature-row th'), 'the allocations dialog');
  shown.featureName = $(pie, 'dialog .feature-row th')!.textContent!;
  shown.offeringName = $(pie, 'dialog .offering-row th')!.textContent!;
  shadow(pie).querySelector('dialog')!.close();

  for (const link of allElements(dashboard).filter((element) => element.matches('a[href]'))) {
    expect(new URL(link.getAttribute('href')!).protocol, link.getAttribute('href')!).to.match(/^https?:$/);
  }
  // The next dashboard must be in view, not below this one: the catalog renders only rows in view.
  fixtureCleanup();
  return { counts, shown };
}

/**
 * Elements per shadow root, in document order, named by their host. The history's axis ticks
 * and grid lines are left out: the pie and the history share a row's height, so how the
 * legend's text wraps sets the chart's height and with it how many ticks fit.
 */
function elementCounts(root: Element): [string, number][] {
  return shadowRoots(root).map((sr) => [
    (sr.host as Element).localName,
    sr.querySelectorAll('*:not(.credit-axis > .tick-label, .credit-axis > .grid)').length,
  ]);
}

describe('security: untrusted text', function () {
  this.timeout(60_000);
  // The whole dashboard in view: the catalog renders only the rows in view.
  before(() => setViewport({ width: 1280, height: 3000 }));
  after(() => setViewport({ width: 800, height: 600 }));
  beforeEach(() => {
    delete window.__xss;
    faults.start();
  });
  afterEach(() => {
    faults.stop();
    expect(faults.faults, 'uncaught errors').to.deep.equal([]);
  });

  for (const payload of PAYLOADS) {
    it(`renders ${JSON.stringify(payload)} in every text field as inert text`, async () => {
      const baseline = await exercise(harmless(payload));
      const { counts, shown } = await exercise(payload);
      expect(window.__xss, 'a payload ran').to.equal(undefined);
      expect(counts, 'elements per shadow root').to.deep.equal(baseline.counts);
      // The very characters, not markup made of them (textOf folds whitespace).
      const folded = payload.replace(/\s+/g, ' ').trim();
      expect(shown).to.deep.include({ name: payload, description: payload, grant: payload, featureName: payload, offeringName: payload });
      for (const where of ['chip', 'requirement', 'tooltip', 'announcement'] as const) expect(shown[where], where).to.contain(folded);
    });
  }
});

describe('security: links', () => {

  /** [URL as sent, whether it may become a link]. */
  const URLS: [string, boolean][] = [
    ['https://console.example/app', true],
    ['http://console.example/app', true],
    ['/relative/app', true],
    ['//elsewhere.example/app', true],
    ['https://console.example/app?q="><script>window.__xss=1</script>', true],
    ['javascript:window.__xss=1', false],
    ['JaVaScRiPt:window.__xss=1', false],
    ['  javascript:window.__xss=1', false],
    ['java\tscript:window.__xss=1', false],
    ['java\nscript:window.__xss=1', false],
    ['data:text/html,<script>window.__xss=1</script>', false],
    ['vbscript:msgbox(1)', false],
    ['file:///etc/passwd', false],
    ['blob:https://console.example/0d7c', false],
    ['mailto:admin@console.example', false],
    ['ftp://console.example/app', false],
  ];

  it('Go to app is a link only for http(s) URLs, to exactly the URL checked', async () => {
    const data = testData();
    const template = data.features.find((feature) => feature.billing === 'pay-as-you-go')!;
    // A few at a time: the catalog renders only the rows in view.
    for (let start = 0; start < URLS.length; start += 4) {
      const chunk = URLS.slice(start, start + 4);
      const features = chunk.map(([url], i) => ({ ...template, id: `f${i}`, name: `Feature ${i}`, appUrl: url }));
      const catalog = await fixture<FeatureCatalogElement>(
        html`<feature-catalog locale="en-US" .provider=${new StaticCreditProvider({ ...data, features })}></feature-catalog>`,
      );
      await waitUntil(() => shadow(catalog).querySelectorAll('[part~="row"]').length === chunk.length, 'not every row rendered');
      for (const row of shadow(catalog).querySelectorAll('[part~="row"]')) {
        const [url, allowed] = chunk[Number(textOf(row.querySelector('[part~="name"]')!).slice('Feature '.length))]!;
        const link = row.querySelector('a[part~="go-to-app"]');
        if (allowed) {
          expect(link?.getAttribute('href'), JSON.stringify(url)).to.equal(new URL(url, document.baseURI).href);
        } else {
          expect(link?.getAttribute('href'), JSON.stringify(url)).to.equal(undefined);
          expect(row.querySelector('[part~="go-to-app"]')!.getAttribute('aria-disabled'), JSON.stringify(url)).to.equal('true');
        }
      }
      // The next catalog must be in view, not below this one.
      fixtureCleanup();
    }
    expect(window.__xss).to.equal(undefined);
  });

  it('the purchase link of a negative balance is a link only for http(s) URLs', async () => {
    const provider = new StaticCreditProvider(demoOverAllocatedData({ asOf: AS_OF }));
    for (const [url, allowed] of URLS) {
      const summary = await fixture<CreditSummaryElement>(
        html`<credit-summary locale="en-US" purchase-url=${url} .provider=${provider}></credit-summary>`,
      );
      await ready(summary);
      const link = shadow(summary).querySelector('a[part~="purchase-button"]');
      if (allowed) expect(link?.getAttribute('href'), JSON.stringify(url)).to.equal(new URL(url, document.baseURI).href);
      else expect(link?.getAttribute('href'), JSON.stringify(url)).to.equal(undefined);
    }
  });
});
