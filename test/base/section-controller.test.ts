import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { CreditElement } from '../../src/base/credit-element.js';
import { sectionBlock } from '../../src/base/states.js';
import '../../src/credit-provider/define.js';
import { SectionController } from '../../src/base/section-controller.js';
import { cacheFor } from '../../src/data/cache.js';
import type { CreditDataProvider, CreditSection } from '../../src/data/types.js';
import type { CreditDataErrorDetail } from '../../src/events/data-error.js';
import { sharedStrings } from '../../src/i18n/strings.js';
import { baseStyles } from '../../src/styles/base.js';
import { tokens } from '../../src/styles/tokens.js';
import { shadow, textOf } from '../helpers/dom.js';
import { CountingProvider, ManualProvider, settle, testData } from '../helpers/providers.js';

/** A minimal widget: shows the summary's total valid, or the shared state blocks. */
class ProbeWidget extends CreditElement {
  static override styles = [tokens, baseStyles];
  protected readonly defaultStrings = sharedStrings;
  readonly summary = new SectionController(this, 'summary');
  protected override render() {
    const block = sectionBlock(this.t, [{ state: this.summary.state, retry: () => this.summary.retry() }], litHtml`<span class="skeleton"></span>`);
    return litHtml`<div part="base">${block ?? litHtml`<output>${this.summary.value?.totalValid}</output>`}</div>`;
  }
}
customElements.define('probe-widget', ProbeWidget);

/** A widget of two sections shown in one block, as the history shows three. */
class PairProbe extends CreditElement {
  static override styles = [tokens, baseStyles];
  protected readonly defaultStrings = sharedStrings;
  readonly summary = new SectionController(this, 'summary');
  readonly grants = new SectionController(this, 'grants');
  protected override render() {
    const block = sectionBlock(this.t, [this.summary, this.grants], litHtml`<span class="skeleton"></span>`);
    return litHtml`<div part="base">${block ?? litHtml`<output>${this.grants.value?.length}</output>`}</div>`;
  }
}
customElements.define('pair-probe', PairProbe);

const alertOf = (el: Element) => shadow(el).querySelector('[role="alert"]');

const probeText = (el: Element) => textOf(shadow(el));

describe('SectionController', () => {
  it('shows loading, then the value from a <credit-provider> ancestor', async () => {
    const provider = new ManualProvider();
    const root = await fixture<LitElement>(html`<credit-provider .provider=${provider}><probe-widget></probe-widget></credit-provider>`);
    const probe = root.querySelector<ProbeWidget>('probe-widget')!;
    await probe.updateComplete;
    expect(shadow(probe).querySelector('[aria-busy="true"]')).not.to.equal(null);
    provider.requests('summary')[0]!.resolve(testData().summary);
    await waitUntil(() => shadow(probe).querySelector('output'));
    expect(probeText(probe)).to.equal(String(testData().summary.totalValid));
  });

  it('reads from its own provider property without any <credit-provider>', async () => {
    const provider = new CountingProvider();
    const probe = await fixture<ProbeWidget>(html`<probe-widget .provider=${provider}></probe-widget>`);
    await waitUntil(() => shadow(probe).querySelector('output'));
    expect(provider.calls.summary).to.equal(1);
  });

  it('says there is no provider when none is given', async () => {
    const probe = await fixture<ProbeWidget>(html`<probe-widget></probe-widget>`);
    expect(probeText(probe)).to.contain('No data provider');
  });

  it('shows an error naming the bad field, reports it, and recovers on Retry', async () => {
    const provider = new CountingProvider(testData({ summary: { totalValid: -1, allocated: 0, asOf: '2026-11-26T09:00:00Z' } }));
    const probe = document.createElement('probe-widget') as ProbeWidget;
    probe.provider = provider;
    const reported = oneEvent(probe, 'credit-data-error');
    document.body.append(probe);
    try {
      const event = await reported;
      expect(event.detail).to.deep.equal({
        section: 'summary',
        message: 'summary.totalValid must be a finite number ≥ 0 (got -1)',
        code: 'invalid-data',
      });
      await probe.updateComplete;
      expect(shadow(probe).querySelector('[role="alert"]')!.textContent).to.contain('summary.totalValid');
      provider.update({ summary: testData().summary });
      await waitUntil(() => shadow(probe).querySelector('output'), 'the update did not reach the widget');
      expect(provider.calls.summary).to.equal(2);
    } finally {
      probe.remove();
    }
  });

  it('Retry asks again after a rejection', async () => {
    const provider = new ManualProvider();
    const probe = await fixture<ProbeWidget>(html`<probe-widget .provider=${provider}></probe-widget>`);
    provider.requests('summary')[0]!.reject(new Error('Gateway down'));
    await waitUntil(() => shadow(probe).querySelector('[role="alert"]'));
    expect(probeText(probe)).to.contain('Gateway down');
    shadow(probe).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await settle();
    expect(provider.requests('summary')).to.have.length(2);
    provider.requests('summary')[1]!.resolve(testData().summary);
    await waitUntil(() => shadow(probe).querySelector('output'));
  });

  it('stops watching on disconnect: the request is aborted and the subscription released', async () => {
    const provider = new ManualProvider();
    const probe = await fixture<ProbeWidget>(html`<probe-widget .provider=${provider}></probe-widget>`);
    expect(provider.subscriberCount).to.equal(1);
    const { signal } = provider.requests('summary')[0]!.req;
    probe.remove();
    expect(signal.aborted).to.equal(true);
    expect(provider.subscriberCount).to.equal(0);
  });

  it('follows a provider swapped on the element', async () => {
    const first = new CountingProvider();
    const second = new CountingProvider(testData({ summary: { ...testData().summary, totalValid: 42 } }));
    const probe = await fixture<ProbeWidget>(html`<probe-widget .provider=${first}></probe-widget>`);
    await waitUntil(() => shadow(probe).querySelector('output'));
    probe.provider = second;
    await waitUntil(() => probeText(probe) === '42', 'the second provider was not used');
  });

  it('one Retry asks again for every failed section of the widget, in one refresh', async () => {
    const provider = new ManualProvider();
    const probe = await fixture<PairProbe>(html`<pair-probe .provider=${provider}></pair-probe>`);
    provider.requests('summary')[0]!.reject(new Error('Gateway down'));
    provider.requests('grants')[0]!.reject(new Error('Gateway down'));
    await waitUntil(() => alertOf(probe));
    const cache = cacheFor(provider);
    const refreshed: (readonly CreditSection[] | undefined)[] = [];
    const refresh = cache.refresh;
    cache.refresh = (sections) => {
      refreshed.push(sections);
      refresh.call(cache, sections);
    };
    try {
      shadow(probe).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    } finally {
      cache.refresh = refresh;
    }
    expect(refreshed).to.deep.equal([['summary', 'grants']]);
    provider.requests('summary')[1]!.resolve(testData().summary);
    provider.requests('grants')[1]!.resolve(testData().grants);
    await waitUntil(() => shadow(probe).querySelector('output'), 'one Retry did not bring both sections back');
  });

  it('Retry of one section also asks again for a failed section hidden behind it', async () => {
    const provider = new ManualProvider();
    const probe = await fixture<PairProbe>(html`<pair-probe .provider=${provider}></pair-probe>`);
    provider.requests('grants')[0]!.reject(new Error('Grants down'));
    provider.requests('summary')[0]!.reject(new Error('Summary down'));
    await waitUntil(() => alertOf(probe));
    // The summary's error shows; the grants' failure is behind it.
    probe.summary.retry();
    await settle();
    expect([provider.requests('summary').length, provider.requests('grants').length]).to.deep.equal([2, 2]);
  });

  it('shows the user plain words, with the technical text under Details and in the event', async () => {
    const provider = new ManualProvider();
    const probe = await fixture<ProbeWidget>(html`<probe-widget .provider=${provider}></probe-widget>`);
    const reported = oneEvent(probe, 'credit-data-error');
    provider.requests('summary')[0]!.reject(new TypeError("Cannot read properties of null (reading 'totalValid')"));
    const { detail } = await reported;
    expect(detail).to.deep.equal({ section: 'summary', message: "Cannot read properties of null (reading 'totalValid')", code: 'provider' });
    await probe.updateComplete;
    const alert = alertOf(probe)!;
    expect(textOf(alert.querySelector('.message')!)).to.equal('The credit data could not be loaded.');
    const details = alert.querySelector<HTMLDetailsElement>('details[part~="error-details"]')!;
    expect(details.open).to.equal(false);
    expect(textOf(details.querySelector('summary')!)).to.equal('Details');
    expect(textOf(details.querySelector('.technical')!)).to.equal("Cannot read properties of null (reading 'totalValid')");
    // What a user sees without opening Details: no "null", no "undefined".
    const visible = textOf(alert).replace(textOf(details), '');
    expect(visible).not.to.match(/null|undefined|NaN|Infinity/);
    await expect(probe).to.be.accessible();
  });

  it('says in plain words that the user must sign in again after a 401 or 403', async () => {
    const provider = new ManualProvider();
    const probe = await fixture<ProbeWidget>(html`<probe-widget .provider=${provider}></probe-widget>`);
    const { CreditProviderError } = await import('../../src/data/errors.js');
    provider.requests('summary')[0]!.reject(new CreditProviderError('http', 'GET /api/summary failed with HTTP 403 Forbidden', { status: 403 }));
    await waitUntil(() => alertOf(probe));
    expect(textOf(alertOf(probe)!.querySelector('.message')!)).to.equal('Sign in again to see your credits.');
  });

  describe('settings that are wrong', () => {
    for (const [value, got] of [
      ['x', 'the text "x"'],
      [42, '42'],
      [true, 'a boolean'],
    ] as const) {
      it(`names a provider property set to ${JSON.stringify(value)}, and throws nothing`, async () => {
        const errors: CreditDataErrorDetail[] = [];
        const probe = document.createElement('probe-widget') as ProbeWidget;
        probe.addEventListener('credit-data-error', (event) => errors.push(event.detail));
        probe.provider = value as unknown as CreditDataProvider;
        document.body.append(probe);
        try {
          await probe.updateComplete;
          expect(textOf(alertOf(probe)!)).to.contain(
            `The provider property must be a data provider: an object with getSummary, getGrants, getAllocations, getHistory and getFeatures methods (got ${got})`,
          );
          expect(shadow(probe).querySelector('[part="retry-button"]')).to.equal(null);
          expect(errors).to.deep.equal([]);
          expect(probe.dataCache).to.equal(undefined);
        } finally {
          probe.remove();
        }
      });
    }

    it('names the method a provider object lacks', async () => {
      const partial = { getGrants: () => Promise.resolve([]), getFeatures: () => Promise.resolve([]) };
      const probe = await fixture<ProbeWidget>(html`<probe-widget .provider=${partial as unknown as CreditDataProvider}></probe-widget>`);
      await waitUntil(() => alertOf(probe));
      expect(textOf(alertOf(probe)!)).to.contain('The data provider has no getSummary method, which the summary section needs (got nothing)');
    });

    it('names a time-zone that is no time zone, and asks the provider for nothing', async () => {
      const provider = new ManualProvider();
      const probe = await fixture<ProbeWidget>(html`<probe-widget .provider=${provider} time-zone="Mars/Olympus_Mons"></probe-widget>`);
      expect(textOf(alertOf(probe)!)).to.contain(
        'The time-zone attribute must name an IANA time zone, such as UTC or Europe/Berlin (got the text "Mars/Olympus_Mons")',
      );
      expect(provider.pending).to.have.length(0);
      expect(provider.subscriberCount).to.equal(0);
      probe.timeZone = 'Europe/Berlin';
      await waitUntil(() => provider.requests('summary').length === 1, 'a valid zone did not load the data');
      expect(probe.resolvedTimeZone).to.equal('Europe/Berlin');
    });

    it('names an allowed-origins entry that is no origin', async () => {
      const probe = await fixture<ProbeWidget>(html`<probe-widget .provider=${new CountingProvider()} allowed-origins="https://ok.example shop.example"></probe-widget>`);
      expect(textOf(alertOf(probe)!)).to.contain(
        'The allowed-origins attribute must list origins such as https://apps.example.com, separated by spaces (got the text "shop.example")',
      );
    });
  });

  it('moved out of its <credit-provider>, stops reading and subscribing to it, and reads the next one it is moved into', async () => {
    const first = new CountingProvider();
    const second = new CountingProvider(testData({ summary: { ...testData().summary, totalValid: 42 } }));
    const root = await fixture<HTMLElement>(html`<div>
      <credit-provider id="first" .provider=${first}><probe-widget></probe-widget></credit-provider>
      <credit-provider id="second" .provider=${second}></credit-provider>
    </div>`);
    const probe = root.querySelector<ProbeWidget>('probe-widget')!;
    await waitUntil(() => shadow(probe).querySelector('output'));
    expect(first.subscriberCount).to.equal(1);

    document.body.append(probe);
    await probe.updateComplete;
    expect(probeText(probe)).to.contain('No data provider');
    expect(first.subscriberCount, 'still subscribed to the provider it left').to.equal(0);
    root.querySelector('#first')!.remove();
    await probe.updateComplete;
    expect(probeText(probe)).to.contain('No data provider');

    root.querySelector('#second')!.append(probe);
    await waitUntil(() => probeText(probe) === '42', 'the new provider was not used');
    expect([first.subscriberCount, second.subscriberCount]).to.deep.equal([0, 1]);
  });

  it('two widgets showing one failed section report it once each, from each widget', async () => {
    const provider = new ManualProvider();
    const root = await fixture<HTMLElement>(html`<credit-provider .provider=${provider}><probe-widget></probe-widget><probe-widget></probe-widget></credit-provider>`);
    const targets: EventTarget[] = [];
    root.addEventListener('credit-data-error', (event) => targets.push(event.target!));
    const probes = [...root.querySelectorAll<ProbeWidget>('probe-widget')];
    provider.requests('summary')[0]!.reject(new Error('Gateway down'));
    await waitUntil(() => probes.every((probe) => alertOf(probe)));
    for (const probe of probes) probe.requestUpdate();
    await Promise.all(probes.map((probe) => probe.updateComplete));
    expect(targets).to.deep.equal(probes);
    // A new failure after Retry is reported again, once per widget.
    shadow(probes[0]!).querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
    await waitUntil(() => provider.requests('summary').length === 2);
    provider.requests('summary')[1]!.reject(new Error('Gateway still down'));
    await waitUntil(() => targets.length === 4);
    await settle();
    expect(targets).to.deep.equal([...probes, ...probes]);
  });
});

