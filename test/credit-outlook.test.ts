import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/credit-outlook/define.js';
import type { CreditOutlookElement } from '../src/credit-outlook/credit-outlook.js';
import { demoCreditData } from '../src/data/demo-data.js';
import { StaticCreditProvider } from '../src/data/static-provider.js';
import type { CreditData, CreditGrant } from '../src/data/types.js';
import '../src/locales/de.js';
import { ready, shadow, textOf } from './helpers/dom.js';
import { ManualProvider } from './helpers/providers.js';

const AS_OF = new Date('2026-12-01T09:00:00Z');
const demo = () => demoCreditData({ asOf: AS_OF });

async function mount(
  data: CreditData = demo(),
  attributes: { locale?: string; purchaseUrl?: string; days?: string } = {},
): Promise<CreditOutlookElement> {
  const element = await fixture<CreditOutlookElement>(html`<credit-outlook
    .provider=${new StaticCreditProvider(data)}
    locale=${attributes.locale ?? 'en-US'}
    purchase-url=${attributes.purchaseUrl ?? ''}
    days=${attributes.days ?? '365'}
  ></credit-outlook>`);
  await ready(element);
  return element;
}

const part = (element: Element, name: string) => shadow(element).querySelector(`[part~="${name}"]`);
/** Each row's cells as text; the grants of one day joined with " | ". */
const rows = (element: Element) =>
  [...shadow(element).querySelectorAll('tbody tr:not(.column-heads)')].map((row) =>
    [...row.children].map((cell) => {
      const items = [...cell.querySelectorAll('li')];
      return items.length ? items.map((item) => textOf(item)).join(' | ') : textOf(cell);
    }),
  );
const risks = (element: Element) => [...part(element, 'risks')!.querySelectorAll('li')].map((item) => textOf(item));

const grant = (id: string, credits: number, startDate: string, endDate: string): CreditGrant => ({
  id,
  name: id,
  credits,
  source: 'purchase',
  startDate,
  endDate,
});

describe('<credit-outlook>', () => {
  it('says first, in one sentence, when the balance goes negative and how low it gets (en-US)', async () => {
    const element = await mount();
    expect(textOf(part(element, 'sentence')!)).to.equal(
      'At the current allocation your balance goes negative on May 25, 2027 (-48,600), when “Converted Deep Discovery Inspector entitlements” ends; it reaches -363,600 on Oct 17, 2027. A negative balance does not block any feature.',
    );
  });

  it('lists every change with date, grants and source, change, valid credits and balance after', async () => {
    const element = await mount();
    expect(rows(element)).to.deep.equal([
      [
        'Feb 4, 2027',
        'Annual credits purchase (PO 4500018842) ends · Purchase | Annual credits renewal (PO 4500021107) starts · Purchase',
        'renewed, no gap',
        '775,000',
        '161,400',
      ],
      ['May 5, 2027', 'AWS Marketplace private offer ends · AWS Marketplace', '-120,000', '655,000', '41,400'],
      ['May 25, 2027', 'Converted Deep Discovery Inspector entitlements ends · Converted license entitlement', '-90,000', '565,000', '-48,600 Below zero'],
      [
        'Oct 2, 2027',
        'Converted Apex One and Cloud One entitlements ends · Converted license entitlement | Add-on credits for network sensors (PO 4500019310) ends · Purchase',
        '-255,000',
        '310,000',
        '-303,600 Below zero',
      ],
      ['Oct 17, 2027', 'Azure Marketplace subscription ends · Azure Marketplace', '-60,000', '250,000', '-363,600 Below zero'],
    ]);
  });

  it('heads its columns in the first row on screen and in a <thead> that repeats on each printed page', async () => {
    const element = await mount();
    const heads = () => [...shadow(element).querySelectorAll('th[scope="col"]')].map((cell) => textOf(cell));
    const columns = ['Date', 'What changes', 'Change', 'Valid credits after', 'Balance after'];
    expect(heads()).to.deep.equal(columns);
    // Chromium keeps something of every <thead> for the page's life: none while on screen.
    expect(shadow(element).querySelector('thead')).to.equal(null);
    expect(shadow(element).querySelector('tbody > tr')!.classList.contains('column-heads')).to.equal(true);
    window.dispatchEvent(new Event('beforeprint'));
    await element.updateComplete;
    expect([...shadow(element).querySelectorAll('thead th')].map((cell) => textOf(cell))).to.deep.equal(columns);
    expect(rows(element)).to.have.length(5);
    window.dispatchEvent(new Event('afterprint'));
    await element.updateComplete;
    expect(shadow(element).querySelector('thead')).to.equal(null);
    expect(heads()).to.deep.equal(columns);
  });

  it('does not warn about the renewed purchase order: nothing at risk within 30 or 90 days', async () => {
    const element = await mount();
    expect(risks(element)).to.deep.equal(['Within 30 days: nothing at risk.', 'Within 90 days: nothing at risk.']);
  });

  it('says it in German with German numbers and dates', async () => {
    const element = await mount(demo(), { locale: 'de-DE' });
    const sentence = textOf(part(element, 'sentence')!);
    expect(sentence).to.contain('25.05.2027');
    expect(sentence).to.contain('-48.600');
    expect(sentence).to.contain('-363.600');
    expect(sentence).to.contain('17.10.2027');
    expect(rows(element)[1]).to.deep.equal(['05.05.2027', 'AWS Marketplace private offer endet · AWS Marketplace', '-120.000', '655.000', '41.400']);
  });

  it('keeps an Arabic date in its order on a left-to-right page', async () => {
    const element = await mount(demo(), { locale: 'ar' });
    const cell = shadow(element).querySelector('tbody th.date')!;
    const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
    let text = walker.nextNode()!;
    while (!/\d/.test(text.textContent!)) text = walker.nextNode()!;
    const value = text.textContent!;
    const glyph = (index: number) => {
      const range = document.createRange();
      range.setStart(text, index);
      range.setEnd(text, index + 1);
      return range.getBoundingClientRect();
    };
    // Day, month, year read from the right: the day's first digit right of the year's last.
    expect(value).to.match(/^\d{1,2}\D+\d{1,2}\D+\d{4}$/);
    expect(glyph(0).left).to.be.above(glyph(value.length - 1).left);
  });

  it('says when nothing ends within the horizon', async () => {
    const data = { ...demo(), grants: [grant('g', 800_000, '2026-01-01', '2030-12-31')] };
    const element = await mount(data);
    expect(textOf(part(element, 'sentence')!)).to.equal('No grant ends in the next 12 months.');
    expect(part(element, 'changes')).to.equal(null);
  });

  it('looks as far ahead as `days` says', async () => {
    const element = await mount(demo(), { days: '90' });
    expect(rows(element).map((row) => row[0])).to.deep.equal(['Feb 4, 2027']);
    expect(textOf(part(element, 'sentence')!)).to.equal(
      'At the current allocation your balance stays at or above zero over the next 90 days; its lowest is 161,400 on Dec 1, 2026.',
    );
  });

  it('says an already negative balance first', async () => {
    const data = { ...demo(), grants: [grant('g', 500_000, '2026-01-01', '2027-01-31')] };
    const element = await mount(data);
    expect(textOf(part(element, 'sentence')!)).to.equal(
      'Your balance is already negative (-113,600); at the current allocation it reaches -613,600 on Feb 1, 2027. A negative balance does not block any feature.',
    );
  });

  describe('Buy credits', () => {
    it('is offered only with an http(s) purchase-url', async () => {
      expect(part(await mount(demo(), { purchaseUrl: '' }), 'purchase-button')).to.equal(null);
      expect(part(await mount(demo(), { purchaseUrl: 'javascript:alert(1)' }), 'purchase-button')).to.equal(null);
    });

    it('is the prominent action when a shortfall is coming, and its event says why and how much', async () => {
      const element = await mount(demo(), { purchaseUrl: 'https://sales.example.com/credits' });
      const button = part(element, 'purchase-button') as HTMLAnchorElement;
      expect(button.href).to.equal('https://sales.example.com/credits');
      expect(button.classList.contains('primary')).to.equal(true);
      element.addEventListener('credit-purchase-request', (event) => event.preventDefault(), { once: true });
      setTimeout(() => button.click());
      const event = await oneEvent(element, 'credit-purchase-request');
      expect(event.detail).to.deep.equal({ reason: 'shortfall-ahead', shortfall: 363_600 });
      expect(event.composed && event.bubbles && event.cancelable).to.equal(true);
    });

    it('cancelling the event keeps the page where it is', async () => {
      const element = await mount(demo(), { purchaseUrl: 'https://sales.example.com/credits' });
      const button = part(element, 'purchase-button') as HTMLAnchorElement;
      let navigated = true;
      element.addEventListener('credit-purchase-request', (event) => event.preventDefault());
      // The click's own default (following the link) is what cancelling stops.
      button.addEventListener('click', (event) => (navigated = !event.defaultPrevented));
      button.click();
      expect(navigated).to.equal(false);
    });

    it('says negative-balance with the credits missing now', async () => {
      const data = { ...demo(), grants: [grant('g', 500_000, '2026-01-01', '2027-01-31')] };
      const element = await mount(data, { purchaseUrl: '/buy' });
      const button = part(element, 'purchase-button') as HTMLAnchorElement;
      element.addEventListener('credit-purchase-request', (event) => event.preventDefault(), { once: true });
      setTimeout(() => button.click());
      const event = await oneEvent(element, 'credit-purchase-request');
      expect(event.detail).to.deep.equal({ reason: 'negative-balance', shortfall: 113_600 });
    });

    it('is a secondary action with reason user when nothing is short', async () => {
      const data = { ...demo(), grants: [grant('g', 800_000, '2026-01-01', '2030-12-31')] };
      const element = await mount(data, { purchaseUrl: '/buy' });
      const button = part(element, 'purchase-button') as HTMLAnchorElement;
      expect(button.classList.contains('primary')).to.equal(false);
      element.addEventListener('credit-purchase-request', (event) => event.preventDefault(), { once: true });
      setTimeout(() => button.click());
      const event = await oneEvent(element, 'credit-purchase-request');
      expect(event.detail).to.deep.equal({ reason: 'user', shortfall: 0 });
    });
  });

  describe('states', () => {
    it('shows a loading state of the final structure, then the outlook', async () => {
      const provider = new ManualProvider();
      const element = await fixture<CreditOutlookElement>(html`<credit-outlook .provider=${provider} locale="en-US"></credit-outlook>`);
      expect(part(element, 'loading')).to.not.equal(null);
      await expect(element).to.be.accessible();
      const data = demo();
      await waitUntil(() => provider.requests('summary')[0] && provider.requests('grants')[0]);
      provider.requests('summary')[0]!.resolve(data.summary);
      provider.requests('grants')[0]!.resolve(data.grants);
      await ready(element);
      expect(part(element, 'sentence')).to.not.equal(null);
    });

    it('shows a field-precise error with Retry when the grants are invalid', async () => {
      const data = { ...demo(), grants: [{ ...grant('g', 1, '2026-01-01', '2027-01-01'), credits: -5 }] };
      const element = await mount(data as CreditData);
      const error = part(element, 'error')!;
      expect(textOf(error)).to.contain('grants[0].credits');
      expect(part(element, 'retry-button')).to.not.equal(null);
      await expect(element).to.be.accessible();
    });

    it('is accessible with the outlook and Buy credits, light and dark', async () => {
      const element = await mount(demo(), { purchaseUrl: '/buy' });
      await expect(element).to.be.accessible();
      element.style.colorScheme = 'dark';
      await expect(element).to.be.accessible();
    });
  });
});
