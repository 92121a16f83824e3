import type { CSSResult, LitElement } from 'lit';

/*
 * Reads the custom properties the elements' real styles use: for the theming test and the
 * theming docs, which must both describe what ships, not a copy of it. Not imported by any
 * element, so it never reaches a host's bundle.
 */

/** The kit's elements with styles of their own. */
export const STYLED_TAGS = ['credit-summary', 'credit-pie', 'credit-history', 'feature-catalog', 'credit-dashboard'];

/** The CSS text of a registered element's styles. */
export function elementCss(tag: string): string {
  const element = customElements.get(tag) as unknown as typeof LitElement | undefined;
  if (!element) throw new Error(`<${tag}> is not registered`);
  return element.elementStyles.map((style) => (style as CSSResult).cssText ?? '').join('\n');
}

export interface VarCall {
  /** The custom property read: `--credit-color-accent`. */
  name: string;
  /** The fallback as written (possibly another var()), or '' when there is none. */
  fallback: string;
}

/** Every var(...) call in the CSS, in order, nested parentheses balanced. */
export function varCalls(css: string): VarCall[] {
  const calls: VarCall[] = [];
  for (let i = css.indexOf('var('); i !== -1; i = css.indexOf('var(', i + 4)) {
    let depth = 0;
    let j = i + 3;
    for (; j < css.length; j++) {
      if (css[j] === '(') depth++;
      else if (css[j] === ')' && --depth === 0) break;
    }
    calls.push(splitVar(css.slice(i + 4, j)));
  }
  return calls;
}

function splitVar(args: string): VarCall {
  const comma = args.indexOf(',');
  return comma === -1
    ? { name: args.trim(), fallback: '' }
    : { name: args.slice(0, comma).trim(), fallback: args.slice(comma + 1).trim() };
}

/** Whether a var() chain ends in a literal: following var() fallbacks to one that is not a var(). */
export function endsInLiteral(call: VarCall): boolean {
  if (!call.fallback) return false;
  if (!call.fallback.startsWith('var(')) return true;
  return endsInLiteral(splitVar(call.fallback.slice(4, call.fallback.lastIndexOf(')'))));
}
