import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/credit-pie/define.js';
import { demoCreditData, demoOverAllocatedData } from '../src/data/demo-data.js';
import { StaticCreditProvider } from '../src/data/static-provider.js';
import type { CreditData, CreditDataProvider, OfferingAllocation } from '../src/data/types.js';
import { neverAnswering } from './providers.js';

interface PieArgs {
  provider: CreditDataProvider;
  locale?: string;
  maxSlices?: number;
  selectedOffering?: string;
  /** Width of the card's container, to see the donut resize and the legend reflow. */
  width: string;
}

const meta: Meta<PieArgs> = {
  title: 'Elements/credit-pie',
  component: 'credit-pie',
  args: {
    provider: new StaticCreditProvider(demoCreditData()),
    locale: 'en-US',
    width: '600px',
  },
  argTypes: {
    provider: { control: false },
    maxSlices: { control: { type: 'number', min: 2, max: 12 } },
    width: { control: 'text' },
  },
  render: (args) => html`<div style="inline-size: ${args.width}; max-inline-size: 100%">${pie(args)}</div>`,
};
export default meta;

type Story = StoryObj<PieArgs>;

function pie({ provider, locale, maxSlices, selectedOffering }: PieArgs) {
  return html`<credit-pie
    .provider=${provider}
    locale=${ifDefined(locale)}
    max-slices=${ifDefined(maxSlices)}
    selected-offering=${ifDefined(selectedOffering)}
  ></credit-pie>`;
}

/**
 * Nine offerings, the two smallest merged into "Other" (`max-slices` 8). Tab into the legend
 * and use the arrow keys, Home and End, or point at a slice; Enter selects an offering.
 */
export const Default: Story = {};

/** More is allocated than is valid: the centre shows a share above 100 %, plainly. */
export const OverAllocated: Story = {
  args: { provider: new StaticCreditProvider(demoOverAllocatedData()) },
};

/** A single offering fills the ring. */
export const OneOffering: Story = {
  args: { provider: new StaticCreditProvider(withAllocations(demoCreditData().allocations.slice(0, 1))) },
};

/** Twenty offerings: eleven slices and "Other" at `max-slices` 12; the legend lists every one. */
export const TwentyOfferings: Story = {
  args: { provider: new StaticCreditProvider(withAllocations(twentyOfferings())), maxSlices: 12 },
};

/** Nothing is allocated yet. */
export const NothingAllocated: Story = {
  args: { provider: new StaticCreditProvider(withAllocations([])) },
};

/** A provider that never answers: the skeleton has the size of the donut it stands for. */
export const Loading: Story = {
  args: { provider: neverAnswering() },
};

/** The provider's allocations break the contract: the error names the field and offers Retry. */
export const ErrorState: Story = {
  name: 'Error',
  args: {
    provider: new StaticCreditProvider(
      withAllocations([
        { offeringId: 'endpoint-security', offeringName: 'Endpoint Security', features: [{ featureId: 'endpoint-sensor', featureName: 'Endpoint Sensor', credits: -20 }] },
      ]),
    ),
  },
};

/** Only the summary fails: the donut still shows, and the share of valid credits says it is unavailable. */
export const SummaryUnavailable: Story = {
  args: {
    provider: new StaticCreditProvider({ ...demoCreditData(), summary: { totalValid: 'lots' } as unknown as CreditData['summary'] }),
  },
};

/** German number formatting (UI strings stay English until translations are registered). */
export const GermanLocale: Story = {
  args: { locale: 'de-DE' },
};

/** `color-scheme: dark` on an ancestor is all the dark theme needs; an offering is selected. */
export const DarkTheme: Story = {
  args: { selectedOffering: 'cloud-security' },
  render: (args) => html`<div
    style="color-scheme: dark; background: #0d1117; padding: 16px; inline-size: ${args.width}; max-inline-size: 100%"
  >
    ${pie(args)}
  </div>`,
};

/** A host palette through `--credit-series-N`, and a smaller donut through `--credit-pie-size`. */
export const CustomPalette: Story = {
  render: (args) => html`<div
    style="--credit-series-1: #004c6d; --credit-series-2: #2d6a8e; --credit-series-3: #4f8aaf; --credit-series-4: #9c4f00;
      --credit-series-5: #c0392b; --credit-series-6: #6b4c9a; --credit-series-7: #2e7d32; --credit-series-8: #555555;
      --credit-pie-size: 180px; inline-size: ${args.width}; max-inline-size: 100%"
  >
    ${pie(args)}
  </div>`,
};

/** Right to left: the legend mirrors and the arrow keys follow the reading direction. */
export const RightToLeft: Story = {
  render: (args) => html`<div dir="rtl" style="inline-size: ${args.width}; max-inline-size: 100%">${pie(args)}</div>`,
};

/** The narrowest supported container: the centre moves under the ring, figures under the names. */
export const Narrow: Story = {
  args: { width: '160px' },
};

function withAllocations(allocations: OfferingAllocation[]): CreditData {
  return { ...demoCreditData(), allocations };
}

/** Twenty offerings of falling size, the smallest a hundredth of the largest. */
function twentyOfferings(): OfferingAllocation[] {
  return Array.from({ length: 20 }, (_, i) => ({
    offeringId: `offering-${i + 1}`,
    offeringName: `Offering ${i + 1}`,
    features: [
      { featureId: `offering-${i + 1}-core`, featureName: 'Core', credits: Math.round(60_000 / (i + 1)) },
      { featureId: `offering-${i + 1}-add-on`, featureName: 'Add-on', credits: Math.round(6_000 / (i + 1) ** 1.5) },
    ],
  }));
}

