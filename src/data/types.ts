/**
 * The data model of the public contract (docs/contract.md). Field names here are fixed: hosts
 * and backends code against them. Optional fields may be added; none may be renamed.
 */

/** A part of the data that can be fetched, cached and refreshed on its own. */
export type CreditSection = 'summary' | 'grants' | 'allocations' | 'history' | 'features';

export const CREDIT_SECTIONS: readonly CreditSection[] = [
  'summary',
  'grants',
  'allocations',
  'history',
  'features',
];

export interface ProviderRequest {
  /** Aborted when no widget needs the answer any more. */
  signal: AbortSignal;
}

export interface HistoryRequest extends ProviderRequest {
  /** First day of the period, `YYYY-MM-DD`, inclusive. */
  from: string;
  /** Last day of the period, `YYYY-MM-DD`, inclusive. */
  to: string;
}

export interface CreditSummary {
  totalValid: number;
  allocated: number;
  /** ISO date-time the figures were computed at. */
  asOf: string;
}

export type GrantSource =
  | 'purchase'
  | 'license-conversion'
  | 'aws-marketplace'
  | 'azure-marketplace'
  | 'trial'
  | 'other';

export const GRANT_SOURCES: readonly GrantSource[] = [
  'purchase',
  'license-conversion',
  'aws-marketplace',
  'azure-marketplace',
  'trial',
  'other',
];

export interface CreditGrant {
  id: string;
  name: string;
  credits: number;
  source: GrantSource;
  /** `YYYY-MM-DD`, inclusive. */
  startDate: string;
  /** `YYYY-MM-DD`, inclusive. */
  endDate: string;
}

export interface FeatureAllocation {
  featureId: string;
  featureName: string;
  credits: number;
}

export interface OfferingAllocation {
  offeringId: string;
  offeringName: string;
  features: FeatureAllocation[];
}

export interface HistoryPoint {
  /** `YYYY-MM-DD` */
  date: string;
  totalValid: number;
  allocated: number;
}

export interface CreditRequirement {
  credits: number;
  /** The unit one requirement covers, e.g. "endpoint", "Gbps", "seat". */
  per?: string;
  period?: 'year' | 'month';
}

export type FeatureBilling = 'credits' | 'pay-as-you-go';

export interface CreditFeature {
  id: string;
  name: string;
  description: string;
  offeringId: string;
  offeringName: string;
  requirement: CreditRequirement | null;
  billing: FeatureBilling;
  /** Credits allocated now; 0 = not allocated. */
  allocated: number;
  /** Where "Go to app" leads. Only http(s) URLs ever become links. */
  appUrl?: string;
}

export interface CreditChange {
  /** The sections that changed; absent means "anything may have changed". */
  sections?: CreditSection[];
}

export interface CreditDataProvider {
  getSummary(req: ProviderRequest): Promise<CreditSummary>;
  getGrants(req: ProviderRequest): Promise<CreditGrant[]>;
  getAllocations(req: ProviderRequest): Promise<OfferingAllocation[]>;
  getHistory(req: HistoryRequest): Promise<HistoryPoint[]>;
  getFeatures(req: ProviderRequest): Promise<CreditFeature[]>;
  /** Optional push: call `onChange` when data changed; returns an unsubscribe function. */
  subscribe?(onChange: (change: CreditChange) => void): () => void;
}

/** Every section at once: what `StaticCreditProvider` serves and `demoCreditData()` returns. */
export interface CreditData {
  summary: CreditSummary;
  grants: CreditGrant[];
  allocations: OfferingAllocation[];
  history: HistoryPoint[];
  features: CreditFeature[];
}

/** The validated value of each section, by name: a section is a field of `CreditData`. */
export type SectionValues = CreditData;
