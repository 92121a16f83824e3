import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement, TemplateResult } from 'lit';
import '../../src/credit-dashboard/define.js';
import '../../src/credit-provider/define.js';
import type { CreditDataProvider } from '../../src/data/types.js';
import { formatCredits } from '../../src/i18n/format.js';
import { ready, shadow, textOf } from '../helpers/dom.js';
import { CountingProvider, settle, testData } from '../helpers/providers.js';

/*
 * However many widgets a page shows, each section is asked of the provider once: the cache
 * is per provider object, so widgets under any number of <credit-provider> elements and
 * widgets given the provider directly all share it.
 */

const TAGS = ['credit-summary', 'credit-pie', 'credit-history', 'feature-catalog'] as const;
const ONCE = { summary: 1, grants: 1, allocations: 1, history: 1, features: 1 };

/** The i-th of 50 widgets, cycling through the four kinds; with `provider`, given it directly. */
function widget(i: number, provider?: CreditDataProvider): TemplateResult {
  const tag = TAGS[i % TAGS.length]!;
  switch (tag) {
    case 'credit-summary':
      return html`<credit-summary locale="en-US" .provider=${provider}></credit-summary>`;
    case 'credit-pie':
      return html`<credit-pie locale="en-US" .provider=${provider}></credit-pie>`;
    case 'credit-history':
      return html`<credit-history locale="en-US" .provider=${provider}></credit-history>`;
    case 'feature-catalog':
      return html`<feature-catalog locale="en-US" .provider=${provider}></feature-catalog>`;
  }
}

const FIFTY = Array.from({ length: 50 }, (_, i) => i);

async function allReady(root: Element): Promise<LitElement[]> {
  const widgets = [...root.querySelectorAll<LitElement>(TAGS.join(','))];
  expect(widgets).to.have.length(50);
  for (const element of widgets) await ready(element);
  return widgets;
}

describe('sharing: 50 widgets, one provider', function () {
  this.timeout(60_000);

  it('under one <credit-provider>: one request per section, and one per section again after a change', async () => {
    const provider = new CountingProvider();
    const root = await fixture(html`<credit-provider .provider=${provider}>${FIFTY.map((i) => widget(i))}</credit-provider>`);
    const widgets = await allReady(root);
    expect(provider.calls).to.deep.equal(ONCE);

    const data = testData();
    const allocated = data.summary.allocated + 1;
    provider.update({ ...data, summary: { ...data.summary, allocated } });
    const summaries = widgets.filter((element) => element.localName === 'credit-summary');
    const shown = (element: LitElement) => textOf(shadow(element).querySelector('[part~="figure-allocated"] [part~="value"]')!);
    // 50 widgets re-render on one refetch per section: give a loaded CI time.
    await waitUntil(() => summaries.every((element) => shown(element) === formatCredits('en-US', allocated)), 'the change did not show', { timeout: 5_000 });
    await settle();
    expect(provider.calls).to.deep.equal({ summary: 2, grants: 2, allocations: 2, history: 2, features: 2 });
  });

  it('given directly to each widget: one request per section', async () => {
    const provider = new CountingProvider();
    const root = await fixture(html`<div>${FIFTY.map((i) => widget(i, provider))}</div>`);
    await allReady(root);
    expect(provider.calls).to.deep.equal(ONCE);
  });

  it('under ten <credit-provider> elements and given directly, mixed: one request per section', async () => {
    const provider = new CountingProvider();
    const root = await fixture(html`<div>
      ${Array.from(
        { length: 10 },
        (_, group) => html`<credit-provider .provider=${provider}>
          ${FIFTY.slice(group * 4, group * 4 + 4).map((i) => widget(i))}
        </credit-provider>`,
      )}
      ${FIFTY.slice(40).map((i) => widget(i, provider))}
    </div>`);
    await allReady(root);
    expect(provider.calls).to.deep.equal(ONCE);
  });
});
