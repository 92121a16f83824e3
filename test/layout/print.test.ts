import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { formatDay } from '../../src/i18n/format.js';
import { shadow } from '../helpers/dom.js';
import { AS_OF_DAY, testData } from '../helpers/providers.js';
import { box, frames, mountDashboard } from './helpers.js';

/* What a printed dashboard holds: Chromium prints the page, poppler's pdftotext reads it. */

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
  await setViewport({ width: 800, height: 600 });
});

describe('print', () => {
  it('the printed PDF holds every feature, the last day of the history, and no controls', async () => {
    await mountDashboard(1440);
    const { text } = await executeServerCommand<{ text: string; pages: number }, undefined>('print-pdf-text');
    const printed = text.replace(/\s+/g, ' ');
    const missing = testData().features.map((f) => f.name).filter((name) => !printed.includes(name));
    expect(missing, 'features missing from the PDF').to.deep.equal([]);
    expect(printed, 'the history period').to.contain(formatDay('en-US', AS_OF_DAY));
    for (const control of ['Show as table', 'View details', 'Set up allocation', 'Manage allocation', 'Search features', 'Sort by']) {
      expect(printed, control).not.to.contain(control);
    }
  });

  it('in print the history plot scales to the card, so its last day is on paper', async () => {
    const { section } = await mountDashboard(1440);
    const history = shadow(section('credit-history'));
    await emulateMedia({ media: 'print' });
    // A narrower page than the screen the plot was laid out for.
    await setViewport({ width: 700, height: 900 });
    await frames(2);
    const card = box(history.querySelector('[part~="base"]')!);
    const svg = history.querySelector('.plot-svg')!;
    expect(box(svg).right, 'the plot ends inside its card').to.be.at.most(card.right);
    const labels = [...svg.querySelectorAll('.time-axis .tick-label')];
    const last = labels.at(-1)!;
    expect(box(last).right, 'the last time label is on paper').to.be.at.most(card.right);
  });

  it('in print every catalog row shows, without its actions and filters', async () => {
    const { section } = await mountDashboard(1440);
    const catalog = shadow(section('feature-catalog'));
    await emulateMedia({ media: 'print' });
    await frames(1);
    const shown = (selector: string) => [...catalog.querySelectorAll(selector)].filter((el) => box(el).height > 0).length;
    expect(shown('[part~="row"]')).to.equal(40);
    expect(shown('[part~="action"]')).to.equal(0);
    expect(shown('[part~="filters"]')).to.equal(0);
  });
});
