import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CreditDataErrorEvent } from '../events/data-error.js';
import type { CreditDataCache, SectionKey, SectionState } from '../data/cache.js';
import type { CreditSection, SectionValues } from '../data/types.js';

/** What a section controller needs from its element. */
export interface SectionHost extends ReactiveControllerHost, EventTarget {
  /** The cache to read from: the element's own provider's, else the context's. */
  readonly dataCache: CreditDataCache | undefined;
  /**
   * What is wrong with the element's own settings (a provider that is no provider, a time zone
   * that does not exist), naming the property or attribute; undefined when nothing is.
   */
  readonly settingsProblem?: string | undefined;
}

/**
 * A section with no cache yet (the element shows that it has no data provider), or one the
 * element cannot show because its own settings are wrong (Retry would not help).
 */
export type ControllerState<T> = SectionState<T> | { status: 'no-provider' } | { status: 'misconfigured'; message: string };

/** Every section controller of each element, so one Retry can refresh all its failed sections. */
const controllersOf = new WeakMap<SectionHost, SectionController<CreditSection>[]>();

/**
 * Whether the element reads sections and a render now would show, in each, what its last
 * render showed: the same status and the same value, error or message. Each controller first
 * follows the element's cache and key, so a new provider is asked even when nothing renders.
 */
export function sectionsUnchanged(host: SectionHost): boolean {
  const controllers = controllersOf.get(host) ?? [];
  return controllers.length > 0 && controllers.map((controller) => controller.unchanged()).every(Boolean);
}

/**
 * Whether a section of the element is still being asked for, once each controller has followed
 * the element's cache and key again (a key may have just become known: the history's period,
 * once the summary answered, so the history is asked for without waiting for a render).
 */
export function sectionsLoading(host: SectionHost): boolean {
  return (controllersOf.get(host) ?? []).some((controller) => controller.loading());
}

/**
 * Reads one section for an element as loading / ready / error, re-rendering the element on
 * every change. It follows the element's cache (a new provider, or a provider arriving
 * through context later) and the key (history's period), and stops watching on disconnect.
 * It fires `credit-data-error` from the element once per failure.
 */
export class SectionController<S extends CreditSection> implements ReactiveController {
  private cache: CreditDataCache | undefined;
  private keyId = '';
  private stop: (() => void) | undefined;
  private reportedError: Error | undefined;
  private connected = false;
  /**
   * The last value shown, as a refresh under way, and the key it answered. A new provider (or
   * cache) starts loading from nothing; until it answers, the element keeps showing this value,
   * not a skeleton: no flash, no layout jump, one render when the answer comes.
   */
  private lastShown: { keyId: string; meanwhile: SectionState<SectionValues[S]> & { status: 'ready' } } | undefined;
  /** The state the element last rendered with (read as its update began). */
  private rendered: ControllerState<SectionValues[S]> | undefined;

  constructor(
    private readonly host: SectionHost,
    readonly section: S,
    /** For history: the period to ask for, or undefined while it is not known yet. */
    private readonly period?: () => { from: string; to: string } | undefined,
  ) {
    host.addController(this);
    const siblings = controllersOf.get(host) ?? [];
    siblings.push(this as unknown as SectionController<CreditSection>);
    controllersOf.set(host, siblings);
  }

  get state(): ControllerState<SectionValues[S]> {
    const problem = this.host.settingsProblem;
    if (problem) return { status: 'misconfigured', message: problem };
    const key = this.key();
    if (!this.cache) return { status: 'no-provider' };
    if (!key) return { status: 'loading' };
    const state = this.cache.state<S>(key);
    if (state.status === 'ready' && this.lastShown?.meanwhile.value !== state.value) {
      // One state object while it lasts: elements memoize their layout on it.
      this.lastShown = { keyId: JSON.stringify(key), meanwhile: { status: 'ready', value: state.value, refreshing: true } };
    }
    if (state.status === 'loading' && this.lastShown?.keyId === JSON.stringify(key)) return this.lastShown.meanwhile;
    return state;
  }

  /** The value when ready (also while a refresh is under way), else undefined. */
  get value(): SectionValues[S] | undefined {
    const state = this.state;
    return state.status === 'ready' ? state.value : undefined;
  }

  /**
   * Asks the provider again (the Retry button): for this section, and for every other section
   * of the element that failed too, in one `refresh` of the cache. After an outage one Retry
   * then brings the whole widget back, not one section per press, and a section whose error
   * was hidden behind another's is not left failed. A section already being asked again is
   * not asked twice, so pressing Retry of several sections in one go costs one request each.
   */
  retry(): void {
    const cache = this.cache;
    if (!cache) return;
    const sections = new Set<CreditSection>();
    for (const controller of controllersOf.get(this.host) ?? []) {
      const state = controller.state;
      const settled = (state.status === 'ready' || state.status === 'error') && !state.refreshing;
      const asked = state.status === 'error' || controller === (this as unknown);
      if (controller.cache === cache && settled && asked) sections.add(controller.section);
    }
    if (sections.size > 0) cache.refresh([...sections]);
  }

  hostConnected(): void {
    this.connected = true;
    this.sync();
  }

  hostUpdate(): void {
    this.sync();
    this.rendered = this.state;
  }

  /**
   * Whether the section would render as it did last time (see `sectionsUnchanged`): the same
   * status, and the same value, error or message. Whether a refresh is under way is not shown.
   */
  unchanged(): boolean {
    this.sync();
    const [before, now] = [this.rendered, this.state] as unknown as (Record<string, unknown> | undefined)[];
    return before !== undefined && ['status', 'value', 'error', 'message'].every((field) => before[field] === now?.[field]);
  }

  /**
   * Whether the section is being asked for, following the element's cache and key first. A
   * section whose key is not known (the history's period, while the summary has not answered
   * or its attributes name no period) is not: nothing is being fetched for it.
   */
  loading(): boolean {
    this.sync();
    return this.keyId !== '' && this.state.status === 'loading';
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unwatch();
  }

  private key(): SectionKey | undefined {
    if (this.section !== 'history') return { section: this.section } as SectionKey;
    const period = this.period?.();
    return period ? { section: 'history', from: period.from, to: period.to } : undefined;
  }

  /** Watches the right key on the right cache; cheap when nothing changed. */
  private sync(): void {
    if (!this.connected) return;
    // Settings that are wrong show instead of data: asking would only fail, or subscribe for nothing.
    const cache = this.host.settingsProblem ? undefined : this.host.dataCache;
    const key = this.key();
    const keyId = key ? JSON.stringify(key) : '';
    if (cache === this.cache && keyId === this.keyId && (this.stop || !key)) return;
    this.unwatch();
    this.cache = cache;
    this.keyId = keyId;
    if (cache && key) this.stop = cache.watch(key, () => this.changed());
  }

  private unwatch(): void {
    this.stop?.();
    this.stop = undefined;
    this.cache = undefined;
    this.keyId = '';
  }

  private changed(): void {
    const state = this.state;
    if (state.status === 'error' && state.error !== this.reportedError) {
      this.reportedError = state.error;
      const detail = { section: this.section, message: state.message, code: state.code };
      this.host.dispatchEvent(
        new CreditDataErrorEvent(state.httpStatus === undefined ? detail : { ...detail, status: state.httpStatus }),
      );
    }
    this.host.requestUpdate();
  }
}

