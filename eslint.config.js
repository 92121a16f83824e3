import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** The kit renders untrusted text: nothing may turn a string into markup or code. */
const noMarkupFromStrings = [
  { selector: "MemberExpression[property.name='innerHTML']", message: 'innerHTML turns text into markup: render with Lit templates.' },
  { selector: "MemberExpression[property.name='outerHTML']", message: 'outerHTML turns text into markup: render with Lit templates.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'insertAdjacentHTML turns text into markup.' },
  { selector: "CallExpression[callee.name='eval']", message: 'eval breaks under a strict CSP.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function is eval: it breaks under a strict CSP.' },
  { selector: "ImportDeclaration[source.value=/unsafe-html|unsafe-svg|unsafe-mathml/]", message: 'unsafeHTML / unsafeSVG / unsafeMathML render untrusted text as markup.' },
  { selector: "ImportDeclaration[source.value=/style-map/]", message: 'styleMap writes a style attribute on first render, which a strict style-src blocks: use styleProps.' },
  // The same sinks reached another way: el['innerHTML'], window.eval, string timers, and the like.
  { selector: "MemberExpression[computed=true][property.value=/^(innerHTML|outerHTML|srcdoc)$/]", message: 'This turns text into markup: render with Lit templates.' },
  { selector: "MemberExpression[property.name='srcdoc']", message: 'srcdoc turns text into a document.' },
  { selector: "CallExpression[callee.property.name=/^(eval|createContextualFragment|parseFromString)$/]", message: 'This turns text into markup or code.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^(write|writeln)$/]", message: 'document.write turns text into markup.' },
  { selector: "CallExpression[callee.name=/^(setTimeout|setInterval)$/][arguments.0.type=/Literal$/]", message: 'A string timer is eval: pass a function.' },
  { selector: "CallExpression[callee.property.name=/^(setTimeout|setInterval)$/][arguments.0.type=/Literal$/]", message: 'A string timer is eval: pass a function.' },
  { selector: "ImportSpecifier[imported.name='unsafeStatic']", message: 'unsafeStatic renders untrusted text as template markup.' },
];

export default tseslint.config(
  { ignores: ['dist/', 'storybook-static/', 'node_modules/', 'coverage/', 'bench/results/', 'examples/**/dist/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'no-restricted-syntax': ['error', ...noMarkupFromStrings],
      'wc/guard-super-call': 'off',
    },
  },
  {
    files: ['**/*.{js,mjs,ts}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
);
