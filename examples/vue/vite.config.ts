import vue from '@vitejs/plugin-vue';
import { defineConfig } from 'vite';

// The kit's tags are custom elements, not Vue components: told so, Vue's compiler emits them
// as plain elements instead of looking up a component by that name at runtime (which fails,
// with a warning in development, before falling back to the element).
const isKitTag = (tag: string) => tag.startsWith('credit-') || tag === 'feature-catalog';

// `credit-widgets` resolves as an installed package: scripts/check-examples.mjs unpacks the
// kit's `npm pack` tarball into examples/node_modules before building.
export default defineConfig({
  root: import.meta.dirname,
  base: './',
  plugins: [vue({ template: { compilerOptions: { isCustomElement: isKitTag } } })],
  build: { target: 'es2022', outDir: 'dist', emptyOutDir: true },
});
