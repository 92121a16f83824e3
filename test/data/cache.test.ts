import { expect, waitUntil } from '@open-wc/testing';
import { CreditDataCache } from '../../src/data/cache.js';
import { CreditProviderError } from '../../src/data/errors.js';
import type { CreditDataProvider, CreditSummary } from '../../src/data/types.js';
import { CountingProvider, ManualProvider, settle, testData } from '../helpers/providers.js';

const summary = (totalValid: number): CreditSummary => ({ totalValid, allocated: 0, asOf: '2026-11-26T09:00:00Z' });
const SUMMARY = { section: 'summary' } as const;

/** A cache watching the summary of a manual provider, its first answer (summary 1) applied. */
async function watchedSummary() {
  const provider = new ManualProvider();
  const cache = new CreditDataCache(provider);
  const stop = cache.watch(SUMMARY, () => {});
  provider.requests('summary')[0]!.resolve(summary(1));
  await settle();
  return { provider, cache, stop };
}

describe('CreditDataCache', () => {
  it('asks the provider once for three consumers of a section', async () => {
    const provider = new CountingProvider();
    const cache = new CreditDataCache(provider);
    const stops = [1, 2, 3].map(() => cache.watch(SUMMARY, () => {}));
    await waitUntil(() => cache.state(SUMMARY).status === 'ready');
    expect(provider.calls.summary).to.equal(1);
    stops.forEach((stop) => stop());
  });

  it('notifies every watcher when the answer arrives', async () => {
    const provider = new ManualProvider();
    const cache = new CreditDataCache(provider);
    let notified = 0;
    const stops = [cache.watch(SUMMARY, () => notified++), cache.watch(SUMMARY, () => notified++)];
    provider.requests('summary')[0]!.resolve(summary(10));
    await settle();
    expect(notified).to.equal(2);
    expect(cache.state(SUMMARY)).to.deep.equal({ status: 'ready', value: summary(10), refreshing: false });
    stops.forEach((stop) => stop());
  });

  it('aborts the request when the last watcher leaves', () => {
    const provider = new ManualProvider();
    const cache = new CreditDataCache(provider);
    const stopA = cache.watch(SUMMARY, () => {});
    const stopB = cache.watch(SUMMARY, () => {});
    const { signal } = provider.requests('summary')[0]!.req;
    stopA();
    expect(signal.aborted).to.equal(false);
    stopB();
    expect(signal.aborted).to.equal(true);
  });

  it('never lets an older answer overwrite a newer one', async () => {
    const provider = new ManualProvider();
    const cache = new CreditDataCache(provider);
    cache.watch(SUMMARY, () => {})();
    const stop = cache.watch(SUMMARY, () => {});
    const [older, newer] = provider.requests('summary');
    newer!.resolve(summary(2));
    await settle();
    older!.resolve(summary(1));
    await settle();
    expect(cache.state(SUMMARY)).to.deep.include({ status: 'ready', value: summary(2) });
    stop();
  });

  it('on a change during a request, discards that answer and asks again once', async () => {
    const provider = new ManualProvider();
    const cache = new CreditDataCache(provider);
    const stop = cache.watch(SUMMARY, () => {});
    cache.refresh(['summary']);
    cache.refresh(['summary']);
    provider.requests('summary')[0]!.resolve(summary(1));
    await settle();
    expect(provider.requests('summary')).to.have.length(2);
    expect(cache.state(SUMMARY).status).to.equal('loading');
    provider.requests('summary')[1]!.resolve(summary(2));
    await settle();
    expect(cache.state(SUMMARY)).to.deep.include({ status: 'ready', value: summary(2) });
    stop();
  });

  it('refresh() asks again and keeps showing the old value meanwhile', async () => {
    const { provider, cache, stop } = await watchedSummary();
    cache.refresh();
    expect(cache.state(SUMMARY)).to.deep.equal({ status: 'ready', value: summary(1), refreshing: true });
    provider.requests('summary')[1]!.resolve(summary(5));
    await settle();
    expect(cache.state(SUMMARY)).to.deep.equal({ status: 'ready', value: summary(5), refreshing: false });
    stop();
  });

  it('tells its watchers of the answer to a refresh, not of the refresh starting (one render per update)', async () => {
    const { provider, cache, stop } = await watchedSummary();
    let notified = 0;
    const stopCounting = cache.watch(SUMMARY, () => notified++);
    cache.refresh();
    await settle();
    expect(cache.state(SUMMARY)).to.deep.include({ refreshing: true });
    expect(notified, 'notified when the refresh started').to.equal(0);
    provider.requests('summary')[1]!.resolve(summary(5));
    await settle();
    expect(notified, 'notified of the answer').to.equal(1);
    stopCounting();
    stop();
  });

  it('subscribes with the first watcher and unsubscribes with the last', () => {
    const provider = new ManualProvider();
    const cache = new CreditDataCache(provider);
    const stopA = cache.watch(SUMMARY, () => {});
    const stopB = cache.watch({ section: 'features' }, () => {});
    expect(provider.subscriberCount).to.equal(1);
    stopA();
    expect(provider.subscriberCount).to.equal(1);
    stopB();
    expect(provider.subscriberCount).to.equal(0);
  });

  it('refetches only the sections a change names', async () => {
    const provider = new CountingProvider();
    const cache = new CreditDataCache(provider);
    const stops = [cache.watch(SUMMARY, () => {}), cache.watch({ section: 'features' }, () => {})];
    await waitUntil(() => cache.state({ section: 'features' }).status === 'ready');
    provider.update({ summary: testData().summary });
    await waitUntil(() => provider.calls.summary === 2);
    await settle();
    expect(provider.calls.features).to.equal(1);
    stops.forEach((stop) => stop());
  });

  it('coalesces a burst of 1,000 change reports into one refetch', async () => {
    const { provider, stop } = await watchedSummary();
    for (let i = 0; i < 1000; i++) provider.emit({ sections: ['summary'] });
    await waitUntil(() => provider.requests('summary').length > 1, 'the change was never refetched');
    await settle();
    expect(provider.requests('summary')).to.have.length(2);
    stop();
  });

  it('refetches a lone change report right after the code that made it, not after the burst window', async () => {
    const { provider, stop } = await watchedSummary();
    provider.emit({ sections: ['summary'] });
    provider.emit({ sections: ['summary'] });
    expect(provider.requests('summary'), 'asked again inside the reporting code').to.have.length(1);
    await settle();
    await settle();
    expect(provider.requests('summary'), 'one refetch for the two reports made in one go').to.have.length(2);
    stop();
  });

  it('coalesces 10,000 change reports spread over 100 tasks into two refetches per section (one at once, one after the burst), with an instant provider', async () => {
    const provider = new CountingProvider();
    const cache = new CreditDataCache(provider);
    const sections = ['summary', 'grants', 'allocations', 'features'] as const;
    const stops = sections.map((section) => cache.watch({ section }, () => {}));
    await waitUntil(() => sections.every((section) => cache.state({ section }).status === 'ready'));
    for (let task = 0; task < 100; task++) {
      for (let i = 0; i < 100; i++) provider.update({ summary: summary(task), grants: [], allocations: [], features: [] });
      await settle();
    }
    await waitUntil(() => provider.calls.summary === 3, 'the burst was never refetched');
    await waitUntil(() => cache.state(SUMMARY).status === 'ready' && !cache.isLoading(SUMMARY));
    expect(provider.calls).to.deep.include({ summary: 3, grants: 3, allocations: 3, features: 3 });
    expect(cache.state(SUMMARY)).to.deep.include({ value: summary(99) });
    stops.forEach((stop) => stop());
  });

  it('turns a provider that never answers into a timeout error', async () => {
    const cache = new CreditDataCache(new ManualProvider());
    cache.timeoutMs = 50;
    const stop = cache.watch(SUMMARY, () => {});
    await waitUntil(() => cache.state(SUMMARY).status === 'error');
    const state = cache.state(SUMMARY);
    expect(state.status === 'error' && state.message).to.equal('The data provider did not answer summary within 0.05 s.');
    stop();
  });

  it('gives an error its kind and HTTP status, for the widget and the host', async () => {
    const provider = new ManualProvider();
    const cache = new CreditDataCache(provider);
    const stop = cache.watch(SUMMARY, () => {});
    provider.requests('summary')[0]!.reject(new CreditProviderError('http', 'GET /summary failed with HTTP 401', { status: 401 }));
    await waitUntil(() => cache.state(SUMMARY).status === 'error');
    expect(cache.state(SUMMARY)).to.deep.include({ code: 'auth', httpStatus: 401, message: 'GET /summary failed with HTTP 401' });
    cache.refresh();
    provider.requests('summary')[1]!.resolve({ totalValid: 'x' });
    await waitUntil(() => cache.state(SUMMARY).status === 'error' && !cache.isLoading(SUMMARY));
    const invalid = cache.state(SUMMARY);
    expect(invalid).to.deep.include({ code: 'invalid-data', refreshing: false });
    expect(invalid).not.to.have.property('httpStatus');
    stop();
  });

  it('names the method a provider lacks, instead of a TypeError with a minified name', async () => {
    const answer = () => Promise.resolve([]);
    const partial = { getSummary: answer, getAllocations: answer, getHistory: answer, getFeatures: answer };
    const cache = new CreditDataCache(partial as unknown as CreditDataProvider);
    const stop = cache.watch({ section: 'grants' }, () => {});
    await waitUntil(() => cache.state({ section: 'grants' }).status === 'error');
    expect(cache.state({ section: 'grants' })).to.deep.include({
      code: 'provider',
      message: 'The data provider has no getGrants method, which the grants section needs (got nothing)',
    });
    stop();
  });

  it('refuses a timeout a timer cannot wait, naming it', () => {
    const cache = new CreditDataCache(new ManualProvider());
    for (const bad of [NaN, -1, 0, 1.5, Infinity, 2 ** 31]) {
      expect(() => (cache.timeoutMs = bad), String(bad)).to.throw(RangeError, /^CreditDataCache\.timeoutMs must be a whole number of milliseconds from 1 to 2147483647/);
    }
    cache.timeoutMs = 2 ** 31 - 1;
    expect(cache.timeoutMs).to.equal(2 ** 31 - 1);
  });

  it('treats a provider that throws synchronously like a rejection', async () => {
    const provider = {
      ...new CountingProvider(),
      getSummary() {
        throw new Error('provider exploded');
      },
    } as unknown as CreditDataProvider;
    const cache = new CreditDataCache(provider);
    const stop = cache.watch(SUMMARY, () => {});
    await waitUntil(() => cache.state(SUMMARY).status === 'error');
    const state = cache.state(SUMMARY);
    expect(state.status === 'error' && state.message).to.equal('provider exploded');
    stop();
  });

  it('keeps the history of each period apart', async () => {
    const provider = new CountingProvider();
    const cache = new CreditDataCache(provider);
    const year = { section: 'history', from: '2025-11-27', to: '2026-11-26' } as const;
    const month = { section: 'history', from: '2026-10-27', to: '2026-11-26' } as const;
    const stops = [cache.watch(year, () => {}), cache.watch(month, () => {})];
    await waitUntil(() => cache.state(year).status === 'ready' && cache.state(month).status === 'ready');
    const lengths = [year, month].map((key) => {
      const state = cache.state<'history'>(key);
      return state.status === 'ready' ? state.value.length : -1;
    });
    expect(lengths).to.deep.equal([365, 31]);
    expect(provider.calls.history).to.equal(2);
    stops.forEach((stop) => stop());
  });
});
