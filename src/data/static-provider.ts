import type {
  CreditChange,
  CreditData,
  CreditDataProvider,
  CreditFeature,
  CreditGrant,
  CreditSection,
  CreditSummary,
  HistoryPoint,
  HistoryRequest,
  OfferingAllocation,
  ProviderRequest,
} from './types.js';
import { MAX_TIMEOUT_MS } from './timeout.js';
import { describe } from './validate.js';

export interface StaticCreditProviderOptions {
  /** Answers after this many milliseconds, as a network would (for demos and stories): 0 to 2^31 − 1. */
  latencyMs?: number;
}

/**
 * Serves a plain object of all sections; `update()` replaces sections in place and tells
 * subscribers which ones changed. Answers are the data itself, not copies: the widgets'
 * validation already copies every answer into fresh objects (and checks it, since the data is
 * not trusted), so a copy here would only double the allocation of a 10,000-feature catalog.
 */
export class StaticCreditProvider implements CreditDataProvider {
  private current: CreditData;
  private readonly listeners = new Set<(change: CreditChange) => void>();
  private readonly latencyMs: number;

  constructor(data: CreditData, options: StaticCreditProviderOptions = {}) {
    this.current = { ...data };
    this.latencyMs = latencyOption(options.latencyMs);
  }

  /** The data served now. */
  get data(): Readonly<CreditData> {
    return this.current;
  }

  /** Replaces the given sections and notifies subscribers of exactly those. */
  update(changes: Partial<CreditData>): void {
    const sections = Object.keys(changes) as CreditSection[];
    if (sections.length === 0) return;
    this.current = { ...this.current, ...changes };
    for (const listener of [...this.listeners]) listener({ sections });
  }

  subscribe(onChange: (change: CreditChange) => void): () => void {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  }

  /** How many subscribers are attached (a leak shows up here). */
  get subscriberCount(): number {
    return this.listeners.size;
  }

  getSummary(req: ProviderRequest): Promise<CreditSummary> {
    return this.answer(req, () => this.current.summary);
  }

  getGrants(req: ProviderRequest): Promise<CreditGrant[]> {
    return this.answer(req, () => this.current.grants);
  }

  getAllocations(req: ProviderRequest): Promise<OfferingAllocation[]> {
    return this.answer(req, () => this.current.allocations);
  }

  getHistory(req: HistoryRequest): Promise<HistoryPoint[]> {
    return this.answer(req, () => {
      const history = this.current.history;
      // Malformed data is passed on untouched so that validation can name the bad field.
      if (!Array.isArray(history)) return history;
      return history.filter(
        (point) =>
          typeof point?.date !== 'string' || (point.date >= req.from && point.date <= req.to),
      );
    });
  }

  getFeatures(req: ProviderRequest): Promise<CreditFeature[]> {
    return this.answer(req, () => this.current.features);
  }

  private answer<T>(req: ProviderRequest, read: () => T): Promise<T> {
    if (this.latencyMs <= 0) return Promise.resolve().then(read);
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => resolve(read()), this.latencyMs);
      req.signal.addEventListener(
        'abort',
        () => {
          clearTimeout(timer);
          reject(req.signal.reason);
        },
        { once: true },
      );
    });
  }
}

/** A latency of whole milliseconds that a timer can wait (a longer one would fire at once). */
function latencyOption(value: unknown): number {
  if (value === undefined) return 0;
  if (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= MAX_TIMEOUT_MS) return value;
  throw new RangeError(`StaticCreditProvider latencyMs must be a whole number of milliseconds from 0 to ${MAX_TIMEOUT_MS} (got ${describe(value)})`);
}
