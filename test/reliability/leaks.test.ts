import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import '../../src/credit-dashboard/define.js';
import type { CreditDashboardElement } from '../../src/credit-dashboard/credit-dashboard.js';
import { StaticCreditProvider } from '../../src/data/static-provider.js';
import type { HistoryRequest, ProviderRequest } from '../../src/data/types.js';
import { registerCreditStrings } from '../../src/i18n/strings.js';
import { shadow } from '../helpers/dom.js';
import { testData } from '../helpers/providers.js';

/*
 * Mounting and removing the whole dashboard 1,000 times must leave nothing behind that
 * outlives it: no provider subscription, no listener on window or document, no observer
 * still observing (the shared `lang` MutationObserver and the catalog's shared clamp
 * ResizeObserver included), no timer still pending, and no module-level registry (lang
 * changes, registered strings) still calling a removed widget.
 */

type Key = string;

/**
 * Counts, while installed, what the page holds on to: listeners on window and document
 * (deduplicated as the browser does), observations of every Mutation- and ResizeObserver,
 * and timers neither fired nor cleared. `restore()` puts the originals back.
 */
function installTracker() {
  const listeners = new Map<Key, Set<unknown>>();
  const mutationObservers = new Set<MutationObserver>();
  const resizeObservations = new Map<ResizeObserver, Set<Element>>();
  const timers = new Set<number>();
  const undo: (() => void)[] = [];

  const patch = <T extends object, K extends keyof T>(target: T, name: K, replace: (original: T[K]) => T[K]) => {
    const own = Object.getOwnPropertyDescriptor(target, name);
    Object.defineProperty(target, name, { value: replace(target[name]), configurable: true, writable: true });
    undo.push(() => (own ? Object.defineProperty(target, name, own) : delete target[name]));
  };

  for (const [target, label] of [
    [window, 'window'],
    [document, 'document'],
  ] as const) {
    const key = (type: string, options?: boolean | EventListenerOptions) =>
      `${label}|${type}|${typeof options === 'boolean' ? options : Boolean(options?.capture)}`;
    patch(target, 'addEventListener', (original) =>
      function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions) {
        const k = key(type, options);
        if (!listeners.has(k)) listeners.set(k, new Set());
        listeners.get(k)!.add(listener);
        return original.call(this, type, listener, options);
      } as typeof original,
    );
    patch(target, 'removeEventListener', (original) =>
      function (this: EventTarget, type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions) {
        listeners.get(key(type, options))?.delete(listener);
        return original.call(this, type, listener, options);
      } as typeof original,
    );
  }

  patch(MutationObserver.prototype, 'observe', (original) =>
    function (this: MutationObserver, ...args: Parameters<MutationObserver['observe']>) {
      mutationObservers.add(this);
      return original.apply(this, args);
    },
  );
  patch(MutationObserver.prototype, 'disconnect', (original) =>
    function (this: MutationObserver) {
      mutationObservers.delete(this);
      return original.call(this);
    },
  );
  patch(ResizeObserver.prototype, 'observe', (original) =>
    function (this: ResizeObserver, target: Element, options?: ResizeObserverOptions) {
      if (!resizeObservations.has(this)) resizeObservations.set(this, new Set());
      resizeObservations.get(this)!.add(target);
      return original.call(this, target, options);
    },
  );
  patch(ResizeObserver.prototype, 'unobserve', (original) =>
    function (this: ResizeObserver, target: Element) {
      resizeObservations.get(this)?.delete(target);
      return original.call(this, target);
    },
  );
  patch(ResizeObserver.prototype, 'disconnect', (original) =>
    function (this: ResizeObserver) {
      resizeObservations.delete(this);
      return original.call(this);
    },
  );
  patch(window, 'setTimeout', (original) =>
    function (handler: TimerHandler, timeout?: number, ...rest: unknown[]) {
      const id: number = original(
        (...args: unknown[]) => {
          timers.delete(id);
          if (typeof handler === 'function') handler(...args);
        },
        timeout,
        ...rest,
      );
      timers.add(id);
      return id;
    } as typeof original,
  );
  patch(window, 'clearTimeout', (original) =>
    function (id?: number) {
      if (id !== undefined) timers.delete(id);
      return original(id);
    } as typeof original,
  );

  return {
    counts: () => ({
      listeners: [...listeners.values()].reduce((sum, set) => sum + set.size, 0),
      mutationObservers: mutationObservers.size,
      resizeObservations: [...resizeObservations.values()].reduce((sum, set) => sum + set.size, 0),
      pendingTimers: timers.size,
    }),
    restore: () => undo.reverse().forEach((fn) => fn()),
  };
}

/** Counts re-renders asked of widgets no longer in the document (a registry still holding them). */
function countUpdatesOfRemovedWidgets() {
  const original = LitElement.prototype.requestUpdate;
  let count = 0;
  LitElement.prototype.requestUpdate = function (this: LitElement, ...args: Parameters<LitElement['requestUpdate']>) {
    if (!this.isConnected) count++;
    return original.apply(this, args);
  };
  return { count: () => count, restore: () => (LitElement.prototype.requestUpdate = original) };
}

/**
 * Resolves once every widget of the dashboard shows its data. Polls on animation frames, not
 * with waitUntil: its timeout timer outlives it, and pending timers are counted here.
 */
async function loaded(dashboard: CreditDashboardElement): Promise<void> {
  await dashboard.updateComplete;
  const widgets = ['credit-summary', 'credit-pie', 'credit-history', 'feature-catalog'].map(
    (tag) => shadow(dashboard).querySelector<LitElement>(tag)!,
  );
  await frames(
    () => widgets.every((widget) => widget.shadowRoot && !widget.shadowRoot.querySelector('[aria-busy="true"]')),
    'loading the dashboard',
  );
}

/** Answers a moment late, as a network would, and counts the requests abandoned meanwhile. */
class SlowProvider extends StaticCreditProvider {
  abandoned = 0;
  constructor() {
    super(testData(), { latencyMs: 2 });
  }
  override getSummary(req: ProviderRequest) {
    return super.getSummary(this.counted(req));
  }
  override getGrants(req: ProviderRequest) {
    return super.getGrants(this.counted(req));
  }
  override getAllocations(req: ProviderRequest) {
    return super.getAllocations(this.counted(req));
  }
  override getHistory(req: HistoryRequest) {
    return super.getHistory(this.counted(req));
  }
  override getFeatures(req: ProviderRequest) {
    return super.getFeatures(this.counted(req));
  }
  private counted<R extends ProviderRequest>(req: R): R {
    req.signal.addEventListener('abort', () => this.abandoned++, { once: true });
    return req;
  }
}

/** Waits (on animation frames) until `condition` holds. */
async function frames(condition: () => boolean, what: string): Promise<void> {
  for (let frame = 0; !condition(); frame++) {
    if (frame > 300) throw new Error(`${what} never happened`);
    await new Promise(requestAnimationFrame);
  }
}

async function mountAndRemove(provider: StaticCreditProvider, host: HTMLElement, untilLoaded: boolean): Promise<void> {
  const dashboard = document.createElement('credit-dashboard') as CreditDashboardElement;
  dashboard.provider = provider;
  dashboard.locale = 'en-US';
  host.append(dashboard);
  await (untilLoaded ? loaded(dashboard) : dashboard.updateComplete);
  dashboard.remove();
}

describe('leaks', function () {
  this.timeout(120_000);
  // The whole dashboard in view, so the catalog renders (and must release) its rows too.
  before(() => setViewport({ width: 1280, height: 3000 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('mounting and removing the dashboard 1,000 times leaves no subscription, listener, observer or timer behind', async () => {
    const provider = new SlowProvider();
    const host = document.createElement('div');
    host.style.inlineSize = '1100px';
    document.body.append(host);
    const tracker = installTracker();
    try {
      const before = tracker.counts();
      // The tracker sees what a mounted dashboard holds (so a leak of any of it would show).
      const dashboard = document.createElement('credit-dashboard') as CreditDashboardElement;
      dashboard.provider = provider;
      host.append(dashboard);
      await loaded(dashboard);
      const catalog = shadow(dashboard).querySelector('feature-catalog')!;
      await frames(() => Boolean(shadow(catalog).querySelector('[part~="row"] [part~="description"]')), 'rendering catalog rows');
      const mounted = tracker.counts();
      expect(mounted.listeners, 'listeners while mounted').to.be.above(before.listeners);
      expect(mounted.mutationObservers, 'mutation observers while mounted').to.be.above(before.mutationObservers);
      expect(mounted.resizeObservations, 'resize observations while mounted').to.be.above(before.resizeObservations);
      expect(provider.subscriberCount, 'subscriptions while mounted').to.equal(1);
      dashboard.remove();

      for (let i = 0; i < 1_000; i++) {
        // Most are removed while their requests are still out; every 50th once fully loaded.
        await mountAndRemove(provider, host, i % 50 === 49);
      }
      // Aborted answers and the virtualizer's last frames settle on their own; nothing may remain after.
      await new Promise(requestAnimationFrame);
      expect(provider.abandoned, 'requests abandoned mid-flight').to.be.above(1_000);
      expect(provider.subscriberCount, 'provider subscriptions').to.equal(0);
      expect(tracker.counts()).to.deep.equal(before);
    } finally {
      tracker.restore();
      host.remove();
    }
  });

  it('removed widgets no longer follow lang changes or newly registered strings', async () => {
    const provider = new StaticCreditProvider(testData());
    const host = document.createElement('div');
    document.body.append(host);
    for (let i = 0; i < 100; i++) await mountAndRemove(provider, host, i === 99);
    const updates = countUpdatesOfRemovedWidgets();
    const lang = document.documentElement.lang;
    try {
      registerCreditStrings('x-leak', { retry: 'Again' });
      document.documentElement.lang = 'de';
      // The lang observer reports in a microtask: wait for it before counting.
      await new Promise((resolve) => setTimeout(resolve));
      expect(updates.count(), 'updates asked of removed widgets').to.equal(0);
    } finally {
      updates.restore();
      document.documentElement.lang = lang;
      host.remove();
    }
  });
});
