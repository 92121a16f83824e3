import { demoCreditData } from '../../src/data/demo-data.js';
import { StaticCreditProvider } from '../../src/data/static-provider.js';
import type {
  CreditChange,
  CreditData,
  CreditDataProvider,
  CreditSection,
  HistoryRequest,
  ProviderRequest,
} from '../../src/data/types.js';

/** The as-of time every test's demo data is computed for: results never depend on today. */
export const AS_OF = new Date('2026-11-26T09:00:00Z');
export const AS_OF_DAY = '2026-11-26';

/** Demo data for AS_OF, optionally with sections replaced (bad data included). */
export function testData(overrides: Record<string, unknown> = {}): CreditData {
  return { ...demoCreditData({ asOf: AS_OF }), ...overrides } as CreditData;
}

/** A StaticCreditProvider that counts the calls of each method. */
export class CountingProvider extends StaticCreditProvider {
  readonly calls: Record<CreditSection, number> = { summary: 0, grants: 0, allocations: 0, history: 0, features: 0 };
  readonly aborted: Record<CreditSection, number> = { summary: 0, grants: 0, allocations: 0, history: 0, features: 0 };

  constructor(data: CreditData = testData()) {
    super(data);
  }

  private count(section: CreditSection, req: ProviderRequest) {
    this.calls[section]++;
    req.signal.addEventListener('abort', () => this.aborted[section]++, { once: true });
  }

  override getSummary(req: ProviderRequest) {
    this.count('summary', req);
    return super.getSummary(req);
  }
  override getGrants(req: ProviderRequest) {
    this.count('grants', req);
    return super.getGrants(req);
  }
  override getAllocations(req: ProviderRequest) {
    this.count('allocations', req);
    return super.getAllocations(req);
  }
  override getHistory(req: HistoryRequest) {
    this.count('history', req);
    return super.getHistory(req);
  }
  override getFeatures(req: ProviderRequest) {
    this.count('features', req);
    return super.getFeatures(req);
  }
}

interface Pending {
  section: CreditSection;
  req: ProviderRequest | HistoryRequest;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** A provider whose answers the test gives by hand, in any order. */
export class ManualProvider implements CreditDataProvider {
  readonly pending: Pending[] = [];
  private listeners = new Set<(change: CreditChange) => void>();

  private ask<T>(section: CreditSection, req: ProviderRequest): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.pending.push({ section, req, resolve: resolve as (v: unknown) => void, reject });
    });
  }

  getSummary(req: ProviderRequest) {
    return this.ask<never>('summary', req);
  }
  getGrants(req: ProviderRequest) {
    return this.ask<never>('grants', req);
  }
  getAllocations(req: ProviderRequest) {
    return this.ask<never>('allocations', req);
  }
  getHistory(req: HistoryRequest) {
    return this.ask<never>('history', req);
  }
  getFeatures(req: ProviderRequest) {
    return this.ask<never>('features', req);
  }

  subscribe(onChange: (change: CreditChange) => void) {
    this.listeners.add(onChange);
    return () => this.listeners.delete(onChange);
  }

  get subscriberCount() {
    return this.listeners.size;
  }

  emit(change: CreditChange = {}) {
    this.listeners.forEach((listener) => listener(change));
  }

  /** The requests for a section, oldest first. */
  requests(section: CreditSection): Pending[] {
    return this.pending.filter((p) => p.section === section);
  }
}

/** Resolves after pending promise callbacks (provider answers, validation) have run. */
export function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
