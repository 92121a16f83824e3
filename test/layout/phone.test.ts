import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../src/index.js';
import type { CreditPieElement } from '../../src/credit-pie/credit-pie.js';
import { StaticCreditProvider } from '../../src/data/static-provider.js';
import { dialogShown, ready, shadow, textOf } from '../helpers/dom.js';
import { testData } from '../helpers/providers.js';
import { box, frames, mountDashboard, TEST_FONT } from './helpers.js';

const PHONE = { width: 390, height: 844 };

afterEach(async () => {
  window.scrollTo(0, 0);
  await setViewport({ width: 800, height: 600 });
});

describe('on a phone', () => {
  it('the catalog keeps its filters behind one "Filters" control that counts the active ones', async () => {
    const { section } = await mountDashboard(PHONE.width);
    const catalog = section('feature-catalog');
    const root = shadow(catalog);
    const visible = (selector: string) => [...root.querySelectorAll(selector)].filter((el) => box(el).height > 0);
    expect(visible('select')).to.have.length(0);
    const toggle = root.querySelector<HTMLButtonElement>('[part~="filters-toggle"]')!;
    expect(textOf(toggle)).to.equal('Filters');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    toggle.click();
    await catalog.updateComplete;
    expect(visible('select')).to.have.length(4);
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const status = root.querySelector<HTMLSelectElement>('select[name="status"]')!;
    status.value = 'allocated';
    status.dispatchEvent(new Event('change'));
    catalog.offering = 'cloud-security';
    await catalog.updateComplete;
    expect(textOf(toggle)).to.equal('Filters 2 active');
  });

  it('the first feature is within one screen of the catalog heading', async () => {
    await setViewport(PHONE);
    const { section } = await mountDashboard(PHONE.width);
    const root = shadow(section('feature-catalog'));
    const heading = box(root.querySelector('[part~="title"]')!);
    const first = box(root.querySelector('[part~="row"]')!);
    expect(first.bottom - heading.top).to.be.below(PHONE.height);
  });

  it('at 320 px the status badges are never clipped', async () => {
    const { section } = await mountDashboard(320);
    const root = shadow(section('feature-catalog'));
    const clipped = [...root.querySelectorAll<HTMLElement>('[part~="status"]')].filter((badge) => {
      const card = box(badge.closest('[part~="row"]')!);
      return badge.scrollWidth > badge.clientWidth + 1 || box(badge).right > card.right || box(badge).left < card.left;
    });
    expect(clipped.map((badge) => textOf(badge))).to.deep.equal([]);
  });

  it('a details dialog is one card per row, with its title, Close and Download CSV always in view', async () => {
    await setViewport(PHONE);
    const root = await fixture<HTMLElement>(
      html`<div style="--credit-font-family: ${TEST_FONT}"><credit-pie .provider=${new StaticCreditProvider(testData())} locale="en-US"></credit-pie></div>`,
    );
    const el = root.querySelector<CreditPieElement>('credit-pie')!;
    await ready(el);
    shadow(el).querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
    const dialog = await dialogShown(shadow(el).querySelector('dialog')!);
    await frames(1);
    const body = dialog.querySelector<HTMLElement>('.dialog-body')!;
    const rows = [...body.querySelectorAll('tbody tr')];
    expect(rows.every((row) => getComputedStyle(row).display === 'block'), 'rows are cards').to.equal(true);
    expect(body.scrollWidth, 'nothing scrolls sideways').to.be.at.most(body.clientWidth);
    const inView = () =>
      ['[part~="dialog-close"]', '.dialog-header h2', '[part~="csv-button"]'].map((selector) => {
        const b = box(dialog.querySelector(selector)!);
        return b.top >= 0 && b.bottom <= PHONE.height;
      });
    expect(inView()).to.deep.equal([true, true, true]);
    body.scrollTop = body.scrollHeight;
    await frames(1);
    expect(body.scrollTop, 'the body scrolls').to.be.above(0);
    expect(inView()).to.deep.equal([true, true, true]);
    // A credits figure keeps its label in the card.
    const cell = body.querySelector('.feature-row td')!;
    expect(getComputedStyle(cell, '::before').content).to.equal('"Credits"');
  });

  it('the outlook shows each change as a card with labelled figures, nothing scrolling sideways', async () => {
    const { section } = await mountDashboard(PHONE.width);
    const changes = shadow(section('credit-outlook')).querySelector<HTMLElement>('[part~="changes"]')!;
    const rows = [...changes.querySelectorAll('tbody tr:not(.column-heads)')];
    expect(rows.length).to.be.above(2);
    expect(rows.every((row) => getComputedStyle(row).display === 'block'), 'rows are cards').to.equal(true);
    expect(changes.scrollWidth, 'nothing scrolls sideways').to.be.at.most(changes.clientWidth);
    const labels = [...rows[0]!.querySelectorAll('td[data-label]')].map((cell) => getComputedStyle(cell, '::before').content);
    expect(labels).to.deep.equal(['"Change"', '"Valid credits after"', '"Balance after"']);
    // The column heads are left to assistive technology: each card labels its own figures.
    expect(changes.querySelector('.column-heads')!.getBoundingClientRect().height).to.be.at.most(1);
  });
});
