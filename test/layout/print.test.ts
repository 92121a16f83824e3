import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { formatDay } from '../../src/i18n/format.js';
import { shadow } from '../helpers/dom.js';
import { AS_OF_DAY, testData } from '../helpers/providers.js';
import { box, frames, mountDashboard } from './helpers.js';

/* What a printed dashboard holds: Chromium prints the page, poppler's pdftotext reads it. */

interface PrintedPdf {
  text: string;
  pages: number;
  words: { word: string; width: number }[];
}

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
  await setViewport({ width: 800, height: 600 });
});

describe('print', () => {
  it('the printed PDF holds every feature, the last day of the history, and no controls', async () => {
    await mountDashboard(1440);
    const { text } = await executeServerCommand<PrintedPdf, undefined>('print-pdf-text');
    const printed = text.replace(/\s+/g, ' ');
    const missing = testData().features.map((f) => f.name).filter((name) => !printed.includes(name));
    expect(missing, 'features missing from the PDF').to.deep.equal([]);
    expect(printed, 'the history period').to.contain(formatDay('en-US', AS_OF_DAY));
    for (const control of ['Show as table', 'View details', 'Set up allocation', 'Manage allocation', 'Search features', 'Sort by']) {
      expect(printed, control).not.to.contain(control);
    }
  });

  // Printing lays the page out again at the paper's width without re-measuring the chart, so
  // a plot drawn for a 1920 px screen must scale down into its box. If it overflowed instead,
  // Chromium would shrink the whole page to fit it: every word would print smaller than its
  // CSS size (1 px = 0.75 pt), and the history's right end would be lost past a factor of two.
  it('printed from a wide screen, the history keeps every month on paper and nothing prints shrunk', async () => {
    const { section } = await mountDashboard(1920);
    const svg = shadow(section('credit-history')).querySelector('.plot-svg')!;
    expect(box(svg).width, 'drawn wider than the paper').to.be.above(800);
    const labels = [...svg.querySelectorAll('.time-axis .tick-label')].map((label) => label.textContent!.trim());
    expect(labels.length).to.be.above(6);
    const { text, words } = await executeServerCommand<PrintedPdf, undefined>('print-pdf-text');
    const printed = text.replace(/\s+/g, ' ');
    // The history's part of the page; pdftotext may read its words in another order.
    const history = printed.slice(printed.indexOf('Credit history'), printed.indexOf('All available features'));
    const missing = labels.filter((label) => !new RegExp(`(^| )${label}( |$)`).test(history));
    expect(missing, 'time-axis labels missing from the printed history').to.deep.equal([]);

    await emulateMedia({ media: 'print' });
    const heading = shadow(section('credit-summary')).querySelector('[part~="title"]')!;
    const title = [...heading.childNodes].find((node): node is Text => node instanceof Text && node.data.includes('summary'))!;
    const range = document.createRange();
    range.setStart(title, title.data.indexOf('summary'));
    range.setEnd(title, title.data.indexOf('summary') + 'summary'.length);
    const cssPoints = range.getBoundingClientRect().width * 0.75;
    const printedPoints = words.find((w) => w.word === 'summary')!.width;
    expect(printedPoints / cssPoints, 'printed size of "summary" in the summary card title over its CSS size').to.be.within(0.95, 1.05);
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
