import { expect } from '@open-wc/testing';
import '../../src/index.js';
import { elementCss, endsInLiteral, STYLED_TAGS, varCalls } from '../../src/styles/token-scan.js';

/*
 * The theming contract, checked on every element's real styles: each public `--credit-*`
 * token read with var() ends in a literal fallback; each private `--_*` token used is
 * defined; each private token defined is used somewhere in the kit.
 */

describe('theme tokens', () => {
  const styles = Object.fromEntries(STYLED_TAGS.map((tag) => [tag, elementCss(tag)]));

  for (const tag of STYLED_TAGS) {
    it(`<${tag}>: every public token ends in a literal fallback`, () => {
      const bad = varCalls(styles[tag]!).filter((call) => call.name.startsWith('--credit-') && !endsInLiteral(call));
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

describe('token scanning', () => {
  it('finds nested var() calls with their fallbacks', () => {
    expect(varCalls('a { color: var(--credit-x, var(--_y, rgb(0 0 0))); }')).to.deep.equal([
      { name: '--credit-x', fallback: 'var(--_y, rgb(0 0 0))' },
      { name: '--_y', fallback: 'rgb(0 0 0)' },
    ]);
  });

  it('tells a chain ending in a literal from one ending in a bare var()', () => {
    const [literal, bare, none] = varCalls(
      'a { color: var(--credit-a, var(--credit-b, #fff)); top: var(--credit-c, var(--credit-d)); left: var(--credit-e); }',
    ).filter((call) => ['--credit-a', '--credit-c', '--credit-e'].includes(call.name));
    expect([literal, bare, none].map((call) => endsInLiteral(call!))).to.deep.equal([true, false, false]);
  });
});
