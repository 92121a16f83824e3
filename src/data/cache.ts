import { CreditProviderError, dataFailure, isAbortError, type DataErrorCode } from './errors.js';
import type { CreditChange, CreditDataProvider, CreditSection, SectionValues } from './types.js';
import { describe, validateSection } from './validate.js';
import { DEFAULT_TIMEOUT_MS, describeTimeout, MAX_TIMEOUT_MS, timeoutMsOption } from './timeout.js';

const OWN_TIMEOUT_GRACE_MS = 1_000;

/**
 * A change report after this long without one is refetched at once (once the reporting code
 * is done, so the reports it makes in one go are one refetch). Reports that follow within
 * this long of the previous one are a burst (a host replaying a queue of events): they are
 * gathered until none came for this long, and cost one more refetch per section...
 */
const CHANGE_QUIET_MS = 100;
/** ...but a provider that never stops reporting still has its data refetched this often. */
const CHANGE_MAX_WAIT_MS = 2_000;

/** The provider method that answers each section. */
const METHODS = {
  summary: 'getSummary',
  grants: 'getGrants',
  allocations: 'getAllocations',
  history: 'getHistory',
  features: 'getFeatures',
} as const satisfies Record<CreditSection, keyof CreditDataProvider>;

/** What a widget needs to ask for: a section, and for history the period. */
export type SectionKey =
  | { section: Exclude<CreditSection, 'history'> }
  | { section: 'history'; from: string; to: string };

/**
 * A section as a widget sees it. `refreshing` is true while a newer answer is on its way. An
 * error carries its technical `message` (for logs and the error's details), its `code` (what
 * the widget says to the user, and what a host acts on) and the HTTP status when there is one.
 */
export type SectionState<T> =
  | { status: 'loading' }
  | { status: 'ready'; value: T; refreshing: boolean }
  | { status: 'error'; error: Error; message: string; code: DataErrorCode; httpStatus?: number; refreshing: boolean };

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
  /** How many change reports had come when the last request was made (see `changes`). */
  askedAfter: number;
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
  private readonly entries = new Map<string, Entry>();
  private watchers = 0;
  private unsubscribe: (() => void) | undefined;
  private pendingChange: Set<CreditSection> | 'all' | undefined;
  private changeTimer: ReturnType<typeof setTimeout> | undefined;
  private changeDeadline = 0;
  /** When the latest change report came (Date.now()), to tell a lone report from a burst. */
  private lastChangeAt = Number.NEGATIVE_INFINITY;
  /** The pending refetch is the leading one of a report after a quiet spell (a microtask). */
  private changeLeading = false;
  /** Change reports heard so far: a request made after the latest one already has its data. */
  private changes = 0;
  private timeout = DEFAULT_TIMEOUT_MS;

  constructor(
    readonly provider: CreditDataProvider,
    /**
     * Set on a cache that stands for a provider the host set up wrongly (see `unusableCache`):
     * what is wrong, naming the attribute or property. Widgets show it instead of asking.
     */
    readonly settingsProblem?: string,
  ) {}

  /**
   * Milliseconds a provider may take before its section gets a timeout error (and Retry): a
   * whole number from 1 to 2^31 − 1 (a longer timer would fire at once); anything else throws.
   */
  get timeoutMs(): number {
    return this.timeout;
  }

  set timeoutMs(value: number) {
    this.timeout = timeoutMsOption(value, 'CreditDataCache.timeoutMs');
  }

  /** The current state of a section (loading when nobody asked for it yet). */
  state<S extends CreditSection = CreditSection>(key: SectionKey): SectionState<SectionValues[S]> {
    return (this.entries.get(keyId(key))?.state ?? { status: 'loading' }) as SectionState<SectionValues[S]>;
  }

  /**
   * Watches a section: loads it when needed and calls `onChange` when it is answered, fails
   * or is dropped (a refresh starting only sets `refreshing`, read through `state()`).
   * Returns the function that stops watching; the last watcher leaving aborts its request.
   */
  watch(key: SectionKey, onChange: () => void): () => void {
    const id = keyId(key);
    let entry = this.entries.get(id);
    if (!entry) {
      entry = { key, state: { status: 'loading' }, listeners: new Set(), generation: 0, askAgain: false, stale: true, askedAfter: 0 };
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
      if (!sections || sections.includes(entry.key.section)) this.invalidate(entry);
    }
  }

  /** The entry's data may be old: ask again now, once its request settles, or on the next watch. */
  private invalidate(entry: Entry): void {
    entry.stale = true;
    if (entry.listeners.size === 0) return;
    if (entry.controller) entry.askAgain = true;
    else this.load(entry);
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
    return typeof own === 'number' && own >= this.timeoutMs ? Math.min(own + OWN_TIMEOUT_GRACE_MS, MAX_TIMEOUT_MS) : this.timeoutMs;
  }

  private load(entry: Entry): void {
    const generation = ++entry.generation;
    const controller = new AbortController();
    entry.controller = controller;
    entry.stale = false;
    entry.askAgain = false;
    entry.askedAfter = this.changes;
    // A refresh starting is recorded, not announced: every widget keeps showing what it has
    // until the answer, so a render for it would change nothing on screen and cost one more
    // render of every watching widget per update (the answer's render follows at once).
    if (entry.state.status !== 'loading') entry.state = { ...entry.state, refreshing: true };

    entry.timer = setTimeout(() => {
      controller.abort();
      this.settle(entry, generation, () => {
        const error = new CreditProviderError(
          'timeout',
          `The data provider did not answer ${entry.key.section} within ${describeTimeout(this.timeoutMs)}.`,
        );
        return failed(error);
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

  /**
   * Asks the provider for a section. A method the provider lacks is an error naming it (else
   * the widget would show "n.getSummary is not a function", with a minified name).
   */
  private ask(key: SectionKey, signal: AbortSignal): Promise<unknown> {
    const name = METHODS[key.section];
    const method: unknown = (this.provider as unknown as Record<string, unknown>)[name];
    if (typeof method !== 'function') {
      throw new CreditProviderError(
        'provider',
        `The data provider has no ${name} method, which the ${key.section} section needs (got ${describe(method)})`,
      );
    }
    const request = key.section === 'history' ? { signal, from: key.from, to: key.to } : { signal };
    return method.call(this.provider, request) as Promise<unknown>;
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
    // Nobody watches: a pending refetch would fetch for no one (the next watcher refetches).
    clearTimeout(this.changeTimer);
    this.changeTimer = undefined;
    this.pendingChange = undefined;
    this.changeLeading = false;
    const unsubscribe = this.unsubscribe;
    this.unsubscribe = undefined;
    try {
      unsubscribe?.();
    } catch {
      // Leaving must not fail because the provider's unsubscribe did: nothing listens any more.
    }
  }

  /**
   * Coalesces change reports. A report after a quiet spell is refetched once the code that
   * reported it is done (a microtask: the reports it makes in one go are one refetch). The
   * reports that follow it closely are a burst: one more refetch per section, when no report
   * came for CHANGE_QUIET_MS, and at most CHANGE_MAX_WAIT_MS after the burst's first. A request
   * already under way when a report comes predates the change: its answer is never applied,
   * and it is asked again as soon as it settles (which also covers the refetch to come).
   */
  private onProviderChange(change: CreditChange | undefined): void {
    const sections = Array.isArray(change?.sections) ? change.sections : undefined;
    this.changes++;
    for (const entry of this.entries.values()) {
      if (entry.controller && (!sections || sections.includes(entry.key.section))) entry.askAgain = true;
    }
    const now = Date.now();
    const quiet = now - this.lastChangeAt >= CHANGE_QUIET_MS;
    this.lastChangeAt = now;
    if (this.pendingChange === undefined) {
      this.pendingChange = new Set();
      this.changeDeadline = now + CHANGE_MAX_WAIT_MS;
      this.changeLeading = quiet;
      // After the reporting code, before the frame: the reports it makes join this refetch,
      // and the new figures paint in the frame under way (a timer would wait for the next).
      if (quiet) queueMicrotask(() => this.changeLeading && this.applyChanges());
    }
    if (!sections || this.pendingChange === 'all') this.pendingChange = 'all';
    else for (const section of sections) this.pendingChange.add(section);
    if (this.changeLeading) return;
    clearTimeout(this.changeTimer);
    this.changeTimer = setTimeout(() => this.applyChanges(), Math.min(CHANGE_QUIET_MS, this.changeDeadline - now));
  }

  /** Refetches what the gathered reports named, except what was asked for after the latest. */
  private applyChanges(): void {
    const pending = this.pendingChange;
    this.pendingChange = undefined;
    this.changeTimer = undefined;
    this.changeLeading = false;
    for (const entry of this.entries.values()) {
      const named = pending === 'all' || pending?.has(entry.key.section);
      if (named && entry.askedAfter < this.changes) this.invalidate(entry);
    }
  }
}

function failed(error: unknown): SectionState<AnyValue> {
  const { message, code, status } = dataFailure(error);
  const asError = error instanceof Error ? error : new Error(message);
  return { status: 'error', error: asError, message, code, ...(status === undefined ? {} : { httpStatus: status }), refreshing: false };
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

const unusable = new Map<string, CreditDataCache>();

/**
 * The cache a `<credit-provider>` gives its widgets when its own settings are wrong (a
 * provider property that is no provider, a timeout-ms that is no timeout): widgets show its
 * `settingsProblem` instead of data. Its provider fails every request with that problem, for
 * any host code that reads the cache itself. One per problem, so re-renders keep the same one.
 */
export function unusableCache(problem: string): CreditDataCache {
  let cache = unusable.get(problem);
  if (!cache) {
    const fail = () => Promise.reject(new CreditProviderError('provider', problem));
    cache = new CreditDataCache(
      { getSummary: fail, getGrants: fail, getAllocations: fail, getHistory: fail, getFeatures: fail },
      problem,
    );
    unusable.set(problem, cache);
  }
  return cache;
}
