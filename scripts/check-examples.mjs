// `npm run test:examples`, after `npm run build`: every embedding example under examples/
// renders the dashboard in Chromium and its host's handler receives the
// `credit-allocation-request` the catalog fires; and `npm pack` holds what a consumer needs
// and nothing else. Ends with the plain line `N passed, N failed`; exits non-zero on failure.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { check, finish } from './checklist.mjs';
import { serveFolder } from './static-server.mjs';

const root = resolve(import.meta.dirname, '..');
const TIMEOUT_MS = 20_000;

/** Builds examples/<name> with its own vite.config.ts into examples/<name>/dist. */
async function buildExample(name) {
  await build({ configFile: join(root, 'examples', name, 'vite.config.ts'), logLevel: 'error' });
}

function requireBundle() {
  if (!existsSync(join(root, 'dist/credit-widgets.bundle.js'))) {
    throw new Error('dist/credit-widgets.bundle.js is missing: run `npm run build` first');
  }
}

const WIDGETS = ['credit-summary', 'credit-pie', 'credit-history', 'feature-catalog'];

/** The dashboard shows its four widgets, every section loaded and none in error. */
async function assertDashboardRendered(page) {
  for (const tag of WIDGETS) await page.locator(`credit-dashboard ${tag}`).waitFor({ timeout: TIMEOUT_MS });
  await page.locator('credit-dashboard [part~="loading"]').first().waitFor({ state: 'detached', timeout: TIMEOUT_MS });
  const errors = await page.locator('credit-dashboard [part~="error"]').allTextContents();
  const tidy = (text) => text.replace(/\s+/g, ' ').trim();
  if (errors.length) throw new Error(`the dashboard shows errors: ${errors.map(tidy).join(' | ')}`);
}

/**
 * Opens the page, checks the dashboard rendered, presses the catalog's first Set up
 * allocation button and returns what the host's handler wrote into #host-received. Fails on
 * any page error or console error (a CSP violation or a failed load is one).
 */
async function pressSetUpAllocation(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  let received;
  try {
    await page.goto(url);
    // The catalog's list is virtualized: its rows exist once it is in view, as for a user
    // scrolling down to it. Playwright's CSS engine pierces open shadow roots, so the locators
    // here find elements inside <credit-dashboard>.
    await page.locator('feature-catalog').scrollIntoViewIfNeeded({ timeout: TIMEOUT_MS });
    await assertDashboardRendered(page);
    const setUp = page.locator('feature-catalog button', { hasText: 'Set up allocation' }).first();
    await setUp.click({ timeout: TIMEOUT_MS });
    const text = await page.waitForFunction(
      () => document.querySelector('#host-received')?.textContent?.trim() || undefined,
      undefined,
      { timeout: TIMEOUT_MS },
    );
    received = JSON.parse(await text.jsonValue());
  } catch (error) {
    problems.unshift(error.message);
  } finally {
    await page.close();
  }
  if (problems.length) throw new Error(problems.join('\n'));
  return received;
}

function assertAllocationRequest(received) {
  const { type, action, featureId, offeringId, requestId } = received;
  const ok =
    type === 'credit-allocation-request' &&
    action === 'set-up' &&
    [featureId, offeringId, requestId].every((value) => typeof value === 'string' && value !== '');
  if (!ok) throw new Error(`the host received ${JSON.stringify(received)}, not a set-up credit-allocation-request`);
}

const EXAMPLES = [
  { name: 'plain-html', page: 'examples/plain-html/index.html', prepare: requireBundle },
  { name: 'react', page: 'examples/react/dist/index.html', prepare: () => buildExample('react') },
  { name: 'vue', page: 'examples/vue/dist/index.html', prepare: () => buildExample('vue') },
];

/** Every path package.json points a consumer at (main, types, exports), without `./`. */
function entryPoints(pkg) {
  const targets = [];
  const collect = (value) => {
    if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect([pkg.main, pkg.module, pkg.types, pkg.exports]);
  return targets;
}

const PACKED_TOP_LEVEL = ['custom-elements.json', 'README.md', 'LICENSE', 'package.json'];

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function checkPack() {
  const [report] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }),
  );
  const files = new Set(report.files.map((file) => file.path));
  const stray = [...files].filter((path) => !path.startsWith('dist/') && !PACKED_TOP_LEVEL.includes(path));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  // An export with a `*` subpath pattern is present when at least one packed file matches it.
  const packed = (path) =>
    path.includes('*')
      ? [...files].some((file) => new RegExp(`^${path.split('*').map(escapeRegExp).join('[^/]+')}$`).test(file))
      : files.has(path);
  const missing = [...new Set([...PACKED_TOP_LEVEL, ...entryPoints(pkg)])].filter((path) => !packed(path));
  const problems = [
    stray.length ? `packed but not for consumers: ${stray.join(', ')}` : '',
    missing.length ? `missing from the package: ${missing.join(', ')} (run \`npm run build\` first?)` : '',
  ].filter(Boolean);
  if (problems.length) throw new Error(problems.join('\n'));
}

const { url, server } = await serveFolder(root);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
try {
  for (const example of EXAMPLES) {
    await check(`${example.name} renders and receives credit-allocation-request`, async () => {
      await example.prepare();
      assertAllocationRequest(await pressSetUpAllocation(browser, `${url}/${example.page}`));
    });
  }
  await check('npm pack holds only dist/, custom-elements.json, README.md, LICENSE and package.json', checkPack);
} finally {
  await browser.close();
  server.close();
}

finish();
