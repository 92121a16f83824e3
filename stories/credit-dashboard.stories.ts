import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/index.js';
import { demoCreditData, demoOverAllocatedData } from '../src/data/demo-data.js';
import { StaticCreditProvider } from '../src/data/static-provider.js';
import type { CreditDataProvider } from '../src/data/types.js';

interface DashboardArgs {
  provider: CreditDataProvider;
  locale?: string;
  sections?: string;
  noOfferingFilter: boolean;
  width: string;
}

const meta: Meta<DashboardArgs> = {
  title: 'Elements/credit-dashboard',
  component: 'credit-dashboard',
  args: {
    provider: new StaticCreditProvider(demoCreditData(), { latencyMs: 300 }),
    noOfferingFilter: false,
    width: '100%',
  },
  argTypes: { provider: { control: false } },
  render: ({ provider, locale, sections, noOfferingFilter, width }) => html`<div style="inline-size: ${width}">
    <credit-provider .provider=${provider}>
      <credit-dashboard locale=${ifDefined(locale)} sections=${ifDefined(sections)} ?no-offering-filter=${noOfferingFilter}></credit-dashboard>
    </credit-provider>
  </div>`,
};
export default meta;

type Story = StoryObj<DashboardArgs>;

/** The whole Annual credits tab on the demo data. Pick an offering in the donut's legend to filter the catalog. */
export const FullDashboard: Story = {};

/** Allocated exceeds valid: the negative balance, the centre over 100 %, the shaded history. */
export const OverAllocated: Story = {
  args: { provider: new StaticCreditProvider(demoOverAllocatedData()) },
};

/** A host shows only some sections, in its own order. */
export const ChosenSections: Story = {
  args: { sections: 'history pie' },
};

/** A phone's width: every section stacks. */
export const Phone: Story = {
  args: { width: '375px' },
};

/** German formatting and strings. */
export const German: Story = {
  args: { locale: 'de-DE' },
};
