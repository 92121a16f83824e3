import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { shadow } from '../helpers/dom.js';
import { testData } from '../helpers/providers.js';
import { mountDashboard } from './helpers.js';

/* A figure never breaks inside a number, in any locale. */

const TWELVE_DIGITS = 123_456_789_012;

/** The lines a piece of text is laid out on (distinct tops of its characters' boxes). */
function lineCount(node: Node): number {
  const range = document.createRange();
  range.selectNodeContents(node);
  const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
  return tops.size;
}

afterEach(() => setViewport({ width: 800, height: 600 }));

describe('figures', () => {
  for (const locale of ['en-US', 'fr-FR']) {
    it(`a 12-digit figure renders on one line at 1024 px in ${locale}`, async () => {
      const data = testData();
      const summary = { ...data.summary, totalValid: TWELVE_DIGITS, allocated: TWELVE_DIGITS - 1, balance: 1 };
      const { section } = await mountDashboard(1024, { data: { ...data, summary }, locale });
      const values = [...shadow(section('credit-summary')).querySelectorAll('[part~="value"] bdi')];
      expect(values).to.have.length(3);
      const expected = new Intl.NumberFormat(locale).format(TWELVE_DIGITS);
      expect(values[0]!.textContent!.trim()).to.equal(expected);
      expect(values.map(lineCount)).to.deep.equal([1, 1, 1]);
      // Every tile still fits inside the card.
      const card = shadow(section('credit-summary')).querySelector('[part~="base"]')!.getBoundingClientRect();
      for (const value of values) expect(value.getBoundingClientRect().right).to.be.at.most(card.right);
    });
  }

  it('a 12-digit figure stays on one line in a 320 px summary', async () => {
    const data = testData();
    const summary = { ...data.summary, totalValid: TWELVE_DIGITS, allocated: TWELVE_DIGITS - 1, balance: 1 };
    const { section } = await mountDashboard(320, { data: { ...data, summary }, locale: 'fr-FR' });
    const values = [...shadow(section('credit-summary')).querySelectorAll('[part~="value"] bdi')];
    expect(values.map(lineCount)).to.deep.equal([1, 1, 1]);
    const card = shadow(section('credit-summary')).querySelector('[part~="base"]')!.getBoundingClientRect();
    for (const value of values) expect(value.getBoundingClientRect().right).to.be.at.most(card.right + 0.5);
  });

  it('the donut centre shows a long total compactly, the exact figure in its title and the legend', async () => {
    const data = testData();
    const allocations = [{ offeringId: 'big', offeringName: 'Big', features: [{ featureId: 'f', featureName: 'F', credits: TWELVE_DIGITS }] }];
    const { section } = await mountDashboard(1024, { data: { ...data, allocations }, locale: 'fr-FR' });
    const pie = shadow(section('credit-pie'));
    const total = pie.querySelector('[part~="centre-total"]')!;
    const exact = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 2 }).format(TWELVE_DIGITS);
    expect(total.textContent!.trim()).to.equal(new Intl.NumberFormat('fr-FR', { notation: 'compact', maximumFractionDigits: 1 }).format(TWELVE_DIGITS));
    expect(total.getAttribute('title')).to.equal(exact);
    expect(lineCount(total)).to.equal(1);
    const legendCredits = pie.querySelector('.legend-item .credits [aria-hidden="true"]')!;
    expect(legendCredits.textContent!.trim()).to.equal(exact);
    expect(lineCount(legendCredits)).to.equal(1);
  });
});
