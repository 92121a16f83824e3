// `npm run test:examples`, after `npm run build`: `npm pack` holds what a consumer needs and
// nothing else; then every embedding example under examples/ renders the dashboard in
// Chromium and its host's handler receives the `credit-allocation-request` the catalog fires.
// The framework examples get the kit as an app does: the packed tarball, unpacked into
// examples/node_modules/credit-widgets (its dependencies resolve from the kit's own
// node_modules). Angular has its own package.json and lockfile, installed here with `npm ci`
// when its node_modules is missing, so that the kit's install stays small.
// Ends with the plain line `N passed, N failed`; exits non-zero on failure.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  requireUnpackedKit();
  await build({ configFile: join(root, 'examples', name, 'vite.config.ts'), logLevel: 'error' });
}

const angular = join(root, 'examples', 'angular');

/** Installs the Angular example's own dependencies when missing, then runs its `ng build`. */
function buildAngular() {
  requireUnpackedKit();
  // Under `npm run`, npm's own variables (npm_config_local_prefix among them) point a nested
  // npm at the kit's package.json, and the Vite builds before this one set NODE_ENV=production,
  // which makes npm leave out devDependencies (the Angular CLI): the install sees neither.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('npm_') && name !== 'NODE_ENV'),
  );
  const quiet = { cwd: angular, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' };
  if (!existsSync(join(angular, 'node_modules', '.bin', 'ng'))) {
    execFileSync('npm', ['ci', '--include=dev', '--no-audit', '--no-fund'], quiet);
  }
  execFileSync(join(angular, 'node_modules', '.bin', 'ng'), ['build'], { ...quiet, env: { ...env, NG_CLI_ANALYTICS: 'false' } });
}

const unpackedKit = join(root, 'examples', 'node_modules', 'credit-widgets');

function requireUnpackedKit() {
  if (!existsSync(join(unpackedKit, 'package.json'))) {
    throw new Error('examples/node_modules/credit-widgets is missing: the npm pack check above failed');
  }
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
  { name: 'svelte', page: 'examples/svelte/dist/index.html', prepare: () => buildExample('svelte') },
  { name: 'angular', page: 'examples/angular/dist/index.html', prepare: buildAngular },
];

/** Every path package.json points a consumer at (main, types, exports), without `./`. */
function entryPoints(pkg) {
  const targets = [];
  const collect = (value) => {
    if (typeof value === 'string') targets.push(value.replace(/^\.\//, ''));
    else if (value && typeof value === 'object') Object.values(value).forEach(collect);
  };
  collect([pkg.main, pkg.module, pkg.types, pkg.exports, pkg.customElements, pkg['web-types']]);
  return targets;
}

const PACKED_TOP_LEVEL = ['custom-elements.json', 'openapi/credit-api.yaml', 'CHANGELOG.md', 'README.md', 'LICENSE', 'package.json'];
// Generated by `npm run build` (scripts/editor-support.mjs): what editors and type-checkers read.
const EDITOR_AND_FRAMEWORK_TYPES = [
  'dist/vscode.html-custom-data.json',
  'dist/web-types.json',
  'dist/jsx.d.ts',
  'dist/jsx-react.d.ts',
  'dist/vue.d.ts',
  'dist/svelte.d.ts',
  'dist/credit-widgets.bundle.d.ts',
];

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Packs the kit (no rebuild: `npm run build` came first), checks the tarball and unpacks it for the examples. */
function checkPack() {
  // A kit unpacked by an earlier run must not stand in for this one when this pack fails.
  rmSync(unpackedKit, { recursive: true, force: true });
  const destination = mkdtempSync(join(tmpdir(), 'credit-widgets-pack-'));
  try {
    const [report] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', destination], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    assertPackContents(report.files.map((file) => file.path));
    mkdirSync(unpackedKit, { recursive: true });
    execFileSync('tar', ['-xzf', join(destination, report.filename), '-C', unpackedKit, '--strip-components=1']);
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
}

function assertPackContents(paths) {
  const files = new Set(paths);
  const stray = [...files].filter((path) => !path.startsWith('dist/') && !PACKED_TOP_LEVEL.includes(path));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  // An export with a `*` subpath pattern is present when at least one packed file matches it.
  const packed = (path) =>
    path.includes('*')
      ? [...files].some((file) => new RegExp(`^${path.split('*').map(escapeRegExp).join('[^/]+')}$`).test(file))
      : files.has(path);
  const missing = [...new Set([...PACKED_TOP_LEVEL, ...EDITOR_AND_FRAMEWORK_TYPES, ...entryPoints(pkg)])].filter(
    (path) => !packed(path),
  );
  const problems = [
    stray.length ? `packed but not for consumers: ${stray.join(', ')}` : '',
    missing.length ? `missing from the package: ${missing.join(', ')} (run \`npm run build\` first?)` : '',
  ].filter(Boolean);
  if (problems.length) throw new Error(problems.join('\n'));
}

const { url, server } = await serveFolder(root);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
try {
  await check(
    'npm pack holds dist/ (editor and framework types included), custom-elements.json, openapi/credit-api.yaml, CHANGELOG.md, README.md, LICENSE and package.json, and nothing else',
    checkPack,
  );
  for (const example of EXAMPLES) {
    await check(`${example.name} renders and receives credit-allocation-request`, async () => {
      await example.prepare();
      assertAllocationRequest(await pressSetUpAllocation(browser, `${url}/${example.page}`));
    });
  }
} finally {
  await browser.close();
  server.close();
}

finish();
