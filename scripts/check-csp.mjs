// `npm run test:csp`: the dashboard under a strict Content-Security-Policy and Trusted Types.
// Builds the single-file bundle, serves examples/csp on 127.0.0.1 with each policy below as a
// response header, opens it in Chromium, waits for every section, clicks through the views
// (details dialogs, CSV download, tooltips, table view, catalog search) and requires zero
// violations: none reported by the page's `securitypolicyviolation` listener, none POSTed to
// the policy's report-uri. A deliberate violation at the end proves both channels listen.
// Ends with the plain line `N passed, N failed`; exits non-zero on failure.
import { createReadStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { check, finish } from './checklist.mjs';

const root = resolve(import.meta.dirname, '..');
const TIMEOUT_MS = 20_000;
/** What the deliberate violation carries, so it is told apart from real ones. */
const CANARY = 'csp-canary';

const BASE = [
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
];
/** Each policy is served under its own path; its reports come back to `<path>/csp-report`. */
const POLICIES = {
  'scripts': BASE,
  'scripts-and-styles': [...BASE, "style-src 'self'"],
  // Everything from the page's own origin only, and Lit's policy the only Trusted Types policy.
  'everything': [...BASE, "default-src 'self'", "style-src 'self'", "frame-ancestors 'none'", 'trusted-types lit-html'],
};


/** The bundle as `npm run build` makes it, built into a temporary folder (dist/ is left alone). */
async function buildBundle() {
  const outDir = mkdtempSync(join(tmpdir(), 'credit-widgets-csp-'));
  await build({ root, configFile: join(root, 'vite.config.ts'), mode: 'bundle', logLevel: 'error', build: { outDir } });
  return outDir;
}

/** Serves examples/csp and the bundle under `/<policy>/`, with that policy as a header. */
function serve(bundleDir) {
  const reports = Object.fromEntries(Object.keys(POLICIES).map((name) => [name, []]));
  const files = {
    '': [join(root, 'examples/csp/index.html'), 'text/html; charset=utf-8'],
    'record-violations.js': [join(root, 'examples/csp/record-violations.js'), 'text/javascript; charset=utf-8'],
    'credit-widgets.bundle.js': [join(bundleDir, 'credit-widgets.bundle.js'), 'text/javascript; charset=utf-8'],
  };
  const server = createServer((request, response) => {
    const [, policy, file = ''] = new URL(request.url, 'http://127.0.0.1').pathname.match(/^\/([^/]+)\/?(.*)$/) ?? [];
    if (!POLICIES[policy]) return void response.writeHead(request.url === '/favicon.ico' ? 204 : 404).end();
    if (file === 'csp-report' && request.method === 'POST') {
      let body = '';
      request.on('data', (chunk) => (body += chunk));
      request.on('end', () => {
        reports[policy].push(JSON.parse(body)['csp-report'] ?? body);
        response.writeHead(204).end();
      });
      return;
    }
    if (!files[file]) return void response.writeHead(404).end();
    const [path, type] = files[file];
    response.writeHead(200, {
      'content-type': type,
      'cache-control': 'no-store',
      'content-security-policy': [...POLICIES[policy], `report-uri /${policy}/csp-report`].join('; '),
    });
    createReadStream(path).pipe(response);
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => done({ url: `http://127.0.0.1:${server.address().port}`, server, reports }));
  });
}

const WIDGETS = ['credit-summary', 'credit-pie', 'credit-history', 'feature-catalog'];

async function waitForDashboard(page) {
  for (const tag of WIDGETS) await page.locator(`credit-dashboard ${tag} [part~="base"]`).waitFor({ timeout: TIMEOUT_MS });
  await page.locator('credit-dashboard [part~="loading"]').first().waitFor({ state: 'detached', timeout: TIMEOUT_MS });
  const errors = await page.locator('credit-dashboard [part~="error"]').allTextContents();
  if (errors.length) throw new Error(`the dashboard shows errors: ${errors.map((e) => e.replace(/\s+/g, ' ').trim()).join(' | ')}`);
}

/** Every view that renders differently: dialogs, CSV, tooltips (styleMap), table, search. */
async function clickThrough(page) {
  const timeout = TIMEOUT_MS;
  const summaryDialog = page.locator('credit-summary dialog[open]');
  await page.locator('credit-summary [part~="details-button"]').click({ timeout });
  await summaryDialog.waitFor({ timeout });
  const download = page.waitForEvent('download', { timeout });
  await summaryDialog.locator('[part~="csv-button"]').click({ timeout });
  await download;
  await summaryDialog.locator('[part~="dialog-close"]').click({ timeout });

  const pieDialog = page.locator('credit-pie dialog[open]');
  await page.locator('credit-pie [part~="details-button"]').click({ timeout });
  await pieDialog.waitFor({ timeout });
  await pieDialog.locator('[part~="dialog-close"]').click({ timeout });
  await page.locator('credit-pie [part~="legend-item"]').first().hover({ timeout });
  await page.locator('credit-pie [part~="tooltip"]').waitFor({ timeout });

  await page.locator('credit-history [part~="plot"]').hover({ timeout });
  await page.locator('credit-history [part~="tooltip"]').waitFor({ timeout });
  await page.locator('credit-history [part~="table-toggle"]').click({ timeout });
  await page.locator('credit-history [part~="table"]').waitFor({ timeout });

  const count = page.locator('feature-catalog [part~="count"]');
  const before = await count.textContent({ timeout });
  await page.locator('feature-catalog [part~="search"]').fill('sensor', { timeout });
  await page.waitForFunction(
    (previous) => {
      const catalog = document.querySelector('credit-dashboard')?.shadowRoot?.querySelector('feature-catalog');
      return catalog?.shadowRoot?.querySelector('[part~="count"]')?.textContent !== previous;
    },
    before,
    { timeout },
  );
  await page.locator('feature-catalog [part~="row"]').first().waitFor({ timeout });
}

/** A deliberate inline script: both the page's listener and the report-uri must catch it. */
async function violateOnPurpose(page) {
  await page.evaluate((canary) => {
    try {
      const script = document.createElement('script');
      script.textContent = `/* ${canary} */`;
      document.body.append(script);
    } catch {
      // Trusted Types refuses the string outright; the refusal is the violation wanted.
    }
  }, CANARY);
}

const recorded = (page) => page.locator('#violations li').allTextContents();
const isCanary = (text) => text.includes(CANARY);

async function checkPolicy(browser, url, reports, policy) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 2400 }, acceptDownloads: true });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const label = `[${policy}: ${POLICIES[policy].join('; ')}]`;
  try {
    await check(`${label} the dashboard renders every section`, async () => {
      await page.goto(`${url}/${policy}/`);
      await waitForDashboard(page);
    });
    await check(`${label} dialogs, CSV download, tooltips, table view and catalog search work`, () => clickThrough(page));
    await check(`${label} violations are caught: a deliberate inline script is listed and reported`, async () => {
      await violateOnPurpose(page);
      await page.waitForFunction(
        (canary) => [...document.querySelectorAll('#violations li')].some((li) => li.textContent.includes(canary)),
        CANARY,
        { timeout: TIMEOUT_MS },
      );
      // Reports are POSTed in the background: wait for the canary's, so any earlier one is in too.
      const deadline = Date.now() + TIMEOUT_MS;
      while (!reports[policy].some((report) => JSON.stringify(report).includes(CANARY))) {
        if (Date.now() > deadline) throw new Error('the report-uri never received the deliberate violation');
        await new Promise((next) => setTimeout(next, 50));
      }
    });
    await check(`${label} zero violations from the kit`, async () => {
      const listed = (await recorded(page)).filter((text) => !isCanary(text));
      const posted = reports[policy].filter((report) => !isCanary(JSON.stringify(report)));
      const all = [...listed, ...posted.map((report) => `report: ${JSON.stringify(report)}`), ...problems];
      if (all.length) throw new Error(all.join('\n'));
    });
  } finally {
    await context.close();
  }
}

const bundleDir = await buildBundle();
const { url, server, reports } = await serve(bundleDir);
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
try {
  // The page must not carry the kit's work-arounds: no inline script or style of its own.
  await check('examples/csp/index.html has no inline script or style', () => {
    const html = readFileSync(join(root, 'examples/csp/index.html'), 'utf8');
    if (/<script(?![^>]*\bsrc=)[^>]*>|<style\b|\sstyle=/i.test(html)) throw new Error('inline script or style in the page');
  });
  for (const policy of Object.keys(POLICIES)) await checkPolicy(browser, url, reports, policy);
} finally {
  await browser.close();
  server.close();
  rmSync(bundleDir, { recursive: true, force: true });
}

finish();
