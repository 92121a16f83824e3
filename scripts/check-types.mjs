// `npm run test:types`, after `npm run build`: the generated template types catch mistakes in
// each kind of template, checked by that kind's own tool, on the fixtures in test/types/<kind>/:
// ok.* must pass; typo.* (an unknown attribute or event) and wrong-type.* (a value of the wrong
// type) must fail, with an error on every line marked ✗ and on no other line, so that they
// fail for the mistake they hold and not for another reason. The fixtures import
// `credit-widgets` through package.json's exports, as an app does. Ends with the plain line
// `N passed, N failed`; exits non-zero on failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { check, finish } from './checklist.mjs';

const root = resolve(import.meta.dirname, '..');
const bin = (name) => join(root, 'node_modules', '.bin', name);
const fixtures = (kind) => join('test', 'types', kind);

/** `file(line,col): error TS1234: message`, as tsc and vue-tsc print without --pretty. */
function tscDiagnostics(output) {
  return [...output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/gm)].map(([, file, line, message]) => ({
    file: file.split(/[\\/]/).at(-1),
    line: Number(line),
    message,
  }));
}

/** `<time> ERROR "file" line:col "message"`, svelte-check's machine output. */
function svelteDiagnostics(output) {
  return [...output.matchAll(/^\d+ ERROR "(.+?)" (\d+):\d+ "(.*)"$/gm)].map(([, file, line, message]) => ({
    file: file.split(/[\\/]/).at(-1),
    line: Number(line),
    message,
  }));
}

const KINDS = [
  {
    name: 'TSX (tsc)',
    folder: fixtures('react'),
    ext: 'tsx',
    command: [bin('tsc'), '-p', join(fixtures('react'), 'tsconfig.json'), '--pretty', 'false'],
    parse: tscDiagnostics,
  },
  {
    name: 'Vue (vue-tsc)',
    folder: fixtures('vue'),
    ext: 'vue',
    command: [bin('vue-tsc'), '-p', join(fixtures('vue'), 'tsconfig.json'), '--pretty', 'false'],
    parse: tscDiagnostics,
  },
  {
    name: 'Svelte (svelte-check)',
    folder: fixtures('svelte'),
    ext: 'svelte',
    command: [bin('svelte-check'), '--workspace', fixtures('svelte'), '--tsconfig', './tsconfig.json', '--output', 'machine', '--threshold', 'error'],
    parse: svelteDiagnostics,
  },
];

/** A line's closing comment `// ✗` or `<!-- ✗ -->`. */
const MARK = /(\/\/|<!--) ✗( -->)?\s*$/;

/** The numbers of the lines of a fixture marked ✗. */
function markedLines(path) {
  return readFileSync(join(root, path), 'utf8')
    .split('\n')
    .flatMap((text, i) => (MARK.test(text) ? [i + 1] : []));
}

const show = (diagnostics) => diagnostics.map((d) => `${d.file}:${d.line}: ${d.message}`).join('\n');

const FAILING = ['typo', 'wrong-type'];

/**
 * The fixture must have errors on exactly its marked lines. For ok.*, every error outside
 * the failing fixtures counts as its own: one in the kit's generated .d.ts breaks any app.
 */
function expectErrors(diagnostics, file, marked) {
  const failing = (d) => FAILING.some((name) => d.file.startsWith(`${name}.`));
  const own = diagnostics.filter((d) => (file.startsWith('ok.') ? !failing(d) : d.file === file));
  const lines = new Set(own.map((d) => d.line));
  const missed = marked.filter((line) => !lines.has(line));
  const stray = own.filter((d) => !marked.includes(d.line));
  const problems = [
    missed.length ? `no error on the marked line(s) ${missed.join(', ')}: the types let the mistake through` : '',
    stray.length ? `errors on unmarked lines:\n${show(stray)}` : '',
  ].filter(Boolean);
  if (problems.length) throw new Error(problems.join('\n'));
}

if (!existsSync(join(root, 'dist', 'jsx.d.ts'))) {
  console.error('dist/jsx.d.ts is missing: run `npm run build` first');
  process.exit(1);
}

for (const kind of KINDS) {
  const [command, ...args] = kind.command;
  const result = spawnSync(command, args, { cwd: root, encoding: 'utf8' });
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  const diagnostics = kind.parse(output);
  // A tool that failed without a single diagnostic did not check anything.
  const broken = result.error || (result.status !== 0 && diagnostics.length === 0);
  for (const fixture of ['ok', ...FAILING]) {
    const file = `${fixture}.${kind.ext}`;
    const expectation = fixture === 'ok' ? 'passes' : 'fails on each marked mistake';
    await check(`${kind.name}: ${file} ${expectation}`, () => {
      if (broken) throw new Error(`${command} did not run: ${result.error?.message ?? output.trim()}`);
      const marked = fixture === 'ok' ? [] : markedLines(join(kind.folder, file));
      if (fixture !== 'ok' && marked.length === 0) throw new Error(`${file} marks no line with ✗: it would pass anyway`);
      expectErrors(diagnostics, file, marked);
    });
  }
}

finish();
