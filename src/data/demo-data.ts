/**
 * Realistic demo data for the Annual credits tab: what `StaticCreditProvider` serves by default
 * and what the stories, examples and tests render.
 *
 * Everything is derived from the as-of date alone (no randomness), so a story or a test that
 * passes a fixed `asOf` gets byte-identical data every run, while the default (`new Date()`)
 * keeps the demo looking current: grants are dated relative to the as-of day.
 *
 * The data keeps the invariants a real backend keeps, so widgets can be checked against them:
 * - `allocations` lists exactly the features with `allocated > 0`, with the same credits;
 * - `summary.allocated` is the sum of `features[].allocated`;
 * - `summary.totalValid` is the sum of the grants valid on the as-of day (dates inclusive);
 * - `history` has one point per day for the 365 days ending on the as-of day; its last point
 *   equals the summary.
 *
 * Credit figures follow public Trend Vision One documentation where it gives them (endpoint
 * sensor, network sensor, Endpoint Security Core / Essentials / Pro); the others are plausible.
 */
import type {
  CreditData,
  CreditFeature,
  CreditGrant,
  CreditRequirement,
  GrantSource,
  HistoryPoint,
  OfferingAllocation,
} from './types.js';

export interface DemoDataOptions {
  /** The moment the figures are "as of". Default: now. */
  asOf?: Date;
}

/* ------------------------------------------------------------------------------------------ */
/* Catalog                                                                                      */
/* ------------------------------------------------------------------------------------------ */

/** A fictitious console host: demo links must never lead to a real customer console. */
const CONSOLE_APP = 'https://console.example.com/app';

const OFFERINGS = [
  { id: 'endpoint-security', name: 'Endpoint Security' },
  { id: 'email-collaboration-security', name: 'Email and Collaboration Security' },
  { id: 'network-security', name: 'Network Security' },
  { id: 'cloud-security', name: 'Cloud Security' },
  { id: 'attack-surface-risk-management', name: 'Attack Surface Risk Management' },
  { id: 'zero-trust-secure-access', name: 'Zero Trust Secure Access' },
  { id: 'mobile-security', name: 'Mobile Security' },
  { id: 'xdr-threat-intelligence', name: 'XDR / Threat Intelligence' },
  { id: 'identity-security', name: 'Identity Security' },
  { id: 'data-security', name: 'Data Security' },
] as const;

type OfferingId = (typeof OFFERINGS)[number]['id'];

/** How a feature is paid for: credits per unit and period, or pay-as-you-go in its own app. */
type Pricing =
  | { readonly billing: 'credits'; readonly requirement: Readonly<CreditRequirement> }
  | { readonly billing: 'pay-as-you-go'; readonly appPath: string };

const perYear = (credits: number, per: string): Pricing => ({
  billing: 'credits',
  requirement: { credits, per, period: 'year' },
});
const perMonth = (credits: number, per: string): Pricing => ({
  billing: 'credits',
  requirement: { credits, per, period: 'month' },
});
/** Usage and billing of pay-as-you-go features live in their app, hence a link instead of a price. */
const payAsYouGo = (appPath: string): Pricing => ({ billing: 'pay-as-you-go', appPath });

interface FeatureRow {
  readonly id: string;
  readonly offering: OfferingId;
  readonly name: string;
  readonly description: string;
  readonly pricing: Pricing;
}

const FEATURES = [
  // Endpoint Security: the published figures (sensor 20, Core / Essentials / Pro 45 / 65 / 300).
  {
    id: 'endpoint-sensor',
    offering: 'endpoint-security',
    name: 'Endpoint Sensor',
    description: 'Records endpoint activity so detections can be investigated and responded to from the console.',
    pricing: perYear(20, 'endpoint'),
  },
  {
    id: 'endpoint-security-core',
    offering: 'endpoint-security',
    name: 'Endpoint Security Core',
    description: 'Next-generation anti-malware, behaviour monitoring and device control for desktops and laptops.',
    pricing: perYear(45, 'seat'),
  },
  {
    id: 'endpoint-security-essentials',
    offering: 'endpoint-security',
    name: 'Endpoint Security Essentials',
    description: 'Core protection plus vulnerability protection, application control and the endpoint sensor.',
    pricing: perYear(65, 'seat'),
  },
  {
    id: 'endpoint-security-pro',
    offering: 'endpoint-security',
    name: 'Endpoint Security Pro',
    description: 'Essentials plus integrity monitoring, log inspection and virtual patching for critical servers.',
    pricing: perYear(300, 'seat'),
  },
  {
    id: 'endpoint-forensics',
    offering: 'endpoint-security',
    name: 'Forensic Investigation',
    description: 'Collects forensic evidence and runs triage scripts on endpoints during an investigation.',
    pricing: perYear(10, 'endpoint'),
  },

  // Email and Collaboration Security
  {
    id: 'email-sensor',
    offering: 'email-collaboration-security',
    name: 'Email Sensor',
    description: 'Sends mailbox activity from Microsoft 365 and Google Workspace for correlation with other detections.',
    pricing: perYear(5, 'mailbox'),
  },
  {
    id: 'cloud-email-gateway-protection',
    offering: 'email-collaboration-security',
    name: 'Cloud Email Gateway Protection',
    description: 'Filters inbound and outbound mail at the gateway for spam, malware, phishing and business email compromise.',
    pricing: perYear(30, 'mailbox'),
  },
  {
    id: 'cloud-email-collaboration-protection',
    offering: 'email-collaboration-security',
    name: 'Cloud Email and Collaboration Protection',
    description: 'API-based protection for Exchange Online, Gmail, Teams, SharePoint, OneDrive, Box and Dropbox.',
    pricing: perYear(40, 'user'),
  },
  {
    id: 'phishing-simulation',
    offering: 'email-collaboration-security',
    name: 'Phishing Simulation',
    description: 'Runs phishing awareness campaigns and reports which users clicked or reported the lure.',
    pricing: perYear(8, 'user'),
  },

  // Network Security: the network sensor figure (25,000 per Gbps) is published.
  {
    id: 'network-sensor',
    offering: 'network-security',
    name: 'Virtual Network Sensor',
    description: 'Inspects mirrored north-south and east-west traffic to find threats on unmanaged devices.',
    pricing: perYear(25_000, 'Gbps'),
  },
  {
    id: 'network-intrusion-prevention',
    offering: 'network-security',
    name: 'Network Intrusion Prevention',
    description: 'Blocks exploits inline and virtually patches vulnerable systems at the network edge.',
    pricing: perYear(15_000, 'Gbps'),
  },
  {
    id: 'ot-iot-visibility',
    offering: 'network-security',
    name: 'OT and IoT Network Visibility',
    description: 'Identifies operational-technology and IoT devices on the network and flags risky communication.',
    pricing: perYear(12, 'device'),
  },
  {
    id: 'network-analytics',
    offering: 'network-security',
    name: 'Network Analytics',
    description: 'Correlates network detections into incidents and shows the hosts and connections involved.',
    pricing: perYear(2_000, 'sensor'),
  },

  // Cloud Security: container and file scanning are metered, so they are pay-as-you-go.
  {
    id: 'server-workload-protection',
    offering: 'cloud-security',
    name: 'Server and Workload Protection',
    description: 'Anti-malware, intrusion prevention and application control for cloud and data-centre servers.',
    pricing: perYear(120, 'server'),
  },
  {
    id: 'cloud-posture',
    offering: 'cloud-security',
    name: 'Cloud Posture',
    description: 'Continuously checks cloud accounts against best-practice and compliance rules.',
    pricing: perYear(1_200, 'cloud account'),
  },
  {
    id: 'cloud-detection-response',
    offering: 'cloud-security',
    name: 'Cloud Detection and Response',
    description: 'Analyses cloud control-plane activity logs to detect attacks on AWS, Azure and Google Cloud accounts.',
    pricing: perYear(600, 'cloud account'),
  },
  {
    id: 'agentless-vulnerability-scanning',
    offering: 'cloud-security',
    name: 'Agentless Vulnerability and Malware Scanning',
    description: 'Scans snapshots of cloud workloads for vulnerabilities and malware without installing an agent.',
    pricing: perMonth(20, 'workload'),
  },
  {
    id: 'container-security',
    offering: 'cloud-security',
    name: 'Container Security',
    description: 'Scans container images and protects Kubernetes workloads at runtime; billed by usage.',
    pricing: payAsYouGo('container-security'),
  },
  {
    id: 'file-security',
    offering: 'cloud-security',
    name: 'File Security',
    description: 'Scans files in cloud storage and applications for malware before they are used; billed by usage.',
    pricing: payAsYouGo('file-security'),
  },

  // Attack Surface Risk Management
  {
    id: 'attack-surface-discovery',
    offering: 'attack-surface-risk-management',
    name: 'Attack Surface Discovery',
    description: 'Discovers internet-facing assets, domains, certificates and cloud resources.',
    pricing: perYear(2, 'asset'),
  },
  {
    id: 'cyber-risk-exposure',
    offering: 'attack-surface-risk-management',
    name: 'Cyber Risk Exposure Management',
    description: 'Scores risk across devices, identities and applications and ranks what to fix first.',
    pricing: perYear(10, 'asset'),
  },
  {
    id: 'vulnerability-assessment',
    offering: 'attack-surface-risk-management',
    name: 'Vulnerability Assessment',
    description: 'Finds known vulnerabilities on endpoints and servers using the agents already deployed.',
    pricing: perYear(6, 'endpoint'),
  },
  {
    id: 'attack-path-prediction',
    offering: 'attack-surface-risk-management',
    name: 'Attack Path Prediction',
    description: 'Predicts attack paths across hybrid assets and highlights the choke points to close.',
    pricing: perYear(1_500, '1,000 assets'),
  },

  // Zero Trust Secure Access
  {
    id: 'ztsa-internet-access',
    offering: 'zero-trust-secure-access',
    name: 'Internet Access',
    description: 'Cloud secure web gateway with URL filtering, TLS inspection and inline threat protection.',
    pricing: perYear(35, 'user'),
  },
  {
    id: 'ztsa-private-access',
    offering: 'zero-trust-secure-access',
    name: 'Private Access',
    description: 'Gives users access to internal applications without a VPN, with continuous risk-based checks.',
    pricing: perYear(40, 'user'),
  },
  {
    id: 'ztsa-ai-service-access',
    offering: 'zero-trust-secure-access',
    name: 'AI Service Access',
    description: 'Controls and inspects employee use of public generative AI services; billed by usage.',
    pricing: payAsYouGo('ai-service-access'),
  },

  // Mobile Security
  {
    id: 'mobile-threat-defense',
    offering: 'mobile-security',
    name: 'Mobile Threat Defense',
    description: 'Detects malicious apps, network attacks and outdated operating systems on iOS and Android devices.',
    pricing: perYear(25, 'device'),
  },
  {
    id: 'mobile-detection-response',
    offering: 'mobile-security',
    name: 'Mobile Detection and Response',
    description: 'Sends mobile device telemetry for correlation with endpoint, email and network detections.',
    pricing: perYear(10, 'device'),
  },
  {
    id: 'mobile-app-reputation',
    offering: 'mobile-security',
    name: 'Mobile App Reputation',
    description: 'Checks installed apps against reputation data and flags risky permissions.',
    pricing: perYear(3, 'device'),
  },

  // XDR / Threat Intelligence: sandboxing and third-party log ingestion are metered.
  {
    id: 'threat-intelligence-feeds',
    offering: 'xdr-threat-intelligence',
    name: 'Threat Intelligence Feeds',
    description: 'Curated indicators and research reports for hunting and automatic blocking.',
    pricing: perYear(20_000, 'organization'),
  },
  {
    id: 'managed-detection-response',
    offering: 'xdr-threat-intelligence',
    name: 'Managed Detection and Response',
    description: 'Analysts hunt, triage and respond to threats around the clock on your behalf.',
    pricing: perYear(30, 'endpoint'),
  },
  {
    id: 'extended-data-retention',
    offering: 'xdr-threat-intelligence',
    name: 'Extended Data Retention',
    description: 'Keeps activity data searchable for up to one year instead of the default 30 days.',
    pricing: perMonth(500, '100 GB'),
  },
  {
    id: 'sandbox-analysis',
    offering: 'xdr-threat-intelligence',
    name: 'Sandbox Analysis',
    description: 'Detonates suspicious files and URLs in a cloud sandbox beyond the included daily quota; billed by usage.',
    pricing: payAsYouGo('sandbox-analysis'),
  },
  {
    id: 'third-party-log-ingestion',
    offering: 'xdr-threat-intelligence',
    name: 'Third-Party Log Ingestion',
    description: 'Ingests firewall, proxy and identity logs from other vendors for correlation; billed by volume.',
    pricing: payAsYouGo('third-party-integration'),
  },

  // Identity Security
  {
    id: 'identity-posture',
    offering: 'identity-security',
    name: 'Identity Posture',
    description: 'Finds risky accounts, weak configurations and exposed credentials in Entra ID and Active Directory.',
    pricing: perYear(4, 'identity'),
  },
  {
    id: 'identity-threat-detection',
    offering: 'identity-security',
    name: 'Identity Threat Detection and Response',
    description: 'Detects credential attacks and lateral movement against identity providers and can disable accounts.',
    pricing: perYear(6, 'identity'),
  },
  {
    id: 'identity-sensor',
    offering: 'identity-security',
    name: 'Identity Sensor',
    description: 'Collects authentication activity from on-premises Active Directory domain controllers.',
    pricing: perYear(500, 'domain controller'),
  },

  // Data Security
  {
    id: 'data-security-posture',
    offering: 'data-security',
    name: 'Data Security Posture',
    description: 'Discovers and classifies sensitive data across endpoints, email and cloud storage.',
    pricing: perYear(8, 'user'),
  },
  {
    id: 'data-loss-prevention',
    offering: 'data-security',
    name: 'Data Loss Prevention',
    description: 'Enforces data loss prevention policies on endpoints, email and web traffic.',
    pricing: perYear(15, 'user'),
  },
  {
    id: 'data-security-scans',
    offering: 'data-security',
    name: 'Data Store Scanning',
    description: 'Scans cloud databases and buckets for sensitive data on demand; billed by data scanned.',
    pricing: payAsYouGo('data-security-scans'),
  },
] as const satisfies readonly FeatureRow[];

type FeatureId = (typeof FEATURES)[number]['id'];

/* ------------------------------------------------------------------------------------------ */
/* Grants                                                                                       */
/* ------------------------------------------------------------------------------------------ */

interface GrantRow {
  readonly id: string;
  readonly name: string;
  readonly source: GrantSource;
  readonly credits: number;
  /** Days before the as-of day the grant starts (negative: it starts in the future). */
  readonly startsDaysAgo: number;
  /** Length in days, start and end day included. */
  readonly termDays: number;
}

/*
 * Chosen so the history tells a story: a trial that lapsed, converted licence entitlements
 * as the base, an annual purchase ending soon with its renewal already booked, and top-ups
 * from both cloud marketplaces. Step changes land inside the one-year history window.
 */
const GRANTS: readonly GrantRow[] = [
  {
    id: 'grant-trial',
    name: 'Vision One trial credits',
    source: 'trial',
    credits: 20_000,
    startsDaysAgo: 395,
    termDays: 60, // expired ~11 months before the as-of day
  },
  {
    id: 'grant-license-conversion-apex-one',
    name: 'Converted Apex One and Cloud One entitlements',
    source: 'license-conversion',
    credits: 180_000,
    startsDaysAgo: 425, // ~14 months ago, two-year term
    termDays: 730,
  },
  {
    id: 'grant-purchase-po-4500018842',
    name: 'Annual credits purchase (PO 4500018842)',
    source: 'purchase',
    credits: 250_000,
    startsDaysAgo: 300, // ~10 months ago: ends ~65 days after the as-of day
    termDays: 365,
  },
  {
    id: 'grant-aws-private-offer',
    name: 'AWS Marketplace private offer',
    source: 'aws-marketplace',
    credits: 120_000,
    startsDaysAgo: 210, // ~7 months ago
    termDays: 365,
  },
  {
    id: 'grant-license-conversion-ddi',
    name: 'Converted Deep Discovery Inspector entitlements',
    source: 'license-conversion',
    credits: 90_000,
    startsDaysAgo: 190, // ~6 months ago
    termDays: 365,
  },
  {
    id: 'grant-purchase-network-add-on',
    name: 'Add-on credits for network sensors (PO 4500019310)',
    source: 'purchase',
    credits: 75_000,
    startsDaysAgo: 120,
    termDays: 425, // co-termed with the converted Apex One entitlements
  },
  {
    id: 'grant-azure-marketplace',
    name: 'Azure Marketplace subscription',
    source: 'azure-marketplace',
    credits: 60_000,
    startsDaysAgo: 45,
    termDays: 365,
  },
  {
    id: 'grant-purchase-renewal',
    name: 'Annual credits renewal (PO 4500021107)',
    source: 'purchase',
    credits: 250_000,
    startsDaysAgo: -65, // booked: starts the day after PO 4500018842 ends
    termDays: 365,
  },
];

/* ------------------------------------------------------------------------------------------ */
/* Allocation timeline                                                                          */
/* ------------------------------------------------------------------------------------------ */

interface AllocationStep {
  /** Days before the as-of day the change took effect. */
  readonly daysAgo: number;
  readonly featureId: FeatureId;
  /** Units (endpoints, seats, Gbps…) allocated from that day on; replaces earlier steps. */
  readonly units: number;
}

/*
 * The allocations as a timeline, so the history's dotted line grows in the steps a real
 * roll-out makes (sensors first, then protection, then add-ons) and the final state is
 * exactly what `features` and `allocations` show. Each day's allocation stays below that
 * day's valid credits.
 */
const ALLOCATION_STEPS: readonly AllocationStep[] = [
  { daysAgo: 330, featureId: 'endpoint-sensor', units: 3_000 },
  { daysAgo: 330, featureId: 'email-sensor', units: 4_000 },
  { daysAgo: 330, featureId: 'attack-surface-discovery', units: 2_500 },
  { daysAgo: 300, featureId: 'threat-intelligence-feeds', units: 1 },
  { daysAgo: 290, featureId: 'endpoint-security-essentials', units: 1_200 },
  { daysAgo: 280, featureId: 'cloud-email-collaboration-protection', units: 1_500 },
  { daysAgo: 250, featureId: 'endpoint-sensor', units: 6_000 },
  { daysAgo: 200, featureId: 'endpoint-security-essentials', units: 2_000 },
  { daysAgo: 200, featureId: 'endpoint-security-pro', units: 120 },
  { daysAgo: 200, featureId: 'server-workload-protection', units: 150 },
  { daysAgo: 180, featureId: 'network-sensor', units: 1 },
  { daysAgo: 170, featureId: 'cloud-posture', units: 12 },
  { daysAgo: 170, featureId: 'cloud-detection-response', units: 12 },
  { daysAgo: 170, featureId: 'vulnerability-assessment', units: 6_000 },
  { daysAgo: 110, featureId: 'network-sensor', units: 2 },
  { daysAgo: 100, featureId: 'ztsa-internet-access', units: 800 },
  { daysAgo: 100, featureId: 'mobile-threat-defense', units: 600 },
  { daysAgo: 100, featureId: 'agentless-vulnerability-scanning', units: 100 },
  { daysAgo: 40, featureId: 'identity-posture', units: 3_000 },
  { daysAgo: 40, featureId: 'identity-threat-detection', units: 3_000 },
];

/*
 * The over-allocated story: about two months ago the customer expanded endpoint and network
 * coverage without buying more credits first, and has kept adding since. Allocation has
 * exceeded the valid credits since then (balance about −14 %), which the platform allows:
 * nothing is blocked, the console just shows the negative balance.
 */
const OVER_ALLOCATION_STEPS: readonly AllocationStep[] = [
  ...ALLOCATION_STEPS,
  { daysAgo: 62, featureId: 'endpoint-security-essentials', units: 3_500 },
  { daysAgo: 62, featureId: 'endpoint-security-pro', units: 300 },
  { daysAgo: 62, featureId: 'network-sensor', units: 4 },
  { daysAgo: 20, featureId: 'data-loss-prevention', units: 2_500 },
  { daysAgo: 20, featureId: 'ztsa-private-access', units: 800 },
];

/* ------------------------------------------------------------------------------------------ */
/* Builders                                                                                     */
/* ------------------------------------------------------------------------------------------ */

/** Normal demo data: about 79 % of the valid credits allocated. */
export function demoCreditData(options: DemoDataOptions = {}): CreditData {
  return buildCreditData(options.asOf ?? new Date(), ALLOCATION_STEPS);
}

/** The same catalog with more allocated than is valid: the current balance is negative. */
export function demoOverAllocatedData(options: DemoDataOptions = {}): CreditData {
  return buildCreditData(options.asOf ?? new Date(), OVER_ALLOCATION_STEPS);
}

/** The history covers one year: the as-of day and the 364 days before it. */
const HISTORY_DAYS = 365;

function buildCreditData(asOf: Date, steps: readonly AllocationStep[]): CreditData {
  // An invalid Date would turn every date into "NaN-NaN-NaN": fail loudly instead.
  if (Number.isNaN(asOf.getTime())) throw new RangeError('demo data: asOf is an invalid Date');
  const today = startOfUtcDay(asOf);

  const grants = buildGrants(today);
  const allocatedNow = allocatedOn(steps, 0);
  const features = buildFeatures(allocatedNow);
  const allocations = buildAllocations(features);

  const history: HistoryPoint[] = [];
  for (let daysAgo = HISTORY_DAYS - 1; daysAgo >= 0; daysAgo--) {
    const date = isoDay(addDays(today, -daysAgo));
    history.push({
      date,
      totalValid: validOn(grants, date),
      allocated: sum(allocatedOn(steps, daysAgo).values()),
    });
  }

  return {
    summary: {
      totalValid: validOn(grants, isoDay(today)),
      allocated: sum(features.map((f) => f.allocated)),
      asOf: asOf.toISOString(),
    },
    grants,
    allocations,
    history,
    features,
  };
}

function buildGrants(today: Date): CreditGrant[] {
  return GRANTS.map((row) => {
    const start = addDays(today, -row.startsDaysAgo);
    return {
      id: row.id,
      name: row.name,
      credits: row.credits,
      source: row.source,
      startDate: isoDay(start),
      endDate: isoDay(addDays(start, row.termDays - 1)),
    };
  });
}

function buildFeatures(allocated: ReadonlyMap<FeatureId, number>): CreditFeature[] {
  return FEATURES.map((row): CreditFeature => {
    const feature: CreditFeature = {
      id: row.id,
      name: row.name,
      description: row.description,
      offeringId: row.offering,
      offeringName: offeringName(row.offering),
      requirement: null,
      billing: row.pricing.billing,
      allocated: 0,
    };
    if (row.pricing.billing === 'credits') {
      // A fresh copy: StaticCreditProvider may update the data in place.
      feature.requirement = { ...row.pricing.requirement };
      feature.allocated = allocated.get(row.id) ?? 0;
    } else {
      // Pay-as-you-go usage is billed in its app, so nothing is allocated from annual credits.
      feature.appUrl = `${CONSOLE_APP}/${row.pricing.appPath}`;
    }
    return feature;
  });
}

/** One entry per offering that has allocated features, in catalog order. */
function buildAllocations(features: readonly CreditFeature[]): OfferingAllocation[] {
  return OFFERINGS.flatMap((offering): OfferingAllocation[] => {
    const allocated = features.filter((f) => f.offeringId === offering.id && f.allocated > 0);
    if (allocated.length === 0) return [];
    return [
      {
        offeringId: offering.id,
        offeringName: offering.name,
        features: allocated.map((f) => ({ featureId: f.id, featureName: f.name, credits: f.allocated })),
      },
    ];
  });
}

/** Credits allocated per feature on the day `daysAgo` days before the as-of day. */
function allocatedOn(steps: readonly AllocationStep[], daysAgo: number): Map<FeatureId, number> {
  const units = new Map<FeatureId, { units: number; since: number }>();
  for (const step of steps) {
    if (step.daysAgo < daysAgo) continue; // not yet in effect on that day
    const current = units.get(step.featureId);
    // The most recent step in effect wins (smallest daysAgo); ties go to the later entry.
    if (current === undefined || step.daysAgo <= current.since) {
      units.set(step.featureId, { units: step.units, since: step.daysAgo });
    }
  }
  const credits = new Map<FeatureId, number>();
  for (const [id, { units: count }] of units) credits.set(id, count * annualCredits(id));
  return credits;
}

/**
 * Annual credits one unit of a feature takes. A monthly requirement is reserved for the
 * whole year (×12): credits are an annual subscription, allocated rather than spent.
 */
function annualCredits(id: FeatureId): number {
  const row = FEATURES.find((f) => f.id === id);
  if (row === undefined || row.pricing.billing !== 'credits') {
    throw new Error(`demo data: ${id} is not billed in credits`);
  }
  const { credits, period } = row.pricing.requirement;
  return period === 'month' ? credits * 12 : credits;
}

/** Sum of the grants valid on `day` (start and end dates inclusive). */
function validOn(grants: readonly CreditGrant[], day: string): number {
  // YYYY-MM-DD strings compare in calendar order.
  return sum(grants.filter((g) => g.startDate <= day && day <= g.endDate).map((g) => g.credits));
}

function offeringName(id: OfferingId): string {
  const offering = OFFERINGS.find((o) => o.id === id);
  if (offering === undefined) throw new Error(`demo data: unknown offering ${id}`);
  return offering.name;
}

function sum(values: Iterable<number>): number {
  let total = 0;
  for (const value of values) total += value;
  return total;
}

/* UTC day arithmetic: the local time zone must never shift a date by one. */

function startOfUtcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function addDays(date: Date, days: number): Date {
  // Date.UTC normalises day overflow across months and years.
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate() + days));
}

function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
