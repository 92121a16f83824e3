import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import { shadow } from '../helpers/dom.js';
import { testData } from '../helpers/providers.js';
import { box, mountDashboard } from './helpers.js';

/*
 * The catalog flows with the page. Its own file: this page must never have loaded the
 * virtualizer, which a 40-feature catalog must not need.
 */

afterEach(() => setViewport({ width: 800, height: 600 }));

describe('catalog in the page', () => {
  it('has every feature name of a 40-feature catalog in the DOM while below the fold, and loads no virtualizer', async () => {
    const { section } = await mountDashboard(1440);
    const catalog = section('feature-catalog');
    expect(box(catalog).top, 'the catalog starts below the fold').to.be.above(window.innerHeight);
    const names = [...shadow(catalog).querySelectorAll('[part~="name"]')].map((name) => name.textContent);
    expect(names).to.have.members(testData().features.map((f) => f.name));
    const loaded = performance.getEntriesByType('resource').filter((entry) => /virtualizer|catalog-virtual/.test(entry.name));
    expect(loaded.map((entry) => entry.name)).to.deep.equal([]);
  });

  it('has no scroll box of its own: the page scrolls it', async () => {
    const { section } = await mountDashboard(1440);
    const root = shadow(section('feature-catalog'));
    const table = root.querySelector('[part~="table"]')!;
    expect(table.scrollHeight).to.be.at.most(table.clientHeight + 1);
    expect(['auto', 'scroll']).not.to.include(getComputedStyle(table).overflowY);
  });
});
