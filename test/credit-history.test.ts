import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/credit-history/define.js';
import type { CreditHistoryElement } from '../src/credit-history/credit-history.js';
import { demoOverAllocatedData } from '../src/data/demo-data.js';
import { StaticCreditProvider } from '../src/data/static-provider.js';
import type { CreditData, HistoryPoint, HistoryRequest } from '../src/data/types.js';
import { dialogShown, ready, shadow, textOf } from './helpers/dom.js';
import { AS_OF, ManualProvider, settle, testData } from './helpers/providers.js';
import { addDays } from '../src/data/days.js';

/** Serves its history exactly as given, where StaticCreditProvider would trim it to the period. */
class RawHistoryProvider extends StaticCreditProvider {
  constructor(private readonly raw: unknown) {
    super(testData());
  }
  override getHistory(_req: HistoryRequest) {
    return Promise.resolve(structuredClone(this.raw) as HistoryPoint[]);
  }
}

async function mount(provider: unknown, attributes: { from?: string; to?: string; locale?: string } = {}) {
  const el = await fixture<CreditHistoryElement>(html`<credit-history
    style="inline-size: 760px"
    .provider=${provider}
    from=${attributes.from ?? ''}
    to=${attributes.to ?? ''}
    locale=${attributes.locale ?? 'en-US'}
  ></credit-history>`);
  return el;
}

async function mountReady(data: CreditData = testData(), attributes: Parameters<typeof mount>[1] = {}) {
  const el = await mount(new StaticCreditProvider(data), attributes);
  await ready(el);
  await waitUntil(() => q(el, '.plot-svg .line.valid')?.getAttribute('d'), 'the chart was not drawn');
  return el;
}

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const qa = <T extends Element = HTMLElement>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const plot = (el: CreditHistoryElement) => q(el, '[part="plot"]')!;
const tooltipText = (el: CreditHistoryElement) => textOf(q(el, '[part="tooltip"]')!);
const tooltipValue = (el: CreditHistoryElement, key: string) => textOf(q(el, `[part="tooltip"] [data-key="${key}"]`)!);
const liveText = (el: CreditHistoryElement) => textOf(q(el, '[aria-live="polite"]')!);

async function press(el: CreditHistoryElement, ...keys: string[]) {
  for (const key of keys) await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<credit-history>', () => {
  describe('period', () => {
    it('asks for the 365 days ending on the as-of day and shows that period', async () => {
      const provider = new ManualProvider();
      const el = await mount(provider);
      provider.requests('summary')[0]!.resolve(testData().summary);
      await waitUntil(() => provider.requests('history').length === 1, 'history was never asked for');
      const { from, to } = provider.requests('history')[0]!.req as HistoryRequest;
      expect({ from, to }).to.deep.equal({ from: '2025-11-27', to: '2026-11-26' });
      await el.updateComplete;
      expect(textOf(q(el, '[part="period"]')!)).to.equal('Nov 27, 2025 – Nov 26, 2026');
    });

    it('asks for the period of its from and to attributes', async () => {
      const provider = new ManualProvider();
      const el = await mount(provider, { from: '2026-06-01', to: '2026-08-31' });
      await waitUntil(() => provider.requests('history').length === 1);
      const { from, to } = provider.requests('history')[0]!.req as HistoryRequest;
      expect({ from, to }).to.deep.equal({ from: '2026-06-01', to: '2026-08-31' });
      provider.requests('summary')[0]!.resolve(testData().summary);
      await el.updateComplete;
      expect(textOf(q(el, '[part="period"]')!)).to.equal('Jun 1 – Aug 31, 2026');
    });

    it('shows an error naming a from attribute that is not a date, and asks for no history', async () => {
      const provider = new ManualProvider();
      const el = await mount(provider, { from: '2026-13-01' });
      provider.requests('summary')[0]!.resolve(testData().summary);
      await settle();
      await el.updateComplete;
      expect(textOf(q(el, '[role="alert"]')!)).to.contain('The from attribute must be a date as YYYY-MM-DD (got "2026-13-01").');
      expect(provider.requests('history')).to.have.length(0);
      await expect(el).to.be.accessible();
    });

    it('shows an error when from comes after to', async () => {
      const el = await mount(new StaticCreditProvider(testData()), { from: '2026-12-01', to: '2026-11-01' });
      await el.updateComplete;
      expect(textOf(q(el, '[role="alert"]')!)).to.contain('The period must not start (2026-12-01) after it ends (2026-11-01)');
    });

    it('follows a changed to attribute', async () => {
      const el = await mountReady();
      el.to = '2026-06-30';
      await waitUntil(() => textOf(q(el, '[part="period"]')!) === 'Jul 1, 2025 – Jun 30, 2026', 'the period did not change');
      await ready(el);
      expect(textOf(q(el, '[part="legend"]')!)).to.contain('Total valid credits');
    });
  });

  describe('states', () => {
    it('shows a skeleton of the final size while loading', async () => {
      const provider = new ManualProvider();
      const el = await mount(provider);
      await el.updateComplete;
      expect(q(el, '[aria-busy="true"]')).not.to.equal(null);
      const loadingHeight = q(el, '[part="base"]')!.getBoundingClientRect().height;
      await expect(el).to.be.accessible();
      const data = testData();
      provider.requests('summary')[0]!.resolve(data.summary);
      provider.requests('grants')[0]!.resolve(data.grants);
      await waitUntil(() => provider.requests('history').length === 1);
      provider.requests('history')[0]!.resolve(data.history);
      await ready(el);
      expect(q(el, '[part="base"]')!.getBoundingClientRect().height).to.be.closeTo(loadingHeight, 1);
    });

    it('says there is no provider when none is given', async () => {
      const el = await fixture<CreditHistoryElement>(html`<credit-history></credit-history>`);
      expect(textOf(shadow(el))).to.contain('No data provider');
      await expect(el).to.be.accessible();
    });

    it('says the period is empty when the history has no points', async () => {
      const el = await mount(new StaticCreditProvider(testData({ history: [] })));
      await ready(el);
      expect(textOf(q(el, '[part="empty"]')!)).to.equal('No credit history for Nov 27, 2025 – Nov 26, 2026.');
      expect(q(el, '[part="table-toggle"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows the precise validation error of a duplicate day, reports it, and recovers on Retry', async () => {
      const [first] = testData().history.slice(-1);
      const provider = new StaticCreditProvider(testData({ history: [first, first] }));
      const el = document.createElement('credit-history');
      el.provider = provider;
      const reported = oneEvent(el, 'credit-data-error');
      document.body.append(el);
      try {
        const message = 'history[1].date must be unique (got the text "2026-11-26", also at history[0].date)';
        expect((await reported).detail).to.deep.equal({ section: 'history', message, code: 'invalid-data' });
        await el.updateComplete;
        expect(textOf(q(el, '[role="alert"]')!)).to.contain(message);
        await expect(el).to.be.accessible();
        provider.update({ history: testData().history });
        await waitUntil(() => q(el, '.plot-svg .line.valid'), 'the corrected history was not drawn');
      } finally {
        el.remove();
      }
    });

    it('names a point outside the period', async () => {
      const el = await mount(new RawHistoryProvider([{ date: '2025-11-26', totalValid: 1, allocated: 0 }]));
      await waitUntil(() => q(el, '[role="alert"]'));
      expect(textOf(q(el, '[role="alert"]')!)).to.contain(
        'history[0].date must be within the period 2025-11-27 to 2026-11-26 (got the text "2025-11-26")',
      );
    });

    it('asks again on Retry after a rejection', async () => {
      const provider = new ManualProvider();
      const el = await mount(provider);
      const data = testData();
      provider.requests('summary')[0]!.resolve(data.summary);
      provider.requests('grants')[0]!.resolve(data.grants);
      await waitUntil(() => provider.requests('history').length === 1);
      provider.requests('history')[0]!.reject(new Error('History service unavailable'));
      await waitUntil(() => q(el, '[role="alert"]'));
      expect(textOf(q(el, '[role="alert"]')!)).to.contain('History service unavailable');
      q<HTMLButtonElement>(el, '[part="retry-button"]')!.click();
      await waitUntil(() => provider.requests('history').length === 2, 'Retry did not ask again');
      provider.requests('history')[1]!.resolve(data.history);
      await ready(el);
      expect(q(el, '[part="plot"]')).not.to.equal(null);
    });
  });

  describe('chart', () => {
    it('draws total valid as a solid line and allocated as a dotted one, in the legend too', async () => {
      const el = await mountReady();
      const dash = (selector: string) => qa<SVGElement>(el, selector).map((line) => getComputedStyle(line).strokeDasharray);
      expect(dash('.plot-svg .line.valid')).to.deep.equal(['none']);
      expect(dash('.plot-svg .line.allocated')).to.deep.equal(['0px, 5px']);
      expect(getComputedStyle(q(el, '.plot-svg .line.allocated')!).strokeLinecap).to.equal('round');
      expect(dash('[part="legend"] .line.valid')).to.deep.equal(['none']);
      expect(dash('[part="legend"] .line.allocated')).to.deep.equal(['0px, 5px']);
      expect(textOf(q(el, '[part="legend"]')!)).to.contain('Total valid credits').and.contain('Allocated credits');
    });

    it('draws one unbroken line for a year of daily points, stepping where the value changes', async () => {
      const el = await mountReady();
      const d = q(el, '.plot-svg .line.valid')!.getAttribute('d')!;
      const { history } = testData();
      const changes = history.filter((point, i) => i > 0 && point.totalValid !== history[i - 1]!.totalValid).length;
      // In the demo year the trial lapses and five grants start; none on the last day.
      expect(changes).to.equal(6);
      expect(d.match(/M/g)).to.have.length(1);
      // Two commands (across, then up or down) per change, and two to reach the last day.
      expect(d.match(/L/g)).to.have.length(2 * (changes + 1));
    });

    it('labels the time axis with localized months and the credit axis with compact numbers', async () => {
      const el = await mountReady(testData(), { locale: 'de-DE' });
      const labels = qa(el, '.time-axis .tick-label').map((label) => label.textContent);
      const month = (m: number) =>
        new Intl.DateTimeFormat('de-DE', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, m, 1));
      expect(labels).to.include.members([month(1), month(4), month(10)]);
      expect(labels).to.include('2026');
      // Up to 775,000 valid credits: the axis is rounded up to 800,000.
      const compact = (n: number) => new Intl.NumberFormat('de-DE', { notation: 'compact', maximumFractionDigits: 1 }).format(n);
      const credits = qa(el, '.credit-axis .tick-label').map((label) => label.textContent);
      expect(credits[0]).to.equal('0');
      expect(credits.at(-1)).to.equal(compact(800_000));
    });

    it('marks grant starts and ends inside the period, and explains the marks in the legend', async () => {
      const el = await mountReady();
      // Five grants start inside the year (purchase, AWS, DDI, network add-on, Azure); the trial ends in it.
      expect(qa(el, '.plot-svg .marker.start')).to.have.length(5);
      expect(qa(el, '.plot-svg .marker.end')).to.have.length(1);
      expect(textOf(q(el, '[part="legend"]')!)).to.contain('Credits start').and.contain('Credits end');
    });

    it('shades and labels the gap where allocated exceeds valid, saying on how many days', async () => {
      const data = demoOverAllocatedData({ asOf: AS_OF });
      const el = await mountReady(data);
      const days = data.history.filter((point) => point.allocated > point.totalValid).length;
      expect(days).to.equal(63);
      expect(qa(el, '.plot-svg .over-area')).to.have.length(1);
      expect(q(el, '.plot-svg .over-area')!.getAttribute('fill')).to.equal('url(#over-hatch)');
      expect(textOf(q(el, '.plot-svg .over-label')!)).to.equal('Over-allocated');
      expect(textOf(q(el, '[part="legend"] [data-key="over-allocated"]')!)).to.equal(
        'Over-allocated: allocated exceeded total valid on 63 of 365 days',
      );
      await expect(el).to.be.accessible();
    });

    it('leaves days without data as gaps, never as zeros', async () => {
      const history = testData().history.filter((point) => point.date !== '2026-06-15');
      const el = await mountReady(testData({ history }));
      expect(q(el, '.plot-svg .line.valid')!.getAttribute('d')!.match(/M/g)).to.have.length(2);
      expect(textOf(q(el, '[part="legend"]')!)).to.contain('Gaps are days without data');
    });

    it('sorts unsorted points', async () => {
      const el = await mountReady(testData({ history: [...testData().history].reverse() }));
      expect(q(el, '.plot-svg .line.valid')!.getAttribute('d')!.match(/M/g)).to.have.length(1);
    });

    it('renders five years of daily points', async () => {
      const from = '2021-11-27';
      const history = Array.from({ length: 1826 }, (_, i) => ({
        date: addDays(from, i),
        totalValid: 500_000 + (i % 400) * 100,
        allocated: 300_000 + i * 50,
      }));
      const el = await mountReady(testData({ history }), { from, to: '2026-11-26' });
      const d = q(el, '.plot-svg .line.valid')!.getAttribute('d')!;
      expect(d.match(/L/g)).to.have.length(2 * 1825);
      expect(d).not.to.match(/NaN|Infinity|undefined/);
    });

    it('resizes with its container', async () => {
      const el = await mountReady();
      expect(q(el, '.plot-svg')!.getAttribute('width')).to.equal(String(q(el, '[part="plot"]')!.clientWidth));
      el.style.inlineSize = '420px';
      await waitUntil(
        () => q(el, '.plot-svg')!.getAttribute('width') === String(q(el, '[part="plot"]')!.clientWidth),
        'the chart kept its old width',
      );
      expect(Number(q(el, '.plot-svg')!.getAttribute('width'))).to.be.below(420);
    });
  });

  it('keeps following its size after being moved elsewhere in the page', async () => {
    const el = await mountReady();
    const narrow = document.createElement('div');
    narrow.style.inlineSize = '400px';
    document.body.append(narrow);
    try {
      el.style.inlineSize = '';
      narrow.append(el);
      await waitUntil(
        () => q(el, '.plot-svg')?.getAttribute('width') === String(q(el, '[part="plot"]')!.clientWidth),
        'the chart did not follow its new container',
      );
      expect(Number(q(el, '.plot-svg')!.getAttribute('width'))).to.be.below(400);
    } finally {
      narrow.remove();
    }
  });

  it('fires nothing when the host sets its properties', async () => {
    const el = await mountReady();
    const fired: string[] = [];
    for (const type of ['credit-details-request', 'credit-data-error']) el.addEventListener(type, () => fired.push(type));
    el.showTable = true;
    el.from = '2026-01-01';
    await ready(el);
    expect(fired).to.deep.equal([]);
  });

  describe('crosshair', () => {
    it('is one tab stop between View details and the table toggle', async () => {
      const el = await mountReady();
      q(el, '[part="details-button"]')!.focus();
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(plot(el));
      await sendKeys({ press: 'Tab' });
      expect(shadow(el).activeElement).to.equal(q(el, '[part="table-toggle"]'));
    });

    it('starts on the latest day when focused and shows its values', async () => {
      const el = await mountReady();
      plot(el).focus();
      await el.updateComplete;
      expect(tooltipText(el)).to.contain('Nov 26, 2026');
      expect(tooltipValue(el, 'valid')).to.equal('775,000');
      expect(tooltipValue(el, 'allocated')).to.equal('613,600');
      expect(tooltipValue(el, 'balance')).to.equal('161,400');
    });

    it('moves a day with the arrows and a month with Page Up / Page Down, announcing the day', async () => {
      const el = await mountReady();
      plot(el).focus();
      await press(el, 'ArrowLeft');
      expect(tooltipText(el)).to.contain('Nov 25, 2026');
      await press(el, 'PageUp');
      expect(tooltipText(el)).to.contain('Oct 25, 2026');
      await press(el, 'PageDown', 'ArrowRight');
      expect(liveText(el)).to.equal('Nov 26, 2026: total valid 775,000, allocated 613,600, balance 161,400');
    });

    it('goes to the ends with Home and End', async () => {
      const el = await mountReady();
      plot(el).focus();
      await press(el, 'Home');
      expect(tooltipText(el)).to.contain('Nov 27, 2025');
      expect(tooltipValue(el, 'valid')).to.equal('200,000');
      expect(tooltipValue(el, 'allocated')).to.equal('0');
      await press(el, 'End');
      expect(tooltipText(el)).to.contain('Nov 26, 2026');
    });

    it('names the grants that start or end on the day', async () => {
      const el = await mountReady();
      plot(el).focus();
      await press(el, 'Home', 'PageDown', 'ArrowLeft', 'ArrowLeft');
      expect(tooltipText(el)).to.contain('Dec 25, 2025').and.contain('Ends: Vision One trial credits');
      expect(liveText(el)).to.contain('Ends: Vision One trial credits');
    });

    it('says when a day has no data', async () => {
      const history = testData().history.filter((point) => point.date !== '2026-11-25');
      const el = await mountReady(testData({ history }));
      plot(el).focus();
      await press(el, 'ArrowLeft');
      expect(liveText(el)).to.equal('Nov 25, 2026: no data');
    });

    it('moves forward in time with the left arrow in a right-to-left layout', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div dir="rtl">
        <credit-history style="inline-size: 760px" locale="en-US" .provider=${new StaticCreditProvider(testData())}></credit-history>
      </div>`);
      const el = wrapper.querySelector('credit-history')!;
      await ready(el);
      await waitUntil(() => q(el, '.plot-svg .line.valid'));
      // The period's first day is drawn on the right.
      const d = q(el, '.plot-svg .line.valid')!.getAttribute('d')!;
      const [firstX] = d.slice(1).split(',').map(Number);
      expect(firstX).to.be.above(Number(q(el, '.plot-svg')!.getAttribute('width')) / 2);
      plot(el).focus();
      await press(el, 'Home', 'ArrowLeft');
      expect(tooltipText(el)).to.contain('Nov 28, 2025');
      await expect(el).to.be.accessible();
    });

    it('follows the pointer', async () => {
      const el = await mountReady();
      const june = qa(el, '.time-axis .tick-label').find((label) => label.textContent === 'Jun')!;
      const box = plot(el).getBoundingClientRect();
      const x = box.left + Number(june.getAttribute('x'));
      plot(el).dispatchEvent(new PointerEvent('pointermove', { clientX: x, clientY: box.top + 50, bubbles: true }));
      await el.updateComplete;
      expect(tooltipText(el)).to.contain('Jun 1, 2026');
      plot(el).dispatchEvent(new PointerEvent('pointerleave'));
      await el.updateComplete;
      expect(q(el, '[part="tooltip"]')).to.equal(null);
    });

    it('formats the tooltip for the locale', async () => {
      const el = await mountReady(testData(), { locale: 'de-DE' });
      plot(el).focus();
      await el.updateComplete;
      expect(tooltipValue(el, 'valid')).to.equal('775.000');
      expect(tooltipText(el)).to.contain('26.11.2026');
    });

    it('marks a negative balance in words as well as colour', async () => {
      const el = await mountReady(demoOverAllocatedData({ asOf: AS_OF }));
      plot(el).focus();
      await el.updateComplete;
      expect(tooltipValue(el, 'balance')).to.equal('-109,600 (over-allocated)');
      await expect(el).to.be.accessible();
    });
  });

  describe('table view', () => {
    it('toggles with a pressed button and holds exactly the data', async () => {
      const el = await mountReady();
      const toggle = q<HTMLButtonElement>(el, '[part="table-toggle"]')!;
      expect(toggle.getAttribute('aria-pressed')).to.equal('false');
      expect(toggle.querySelector('svg')).to.equal(null);
      toggle.click();
      await el.updateComplete;
      expect(toggle.getAttribute('aria-pressed')).to.equal('true');
      // Pressed, it shows a check mark, hidden from assistive technology, centred on the label.
      const check = toggle.querySelector('svg.icon')!;
      expect(check.getAttribute('aria-hidden')).to.equal('true');
      const mark = check.getBoundingClientRect();
      const button = toggle.getBoundingClientRect();
      expect(mark.width).to.be.greaterThan(8);
      expect(Math.abs(mark.top + mark.height / 2 - (button.top + button.height / 2))).to.be.below(2);
      expect(el.showTable).to.equal(true);
      expect(q(el, '[part="plot"]')).to.equal(null);
      const rows = qa(el, '[part="table"] tbody tr').map((row) =>
        [...row.children].map((cell) => textOf(cell)),
      );
      const fmt = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });
      const day = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeZone: 'UTC' });
      expect(rows).to.deep.equal(
        testData().history.map((point) => [
          day.format(new Date(`${point.date}T00:00:00Z`)),
          fmt.format(point.totalValid),
          fmt.format(point.allocated),
          fmt.format(point.totalValid - point.allocated),
        ]),
      );
      expect(rows.at(-1)).to.deep.equal(['Nov 26, 2026', '775,000', '613,600', '161,400']);
    });

    it('is accessible and keeps its place in the layout', async () => {
      const el = await mountReady(demoOverAllocatedData({ asOf: AS_OF }));
      const height = q(el, '[part="base"]')!.getBoundingClientRect().height;
      q<HTMLButtonElement>(el, '[part="table-toggle"]')!.click();
      await el.updateComplete;
      expect(q(el, '[part="table"]')!.getAttribute('aria-labelledby')).to.equal('table-caption');
      expect(textOf(q(el, '[part="table"] tbody tr:last-child')!)).to.contain('-109,600 (over-allocated)');
      expect(q(el, '[part="base"]')!.getBoundingClientRect().height).to.be.closeTo(height, 1);
      await expect(el).to.be.accessible();
    });
  });

  describe('View details', () => {
    it('asks for the credits details and opens the purchases and converted entitlements dialog', async () => {
      const el = await mountReady();
      const button = q<HTMLButtonElement>(el, '[part="details-button"]')!;
      setTimeout(() => button.click());
      const event = await oneEvent(el, 'credit-details-request');
      expect(event.detail).to.deep.equal({ view: 'credits' });
      expect(event.bubbles && event.composed && event.cancelable).to.equal(true);
      await dialogShown(q<HTMLDialogElement>(el, 'dialog')!);
      expect(textOf(q(el, 'dialog h2')!)).to.equal('Purchases and converted entitlements');
      expect(qa(el, 'dialog tbody tr')).to.have.length(testData().grants.length);
      await expect(el).to.be.accessible();
    });

    it('leaves the details to the host that cancels the request', async () => {
      const el = await mountReady();
      el.addEventListener('credit-details-request', (event) => event.preventDefault());
      q<HTMLButtonElement>(el, '[part="details-button"]')!.click();
      await el.updateComplete;
      expect(q<HTMLDialogElement>(el, 'dialog')!.open).to.equal(false);
    });
  });

  it('is accessible in the dark theme', async () => {
    const el = await mountReady();
    el.style.colorScheme = 'dark';
    plot(el).focus();
    await el.updateComplete;
    expect(getComputedStyle(q(el, '[part="base"]')!).backgroundColor).to.equal('rgb(28, 32, 39)');
    await expect(el).to.be.accessible();
  });
});
