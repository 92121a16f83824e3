import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LitElement } from 'lit';
import '../../src/credit-dashboard/define.js';
import '../../src/credit-provider/define.js';
import '../../src/credit-summary/define.js';
import type { CreditProviderElement } from '../../src/credit-provider/credit-provider.js';
import type { CreditSummaryElement } from '../../src/credit-summary/credit-summary.js';
import { StaticCreditProvider } from '../../src/data/static-provider.js';
import type { CreditChange, CreditData, CreditDataProvider, CreditSummary, ProviderRequest } from '../../src/data/types.js';
import type { CreditDataErrorDetail } from '../../src/events/data-error.js';
import { formatCredits } from '../../src/i18n/format.js';
import { ready, shadow, textOf } from '../helpers/dom.js';
import { CountingProvider, ManualProvider, settle, testData } from '../helpers/providers.js';
import { pageFaults } from './scan.js';

/*
 * A provider can fail in every way a promise can, and a few more: reject, throw before
 * returning a promise, never answer, answer late, be swapped while a request is out, or shout
 * a thousand changes at once. Each time the widget shows a precise error with Retry (or the
 * right data), tells the host through `credit-data-error`, throws nothing, and recovers.
 */

/** A StaticCreditProvider whose next summary answers can be scripted one by one. */
class ScriptedProvider extends StaticCreditProvider {
  readonly script: ((req: ProviderRequest) => Promise<CreditSummary>)[] = [];
  readonly signals: AbortSignal[] = [];
  constructor(data: CreditData = testData()) {
    super(data);
  }
  override getSummary(req: ProviderRequest): Promise<CreditSummary> {
    this.signals.push(req.signal);
    return this.script.shift()?.(req) ?? super.getSummary(req);
  }
}

interface Mounted {
  host: CreditProviderElement;
  summary: CreditSummaryElement;
  errors: CreditDataErrorDetail[];
}

async function mountSummary(provider: CreditDataProvider, timeoutMs = 30_000): Promise<Mounted> {
  const errors: CreditDataErrorDetail[] = [];
  const host = await fixture<CreditProviderElement>(html`<credit-provider
    .provider=${provider}
    timeout-ms=${timeoutMs}
    @credit-data-error=${(event: CustomEvent<CreditDataErrorDetail>) => errors.push(event.detail)}
  >
    <credit-summary locale="en-US"></credit-summary>
  </credit-provider>`);
  return { host, summary: host.querySelector('credit-summary')!, errors };
}

/** The technical message under the error's Details (the user reads plain words above it). */
const errorMessage = (element: LitElement) => shadow(element).querySelector('[part~="error-details"] .technical')?.textContent?.trim();
const plainWords = (element: LitElement) => shadow(element).querySelector('.state.error .message')?.textContent?.trim();
const balance = (element: LitElement) =>
  textOf(shadow(element).querySelector('[part~="figure-balance"] [part~="value"]') ?? shadow(element));
const balanceOf = (summary: CreditSummary) => formatCredits('en-US', summary.totalValid - summary.allocated);
const DATA = testData();

/**
 * Shows the plain words of `code` with Retry and `message` under Details, reported once to
 * the host; Retry then shows the real figures.
 */
async function expectErrorThenRecovery({ summary, errors }: Mounted, message: string, code: 'provider' | 'timeout' = 'provider'): Promise<void> {
  await waitUntil(() => errorMessage(summary) === message, `never showed "${message}"; showed "${errorMessage(summary)}"`);
  expect(shadow(summary).querySelector('[part~="error"]')!.getAttribute('role')).to.equal('alert');
  expect(plainWords(summary)).to.equal(code === 'timeout' ? 'The credit service did not answer in time.' : 'The credit data could not be loaded.');
  expect(errors).to.deep.equal([{ section: 'summary', message, code }]);
  shadow(summary).querySelector<HTMLButtonElement>('[part~="retry-button"]')!.click();
  await waitUntil(() => balance(summary) === balanceOf(DATA.summary), 'Retry did not recover');
}

const faults = pageFaults();

describe('provider faults', () => {
  beforeEach(() => faults.start());
  afterEach(() => {
    faults.stop();
    expect(faults.faults, 'uncaught errors').to.deep.equal([]);
  });

  it('a rejection shows its reason with Retry, is reported, and Retry recovers', async () => {
    const provider = new ScriptedProvider();
    provider.script.push(() => Promise.reject(new Error('Credit service returned 502 Bad Gateway')));
    await expectErrorThenRecovery(await mountSummary(provider), 'Credit service returned 502 Bad Gateway');
  });

  it('a rejection without a reason still says what happened, in words', async () => {
    const provider = new ScriptedProvider();
    provider.script.push(() => Promise.reject(undefined));
    await expectErrorThenRecovery(await mountSummary(provider), 'The data provider failed without saying why.');
  });

  it('a provider that throws instead of returning a promise is handled like a rejection', async () => {
    const provider = new ScriptedProvider();
    provider.script.push(() => {
      throw new TypeError('this.client is undefined');
    });
    await expectErrorThenRecovery(await mountSummary(provider), 'this.client is undefined');
  });

  it('an answer that never comes times out, abandons the request, and Retry recovers', async () => {
    const provider = new ScriptedProvider();
    // Never settles and ignores its signal: the worst a provider can do.
    provider.script.push(() => new Promise<never>(() => {}));
    const mounted = await mountSummary(provider, 100);
    await expectErrorThenRecovery(mounted, 'The data provider did not answer summary within 0.1 s.', 'timeout');
    expect(provider.signals[0]!.aborted, 'the timed-out request was aborted').to.equal(true);
  });

  it('an answer asked for before a change never shows: only the answer after it does', async () => {
    const provider = new ManualProvider();
    const { summary } = await mountSummary(provider);
    await waitUntil(() => provider.requests('summary')[0]);
    const stale = { ...DATA.summary, allocated: 1 };
    const fresh = { ...DATA.summary, allocated: 2 };
    provider.emit({ sections: ['summary'] });
    provider.requests('summary')[0]!.resolve(stale);
    await waitUntil(() => provider.requests('summary')[1], 'the change did not cause a new request');
    expect(balance(summary)).not.to.equal(balanceOf(stale));
    provider.requests('summary')[1]!.resolve(fresh);
    await waitUntil(() => balance(summary) === balanceOf(fresh), 'the fresh answer never showed');
  });

  it('a slow answer to an abandoned request never overwrites the newer fast one', async () => {
    const provider = new ManualProvider();
    const { host, summary } = await mountSummary(provider);
    await waitUntil(() => provider.requests('summary')[0]);
    // The widget leaves and comes back: its first request is abandoned, a second one is made.
    summary.remove();
    host.append(summary);
    await waitUntil(() => provider.requests('summary')[1]);
    const slow = provider.requests('summary')[0]!;
    expect(slow.req.signal.aborted).to.equal(true);
    const fast = { ...DATA.summary, allocated: 2 };
    provider.requests('summary')[1]!.resolve(fast);
    provider.requests('grants').forEach((request) => request.resolve(DATA.grants));
    await waitUntil(() => balance(summary) === balanceOf(fast));
    // A provider that ignores its signal answers anyway, late and with older data.
    slow.resolve({ ...DATA.summary, allocated: 1 });
    await settle();
    await summary.updateComplete;
    expect(balance(summary)).to.equal(balanceOf(fast));
  });

  it('a provider swapped mid-flight: the new one is shown, the old request aborted and its answer ignored', async () => {
    const old = new ManualProvider();
    const { host, summary } = await mountSummary(old);
    await waitUntil(() => old.requests('summary')[0]);
    const replacement = new StaticCreditProvider(testData({ summary: { ...DATA.summary, allocated: 7 } }));
    host.provider = replacement;
    await waitUntil(() => balance(summary) === balanceOf({ ...DATA.summary, allocated: 7 }), 'the new provider was not used');
    expect(old.requests('summary')[0]!.req.signal.aborted).to.equal(true);
    expect(old.subscriberCount, 'still subscribed to the old provider').to.equal(0);
    old.requests('summary')[0]!.resolve({ ...DATA.summary, allocated: 1 });
    await settle();
    await summary.updateComplete;
    expect(balance(summary)).to.equal(balanceOf({ ...DATA.summary, allocated: 7 }));
  });

  it('a change reported while no widget was mounted shows when one is mounted again', async () => {
    const provider = new StaticCreditProvider(testData());
    const { host, summary } = await mountSummary(provider);
    await waitUntil(() => balance(summary) === balanceOf(DATA.summary));
    summary.remove();
    const changed = { ...DATA.summary, allocated: DATA.summary.allocated + 5 };
    provider.update({ summary: changed });
    host.append(summary);
    await waitUntil(() => balance(summary) === balanceOf(changed), `still shows ${balance(summary)}, from before the change`);
  });

  it('a burst of 1,000 change notifications costs at most one refetch per section, and the last data shows', async () => {
    const provider = new CountingProvider();
    const host = await fixture<CreditProviderElement>(html`<credit-provider .provider=${provider}>
      <credit-dashboard locale="en-US"></credit-dashboard>
    </credit-provider>`);
    const dashboard = host.querySelector('credit-dashboard')!;
    await dashboard.updateComplete;
    const widgets = ['credit-summary', 'credit-pie', 'credit-history', 'feature-catalog'].map(
      (tag) => shadow(dashboard).querySelector<LitElement>(tag)!,
    );
    for (const widget of widgets) await ready(widget);
    expect(provider.calls).to.deep.equal({ summary: 1, grants: 1, allocations: 1, history: 1, features: 1 });

    let last = DATA.summary;
    for (let i = 1; i <= 1_000; i++) {
      last = { ...DATA.summary, allocated: i };
      provider.update({ summary: last, grants: DATA.grants, allocations: DATA.allocations, history: DATA.history, features: DATA.features });
    }
    await waitUntil(() => balance(widgets[0]!) === balanceOf(last), 'the last update never showed');
    await settle();
    for (const widget of widgets) await ready(widget);
    expect(provider.calls).to.deep.equal({ summary: 2, grants: 2, allocations: 2, history: 2, features: 2 });
  });

  it('a provider whose subscribe throws, returns no function or fails to unsubscribe still serves data, and leaves cleanly', async () => {
    class BadPush extends StaticCreditProvider {
      constructor(private readonly unsubscribe: unknown) {
        super(testData());
      }
      override subscribe(_onChange: (change: CreditChange) => void): () => void {
        if (this.unsubscribe instanceof Error) throw this.unsubscribe;
        return this.unsubscribe as () => void;
      }
    }
    const providers = [
      new BadPush(new Error('push channel closed')),
      new BadPush({ unsubscribe() {} }),
      new BadPush(() => {
        throw new Error('already closed');
      }),
    ];
    for (const provider of providers) {
      const { host, summary } = await mountSummary(provider);
      await waitUntil(() => balance(summary) === balanceOf(DATA.summary), 'no data without push');
      host.remove();
    }
  });
});
