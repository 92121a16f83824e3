import { resolve } from 'node:path';
import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The kit's tags are custom elements, not Vue components: told so, Vue's compiler emits them
// as plain elements instead of looking up a component by that name at runtime (which fails,
// with a warning in development, before falling back to the element).
const isKitTag = (tag: string) => tag.startsWith('credit-') || tag === 'feature-catalog';

// Builds against the kit's sources (no publish step): `credit-widgets` is ../../src.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: isKitTag } } })],
  resolve: {
    alias: [{ find: /^credit-widgets$/, replacement: resolve(import.meta.dirname, '../../src/index.ts') }],
  },
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
});
