import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { CreditElement } from '../src/base/credit-element.js';
import { HttpCreditProvider } from '../src/data/http-provider.js';
import { SectionController } from '../src/data/section-controller.js';
import '../src/credit-provider/define.js';
import type { CreditProvider } from '../src/credit-provider/credit-provider.js';
import { sharedStrings } from '../src/i18n/strings.js';
import { defineSections, fixtureServer, requestsTo, uniqueBase } from './helpers/fixture-server.js';
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
    const root = await fixture<CreditProvider>(html`<credit-provider src=${server.url + base}>
      <allocated-probe></allocated-probe><allocated-probe></allocated-probe><allocated-probe></allocated-probe>
    </credit-provider>`);
    const probes = [...root.querySelectorAll('allocated-probe')];
    await waitUntil(() => probes.every((p) => output(p) === String(testData().summary.allocated)));
    expect(root.activeProvider).to.be.instanceOf(HttpCreditProvider);
    expect(await requestsTo(server, base)).to.have.length(1);
  });

  it('prefers its provider property to src', async () => {
    const provider = new CountingProvider();
    const root = await fixture<CreditProvider>(html`<credit-provider src="/nowhere" .provider=${provider}>
      <allocated-probe></allocated-probe>
    </credit-provider>`);
    await waitUntil(() => output(root.querySelector('allocated-probe')!) === String(testData().summary.allocated));
    expect(provider.calls.summary).to.equal(1);
  });

  it('serves the demo data with the demo attribute', async () => {
    const root = await fixture<CreditProvider>(html`<credit-provider demo><allocated-probe></allocated-probe></credit-provider>`);
    await waitUntil(() => /^\d+$/.test(output(root.querySelector('allocated-probe')!) ?? ''), 'no demo data arrived');
  });

  it('refresh() asks the provider again', async () => {
    const provider = new CountingProvider();
    const root = await fixture<CreditProvider>(html`<credit-provider .provider=${provider}><allocated-probe></allocated-probe></credit-provider>`);
    await waitUntil(() => provider.calls.summary === 1 && output(root.querySelector('allocated-probe')!) !== 'loading');
    root.refresh();
    await waitUntil(() => provider.calls.summary === 2);
  });

  it('renders its children in place (display: contents)', async () => {
    const root = await fixture<LitElement>(html`<credit-provider demo><p>child</p></credit-provider>`);
    expect(getComputedStyle(root).display).to.equal('contents');
  });
});
