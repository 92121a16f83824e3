import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { DetailsDialog } from '../../src/details/details-dialog.js';
import { toCsv } from '../../src/details/csv.js';
import { sharedStrings } from '../../src/i18n/strings.js';
import { shadow } from '../helpers/dom.js';

class DialogProbe extends LitElement {
  readonly dialog = new DetailsDialog(this);
  protected override render() {
    return litHtml`<button id="open" @click=${(e: Event) => this.dialog.show(e.currentTarget as HTMLElement)}>Open</button>
      ${this.dialog.render(sharedStrings, () => ({
        title: 'Probe details',
        body: litHtml`<p>Body</p>`,
        csv: { filename: 'probe.csv', rows: [['a', 1]] },
      }))}`;
  }
}
customElements.define('dialog-probe', DialogProbe);

describe('the details dialog', () => {
  it('opens modally with its title, takes focus, closes on Escape and returns focus', async () => {
    const probe = await fixture<DialogProbe>(html`<dialog-probe></dialog-probe>`);
    const opener = shadow(probe).querySelector<HTMLButtonElement>('#open')!;
    opener.focus();
    opener.click();
    await waitUntil(() => shadow(probe).querySelector('dialog')!.open);
    const dialog = shadow(probe).querySelector('dialog')!;
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.getAttribute('aria-labelledby')).to.equal(dialog.querySelector('h2')!.id);
    expect(dialog.contains(shadow(probe).activeElement)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !dialog.open);
    await probe.updateComplete;
    expect(shadow(probe).activeElement).to.equal(opener);
    expect(dialog.querySelector('h2')).to.equal(null);
  });

  it('is accessible while open', async () => {
    const probe = await fixture<DialogProbe>(html`<dialog-probe></dialog-probe>`);
    shadow(probe).querySelector<HTMLButtonElement>('#open')!.click();
    await waitUntil(() => shadow(probe).querySelector('dialog')!.open);
    await expect(probe).to.be.accessible();
  });
});

describe('CSV', () => {
  it('quotes separators and neutralises spreadsheet formulas in text', () => {
    expect(toCsv([['name', 'credits'], ['Pro, "gold"', 300], ['=HYPERLINK("x")', -5]])).to.equal(
      'name,credits\r\n"Pro, ""gold""",300\r\n"\'=HYPERLINK(""x"")",-5\r\n',
    );
  });
});
