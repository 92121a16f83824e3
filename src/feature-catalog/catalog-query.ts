/*
 * The catalog's logic without any DOM: what status and action each feature has, which app
 * links are safe, how search matches, how the list is filtered, sorted and grouped into the
 * flat list of rows the virtualizer renders. The element only renders what these return.
 */
import type { CreditFeature, CreditRequirement, FeatureBilling } from '../data/types.js';
import { webUrl } from '../base/web-url.js';

export type FeatureStatus = 'allocated' | 'not-allocated' | 'pay-as-you-go';
export type FeatureAction = 'set-up' | 'manage' | 'go-to-app';

/** Pay-as-you-go billing wins over any credits: its usage is billed in its app. */
export function featureStatus(feature: Pick<CreditFeature, 'billing' | 'allocated'>): FeatureStatus {
  if (feature.billing === 'pay-as-you-go') return 'pay-as-you-go';
  return feature.allocated > 0 ? 'allocated' : 'not-allocated';
}

const ACTIONS: Record<FeatureStatus, FeatureAction> = {
  allocated: 'manage',
  'not-allocated': 'set-up',
  'pay-as-you-go': 'go-to-app',
};

export function featureAction(status: FeatureStatus): FeatureAction {
  return ACTIONS[status];
}

export type AppLink = { href: string } | { unavailable: 'missing' | 'not-web' };

/**
 * The link "Go to app" may use. A relative URL is resolved against `base` (the document's
 * base URL), then only the http and https schemes pass: `javascript:`, `data:` and the like
 * can never become a link, whatever whitespace or case tricks the text uses. The returned
 * `href` is the parsed, absolute URL, so the browser follows exactly what was checked.
 */
export function appLink(url: string | undefined, base: string): AppLink {
  if (url === undefined || url.trim() === '') return { unavailable: 'missing' };
  const href = webUrl(url, base);
  return href === undefined ? { unavailable: 'not-web' } : { href };
}

/** What the requirement column says; the element turns it into localised text. */
export type RequirementText =
  | { kind: 'pay-as-you-go' }
  | { kind: 'unspecified' }
  | { kind: 'credits'; credits: number; per: string | undefined; period: 'year' | 'month' | undefined };

export function requirementText(feature: Pick<CreditFeature, 'billing' | 'requirement'>): RequirementText {
  if (feature.billing === 'pay-as-you-go') return { kind: 'pay-as-you-go' };
  const requirement = feature.requirement;
  if (!requirement) return { kind: 'unspecified' };
  return { kind: 'credits', credits: requirement.credits, per: requirement.per, period: requirement.period };
}

/**
 * Credits a requirement takes per year, so monthly and yearly prices sort together
 * (credits are an annual subscription: a monthly requirement is reserved for twelve months).
 */
export function annualCredits(requirement: CreditRequirement): number {
  return requirement.period === 'month' ? requirement.credits * 12 : requirement.credits;
}

/** Case- and accent-insensitive form of a text: "Sécurité" and "SECURITE" both become "securite". */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The words of a query; a feature matches when its text contains every one of them. */
export function searchTerms(query: string): string[] {
  return normalizeSearchText(query).split(/\s+/).filter(Boolean);
}

/** A feature with what filtering needs computed once per data change, not per keystroke. */
export interface CatalogEntry {
  readonly feature: CreditFeature;
  readonly status: FeatureStatus;
  /** Normalised name and description, searched by every keystroke. */
  readonly haystack: string;
}

export function indexCatalog(features: readonly CreditFeature[]): CatalogEntry[] {
  return features.map((feature) => ({
    feature,
    status: featureStatus(feature),
    // A line break keeps a query from matching across the end of the name and the description.
    haystack: normalizeSearchText(`${feature.name}\n${feature.description}`),
  }));
}

export type StatusFilter = 'all' | FeatureStatus;
export type BillingFilter = 'all' | FeatureBilling;

export interface CatalogFilter {
  search: string;
  status: StatusFilter;
  /** One offering's id, or null for all. */
  offeringId: string | null;
  billing: BillingFilter;
}

export const NO_FILTER: Readonly<CatalogFilter> = { search: '', status: 'all', offeringId: null, billing: 'all' };

export function isFiltered(filter: CatalogFilter): boolean {
  return (
    searchTerms(filter.search).length > 0 ||
    filter.status !== 'all' ||
    filter.offeringId !== null ||
    filter.billing !== 'all'
  );
}

/** How many of the filters behind the narrow layout's "Filters" button are set (search is always in view). */
export function activeFilterCount(filter: CatalogFilter): number {
  return [filter.status !== 'all', filter.offeringId !== null, filter.billing !== 'all'].filter(Boolean).length;
}

/** The entries that pass every filter, in the order given. */
export function filterCatalog(entries: readonly CatalogEntry[], filter: CatalogFilter): CatalogEntry[] {
  const terms = searchTerms(filter.search);
  return entries.filter(
    ({ feature, status, haystack }) =>
      (filter.status === 'all' || status === filter.status) &&
      (filter.offeringId === null || feature.offeringId === filter.offeringId) &&
      (filter.billing === 'all' || feature.billing === filter.billing) &&
      terms.every((term) => haystack.includes(term)),
  );
}

export const CATALOG_SORTS = [
  'name-asc',
  'name-desc',
  'requirement-asc',
  'requirement-desc',
  'allocated-desc',
  'allocated-asc',
] as const;
export type CatalogSort = (typeof CATALOG_SORTS)[number];

/**
 * A sorted copy. Names compare with the locale's collation (`compareNames`); ties fall back to
 * the name, then the id, so the order never depends on the data's order. Features without a
 * credit requirement (pay-as-you-go, unspecified) come last in both requirement orders.
 */
export function sortCatalog(
  entries: readonly CatalogEntry[],
  sort: CatalogSort,
  compareNames: (a: string, b: string) => number,
): CatalogEntry[] {
  const byName = (a: CatalogEntry, b: CatalogEntry) =>
    compareNames(a.feature.name, b.feature.name) || (a.feature.id < b.feature.id ? -1 : a.feature.id > b.feature.id ? 1 : 0);
  const [key, direction] = sort.split('-') as ['name' | 'requirement' | 'allocated', 'asc' | 'desc'];
  const sign = direction === 'asc' ? 1 : -1;
  const compare = (a: CatalogEntry, b: CatalogEntry): number => {
    if (key === 'name') return sign * byName(a, b);
    if (key === 'allocated') return sign * (a.feature.allocated - b.feature.allocated) || byName(a, b);
    const ra = requirementCredits(a);
    const rb = requirementCredits(b);
    if (ra === undefined || rb === undefined) return (ra === undefined ? 1 : 0) - (rb === undefined ? 1 : 0) || byName(a, b);
    return sign * (ra - rb) || byName(a, b);
  };
  return [...entries].sort(compare);
}

function requirementCredits({ feature }: CatalogEntry): number | undefined {
  return feature.billing === 'credits' && feature.requirement ? annualCredits(feature.requirement) : undefined;
}

export interface Offering {
  readonly id: string;
  readonly name: string;
}

/**
 * The offerings in the order they first appear in the data (the provider's catalog order).
 * An offering without a name is shown by its id rather than as a blank.
 */
export function offeringsOf(features: readonly CreditFeature[]): Offering[] {
  const offerings = new Map<string, Offering>();
  for (const feature of features) {
    if (!offerings.has(feature.offeringId)) {
      offerings.set(feature.offeringId, { id: feature.offeringId, name: feature.offeringName.trim() || feature.offeringId });
    }
  }
  return [...offerings.values()];
}

export interface GroupRow {
  readonly kind: 'group';
  readonly offering: Offering;
  /** Features of the offering that pass the filters. */
  readonly count: number;
  readonly expanded: boolean;
}

export interface FeatureRow {
  readonly kind: 'feature';
  readonly entry: CatalogEntry;
}

export type CatalogRow = GroupRow | FeatureRow;

/**
 * The flat list the virtualizer renders: per offering (in `offerings` order) a header row,
 * then its features in the order of `entries` unless the group is collapsed. Offerings with
 * no matching feature are left out.
 */
export function catalogRows(
  entries: readonly CatalogEntry[],
  offerings: readonly Offering[],
  collapsed: ReadonlySet<string>,
): CatalogRow[] {
  const byOffering = new Map<string, CatalogEntry[]>();
  for (const entry of entries) {
    const list = byOffering.get(entry.feature.offeringId);
    if (list) list.push(entry);
    else byOffering.set(entry.feature.offeringId, [entry]);
  }
  const rows: CatalogRow[] = [];
  for (const offering of offerings) {
    const members = byOffering.get(offering.id);
    if (!members) continue;
    const expanded = !collapsed.has(offering.id);
    rows.push({ kind: 'group', offering, count: members.length, expanded });
    if (expanded) for (const entry of members) rows.push({ kind: 'feature', entry });
  }
  return rows;
}
