import { defineConfig } from 'vite';

// `credit-widgets` resolves as an installed package: scripts/check-examples.mjs unpacks the
// kit's `npm pack` tarball into examples/node_modules before building. Vite's own transform
// handles the JSX (automatic runtime), so no React plugin is needed.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
});
