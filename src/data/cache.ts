import { CreditProviderError, describeError, isAbortError } from './errors.js';
import type { CreditChange, CreditDataProvider, CreditSection, SectionValues } from './types.js';
import { validateSection } from './validate.js';
import { DEFAULT_TIMEOUT_MS } from './timeout.js';

const OWN_TIMEOUT_GRACE_MS = 1_000;

/** What a widget needs to ask for: a section, and for history the period. */
export type SectionKey =
  | { section: Exclude<CreditSection, 'history'> }
  | { section: 'history'; from: string; to: string };

/** A section as a widget sees it. `refreshing` is true while a newer answer is on its way. */
export type SectionState<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T; refreshing: boolean }
  | { status: 'error'; error: Error; message: string; refreshing: boolean };

type AnyValue = SectionValues[CreditSection];

interface Entry {
  readonly key: SectionKey;
  state: SectionState<AnyValue>;
  readonly listeners: Set<() => void>;
  /** Bumped by every request, so that only the newest request's answer is ever applied. */
  generation: number;
  controller?: AbortController;
  timer?: ReturnType<typeof setTimeout>;
  /** The data changed while a request was under way: ask again once it settles. */
  askAgain: boolean;
  /** The data changed while nobody was watching: ask again on the next watch. */
  stale: boolean;
}

export function keyId(key: SectionKey): string {
  return key.section === 'history' ? `history|${key.from}|${key.to}` : key.section;
}

/**
 * The one place that talks to a provider. It asks once per section however many widgets
 * watch it, validates every answer, aborts requests nobody watches any more, never lets an
 * older answer overwrite a newer one, and refetches on `refresh()` or when the provider's
 * `subscribe` reports a change. One cache exists per provider object (`cacheFor`), so
 * widgets given the same provider directly share it as well as those under a
 * `<credit-provider>`.
 */
export class CreditDataCache {
  /** A provider that has not answered by then gets a timeout error (and Retry). */
  timeoutMs = DEFAULT_TIMEOUT_MS;

  private readonly entries = new Map<string, Entry>();
  private watchers = 0;
  private unsubscribe: (() => void) | undefined;
  private pendingChange: Set<CreditSection> | 'all' | undefined;

  constructor(readonly provider: CreditDataProvider) {}

  /** The current state of a section (loading when nobody asked for it yet). */
  state<S extends CreditSection = CreditSection>(key: SectionKey): SectionState<SectionValues[S]> {
    return (this.entries.get(keyId(key))?.state ?? { status: 'loading' }) as SectionState<SectionValues[S]>;
  }

  /**
   * Watches a section: loads it when needed and calls `onChange` after each state change.
   * Returns the function that stops watching; the last watcher leaving aborts its request.
   */
  watch(key: SectionKey, onChange: () => void): () => void {
    const id = keyId(key);
    let entry = this.entries.get(id);
    if (!entry) {
      entry = { key, state: { status: 'loading' }, listeners: new Set(), generation: 0, askAgain: false, stale: true };
      this.entries.set(id, entry);
    }
    entry.listeners.add(onChange);
    this.watchers++;
    if (this.watchers === 1) this.connect();
    if (entry.stale && !entry.controller) this.load(entry);

    let watching = true;
    return () => {
      if (!watching) return;
      watching = false;
      entry.listeners.delete(onChange);
      this.watchers--;
      if (entry.listeners.size === 0) this.release(entry);
      if (this.watchers === 0) this.disconnect();
    };
  }

  /** Asks again for the given sections (all when none given) that someone watches. */
  refresh(sections?: readonly CreditSection[]): void {
    for (const entry of this.entries.values()) {
      if (sections && !sections.includes(entry.key.section)) continue;
      entry.stale = true;
      if (entry.listeners.size === 0) continue;
      if (entry.controller) entry.askAgain = true;
      else this.load(entry);
    }
  }

  /** Whether a request for the section is under way (for tests and diagnostics). */
  isLoading(key: SectionKey): boolean {
    return Boolean(this.entries.get(keyId(key))?.controller);
  }

  /**
   * A provider that enforces its own timeout (the HTTP provider's `timeoutMs`) reports it with
   * a better message (the URL it waited for): the cache's own timer then only catches a
   * provider that ignores its signal, a moment later.
   */
  private deadlineMs(): number {
    const own = (this.provider as { timeoutMs?: unknown }).timeoutMs;
    return typeof own === 'number' && own >= this.timeoutMs ? own + OWN_TIMEOUT_GRACE_MS : this.timeoutMs;
  }

  private load(entry: Entry): void {
    const generation = ++entry.generation;
    const controller = new AbortController();
    entry.controller = controller;
    entry.stale = false;
    entry.askAgain = false;
    if (entry.state.status !== 'loading') this.set(entry, { ...entry.state, refreshing: true });

    entry.timer = setTimeout(() => {
      controller.abort();
      this.settle(entry, generation, () => {
        const error = new CreditProviderError(
          'timeout',
          `The data provider did not answer ${entry.key.section} within ${this.timeoutMs / 1000} s.`,
        );
        return { status: 'error', error, message: error.message, refreshing: false };
      });
    }, this.deadlineMs());

    let answer: Promise<unknown>;
    try {
      answer = Promise.resolve(this.ask(entry.key, controller.signal));
    } catch (error) {
      // A provider that throws instead of rejecting is handled the same way.
      answer = Promise.reject(error);
    }
    answer.then(
      (raw) =>
        this.settle(entry, generation, () => {
          try {
            const period = entry.key.section === 'history' ? entry.key : undefined;
            return { status: 'ready', value: validateSection(entry.key.section, raw, period), refreshing: false };
          } catch (error) {
            return failed(error);
          }
        }),
      (error) => {
        if (controller.signal.aborted && isAbortError(error)) return;
        this.settle(entry, generation, () => failed(error));
      },
    );
  }

  /** Applies an answer if it belongs to the newest request, then honours a pending change. */
  private settle(entry: Entry, generation: number, next: () => SectionState<AnyValue>): void {
    if (generation !== entry.generation) return;
    clearTimeout(entry.timer);
    entry.controller = undefined;
    if (entry.askAgain && entry.listeners.size > 0) {
      // The answer was asked for before the latest change: fetch the newer data instead.
      this.load(entry);
      return;
    }
    this.set(entry, next());
  }

  private ask(key: SectionKey, signal: AbortSignal): Promise<unknown> {
    const p = this.provider;
    switch (key.section) {
      case 'summary':
        return p.getSummary({ signal });
      case 'grants':
        return p.getGrants({ signal });
      case 'allocations':
        return p.getAllocations({ signal });
      case 'features':
        return p.getFeatures({ signal });
      case 'history':
        return p.getHistory({ signal, from: key.from, to: key.to });
    }
  }

  private release(entry: Entry): void {
    if (!entry.controller) return;
    entry.generation++;
    clearTimeout(entry.timer);
    entry.controller.abort();
    entry.controller = undefined;
    entry.stale = true;
    if (entry.state.status !== 'loading') entry.state = { ...entry.state, refreshing: false };
  }

  private set(entry: Entry, state: SectionState<AnyValue>): void {
    entry.state = state;
    for (const listener of [...entry.listeners]) listener();
  }

  /**
   * Subscribes with the first watcher. Push is optional: a provider whose `subscribe` throws,
   * or returns something other than a function (an RxJS-style subscription object), is still
   * read on demand instead of breaking every widget that watches it.
   */
  private connect(): void {
    // Changes reported while nobody watched were not heard: whatever is cached may be old.
    if (this.provider.subscribe) for (const entry of this.entries.values()) entry.stale = true;
    try {
      const unsubscribe: unknown = this.provider.subscribe?.((change) => this.onProviderChange(change));
      this.unsubscribe = typeof unsubscribe === 'function' ? (unsubscribe as () => void) : undefined;
    } catch {
      this.unsubscribe = undefined;
    }
  }

  private disconnect(): void {
    const unsubscribe = this.unsubscribe;
    this.unsubscribe = undefined;
    try {
      unsubscribe?.();
    } catch {
      // Leaving must not fail because the provider's unsubscribe did: nothing listens any more.
    }
  }

  /** Coalesces a burst of change reports into one refresh per section. */
  private onProviderChange(change: CreditChange | undefined): void {
    const sections = Array.isArray(change?.sections) ? change.sections : undefined;
    if (this.pendingChange === undefined) {
      queueMicrotask(() => {
        const pending = this.pendingChange;
        this.pendingChange = undefined;
        this.refresh(pending === 'all' ? undefined : [...(pending ?? [])]);
      });
      this.pendingChange = new Set();
    }
    if (!sections || this.pendingChange === 'all') this.pendingChange = 'all';
    else for (const section of sections) this.pendingChange.add(section);
  }
}

function failed(error: unknown): SectionState<AnyValue> {
  const asError = error instanceof Error ? error : new Error(describeError(error));
  return { status: 'error', error: asError, message: describeError(error), refreshing: false };
}

const caches = new WeakMap<CreditDataProvider, CreditDataCache>();

/** The shared cache of a provider: every widget using this provider object reads through it. */
export function cacheFor(provider: CreditDataProvider): CreditDataCache {
  let cache = caches.get(provider);
  if (!cache) {
    cache = new CreditDataCache(provider);
    caches.set(provider, cache);
  }
  return cache;
}
