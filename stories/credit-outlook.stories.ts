import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/credit-outlook/define.js';
import { addDays, isoDay } from '../src/data/days.js';
import { demoCreditData, demoOverAllocatedData } from '../src/data/demo-data.js';
import { StaticCreditProvider } from '../src/data/static-provider.js';
import type { CreditData, CreditDataProvider } from '../src/data/types.js';
import '../src/locales/all.js';
import { neverAnswering } from './providers.js';

interface OutlookArgs {
  provider: CreditDataProvider;
  locale?: string;
  dir?: 'ltr' | 'rtl';
  days?: number;
  purchaseUrl?: string;
  width: string;
}

const meta: Meta<OutlookArgs> = {
  title: 'Elements/credit-outlook',
  component: 'credit-outlook',
  args: {
    provider: new StaticCreditProvider(demoCreditData()),
    locale: 'en-US',
    days: 365,
    width: '860px',
  },
  argTypes: {
    provider: { control: false },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
    width: { control: 'text' },
  },
  render: ({ provider, locale, dir, days, purchaseUrl, width }) => html`<div dir=${ifDefined(dir)} style="inline-size: ${width}; max-inline-size: 100%">
    <credit-outlook
      .provider=${provider}
      locale=${ifDefined(locale)}
      days=${ifDefined(days)}
      purchase-url=${ifDefined(purchaseUrl)}
    ></credit-outlook>
  </div>`,
};
export default meta;

type Story = StoryObj<OutlookArgs>;

/** The demo account: a renewal without a gap in February, then grants ending in May and October leave the balance below zero. */
export const ShortfallAhead: Story = {};

/** With `purchase-url`: Buy credits is the primary action because a shortfall is coming. */
export const WithBuyCredits: Story = {
  args: { purchaseUrl: 'https://shop.example.com/credits' },
};

/** More is allocated than is valid today: the sentence says so first. */
export const AlreadyNegative: Story = {
  args: { provider: new StaticCreditProvider(demoOverAllocatedData()), purchaseUrl: 'https://shop.example.com/credits' },
};

/** Every grant runs past the horizon: nothing changes, nothing is at risk, Buy credits stays secondary. */
export const NothingChanges: Story = {
  args: { provider: new StaticCreditProvider(steadyData()), purchaseUrl: 'https://shop.example.com/credits' },
};

/** Looking 90 days ahead only (`days="90"`). */
export const NinetyDays: Story = {
  args: { days: 90 },
};

/** German figures, dates and words. */
export const German: Story = {
  args: { locale: 'de-DE' },
};

/** Arabic, right to left. */
export const Arabic: Story = {
  args: { locale: 'ar', dir: 'rtl' },
};

/** A provider that never answers: the skeleton has the size of the content it stands for. */
export const Loading: Story = {
  args: { provider: neverAnswering() },
};

/** The grants break the contract: the error names the field and offers Retry. */
export const InvalidGrants: Story = {
  args: {
    provider: new StaticCreditProvider({
      ...demoCreditData(),
      grants: [{ ...demoCreditData().grants[0]!, credits: -1 }],
    } as CreditData),
  },
};

/** One grant valid for years, covering the allocation. */
function steadyData(): CreditData {
  const data = demoCreditData();
  const today = isoDay(new Date());
  return {
    ...data,
    grants: [
      {
        id: 'enterprise-agreement',
        name: 'Enterprise agreement (five years)',
        credits: 800_000,
        source: 'purchase',
        startDate: addDays(today, -400),
        endDate: addDays(today, 1_400),
      },
    ],
  };
}
