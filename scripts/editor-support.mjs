// Editor and framework support generated from custom-elements.json (run by `npm run build`,
// after the library and its .d.ts are in dist/). What each tag takes comes from the
// manifest (its public attributes, settable properties and events); each type comes from
// the element's own class in dist/, so the generated types never drift from the code.
// - dist/vscode.html-custom-data.json: VS Code's HTML custom data (`html.customData`).
// - dist/web-types.json: JetBrains web-types (package.json `web-types`), for WebStorm & co.
// - dist/jsx.d.ts: JSX types (`credit-widgets/jsx`): attributes, properties, `on<event>`.
// - dist/jsx-react.d.ts: the same tags in React 19's `React.JSX` (`credit-widgets/jsx-react`).
// - dist/vue.d.ts: Vue's `GlobalComponents` for vue-tsc (`credit-widgets/vue`).
// - dist/svelte.d.ts: Svelte's `SvelteHTMLElements` for svelte-check (`credit-widgets/svelte`).
// - dist/credit-widgets.bundle.d.ts: types of `credit-widgets/bundle` (the root API).
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));
const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
const declared = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).map((declaration) => ({ declaration, module: module.path })),
);

/** `src/events/open-app.ts` → `./events/open-app.js`, where its .d.ts sits beside dist/'s generated files. */
const distModule = (path) => `./${path.replace(/^src\//, '').replace(/\.ts$/, '.js')}`;

// The event classes carry their name in `static readonly eventName = '…'`.
const eventClassByName = new Map();
for (const { declaration, module } of declared) {
  const eventName = declaration.members?.find((member) => member.static && member.name === 'eventName');
  const name = eventName?.default?.match(/^'([^']+)'$/)?.[1];
  if (declaration.kind === 'class' && name) eventClassByName.set(name, { className: declaration.name, module, declaration });
}

// Every kit event bubbles and is composed, so an element holding widgets hears all of theirs.
// The manifest does not record what an element holds: these do.
const HOLDS_WIDGETS = new Set(['credit-provider', 'credit-dashboard']);

const elements = declared
  .filter(({ declaration }) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.declaration.tagName.localeCompare(b.declaration.tagName))
  .map(({ declaration, module }) => ({
    tag: declaration.tagName,
    className: declaration.name,
    module,
    summary: declaration.summary ?? '',
    description: declaration.description ?? '',
    attributes: declaration.attributes ?? [],
    // What a host can set: public fields that are not read-only (the manifest holds public members only).
    properties: (declaration.members ?? []).filter((member) => member.kind === 'field' && !member.static && !member.readonly),
    events: eventsOf(declaration),
    cssParts: declaration.cssParts ?? [],
    cssProperties: declaration.cssProperties ?? [],
  }));

function eventsOf(declaration) {
  const own = (declaration.events ?? []).filter((event) => event.name);
  const heard = HOLDS_WIDGETS.has(declaration.tagName) ? [...eventClassByName.keys()].map((name) => ({ name })) : [];
  const byName = new Map();
  for (const event of [...own, ...heard]) if (!byName.has(event.name)) byName.set(event.name, event);
  return [...byName.values()].map((event) => ({
    name: event.name,
    eventClass: eventClassByName.get(event.name)?.className,
    description: event.description ?? eventClassByName.get(event.name)?.declaration.description ?? '',
  }));
}

/** The members of a type like `'a' | 'b' | undefined`, without undefined and null. */
function typeMembers(entry) {
  return (entry.type?.text ?? '')
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member && member !== 'undefined' && member !== 'null');
}

const isStringLiteral = (member) => /^'[^']*'$/.test(member);
const enumValues = (entry) => {
  const members = typeMembers(entry);
  return members.length > 0 && members.every(isStringLiteral) ? members.map((member) => member.slice(1, -1)) : [];
};

const pascal = (name) => name.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());
/** `credit-allocation-request` → `onCreditAllocationRequest`: how Vue names the handler of `@credit-allocation-request`. */
const vueHandler = (event) => `on${pascal(event)}`;
const docComment = (text, indent) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '';
const quote = (name) => `'${name}'`;

// ---------------------------------------------------------------------------------------------
// Editors that read data files.

function vscodeCustomData() {
  return {
    version: 1.1,
    tags: elements.map((element) => ({
      name: element.tag,
      description: {
        kind: 'markdown',
        value: [
          element.summary,
          element.description,
          element.events.length ? `Events: ${element.events.map((event) => `\`${event.name}\``).join(', ')}` : '',
        ]
          .filter(Boolean)
          .join('\n\n'),
      },
      attributes: element.attributes.map((attribute) => {
        const values = enumValues(attribute);
        return {
          name: attribute.name,
          ...(attribute.description ? { description: attribute.description } : {}),
          // `v`: VS Code's value set for attributes that take no value.
          ...(typeMembers(attribute).join() === 'boolean' ? { valueSet: 'v' } : {}),
          ...(values.length ? { values: values.map((name) => ({ name })) } : {}),
        };
      }),
    })),
  };
}

function webTypes() {
  const described = (entry) => (entry.description ? { description: entry.description } : {});
  return {
    $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
    name: pkg.name,
    version: pkg.version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elements.map((element) => ({
          name: element.tag,
          description: [element.summary, element.description].filter(Boolean).join('\n\n'),
          attributes: element.attributes.map((attribute) => ({
            name: attribute.name,
            ...described(attribute),
            ...(attribute.default !== undefined ? { default: attribute.default } : {}),
            value: typeMembers(attribute).join() === 'boolean'
              ? { type: 'boolean', required: false }
              : { type: typeMembers(attribute).join(' | ') || 'string' },
          })),
          events: element.events.map((event) => ({ name: event.name, ...described(event) })),
          js: {
            properties: element.properties.map((property) => ({
              name: property.name,
              ...described(property),
              ...(property.type ? { type: property.type.text } : {}),
            })),
            events: element.events.map((event) => ({ name: event.name, ...described(event) })),
          },
          css: {
            parts: element.cssParts.map((part) => ({ name: part.name, ...described(part) })),
            properties: element.cssProperties.map((property) => ({ name: property.name, ...described(property) })),
          },
        })),
      },
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Type declarations. Each tag's props are one interface in jsx.d.ts; the framework files
// reuse it, so a tag is described once.

const HEADER = '// Generated by scripts/editor-support.mjs from custom-elements.json: do not edit.\n';

/** The import lines of the element classes and the event classes the tags use, each from its module. */
function typeImports() {
  const byModule = new Map();
  const add = (module, name) => byModule.set(module, new Set([...(byModule.get(module) ?? []), name]));
  for (const element of elements) {
    add(element.module, element.className);
    for (const event of element.events) {
      const eventClass = eventClassByName.get(event.name);
      if (eventClass) add(eventClass.module, eventClass.className);
    }
  }
  return [...byModule]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([module, names]) => `import type { ${[...names].sort().join(', ')} } from '${distModule(module)}';\n`)
    .join('');
}

/** One tag's props: attributes by their names, properties by theirs, and `on<event>` handlers. */
function propsInterface(element) {
  const lines = [];
  const seen = new Set();
  const add = (name, type, description) => {
    if (seen.has(name)) return;
    seen.add(name);
    lines.push(`${docComment(description, '  ')}  ${quote(name)}?: ${type};\n`);
  };
  for (const attribute of element.attributes) {
    // An attribute's value is its property's, as Lit converts it (`max-slices={5}` is a number).
    add(attribute.name, `${element.className}[${quote(attribute.fieldName)}]`, attribute.description);
  }
  for (const property of element.properties) add(property.name, `${element.className}[${quote(property.name)}]`, property.description);
  for (const event of element.events) add(`on${event.name}`, `(event: ${event.eventClass ?? 'Event'}) => void`, event.description);
  return `${docComment(`\`<${element.tag}>\`: ${element.summary}`, '')}export interface ${element.className.replace(/Element$/, '')}Props {\n${lines.join('')}}\n`;
}

const propsName = (element) => `${element.className.replace(/Element$/, '')}Props`;

function jsxTypes() {
  return `${HEADER}${typeImports()}
/** The HTML attributes a host commonly sets on any tag; a framework's own JSX types bring theirs. */
export interface CreditWidgetsBaseProps {
  id?: string;
  class?: string;
  slot?: string;
  style?: string;
  lang?: string;
  dir?: 'ltr' | 'rtl' | 'auto';
  hidden?: boolean;
  children?: unknown;
}

${elements.map(propsInterface).join('\n')}
/** Each tag's own props: its attributes, its settable properties and \`on<event>\` handlers. */
export interface CreditWidgetsTagProps {
${elements.map((element) => `  ${quote(element.tag)}: ${propsName(element)};\n`).join('')}}

/**
 * The tags as JSX intrinsic elements on top of \`Base\`, the common props of a framework,
 * e.g. \`CreditWidgetsElements<React.HTMLAttributes<HTMLElement>>\` (see \`credit-widgets/jsx-react\`).
 */
export type CreditWidgetsElements<Base = CreditWidgetsBaseProps> = {
  [Tag in keyof CreditWidgetsTagProps]: Base & CreditWidgetsTagProps[Tag];
};

declare global {
  namespace JSX {
    interface IntrinsicElements extends CreditWidgetsElements {}
  }
}
`;
}

function reactJsxTypes() {
  return `${HEADER}// React 19 reads \`React.JSX\`, not the global \`JSX\`: \`import type {} from 'credit-widgets/jsx-react'\`
// once adds the tags there. React 19 sets a prop the element has as a property (\`provider\`,
// \`strings\`) and an \`on<event>\` prop as a listener of that event.
import type { HTMLAttributes, RefAttributes } from 'react';
import type { CreditWidgetsElements } from './jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CreditWidgetsElements<HTMLAttributes<HTMLElement> & RefAttributes<HTMLElement>> {}
  }
}
`;
}

function vueTypes() {
  const props = (element) => {
    const lines = [];
    for (const property of element.properties) {
      lines.push(`${docComment(property.description, '    ')}    ${quote(property.name)}?: ${element.className}[${quote(property.name)}];\n`);
    }
    for (const event of element.events) {
      lines.push(`${docComment(event.description, '    ')}    ${quote(vueHandler(event.name))}?: (event: ${event.eventClass ?? 'Event'}) => void;\n`);
    }
    return `  ${quote(element.tag)}: CustomElementComponent<{\n${lines.join('')}  }>;\n`;
  };
  return `${HEADER}// The tags for vue-tsc: \`import type {} from 'credit-widgets/vue'\` once (or list it in
// tsconfig \`types\`). Vue's compiler still needs \`isCustomElement\` to leave them to the browser.
// Props are the elements' properties (\`:max-slices\` is \`maxSlices\`), events the
// \`@credit-…\` listeners. With \`vueCompilerOptions.strictTemplates\`, an unknown attribute or
// event on a tag is an error too.
import type { AllowedComponentProps, DefineComponent, VNodeProps } from 'vue';
${typeImports()}
/** A tag as vue-tsc sees a component: these props (and a tag's usual attributes), nothing else. */
type CustomElementComponent<Props> = DefineComponent<Props & AllowedComponentProps & VNodeProps>;

declare module 'vue' {
  interface GlobalComponents {
${elements.map(props).join('').replace(/^/gm, '  ').replace(/^\s+$/gm, '')}  }
}
`;
}

function svelteTypes() {
  return `${HEADER}// The tags for svelte-check: \`import type {} from 'credit-widgets/svelte'\` once (e.g. in
// src/app.d.ts). An unknown attribute on a tag, or a value of the wrong type, is an error.
// Svelte 5 sets a prop the element has as a property (\`provider\`, \`strings\`), the others as
// attributes, and \`oncredit-…={handler}\` listens to that event.
import type { HTMLAttributes } from 'svelte/elements';
import type { CreditWidgetsTagProps } from './jsx.js';

declare module 'svelte/elements' {
  interface SvelteHTMLElements {
${elements.map((element) => `    ${quote(element.tag)}: HTMLAttributes<HTMLElement> & CreditWidgetsTagProps[${quote(element.tag)}];\n`).join('')}  }
}
`;
}

const BUNDLE_TYPES = `${HEADER}// \`credit-widgets/bundle\` is the root API with every dependency inlined, and the demo data.
export * from './index.js';
export * from './demo.js';
`;

const write = (file, text) => writeFileSync(resolve(root, 'dist', file), text);
write('vscode.html-custom-data.json', `${JSON.stringify(vscodeCustomData(), null, 2)}\n`);
write('web-types.json', `${JSON.stringify(webTypes(), null, 2)}\n`);
write('jsx.d.ts', jsxTypes());
write('jsx-react.d.ts', reactJsxTypes());
write('vue.d.ts', vueTypes());
write('svelte.d.ts', svelteTypes());
write('credit-widgets.bundle.d.ts', BUNDLE_TYPES);
console.log(
  `editor support: ${elements.length} tags → dist/vscode.html-custom-data.json, web-types.json, jsx.d.ts, jsx-react.d.ts, vue.d.ts, svelte.d.ts; credit-widgets.bundle.d.ts`,
);
