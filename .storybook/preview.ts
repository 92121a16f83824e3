import { setCustomElementsManifest } from '@storybook/web-components-vite';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/index.js';

// Controls and the docs tables come from the analyzer's manifest, i.e. from the JSDoc. The
// manifest holds the public API only (custom-elements-manifest.config.mjs leaves out private
// and protected members), so that is what the docs list.
setCustomElementsManifest(manifest);

interface ManifestMember {
  kind: string;
  name: string;
  static?: boolean;
  readonly?: boolean;
  description?: string;
  parameters?: { name: string; optional?: boolean; type?: { text: string } }[];
  return?: { type?: { text: string } };
}

interface ManifestDeclaration {
  tagName?: string;
  description?: string;
  members?: ManifestMember[];
}

const declarations = (manifest as { modules: { declarations?: ManifestDeclaration[] }[] }).modules.flatMap(
  (module) => module.declarations ?? [],
);

const declarationOf = (tag: unknown) => declarations.find((declaration) => declaration.tagName === tag);

const signature = (method: ManifestMember) =>
  `${method.name}(${(method.parameters ?? [])
    .map((p) => `${p.name}${p.optional ? '?' : ''}${p.type ? `: ${p.type.text}` : ''}`)
    .join(', ')})${method.return?.type ? `: ${method.return.type.text}` : ''}`;

const cell = (text = '') => text.replace(/\n/g, ' ').replace(/\|/g, '\\|');

/**
 * The element's description with its public methods after it: Storybook's tables list
 * attributes, properties, events, slots, parts and custom properties, but no methods, and
 * `refresh()` is how a host updates the widgets after it saved an allocation.
 */
function componentDescription(tag: unknown): string {
  const declaration = declarationOf(tag);
  const methods = (declaration?.members ?? []).filter((member) => member.kind === 'method' && !member.static);
  const table = methods.length
    ? `\n\n### Methods\n\n| method | does |\n|---|---|\n${methods.map((m) => `| \`${cell(signature(m))}\` | ${cell(m.description)} |`).join('\n')}`
    : '';
  return `${declaration?.description ?? ''}${table}`;
}

/** Read-only properties (`resolvedLocale`, `dataCache`…) are documented but get no control: setting one throws. */
const readOnlyWithoutControl: NonNullable<Preview['argTypesEnhancers']>[number] = (context) => {
  const members = declarationOf(context.component)?.members ?? [];
  const argTypes = { ...context.argTypes };
  for (const member of members) {
    const argType = argTypes[member.name];
    if (member.readonly && argType) argTypes[member.name] = { ...argType, control: false };
  }
  return argTypes;
};

const preview: Preview = {
  tags: ['autodocs'],
  argTypesEnhancers: [readOnlyWithoutControl],
  parameters: {
    controls: { expanded: true },
    layout: 'padded',
    docs: { extractComponentDescription: componentDescription },
  },
};

export default preview;
