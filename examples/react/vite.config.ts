import { resolve } from 'node:path';
import { defineConfig } from 'vite';

// Builds against the kit's sources (no publish step): `credit-widgets` is ../../src. Vite's
// own transform handles the JSX (automatic runtime), so no React plugin is needed.
const src = resolve(import.meta.dirname, '../../src');

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  resolve: {
    alias: [
      { find: /^credit-widgets\/react$/, replacement: resolve(src, 'react/index.ts') },
      { find: /^credit-widgets$/, replacement: resolve(src, 'index.ts') },
    ],
  },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
});
