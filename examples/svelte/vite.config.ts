import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';

// `credit-widgets` resolves as an installed package: scripts/check-examples.mjs unpacks the
// kit's `npm pack` tarball into examples/node_modules before building.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [svelte({ configFile: false })],
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
});
