import { expect } from '@open-wc/testing';
import { emulateMedia, executeServerCommand, sendKeys, setViewport } from '@web/test-runner-commands';
import type { CSSResult, LitElement } from 'lit';
import '../../src/index.js';
import { dialogShown, shadow } from '../helpers/dom.js';
import { deepElements, drawEverySection, frames, mountDashboard, settled } from '../layout/helpers.js';

/*
 * The build minifies every `css` literal (scripts/vite-minify-css.mjs); the tests run the
 * sources. Here the dashboard is drawn with its own sheets, then with the minified ones swapped
 * into every shadow root, and every computed style of every element must stay the same.
 */

afterEach(async () => {
  await emulateMedia({ media: 'screen' });
  await setViewport({ width: 800, height: 600 });
});

/** Every shadow root under `root`, its own included. */
function shadowRoots(root: Element): ShadowRoot[] {
  return [root, ...deepElements(root.shadowRoot!)].flatMap((el) => (el.shadowRoot ? [el.shadowRoot] : []));
}

/**
 * A position at 0 0 computes to "0px 0px" or "0% 0%" depending on how it was written (the
 * minifier writes `background: none` as `background: 0 0`); both are the top left corner.
 */
const sameValue = (value: string) => value.replace(/^0% 0%$/, '0px 0px');

/**
 * Every computed property of every element in the shadow roots, and of its ::before, one
 * line per property. Custom properties are left out: they are the text they were written
 * as, and each is compared where it is used.
 */
function computedStyles(roots: ShadowRoot[]): string[] {
  return roots.flatMap((root, r) =>
    [...root.querySelectorAll('*')].flatMap((el, i) => {
      const where = `${r}/${i} <${el.localName} class="${el.getAttribute('class') ?? ''}">`;
      return [getComputedStyle(el), getComputedStyle(el, '::before')].flatMap((style, pseudo) =>
        [...style]
          .filter((name) => !name.startsWith('--'))
          .map((name) => `${where}${pseudo ? '::before' : ''} ${name}: ${sameValue(style.getPropertyValue(name))}`),
      );
    }),
  );
}

/** The minified sheet for each of the kit's sheets in these roots. */
async function minifiedSheets(roots: ShadowRoot[]): Promise<Map<CSSStyleSheet, CSSStyleSheet>> {
  const results = new Map<CSSStyleSheet, CSSResult>();
  for (const root of roots) {
    const styles = (root.host.constructor as typeof LitElement).elementStyles as CSSResult[];
    for (const result of styles) if (result.styleSheet) results.set(result.styleSheet, result);
  }
  const texts = [...results.values()].map((result) => result.cssText);
  const minified = await executeServerCommand<(string | null)[], { texts: string[] }>('minify-css', { texts });
  expect(minified.filter((text) => text === null).length, 'sheets the minifier refused').to.equal(0);
  const swapped = new Map<CSSStyleSheet, CSSStyleSheet>();
  [...results.keys()].forEach((sheet, i) => {
    expect(minified[i]!.length, 'minified is shorter').to.be.below(texts[i]!.length);
    const sheetOut = new CSSStyleSheet();
    sheetOut.replaceSync(minified[i]!);
    swapped.set(sheet, sheetOut);
  });
  return swapped;
}

function swap(roots: ShadowRoot[], sheets: Map<CSSStyleSheet, CSSStyleSheet>): void {
  for (const root of roots) root.adoptedStyleSheets = root.adoptedStyleSheets.map((sheet) => sheets.get(sheet) ?? sheet);
}

describe('the minified CSS of the build', function () {
  // Two reads of every computed property of every element: tens of seconds on a loaded machine.
  this.timeout(120_000);
  for (const [width, media] of [
    [1440, 'screen'],
    [390, 'screen'],
    [1024, 'print'],
  ] as const) {
    it(`draws the dashboard exactly as the sources do, at ${width} px on ${media}${width === 1440 ? ', history tooltip shown' : ', a dialog open'}`, async () => {
      const { dashboard, section } = await mountDashboard(width);
      await emulateMedia({ media });
      if (width === 1440) {
        // The history's crosshair and tooltip, shown from the keyboard.
        shadow(section('credit-history')).querySelector<HTMLElement>('.plot')!.focus();
        await sendKeys({ press: 'ArrowLeft' });
      } else {
        // A dialog: its card layout and sticky header are CSS only.
        shadow(section('credit-summary')).querySelector<HTMLButtonElement>('[part~="details-button"]')!.click();
        await dialogShown(shadow(section('credit-summary')).querySelector('dialog')!);
      }
      // Print media re-renders the catalog whole; its observers act a frame later.
      await settled(dashboard);
      drawEverySection(dashboard);
      await frames(4);
      const roots = shadowRoots(dashboard);
      expect(roots.length, 'the dashboard and its sections').to.be.above(5);
      const before = computedStyles(roots);
      const sheets = await minifiedSheets(roots);
      swap(roots, sheets);
      await frames(2);
      const after = computedStyles(roots);
      expect(after.length).to.equal(before.length);
      const changed = before.map((line, i) => (line === after[i] ? undefined : `${line} → ${after[i]!.split(': ').at(-1)}`)).filter(Boolean);
      expect(changed.slice(-8), `${changed.length} computed values differ`).to.deep.equal([]);
    });
  }
});
