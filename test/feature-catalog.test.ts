import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { StaticCreditProvider } from '../src/data/static-provider.js';
import type { CreditData, CreditFeature } from '../src/data/types.js';
import type { CreditAllocationRequestEvent } from '../src/events/allocation-request.js';
import type { CreditOpenAppEvent } from '../src/events/open-app.js';
import '../src/feature-catalog/define.js';
import type { FeatureCatalogElement } from '../src/feature-catalog/feature-catalog.js';
import { ready, shadow, textOf } from './helpers/dom.js';
import { ManualProvider, testData } from './helpers/providers.js';

/* ------------------------------------------------------------------------------------------ */
/* Helpers                                                                                      */
/* ------------------------------------------------------------------------------------------ */

const WIDE = 'inline-size: 800px';
const NARROW = 'inline-size: 400px';

/** A catalog on a provider of `data`, ready and with its first rows rendered. */
async function catalog(data: CreditData = testData(), style = WIDE): Promise<FeatureCatalogElement> {
  const el = await fixture<FeatureCatalogElement>(html`<feature-catalog style=${style} .provider=${new StaticCreditProvider(data)}></feature-catalog>`);
  await ready(el);
  await waitUntil(() => rows(el).length > 0 || shadow(el).querySelector('[part~="empty"]'), 'no rows rendered');
  return el;
}

function features(...list: (Partial<CreditFeature> & { id: string })[]): CreditData {
  return testData({
    features: list.map((f) => ({
      name: f.id,
      description: '',
      offeringId: 'endpoint-security',
      offeringName: 'Endpoint Security',
      requirement: { credits: 10, per: 'seat', period: 'year' },
      billing: 'credits',
      allocated: 0,
      ...f,
    })),
  });
}

const $ = <T extends Element = HTMLElement>(el: FeatureCatalogElement, selector: string) => shadow(el).querySelector<T>(selector);
const rows = (el: FeatureCatalogElement) => [...shadow(el).querySelectorAll<HTMLElement>('[role="row"].feature')];
const rowNames = (el: FeatureCatalogElement) => rows(el).map((row) => row.querySelector('.name')!.textContent);
const rowNamed = (el: FeatureCatalogElement, name: string) => rows(el).find((row) => row.querySelector('.name')!.textContent === name);
const count = (el: FeatureCatalogElement) => textOf($(el, '[part~="count"]')!);
const norm = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Types into the search box as one input event, then waits for the virtualizer to show `name`. */
async function searchFor(el: FeatureCatalogElement, query: string): Promise<void> {
  const input = $<HTMLInputElement>(el, 'input[type="search"]')!;
  input.value = query;
  input.dispatchEvent(new Event('input', { bubbles: true }));
  await el.updateComplete;
}

/** The row of a feature, found through the search box so it is rendered whatever its place. */
async function findRow(el: FeatureCatalogElement, name: string): Promise<HTMLElement> {
  await searchFor(el, name);
  await waitUntil(() => rowNamed(el, name), `no row for ${name}`);
  return rowNamed(el, name)!;
}

async function choose(el: FeatureCatalogElement, name: string, value: string): Promise<void> {
  const select = $<HTMLSelectElement>(el, `select[name="${name}"]`)!;
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

/** Waits until the rendered feature rows are exactly `names` (the virtualizer renders asynchronously). */
async function expectRows(el: FeatureCatalogElement, names: string[]): Promise<void> {
  await waitUntil(() => JSON.stringify(rowNames(el)) === JSON.stringify(names), `rows were ${JSON.stringify(rowNames(el))}`);
}

/** What has keyboard focus inside the catalog, described the way a user would name it. */
function focused(el: FeatureCatalogElement): string {
  const active = shadow(el).activeElement as HTMLElement | null;
  if (!active) return 'nothing';
  if (active instanceof HTMLInputElement) return 'search';
  if (active instanceof HTMLSelectElement) return active.name;
  return textOf(active);
}

/** Clicks a "Go to app" link and reports whether its navigation was prevented (then stops it). */
function clickLink(link: HTMLAnchorElement, init: MouseEventInit = {}): boolean {
  let prevented: boolean | undefined;
  const stop = (event: Event) => {
    prevented = event.defaultPrevented;
    event.preventDefault(); // the test page must never navigate away
  };
  window.addEventListener('click', stop);
  try {
    link.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true, cancelable: true, button: 0, ...init }));
  } finally {
    window.removeEventListener('click', stop);
  }
  return prevented!;
}

function recordEvents<T extends Event>(type: string): { events: T[]; stop: () => void } {
  const events: T[] = [];
  const listener = (event: Event) => events.push(event as T);
  document.addEventListener(type, listener);
  return { events, stop: () => document.removeEventListener(type, listener) };
}

/* ------------------------------------------------------------------------------------------ */

/** Every `error` event that reaches `window` while `run` runs (a ResizeObserver loop report included). */
async function windowErrors(run: () => Promise<unknown>): Promise<string[]> {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  window.addEventListener('error', onError);
  try {
    await run();
    // Observer reports arrive after the frame that caused them.
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  } finally {
    window.removeEventListener('error', onError);
  }
  return errors;
}

describe('<feature-catalog>', () => {
  describe('states', () => {
    it('shows a loading skeleton while the provider has not answered, axe clean', async () => {
      const el = await fixture<FeatureCatalogElement>(html`<feature-catalog .provider=${new ManualProvider()}></feature-catalog>`);
      expect($(el, '[aria-busy="true"]')).not.to.equal(null);
      expect(textOf(shadow(el))).to.contain('Loading');
      await expect(el).to.be.accessible();
    });

    // The list flows with the page now (no scroll box of a fixed height), so the catalog grows
    // with its rows; what must not move is where the list starts.
    it('starts the list where the skeleton rows started (the filters keep their boxes)', async () => {
      const provider = new ManualProvider();
      const el = await fixture<FeatureCatalogElement>(html`<feature-catalog style=${WIDE} .provider=${provider}></feature-catalog>`);
      const skeletonTop = $(el, '.skeleton-rows')!.getBoundingClientRect().top;
      provider.requests('features')[0]!.resolve(testData().features);
      await ready(el);
      await waitUntil(() => rows(el).length > 0);
      expect(Math.abs($(el, '[part~="table"]')!.getBoundingClientRect().top - skeletonTop)).to.be.below(40);
    });

    it('shows the field-precise validation error with Retry, axe clean', async () => {
      const bad = testData().features.map((f, i) => (i === 3 ? { ...f, allocated: Number.NaN } : f));
      const el = await fixture<FeatureCatalogElement>(html`<feature-catalog .provider=${new StaticCreditProvider(testData({ features: bad }))}></feature-catalog>`);
      await waitUntil(() => $(el, '[role="alert"]'));
      expect(textOf($(el, '[role="alert"]')!)).to.contain('features[3].allocated must be a finite number ≥ 0');
      expect($(el, '[part~="retry-button"]')!.textContent).to.contain('Retry');
      expect(textOf(shadow(el))).not.to.match(/NaN|undefined|Infinity|null/);
      await expect(el).to.be.accessible();
    });

    it('Retry loads again and shows the catalog once the provider answers correctly', async () => {
      const provider = new ManualProvider();
      const el = await fixture<FeatureCatalogElement>(html`<feature-catalog .provider=${provider}></feature-catalog>`);
      provider.requests('features')[0]!.reject(new Error('Gateway down'));
      await waitUntil(() => $(el, '[role="alert"]'));
      $<HTMLButtonElement>(el, '[part~="retry-button"]')!.click();
      await waitUntil(() => provider.requests('features').length === 2);
      provider.requests('features')[1]!.resolve(testData().features);
      await waitUntil(() => $(el, '[part~="count"]'));
      expect(count(el)).to.equal('40 of 40 features');
    });

    it('says there is no provider when none is given, axe clean', async () => {
      const el = await fixture<FeatureCatalogElement>(html`<feature-catalog></feature-catalog>`);
      expect(textOf(shadow(el))).to.contain('No data provider');
      await expect(el).to.be.accessible();
    });

    it('says the catalog is empty when the provider has no features, axe clean', async () => {
      const el = await catalog(testData({ features: [] }));
      expect(textOf($(el, '[part~="empty"]')!)).to.equal('No features are available.');
      expect($(el, 'input[type="search"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('is axe clean with data as a table', async () => {
      const el = await catalog();
      await expect(el).to.be.accessible();
    });

    it('is axe clean with data as cards on a narrow container', async () => {
      const el = await catalog(testData(), NARROW);
      await expect(el).to.be.accessible();
    });

    it('is axe clean in the dark theme', async () => {
      const el = await catalog(testData(), `${WIDE}; color-scheme: dark`);
      expect(getComputedStyle($(el, '[part~="base"]')!).backgroundColor).to.equal('rgb(28, 32, 39)');
      await expect(el).to.be.accessible();
    });
  });

  describe('rows', () => {
    it('shows the heading and every feature counted', async () => {
      const el = await catalog();
      expect(textOf($(el, 'h2')!)).to.equal('All available features');
      expect(count(el)).to.equal('40 of 40 features');
    });

    it('an allocated feature says Allocated with its credits, and offers Manage allocation', async () => {
      const el = await catalog();
      const row = await findRow(el, 'Endpoint Sensor');
      expect(textOf(row.querySelector('.requirement')!)).to.contain('20 credits per endpoint per year');
      expect(textOf(row.querySelector('[part~="status"]')!)).to.equal('Allocated');
      expect(textOf(row.querySelector('.status')!)).to.contain('120,000 credits');
      expect(textOf(row.querySelector('[part~="action"]')!)).to.equal('Manage allocation');
    });

    it('a feature without allocation says Not allocated and offers Set up allocation', async () => {
      const el = await catalog();
      const row = await findRow(el, 'Forensic Investigation');
      expect(textOf(row.querySelector('[part~="status"]')!)).to.equal('Not allocated');
      expect(row.querySelector('.allocated')).to.equal(null);
      expect(textOf(row.querySelector('[part~="action"]')!)).to.equal('Set up allocation');
    });

    it('a pay-as-you-go feature says so once, says how it is billed, and links to its app', async () => {
      const el = await catalog();
      const row = await findRow(el, 'Container Security');
      expect(textOf(row.querySelector('.requirement')!)).to.contain('Billed by usage in its app');
      expect(textOf(row).match(/Pay-as-you-go/g)).to.have.length(1);
      expect(textOf(row.querySelector('[part~="status"]')!)).to.equal('Pay-as-you-go');
      const link = row.querySelector<HTMLAnchorElement>('a[part~="go-to-app"]')!;
      expect(textOf(link)).to.equal('Go to app');
      expect(link.getAttribute('href')).to.equal('https://console.example.com/app/container-security');
    });

    it('groups features under their offering with a count', async () => {
      const el = await catalog();
      const group = $(el, '[part~="group"]')!;
      expect(textOf(group)).to.equal('Endpoint Security 5 features');
      expect(group.querySelector('h3 button')!.getAttribute('aria-expanded')).to.equal('true');
    });

    it('shows HTML in names and descriptions as text', async () => {
      const name = '<img src=x onerror="window.pwned=1">Evil';
      const el = await catalog(features({ id: 'x', name, description: '<b>bold</b> <script>window.pwned=1</script>' }));
      await waitUntil(() => rowNamed(el, name));
      expect(textOf(rowNamed(el, name)!.querySelector('.description')!)).to.equal('<b>bold</b> <script>window.pwned=1</script>');
      expect(shadow(el).querySelector('img, b, script')).to.equal(null);
      expect((window as { pwned?: number }).pwned).to.equal(undefined);
    });

    it('shows the new status once the provider reports the allocation the host made', async () => {
      const data = testData();
      const provider = new StaticCreditProvider(data);
      const el = await fixture<FeatureCatalogElement>(html`<feature-catalog style=${WIDE} .provider=${provider}></feature-catalog>`);
      await ready(el);
      const row = await findRow(el, 'Forensic Investigation');
      expect(textOf(row.querySelector('[part~="status"]')!)).to.equal('Not allocated');
      provider.update({ features: data.features.map((f) => (f.id === 'endpoint-forensics' ? { ...f, allocated: 3000 } : f)) });
      await waitUntil(() => textOf(rowNamed(el, 'Forensic Investigation')!.querySelector('[part~="status"]')!) === 'Allocated');
      expect(textOf(rowNamed(el, 'Forensic Investigation')!.querySelector('[part~="action"]')!)).to.equal('Manage allocation');
    });

    it('formats numbers for de-DE', async () => {
      const el = await fixture<FeatureCatalogElement>(
        html`<feature-catalog locale="de-DE" style=${WIDE} .provider=${new StaticCreditProvider(testData())}></feature-catalog>`,
      );
      await ready(el);
      const row = await findRow(el, 'Virtual Network Sensor');
      expect(norm(textOf(row.querySelector('.requirement')!))).to.contain('25.000 credits per Gbps per year');
      expect(norm(textOf(row.querySelector('.status')!))).to.contain('50.000 credits');
      expect($(el, '[part~="base"]')!.getAttribute('lang')).to.equal('de-DE');
    });

    it('uses string overrides', async () => {
      const el = await fixture<FeatureCatalogElement>(
        html`<feature-catalog .strings=${{ catalogSetUp: 'Zuteilung einrichten' }} .provider=${new StaticCreditProvider(testData())}></feature-catalog>`,
      );
      await ready(el);
      const row = await findRow(el, 'Forensic Investigation');
      expect(textOf(row.querySelector('[part~="action"]')!)).to.equal('Zuteilung einrichten');
    });
  });

  describe('allocation requests', () => {
    it('Set up allocation fires credit-allocation-request with the feature, bubbling out of shadow roots', async () => {
      const el = await catalog();
      const row = await findRow(el, 'Forensic Investigation');
      const fired = oneEvent(document, 'credit-allocation-request') as Promise<CreditAllocationRequestEvent>;
      row.querySelector<HTMLButtonElement>('[part~="set-up"]')!.click();
      const event = await fired;
      const { requestId, ...rest } = event.detail;
      expect(rest).to.deep.equal({ action: 'set-up', featureId: 'endpoint-forensics', offeringId: 'endpoint-security', allocated: 0 });
      expect(requestId).to.match(/^[0-9a-f-]{36}$/);
      expect(event.composed).to.equal(true);
    });

    it('Manage allocation fires with the credits allocated now', async () => {
      const el = await catalog();
      const row = await findRow(el, 'Endpoint Sensor');
      const fired = oneEvent(el, 'credit-allocation-request') as Promise<CreditAllocationRequestEvent>;
      row.querySelector<HTMLButtonElement>('[part~="manage"]')!.click();
      const { detail } = await fired;
      expect([detail.action, detail.featureId, detail.allocated]).to.deep.equal(['manage', 'endpoint-sensor', 120_000]);
    });

    it('gives every press a new requestId', async () => {
      const el = await catalog();
      const row = await findRow(el, 'Forensic Investigation');
      const recorder = recordEvents<CreditAllocationRequestEvent>('credit-allocation-request');
      try {
        const button = row.querySelector<HTMLButtonElement>('[part~="set-up"]')!;
        button.click();
        button.click();
        button.click();
      } finally {
        recorder.stop();
      }
      expect(new Set(recorder.events.map((e) => e.detail.requestId)).size).to.equal(3);
    });

    it('names each action with its feature, the visible text first', async () => {
      const el = await catalog();
      const names = (part: string) =>
        [...shadow(el).querySelectorAll(`[part~="${part}"]`)].map((action) => action.getAttribute('aria-label'));
      expect(names('set-up')).to.include('Set up allocation for Forensic Investigation');
      expect(names('manage')).to.include('Manage allocation for Endpoint Sensor');
      expect(names('go-to-app')).to.include('Go to app for Container Security');
      const all = [...names('set-up'), ...names('manage'), ...names('go-to-app')];
      expect(all).to.have.length(40);
      expect(new Set(all).size, 'distinct action names').to.equal(40);
    });
  });

  describe('Go to app', () => {
    it('fires credit-open-app with the feature and URL, and lets the link navigate', async () => {
      const el = await catalog();
      const row = await findRow(el, 'Container Security');
      const recorder = recordEvents<CreditOpenAppEvent>('credit-open-app');
      let prevented: boolean;
      try {
        prevented = clickLink(row.querySelector('a')!);
      } finally {
        recorder.stop();
      }
      expect(recorder.events.map((e) => e.detail)).to.deep.equal([
        { featureId: 'container-security', url: 'https://console.example.com/app/container-security' },
      ]);
      expect(prevented).to.equal(false);
    });

    it('cancelling credit-open-app stops the navigation', async () => {
      const el = await catalog();
      const row = await findRow(el, 'Container Security');
      const cancel = (event: Event) => event.preventDefault();
      document.addEventListener('credit-open-app', cancel);
      try {
        expect(clickLink(row.querySelector('a')!)).to.equal(true);
      } finally {
        document.removeEventListener('credit-open-app', cancel);
      }
    });

    it('leaves a modified click (open in a new tab) to the browser and fires nothing', async () => {
      const el = await catalog();
      const row = await findRow(el, 'Container Security');
      const recorder = recordEvents('credit-open-app');
      const cancel = (event: Event) => event.preventDefault();
      document.addEventListener('credit-open-app', cancel);
      try {
        expect(clickLink(row.querySelector('a')!, { ctrlKey: true })).to.equal(false);
      } finally {
        recorder.stop();
        document.removeEventListener('credit-open-app', cancel);
      }
      expect(recorder.events).to.have.length(0);
    });

    it('never turns a javascript: URL into a link: the action is disabled with the reason', async () => {
      const el = await catalog(features({ id: 'evil', billing: 'pay-as-you-go', requirement: null, appUrl: ' JavaScript:alert(1)' }));
      await waitUntil(() => rowNamed(el, 'evil'));
      const row = rowNamed(el, 'evil')!;
      expect(row.querySelectorAll('a').length, 'links in the row').to.equal(0);
      const button = row.querySelector<HTMLButtonElement>('[part~="go-to-app"]')!;
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(textOf(row.querySelector('.reason')!)).to.equal('The app link is not a web address (http or https).');
      const reasonId = button.getAttribute('aria-describedby')!;
      expect(shadow(el).getElementById(reasonId) === row.querySelector('.reason'), 'described by its reason').to.equal(true);
      expect(button.getAttribute('aria-label')).to.equal('Go to app for evil');
    });

    it('pressing a disabled Go to app fires nothing', async () => {
      const el = await catalog(features({ id: 'evil', billing: 'pay-as-you-go', requirement: null, appUrl: 'javascript:alert(1)' }));
      await waitUntil(() => rowNamed(el, 'evil'));
      const recorder = recordEvents('credit-open-app');
      try {
        rowNamed(el, 'evil')!.querySelector<HTMLButtonElement>('button[part~="go-to-app"]')!.click();
      } finally {
        recorder.stop();
      }
      expect(recorder.events).to.have.length(0);
    });

    it('says when a pay-as-you-go feature has no app link', async () => {
      const el = await catalog(features({ id: 'linkless', billing: 'pay-as-you-go', requirement: null }));
      await waitUntil(() => rowNamed(el, 'linkless'));
      expect(textOf(rowNamed(el, 'linkless')!.querySelector('.reason')!)).to.equal('No app link is available.');
    });

    it('resolves a relative app URL against the page', async () => {
      const el = await catalog(features({ id: 'relative', billing: 'pay-as-you-go', requirement: null, appUrl: '/apps/sandbox' }));
      await waitUntil(() => rowNamed(el, 'relative'));
      expect(rowNamed(el, 'relative')!.querySelector('a')!.href).to.equal(new URL('/apps/sandbox', document.baseURI).href);
    });
  });

  describe('search, filters and sort', () => {
    it('search matches name and description, ignoring case and accents, and counts', async () => {
      const el = await catalog();
      await searchFor(el, 'SÉNSOR');
      // Essentials says "the endpoint sensor" in its description.
      await expectRows(el, ['Endpoint Security Essentials', 'Endpoint Sensor', 'Email Sensor', 'Virtual Network Sensor', 'Identity Sensor']);
      expect(count(el)).to.equal('5 of 40 features');
    });

    it('the count is a polite live region', async () => {
      const el = await catalog();
      const live = $(el, '[part~="count"]')!;
      expect(live.getAttribute('aria-live')).to.equal('polite');
      await searchFor(el, 'sandbox');
      expect(textOf(live)).to.equal('1 of 40 features');
    });

    it('loses no keystroke while the list filters', async () => {
      const el = await catalog();
      $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
      await sendKeys({ type: 'endpoint sensor' });
      await el.updateComplete;
      expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('endpoint sensor');
      expect(count(el)).to.equal('2 of 40 features');
    });

    it('shows a no-match state; Clear filters brings everything back and focuses the search', async () => {
      const el = await catalog();
      await searchFor(el, 'no such feature anywhere');
      expect(textOf($(el, '[part~="empty"]')!)).to.equal('No features match your search and filters.');
      expect(count(el)).to.equal('0 of 40 features');
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part~="clear-filters"]')!.click();
      await el.updateComplete;
      await waitUntil(() => rows(el).length > 0);
      expect(count(el)).to.equal('40 of 40 features');
      expect(focused(el)).to.equal('search');
      expect($<HTMLInputElement>(el, 'input[type="search"]')!.value).to.equal('');
    });

    it('filters by status', async () => {
      const el = await catalog();
      await choose(el, 'status', 'pay-as-you-go');
      expect(count(el)).to.equal('6 of 40 features');
      await expectRows(el, ['Container Security', 'File Security', 'AI Service Access', 'Sandbox Analysis', 'Third-Party Log Ingestion', 'Data Store Scanning']);
      await choose(el, 'status', 'allocated');
      expect(count(el)).to.equal('17 of 40 features');
      await choose(el, 'status', 'not-allocated');
      expect(count(el)).to.equal('17 of 40 features');
    });

    it('filters by billing', async () => {
      const el = await catalog();
      await choose(el, 'billing', 'credits');
      expect(count(el)).to.equal('34 of 40 features');
    });

    it('filters by offering, telling the host which one the user chose', async () => {
      const el = await catalog();
      const fired = oneEvent(el, 'credit-offering-select');
      await choose(el, 'offering', 'mobile-security');
      expect((await fired).detail).to.deep.equal({ offeringId: 'mobile-security' });
      await expectRows(el, ['Mobile App Reputation', 'Mobile Detection and Response', 'Mobile Threat Defense']);
      expect(count(el)).to.equal('3 of 40 features');
      expect(el.getAttribute('offering')).to.equal('mobile-security');
    });

    it('sorts by name, requirement and allocated credits within each offering', async () => {
      const el = await catalog();
      el.offering = 'endpoint-security';
      await el.updateComplete;
      const endpoint = ['Endpoint Security Core', 'Endpoint Security Essentials', 'Endpoint Security Pro', 'Endpoint Sensor', 'Forensic Investigation'];
      await expectRows(el, endpoint);
      await choose(el, 'sort', 'name-desc');
      await expectRows(el, [...endpoint].reverse());
      await choose(el, 'sort', 'requirement-desc');
      await expectRows(el, ['Endpoint Security Pro', 'Endpoint Security Essentials', 'Endpoint Security Core', 'Endpoint Sensor', 'Forensic Investigation']);
      await choose(el, 'sort', 'allocated-desc');
      // Essentials 2,000 × 65 = 130,000; Sensor 6,000 × 20 = 120,000; Pro 120 × 300 = 36,000.
      await expectRows(el, ['Endpoint Security Essentials', 'Endpoint Sensor', 'Endpoint Security Pro', 'Endpoint Security Core', 'Forensic Investigation']);
    });
  });

  describe('offering pre-filter', () => {
    it('filters to the offering set by the host, shows a chip, and fires nothing', async () => {
      const recorder = recordEvents('credit-offering-select');
      try {
        const el = await fixture<FeatureCatalogElement>(
          html`<feature-catalog offering="cloud-security" .provider=${new StaticCreditProvider(testData())}></feature-catalog>`,
        );
        await ready(el);
        expect(count(el)).to.equal('6 of 40 features');
        expect(textOf($(el, '[part~="offering-chip"]')!)).to.equal('Filtered to Cloud Security');
        expect($<HTMLSelectElement>(el, 'select[name="offering"]')!.value).to.equal('cloud-security');
        el.offering = 'mobile-security';
        await el.updateComplete;
        expect(count(el)).to.equal('3 of 40 features');
      } finally {
        recorder.stop();
      }
      expect(recorder.events).to.have.length(0);
    });

    it('removing the chip shows every offering and fires credit-offering-select with null', async () => {
      const el = await catalog();
      el.offering = 'cloud-security';
      await el.updateComplete;
      const remove = $<HTMLButtonElement>(el, '[part~="offering-chip-remove"]')!;
      expect(remove.getAttribute('aria-label')).to.equal('Remove filter: Cloud Security');
      const fired = oneEvent(document, 'credit-offering-select');
      remove.click();
      const event = await fired;
      expect(event.detail).to.deep.equal({ offeringId: null });
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
      await el.updateComplete;
      expect(count(el)).to.equal('40 of 40 features');
      expect($(el, '[part~="offering-chip"]')).to.equal(null);
      expect(focused(el)).to.equal('offering');
    });

    it('Clear filters also clears the offering, telling the host', async () => {
      const el = await catalog();
      el.offering = 'mobile-security';
      await choose(el, 'status', 'allocated');
      const fired = oneEvent(el, 'credit-offering-select');
      $<HTMLButtonElement>(el, '[part~="clear-filters"]')!.click();
      expect((await fired).detail).to.deep.equal({ offeringId: null });
      await el.updateComplete;
      expect(count(el)).to.equal('40 of 40 features');
      expect(el.hasAttribute('offering')).to.equal(false);
    });

    it('an offering the data does not know shows no features rather than all', async () => {
      const el = await catalog();
      el.offering = 'retired-offering';
      await el.updateComplete;
      expect(count(el)).to.equal('0 of 40 features');
      expect(textOf($(el, '[part~="offering-chip"]')!)).to.equal('Filtered to retired-offering');
      expect($<HTMLSelectElement>(el, 'select[name="offering"]')!.value).to.equal('retired-offering');
    });
  });

  describe('groups and descriptions', () => {
    it('collapsing a group hides its features, keeps its count and the focus', async () => {
      const el = await catalog();
      const toggle = $<HTMLButtonElement>(el, '[part~="group-toggle"]')!;
      toggle.focus();
      toggle.click();
      await el.updateComplete;
      await waitUntil(() => !rowNamed(el, 'Endpoint Sensor'));
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(textOf(toggle)).to.equal('Endpoint Security 5 features');
      expect(shadow(el).activeElement).to.equal(toggle);
      toggle.click();
      await waitUntil(() => rowNamed(el, 'Endpoint Sensor'));
    });

    it('clamps a long description with a Show more toggle that reveals the full text', async () => {
      const long = 'Long description words. '.repeat(40).trim();
      const el = await catalog(features({ id: 'long', description: long }, { id: 'short', description: 'Short.' }), NARROW);
      const more = () => rowNamed(el, 'long')!.querySelector<HTMLButtonElement>('.more')!;
      await waitUntil(() => getComputedStyle(more()).display !== 'none', 'Show more never appeared');
      expect(getComputedStyle(rowNamed(el, 'short')!.querySelector('.more')!).display).to.equal('none');
      const description = rowNamed(el, 'long')!.querySelector<HTMLElement>('.description')!;
      expect(description.scrollHeight).to.be.above(description.clientHeight);
      expect(more().getAttribute('aria-expanded')).to.equal('false');
      more().click();
      await el.updateComplete;
      expect(more().getAttribute('aria-expanded')).to.equal('true');
      expect(textOf(more())).to.equal('Show less');
      expect(description.scrollHeight).to.equal(description.clientHeight);
    });
  });

  describe('layout and keyboard', () => {
    it('is a table with column headers on a wide container', async () => {
      const el = await catalog();
      const head = $(el, '.head')!;
      expect(head.getBoundingClientRect().height).to.be.above(10);
      expect([...head.querySelectorAll('[role="columnheader"]')].map((h) => textOf(h))).to.deep.equal([
        'Feature',
        'Credit requirement',
        'Status',
        'Action',
      ]);
      expect(getComputedStyle(rows(el)[0]!.querySelector('.cell-label')!).display).to.equal('none');
    });

    it('shows cards with labelled values on a narrow container', async () => {
      const el = await catalog(testData(), NARROW);
      expect($(el, '.head')!.getBoundingClientRect().height).to.be.at.most(1);
      const label = rows(el)[0]!.querySelector('.cell-label')!;
      expect(getComputedStyle(label).display).to.equal('block');
      expect(textOf(label)).to.equal('Credit requirement');
    });

    it('lays the columns out right to left under dir="rtl"', async () => {
      const wrapper = await fixture<HTMLDivElement>(
        html`<div dir="rtl"><feature-catalog style=${WIDE} .provider=${new StaticCreditProvider(testData())}></feature-catalog></div>`,
      );
      const el = wrapper.querySelector('feature-catalog')!;
      await ready(el);
      await waitUntil(() => rows(el).length > 0);
      const row = rows(el)[0]!;
      const name = row.querySelector('.feature-cell')!.getBoundingClientRect();
      const action = row.querySelector('.action')!.getBoundingClientRect();
      expect(name.left).to.be.above(action.right);
      await expect(el).to.be.accessible();
    });

    it('tabs through search, filters, sort, group and row actions in reading order', async () => {
      const el = await catalog(
        features({ id: 'First', allocated: 10 }, { id: 'Second' }, { id: 'Third', offeringId: 'cloud', offeringName: 'Cloud' }),
      );
      $<HTMLInputElement>(el, 'input[type="search"]')!.focus();
      const order = [focused(el)];
      for (let i = 0; i < 9; i++) {
        await sendKeys({ press: 'Tab' });
        order.push(focused(el));
      }
      expect(order).to.deep.equal([
        'search',
        'status',
        'offering',
        'billing',
        'sort',
        'Endpoint Security 2 features',
        'Manage allocation',
        'Set up allocation',
        'Cloud 1 feature',
        'Set up allocation',
      ]);
    });
  });

  describe('large catalogs', () => {
    const total = 10_000;
    const big = () =>
      testData({
        features: Array.from({ length: total }, (_, i) => ({
          id: `f${i}`,
          name: `Feature ${String(i).padStart(5, '0')}`,
          description: `Generated feature ${i}${i % 100 === 0 ? ', a rare one' : ''}.`,
          offeringId: `offering-${i % 20}`,
          offeringName: `Offering ${i % 20}`,
          requirement: { credits: (i % 50) + 1, per: 'seat', period: 'year' },
          billing: 'credits',
          allocated: i % 3 === 0 ? 100 : 0,
        })),
      });

    it('renders 10,000 features with only the rows near the viewport in the DOM, and no window error', async () => {
      let el: FeatureCatalogElement | undefined;
      const errors = await windowErrors(async () => {
        el = await catalog(big());
        // The virtualizer's module loads first: give a loaded machine time.
        await waitUntil(() => rows(el!).length < 100, 'the rows were never virtualized', { timeout: 5000 });
        await waitUntil(
          () => {
            window.scrollTo(0, 5000);
            return rowNamed(el!, 'Feature 00000') === undefined;
          },
          'scrolling the page rendered no other rows',
          { timeout: 5000 },
        );
        window.scrollTo(0, 0);
      });
      expect(count(el!)).to.equal('10,000 of 10,000 features');
      expect(rows(el!).length).to.be.within(1, 100);
      expect(errors).to.deep.equal([]);
    });


    it('filters 10,000 features by search and status', async () => {
      const el = await catalog(big());
      await searchFor(el, 'RARE');
      expect(count(el)).to.equal('100 of 10,000 features');
      await waitUntil(() => rows(el).every((row) => textOf(row).includes('rare')) && rowNamed(el, 'Feature 00000'));
      await choose(el, 'status', 'allocated');
      // i multiple of 100 and of 3: multiples of 300 below 10,000.
      expect(count(el)).to.equal('34 of 10,000 features');
    });

    // The list scrolls with the page now, not inside a box of its own.
    it('scrolls the page to the last of 10,000 features', async () => {
      const el = await catalog(big());
      await waitUntil(
        () => {
          window.scrollTo(0, document.documentElement.scrollHeight);
          return rowNamed(el, 'Feature 09999');
        },
        'the last feature never rendered',
        { timeout: 5000 },
      );
      expect(rows(el).length).to.be.below(100);
      window.scrollTo(0, 0);
    });

    it('renders every row while the page prints', async () => {
      const el = await catalog(big());
      await waitUntil(() => rows(el).length < 100, 'the rows were never virtualized', { timeout: 5000 });
      window.dispatchEvent(new Event('beforeprint'));
      await el.updateComplete;
      expect(rows(el)).to.have.length(10_000);
      window.dispatchEvent(new Event('afterprint'));
      // The virtualizer starts again on an empty row group: on the printed one it took seconds.
      await waitUntil(() => rows(el).length > 0 && rows(el).length < 100, 'the rows stayed unvirtualized after printing', { timeout: 5000 });
    });
  });
});
