/** Members that are not public API: TypeScript's `private`/`protected`, `#private` fields, `_names`. */
const isInternal = (member) => member.privacy === 'private' || member.privacy === 'protected' || /^[#_]/.test(member.name);

const LIT_TYPES = { Number: 'number', Boolean: 'boolean', String: 'string' };

/** The TypeScript type named by `@property({ type: Number })` on a class member, if any. */
function litPropertyType(ts, member) {
  for (const decorator of ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : []) {
    const call = decorator.expression;
    if (!ts.isCallExpression(call) || call.expression.getText() !== 'property') continue;
    const options = call.arguments[0];
    const type = options && ts.isObjectLiteralExpression(options)
      ? options.properties.find((option) => option.name?.getText() === 'type')
      : undefined;
    if (type && ts.isPropertyAssignment(type)) return LIT_TYPES[type.initializer.getText()];
  }
  return undefined;
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts', 'src/styles/*.ts', 'src/**/*.layout.ts', 'src/**/*.period.ts', 'src/data/demo-data.ts', 'src/locales/*.ts', 'src/react/*.ts'],
  outdir: '.',
  litelement: true,
  packagejson: false,
  plugins: [
    {
      // `@property({ type: Number }) timeoutMs = DEFAULT_TIMEOUT_MS` has no type the analyzer
      // can read (the default is a constant), so the manifest had none and every tool
      // generated from it guessed `string`. Lit's own `type` option says what it is.
      name: 'type-from-lit-property',
      analyzePhase({ ts, node, moduleDoc }) {
        if (!ts.isClassDeclaration(node) || !node.name) return;
        const declaration = moduleDoc.declarations?.find((each) => each.name === node.name.text);
        for (const member of node.members) {
          const type = !member.type && member.name && litPropertyType(ts, member);
          if (!type) continue;
          const name = member.name.getText();
          for (const entry of [...(declaration?.members ?? []), ...(declaration?.attributes ?? [])]) {
            if ((entry.kind === 'field' ? entry.name : entry.fieldName) === name && !entry.type) entry.type = { text: type };
          }
        }
      },
    },
    {
      // The manifest is the public API: Storybook's docs tables and controls, the generated
      // editor and framework types all read it. Internal members would show up there as
      // props (with controls that break the element), so they are left out here, after
      // inheritance has copied the base class's members into each element.
      name: 'public-api-only',
      packageLinkPhase({ customElementsManifest }) {
        for (const declaration of customElementsManifest.modules.flatMap((module) => module.declarations ?? [])) {
          if (declaration.members) declaration.members = declaration.members.filter((member) => !isInternal(member));
          // An event the analyzer saw dispatched but could not name; the @fires tag documents it by name.
          if (declaration.events) declaration.events = declaration.events.filter((event) => event.name);
        }
      },
    },
    {
      // The analyzer lists modules in file-system order, which differs between checkouts;
      // sorted, the committed manifest is the same wherever it is generated.
      name: 'sort-modules',
      packageLinkPhase({ customElementsManifest }) {
        customElementsManifest.modules.sort((a, b) => a.path.localeCompare(b.path, 'en'));
      },
    },
  ],
};
