/*
 * UI strings. Each element declares its English defaults; a host can translate them for a
 * locale with `registerCreditStrings('de', {...})` (all elements at once) or override them
 * on one element through its `strings` property. Templates take `{name}` placeholders, so
 * overrides stay plain data that can come from JSON.
 */

export type StringTable = Record<string, string>;

/** Strings every widget uses: states, dialog, data sources. */
export const sharedStrings = {
  loading: 'Loading…',
  retry: 'Retry',
  errorTitle: 'This section could not be loaded',
  // What the user reads for each kind of failure (the technical text is under errorDetails).
  errorNetwork: 'Could not reach the credit service.',
  errorTimeout: 'The credit service did not answer in time.',
  errorHttp: 'The credit service could not answer.',
  errorAuth: 'Sign in again to see your credits.',
  errorInvalidData: 'The credit service sent data the page cannot use.',
  errorProvider: 'The credit data could not be loaded.',
  errorDetails: 'Details',
  noProvider: 'No data provider: place this element inside <credit-provider> or set its provider property.',
  viewDetails: 'View details',
  close: 'Close',
  downloadCsv: 'Download CSV',
  loadFailed: 'This part of the page could not be loaded. Check the connection and try again.',
  creditAmount: '{credits} credits',
  creditAmountOne: '{credits} credit',
  asOf: 'As of {date}',
  sourcePurchase: 'Purchase',
  sourceLicenseConversion: 'Converted license entitlement',
  sourceAwsMarketplace: 'AWS Marketplace',
  sourceAzureMarketplace: 'Azure Marketplace',
  sourceTrial: 'Trial',
  sourceOther: 'Other',
  grantsTitle: 'Purchases and converted entitlements',
  grantName: 'Name',
  grantSource: 'Source',
  grantCredits: 'Credits',
  grantStart: 'Start date',
  grantEnd: 'End date',
  grantStatus: 'Status',
  grantActive: 'Active',
  grantExpired: 'Expired',
  grantUpcoming: 'Not yet started',
  grantEndingSoon: 'Ends within {days} days',
  grantDaysLeft: '{days} days left',
  grantDaysLeftOne: '1 day left',
  grantRenewedBy: 'Renewed by {names}',
  grantsTotal: 'Total valid on {date}',
  grantsEmpty: 'No purchases or converted entitlements.',
} satisfies StringTable;

export type SharedStrings = typeof sharedStrings;

const registry = new Map<string, StringTable>();
let version = 0;

/** Changes whenever translations are registered, so resolved tables can be cached. */
export function stringsVersion(): number {
  return version;
}

/**
 * Registers translations for a locale (`de`, `de-CH`, `ja`, `ar`…). A region falls back to
 * its language, the language to the English defaults. Registering again merges.
 */
export function registerCreditStrings(locale: string, strings: StringTable): void {
  const key = locale.toLowerCase();
  registry.set(key, { ...registry.get(key), ...strings });
  version++;
  listeners.forEach((listener) => listener());
}

const listeners = new Set<() => void>();

/** Calls `listener` when translations are registered, so mounted widgets re-render. */
export function onStringsRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The strings to show: defaults, then the locale's language, its region, then overrides. */
export function resolveStrings<T extends StringTable>(defaults: T, locale: string, overrides?: Partial<T>): T {
  const tag = locale.toLowerCase();
  const language = tag.split('-')[0]!;
  const result: StringTable = { ...defaults };
  for (const table of [registry.get(language), tag === language ? undefined : registry.get(tag), overrides]) {
    if (!table) continue;
    for (const key of Object.keys(defaults)) {
      const value = table[key];
      if (typeof value === 'string') result[key] = value;
    }
  }
  return result as T;
}

/** Fills `{name}` placeholders; an unknown placeholder stays as written. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(values, name) ? String(values[name]) : whole,
  );
}
