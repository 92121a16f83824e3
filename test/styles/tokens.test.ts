import { expect } from '@open-wc/testing';
import type { CSSResult, LitElement } from 'lit';
import '../../src/index.js';

/*
 * The theming contract, checked on every element's real styles: each public `--credit-*`
 * token read with var() ends in a literal fallback; each private `--_*` token used is
 * defined; each private token defined is used somewhere in the kit.
 */

const TAGS = ['credit-summary', 'credit-pie', 'credit-history', 'feature-catalog', 'credit-dashboard'];

function cssOf(tag: string): string {
  const element = customElements.get(tag) as unknown as typeof LitElement | undefined;
  if (!element) throw new Error(`<${tag}> is not registered by src/index.ts`);
  return element.elementStyles.map((style) => (style as CSSResult).cssText ?? '').join('\n');
}

/** Every var(...) call with its full argument text (nested parentheses balanced). */
function varCalls(css: string): string[] {
  const calls: string[] = [];
  for (let i = css.indexOf('var('); i !== -1; i = css.indexOf('var(', i + 4)) {
    let depth = 0;
    let j = i + 3;
    for (; j < css.length; j++) {
      if (css[j] === '(') depth++;
      else if (css[j] === ')' && --depth === 0) break;
    }
    calls.push(css.slice(i + 4, j));
  }
  return calls;
}

/** Whether a var() argument list ends in a literal: a fallback that is not itself a bare var(). */
function endsInLiteral(args: string): boolean {
  const comma = args.indexOf(',');
  if (comma === -1) return false;
  const fallback = args.slice(comma + 1).trim();
  if (!fallback.startsWith('var(')) return fallback.length > 0;
  return endsInLiteral(fallback.slice(4, fallback.lastIndexOf(')')));
}

describe('theme tokens', () => {
  const styles = Object.fromEntries(TAGS.map((tag) => [tag, cssOf(tag)]));

  for (const tag of TAGS) {
    it(`<${tag}>: every public token ends in a literal fallback`, () => {
      const bad = varCalls(styles[tag]!).filter((args) => args.trim().startsWith('--credit-') && !endsInLiteral(args));
      expect(bad, `var() without a literal fallback in <${tag}>`).to.deep.equal([]);
    });

    it(`<${tag}>: every private token it uses is defined`, () => {
      const css = styles[tag]!;
      const defined = new Set([...css.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]));
      const used = new Set([...css.matchAll(/var\(\s*(--_[\w-]+)/g)].map((m) => m[1]));
      expect([...used].filter((name) => !defined.has(name)), `undefined private tokens in <${tag}>`).to.deep.equal([]);
    });
  }

  it('every private token defined is used by some element', () => {
    const all = Object.values(styles).join('\n');
    const defined = new Set([...all.matchAll(/(--_[\w-]+)\s*:/g)].map((m) => m[1]!));
    const used = new Set([...all.matchAll(/var\(\s*(--_[\w-]+)/g)].map((m) => m[1]!));
    expect([...defined].filter((name) => !used.has(name)).sort()).to.deep.equal([]);
  });
});
