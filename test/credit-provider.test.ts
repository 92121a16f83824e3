import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { CreditElement } from '../src/base/credit-element.js';
import { HttpCreditProvider } from '../src/data/http-provider.js';
import { SectionController } from '../src/base/section-controller.js';
import '../src/credit-provider/define.js';
import type { CreditProviderElement } from '../src/credit-provider/credit-provider.js';
import { sharedStrings } from '../src/i18n/strings.js';
import { defineRoute, defineSections, fixtureServer, requestsTo, uniqueBase } from './helpers/fixture-server.js';
import { shadow } from './helpers/dom.js';
import { CountingProvider, testData } from './helpers/providers.js';

class AllocatedProbe extends CreditElement {
  protected readonly defaultStrings = sharedStrings;
  readonly summary = new SectionController(this, 'summary');
  protected override render() {
    return litHtml`<output>${this.summary.value?.allocated ?? this.summary.state.status}</output>`;
  }
}
customElements.define('allocated-probe', AllocatedProbe);

const output = (el: Element) => shadow(el).querySelector('output')!.textContent;

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
    expect(root.activeProvider).to.be.instanceOf(HttpCreditProvider);
    expect(await requestsTo(server, base)).to.have.length(1);
  });

  it('passes timeout-ms to the HTTP provider on its src, which then gives up at that time', async () => {
    const server = await fixtureServer();
    const base = uniqueBase('provider-timeout');
    await defineRoute(server, `${base}/summary`, { body: JSON.stringify(testData().summary), delayMs: 2_000 });
    const root = await fixture<CreditProviderElement>(html`<credit-provider src=${server.url + base} timeout-ms="60000">
      <allocated-probe></allocated-probe>
    </credit-provider>`);
    expect((root.activeProvider as HttpCreditProvider).timeoutMs).to.equal(60_000);
    root.timeoutMs = 300;
    await root.updateComplete;
    const errors: string[] = [];
    root.addEventListener('credit-data-error', (event) => errors.push(event.detail.message));
    await waitUntil(() => errors.length > 0, 'no timeout reported', { timeout: 1_500 });
    // The HTTP provider's own message (it names the URL), not the cache's fallback one.
    expect(errors[0]).to.match(/^GET http:\/\/127\.0\.0\.1:\d+\/.*\/summary did not answer within 0\.3 s$/);
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

  it('renders its children in place (display: contents)', async () => {
    const root = await fixture<LitElement>(html`<credit-provider demo><p>child</p></credit-provider>`);
    expect(getComputedStyle(root).display).to.equal('contents');
  });
});
