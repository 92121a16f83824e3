import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/index.js';
import type { CreditDashboardElement } from '../src/credit-dashboard/credit-dashboard.js';
import type { CreditProviderElement } from '../src/credit-provider/credit-provider.js';
import { allocate } from '../examples/portal/allocate.js';
import { addDays } from '../src/data/days.js';
import { formatCredits, formatDay } from '../src/i18n/format.js';
import { shadow, textOf } from './helpers/dom.js';
import { AS_OF_DAY, CountingProvider } from './helpers/providers.js';

const SECTION_TAGS = ['credit-summary', 'credit-outlook', 'credit-pie', 'credit-history', 'feature-catalog'] as const;

async function mountDashboard(provider = new CountingProvider(), attributes = '') {
  const root = await fixture<CreditProviderElement>(
    html`<credit-provider .provider=${provider}><credit-dashboard locale="en-US"></credit-dashboard></credit-provider>`,
  );
  const dashboard = root.querySelector<CreditDashboardElement>('credit-dashboard')!;
  if (attributes) dashboard.setAttribute('sections', attributes);
  await dashboard.updateComplete;
  const child = (tag: string) => shadow(dashboard).querySelector(tag)!;
  await waitUntil(
    () => SECTION_TAGS.every((tag) => !child(tag) || (child(tag).shadowRoot && !child(tag).shadowRoot!.querySelector('[aria-busy="true"]'))),
    'a section stayed loading',
    { timeout: 5000 },
  );
  return { root, dashboard, provider, child };
}

describe('<credit-dashboard>', () => {
  it('shows the five sections and asks the provider once per section', async () => {
    const { provider, child } = await mountDashboard();
    for (const tag of SECTION_TAGS) expect(child(tag), tag).to.be.instanceOf(HTMLElement);
    expect(provider.calls).to.deep.equal({ summary: 1, grants: 1, allocations: 1, history: 1, features: 1 });
  });

  it('filters the catalog to the offering chosen in the donut, and back', async () => {
    const { child } = await mountDashboard();
    const pie = child('credit-pie');
    const catalog = child('feature-catalog') as HTMLElement & { offering?: string | null; updateComplete: Promise<unknown> };
    const countText = () => textOf(shadow(catalog).querySelector('[part~="count"]')!);
    const before = countText();
    const item = shadow(pie).querySelector<HTMLButtonElement>('[part~="legend-item"][data-offering="endpoint-security"]')!;
    item.click();
    await waitUntil(() => catalog.offering === 'endpoint-security', 'the catalog was not filtered');
    await catalog.updateComplete;
    expect(countText()).to.not.equal(before);
    expect(countText()).to.match(/^5 of 40 features$/);
    item.click();
    await waitUntil(() => !catalog.offering, 'the filter was not cleared');
  });

  it('says under the donut what choosing an offering did, with Show and Clear', async () => {
    const { child } = await mountDashboard();
    const pie = child('credit-pie') as HTMLElement & { updateComplete: Promise<unknown> };
    // The dashboard renders the note into the pie's "selection" slot.
    const noteOf = () => pie.querySelector<HTMLElement>('[part~="selection-note"]')!;
    expect(textOf(noteOf())).to.equal('');
    shadow(pie).querySelector<HTMLButtonElement>('[part~="legend-item"][data-offering="cloud-security"]')!.click();
    await waitUntil(() => textOf(noteOf()) !== '', 'no note appeared');
    expect(noteOf().getAttribute('role')).to.equal('status');
    expect(textOf(noteOf())).to.equal('6 Cloud Security features shown below Show Clear');
    // Under the donut's chart, in the pie's card.
    const card = shadow(pie).querySelector('[part~="base"]')!.getBoundingClientRect();
    const placed = noteOf().getBoundingClientRect();
    expect(placed.top >= card.top && placed.bottom <= card.bottom, 'inside the donut card').to.equal(true);

    const [show, clear] = [...noteOf().querySelectorAll('button')];
    show!.click();
    const catalog = child('feature-catalog');
    expect(shadow(catalog).activeElement?.id).to.equal('title');
    expect(catalog.getBoundingClientRect().top).to.be.within(-2, 2);

    clear!.click();
    await waitUntil(() => !(catalog as HTMLElement & { offering?: string | null }).offering, 'the filter stayed');
    await waitUntil(() => textOf(noteOf()) === '', 'the note stayed');
    await waitUntil(() => shadow(pie).activeElement?.matches('[part~="legend-item"]'), 'focus did not return to the legend');
    window.scrollTo(0, 0);
  });

  it('tells the host when Clear under the donut clears the offering', async () => {
    const { root, child } = await mountDashboard();
    const pie = child('credit-pie');
    shadow(pie).querySelector<HTMLButtonElement>('[part~="legend-item"][data-offering="cloud-security"]')!.click();
    await waitUntil(() => pie.querySelector('[part~="selection-note"] button'));
    const fired = oneEvent(root, 'credit-offering-select');
    [...pie.querySelectorAll<HTMLButtonElement>('[part~="selection-note"] button')][1]!.click();
    expect((await fired).detail).to.deep.equal({ offeringId: null });
    window.scrollTo(0, 0);
  });

  it('leaves the catalog alone with no-offering-filter', async () => {
    const { dashboard, child } = await mountDashboard();
    dashboard.noOfferingFilter = true;
    await dashboard.updateComplete;
    shadow(child('credit-pie')).querySelector<HTMLButtonElement>('[part~="legend-item"]')!.click();
    await dashboard.updateComplete;
    expect((child('feature-catalog') as HTMLElement & { offering?: string | null }).offering ?? null).to.equal(null);
  });

  it('updates every widget after the provider reports an allocation', async () => {
    const { provider, child } = await mountDashboard();
    const core = provider.data.features.find((f) => f.id === 'endpoint-security-core')!;
    expect(core.allocated).to.equal(0);
    const change = allocate(provider.data, core.id, 4500);
    const allocated = change.summary!.allocated;
    provider.update(change);
    const shown = formatCredits('en-US', allocated);
    await waitUntil(() => textOf(shadow(child('credit-summary'))).includes(shown), 'the summary did not update');
    await waitUntil(
      () => textOf(shadow(child('credit-pie')).querySelector('[part~="centre-total"]')!) === shown,
      'the pie did not update',
    );
    await waitUntil(() => {
      const row = [...shadow(child('feature-catalog')).querySelectorAll('[part~="row"]')].find((r) =>
        textOf(r).includes('Endpoint Security Core'),
      );
      return row && textOf(row).includes('Manage allocation');
    }, 'the catalog did not update');
    expect(provider.calls.summary).to.equal(2);
    expect(provider.calls.features).to.equal(2);
    expect(provider.calls.allocations).to.equal(2);
  });

  it('says when the demo balance first goes negative (D + 175) and how low it gets (D + 320), and nothing about the renewed order', async () => {
    const { child } = await mountDashboard();
    const day = (offset: number) => formatDay('en-US', addDays(AS_OF_DAY, offset));
    const outlook = shadow(child('credit-outlook'));
    const sentence = textOf(outlook.querySelector('[part~="sentence"]')!);
    expect(sentence).to.contain(`goes negative on ${day(175)} (-48,600)`);
    expect(sentence).to.contain(`it reaches -363,600 on ${day(320)}`);
    // The purchase order ending on D + 64 is renewed on D + 65: no credits at risk within 90 days.
    expect(textOf(outlook.querySelector('[part~="risks"]')!)).to.contain('Within 90 days: nothing at risk.');
    const renewal = outlook.querySelector(`tr[data-day="${addDays(AS_OF_DAY, 65)}"]`)!;
    expect(textOf(renewal)).to.contain('renewed, no gap');
  });

  it('shows only the sections a host asks for, in its order', async () => {
    const { dashboard } = await mountDashboard(undefined, 'history summary');
    const tags = [...shadow(dashboard).querySelectorAll('.section > *')].map((el) => el.localName);
    expect(tags).to.deep.equal(['credit-history', 'credit-summary']);
  });

  it('is accessible in light and dark', async () => {
    const { root, dashboard } = await mountDashboard();
    await expect(dashboard).to.be.accessible();
    root.style.colorScheme = 'dark';
    dashboard.style.colorScheme = 'dark';
    await expect(dashboard).to.be.accessible();
  });
});
