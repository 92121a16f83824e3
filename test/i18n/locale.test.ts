import { expect, fixture, html } from '@open-wc/testing';
import { isRtl } from '../../src/i18n/locale.js';

describe('isRtl', () => {
  it('follows the nearest dir attribute, across shadow roots', async () => {
    const page = await fixture<HTMLDivElement>(html`<div dir="rtl"><span></span><p dir="ltr"><span></span></p></div>`);
    const [inRtl, inLtr] = page.querySelectorAll('span');
    expect(isRtl(inRtl!)).to.equal(true);
    expect(isRtl(inLtr!)).to.equal(false);

    // A widget's shadow content reads its host's direction, as the chart inside it does.
    const host = document.createElement('div');
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    inRtl!.append(host);
    expect(isRtl(inner)).to.equal(true);
    page.dir = 'ltr';
    expect(isRtl(inner)).to.equal(false);
  });

  it('is left to right without any dir attribute', async () => {
    const element = await fixture<HTMLSpanElement>(html`<span></span>`);
    expect(isRtl(element)).to.equal(false);
  });
});
