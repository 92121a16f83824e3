// A Vite plugin that minifies the CSS of the kit's `css` template literals at build time:
// comments, indentation and long forms are a fifth of the shipped code. Each literal is cooked
// to the text Lit's `css` tag receives, minified by Lightning CSS (Vite's own CSS tool) without
// lowering anything, and written back escaped for a template literal. A literal with a `${…}`
// or one Lightning CSS reports a problem in is left as written. HTML templates are never
// touched: collapsing their whitespace could change what a user reads. Used by vite.config.ts
// and the size bench, so the bench measures what ships.
import { transform } from 'lightningcss';

const LITERAL = /\bcss`((?:[^`\\$]|\\[\s\S]|\$(?!\{))*)`/g;

/** The CSS text of a template literal's source, as a tagged template receives it. */
function cook(raw) {
  return new Function(`return \`${raw}\`;`)();
}

/** Source for a template literal whose text is `text`. */
function escapeForTemplate(text) {
  return text.replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
}

/** The minified CSS, or undefined when Lightning CSS has anything to say about it. */
export function minifyCss(text, filename = 'literal.css') {
  const result = transform({ filename, code: Buffer.from(text), minify: true, errorRecovery: true });
  if (result.warnings.length > 0) return undefined;
  return result.code.toString();
}

/** `code` with every plain `css` literal minified. */
export function minifyCssLiterals(code, id) {
  return code.replace(LITERAL, (whole, raw) => {
    const minified = minifyCss(cook(raw), id);
    return minified === undefined ? whole : `css\`${escapeForTemplate(minified)}\``;
  });
}

/** @returns {import('vite').Plugin} */
export function minifyCssLiteralsPlugin() {
  return {
    name: 'credit-widgets:minify-css-literals',
    apply: 'build',
    transform(code, id) {
      if (!/[\\/]src[\\/].*\.ts$/.test(id) || !code.includes('css`')) return undefined;
      const minified = minifyCssLiterals(code, id);
      return minified === code ? undefined : { code: minified, map: null };
    },
  };
}
