import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';
import '../../src/index.js';
import { StaticCreditProvider } from '../../src/data/static-provider.js';
import type { CreditData, CreditDataProvider, CreditSection } from '../../src/data/types.js';
import { ready, shadow, textOf } from '../helpers/dom.js';
import { ManualProvider, testData } from '../helpers/providers.js';
import { frames } from '../layout/helpers.js';

/*
 * A new provider (a host switching tenants, say) starts from nothing. Until it answers, each
 * widget keeps the figures it shows, in the same box, rather than flashing its skeleton; then
 * it shows the new ones.
 */

const SECTIONS: Record<string, CreditSection[]> = {
  'credit-summary': ['summary', 'grants'],
  'credit-outlook': ['summary', 'grants'],
  'credit-pie': ['allocations', 'summary'],
  'credit-history': ['summary', 'history', 'grants'],
  'feature-catalog': ['features'],
};

/** The same data with other names and figures: another tenant's. */
function otherTenant(): CreditData {
  const data = testData();
  return {
    ...data,
    allocations: data.allocations.map((a, i) => (i === 0 ? { ...a, offeringName: 'Another tenant offering' } : a)),
    summary: { ...data.summary, allocated: data.summary.allocated + 9000 },
    history: data.history.map((point) => ({ ...point, allocated: point.allocated + 9000 })),
    features: data.features.map((f, i) => (i === 0 ? { ...f, name: 'Another tenant feature' } : f)),
  };
}

async function answerAll(provider: ManualProvider, data: CreditData, sections: CreditSection[]): Promise<void> {
  await waitUntil(() => sections.every((section) => provider.requests(section).length > 0), 'the new provider was not asked');
  for (const section of sections) {
    const value = section === 'history' ? data.history : data[section];
    provider.requests(section)[0]!.resolve(structuredClone(value));
  }
}

describe('a new provider', () => {
  for (const [tag, sections] of Object.entries(SECTIONS)) {
    it(`<${tag}> keeps its figures on screen, in the same box, and renders nothing until the new provider answers`, async () => {
      const wrapper = await fixture<HTMLDivElement>(
        staticHtml`<div style="inline-size: 900px"><${unsafeStatic(tag)} locale="en-US"></${unsafeStatic(tag)}></div>`,
      );
      const el = wrapper.firstElementChild as LitElement & { provider: CreditDataProvider };
      el.provider = new StaticCreditProvider(testData());
      await ready(el);
      // Settled: fonts in, and the catalog's clamped descriptions measured.
      await document.fonts.ready;
      await frames(2);
      const before = { text: textOf(shadow(el)), height: el.getBoundingClientRect().height };

      let renders = 0;
      el.addController({ hostUpdated: () => renders++ });
      const next = new ManualProvider();
      el.provider = next;
      await el.updateComplete;
      await frames(2);
      // Booleans, not elements: chai stringifying a drawn element hangs the page.
      expect(shadow(el).querySelector('.skeleton') === null, 'a skeleton shows').to.equal(true);
      expect(textOf(shadow(el))).to.equal(before.text);
      // Nothing on screen changes until the new provider answers, so nothing renders.
      expect(renders, 'renders before the new provider answered').to.equal(0);
      expect(el.getBoundingClientRect().height).to.be.closeTo(before.height, 1);

      await answerAll(next, otherTenant(), sections);
      await waitUntil(() => textOf(shadow(el)) !== before.text, 'the new answer never showed');
      expect(shadow(el).querySelector('.skeleton') === null, 'a skeleton shows').to.equal(true);
    });
  }

  it('renders whatever else changed with it: a new locale shows at once', async () => {
    const el = await fixture<LitElement & { provider: CreditDataProvider; locale?: string }>(
      staticHtml`<credit-summary locale="en-US"></credit-summary>`,
    );
    el.provider = new StaticCreditProvider(testData());
    await ready(el);
    const english = shadow(el).querySelector('[part~="base"]')!.getAttribute('lang');
    el.provider = new ManualProvider();
    el.locale = 'de-DE';
    await el.updateComplete;
    expect(english).to.equal('en-US');
    expect(shadow(el).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('de-DE');
  });

  it('renders when something else asked for a render with it (a resize, a section, a language)', async () => {
    const el = await fixture<LitElement & { provider: CreditDataProvider }>(staticHtml`<credit-summary locale="en-US"></credit-summary>`);
    el.provider = new StaticCreditProvider(testData());
    await ready(el);
    let renders = 0;
    el.addController({ hostUpdated: () => renders++ });
    el.provider = new ManualProvider();
    el.requestUpdate();
    await el.updateComplete;
    expect(renders).to.equal(1);
  });
});
