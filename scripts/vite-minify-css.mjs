// A Vite plugin minifying the CSS of the kit's `css` template literals at build time (about
// 4 KB of the bundle's gzip). HTML templates are left as written: collapsing their
// whitespace could change the text a user reads. Used by vite.config.ts and the size bench,
// so the bench measures what ships.
import { minifyHTMLLiterals } from 'minify-html-literals';

/** @returns {import('vite').Plugin} */
export function minifyCssLiterals() {
  return {
    name: 'credit-widgets:minify-css-literals',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return undefined;
      const result = minifyHTMLLiterals(code, { fileName: id, shouldMinify: () => false });
      // The library's SourceMap type predates Vite's; the map is the same magic-string map.
      return result ? { code: result.code, map: result.map?.toString() } : undefined;
    },
  };
}
