import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/credit-summary/define.js';
import type { CreditSummaryElement } from '../src/credit-summary/credit-summary.js';
import { demoOverAllocatedData } from '../src/data/demo-data.js';
import { StaticCreditProvider } from '../src/data/static-provider.js';
import type { CreditData, CreditGrant, CreditSection } from '../src/data/types.js';
import { dialogShown, ready, shadow, textOf } from './helpers/dom.js';
import { AS_OF, ManualProvider, settle, testData } from './helpers/providers.js';

async function mount(
  data: CreditData = testData(),
  options: { locale?: string; purchaseUrl?: string; width?: number } = {},
): Promise<CreditSummaryElement> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="inline-size: ${options.width ?? 640}px">
    <credit-summary
      .provider=${new StaticCreditProvider(data)}
      locale=${options.locale ?? 'en-US'}
      purchase-url=${options.purchaseUrl ?? ''}
    ></credit-summary>
  </div>`);
  const element = wrapper.querySelector('credit-summary')!;
  await ready(element);
  return element;
}

/** Mounts with a provider answered by hand; nothing is answered yet. */
async function mountManual(width = 640): Promise<{ element: CreditSummaryElement; provider: ManualProvider }> {
  const provider = new ManualProvider();
  const wrapper = await fixture<HTMLDivElement>(
    html`<div style="inline-size: ${width}px"><credit-summary .provider=${provider} locale="en-US"></credit-summary></div>`,
  );
  const element = wrapper.querySelector('credit-summary')!;
  await element.updateComplete;
  return { element, provider };
}

async function answer(element: CreditSummaryElement, provider: ManualProvider, section: CreditSection, value: unknown, index = 0) {
  await waitUntil(() => provider.requests(section)[index], `no request ${index} for ${section}`);
  provider.requests(section)[index]!.resolve(value);
  await settle();
  await element.updateComplete;
}

const part = (element: Element, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);
const figure = (element: Element, name: string) => textOf(part(element, `figure-${name}`)!.querySelector('[part~="value"]')!);
const base = (element: Element) => part(element, 'base')!;
const dialogOf = (element: Element) => shadow(element).querySelector('dialog')!;
const overAllocatedData = () => demoOverAllocatedData({ asOf: AS_OF });

async function openDetails(element: CreditSummaryElement): Promise<HTMLDialogElement> {
  part(element, 'details-button')!.click();
  await dialogShown(dialogOf(element));
  await element.updateComplete;
  return dialogOf(element);
}

/** A grant valid over the given days (inclusive), bought directly unless said otherwise. */
function grant(id: string, startDate: string, endDate: string, credits = 1_000, source: CreditGrant['source'] = 'purchase'): CreditGrant {
  return { id, name: `Grant ${id}`, credits, source, startDate, endDate };
}

function rowOf(dialog: HTMLDialogElement, name: string): HTMLTableRowElement {
  const row = [...dialog.querySelectorAll('tbody tr')].find((tr) => textOf(tr.querySelector('th')!) === name);
  if (!row) throw new Error(`no row for ${name}`);
  return row as HTMLTableRowElement;
}

describe('<credit-summary>', () => {
  describe('figures', () => {
    it('shows total valid, allocated and balance in en-US', async () => {
      const element = await mount();
      expect(textOf(part(element, 'figure-total-valid')!)).to.equal('Total valid credits 775,000');
      expect(textOf(part(element, 'figure-allocated')!)).to.equal('Allocated credits 613,600');
      expect(textOf(part(element, 'figure-balance')!)).to.equal('Current balance 161,400');
    });

    it('formats the figures for de-DE', async () => {
      const element = await mount(testData(), { locale: 'de-DE' });
      expect([figure(element, 'total-valid'), figure(element, 'allocated'), figure(element, 'balance')]).to.deep.equal([
        '775.000',
        '613.600',
        '161.400',
      ]);
    });

    it('shows the as-of time of the data in a <time> element, in UTC and naming it', async () => {
      const element = await mount();
      const time = part(element, 'as-of')!.querySelector('time')!;
      expect(time.dateTime).to.equal('2026-11-26T09:00:00.000Z');
      expect(textOf(time)).to.equal('As of Nov 26, 2026, 9:00 AM UTC');
    });

    it('formats the as-of time for de-DE', async () => {
      const element = await mount(testData(), { locale: 'de-DE' });
      expect(textOf(part(element, 'as-of')!)).to.equal('As of 26. Nov. 2026, 09:00 UTC');
    });

    it('shows the figures rounded to the hundredth, and a balance that adds up with them', async () => {
      const element = await mount(testData({ summary: { totalValid: 2.675, allocated: 1, asOf: AS_OF.toISOString() } }));
      expect([figure(element, 'total-valid'), figure(element, 'allocated'), figure(element, 'balance')]).to.deep.equal(['2.68', '1', '1.68']);
    });

    it('shows a zero balance, not "-0" or over-allocated, when float sums leave a residue', async () => {
      const element = await mount(testData({ summary: { totalValid: 0.3, allocated: 0.1 + 0.2, asOf: AS_OF.toISOString() } }));
      expect(figure(element, 'balance')).to.equal('0');
      expect(part(element, 'over-allocated-badge')).to.equal(null);
      expect(element.matches(':state(over-allocated)')).to.equal(false);
    });

    it('rounds the breakdown shares so that they add up to 100 %', async () => {
      const grants = [
        grant('p', '2026-01-01', '2026-12-31', 1_000),
        grant('c', '2026-01-01', '2026-12-31', 1_000, 'license-conversion'),
        grant('t', '2026-01-01', '2026-12-31', 1_000, 'trial'),
      ];
      const element = await mount(testData({ grants }));
      const shares = [...part(element, 'breakdown-legend')!.querySelectorAll('.share')].map((share) => textOf(share));
      expect(shares).to.deep.equal(['34%', '33%', '33%']);
    });

    it('says where the valid credits come from: purchased and converted', async () => {
      const element = await mount();
      const rows = [...part(element, 'breakdown-legend')!.querySelectorAll('.legend-row')].map((row) => textOf(row));
      expect(rows).to.deep.equal([
        'Purchased Direct and cloud marketplace purchases 505,000 65%',
        'Converted from license entitlements 270,000 35%',
      ]);
    });

    it('adds trial credits valid on the as-of day to the breakdown', async () => {
      const grants = [grant('p', '2026-01-01', '2026-12-31', 3_000), grant('t', '2026-11-01', '2026-12-31', 1_000, 'trial')];
      const element = await mount(testData({ grants }));
      const rows = [...part(element, 'breakdown-legend')!.querySelectorAll('.legend-row')].map((row) => textOf(row));
      expect(rows).to.deep.equal([
        'Purchased Direct and cloud marketplace purchases 3,000 75%',
        'Converted from license entitlements 0 0%',
        'Trial and other 1,000 25%',
      ]);
    });
  });

  describe('negative balance', () => {
    it('shows the negative value with the locale’s minus sign', async () => {
      const element = await mount(overAllocatedData());
      expect(figure(element, 'balance')).to.equal('-109,600');
    });

    it('uses the minus sign of locales that write U+2212', async () => {
      const element = await mount(overAllocatedData(), { locale: 'sv-SE' });
      const expected = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 }).format(-109_600);
      expect(expected.startsWith('\u2212')).to.equal(true);
      // textOf folds the locale's no-break group separator into a plain space.
      expect(figure(element, 'balance')).to.equal(expected.replace(/\s/g, ' '));
    });

    it('formats the negative balance for de-DE', async () => {
      const element = await mount(overAllocatedData(), { locale: 'de-DE' });
      expect(figure(element, 'balance')).to.equal('-109.600');
    });

    it('marks it with a word and an icon, not colour alone', async () => {
      const element = await mount(overAllocatedData());
      const badge = part(element, 'over-allocated-badge')!;
      expect(part(element, 'figure-balance')!.contains(badge)).to.equal(true);
      expect(textOf(badge)).to.equal('Over-allocated');
      const icon = badge.querySelector('svg.icon')!;
      expect(icon.getAttribute('aria-hidden')).to.equal('true');
      expect(icon.getBoundingClientRect().width).to.be.greaterThan(8);
    });

    it('notes that nothing is blocked and where to buy more credits', async () => {
      const element = await mount(overAllocatedData());
      const note = textOf(part(element, 'negative-note')!);
      expect(note).to.contain('does not prevent you from using any app or service');
      expect(note).to.contain('sales representative');
      expect(note).to.contain('cloud marketplace (AWS, Azure)');
    });

    it('takes the note text from the host', async () => {
      const element = await mount(overAllocatedData());
      element.strings = { summaryNegativeNote: 'Ask Dana in procurement for more credits.' };
      await element.updateComplete;
      expect(textOf(part(element, 'negative-note')!)).to.equal('Ask Dana in procurement for more credits.');
    });

    it('links to the purchase page given as an https URL', async () => {
      const element = await mount(overAllocatedData(), { purchaseUrl: 'https://shop.example.com/credits' });
      const link = part(element, 'purchase-button') as HTMLAnchorElement;
      expect(link.href).to.equal('https://shop.example.com/credits');
      expect(textOf(link)).to.equal('Buy more credits');
      expect(link.classList.contains('primary')).to.equal(true);
    });

    it('fires credit-purchase-request with the negative balance as the shortfall; cancelling keeps the page', async () => {
      const element = await mount(overAllocatedData(), { purchaseUrl: 'https://shop.example.com/credits' });
      const link = part(element, 'purchase-button') as HTMLAnchorElement;
      const balance = element.shadowRoot!.querySelector('[part~="figure-balance"] bdi')!.textContent!;
      const details: unknown[] = [];
      element.addEventListener('credit-purchase-request', (event) => {
        details.push(event.detail);
        event.preventDefault();
      });
      let followed = true;
      link.addEventListener('click', (event) => (followed = !event.defaultPrevented));
      link.click();
      expect(details).to.deep.equal([{ reason: 'negative-balance', shortfall: Number(balance.replace(/[^\d]/g, '')) }]);
      expect(followed).to.equal(false);
    });

    it('makes Buy credits the primary action when the grants leave a shortfall ahead', async () => {
      const element = await mount(testData(), { purchaseUrl: '/buy' });
      const link = part(element, 'purchase-button') as HTMLAnchorElement;
      expect(link.dataset.reason).to.equal('shortfall-ahead');
      expect(link.classList.contains('primary')).to.equal(true);
    });

    it('makes no link, not one to the page itself, of a purchase URL that is only blanks', async () => {
      for (const url of ['   ', '\u00a0', '\u200b', '\u0001', '\t\n']) {
        const element = await mount(overAllocatedData(), { purchaseUrl: url });
        expect(part(element, 'purchase-button'), JSON.stringify(url)).to.equal(null);
      }
    });

    it('links to the purchase URL as the browser resolves it', async () => {
      const element = await mount(overAllocatedData(), { purchaseUrl: '\\\\shop.example.com/credits' });
      expect(part(element, 'purchase-button')!.getAttribute('href')).to.equal(`${new URL(document.baseURI).protocol}//shop.example.com/credits`);
    });

    it('links only to allowed origins when allowed-origins is set', async () => {
      const provider = new StaticCreditProvider(overAllocatedData());
      const mountWith = async (url: string) => {
        const element = await fixture<CreditSummaryElement>(
          html`<credit-summary .provider=${provider} locale="en-US" purchase-url=${url} allowed-origins="https://shop.example.com"></credit-summary>`,
        );
        await ready(element);
        return part(element, 'purchase-button')?.getAttribute('href');
      };
      expect(await mountWith('https://shop.example.com/credits')).to.equal('https://shop.example.com/credits');
      expect(await mountWith('https://evil.example/credits')).to.equal(undefined);
      expect(await mountWith('/\\evil.example/credits')).to.equal(undefined);
    });

    it('never makes a link of a non-http(s) purchase URL', async () => {
      for (const url of ['javascript:alert(1)', 'data:text/html,hi', 'ftp://example.com/credits', 'https://']) {
        const element = await mount(overAllocatedData(), { purchaseUrl: url });
        expect(part(element, 'purchase-button'), url).to.equal(null);
        expect(part(element, 'negative-note'), url).not.to.equal(null);
      }
    });

    it('exposes the over-allocated custom state to the host', async () => {
      const element = await mount(overAllocatedData());
      expect(element.matches(':state(over-allocated)')).to.equal(true);
    });

    it('shows no badge, note or state for a positive balance', async () => {
      const element = await mount();
      expect(part(element, 'over-allocated-badge')).to.equal(null);
      expect(part(element, 'negative-note')).to.equal(null);
      expect(element.matches(':state(over-allocated)')).to.equal(false);
    });
  });

  describe('View details', () => {
    it('fires credit-details-request for the credits view', async () => {
      const element = await mount();
      const requested = oneEvent(element, 'credit-details-request');
      part(element, 'details-button')!.click();
      const event = await requested;
      expect(event.detail).to.deep.equal({ view: 'credits' });
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
    });

    it('opens the dialog, which takes focus, closes on Escape and returns focus', async () => {
      const element = await mount();
      const button = part(element, 'details-button')!;
      button.focus();
      const dialog = await openDetails(element);
      expect(dialog.matches(':modal')).to.equal(true);
      expect(textOf(dialog.querySelector('h2')!)).to.equal('Purchases and converted entitlements');
      expect(dialog.contains(shadow(element).activeElement)).to.equal(true);
      await sendKeys({ press: 'Escape' });
      await waitUntil(() => !dialog.open, 'Escape did not close the dialog');
      expect(shadow(element).activeElement).to.equal(button);
    });

    it('keeps the dialog closed when the host cancels the request', async () => {
      const element = await mount();
      element.addEventListener('credit-details-request', (event) => event.preventDefault());
      part(element, 'details-button')!.click();
      await element.updateComplete;
      expect(dialogOf(element).open).to.equal(false);
      expect(dialogOf(element).querySelector('table')).to.equal(null);
    });

    it('is reachable and operable with the keyboard, with a visible focus ring', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <button id="before">Before</button>
        <credit-summary .provider=${new StaticCreditProvider(testData())} locale="en-US"></credit-summary>
      </div>`);
      const element = wrapper.querySelector('credit-summary')!;
      await ready(element);
      wrapper.querySelector<HTMLButtonElement>('#before')!.focus();
      await sendKeys({ press: 'Tab' });
      const button = part(element, 'details-button')!;
      expect(shadow(element).activeElement).to.equal(button);
      expect(getComputedStyle(button).outlineStyle).to.equal('solid');
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => dialogOf(element).open, 'Enter did not open the dialog');
    });

    it('lists every grant sorted by end date, with readable sources and a total', async () => {
      const element = await mount();
      const dialog = await openDetails(element);
      const names = [...dialog.querySelectorAll('tbody th')].map((th) => textOf(th));
      expect(names).to.deep.equal([
        'Vision One trial credits',
        'Annual credits purchase (PO 4500018842)',
        'AWS Marketplace private offer',
        'Converted Deep Discovery Inspector entitlements',
        'Converted Apex One and Cloud One entitlements',
        'Add-on credits for network sensors (PO 4500019310)',
        'Azure Marketplace subscription',
        'Annual credits renewal (PO 4500021107)',
      ]);
      expect(textOf(rowOf(dialog, 'AWS Marketplace private offer'))).to.equal(
        'AWS Marketplace private offer AWS Marketplace 120,000 Apr 30, 2026 Apr 29, 2027 Active 155 days left',
      );
      expect(textOf(dialog.querySelector('tfoot')!)).to.equal('Total valid on Nov 26, 2026 775,000');
    });

    it('gives each grant its status and days left on the as-of day, marks those ending soon, and names a renewal in place instead of warning', async () => {
      const element = await mount();
      const dialog = await openDetails(element);
      const status = (name: string) => textOf(rowOf(dialog, name).lastElementChild!);
      expect(status('Vision One trial credits')).to.equal('Expired');
      expect(status('Annual credits purchase (PO 4500018842)')).to.equal('Active 65 days left Renewed by Annual credits renewal (PO 4500021107)');
      expect(status('AWS Marketplace private offer')).to.equal('Active 155 days left');
      expect(status('Annual credits renewal (PO 4500021107)')).to.equal('Not yet started');
    });

    it('judges status and the 90-day mark from the dates, ends inclusive', async () => {
      const grants = [
        grant('ended-yesterday', '2026-01-01', '2026-11-25'),
        grant('ends-today', '2026-01-01', '2026-11-26'),
        grant('ends-in-90-days', '2026-01-01', '2027-02-24'),
        grant('ends-in-91-days', '2026-01-01', '2027-02-25'),
        grant('starts-tomorrow', '2026-11-27', '2027-11-26'),
      ];
      const element = await mount(testData({ grants }));
      const dialog = await openDetails(element);
      const status = (id: string) => textOf(rowOf(dialog, `Grant ${id}`).lastElementChild!);
      expect(status('ended-yesterday')).to.equal('Expired');
      // starts-tomorrow (same source, the next day) is its renewal: no warning.
      expect(status('ends-today')).to.equal('Active 1 day left Renewed by Grant starts-tomorrow');
      expect(status('ends-in-90-days')).to.equal('Active 91 days left Ends within 90 days');
      expect(rowOf(dialog, 'Grant ends-in-90-days').querySelector('.ending-soon svg.icon[aria-hidden="true"]')).to.not.equal(null);
      expect(rowOf(dialog, 'Grant ends-in-91-days').querySelector('svg.icon')).to.equal(null);
      expect(status('ends-in-91-days')).to.equal('Active 92 days left');
      expect(status('starts-tomorrow')).to.equal('Not yet started');
    });

    it('judges status on the as-of day in its time-zone, and names that zone in the as-of line', async () => {
      // 05:00 UTC on Nov 27 is 18:00 on Nov 26 in Pago Pago (UTC−11).
      const summary = { totalValid: 1_000, allocated: 0, asOf: '2026-11-27T05:00:00Z' };
      const grants = [grant('ends-26', '2026-01-01', '2026-11-26'), grant('starts-27', '2026-11-27', '2027-11-26', 3_000)];
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <credit-summary .provider=${new StaticCreditProvider(testData({ summary, grants }))} locale="en-US" time-zone="Pacific/Pago_Pago"></credit-summary>
      </div>`);
      const element = wrapper.querySelector('credit-summary')!;
      await ready(element);
      expect(element.resolvedTimeZone).to.equal('Pacific/Pago_Pago');
      expect(textOf(part(element, 'as-of')!)).to.equal('As of Nov 26, 2026, 6:00 PM GMT-11');
      expect(textOf(shadow(element).querySelector('.legend-row.purchased dd')!)).to.equal('1,000 100%');
      const dialog = await openDetails(element);
      expect(textOf(rowOf(dialog, 'Grant ends-26').lastElementChild!)).to.equal('Active 1 day left Renewed by Grant starts-27');
      expect(textOf(rowOf(dialog, 'Grant starts-27').lastElementChild!)).to.equal('Not yet started');
      expect(textOf(dialog.querySelector('tfoot')!)).to.equal('Total valid on Nov 26, 2026 1,000');
    });

    it('shows a time-zone that names no zone as an error naming the attribute', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div>
        <credit-summary .provider=${new StaticCreditProvider(testData())} locale="en-US" time-zone="Europe/Atlantis"></credit-summary>
      </div>`);
      const element = wrapper.querySelector('credit-summary')!;
      await element.updateComplete;
      expect(textOf(shadow(element).querySelector('[role="alert"]')!)).to.contain(
        'The time-zone attribute must name an IANA time zone, such as UTC or Europe/Berlin (got the text "Europe/Atlantis")',
      );
      await expect(element).to.be.accessible();
    });

    it('takes the as-of day in UTC', async () => {
      // 23:30 in New York on Nov 26 is already Nov 27 in UTC, when this grant has started.
      const summary = { totalValid: 1_000, allocated: 0, asOf: '2026-11-26T23:30:00-05:00' };
      const element = await mount(testData({ summary, grants: [grant('starts', '2026-11-27', '2027-11-26')] }));
      expect(textOf(part(element, 'breakdown-legend')!)).to.contain('1,000 100%');
    });

    it('downloads the table as CSV', async () => {
      const element = await mount();
      const dialog = await openDetails(element);
      const blobs: Blob[] = [];
      const filenames: string[] = [];
      const createObjectURL = URL.createObjectURL;
      URL.createObjectURL = (object: Blob | MediaSource) => {
        blobs.push(object as Blob);
        return createObjectURL.call(URL, object);
      };
      // Keeps the browser from saving the file while letting the kit's own code run.
      const stopDownload = (event: Event) => {
        if (event.target instanceof HTMLAnchorElement && event.target.download) {
          filenames.push(event.target.download);
          event.preventDefault();
        }
      };
      document.addEventListener('click', stopDownload, true);
      try {
        dialog.querySelector<HTMLButtonElement>('[part~="csv-button"]')!.click();
        // The CSV writer loads on the first download.
        await waitUntil(() => blobs.length > 0, 'no CSV was made');
      } finally {
        URL.createObjectURL = createObjectURL;
        document.removeEventListener('click', stopDownload, true);
      }
      expect(filenames).to.deep.equal(['credit-grants-2026-11-26.csv']);
      const lines = (await blobs[0]!.text()).split('\r\n');
      expect(lines).to.have.length(10);
      expect(lines[0]).to.equal('id,name,source,credits,startDate,endDate,status,daysLeft,renewedBy,endingSoon');
      expect(lines[1]).to.equal('grant-trial,Vision One trial credits,trial,20000,2025-10-27,2025-12-25,expired,,,no');
      expect(lines[2]).to.equal(
        'grant-purchase-po-4500018842,Annual credits purchase (PO 4500018842),purchase,250000,2026-01-30,2027-01-29,active,65,grant-purchase-renewal,no',
      );
      expect(lines[8]).to.equal(
        'grant-purchase-renewal,Annual credits renewal (PO 4500021107),purchase,250000,2027-01-30,2028-01-29,upcoming,,,no',
      );
      expect(lines[9]).to.equal('');
    });

    it('downloads UTF-8 with a byte order mark, credits exact and names that could be formulas neutralised', async () => {
      const grants = [
        { ...grant('a', '2026-01-01', '2026-12-31', 0.1 + 0.2), name: ' =HYPERLINK("http://evil.example")' },
        { ...grant('b', '2026-01-01', '2026-12-31', 2.675), name: 'Ｅｎｄｐｏｉｎｔ ＝1+1' },
        { ...grant('c', '2026-01-01', '2026-12-31', 1e-7), name: '＝1+1' },
      ];
      const element = await mount(testData({ grants }));
      const dialog = await openDetails(element);
      const blobs: Blob[] = [];
      const createObjectURL = URL.createObjectURL;
      URL.createObjectURL = (object: Blob | MediaSource) => {
        blobs.push(object as Blob);
        return createObjectURL.call(URL, object);
      };
      const stopDownload = (event: Event) => {
        if (event.target instanceof HTMLAnchorElement && event.target.download) event.preventDefault();
      };
      document.addEventListener('click', stopDownload, true);
      try {
        dialog.querySelector<HTMLButtonElement>('[part~="csv-button"]')!.click();
        // The CSV writer loads on the first download.
        await waitUntil(() => blobs.length > 0, 'no CSV was made');
      } finally {
        URL.createObjectURL = createObjectURL;
        document.removeEventListener('click', stopDownload, true);
      }
      const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
      expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
      const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1).split('\r\n');
      expect(lines.slice(1, 4).sort()).to.deep.equal([
        `a,"' =HYPERLINK(""http://evil.example"")",purchase,0.3,2026-01-01,2026-12-31,active,36,,yes`,
        'b,Ｅｎｄｐｏｉｎｔ ＝1+1,purchase,2.68,2026-01-01,2026-12-31,active,36,,yes',
        "c,'＝1+1,purchase,0,2026-01-01,2026-12-31,active,36,,yes",
      ]);
    });
  });

  describe('states', () => {
    it('shows a skeleton of the final size while loading', async () => {
      const { element, provider } = await mountManual();
      expect(part(element, 'loading')!.getAttribute('aria-busy')).to.equal('true');
      const loadingHeight = base(element).getBoundingClientRect().height;
      await answer(element, provider, 'summary', testData().summary);
      const grantsLoadingHeight = base(element).getBoundingClientRect().height;
      await answer(element, provider, 'grants', testData().grants);
      expect(part(element, 'loading')).to.equal(null);
      const readyHeight = base(element).getBoundingClientRect().height;
      expect([loadingHeight, grantsLoadingHeight]).to.deep.equal([readyHeight, readyHeight]);
    });

    it('shows a summary error naming the field, and Retry recovers', async () => {
      const { element, provider } = await mountManual();
      const reported = oneEvent(element, 'credit-data-error');
      await answer(element, provider, 'summary', { ...testData().summary, allocated: Number.NaN });
      expect((await reported).detail.section).to.equal('summary');
      const alert = shadow(element).querySelector('[role="alert"]')!;
      expect(textOf(alert)).to.contain('summary.allocated must be a finite number ≥ 0');
      expect(textOf(shadow(element))).not.to.match(/NaN|undefined|Infinity|null/);
      part(element, 'retry-button')!.click();
      await answer(element, provider, 'summary', testData().summary, 1);
      await answer(element, provider, 'grants', testData().grants);
      expect(figure(element, 'balance')).to.equal('161,400');
    });

    it('keeps the figures when grants fail, with the breakdown’s own error and Retry', async () => {
      const { element, provider } = await mountManual();
      await answer(element, provider, 'summary', testData().summary);
      const badGrants = testData().grants.map((g, i) => (i === 2 ? { ...g, credits: -5 } : g));
      await answer(element, provider, 'grants', badGrants);
      expect(figure(element, 'total-valid')).to.equal('775,000');
      const alert = part(element, 'breakdown')!.querySelector('[role="alert"]')!;
      expect(textOf(alert)).to.contain('grants[2].credits must be a finite number ≥ 0');
      alert.querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
      await answer(element, provider, 'grants', testData().grants, 1);
      expect(part(element, 'breakdown-legend')).not.to.equal(null);
      expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
    });

    it('after a full outage, one Retry brings back the figures and the breakdown', async () => {
      const { element, provider } = await mountManual();
      await waitUntil(() => provider.requests('grants')[0], 'no request for grants');
      provider.requests('summary')[0]!.reject(new TypeError('Failed to fetch'));
      provider.requests('grants')[0]!.reject(new TypeError('Failed to fetch'));
      await settle();
      await element.updateComplete;
      expect(shadow(element).querySelectorAll('[part~="retry-button"]')).to.have.length(1);
      part(element, 'retry-button')!.click();
      await answer(element, provider, 'summary', testData().summary, 1);
      await answer(element, provider, 'grants', testData().grants, 1);
      expect(figure(element, 'balance')).to.equal('161,400');
      expect(part(element, 'breakdown-legend')).not.to.equal(null);
      expect(shadow(element).querySelector('[role="alert"]')).to.equal(null);
    });

    it('shows a hole in the grants list as an error naming it, not a breakdown stuck loading', async () => {
      const grants: CreditGrant[] = [...testData().grants];
      delete grants[1];
      const element = await mount(testData({ grants }));
      const alert = part(element, 'breakdown')!.querySelector('[role="alert"]')!;
      expect(textOf(alert)).to.contain('grants[1] is missing (the list has a hole there)');
      expect(figure(element, 'total-valid')).to.equal('775,000');
    });

    it('reads grants of 1e-10 or a denormal as 0: no share of nothing, no "∞%"', async () => {
      const summary = { totalValid: 1e-10, allocated: 5e-324, asOf: AS_OF.toISOString() };
      const grants = [grant('tiny', '2026-01-01', '2026-12-31', 1e-10), grant('denormal', '2026-01-01', '2026-12-31', 5e-324, 'license-conversion')];
      const element = await mount(testData({ summary, grants }));
      expect([figure(element, 'total-valid'), figure(element, 'allocated'), figure(element, 'balance')]).to.deep.equal(['0', '0', '0']);
      expect(textOf(part(element, 'breakdown')!)).to.contain('No credits are valid on Nov 26, 2026.');
      expect(textOf(shadow(element))).not.to.match(/∞|NaN|Infinity|-0\b/);
    });

    it('says so when there are no grants at all', async () => {
      const summary = { totalValid: 0, allocated: 0, asOf: AS_OF.toISOString() };
      const element = await mount(testData({ summary, grants: [] }));
      expect([figure(element, 'total-valid'), figure(element, 'allocated'), figure(element, 'balance')]).to.deep.equal(['0', '0', '0']);
      expect(textOf(part(element, 'breakdown')!)).to.equal('Valid credits by source No purchases or converted entitlements.');
      expect(part(element, 'details-button')).to.equal(null);
    });

    it('says no credits are valid when every grant has expired, and still offers details', async () => {
      const summary = { totalValid: 0, allocated: 0, asOf: AS_OF.toISOString() };
      const element = await mount(testData({ summary, grants: [grant('old', '2025-01-01', '2025-12-31')] }));
      expect(textOf(part(element, 'breakdown')!)).to.contain('No credits are valid on Nov 26, 2026.');
      expect(part(element, 'breakdown-bar')).to.equal(null);
      expect(part(element, 'details-button')).not.to.equal(null);
    });

    it('says there is no data provider without one', async () => {
      const element = await fixture<CreditSummaryElement>(html`<credit-summary></credit-summary>`);
      expect(textOf(shadow(element))).to.contain('No data provider');
    });
  });

  describe('layout and theme', () => {
    it('stacks the figures without overflowing at 280 px', async () => {
      const element = await mount(overAllocatedData(), { width: 280, purchaseUrl: 'https://shop.example.com' });
      const tops = ['total-valid', 'allocated', 'balance'].map((name) => part(element, `figure-${name}`)!.getBoundingClientRect().top);
      expect(tops[0]! < tops[1]! && tops[1]! < tops[2]!).to.equal(true);
      expect(base(element).scrollWidth).to.be.at.most(base(element).clientWidth);
    });

    it('puts the figures in a row and the breakdown beside them at 1200 px', async () => {
      const element = await mount(testData(), { width: 1200 });
      const boxes = ['total-valid', 'allocated', 'balance'].map((name) => part(element, `figure-${name}`)!.getBoundingClientRect());
      expect(new Set(boxes.map((box) => box.top)).size).to.equal(1);
      expect(part(element, 'breakdown')!.getBoundingClientRect().left).to.be.above(boxes[2]!.right);
    });

    it('lays out right to left under dir="rtl"', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="inline-size: 640px">
        <credit-summary .provider=${new StaticCreditProvider(testData())} locale="en-US"></credit-summary>
      </div>`);
      const element = wrapper.querySelector('credit-summary')!;
      await ready(element);
      const first = part(element, 'figure-total-valid')!.getBoundingClientRect();
      const second = part(element, 'figure-allocated')!.getBoundingClientRect();
      expect(first.left).to.be.above(second.right);
      const bar = part(element, 'breakdown-bar')!.getBoundingClientRect();
      const purchased = shadow(element).querySelector('.bar .purchased')!.getBoundingClientRect();
      expect(Math.abs(purchased.right - bar.right)).to.be.below(1);
    });

    it('keeps the minus sign before a negative balance in right-to-left text', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl" style="inline-size: 640px">
        <credit-summary .provider=${new StaticCreditProvider(overAllocatedData())} locale="en-US"></credit-summary>
      </div>`);
      const element = wrapper.querySelector('credit-summary')!;
      await ready(element);
      const bdi = part(element, 'figure-balance')!.querySelector('bdi')!;
      const text = [...bdi.childNodes].find((node) => node.nodeType === Node.TEXT_NODE)!;
      expect(text.textContent).to.equal('-109,600');
      const glyph = (index: number) => {
        const range = document.createRange();
        range.setStart(text, index);
        range.setEnd(text, index + 1);
        return range.getBoundingClientRect();
      };
      expect(glyph(0).left).to.be.below(glyph(7).left);
    });

    it('takes the dark theme from color-scheme', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark">
        <credit-summary .provider=${new StaticCreditProvider(testData())}></credit-summary>
      </div>`);
      const element = wrapper.querySelector('credit-summary')!;
      await ready(element);
      expect(getComputedStyle(base(element)).backgroundColor).to.equal('rgb(28, 32, 39)');
    });
  });

  describe('accessibility', () => {
    it('is accessible with data', async () => {
      await expect(await mount()).to.be.accessible();
    });

    it('is accessible with a negative balance and a purchase link', async () => {
      await expect(await mount(overAllocatedData(), { purchaseUrl: 'https://shop.example.com' })).to.be.accessible();
    });

    it('is accessible while loading', async () => {
      const { element } = await mountManual();
      await expect(element).to.be.accessible();
    });

    it('is accessible showing a summary error', async () => {
      const { element, provider } = await mountManual();
      await answer(element, provider, 'summary', { bad: true });
      await expect(element).to.be.accessible();
    });

    it('is accessible showing a grants error', async () => {
      const { element, provider } = await mountManual();
      await answer(element, provider, 'summary', testData().summary);
      await answer(element, provider, 'grants', 'not a list');
      await expect(element).to.be.accessible();
    });

    it('is accessible with no data', async () => {
      const summary = { totalValid: 0, allocated: 0, asOf: AS_OF.toISOString() };
      await expect(await mount(testData({ summary, grants: [] }))).to.be.accessible();
    });

    it('is accessible without a provider', async () => {
      await expect(await fixture(html`<credit-summary></credit-summary>`)).to.be.accessible();
    });

    it('is accessible with the dialog open', async () => {
      const element = await mount();
      await openDetails(element);
      await expect(element).to.be.accessible();
    });

    it('is accessible in the dark theme with a negative balance', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div style="color-scheme: dark">
        <credit-summary .provider=${new StaticCreditProvider(overAllocatedData())} purchase-url="https://shop.example.com"></credit-summary>
      </div>`);
      const element = wrapper.querySelector('credit-summary')!;
      await ready(element);
      await expect(element).to.be.accessible();
    });
  });
});
