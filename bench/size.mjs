// Size of what a host ships: each entry built by Vite (library mode, ES2022, minified, every
// dependency inlined) in memory, measured minified, gzip (level 9) and brotli (quality 11).
// A chunk the entry only imports dynamically is "lazy": counted apart, since a page loads it
// only when that code path runs (the demo data, the virtualizer's layout).
import { existsSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { build } from 'vite';
import { minifyCssLiteralsPlugin } from '../scripts/vite-minify-css.mjs';

const root = resolve(import.meta.dirname, '..');
const src = (path) => resolve(root, 'src', path);

const BARE_LIT = /^(lit|lit-html|lit-element|@lit\/|@lit-labs\/)/;
const BARE_D3 = /^(d3-|internmap)/;

const TAGS = readdirSync(src('.'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(src(`${entry.name}/define.ts`)))
  .map((entry) => entry.name);

/**
 * What is measured. `code` entries are virtual modules written as a host would:
 * - `kit`: every element registered through its `credit-widgets/<tag>` entry. The demo data
 *   stays behind `<credit-provider demo>`'s dynamic import, so a host with its own provider
 *   never loads it: the 48 KB target is checked on this one.
 * - `index`: `import 'credit-widgets'` (no demo data either: that is `credit-widgets/demo`).
 * - `summary+providers`: one element and the providers, as a host with its own page per
 *   widget ships it (the 22 KB target).
 */
export function sizeEntries() {
  const defines = TAGS.map((tag) => `import ${JSON.stringify(src(`${tag}/define.ts`))};`).join('\n');
  return [
    { name: 'kit', title: 'every element (its define.ts), no demo data', code: defines, shares: true },
    { name: 'index', title: "import 'credit-widgets'", code: `import ${JSON.stringify(src('index.ts'))};`, shares: true },
    { name: 'all', title: 'the single-file bundle: every export and the demo data, one file', file: src('bundle.ts'), single: true },
    { name: 'providers', title: 'credit-widgets/providers', file: src('providers.ts'), shares: true },
    {
      name: 'summary+providers',
      title: 'credit-widgets/credit-summary + credit-widgets/providers',
      code: `import ${JSON.stringify(src('credit-summary/define.ts'))};\nexport * from ${JSON.stringify(src('providers.ts'))};`,
      shares: true,
    },
    ...TAGS.map((tag) => ({ name: tag, title: `credit-widgets/${tag}`, file: src(`${tag}/define.ts`), shares: true })),
    { name: 'chartjs-pie', title: 'Chart.js doughnut, legend, tooltip (tree-shaken)', file: resolve(import.meta.dirname, 'pages/contenders/chartjs-pie.ts') },
    { name: 'chartjs-history', title: 'Chart.js line, linear scales, legend, tooltip (tree-shaken)', file: resolve(import.meta.dirname, 'pages/contenders/chartjs-history.ts') },
    { name: 'uplot-history', title: 'uPlot and its stylesheet', file: resolve(import.meta.dirname, 'pages/contenders/uplot-history.ts') },
  ];
}

export function measureBytes(code) {
  const buffer = Buffer.from(code);
  return {
    min: buffer.length,
    gzip: gzipSync(buffer, { level: 9 }).length,
    brotli: brotliCompressSync(buffer, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

const sum = (parts) => ({
  min: parts.reduce((total, part) => total + part.min, 0),
  gzip: parts.reduce((total, part) => total + part.gzip, 0),
  brotli: parts.reduce((total, part) => total + part.brotli, 0),
});

/** Builds one entry; `external` leaves matching bare imports out. Returns initial and lazy sizes. */
async function buildEntry(entry, external) {
  // Library mode resolves its entry against the root: the virtual module gets a path there.
  const virtualId = resolve(root, `bench-size-${entry.name}.js`);
  const output = await build({
    configFile: false,
    root,
    logLevel: 'silent',
    mode: 'production',
    plugins: [
      // The kit's build minifies its CSS literals (vite.config.ts): measure what ships.
      minifyCssLiteralsPlugin(),
      ...(entry.code
        ? [{ name: 'bench-size-entry', enforce: 'pre', resolveId: (id) => (id === virtualId ? id : undefined), load: (id) => (id === virtualId ? entry.code : undefined) }]
        : []),
    ],
    build: {
      write: false,
      target: 'es2022',
      // Library mode keeps the output free of an app's preload helper; minify everything.
      lib: { entry: entry.code ? virtualId : entry.file, formats: ['es'], fileName: entry.name },
      cssCodeSplit: false,
      rolldownOptions: {
        external: external ? (id) => external.test(id) : undefined,
        // As a host app's bundler builds it: the modules the lazy chunks share with the first
        // load go into the entry chunk, which keeps every export of the entry. (Library mode's
        // default, 'strict', keeps an entry's exports exactly, so Rolldown left those modules
        // as ten small chunks, each compressed on its own: some 3 KB gzip more than the one
        // entry chunk a Vite app build of the same imports makes.)
        preserveEntrySignatures: 'allow-extension',
        output: { minify: true, ...(entry.single ? { codeSplitting: false } : {}) },
      },
    },
  });
  const files = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output);
  const chunks = new Map(files.filter((file) => file.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
  const initial = new Set();
  const visit = (fileName) => {
    if (initial.has(fileName)) return;
    initial.add(fileName);
    chunks.get(fileName)?.imports.forEach(visit);
  };
  [...chunks.values()].filter((chunk) => chunk.isEntry).forEach((chunk) => visit(chunk.fileName));
  const sizes = (keep) => sum(files.filter(keep).map((file) => measureBytes(file.type === 'chunk' ? file.code : file.source)));
  return {
    // Stylesheets (uPlot's) load with the page.
    initial: sizes((file) => file.type === 'asset' ? file.fileName.endsWith('.css') : initial.has(file.fileName)),
    lazy: sizes((file) => file.type === 'chunk' && !initial.has(file.fileName)),
  };
}

/** The single-file bundle exactly as `npm run build` makes it (vite.config.ts, mode bundle). */
async function shippedBundle() {
  const output = await build({ root, logLevel: 'silent', mode: 'bundle', build: { write: false } });
  const chunk = (Array.isArray(output) ? output : [output]).flatMap((result) => result.output).find((file) => file.type === 'chunk');
  return { name: 'bundle', title: 'dist/credit-widgets.bundle.js as built', initial: measureBytes(chunk.code), lazy: sum([]) };
}

/**
 * The sizes of the entries named in `only` (default: all). With `shares`, the gzip bytes Lit
 * and d3 add to an entry are found by building it again with them left out: Lit's share is
 * the difference d3 aside, d3's the rest. (Compression is not additive, so a share is what
 * leaving it out would save.)
 */
export async function measureSizes({ only, shares = true, onEntry = () => {} } = {}) {
  const wanted = (name) => !only || only.includes(name);
  const rows = [];
  if (wanted('bundle')) {
    rows.push(await shippedBundle());
    onEntry(rows[0]);
  }
  for (const entry of sizeEntries().filter((e) => wanted(e.name))) {
    const full = await buildEntry(entry);
    const row = { name: entry.name, title: entry.title, ...full };
    if (shares && entry.shares) {
      const withoutD3 = await buildEntry(entry, BARE_D3);
      const own = await buildEntry(entry, new RegExp(`${BARE_LIT.source}|${BARE_D3.source}`));
      row.shares = {
        own: own.initial.gzip,
        lit: withoutD3.initial.gzip - own.initial.gzip,
        d3: full.initial.gzip - withoutD3.initial.gzip,
      };
    }
    rows.push(row);
    onEntry(row);
  }
  return rows;
}
