import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import { html as litHtml } from 'lit';
import { CreditElement } from '../../src/base/credit-element.js';
import { SectionController } from '../../src/base/section-controller.js';
import { StaticCreditProvider } from '../../src/data/static-provider.js';
import { sharedStrings } from '../../src/i18n/strings.js';
import '../../src/credit-history/define.js';
import type { CreditHistoryElement } from '../../src/credit-history/credit-history.js';
import { shadow } from '../helpers/dom.js';
import { ManualProvider, testData } from '../helpers/providers.js';

/**
 * Records what each render showed: the summary's status, and the history's, whose period (its
 * key) is known only once the summary has answered, as in <credit-history>.
 */
class RenderLog extends CreditElement {
  protected readonly defaultStrings = sharedStrings;
  readonly renders: string[] = [];
  /** No period at all, as a history whose attributes name none: its section is never asked for. */
  noPeriod = false;
  readonly summary = new SectionController(this, 'summary');
  readonly history = new SectionController(this, 'history', () =>
    this.summary.value && !this.noPeriod ? { from: '2026-11-20', to: '2026-11-26' } : undefined,
  );
  protected override render() {
    this.renders.push(`${this.summary.state.status}/${this.history.state.status}`);
    return litHtml`<output>${this.renders.at(-1)}</output>`;
  }
}
customElements.define('render-log', RenderLog);

const week = () => testData().history.filter((point) => point.date >= '2026-11-20' && point.date <= '2026-11-26');

/** Answers at once, from memory, as StaticCreditProvider does: in promise callbacks. */
const instant = () => new StaticCreditProvider(testData());

describe('a render waits for answers that come at once', () => {
  it('renders once, with the content, when every answer comes at once', async () => {
    // The history's key comes from the summary's answer: it is asked for without a render between.
    const el = await fixture<RenderLog>(html`<render-log .provider=${instant()}></render-log>`);
    await el.updateComplete;
    expect(el.renders).to.deep.equal(['ready/ready']);
  });

  it('does not wait for a section that cannot be asked for', async () => {
    const el = document.createElement('render-log') as RenderLog;
    el.noPeriod = true;
    el.provider = instant();
    document.body.append(el);
    try {
      // Asked for now, this callback runs first in the next frame: before any the element asks for.
      const atNextFrame = await new Promise<string[]>((resolve) => requestAnimationFrame(() => resolve([...el.renders])));
      expect(atNextFrame).to.deep.equal(['ready/loading']);
    } finally {
      el.remove();
    }
  });

  it('shows the skeleton in the next frame when an answer takes longer', async () => {
    const provider = new ManualProvider();
    const el = await fixture<RenderLog>(html`<render-log .provider=${provider}></render-log>`);
    await nextFrame();
    await el.updateComplete;
    expect(shadow(el).querySelector('output')?.textContent).to.equal('loading/loading');
    provider.requests('summary')[0]!.resolve(testData().summary);
    await waitUntil(() => provider.requests('history').length === 1);
    provider.requests('history')[0]!.resolve(week());
    await waitUntil(() => shadow(el).querySelector('output')?.textContent === 'ready/ready');
  });

  it('lets the history put its skeleton on screen first, then draws once every answer is in', async () => {
    const el = document.createElement('credit-history') as CreditHistoryElement;
    el.provider = instant();
    el.style.inlineSize = '640px';
    const bodies: string[] = [];
    const seen = new MutationObserver(() => {
      const root = el.shadowRoot!;
      const period = root.querySelector('[part="period"]')?.textContent?.trim();
      const body = root.querySelector('.plot-svg .line.valid') ? 'chart' : period ? 'summary alone' : 'skeleton';
      if (bodies.at(-1) !== body) bodies.push(body);
    });
    document.body.append(el);
    seen.observe(el.shadowRoot!, { subtree: true, childList: true });
    try {
      await waitUntil(() => bodies.includes('chart'), 'the history did not draw');
      // The skeleton's plot box is measured for the drawing; no render shows the summary alone.
      expect(bodies).to.deep.equal(['skeleton', 'chart']);
    } finally {
      seen.disconnect();
      el.remove();
    }
  });
});
