// Builds the bench pages (bench/pages/*.html) with Vite into a temporary directory: minified,
// production builds of Lit, Chart.js and uPlot, as a user's app would ship them.
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const pagesDir = resolve(import.meta.dirname, 'pages');

/** Builds every page; returns the directory holding the built site. */
export async function buildPages() {
  const outDir = mkdtempSync(join(tmpdir(), 'credit-bench-pages-'));
  const pages = readdirSync(pagesDir).filter((name) => name.endsWith('.html'));
  await build({
    configFile: false,
    root: pagesDir,
    base: './',
    logLevel: 'error',
    mode: 'production',
    build: {
      outDir,
      emptyOutDir: true,
      target: 'es2022',
      minify: true,
      rolldownOptions: { input: Object.fromEntries(pages.map((name) => [name.replace(/\.html$/, ''), join(pagesDir, name)])) },
    },
  });
  return outDir;
}
