import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { demoCreditData } from '../src/data/demo-data.js';
import { StaticCreditProvider } from '../src/data/static-provider.js';
import type { CreditData, CreditDataProvider, CreditFeature } from '../src/data/types.js';
import '../src/feature-catalog/define.js';
import '../src/locales/all.js';
import type { CatalogStrings } from '../src/feature-catalog/feature-catalog.strings.js';
import { neverAnswering } from './providers.js';

interface CatalogArgs {
  provider: CreditDataProvider;
  locale?: string;
  /** Pre-filter to one offering id, as a dashboard does when the user picks it in the donut. */
  offering?: string;
  strings?: Partial<CatalogStrings>;
  /** Width of the catalog's container: tables from 48rem, cards below. */
  width: string;
  /** `color-scheme` of the container: `dark` gives the dark theme. */
  colorScheme: 'light' | 'dark';
  dir: 'ltr' | 'rtl';
}

const meta: Meta<CatalogArgs> = {
  title: 'Elements/feature-catalog',
  component: 'feature-catalog',
  args: {
    provider: new StaticCreditProvider(demoCreditData()),
    width: '960px',
    colorScheme: 'light',
    dir: 'ltr',
  },
  argTypes: {
    provider: { control: false },
    strings: { control: false },
    colorScheme: { control: 'inline-radio', options: ['light', 'dark'] },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  render: ({ provider, locale, offering, strings, width, colorScheme, dir }) => html`<div
    dir=${dir}
    style="inline-size: ${width}; max-inline-size: 100%; color-scheme: ${colorScheme}; padding: 16px; background: light-dark(#f4f6f8, #0d1117)"
  >
    <feature-catalog .provider=${provider} .strings=${strings} locale=${ifDefined(locale)} offering=${ifDefined(offering)}></feature-catalog>
  </div>`,
};
export default meta;

type Story = StoryObj<CatalogArgs>;

/** The demo catalog: 40 features of 10 offerings, allocated, not allocated and pay-as-you-go. */
export const Default: Story = {};

/**
 * 10,000 features: above a few hundred rows the list is virtualized against the page's own
 * scroll (the virtualizer is loaded only then), so scrolling and filtering stay smooth.
 */
export const ManyFeatures: Story = {
  args: { provider: new StaticCreditProvider(withFeatures(generatedFeatures(10_000))) },
};

/** A search nothing matches: the count says 0 and Clear filters brings everything back. */
export const SearchWithNoMatch: Story = {
  play: async ({ canvasElement }) => {
    const catalog = canvasElement.querySelector('feature-catalog')!;
    const input = await until(() => catalog.shadowRoot?.querySelector<HTMLInputElement>('input[type="search"]'));
    input.value = 'quantum toaster';
    input.dispatchEvent(new Event('input', { bubbles: true }));
  },
};

/** Every feature is billed by usage in its own app: each row links there. */
export const AllPayAsYouGo: Story = {
  args: {
    provider: new StaticCreditProvider(
      withFeatures(
        demoCreditData().features.map((f) => ({
          ...f,
          billing: 'pay-as-you-go',
          requirement: null,
          allocated: 0,
          appUrl: f.appUrl ?? `https://console.example.com/app/${f.id}`,
        })),
      ),
    ),
  },
};

/** Filtered to one offering by the host; the chip removes the filter. */
export const FilteredToOffering: Story = {
  args: { offering: 'cloud-security' },
};

/** The provider has not answered yet: a skeleton of the final size. */
export const Loading: Story = {
  args: { provider: neverAnswering() },
};

/** The provider's data fails validation: the precise field, and Retry. */
export const ErrorState: Story = {
  args: {
    provider: new StaticCreditProvider(
      withFeatures(demoCreditData().features.map((f, i) => (i === 3 ? { ...f, allocated: -250 } : f))),
    ),
  },
};

/** No features at all. */
export const Empty: Story = {
  args: { provider: new StaticCreditProvider(withFeatures([])) },
};

/** Untrusted text: markup in names shows as text, and a `javascript:` app link never becomes a link. */
export const UntrustedData: Story = {
  args: {
    provider: new StaticCreditProvider(
      withFeatures([
        feature({
          id: 'markup',
          name: '<img src=x onerror=alert(1)> A name with markup and averyveryveryveryveryveryveryveryverylongunbrokenword',
          description: '<b>Not bold</b>, because descriptions are text. '.repeat(6),
        }),
        feature({ id: 'script-link', name: 'Script link', billing: 'pay-as-you-go', requirement: null, appUrl: 'javascript:alert(1)' }),
        feature({ id: 'no-link', name: 'No link', billing: 'pay-as-you-go', requirement: null }),
      ]),
    ),
  },
};

/** German formatting and the bundled German strings (`credit-widgets/locales/de`). */
export const German: Story = {
  args: { locale: 'de-DE' },
};

/** The dark theme: `color-scheme: dark` on any ancestor. */
export const Dark: Story = {
  args: { colorScheme: 'dark' },
};

/** Right to left, in Arabic: columns, chips and chevrons mirror. */
export const RightToLeft: Story = {
  args: { dir: 'rtl', locale: 'ar' },
};

/** A phone's width: every feature is a card with labelled values. */
export const Narrow: Story = {
  args: { width: '375px' },
};

/* ------------------------------------------------------------------------------------------ */

function withFeatures(features: CreditFeature[]): CreditData {
  return { ...demoCreditData(), features };
}

function feature(overrides: Partial<CreditFeature> & { id: string; name: string }): CreditFeature {
  return {
    description: '',
    offeringId: 'cloud-security',
    offeringName: 'Cloud Security',
    requirement: { credits: 40, per: 'workload', period: 'year' },
    billing: 'credits',
    allocated: 0,
    ...overrides,
  };
}

function generatedFeatures(count: number): CreditFeature[] {
  const offerings = [...new Map(demoCreditData().features.map((f) => [f.offeringId, { id: f.offeringId, name: f.offeringName }])).values()];
  return Array.from({ length: count }, (_, i) => {
    const offering = offerings[i % offerings.length]!;
    return feature({
      id: `generated-${i}`,
      name: `Feature ${i + 1}`,
      description: `Generated feature number ${i + 1} of the ${offering.name} offering.`,
      offeringId: offering.id,
      offeringName: offering.name,
      requirement: { credits: ((i * 37) % 500) + 1, per: 'seat', period: i % 4 === 0 ? 'month' : 'year' },
      allocated: i % 3 === 0 ? ((i * 13) % 90) * 100 : 0,
    });
  });
}


async function until<T>(find: () => T | null | undefined): Promise<T> {
  for (;;) {
    const found = find();
    if (found) return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
