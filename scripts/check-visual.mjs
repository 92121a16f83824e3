// `npm run test:visual`, after `npm run build-storybook`: screenshot tests in Chromium.
// Every Storybook story once (1024 px wide), and the demo portal's dashboard at 390, 1024 and
// 1440 px, light and dark, en-US and ar (right to left), plus its printed PDF (pages rendered
// by poppler's pdftoppm). Each picture is compared with its committed baseline in
// test/visual/baselines/ (pixelmatch, a small threshold); a changed one writes
// test/visual/diff/<name>.actual.png and <name>.diff.png. `--update` rewrites the baselines;
// `--only <text>` runs the pictures whose name contains the text. A missing baseline fails
// (and is written, to be reviewed and committed). Ends with `N passed, N failed`.
//
// Determinism: the fonts come from named Debian packages (installed when missing, see
// scripts/chromium.mjs) and are set through --credit-font-family; the clock is pinned to the
// test data's as-of time, the time zone to UTC; animations, transitions and the caret are off.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pixelmatch from 'pixelmatch';
import { PNG } from 'pngjs';
import { chromium } from 'playwright-core';
import { createServer } from 'vite';
import { CHROMIUM_ARGS, ensureChromium, ensureTestTools, TEST_FONT_FAMILY } from './chromium.mjs';
import { check, finish } from './checklist.mjs';
import { serveFolder } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const baselines = join(root, 'test/visual/baselines');
const diffs = join(root, 'test/visual/diff');
const update = process.argv.includes('--update');
const only = process.argv.includes('--only') ? process.argv[process.argv.indexOf('--only') + 1] : undefined;

/** The test data's as-of time (test/helpers/providers.ts): every date shown is the same on any day. */
const AS_OF = '2026-11-26T09:00:00Z';
/** pixelmatch's per-pixel colour threshold, and the share of pixels that may differ (anti-aliasing). */
const PIXEL_THRESHOLD = 0.1;
const MAX_DIFF_RATIO = 0.001;
/**
 * Pictures stop this far down the element: below it the catalog repeats the same kind of row
 * (its rows are checked by the layout tests), and the baselines stay a reasonable size.
 */
const MAX_HEIGHT = 1800;

/** Fonts from the installed packages, no motion, no caret: the same pixels on every run. */
const PAGE_STYLE = `
  :root { --credit-font-family: ${TEST_FONT_FAMILY}; font-family: ${TEST_FONT_FAMILY} !important; }
  body, body * { font-family: ${TEST_FONT_FAMILY}; }
  *, *::before, *::after { animation: none !important; transition: none !important; caret-color: transparent !important; }
`;

/** Waits until no kit element (shadow roots included) is loading or updating, and fonts are in. */
async function settle(page) {
  await page.waitForFunction(() => {
    const busy = (node) =>
      Boolean(node.querySelector('[aria-busy="true"]')) ||
      [...node.querySelectorAll('*')].some((el) => el.shadowRoot && busy(el.shadowRoot));
    return !busy(document);
  }, null, { timeout: 15_000 });
  await page.evaluate(async () => {
    const kit = [];
    const walk = (node) => {
      for (const el of node.querySelectorAll('*')) {
        if (el.localName.startsWith('credit-') || el.localName === 'feature-catalog') kit.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    walk(document);
    await Promise.all(kit.map((el) => el.updateComplete));
    await document.fonts.ready;
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  });
}

/** The element's picture, its top MAX_HEIGHT pixels, with motion and the caret off. */
async function shoot(page, selector) {
  const box = await page.locator(selector).boundingBox();
  if (!box) throw new Error(`${selector} has no box`);
  const scroll = await page.evaluate(() => ({ x: window.scrollX, y: window.scrollY }));
  const clip = {
    x: Math.floor(box.x + scroll.x),
    y: Math.floor(box.y + scroll.y),
    width: Math.ceil(box.width),
    height: Math.min(MAX_HEIGHT, Math.max(1, Math.ceil(box.height))),
  };
  // The dashboard draws a section only once it is near the screen (content-visibility: auto),
  // as a user scrolling down finds it: a viewport as tall as the picture draws all of it.
  const viewport = page.viewportSize();
  const bottom = clip.y + clip.height;
  if (bottom <= viewport.height) return page.screenshot({ clip, fullPage: true, animations: 'disabled', caret: 'hide' });
  await page.setViewportSize({ width: viewport.width, height: bottom });
  try {
    // Sections come into view at the next frame; what they measure (the history's size, the
    // catalog's clamp marks) is redrawn a frame or two later.
    await page.evaluate(
      () =>
        new Promise((done) => {
          let frames = 4;
          const next = () => (--frames === 0 ? done() : requestAnimationFrame(next));
          requestAnimationFrame(next);
        }),
    );
    await settle(page);
    return await page.screenshot({ clip, fullPage: true, animations: 'disabled', caret: 'hide' });
  } finally {
    await page.setViewportSize(viewport);
  }
}

/** Compares a PNG with its baseline; throws (writing the actual and the diff) when they differ. */
function compare(name, png) {
  const file = join(baselines, `${name}.png`);
  if (update || !existsSync(file)) {
    mkdirSync(baselines, { recursive: true });
    writeFileSync(file, png);
    if (!update) throw new Error(`no baseline: wrote ${file}; review and commit it`);
    return;
  }
  const expected = PNG.sync.read(readFileSync(file));
  const actual = PNG.sync.read(png);
  const fail = (message, diff) => {
    mkdirSync(diffs, { recursive: true });
    writeFileSync(join(diffs, `${name}.actual.png`), png);
    if (diff) writeFileSync(join(diffs, `${name}.diff.png`), PNG.sync.write(diff));
    throw new Error(`${message}: see test/visual/diff/${name}.*.png (npm run test:visual -- --update accepts it)`);
  };
  if (expected.width !== actual.width || expected.height !== actual.height) {
    fail(`size ${actual.width}×${actual.height}, baseline ${expected.width}×${expected.height}`);
  }
  const diff = new PNG({ width: expected.width, height: expected.height });
  const changed = pixelmatch(expected.data, actual.data, diff.data, expected.width, expected.height, { threshold: PIXEL_THRESHOLD });
  if (changed > expected.width * expected.height * MAX_DIFF_RATIO) fail(`${changed} pixels differ`, diff);
}

/** A page with the pinned clock, time zone, colour scheme and the deterministic style. */
async function openPage(context, url) {
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  await page.clock.setFixedTime(new Date(AS_OF));
  await page.goto(url);
  await page.addStyleTag({ content: PAGE_STYLE });
  return { page, problems };
}

function newContext(browser, { width, dark = false }) {
  return browser.newContext({
    viewport: { width, height: 900 },
    colorScheme: dark ? 'dark' : 'light',
    reducedMotion: 'reduce',
    timezoneId: 'UTC',
    locale: 'en-US',
    deviceScaleFactor: 1,
  });
}

const wanted = (name) => !only || name.includes(only);

ensureTestTools();
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
const portal = await createServer({
  configFile: join(root, 'vite.config.ts'),
  logLevel: 'error',
  server: { port: 5174, strictPort: false, hmr: false },
});
await portal.listen();
const portalUrl = portal.resolvedUrls.local[0];

try {
  // The demo dashboard: 3 widths × light/dark × en-US/ar.
  for (const width of [390, 1024, 1440]) {
    for (const dark of [false, true]) {
      for (const locale of ['en-US', 'ar']) {
        const name = `dashboard-${width}-${dark ? 'dark' : 'light'}-${locale}`;
        if (!wanted(name)) continue;
        await check(`visual: ${name}`, async () => {
          const context = await newContext(browser, { width, dark });
          try {
            const query = new URLSearchParams({ theme: dark ? 'dark' : 'light', locale, 'as-of': AS_OF });
            const { page, problems } = await openPage(context, `${portalUrl}?${query}`);
            await settle(page);
            compare(name, await shoot(page, '#stage'));
            if (problems.length) throw new Error(problems.join('\n'));
          } finally {
            await context.close();
          }
        });
      }
    }
  }

  // The dashboard printed (A4, as a user's Print would), each page as pdftoppm renders it.
  if (wanted('dashboard-print')) {
    await check('visual: dashboard-print', async () => {
      const context = await newContext(browser, { width: 1440 });
      const folder = mkdtempSync(join(tmpdir(), 'credit-visual-'));
      try {
        const { page } = await openPage(context, `${portalUrl}?as-of=${AS_OF}`);
        await settle(page);
        writeFileSync(join(folder, 'print.pdf'), await page.pdf({ format: 'A4', printBackground: true }));
        execFileSync('pdftoppm', ['-png', '-r', '50', join(folder, 'print.pdf'), join(folder, 'page')]);
        const pages = readdirSync(folder).filter((file) => file.endsWith('.png')).sort();
        for (const [i, file] of pages.entries()) compare(`dashboard-print-page-${i + 1}`, readFileSync(join(folder, file)));
        // A page fewer is a change too: a baseline page the print no longer has.
        const extra = readdirSync(baselines).filter((file) => {
          const page = /^dashboard-print-page-(\d+)\.png$/.exec(file);
          return page && Number(page[1]) > pages.length;
        });
        if (extra.length > 0 && update) extra.forEach((file) => rmSync(join(baselines, file)));
        else if (extra.length > 0) throw new Error(`the print has ${pages.length} pages; baselines also hold ${extra.join(', ')}`);
      } finally {
        rmSync(folder, { recursive: true, force: true });
        await context.close();
      }
    });
  }

  // Every story once, at one width.
  const built = join(root, 'storybook-static');
  if (!existsSync(join(built, 'index.json'))) throw new Error('storybook-static/index.json is missing: run `npm run build-storybook` first');
  const stories = Object.values(JSON.parse(readFileSync(join(built, 'index.json'), 'utf8')).entries).filter((entry) => entry.type === 'story');
  const { url, server } = await serveFolder(built);
  try {
    const context = await newContext(browser, { width: 1024 });
    for (const story of stories) {
      const name = `story-${story.id}`;
      if (!wanted(name)) continue;
      await check(`visual: ${name}`, async () => {
        const { page } = await openPage(context, `${url}/iframe.html?id=${story.id}&viewMode=story`);
        try {
          await page.locator('#storybook-root > *').first().waitFor({ timeout: 15_000 });
          await page.waitForFunction(() => !document.querySelector('.sb-show-preparing-story'), null, { timeout: 15_000 });
          // The loading stories stay loading on purpose.
          if (!/loading/i.test(story.name)) await settle(page);
          compare(name, await shoot(page, '#storybook-root'));
        } finally {
          await page.close();
        }
      });
    }
    await context.close();
  } finally {
    server.close();
  }
} finally {
  await browser.close();
  await portal.close();
}
finish();
