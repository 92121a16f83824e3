import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { shadow } from '../helpers/dom.js';
import { testData } from '../helpers/providers.js';
import { box, deepElements, drawEverySection, frames, mountDashboard, overlaps, settled } from './helpers.js';

/* The composed page, as a console user sees it: geometry asserted, not only pixels. */

const WIDTHS = [320, 390, 1024, 1440, 1920];

afterEach(async () => {
  window.scrollTo(0, 0);
  await setViewport({ width: 800, height: 600 });
});

describe('dashboard layout', () => {
  for (const width of WIDTHS) {
    it(`at ${width} px no legend row is ever under the donut while the page scrolls`, async () => {
      const { section } = await mountDashboard(width);
      const pie = shadow(section('credit-pie'));
      const donut = pie.querySelector('[part~="donut"]')!;
      const items = [...pie.querySelectorAll('[part~="legend-item"], [part~="legend-group"]')];
      expect(items.length).to.be.above(8);
      const start = window.scrollY + box(section('credit-pie')).top - 300;
      const end = start + box(section('credit-pie')).height + 300;
      const hits: string[] = [];
      for (let y = Math.max(0, start); y <= end; y += 60) {
        window.scrollTo(0, y);
        await frames(1);
        const ring = box(donut);
        for (const item of items) if (overlaps(ring, box(item))) hits.push(`${item.textContent!.trim().slice(0, 30)} at scroll ${y}`);
      }
      expect(hits).to.deep.equal([]);
    });
  }

  it('lays out and paints only the sections near the screen, and draws the rest as they scroll near', async () => {
    const { section } = await mountDashboard(1024);
    // A short window, so the catalog (some 1,900 px down) is well beyond the margin the browser
    // draws ahead of the scroll.
    await setViewport({ width: 1024, height: 400 });
    window.scrollTo(0, 0);
    await frames(3);
    const drawn = (tag: 'credit-summary' | 'feature-catalog') =>
      shadow(section(tag)).querySelector('[part~="base"]')!.checkVisibility({ contentVisibilityAuto: true });
    expect(drawn('credit-summary'), 'the summary, on screen').to.equal(true);
    expect(drawn('feature-catalog'), 'the catalog, far under the fold').to.equal(false);
    // Its rows are in the document all the same, for find-in-page and assistive technology.
    expect(shadow(section('feature-catalog')).querySelectorAll('[part~="row"]').length).to.be.above(3);
    section('feature-catalog').scrollIntoView();
    await frames(2);
    expect(drawn('feature-catalog'), 'the catalog, scrolled to').to.equal(true);
  });

  for (const width of WIDTHS) {
    it(`at ${width} px nothing in the dashboard is sticky or fixed`, async () => {
      const { dashboard } = await mountDashboard(width);
      const pinned = deepElements(dashboard.shadowRoot!)
        .filter((el) => ['sticky', 'fixed'].includes(getComputedStyle(el).position))
        .map((el) => `${el.localName}.${el.className}`);
      expect(pinned).to.deep.equal([]);
    });
  }

  for (const width of [1440, 1920]) {
    it(`at ${width} px the donut card and the history card share their row and their height`, async () => {
      const { section } = await mountDashboard(width);
      const pie = box(shadow(section('credit-pie')).querySelector('[part~="base"]')!);
      const history = box(shadow(section('credit-history')).querySelector('[part~="base"]')!);
      expect(Math.abs(pie.top - history.top), 'same row').to.be.below(1);
      expect(Math.abs(pie.height - history.height), 'same height').to.be.below(3);
      // The history's chart grows into the height instead of leaving a hole under it.
      const chart = box(shadow(section('credit-history')).querySelector('[part~="chart"]')!);
      expect(history.bottom - chart.bottom, 'room under the chart').to.be.below(90);
    });

    it(`at ${width} px the donut's legend sits beside the donut`, async () => {
      const { section } = await mountDashboard(width);
      const pie = shadow(section('credit-pie'));
      const donut = box(pie.querySelector('[part~="donut"]')!);
      const legend = box(pie.querySelector('[part~="legend"]')!);
      expect(legend.left).to.be.at.least(donut.right);
    });
  }

  it('at 1024 px the donut and the history each take a full row, the legend beside the donut', async () => {
    const { section, dashboard } = await mountDashboard(1024);
    const width = box(dashboard).width;
    expect(box(section('credit-pie')).width).to.be.above(width - 2);
    expect(box(section('credit-history')).width).to.be.above(width - 2);
    const pie = shadow(section('credit-pie'));
    expect(box(pie.querySelector('[part~="legend"]')!).left).to.be.at.least(box(pie.querySelector('[part~="donut"]')!).right);
  });

  it('the summary tiles fill the height of the breakdown beside them: no empty area under them', async () => {
    const { section } = await mountDashboard(1440);
    const summary = shadow(section('credit-summary'));
    const figures = box(summary.querySelector('[part~="figures"]')!);
    const breakdown = box(summary.querySelector('[part~="breakdown"]')!);
    expect(Math.abs(figures.bottom - breakdown.bottom)).to.be.below(3);
  });

  it('raises no error event on window through mount, scroll and resize, at any width, for 40 and 10,000 features', async () => {
    const errors: string[] = [];
    const onError = (event: ErrorEvent) => errors.push(event.message);
    window.addEventListener('error', onError);
    try {
      for (const features of [testData().features, bigCatalog(10_000)]) {
        const { root } = await mountDashboard(1440, { data: testData({ features }) });
        for (const width of [1920, 1024, 390, 320, 1440]) {
          await setViewport({ width, height: 900 });
          await frames(3);
          for (let y = 0; y < Math.min(document.documentElement.scrollHeight, 20_000); y += 700) {
            window.scrollTo(0, y);
            await frames(2);
          }
        }
        await settled(root);
        await frames(3);
      }
    } finally {
      window.removeEventListener('error', onError);
    }
    expect(errors).to.deep.equal([]);
  });

  it('looks the same inside a host page styled text-align:center; line-height:3; letter-spacing:2px', async () => {
    const layoutOf = async (hostStyle: string) => {
      const { dashboard } = await mountDashboard(1440, { hostStyle });
      window.scrollTo(0, 0);
      drawEverySection(dashboard);
      const origin = box(dashboard);
      // Only what has a box: a hidden element reports the viewport's corner, wherever the widget is.
      return deepElements(dashboard.shadowRoot!).filter((el) => box(el).width > 0 || box(el).height > 0).map((el) => {
        const b = box(el);
        return `${el.localName}.${el.getAttribute('class') ?? ''} ${Math.round(b.left - origin.left)},${Math.round(b.top - origin.top)} ${Math.round(b.width)}×${Math.round(b.height)}`;
      });
    };
    const plain = await layoutOf('');
    const styled = await layoutOf('text-align: center; line-height: 3; letter-spacing: 2px; word-spacing: 4px; text-transform: uppercase; font-style: italic; white-space: pre');
    const changed = styled.filter((line, i) => line !== plain[i]);
    expect(styled.length).to.equal(plain.length);
    expect(changed.slice(0, 10)).to.deep.equal([]);
  });

  it('every cell of a widget keeps start alignment under a centring host', async () => {
    const host = await fixture<HTMLElement>(html`<div style="text-align: center"></div>`);
    const { dashboard } = await mountDashboard(1440, { hostStyle: 'text-align: center' });
    host.append(dashboard.parentElement!);
    await frames(2);
    const centred = deepElements(dashboard.shadowRoot!).filter((el) => getComputedStyle(el).textAlign === 'center');
    // Buttons centre their labels by the browser's own style, the empty states and the donut's
    // centre on purpose; nothing else.
    const unexpected = centred.filter((el) => !el.matches('button, button *, .empty, .centre, .centre *'));
    expect(unexpected.map((el) => `${el.localName}.${el.getAttribute('class') ?? ''}`)).to.deep.equal([]);
  });
});

export function bigCatalog(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    id: `f${i}`,
    name: `Feature ${String(i).padStart(5, '0')}`,
    description: `Generated feature ${i}.`,
    offeringId: `offering-${i % 9}`,
    offeringName: `Offering ${i % 9}`,
    requirement: { credits: (i % 50) + 1, per: 'seat', period: 'year' as const },
    billing: 'credits' as const,
    allocated: i % 3 === 0 ? 100 : 0,
  }));
}
