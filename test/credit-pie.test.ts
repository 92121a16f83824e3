import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import { allocationDetails } from '../src/credit-pie/allocation-details.js';
import { pieStrings } from '../src/credit-pie/credit-pie.strings.js';
import '../src/credit-pie/define.js';
import type { CreditPieElement } from '../src/credit-pie/define.js';
import type { CreditOfferingSelectEvent } from '../src/events/offering-select.js';
import { demoOverAllocatedData } from '../src/data/demo-data.js';
import { StaticCreditProvider } from '../src/data/static-provider.js';
import type { CreditDataProvider } from '../src/data/types.js';
import { dialogShown, ready, shadow, textOf } from './helpers/dom.js';
import { AS_OF, ManualProvider, settle, testData } from './helpers/providers.js';

/* Demo data as of 2026-11-26: 613,600 of 775,000 valid credits allocated over 9 offerings. */

const EN_ORDER = [
  'Endpoint Security',
  'Email and Collaboration Security',
  'Cloud Security',
  'Network Security',
  'Attack Surface Risk Management',
  'Identity Security',
  'Zero Trust Secure Access',
  'XDR / Threat Intelligence',
  'Mobile Security',
];

async function mount(provider: CreditDataProvider = new StaticCreditProvider(testData()), locale = 'en-US') {
  const el = await fixture<CreditPieElement>(html`<credit-pie .provider=${provider} locale=${locale}></credit-pie>`);
  await ready(el);
  return el;
}

const $ = <T extends Element = HTMLElement>(el: CreditPieElement, selector: string) => shadow(el).querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: CreditPieElement, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const items = (el: CreditPieElement) => $$<HTMLButtonElement>(el, '[part="legend-item"]');
const focused = (el: CreditPieElement) => shadow(el).activeElement;
/** Index of the focused legend item, -1 for none. */
const focusedItem = (el: CreditPieElement) => items(el).indexOf(focused(el) as HTMLButtonElement);
/*
 * Presence as a boolean: a failed assertion on a DOM node makes the runner serialise it,
 * which can stall the whole run instead of reporting the failure.
 */
const has = (el: CreditPieElement, selector: string) => $(el, selector) !== null;
const tooltipText = (el: CreditPieElement) => textOf($(el, '[role="tooltip"]')!);
/** Intl puts narrow and no-break spaces in some locales' output; compare with plain spaces. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

/** Each legend row as seen: name, credits and share columns. */
function legendRows(el: CreditPieElement) {
  return items(el).map((item) => ({
    name: textOf(item.querySelector('.name')!),
    credits: textOf(item.querySelector('.credits [aria-hidden="true"]')!),
    share: plain(textOf(item.querySelector('.share [aria-hidden="true"]')!)),
  }));
}

describe('<credit-pie> figures', () => {
  it('shows the allocated total and its share of the total valid credits in the centre', async () => {
    const el = await mount();
    expect(textOf($(el, '[part="centre-total"]')!)).to.equal('613,600');
    expect(textOf($(el, '[part="centre"]')!)).to.contain('credits allocated');
    expect(textOf($(el, '[part="centre-share"]')!)).to.equal('79.2% of total valid credits');
  });

  it('lists every offering, largest first, with credits and a share of allocated that adds up to 100 %', async () => {
    const el = await mount();
    const rows = legendRows(el);
    expect(rows.map((row) => row.name)).to.deep.equal(EN_ORDER);
    expect(rows[0]).to.deep.equal({ name: 'Endpoint Security', credits: '286,000', share: '46.6%' });
    expect(rows.map((row) => row.share)).to.deep.equal(['46.6%', '13.0%', '10.4%', '8.1%', '6.7%', '4.9%', '4.6%', '3.3%', '2.4%']);
    const tenths = rows.reduce((sum, row) => sum + Math.round(parseFloat(row.share) * 10), 0);
    expect(tenths).to.equal(1000);
  });

  it('labels the two bases: the legend says "of allocated", the centre "of total valid"', async () => {
    const el = await mount();
    expect(textOf($(el, '.legend-head')!)).to.contain('% of allocated');
    expect(textOf(items(el)[0]!)).to.contain('286,000 credits').and.contain('46.6% of allocated credits');
  });

  it('formats the centre and the legend for de-DE', async () => {
    const el = await mount(undefined, 'de-DE');
    expect(textOf($(el, '[part="centre-total"]')!)).to.equal('613.600');
    expect(plain(textOf($(el, '[part="centre-share"]')!))).to.equal('79,2 % of total valid credits');
    expect(legendRows(el)[0]).to.deep.equal({ name: 'Endpoint Security', credits: '286.000', share: '46,6 %' });
    expect(legendRows(el)[1]!.share).to.equal('13,0 %');
  });

  it('shows over-allocation plainly, above 100 %', async () => {
    const el = await mount(new StaticCreditProvider(demoOverAllocatedData({ asOf: AS_OF })));
    expect(textOf($(el, '[part="centre-total"]')!)).to.equal('884,600');
    expect(textOf($(el, '[part="centre-share"]')!)).to.equal('114.1% of total valid credits');
  });

  it('says the share of valid credits is not applicable when none are valid, never Infinity', async () => {
    const data = testData();
    const el = await mount(new StaticCreditProvider({ ...data, summary: { ...data.summary, totalValid: 0 } }));
    const share = $(el, '[part="centre-share"]')!;
    expect(textOf(share.querySelector('[aria-hidden="true"]')!)).to.equal('— of total valid credits');
    expect(textOf(share.querySelector('.visually-hidden')!)).to.contain('not applicable');
    expect(textOf(shadow(el))).not.to.match(/NaN|Infinity|undefined|null/);
  });

  it('shows the time the figures are as of', async () => {
    const el = await mount();
    // In the element's time zone (UTC by default), named.
    expect(plain(textOf($(el, '[part="as-of"]')!))).to.equal(plain('As of Nov 26, 2026, 9:00 AM UTC'));
  });
});

describe('<credit-pie> slices', () => {
  it('merges the smallest offerings into one "Other" slice and still lists each of them', async () => {
    const el = await mount();
    expect($$(el, 'path[part="slice"]')).to.have.length(8);
    const group = $(el, '.group')!;
    expect(textOf(group.querySelector('[part="legend-group"]')!)).to.contain('Other').and.contain('35,000');
    expect([...group.querySelectorAll('.legend-item .name')].map((n) => n.textContent)).to.deep.equal([
      'XDR / Threat Intelligence',
      'Mobile Security',
    ]);
  });

  it('draws one slice per offering when max-slices allows', async () => {
    const el = await mount();
    el.setAttribute('max-slices', '12');
    await el.updateComplete;
    expect($$(el, 'path[part="slice"]')).to.have.length(9);
    expect(has(el, '.group')).to.equal(false);
  });

  it('draws one offering as a whole ring', async () => {
    const data = testData();
    const el = await mount(new StaticCreditProvider({ ...data, allocations: data.allocations.slice(0, 1) }));
    expect($$(el, 'path[part="slice"]')).to.have.length(1);
    expect(legendRows(el)).to.deep.equal([{ name: 'Endpoint Security', credits: '286,000', share: '100.0%' }]);
  });

  it('keeps the SVG out of the accessibility tree', async () => {
    const el = await mount();
    expect($(el, 'svg')!.getAttribute('aria-hidden')).to.equal('true');
  });

  it('highlights a hovered slice and shows its tooltip', async () => {
    const el = await mount();
    $$(el, 'path[part="slice"]')[1]!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect($$(el, 'path.slice.active').map((p) => p.getAttribute('data-series'))).to.deep.equal(['2']);
    expect(tooltipText(el)).to.equal('Email and Collaboration Security 80,000 credits 13.0% of allocated credits');
  });

  it('shows the merged total in the tooltip of the "Other" slice', async () => {
    const el = await mount();
    $$(el, 'path[part="slice"]')[7]!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    expect(tooltipText(el)).to.equal('Other 35,000 credits 5.7% of allocated credits');
  });

  it('removes the highlight when the pointer leaves the donut', async () => {
    const el = await mount();
    $$(el, 'path[part="slice"]')[1]!.dispatchEvent(new PointerEvent('pointerenter'));
    await el.updateComplete;
    $(el, '.ring')!.dispatchEvent(new PointerEvent('pointerleave'));
    await el.updateComplete;
    expect(has(el, '[role="tooltip"]')).to.equal(false);
    expect($$(el, 'path.slice.active')).to.have.length(0);
  });
});

describe('<credit-pie> legend keyboard', () => {
  it('is a single tab stop', async () => {
    const el = await mount();
    expect(items(el).filter((item) => item.tabIndex === 0)).to.have.length(1);
    $(el, '[part="details-button"]')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedItem(el)).to.equal(0);
    await sendKeys({ press: 'Tab' });
    expect(focusedItem(el)).to.equal(-1);
  });

  it('moves with the arrow keys and shows the focused offering in a tooltip', async () => {
    const el = await mount();
    items(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(focusedItem(el)).to.equal(1);
    expect(tooltipText(el)).to.equal('Email and Collaboration Security 80,000 credits 13.0% of allocated credits');
    expect(items(el)[1]!.getAttribute('aria-describedby')).to.equal($(el, '[role="tooltip"]')!.id);
    expect($$(el, 'path.slice.active').map((p) => p.getAttribute('data-series'))).to.deep.equal(['2']);
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedItem(el)).to.equal(0);
  });

  it('jumps with End and Home, reaching offerings merged into "Other"', async () => {
    const el = await mount();
    items(el)[0]!.focus();
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(focusedItem(el)).to.equal(8);
    expect(tooltipText(el)).to.equal('Mobile Security 15,000 credits 2.4% of allocated credits');
    expect($$(el, 'path.slice.active').map((p) => p.getAttribute('data-series'))).to.deep.equal(['8']);
    await sendKeys({ press: 'Home' });
    expect(focusedItem(el)).to.equal(0);
  });

  it('stops at the ends instead of wrapping', async () => {
    const el = await mount();
    items(el)[0]!.focus();
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedItem(el)).to.equal(0);
  });

  it('remembers the last focused item as the tab stop', async () => {
    const el = await mount();
    items(el)[0]!.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(items(el).map((item) => item.tabIndex)).to.deep.equal([-1, 0, -1, -1, -1, -1, -1, -1, -1]);
  });

  it('follows the reading direction in RTL: ArrowLeft moves forward', async () => {
    const root = await fixture<HTMLElement>(
      html`<div dir="rtl"><credit-pie .provider=${new StaticCreditProvider(testData())} locale="en-US"></credit-pie></div>`,
    );
    const el = root.querySelector('credit-pie')!;
    await ready(el);
    items(el)[0]!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedItem(el)).to.equal(1);
  });

  it('hides the tooltip on Escape and keeps the focus', async () => {
    const el = await mount();
    items(el)[0]!.focus();
    await el.updateComplete;
    expect(has(el, '[role="tooltip"]')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(has(el, '[role="tooltip"]')).to.equal(false);
    expect(focusedItem(el)).to.equal(0);
  });

  it('drops the highlight when focus leaves the legend', async () => {
    const el = await mount();
    items(el)[0]!.focus();
    await el.updateComplete;
    items(el)[0]!.blur();
    await el.updateComplete;
    expect(has(el, '[role="tooltip"]')).to.equal(false);
  });
});

describe('<credit-pie> selection', () => {
  it('selects an offering on Enter and fires credit-offering-select', async () => {
    const el = await mount();
    items(el)[1]!.focus();
    const fired = oneEvent(el, 'credit-offering-select') as Promise<CreditOfferingSelectEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await fired;
    expect(event.detail).to.deep.equal({ offeringId: 'email-collaboration-security' });
    expect(event.bubbles && event.composed).to.equal(true);
    await el.updateComplete;
    expect(items(el).map((item) => item.getAttribute('aria-pressed'))).to.deep.equal(
      ['false', 'true', 'false', 'false', 'false', 'false', 'false', 'false', 'false'],
    );
    expect(el.getAttribute('selected-offering')).to.equal('email-collaboration-security');
  });

  it('clears the selection when the selected offering is activated again', async () => {
    const el = await mount();
    el.selectedOffering = 'endpoint-security';
    await el.updateComplete;
    items(el)[0]!.focus();
    const fired = oneEvent(el, 'credit-offering-select') as Promise<CreditOfferingSelectEvent>;
    await sendKeys({ press: 'Space' });
    expect((await fired).detail).to.deep.equal({ offeringId: null });
    expect(el.selectedOffering).to.equal(null);
  });

  it('shows a selection set by the host without firing anything', async () => {
    const el = await mount();
    let fired = 0;
    el.addEventListener('credit-offering-select', () => fired++);
    el.setAttribute('selected-offering', 'mobile-security');
    await el.updateComplete;
    expect(items(el)[8]!.getAttribute('aria-pressed')).to.equal('true');
    expect(has(el, '.selected-outline')).to.equal(true);
    expect(fired).to.equal(0);
  });

  it('makes the selected offering the tab stop', async () => {
    const el = await mount();
    el.selectedOffering = 'network-security';
    await el.updateComplete;
    expect(items(el)[3]!.tabIndex).to.equal(0);
  });
});

describe('<credit-pie> details', () => {
  it('fires credit-details-request for allocations and opens the dialog with every feature', async () => {
    const el = await mount();
    const fired = oneEvent(el, 'credit-details-request');
    $(el, '[part="details-button"]')!.click();
    expect((await fired).detail).to.deep.equal({ view: 'allocations' });
    await dialogShown($<HTMLDialogElement>(el, 'dialog')!);
    const table = $(el, '[part="details-table"]')!;
    expect($$(el, '.offering-row th').map((th) => th.textContent)).to.deep.equal(EN_ORDER);
    const essentials = [...table.querySelectorAll('.feature-row')].find((row) => row.textContent!.includes('Endpoint Security Essentials'))!;
    expect(textOf(essentials)).to.equal('Endpoint Security Essentials 130,000');
    expect(textOf(table.querySelector('tfoot')!)).to.equal('Total allocated 613,600');
  });

  it('closes on Escape and returns focus to View details', async () => {
    const el = await mount();
    const button = $<HTMLButtonElement>(el, '[part="details-button"]')!;
    button.focus();
    button.click();
    const dialog = await dialogShown($<HTMLDialogElement>(el, 'dialog')!);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    expect(focused(el) === button).to.equal(true);
  });

  it('opens no dialog when the host cancels the request', async () => {
    const el = await mount();
    el.addEventListener('credit-details-request', (event) => event.preventDefault());
    $(el, '[part="details-button"]')!.click();
    await el.updateComplete;
    expect($<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
  });

  it('offers every feature as CSV with exact credits', () => {
    const details = allocationDetails(pieStrings, 'en-US', testData().allocations, '2026-11-26');
    expect(details.csv!.filename).to.equal('credit-allocations-2026-11-26.csv');
    const [header, first, ...rest] = details.csv!.rows;
    expect(header).to.deep.equal(['offeringId', 'offeringName', 'featureId', 'featureName', 'credits']);
    expect(first).to.deep.equal(['endpoint-security', 'Endpoint Security', 'endpoint-security-essentials', 'Endpoint Security Essentials', 130_000]);
    expect(rest).to.have.length(16);
  });
});

describe('<credit-pie> states', () => {
  it('shows a precise error for bad allocations, reports it, and Retry asks again', async () => {
    const provider = new ManualProvider();
    const el = await fixture<CreditPieElement>(html`<credit-pie .provider=${provider} locale="en-US"></credit-pie>`);
    const reported = oneEvent(el, 'credit-data-error');
    const bad = testData().allocations;
    bad[0]!.features[1]!.credits = -5;
    provider.requests('allocations')[0]!.resolve(bad);
    expect((await reported).detail.section).to.equal('allocations');
    await waitUntil(() => $(el, '[role="alert"]'));
    expect(textOf($(el, '[role="alert"]')!)).to.contain('allocations[0].features[1].credits must be a finite number ≥ 0 (got -5)');
    expect(textOf(shadow(el))).not.to.match(/NaN|Infinity|undefined|null/);
    $(el, '[part="retry-button"]')!.click();
    await settle();
    expect(provider.requests('allocations')).to.have.length(2);
  });

  it('still draws the donut when the summary fails, and says the share is unavailable with Retry', async () => {
    const provider = new ManualProvider();
    const el = await fixture<CreditPieElement>(html`<credit-pie .provider=${provider} locale="en-US"></credit-pie>`);
    provider.requests('allocations')[0]!.resolve(testData().allocations);
    provider.requests('summary')[0]!.reject(new Error('Summary service down'));
    await waitUntil(() => $(el, '[part="notice"]'));
    expect($$(el, 'path[part="slice"]')).to.have.length(8);
    expect(textOf($(el, '[part="notice"]')!)).to.contain('The share of total valid credits is unavailable: The credit data could not be loaded.');
    expect(textOf($(el, '[part="centre-share"]')!)).to.equal('— of total valid credits');
    $(el, '[part="notice"] button')!.click();
    await settle();
    expect(provider.requests('summary')).to.have.length(2);
  });

  it('says so when nothing is allocated', async () => {
    const el = await mount(new StaticCreditProvider(testData({ allocations: [] })));
    expect(textOf($(el, '[part="empty"]')!)).to.equal('No credits are allocated to any offering yet.');
    expect(has(el, '[part="details-button"]')).to.equal(false);
    expect(has(el, 'svg')).to.equal(false);
  });

  it('treats offerings whose features have no credits as nothing allocated', async () => {
    const allocations = [{ offeringId: 'a', offeringName: 'A', features: [{ featureId: 'f', featureName: 'F', credits: 0 }] }];
    const el = await mount(new StaticCreditProvider(testData({ allocations })));
    expect(has(el, '[part="empty"]')).to.equal(true);
  });

  it('shows a skeleton of the donut\'s final size while loading', async () => {
    const provider = new ManualProvider();
    const el = await fixture<CreditPieElement>(html`<credit-pie .provider=${provider} locale="en-US"></credit-pie>`);
    expect(has(el, '[aria-busy="true"]')).to.equal(true);
    const loadingWidth = $(el, '.ring')!.getBoundingClientRect().width;
    provider.requests('allocations')[0]!.resolve(testData().allocations);
    provider.requests('summary')[0]!.resolve(testData().summary);
    await ready(el);
    expect(has(el, 'svg')).to.equal(true);
    expect($(el, '.ring')!.getBoundingClientRect().width).to.equal(loadingWidth);
  });

  it('says when it has no data provider', async () => {
    const el = await fixture<CreditPieElement>(html`<credit-pie locale="en-US"></credit-pie>`);
    expect(textOf(shadow(el))).to.contain('No data provider');
  });
});

describe('<credit-pie> size', () => {
  it('scales one drawing to the width its container gives it, and redraws nothing on a resize', async () => {
    const root = await fixture<HTMLElement>(
      html`<div style="inline-size: 160px"><credit-pie .provider=${new StaticCreditProvider(testData())} locale="en-US"></credit-pie></div>`,
    );
    const el = root.querySelector('credit-pie')!;
    await ready(el);
    expect($(el, 'svg')!.getAttribute('viewBox')).to.equal('-110 -110 220 220');
    // 160 px less the card's padding (2 × 16) and border (2 × 1).
    expect($(el, '.ring')!.getBoundingClientRect().width).to.equal(126);
    const path = $(el, 'path.slice')!;
    const d = path.getAttribute('d');
    root.style.inlineSize = '600px';
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(el.isUpdatePending, 'a resize asks for no render').to.equal(false);
    expect($(el, 'path.slice')).to.equal(path);
    expect(path.getAttribute('d')).to.equal(d);
    expect($(el, '.ring')!.getBoundingClientRect().width).to.equal(220);
    // The seams keep their pixel width whatever the drawing's scale.
    expect(getComputedStyle(path).vectorEffect).to.equal('non-scaling-stroke');
  });

  it('moves the centre text under a small ring and keeps the total readable', async () => {
    const root = await fixture<HTMLElement>(
      html`<div style="inline-size: 160px"><credit-pie .provider=${new StaticCreditProvider(testData())} locale="en-US"></credit-pie></div>`,
    );
    const el = root.querySelector('credit-pie')!;
    await ready(el);
    const under = () => $(el, '.centre')!.getBoundingClientRect().top >= $(el, '.ring')!.getBoundingClientRect().bottom;
    expect(under(), 'under a 126 px ring').to.equal(true);
    expect(textOf($(el, '[part="centre-total"]')!)).to.equal('613,600');
    root.style.inlineSize = '600px';
    expect(under(), 'inside a 220 px ring').to.equal(false);
  });
});

describe('<credit-pie> media preferences', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' }));

  it('in forced colours marks the highlighted slice with a system colour instead of dimming the rest', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await mount();
    items(el)[1]!.focus();
    await el.updateComplete;
    const [first, second] = $$(el, 'path[part="slice"]').map((path) => getComputedStyle(path));
    expect(first!.opacity).to.equal('1');
    expect(second!.fill).not.to.equal(first!.fill);
  });

  it('does not animate the highlight when reduced motion is preferred', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    const el = await mount();
    expect(getComputedStyle($(el, 'path[part="slice"]')!).transitionDuration).to.equal('0s');
  });
});

describe('<credit-pie> accessibility', () => {
  it('is accessible with data', async () => {
    await expect(await mount()).to.be.accessible();
  });

  it('is accessible with a tooltip shown and an offering selected', async () => {
    const el = await mount(new StaticCreditProvider(demoOverAllocatedData({ asOf: AS_OF })));
    el.selectedOffering = 'network-security';
    items(el)[1]!.focus();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is accessible while loading', async () => {
    const el = await fixture<CreditPieElement>(html`<credit-pie .provider=${new ManualProvider()} locale="en-US"></credit-pie>`);
    await expect(el).to.be.accessible();
  });

  it('is accessible with an error', async () => {
    const el = await mount(new StaticCreditProvider(testData({ allocations: 'oops' })));
    expect(has(el, '[role="alert"]')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is accessible with the summary unavailable', async () => {
    const el = await mount(new StaticCreditProvider(testData({ summary: { totalValid: -1 } })));
    expect(has(el, '[part="notice"]')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('is accessible when nothing is allocated', async () => {
    await expect(await mount(new StaticCreditProvider(testData({ allocations: [] })))).to.be.accessible();
  });

  it('is accessible without a provider', async () => {
    await expect(await fixture(html`<credit-pie locale="en-US"></credit-pie>`)).to.be.accessible();
  });

  it('is accessible with the details dialog open', async () => {
    const el = await mount();
    $(el, '[part="details-button"]')!.click();
    await dialogShown($<HTMLDialogElement>(el, 'dialog')!);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme', async () => {
    const root = await fixture<HTMLElement>(
      html`<div style="color-scheme: dark"><credit-pie .provider=${new StaticCreditProvider(testData())} locale="en-US"></credit-pie></div>`,
    );
    const el = root.querySelector('credit-pie')!;
    await ready(el);
    await expect(el).to.be.accessible();
  });

  it('says the donut in one sentence', async () => {
    const el = await mount();
    expect(textOf($(el, '[part="story"]')!)).to.equal(
      'Endpoint Security takes the largest share, 46.6% of allocated credits. Next is Email and Collaboration Security with 13.0%. 9 offerings share 613,600 allocated credits.',
    );
  });
});
