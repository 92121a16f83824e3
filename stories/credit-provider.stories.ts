import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../src/credit-provider/define.js';
import '../src/credit-summary/define.js';
import '../src/credit-pie/define.js';
import type { CreditProviderElement } from '../src/credit-provider/credit-provider.js';
import { demoCreditData } from '../src/data/demo-data.js';
import { StaticCreditProvider } from '../src/data/static-provider.js';
import type { CreditDataProvider } from '../src/data/types.js';

interface ProviderArgs {
  provider?: CreditDataProvider;
  src?: string;
  demo: boolean;
  timeoutMs?: number;
}

const meta: Meta<ProviderArgs> = {
  title: 'Elements/credit-provider',
  component: 'credit-provider',
  args: { demo: true },
  argTypes: {
    provider: { control: false },
    src: { control: 'text' },
    timeoutMs: { control: { type: 'number', min: 1000, step: 1000 } },
  },
  render: ({ provider, src, demo, timeoutMs }) => html`<credit-provider
    .provider=${provider}
    src=${ifDefined(src)}
    ?demo=${demo}
    timeout-ms=${ifDefined(timeoutMs)}
  >
    <credit-summary locale="en-US"></credit-summary>
    <credit-pie locale="en-US"></credit-pie>
  </credit-provider>`,
};
export default meta;

type Story = StoryObj<ProviderArgs>;

/** `<credit-provider demo>`: the built-in demo data for every widget inside, each section asked for once. */
export const DemoData: Story = {};

/** A host's own provider, set as the `provider` property (it takes precedence over `src` and `demo`). */
export const OwnProvider: Story = {
  args: { demo: false, provider: new StaticCreditProvider(demoCreditData()) },
};

/**
 * A host's own provider without `subscribe`, reading from a "backend" that the Refresh story
 * changes, as a host's API would change after a save.
 */
const demo = demoCreditData();
const served = new StaticCreditProvider(demo);
let savedAllocations = demo.allocations;
const hostProvider: CreditDataProvider = {
  getSummary: (req) => served.getSummary(req),
  getGrants: (req) => served.getGrants(req),
  getAllocations: async () => savedAllocations,
  getHistory: (req) => served.getHistory(req),
  getFeatures: (req) => served.getFeatures(req),
};

/**
 * After the host saved an allocation: `refresh(sections)` asks the provider again for what
 * changed, and every widget inside updates. (A provider with `subscribe`, such as
 * `HttpCreditProvider` with `changes`, reports changes by itself.) Here the button doubles
 * the first offering's allocation in the "backend", then refreshes.
 */
export const Refresh: Story = {
  args: { demo: false, provider: hostProvider },
  render: (args, context) => {
    const saveAndRefresh = (event: Event) => {
      const [first, ...rest] = savedAllocations;
      if (first) savedAllocations = [{ ...first, features: first.features.map((f) => ({ ...f, credits: f.credits * 2 })) }, ...rest];
      const element = (event.currentTarget as HTMLElement).nextElementSibling as CreditProviderElement;
      element.refresh(['allocations']);
    };
    return html`<button type="button" @click=${saveAndRefresh}>Save a bigger allocation and refresh</button>
      ${meta.render!(args, context)}`;
  },
};
