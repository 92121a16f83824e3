import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/credit-summary/define.js';
import { demoCreditData, demoOverAllocatedData } from '../src/data/demo-data.js';
import { StaticCreditProvider } from '../src/data/static-provider.js';
import { GRANT_SOURCES, type CreditData, type CreditDataProvider, type CreditGrant } from '../src/data/types.js';
import { creditBreakdown } from '../src/data/grants.js';
import { neverAnswering } from './providers.js';
import { addDays, isoDay } from '../src/data/days.js';

interface SummaryArgs {
  provider: CreditDataProvider;
  locale?: string;
  purchaseUrl?: string;
  /** Width of the card's container, to see the container queries at work. */
  width: string;
}

const meta: Meta<SummaryArgs> = {
  title: 'Elements/credit-summary',
  component: 'credit-summary',
  args: {
    provider: new StaticCreditProvider(demoCreditData()),
    locale: 'en-US',
    width: '720px',
  },
  argTypes: {
    provider: { control: false },
    width: { control: 'text' },
  },
  render: ({ provider, locale, purchaseUrl, width }) => html`<div style="inline-size: ${width}; max-inline-size: 100%">
    <credit-summary .provider=${provider} locale=${ifDefined(locale)} purchase-url=${ifDefined(purchaseUrl)}></credit-summary>
  </div>`,
};
export default meta;

type Story = StoryObj<SummaryArgs>;

export const Default: Story = {};

/** More is allocated than is valid: the balance is negative, marked in words, with the note and a purchase link. */
export const NegativeBalance: Story = {
  args: {
    provider: new StaticCreditProvider(demoOverAllocatedData()),
    purchaseUrl: 'https://shop.example.com/credits',
  },
};

/** About thirty grants from every source: open View details to see the sorted table and the CSV. */
export const ManyGrants: Story = {
  args: { provider: new StaticCreditProvider(manyGrantsData(30)) },
};

/** A provider that never answers: the skeleton has the size of the content it stands for (the cache gives up after 30 s). */
export const Loading: Story = {
  args: { provider: neverAnswering() },
};

/** The provider's summary breaks the contract: the error names the field and offers Retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: {
    provider: new StaticCreditProvider({
      ...demoCreditData(),
      summary: { totalValid: -1, allocated: 613_600, asOf: new Date().toISOString() },
    }),
  },
};

/** Only the grants are bad: the figures still show, the breakdown has its own error and Retry. */
export const GrantsError: Story = {
  args: {
    provider: new StaticCreditProvider({ ...demoCreditData(), grants: [{ id: 'g-1', name: 'Broken grant' }] } as unknown as CreditData),
  },
};

export const GermanLocale: Story = {
  args: { locale: 'de-DE', provider: new StaticCreditProvider(demoOverAllocatedData()) },
};

/** `color-scheme: dark` on an ancestor is all the dark theme needs. */
export const DarkTheme: Story = {
  args: { provider: new StaticCreditProvider(demoOverAllocatedData()), purchaseUrl: 'https://shop.example.com/credits' },
  render: ({ provider, locale, purchaseUrl, width }) => html`<div
    style="color-scheme: dark; background: #0d1117; padding: 16px; inline-size: ${width}; max-inline-size: 100%"
  >
    <credit-summary .provider=${provider} locale=${ifDefined(locale)} purchase-url=${ifDefined(purchaseUrl)}></credit-summary>
  </div>`,
};

/**
 * Right to left with Arabic number formatting. UI strings stay English until the host
 * registers translations with `registerCreditStrings('ar', {...})`.
 */
export const RightToLeft: Story = {
  args: { locale: 'ar-EG', provider: new StaticCreditProvider(demoOverAllocatedData()) },
  render: ({ provider, locale, purchaseUrl, width }) => html`<div dir="rtl" style="inline-size: ${width}; max-inline-size: 100%">
    <credit-summary .provider=${provider} locale=${ifDefined(locale)} purchase-url=${ifDefined(purchaseUrl)}></credit-summary>
  </div>`,
};

/** The narrowest supported container: the figures stack. */
export const Narrow: Story = {
  args: { width: '280px', provider: new StaticCreditProvider(demoOverAllocatedData()) },
};

/** Demo data with `count` generated grants; the summary's total is what those grants make valid today. */
function manyGrantsData(count: number): CreditData {
  const data = demoCreditData();
  const today = isoDay(new Date(data.summary.asOf));
  const grants: CreditGrant[] = Array.from({ length: count }, (_, i) => {
    const source = GRANT_SOURCES[i % GRANT_SOURCES.length]!;
    const startDate = addDays(today, -((i * 53) % 700) + 60);
    return {
      id: `grant-${i + 1}`,
      name: `${source === 'license-conversion' ? 'Converted entitlement' : 'Credits order'} #${1001 + i}`,
      credits: 5_000 + ((i * 7_919) % 40) * 1_000,
      source,
      startDate,
      endDate: addDays(startDate, i % 3 === 0 ? 729 : 364),
    };
  });
  const totalValid = creditBreakdown(grants, today).total;
  return { ...data, grants, summary: { ...data.summary, totalValid, allocated: Math.round(totalValid * 0.8) } };
}

