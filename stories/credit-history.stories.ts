import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/credit-history/define.js';
import { demoCreditData, demoOverAllocatedData } from '../src/data/demo-data.js';
import { StaticCreditProvider } from '../src/data/static-provider.js';
import type { CreditData, CreditDataProvider, CreditGrant, HistoryPoint } from '../src/data/types.js';
import { creditBreakdown } from '../src/data/grants.js';
import { neverAnswering } from './providers.js';
import { addDays, isoDay } from '../src/data/days.js';

interface HistoryArgs {
  provider: CreditDataProvider;
  from?: string;
  to?: string;
  locale?: string;
  showTable: boolean;
  /** Days projected past the as-of day (0: none). */
  projectionDays?: number;
  /** Width of the card's container, to see the chart resize and the container queries at work. */
  width: string;
}

const meta: Meta<HistoryArgs> = {
  title: 'Elements/credit-history',
  component: 'credit-history',
  args: {
    provider: new StaticCreditProvider(demoCreditData()),
    locale: 'en-US',
    showTable: false,
    width: '760px',
  },
  argTypes: {
    provider: { control: false },
    width: { control: 'text' },
  },
  render: (args) => html`<div style="inline-size: ${args.width}; max-inline-size: 100%">${history(args)}</div>`,
};
export default meta;

type Story = StoryObj<HistoryArgs>;

function history({ provider, from, to, locale, showTable, projectionDays }: HistoryArgs) {
  return html`<credit-history
    .provider=${provider}
    projection-days=${ifDefined(projectionDays)}
    from=${ifDefined(from)}
    to=${ifDefined(to)}
    locale=${ifDefined(locale)}
    ?show-table=${showTable}
  ></credit-history>`;
}

/** The year ending on the as-of day: focus the plot and use the arrow keys, or point at it. */
export const Default: Story = {};

/** The next 90 days projected from the grants, right of the Today marker (the dashboard's default). */
export const Projection: Story = {
  args: { projectionDays: 90 },
};

/** A year ahead: the projected balance goes below zero as grants end, shaded as a projected shortfall. */
export const ProjectedShortfall: Story = {
  args: { projectionDays: 365 },
};

/** The period picker on a custom range: pick "Custom" to type one; an invalid range is said inline. */
export const CustomPeriod: Story = {
  args: { from: isoDay(new Date(Date.now() - 120 * 86_400_000)), to: isoDay(new Date()) },
};

/** The table view's "Changes" rows: grants starting and ending and allocation changes, newest first. */
export const ChangesTable: Story = {
  args: { showTable: true },
};

/** Allocation has exceeded the valid credits for the last two months: the gap is hatched and labelled. */
export const OverAllocated: Story = {
  args: { provider: new StaticCreditProvider(demoOverAllocatedData()) },
};

/**
 * Purchases, a marketplace order and a renewal start inside the year while a trial and an
 * annual purchase expire: each is a step of the solid line and a mark on the time axis.
 */
export const PurchasesAndExpiries: Story = {
  args: { provider: new StaticCreditProvider(purchasesAndExpiriesData()) },
};

/** 1,826 daily points between the `from` and `to` attributes. */
export const FiveYears: Story = {
  args: {
    provider: new StaticCreditProvider(fiveYearsData()),
    from: addDays(today(), -1825),
    to: today(),
  },
};

/** Weekly points plus one full month: days without data are gaps, lone days are dots and rings. */
export const SparseData: Story = {
  args: {
    provider: new StaticCreditProvider({
      ...demoCreditData(),
      history: demoCreditData().history.filter((_, i) => i % 7 === 0 || (i >= 200 && i < 231)),
    }),
  },
};

/** The same data as a table: what the "Show as table" toggle opens. */
export const TableView: Story = {
  args: { showTable: true, provider: new StaticCreditProvider(demoOverAllocatedData()) },
};

/** A provider that never answers: the skeleton has the size of the chart it stands for. */
export const Loading: Story = {
  args: { provider: neverAnswering() },
};

/** The provider's history breaks the contract: the error names the field and offers Retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: {
    provider: new StaticCreditProvider({
      ...demoCreditData(),
      history: [{ date: today(), totalValid: -5, allocated: 0 }],
    }),
  },
};

/** No point in the period. */
export const EmptyPeriod: Story = {
  args: { provider: new StaticCreditProvider({ ...demoCreditData(), history: [] }) },
};

/** A `from` attribute that is not a date: the error names the attribute. */
export const InvalidPeriod: Story = {
  args: { from: '2026-02-30' },
};

export const GermanLocale: Story = {
  args: { locale: 'de-DE', provider: new StaticCreditProvider(demoOverAllocatedData()) },
};

/** `color-scheme: dark` on an ancestor is all the dark theme needs. */
export const DarkTheme: Story = {
  args: { provider: new StaticCreditProvider(demoOverAllocatedData()) },
  render: (args) => html`<div
    style="color-scheme: dark; background: #0d1117; padding: 16px; inline-size: ${args.width}; max-inline-size: 100%"
  >
    ${history(args)}
  </div>`,
};

/**
 * Right to left: time runs from right to left, the credit axis stands on the right and the
 * left arrow key moves forward in time. UI strings stay English until the host registers
 * translations with `registerCreditStrings('ar', {...})`.
 */
export const RightToLeft: Story = {
  args: { locale: 'ar-EG', provider: new StaticCreditProvider(demoOverAllocatedData()) },
  render: (args) => html`<div dir="rtl" style="inline-size: ${args.width}; max-inline-size: 100%">${history(args)}</div>`,
};

/** A narrow container: fewer ticks, the legend wraps. */
export const Narrow: Story = {
  args: { width: '320px' },
};

function today(): string {
  return isoDay(new Date());
}

/** Grants that start and end inside the year, with the history they make and a steady allocation. */
function purchasesAndExpiriesData(): CreditData {
  const data = demoCreditData();
  const end = isoDay(new Date(data.summary.asOf));
  const start = addDays(end, -364);
  const grant = (id: string, name: string, source: CreditGrant['source'], credits: number, from: number, days: number) => ({
    id,
    name,
    source,
    credits,
    startDate: addDays(start, from),
    endDate: addDays(start, from + days - 1),
  });
  const grants: CreditGrant[] = [
    grant('trial', 'Vision One trial credits', 'trial', 50_000, -20, 60),
    grant('conversion', 'Converted Apex One entitlements', 'license-conversion', 200_000, -100, 730),
    grant('purchase-1', 'Annual credits purchase (PO 4500018842)', 'purchase', 150_000, 30, 200),
    grant('aws', 'AWS Marketplace private offer', 'aws-marketplace', 120_000, 120, 365),
    grant('purchase-2', 'Annual credits renewal (PO 4500021107)', 'purchase', 150_000, 230, 365),
    grant('azure', 'Azure Marketplace subscription', 'azure-marketplace', 60_000, 300, 365),
  ];
  const history: HistoryPoint[] = Array.from({ length: 365 }, (_, i) => {
    const date = addDays(start, i);
    return { date, totalValid: creditBreakdown(grants, date).total, allocated: 150_000 + Math.floor(i / 45) * 30_000 };
  });
  const last = history[history.length - 1]!;
  return { ...data, grants, history, summary: { ...data.summary, totalValid: last.totalValid, allocated: last.allocated } };
}

/** Five years of daily points: yearly renewals that grow, and an allocation that follows them. */
function fiveYearsData(): CreditData {
  const end = today();
  const history: HistoryPoint[] = Array.from({ length: 1826 }, (_, i) => {
    const year = Math.floor(i / 365);
    return {
      date: addDays(end, i - 1825),
      totalValid: 300_000 + year * 120_000,
      allocated: 150_000 + Math.floor(i / 30) * 7_500,
    };
  });
  return { ...demoCreditData(), history };
}

