import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { RovingFocusController } from '../../src/base/roving-focus-controller.js';
import { isRtl } from '../../src/i18n/locale.js';
import { shadow } from '../helpers/dom.js';

/** A list of buttons with one tab stop; `preferred` stands for a selection. */
class RovingProbe extends LitElement {
  static override properties = { ids: { attribute: false }, preferred: {} };
  ids: string[] = ['a', 'b', 'c', 'd'];
  preferred: string | undefined;
  readonly roving = new RovingFocusController(this, {
    items: () => [...this.renderRoot.querySelectorAll<HTMLElement>('.item')],
    idOf: (item) => item.dataset.id,
    isRtl: () => isRtl(this),
  });

  protected override render() {
    const tabStop = this.roving.tabStop(this.ids, this.preferred);
    return litHtml`<button class="before">Before</button>
      <ul @keydown=${this.roving.onKeydown} @focusin=${this.roving.onFocusIn} @focusout=${this.roving.onFocusOut}>
        ${this.ids.map((id) => litHtml`<li><button class="item" data-id=${id} tabindex=${id === tabStop ? 0 : -1}>${id}</button></li>`)}
      </ul>
      <button class="after">After</button>`;
  }
}
customElements.define('roving-probe', RovingProbe);

const $ = (el: RovingProbe, selector: string) => shadow(el).querySelector<HTMLButtonElement>(selector)!;
const items = (el: RovingProbe) => [...shadow(el).querySelectorAll<HTMLButtonElement>('.item')];
/** The id of the focused item, undefined when none has the focus. */
const focusedId = (el: RovingProbe) => (shadow(el).activeElement as HTMLElement | null)?.dataset.id;
const tabStops = (el: RovingProbe) => items(el).filter((item) => item.tabIndex === 0).map((item) => item.dataset.id);

async function press(el: RovingProbe, key: string): Promise<void> {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('RovingFocusController', () => {
  it('makes the list one tab stop, on the first item by default', async () => {
    const el = await fixture<RovingProbe>(html`<roving-probe></roving-probe>`);
    expect(tabStops(el)).to.deep.equal(['a']);
    $(el, '.before').focus();
    await press(el, 'Tab');
    expect(focusedId(el)).to.equal('a');
    await press(el, 'Tab');
    expect(shadow(el).activeElement === $(el, '.after')).to.equal(true);
  });

  it('puts the tab stop on the preferred item until another one is focused', async () => {
    const el = await fixture<RovingProbe>(html`<roving-probe preferred="c"></roving-probe>`);
    expect(tabStops(el)).to.deep.equal(['c']);
    items(el)[1]!.focus();
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['b']);
  });

  it('moves forward with ArrowDown and ArrowRight, back with ArrowUp and ArrowLeft, stopping at the ends', async () => {
    const el = await fixture<RovingProbe>(html`<roving-probe></roving-probe>`);
    items(el)[0]!.focus();
    await press(el, 'ArrowUp');
    expect(focusedId(el)).to.equal('a');
    await press(el, 'ArrowDown');
    expect(focusedId(el)).to.equal('b');
    await press(el, 'ArrowRight');
    expect(focusedId(el)).to.equal('c');
    await press(el, 'ArrowLeft');
    expect(focusedId(el)).to.equal('b');
    await press(el, 'ArrowUp');
    await press(el, 'ArrowLeft');
    expect(focusedId(el)).to.equal('a');
  });

  it('swaps ArrowLeft and ArrowRight in RTL', async () => {
    const root = await fixture<HTMLElement>(html`<div dir="rtl"><roving-probe></roving-probe></div>`);
    const el = root.querySelector<RovingProbe>('roving-probe')!;
    await el.updateComplete;
    items(el)[0]!.focus();
    await press(el, 'ArrowLeft');
    expect(focusedId(el)).to.equal('b');
    await press(el, 'ArrowRight');
    expect(focusedId(el)).to.equal('a');
  });

  it('jumps to the last item with End and to the first with Home', async () => {
    const el = await fixture<RovingProbe>(html`<roving-probe></roving-probe>`);
    items(el)[1]!.focus();
    await press(el, 'End');
    expect(focusedId(el)).to.equal('d');
    await press(el, 'Home');
    expect(focusedId(el)).to.equal('a');
  });

  it('leaves other keys, and keys outside the items, to the page', async () => {
    const el = await fixture<RovingProbe>(html`<roving-probe></roving-probe>`);
    const other = new KeyboardEvent('keydown', { key: 'x', bubbles: true, cancelable: true });
    items(el)[0]!.dispatchEvent(other);
    expect(other.defaultPrevented).to.equal(false);
    const outside = new KeyboardEvent('keydown', { key: 'End', bubbles: true, cancelable: true });
    $(el, 'ul').dispatchEvent(outside);
    expect(outside.defaultPrevented).to.equal(false);
  });

  it('remembers the last focused item as the tab stop, after the focus has left', async () => {
    const el = await fixture<RovingProbe>(html`<roving-probe preferred="a"></roving-probe>`);
    items(el)[0]!.focus();
    await press(el, 'ArrowDown');
    await press(el, 'ArrowDown');
    $(el, '.after').focus();
    await el.updateComplete;
    expect(items(el).map((item) => item.tabIndex)).to.deep.equal([-1, -1, 0, -1]);
    await press(el, 'Shift+Tab');
    expect(focusedId(el)).to.equal('c');
  });

  it('falls back to the preferred item when the remembered one is gone', async () => {
    const el = await fixture<RovingProbe>(html`<roving-probe preferred="d"></roving-probe>`);
    items(el)[1]!.focus();
    el.ids = ['a', 'c', 'd'];
    await el.updateComplete;
    expect(tabStops(el)).to.deep.equal(['d']);
  });

  it('says which item has the focus while it is in the list, and none once it leaves', async () => {
    const el = await fixture<RovingProbe>(html`<roving-probe></roving-probe>`);
    expect(el.roving.focused).to.equal(undefined);
    items(el)[2]!.focus();
    expect(el.roving.focused).to.equal('c');
    await press(el, 'ArrowDown');
    expect(el.roving.focused).to.equal('d');
    $(el, '.after').focus();
    expect(el.roving.focused).to.equal(undefined);
  });
});
