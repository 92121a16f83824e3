import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/credit-pie/define.js';
import type { CreditPieElement } from '../../src/credit-pie/credit-pie.js';
import { StaticCreditProvider } from '../../src/data/static-provider.js';
import '../../src/locales/all.js';
import { ready, shadow } from '../helpers/dom.js';
import { testData } from '../helpers/providers.js';
import { box, overlaps, TEST_FONT } from './helpers.js';

async function pie(width: number, locale = 'en-US', dir = 'ltr'): Promise<CreditPieElement> {
  const root = await fixture<HTMLElement>(
    html`<div dir=${dir} style="inline-size: ${width}px; --credit-font-family: ${TEST_FONT}">
      <credit-pie .provider=${new StaticCreditProvider(testData())} locale=${locale}></credit-pie>
    </div>`,
  );
  const el = root.querySelector('credit-pie')!;
  await ready(el);
  return el;
}

const $$ = (el: CreditPieElement, selector: string) => [...shadow(el).querySelectorAll<HTMLElement>(selector)];

/** The first text node under `element` with some text (Lit puts comment markers first). */
function textNode(element: Element, pattern = /\S/): Text {
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (pattern.test(node.textContent!)) return node as Text;
  throw new Error(`no text matching ${pattern} in ${element.localName}`);
}

/** The box of one character of a text node. */
function charBox(text: Text, index: number): DOMRect {
  const range = document.createRange();
  range.setStart(text, index);
  range.setEnd(text, index + 1);
  return range.getBoundingClientRect();
}

describe('donut geometry', () => {
  for (const width of [320, 600]) {
    it(`at ${width} px the tooltip never covers the centre figures, and the legend never moves`, async () => {
      const el = await pie(width);
      // Positions within the pie: focusing an item may scroll the page.
      const legendTops = () => $$(el, '[part~="legend-item"]').map((item) => Math.round(box(item).top - box(el).top));
      const legendBefore = legendTops();
      const covered: string[] = [];
      const check = async (what: string) => {
        await el.updateComplete;
        const tooltip = shadow(el).querySelector('[role="tooltip"]');
        if (!tooltip) return covered.push(`${what}: no tooltip`);
        const centre = $$(el, '[part~="centre-total"], [part~="centre-share"]').map(box);
        if (centre.some((figure) => overlaps(box(tooltip), figure))) covered.push(what);
        const legendNow = legendTops();
        if (legendNow.join() !== legendBefore.join()) covered.push(`${what}: the legend moved`);
      };
      for (const [i, slice] of $$(el, 'path[part~="slice"]').entries()) {
        slice.dispatchEvent(new PointerEvent('pointerenter'));
        await check(`slice ${i + 1}`);
      }
      shadow(el).querySelector('.ring')!.dispatchEvent(new PointerEvent('pointerleave'));
      for (const [i, item] of $$(el, '[part~="legend-item"]').entries()) {
        item.focus();
        await check(`legend item ${i + 1}`);
      }
      expect(covered).to.deep.equal([]);
    });
  }

  it("names each legend button for what pressing it does", async () => {
    const el = await pie(600);
    const item = $$(el, '[part~="legend-item"]')[2]!;
    expect(item.textContent!.replace(/\s+/g, ' ').trim()).to.match(/^Filter features by Cloud Security 63,600/);
  });

  it('in Japanese the centre label breaks between phrases, never inside a word, at any donut size', async () => {
    const split: string[] = [];
    let wrapped = 0;
    for (let size = 190; size <= 260; size += 5) {
      const el = await pie(600, 'ja');
      el.style.setProperty('--credit-pie-size', `${size}px`);
      await el.updateComplete;
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      const text = textNode(shadow(el).querySelector('.centre-label')!);
      const content = text.textContent!;
      const topOf = (index: number) => Math.round(charBox(text, index).top);
      if (new Set([...content].map((_, i) => topOf(i))).size > 1) wrapped++;
      for (const word of ['クレジット', '割り当て']) {
        const at = content.indexOf(word);
        if (new Set([...word].map((_, i) => topOf(at + i))).size > 1) split.push(`${word} at ${size} px`);
      }
    }
    expect(wrapped, 'the label wraps at some sizes').to.be.above(0);
    expect(split).to.deep.equal([]);
  });
});

describe('donut in forced colours', () => {
  afterEach(() => emulateMedia({ forcedColors: 'none' }));

  it('matches every slice to its legend rows by a pattern, each slice its own', async () => {
    await emulateMedia({ forcedColors: 'active' });
    const el = await pie(600);
    const fillOf = (element: Element) => getComputedStyle(element).fill;
    const slices = $$(el, 'path[part~="slice"]');
    const sliceFills = slices.map(fillOf);
    expect(new Set(sliceFills).size, 'distinct slices').to.equal(slices.length);
    expect(sliceFills.every((fill) => fill.startsWith('url('))).to.equal(true);
    for (const swatch of $$(el, '[part~="swatch"]')) {
      const series = Number(swatch.getAttribute('data-series'));
      expect(fillOf(swatch.querySelector('.swatch-fill')!), `swatch ${series}`).to.equal(sliceFills[series - 1]);
    }
  });
});
