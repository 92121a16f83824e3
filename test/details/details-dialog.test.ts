import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { LitElement, html as litHtml } from 'lit';
import { DetailsDialog } from '../../src/details/details-dialog.js';
import { toCsv } from '../../src/details/csv.js';
import { sharedStrings } from '../../src/i18n/strings.js';
import { shadow } from '../helpers/dom.js';

class DialogProbe extends LitElement {
  readonly dialog = new DetailsDialog(this, () => Promise.resolve(undefined));
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

/** Its content's module is missing on the first try (a real import that fails), there on the next. */
class FlakyProbe extends LitElement {
  attempts = 0;
  readonly dialog = new DetailsDialog(this, () =>
    this.attempts++ === 0 ? import(/* @vite-ignore */ `/no-such-chunk-${Date.now()}.js`) : Promise.resolve(undefined),
  );
  protected override render() {
    return litHtml`<button id="open" @click=${(e: Event) => this.dialog.show(e.currentTarget as HTMLElement)}>Open</button>
      ${this.dialog.render(sharedStrings, () => ({ title: 'Flaky details', body: litHtml`<p>Body</p>` }))}`;
  }
}
customElements.define('flaky-probe', FlakyProbe);

describe('the details dialog when its content cannot be loaded', () => {
  it('opens at once, says so with Retry, and shows the content once Retry loads it', async () => {
    const probe = await fixture<FlakyProbe>(html`<flaky-probe></flaky-probe>`);
    shadow(probe).querySelector<HTMLButtonElement>('#open')!.click();
    const dialog = () => shadow(probe).querySelector('dialog')!;
    await waitUntil(() => dialog().open, 'the dialog did not open');
    await waitUntil(() => dialog().querySelector('[part~="error"]'), 'the failure was not said', { timeout: 5000 });
    expect(dialog().querySelector('[role="alert"]')!.textContent).to.include(sharedStrings.loadFailed);
    expect(dialog().querySelector('h2')!.textContent).to.equal(sharedStrings.errorTitle);
    const retry = dialog().querySelector<HTMLButtonElement>('[part~="retry-button"]')!;
    retry.focus();
    retry.click();
    await waitUntil(() => dialog().querySelector('h2')?.textContent === 'Flaky details', 'Retry did not load the content');
    await probe.updateComplete;
    expect(dialog().open).to.equal(true);
    expect(dialog().contains(shadow(probe).activeElement), 'the focus left the dialog').to.equal(true);
    expect(probe.attempts).to.equal(2);
  });
});

describe('CSV', () => {
  it('quotes separators and neutralises spreadsheet formulas in text', () => {
    expect(toCsv([['name', 'credits'], ['Pro, "gold"', 300], ['=HYPERLINK("x")', -5]])).to.equal(
      'name,credits\r\n"Pro, ""gold""",300\r\n"\'=HYPERLINK(""x"")",-5\r\n',
    );
  });

  it('neutralises every start a spreadsheet skips or runs: blanks, controls, bidi marks, full-width signs, DDE', () => {
    const starts = [' =1+1', '\u00a0=1+1', '\n=1+1', '\t=1+1', '\r=1+1', '\ufeff=1+1', '\u202e=1+1', '\u200b=1+1', '＝1+1', '＋1', '－1', '＠SUM(A1)', '|calc', '｜calc', '%0A', '+1', '-1', '@SUM(A1)'];
    for (const text of starts) {
      const [line] = toCsv([[text]]).split('\r\n');
      expect(line!.replace(/^"/, ''), JSON.stringify(text)).to.match(/^'/);
    }
    expect(toCsv([['Endpoint Sensor', 'a=b', 'Zero Trust']])).to.equal('Endpoint Sensor,a=b,Zero Trust\r\n');
  });

  it('quotes semicolons, which spreadsheets in decimal-comma locales split on', () => {
    expect(toCsv([['a;b']])).to.equal('"a;b"\r\n');
  });

  it('writes credits exactly to the hundredth, in plain decimal notation', () => {
    expect(toCsv([[0.1 + 0.2, 1e-7, 2.675, 1e21, -0, 70_368_744_177_663]])).to.equal('0.3,0,2.68,1000000000000000000000,0,70368744177663\r\n');
  });
});
