// `npm run test:stories`, after `npm run build-storybook`: opens every story of the built
// Storybook in Chromium and requires that it renders content, raises no page or console error,
// and that axe finds no violation in it. Ends with `N passed, N failed`; exits non-zero on failure.
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { check, finish } from './checklist.mjs';
import { serveFolder } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const built = join(root, 'storybook-static');
if (!existsSync(join(built, 'index.json'))) {
  console.error('storybook-static/index.json is missing: run `npm run build-storybook` first');
  process.exit(1);
}
const stories = Object.values(JSON.parse(readFileSync(join(built, 'index.json'), 'utf8')).entries).filter(
  (entry) => entry.type === 'story',
);
const axeSource = readFileSync(join(root, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Whether any kit element (shadow roots included) still shows its loading state. */
function loading() {
  const busy = (node) =>
    Boolean(node.querySelector('[aria-busy="true"]')) ||
    [...node.querySelectorAll('*')].some((el) => el.shadowRoot && busy(el.shadowRoot));
  return busy(document);
}

/** Waits until every kit element in the story (shadow roots included) has finished updating. */
function settled() {
  const kit = [];
  const walk = (node) => {
    for (const el of node.querySelectorAll('*')) {
      if (el.localName.startsWith('credit-') || el.localName === 'feature-catalog') kit.push(el);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(document);
  return Promise.all(kit.map((el) => el.updateComplete)).then(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

const { url, server } = await serveFolder(built);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
try {
  for (const story of stories) {
    await check(`${story.title} / ${story.name}`, async () => {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
      const problems = [];
      // Every error counts, a "ResizeObserver loop" report included: hosts' error trackers see them all.
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
      page.on('console', (message) => {
        if (message.type() === 'error') problems.push(`console: ${message.text()}`);
      });
      // What reaches window.onerror (where hosts' error trackers listen), from the first script on.
      await page.addInitScript(() => {
        window.__creditErrors = [];
        window.addEventListener('error', (event) => window.__creditErrors.push(event.message));
      });
      try {
        await page.goto(`${url}/iframe.html?id=${story.id}&viewMode=story`);
        await page.locator('#storybook-root > *').first().waitFor({ timeout: 15_000 });
        // Let data arrive (providers answer at once or after a set latency) and renders finish.
        await page.waitForFunction(() => !document.querySelector('.sb-show-preparing-story'), null, { timeout: 15_000 });
        // Stories of the loading state stay loading; every other story must finish loading.
        if (!/loading/i.test(story.name)) {
          await page.waitForFunction(`!(${loading})()`, null, { timeout: 15_000 });
        }
        await page.evaluate(settled);
        // Scroll through the story and back: virtualized rows measure themselves on the way.
        await page.evaluate(async () => {
          for (let y = 0; y < document.documentElement.scrollHeight; y += 600) {
            window.scrollTo(0, y);
            await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
          }
          window.scrollTo(0, 0);
        });
        await page.evaluate(settled);
        const windowErrors = await page.evaluate(() => window.__creditErrors);
        problems.push(...windowErrors.map((message) => `window error: ${message}`));
        await page.addScriptTag({ content: axeSource });
        const violations = await page.evaluate(async () => {
          // eslint-disable-next-line no-undef
          const result = await axe.run('#storybook-root');
          return result.violations.map((v) => `${v.id} (${v.nodes.length}): ${v.help}`);
        });
        if (violations.length) problems.push(...violations.map((v) => `axe: ${v}`));
        if (problems.length) throw new Error(problems.join('\n'));
      } finally {
        await page.close();
      }
    });
  }
} finally {
  await browser.close();
  server.close();
}
finish();
