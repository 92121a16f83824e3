// A test-runner command that minifies CSS texts exactly as the kit's build does
// (scripts/vite-minify-css.mjs), so a browser test can swap the minified sheets in and check
// that nothing a user sees changes.
import { minifyCss } from '../../scripts/vite-minify-css.mjs';

export function minifiedCssPlugin() {
  return {
    name: 'minified-css',
    executeCommand({ command, payload }) {
      if (command !== 'minify-css') return undefined;
      return payload.texts.map((text) => minifyCss(text) ?? null);
    },
  };
}
