// Editor support generated from custom-elements.json (run by `npm run build`, after the
// library and its .d.ts are in dist/):
// - dist/vscode.html-custom-data.json: VS Code's HTML custom data (tags, attributes, their
//   descriptions and known values), for `html.customData` in a project's settings.
// - dist/jsx.d.ts: JSX types for the tags, their attributes and `oncredit-…` event handler
//   props typed with the kit's event classes.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(resolve(root, 'custom-elements.json'), 'utf8'));
const declarations = manifest.modules.flatMap((module) => module.declarations ?? []);

// The event classes carry their name in `static readonly eventName = '…'`.
const eventClassByName = new Map();
for (const declaration of declarations) {
  const eventName = declaration.members?.find((member) => member.static && member.name === 'eventName');
  const name = eventName?.default?.match(/^'([^']+)'$/)?.[1];
  if (declaration.kind === 'class' && name) eventClassByName.set(name, declaration);
}

// Every kit event bubbles and is composed, so an element holding widgets hears all of theirs.
// The manifest does not record what an element holds: these do.
const HOLDS_WIDGETS = new Set(['credit-provider', 'credit-dashboard']);
const allEvents = [...eventClassByName.keys()].map((name) => ({ name }));

const elements = declarations
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .sort((a, b) => a.tagName.localeCompare(b.tagName))
  .map((declaration) => ({
    tag: declaration.tagName,
    summary: declaration.summary ?? '',
    description: declaration.description ?? '',
    attributes: declaration.attributes ?? [],
    events: eventsOf(declaration),
  }));

function eventsOf(declaration) {
  const own = (declaration.events ?? []).filter((event) => event.name);
  const heard = HOLDS_WIDGETS.has(declaration.tagName) ? allEvents : [];
  const byName = new Map();
  for (const event of [...own, ...heard]) if (!byName.has(event.name)) byName.set(event.name, event);
  return [...byName.values()].map((event) => ({
    name: event.name,
    className: eventClassByName.get(event.name)?.name ?? 'Event',
    description: event.description ?? eventClassByName.get(event.name)?.description ?? '',
  }));
}

/** The members of a type like `'a' | 'b' | undefined`, without undefined and null. */
function typeMembers(attribute) {
  return (attribute.type?.text ?? '')
    .split('|')
    .map((member) => member.trim())
    .filter((member) => member && member !== 'undefined' && member !== 'null');
}

const isStringLiteral = (member) => /^'[^']*'$/.test(member);
const enumValues = (attribute) => {
  const members = typeMembers(attribute);
  return members.length > 0 && members.every(isStringLiteral) ? members.map((member) => member.slice(1, -1)) : [];
};

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

const PRIMITIVES = new Set(['string', 'number', 'boolean']);

/** The JSX prop type of an attribute; `string` when the manifest's type is not plain data. */
function attributeType(attribute) {
  const members = typeMembers(attribute);
  const plain = members.length > 0 && members.every((member) => PRIMITIVES.has(member) || isStringLiteral(member));
  return plain ? members.join(' | ') : 'string';
}

const pascal = (tag) => tag.replace(/(^|-)(\w)/g, (_, __, letter) => letter.toUpperCase());
const docComment = (text, indent) =>
  text ? `${indent}/** ${text.replace(/\*\//g, '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '';

function jsxTypes() {
  const eventClasses = [...new Set(elements.flatMap((element) => element.events.map((event) => event.className)))]
    .filter((name) => name !== 'Event')
    .sort();
  const interfaces = elements.map((element) => {
    const attributes = element.attributes.map(
      (attribute) => `${docComment(attribute.description, '  ')}  '${attribute.name}'?: ${attributeType(attribute)};\n`,
    );
    const handlers = element.events.map(
      (event) => `${docComment(event.description, '  ')}  'on${event.name}'?: (event: ${event.className}) => void;\n`,
    );
    return `${docComment(`\`<${element.tag}>\`: ${element.summary}`, '')}export interface ${pascal(element.tag)}Props {\n${[...attributes, ...handlers].join('')}}\n`;
  });
  return `// Generated by scripts/editor-support.mjs from custom-elements.json: do not edit.
import type { ${eventClasses.join(', ')} } from './index.js';

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

${interfaces.join('\n')}
/** Each tag's own props: its attributes and \`on<event>\` handlers. */
export interface CreditWidgetsTagProps {
${elements.map((element) => `  '${element.tag}': ${pascal(element.tag)}Props;\n`).join('')}}

/**
 * The tags as JSX intrinsic elements on top of \`Base\`, the common props of a framework,
 * e.g. \`CreditWidgetsElements<React.HTMLAttributes<HTMLElement>>\` to extend \`React.JSX\`.
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

writeFileSync(resolve(root, 'dist/vscode.html-custom-data.json'), `${JSON.stringify(vscodeCustomData(), null, 2)}\n`);
writeFileSync(resolve(root, 'dist/jsx.d.ts'), jsxTypes());
console.log(`editor support: ${elements.length} tags → dist/vscode.html-custom-data.json, dist/jsx.d.ts`);
