import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/credit-history/define.js';
import type { CreditHistoryElement } from '../src/credit-history/credit-history.js';
import { customRangeProblem, presetOf, presetPeriod } from '../src/credit-history/period-picker.js';
import { addDays } from '../src/data/days.js';
import '../src/locales/de.js';
import { ready, shadow, textOf } from './helpers/dom.js';
import { AS_OF_DAY, CountingProvider, testData } from './helpers/providers.js';

const D = AS_OF_DAY;

async function mount(attributes: { projection?: number; locale?: string } = {}, provider = new CountingProvider()) {
  const el = await fixture<CreditHistoryElement>(html`<credit-history
    style="inline-size: 900px"
    .provider=${provider}
    locale=${attributes.locale ?? 'en-US'}
    projection-days=${attributes.projection ?? 0}
  ></credit-history>`);
  await ready(el);
  await waitUntil(() => q(el, '.plot-svg .line.valid')?.getAttribute('d'), 'the chart was not drawn');
  return { el, provider };
}

const q = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const qa = (el: Element, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];

async function pick(el: CreditHistoryElement, value: string) {
  const select = q<HTMLSelectElement>(el, '[part~="period-select"]')!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
  await el.updateComplete;
}

describe('<credit-history> looking forward', () => {
  describe('projection-days', () => {
    it('draws projected valid and allocated lines distinct from the actual ones, named in the legend, with a Today marker', async () => {
      const { el, provider } = await mount({ projection: 90 });
      // The projection comes from the grants: no history is asked for the days ahead.
      expect(provider.calls.history).to.equal(1);
      const actual = q(el, '.plot-svg path.line.valid:not(.projected)')!;
      const projected = q(el, '.plot-svg path.line.valid.projected')!;
      expect(projected.getAttribute('d')).to.match(/^M/);
      expect(q(el, '.plot-svg path.line.allocated.projected')!.getAttribute('d')).to.match(/^M/);
      const [a, p] = [getComputedStyle(actual), getComputedStyle(projected)];
      expect(p.stroke).to.not.equal(a.stroke);
      expect(p.strokeDasharray).to.not.equal(a.strokeDasharray);
      const legend = Object.fromEntries(qa(el, '[part="legend"] li[data-key]').map((li) => [li.dataset.key, textOf(li)]));
      expect(legend['projected-valid']).to.equal('Projected valid credits');
      expect(legend['projected-allocated']).to.equal("Allocated credits, held at today's figure");
      expect(legend.today).to.equal('Today');
      expect(textOf(q(el, '.plot-svg .today-label')!)).to.equal('Today');
      // The actual lines end on the as-of day; the projection starts there.
      const todayX = Number(q(el, '.plot-svg line.today-line')!.getAttribute('x1'));
      expect(Number(projected.getAttribute('d')!.match(/^M([\d.]+)/)![1])).to.be.closeTo(todayX, 0.01);
    });

    it('shows no projection without the attribute, or for a period that ends before the as-of day', async () => {
      const { el } = await mount();
      expect(q(el, '.line.projected')).to.equal(null);
      el.projectionDays = 90;
      el.to = addDays(D, -10);
      await el.updateComplete;
      await ready(el);
      expect(q(el, '.line.projected')).to.equal(null);
      expect(q(el, '[data-key="today"]')).to.equal(null);
    });

    it('shades and names a projected shortfall: the demo balance is below zero from D + 175', async () => {
      const { el } = await mount({ projection: 365 });
      expect(qa(el, '.over-area.projected').length).to.be.greaterThan(0);
      expect(textOf(q(el, '[data-key="projected-over-allocated"]')!)).to.equal(
        'Projected over-allocation on 191 of the next 365 days',
      );
      // History itself was never over-allocated: no actual shading.
      expect(qa(el, '.over-area:not(.projected)')).to.have.length(0);
    });

    it('lets the crosshair, tooltip and live region walk into the projected days, marked as projected', async () => {
      const { el } = await mount({ projection: 90 });
      q(el, '[part="plot"]')!.focus();
      await el.updateComplete;
      expect(textOf(q(el, '[part="tooltip"] strong')!)).to.equal('Nov 26, 2026');
      await sendKeys({ press: 'End' });
      await el.updateComplete;
      expect(textOf(q(el, '[part="tooltip"] strong')!)).to.equal('Feb 24, 2027 projected');
      expect(textOf(q(el, '[aria-live="polite"]')!)).to.equal(
        'Feb 24, 2027, projected: total valid 775,000, allocated 613,600, balance 161,400',
      );
    });

    it('lists the projected days in the table, marked', async () => {
      const { el } = await mount({ projection: 90 });
      q<HTMLButtonElement>(el, '[part="table-toggle"]')!.click();
      await el.updateComplete;
      const rows = qa(el, '[part="table"] tbody tr');
      expect(rows).to.have.length(365 + 90);
      expect(textOf(rows[364]!)).to.equal('Nov 26, 2026 775,000 613,600 161,400');
      expect(rows[365]!.classList.contains('projected')).to.equal(true);
      expect(textOf(rows[365]!)).to.equal('Nov 27, 2026 projected 775,000 613,600 161,400');
      await expect(el).to.be.accessible();
    });
  });

  describe('period picker', () => {
    it('computes the presets from the as-of day and the grants', () => {
      const grants = testData().grants;
      expect(presetPeriod('90d', D, grants)).to.deep.equal({ from: addDays(D, -89), to: D });
      expect(presetPeriod('12m', D, grants)).to.deep.equal({ from: addDays(D, -364), to: D });
      expect(presetPeriod('2y', D, grants)).to.deep.equal({ from: addDays(D, -729), to: D });
      const earliest = grants.map((g) => g.startDate).sort()[0]!;
      expect(presetPeriod('all', D, grants)).to.deep.equal({ from: earliest, to: D });
      expect(presetPeriod('all', D, [])).to.deep.equal({ from: addDays(D, -364), to: D });
      expect(presetOf({ from: addDays(D, -364), to: D }, D, grants)).to.equal('12m');
      expect(presetOf({ from: addDays(D, -10), to: D }, D, grants)).to.equal('custom');
    });

    it('says what is wrong with a custom range', () => {
      expect(customRangeProblem('', '2026-01-01', D)).to.equal('missing');
      expect(customRangeProblem('2026-02-30', '2026-03-01', D)).to.equal('missing');
      expect(customRangeProblem('2026-05-01', '2026-04-01', D)).to.equal('order');
      expect(customRangeProblem('2026-05-01', addDays(D, 1), D)).to.equal('future');
      expect(customRangeProblem('2026-05-01', D, D)).to.equal(undefined);
    });

    it('asks the provider once for a picked period, updates from/to and fires credit-period-change', async () => {
      const { el, provider } = await mount();
      expect(provider.calls.history).to.equal(1);
      setTimeout(() => void pick(el, '90d'));
      const event = await oneEvent(el, 'credit-period-change');
      expect(event.detail).to.deep.equal({ from: addDays(D, -89), to: D });
      expect([el.from, el.to]).to.deep.equal([addDays(D, -89), D]);
      await ready(el);
      expect(provider.calls.history).to.equal(2);
      await pick(el, '2y');
      await ready(el);
      await pick(el, '90d');
      await ready(el);
      // 90 days were asked for already: the shared cache answers.
      expect(provider.calls.history).to.equal(3);
      expect(textOf(q(el, '[part="period"]')!)).to.equal('Aug 29 – Nov 26, 2026');
    });

    it('keeps the chart and says inline what is wrong with a custom range; a valid one applies', async () => {
      const { el, provider } = await mount();
      await pick(el, 'custom');
      const from = q<HTMLInputElement>(el, '[part~="period-from"]')!;
      const to = q<HTMLInputElement>(el, '[part~="period-to"]')!;
      let fired = 0;
      el.addEventListener('credit-period-change', () => fired++);
      from.value = '2026-06-01';
      from.dispatchEvent(new Event('input'));
      to.value = '2026-05-01';
      to.dispatchEvent(new Event('input'));
      await el.updateComplete;
      q<HTMLButtonElement>(el, '[part~="period-apply"]')!.click();
      await el.updateComplete;
      expect(textOf(q(el, '[part~="period-problem"]')!)).to.equal('The first day must not be after the last day.');
      expect(q(el, '[part~="error"]')).to.equal(null);
      expect(q(el, '.plot-svg')).to.not.equal(null);
      expect(from.value).to.equal('2026-06-01');
      expect(fired).to.equal(0);
      await expect(el).to.be.accessible();
      to.value = '2026-07-01';
      to.dispatchEvent(new Event('input'));
      await el.updateComplete;
      q<HTMLButtonElement>(el, '[part~="period-apply"]')!.click();
      await el.updateComplete;
      expect(fired).to.equal(1);
      await ready(el);
      const last = provider.calls.history;
      expect(last).to.equal(2);
      expect(textOf(q(el, '[part="period"]')!)).to.equal('Jun 1 – Jul 1, 2026');
    });
  });

  describe('in words', () => {
    it('says what the year shows in one sentence', async () => {
      const { el } = await mount();
      expect(textOf(q(el, '[part="story"]')!)).to.equal(
        'Total valid rose from 200,000 to 775,000 over Nov 27, 2025 – Nov 26, 2026; allocated rose from 0 to 613,600; never over-allocated.',
      );
    });

    it('adds where the projection leads, and says it in German', async () => {
      const { el } = await mount({ projection: 365, locale: 'de-DE' });
      expect(textOf(q(el, '[part="story"]')!)).to.equal(
        'Gültig gesamt stieg von 200.000 auf 775.000 im Zeitraum 27.11.2025 – 26.11.2026; zugewiesen stieg von 0 auf 613.600; nie überzugewiesen. ' +
          'Bei der aktuellen Zuweisung betragen die gültigen Credits am 26.11.2027 250.000 (Saldo -363.600).',
      );
    });

    it('lists the days on which something changed, newest first, in the table', async () => {
      const { el } = await mount();
      q<HTMLButtonElement>(el, '[part="table-toggle"]')!.click();
      await el.updateComplete;
      const changes = qa(el, '[part~="table-rows-button"]').find((b) => textOf(b) === 'Changes')!;
      changes.click();
      await el.updateComplete;
      const rows = qa(el, '[part="table"] tbody tr');
      const days = rows.map((row) => row.dataset.day!);
      expect(days).to.deep.equal([...days].sort().reverse());
      expect(rows.length).to.be.greaterThan(3).and.lessThan(60);
      const grants = testData().grants.filter((g) => g.startDate > addDays(D, -365) && g.startDate <= D);
      for (const grant of grants) {
        expect(textOf(shadow(el).querySelector(`tr[data-day="${grant.startDate}"]`)!)).to.contain(`Starts: ${grant.name}`);
      }
      expect(rows.some((row) => /Allocated credits changed by \+/.test(textOf(row)))).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });
});
