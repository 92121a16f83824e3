import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { CreditElement } from '../src/base/credit-element.js';
import { HttpCreditProvider } from '../src/data/http-provider.js';
import { SectionController } from '../src/base/section-controller.js';
import '../src/credit-provider/define.js';
import type { CreditProviderElement } from '../src/credit-provider/credit-provider.js';
import { LazyHttpProvider } from '../src/credit-provider/lazy-http-provider.js';
import type { CreditDataProvider } from '../src/data/types.js';
import { sharedStrings } from '../src/i18n/strings.js';
import { defineRoute, defineSections, fixtureServer, openStreams, sendEvent, requestsTo, uniqueBase } from './helpers/fixture-server.js';
import { shadow, textOf } from './helpers/dom.js';
import { CountingProvider, testData } from './helpers/providers.js';

class AllocatedProbe extends CreditElement {
  protected readonly defaultStrings = sharedStrings;
  readonly summary = new SectionController(this, 'summary');
  protected override render() {
    const state = this.summary.state;
    return litHtml`<output>${this.summary.value?.allocated ?? (state.status === 'misconfigured' ? state.message : state.status)}</output>`;
  }
}
customElements.define('allocated-probe', AllocatedProbe);

// Undefined until the probe first renders: that waits for answers, up to the next frame.
const output = (el: Element) => shadow(el).querySelector('output')?.textContent;

describe('<credit-provider>', () => {
  it('uses the built-in HTTP provider on its src, one request for three widgets', async () => {
    const server = await fixtureServer();
    const base = uniqueBase('provider-src');
    await defineSections(server, base, { summary: testData().summary });
    const root = await fixture<CreditProviderElement>(html`<credit-provider src=${server.url + base}>
      <allocated-probe></allocated-probe><allocated-probe></allocated-probe><allocated-probe></allocated-probe>
    </credit-provider>`);
    const probes = [...root.querySelectorAll('allocated-probe')];
    await waitUntil(() => probes.every((p) => output(p) === String(testData().summary.allocated)));
    expect(root.activeProvider).to.be.instanceOf(LazyHttpProvider);
    expect(await requestsTo(server, base)).to.have.length(1);
  });

  it('passes timeout-ms to the HTTP provider on its src, which then gives up at that time', async () => {
    const server = await fixtureServer();
    const base = uniqueBase('provider-timeout');
    await defineRoute(server, `${base}/summary`, { body: JSON.stringify(testData().summary), delayMs: 2_000 });
    const root = await fixture<CreditProviderElement>(html`<credit-provider src=${server.url + base} timeout-ms="60000">
      <allocated-probe></allocated-probe>
    </credit-provider>`);
    expect((root.activeProvider as LazyHttpProvider).timeoutMs).to.equal(60_000);
    root.timeoutMs = 300;
    await root.updateComplete;
    const errors: string[] = [];
    root.addEventListener('credit-data-error', (event) => errors.push(event.detail.message));
    await waitUntil(() => errors.length > 0, 'no timeout reported', { timeout: 1_500 });
    // The HTTP provider's own message (it names the URL), not the cache's fallback one.
    expect(errors[0]).to.match(/^GET http:\/\/127\.0\.0\.1:\d+\/.*\/summary did not answer within 0\.3 s$/);
  });

  it('refreshes from the HTTP provider\'s change feed, and closes the feed when the last widget goes', async () => {
    const server = await fixtureServer();
    const base = uniqueBase('provider-changes');
    const summary = testData().summary;
    await defineSections(server, base, { summary });
    await defineRoute(server, `${base}/changes`, { sse: [] });
    const provider = new HttpCreditProvider({ baseUrl: server.url + base, changes: true });
    const root = await fixture<CreditProviderElement>(html`<credit-provider .provider=${provider}><allocated-probe></allocated-probe></credit-provider>`);
    const probe = root.querySelector('allocated-probe')!;
    await waitUntil(() => output(probe) === String(summary.allocated));
    await waitUntil(async () => (await openStreams(server, `${base}/changes`)) === 1, 'the feed was not opened');
    await defineSections(server, base, { summary: { ...summary, allocated: 700_000 } });
    await sendEvent(server, `${base}/changes`, '{"sections":["summary"]}');
    await waitUntil(() => output(probe) === '700000', 'the change was not fetched');
    probe.remove();
    await waitUntil(async () => (await openStreams(server, `${base}/changes`)) === 0, 'the feed stayed open');
  });

  it('gives the widgets inside it a locale of its own, which a widget\'s own locale overrides', async () => {
    const root = await fixture<CreditProviderElement>(html`<credit-provider locale="de-DE" .provider=${new CountingProvider()}>
      <allocated-probe></allocated-probe><allocated-probe locale="ja-JP"></allocated-probe>
    </credit-provider>`);
    const [inherits, own] = [...root.querySelectorAll<AllocatedProbe>('allocated-probe')];
    expect(inherits!.resolvedLocale).to.equal('de-DE');
    expect(own!.resolvedLocale).to.equal('ja-JP');
    root.locale = 'fr-FR';
    await root.updateComplete;
    await waitUntil(() => inherits!.resolvedLocale === 'fr-FR', 'the new locale was not used');
  });

  it('prefers its provider property to src', async () => {
    const provider = new CountingProvider();
    const root = await fixture<CreditProviderElement>(html`<credit-provider src="/nowhere" .provider=${provider}>
      <allocated-probe></allocated-probe>
    </credit-provider>`);
    await waitUntil(() => output(root.querySelector('allocated-probe')!) === String(testData().summary.allocated));
    expect(provider.calls.summary).to.equal(1);
  });

  it('serves the demo data with the demo attribute', async () => {
    const root = await fixture<CreditProviderElement>(html`<credit-provider demo><allocated-probe></allocated-probe></credit-provider>`);
    await waitUntil(() => /^\d+$/.test(output(root.querySelector('allocated-probe')!) ?? ''), 'no demo data arrived');
  });

  it('refresh() asks the provider again', async () => {
    const provider = new CountingProvider();
    const root = await fixture<CreditProviderElement>(html`<credit-provider .provider=${provider}><allocated-probe></allocated-probe></credit-provider>`);
    await waitUntil(() => provider.calls.summary === 1 && output(root.querySelector('allocated-probe')!) !== 'loading');
    root.refresh();
    await waitUntil(() => provider.calls.summary === 2);
  });

  describe('settings that are wrong, shown in every widget inside, naming the setting', () => {
    const problemShown = (root: Element) => textOf(shadow(root.querySelector('allocated-probe')!).querySelector('output')!);

    for (const [value, got] of [
      ['x', 'the text "x"'],
      [7, '7'],
      [true, 'a boolean'],
    ] as const) {
      it(`a provider property set to ${JSON.stringify(value)}`, async () => {
        const root = await fixture<CreditProviderElement>(html`<credit-provider .provider=${value as unknown as CreditDataProvider}>
          <allocated-probe></allocated-probe>
        </credit-provider>`);
        await root.querySelector<AllocatedProbe>('allocated-probe')!.updateComplete;
        expect(problemShown(root)).to.equal(
          `The provider property of <credit-provider> must be a data provider: an object with getSummary, getGrants, getAllocations, getHistory and getFeatures methods (got ${got})`,
        );
        expect(root.activeProvider).to.equal(undefined);
      });
    }

    for (const value of ['abc', '1e400', '3000000000', '-5', '0', '2.5']) {
      it(`timeout-ms="${value}"`, async () => {
        const root = await fixture<CreditProviderElement>(html`<credit-provider .provider=${new CountingProvider()} timeout-ms=${value}>
          <allocated-probe></allocated-probe>
        </credit-provider>`);
        await root.querySelector<AllocatedProbe>('allocated-probe')!.updateComplete;
        expect(problemShown(root)).to.equal(
          `The timeout-ms attribute of <credit-provider> must be a whole number of milliseconds from 1 to 2147483647 (got the text ${JSON.stringify(value)})`,
        );
      });
    }

    it('a src that is no http(s) URL', async () => {
      const root = await fixture<CreditProviderElement>(html`<credit-provider src="javascript:alert(1)"><allocated-probe></allocated-probe></credit-provider>`);
      await root.querySelector<AllocatedProbe>('allocated-probe')!.updateComplete;
      expect(problemShown(root)).to.equal(
        'The src attribute of <credit-provider> must be the http or https URL of the credit API, such as /api/credits (got the text "javascript:alert(1)")',
      );
    });

    it('a blank src is no src', async () => {
      const root = await fixture<CreditProviderElement>(html`<credit-provider src="  "><allocated-probe></allocated-probe></credit-provider>`);
      await root.querySelector<AllocatedProbe>('allocated-probe')!.updateComplete;
      expect(problemShown(root)).to.equal('no-provider');
    });

    it('recovers once the setting is fixed', async () => {
      const root = await fixture<CreditProviderElement>(html`<credit-provider .provider=${new CountingProvider()} timeout-ms="soon">
        <allocated-probe></allocated-probe>
      </credit-provider>`);
      root.timeoutMs = 5_000;
      await waitUntil(() => problemShown(root) === String(testData().summary.allocated), 'the fixed setting did not load the data');
    });
  });

  it('renders its children in place (display: contents)', async () => {
    const root = await fixture<LitElement>(html`<credit-provider demo><p>child</p></credit-provider>`);
    expect(getComputedStyle(root).display).to.equal('contents');
  });
});
