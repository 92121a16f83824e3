import { readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { minifyCssLiteralsPlugin } from './scripts/vite-minify-css.mjs';

/*
 * Two library builds and the demo server:
 * - `vite build`: ES modules, one file per source module (so `credit-widgets/<tag>` pulls in
 *   just that element), plus `credit-widgets/react`; Lit, d3 and React left to the host's bundler.
 * - `vite build --mode bundle`: `dist/credit-widgets.bundle.js`, one file with every
 *   dependency inlined, for `<script type="module">` without a bundler.
 * - `vite` (npm start): the demo portal in examples/portal.
 */

const root = import.meta.dirname;
const tags = readdirSync(resolve(root, 'src'), { withFileTypes: true })
  .filter((entry) => entry.isDirectory() && existsSync(resolve(root, 'src', entry.name, 'define.ts')))
  .map((entry) => entry.name);

/** Opt-in translations: `credit-widgets/locales/de` registers German for every element. */
const LOCALES = ['de', 'ja', 'ar', 'all'];

// The host's bundler supplies these, so an app ends up with one copy of Lit and of React.
const external = (id: string) =>
  /^(lit|@lit\/|@lit-labs\/|d3-|lit-html|lit-element)/.test(id) || /^(react|react-dom)(\/|$)/.test(id);

export default defineConfig(({ mode }) => {
  if (mode === 'bundle') {
    return {
      plugins: [minifyCssLiteralsPlugin()],
      build: {
        emptyOutDir: false,
        target: 'es2022',
        lib: { entry: resolve(root, 'src/bundle.ts'), formats: ['es'], fileName: () => 'credit-widgets.bundle.js' },
        rolldownOptions: { output: { codeSplitting: false, minify: true } },
      },
    };
  }
  if (mode === 'production') {
    return {
      plugins: [minifyCssLiteralsPlugin()],
      build: {
        target: 'es2022',
        minify: false,
        lib: {
          entry: Object.fromEntries([
            ['index', resolve(root, 'src/index.ts')],
            ['providers', resolve(root, 'src/providers.ts')],
            ['demo', resolve(root, 'src/demo.ts')],
            ['react/index', resolve(root, 'src/react/index.ts')],
            ...LOCALES.map((name) => [`locales/${name}`, resolve(root, 'src/locales', `${name}.ts`)]),
            ...tags.map((tag) => [`${tag}/define`, resolve(root, 'src', tag, 'define.ts')]),
          ]),
          formats: ['es'],
        },
        rolldownOptions: {
          external,
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  // The demo listens on 127.0.0.1 unless told otherwise: the `HOST` and `PORT` environment
  // variables set the defaults (a container wants HOST=0.0.0.0), and Vite's own flags win
  // over both, as in any Vite app: `npm start -- --port 3000`, `npm start -- --host`.
  const host = process.env.HOST || '127.0.0.1';
  const port = (fallback: number) => Number(process.env.PORT) || fallback;
  return {
    root: resolve(root, 'examples/portal'),
    server: { host, port: port(5173), fs: { allow: [root] } },
    preview: { host, port: port(4173) },
  };
});
