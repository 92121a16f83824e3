import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import { CreditElement } from '../../src/base/credit-element.js';
import { sectionBlock } from '../../src/base/states.js';
import '../../src/credit-provider/define.js';
import { SectionController } from '../../src/base/section-controller.js';
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
      expect(event.detail).to.deep.equal({ section: 'summary', message: 'summary.totalValid must be a finite number ≥ 0 (got -1)' });
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
});
