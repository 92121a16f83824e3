import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/index.js';
import { elementCss, STYLED_TAGS, varCalls } from '../src/styles/token-scan.js';
import { demoCreditData } from '../src/data/demo-data.js';
import { StaticCreditProvider } from '../src/data/static-provider.js';

/*
 * The theming reference. The token table is read from the elements' real styles at run
 * time, so it cannot drift from the code: every `--credit-*` custom property, its default
 * (light / dark where the default is a light-dark() pair), and the elements that read it.
 */

interface Token {
  name: string;
  fallback: string;
  elements: Set<string>;
}

function allTokens(): Token[] {
  const tokens = new Map<string, Token>();
  for (const tag of STYLED_TAGS) {
    for (const { name, fallback } of varCalls(elementCss(tag))) {
      if (!name.startsWith('--credit-')) continue;
      const token = tokens.get(name) ?? { name, fallback, elements: new Set<string>() };
      token.elements.add(tag);
      tokens.set(name, token);
    }
  }
  return [...tokens.values()].sort((a, b) => a.name.localeCompare(b.name, 'en', { numeric: true }));
}

/** `light-dark(a, b)` shown as "a / b"; anything else as written. */
function readable(fallback: string): string {
  const match = /^light-dark\((.+),\s*([^,]+)\)$/.exec(fallback);
  return match ? `${match[1]} (light) / ${match[2]} (dark)` : fallback;
}

const meta: Meta = {
  title: 'Guides/Theming',
};
export default meta;

/** Every public custom property, read from the shipped styles. */
export const Tokens: StoryObj = {
  render: () => html`<table style="border-collapse: collapse; font: 14px system-ui">
    <caption style="text-align: start; padding-block: 8px">
      Set any of these on the page, a container or the element. Dark defaults apply under
      <code>color-scheme: dark</code>.
    </caption>
    <thead>
      <tr>
        <th scope="col" style="text-align: start; padding: 4px 8px">Token</th>
        <th scope="col" style="text-align: start; padding: 4px 8px">Default</th>
        <th scope="col" style="text-align: start; padding: 4px 8px">Read by</th>
      </tr>
    </thead>
    <tbody>
      ${allTokens().map(
        (token) => html`<tr>
          <th scope="row" style="text-align: start; padding: 4px 8px"><code>${token.name}</code></th>
          <td style="padding: 4px 8px"><code>${readable(token.fallback)}</code></td>
          <td style="padding: 4px 8px">${[...token.elements].join(', ')}</td>
        </tr>`,
      )}
    </tbody>
  </table>`,
};

const provider = new StaticCreditProvider(demoCreditData());

/** A host brand set only through tokens. */
export const HostBrand: StoryObj = {
  render: () => html`<div
    style="--credit-color-accent: #0f766e; --credit-color-focus: #0f766e; --credit-color-surface: #fffdf8;
      --credit-color-border: #e2d9c8; --credit-radius: 2px; --credit-font-family: Georgia, serif;
      --credit-series-1: #0f766e; --credit-series-2: #b45309; --credit-series-3: #6d28d9"
  >
    <credit-dashboard .provider=${provider}></credit-dashboard>
  </div>`,
};

/** The dark defaults, switched on by `color-scheme: dark` on a container. */
export const Dark: StoryObj = {
  render: () => html`<div style="color-scheme: dark; background: #101317; padding: 16px">
    <credit-dashboard .provider=${provider}></credit-dashboard>
  </div>`,
};

/** Parts restyle structure: here every card loses its shadow and gets a thicker border. */
export const Parts: StoryObj = {
  render: () => html`<style>
      .parts-demo credit-dashboard::part(summary-base),
      .parts-demo credit-dashboard::part(pie-base),
      .parts-demo credit-dashboard::part(history-base),
      .parts-demo credit-dashboard::part(catalog-base) {
        box-shadow: none;
        border-width: 2px;
      }
    </style>
    <div class="parts-demo"><credit-dashboard .provider=${provider}></credit-dashboard></div>`,
};
