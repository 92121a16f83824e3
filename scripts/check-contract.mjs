// `npm run test:contract`, after `npm run build`: the REST contract (openapi/credit-api.yaml)
// and the kit agree.
// - `redocly lint` with the recommended rules finds no error and no warning.
// - A Prism mock server started from the spec (127.0.0.1 only) serves its examples; they are
//   one consistent account (the figures of every path add up).
// - The dashboard, on HttpCreditProvider pointed at Prism, renders those examples with no
//   error at all, and turns Prism's error answers (`Prefer: code=401` / `code=503`, and the
//   401 of a request without credentials) into an error in every widget and a
//   `credit-data-error` that names the status.
// Ends with the plain line `N passed, N failed`; exits non-zero on failure.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from './chromium.mjs';
import { check, finish } from './checklist.mjs';

const root = resolve(import.meta.dirname, '..');
const SPEC = 'openapi/credit-api.yaml';
const bin = (name) => join(root, 'node_modules', '.bin', name);
const TIMEOUT_MS = 20_000;
const TOKEN = 'Bearer contract-test';

if (!existsSync(join(root, 'dist/credit-widgets.bundle.js'))) {
  console.error('dist/credit-widgets.bundle.js is missing: run `npm run build` first');
  process.exit(1);
}

function lint() {
  const result = spawnSync(bin('redocly'), ['lint', '--extends=recommended', '--format=json', SPEC], {
    cwd: root,
    encoding: 'utf8',
  });
  const report = JSON.parse(result.stdout.slice(result.stdout.indexOf('{')));
  const { errors, warnings } = report.totals;
  if (errors || warnings) {
    const problems = report.problems.map((p) => `${p.severity} ${p.ruleId}: ${p.message} (${p.location?.[0]?.pointer ?? ''})`);
    throw new Error(`${errors} errors, ${warnings} warnings:\n${problems.join('\n')}`);
  }
}

function freePort() {
  return new Promise((done) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => done(port));
    });
  });
}

/** Starts `prism mock` on the spec; resolves once it answers, with its URL and a stop function. */
async function startPrism() {
  const port = await freePort();
  const prism = spawn(bin('prism'), ['mock', '--host', '127.0.0.1', '--port', String(port), SPEC], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  prism.stdout.on('data', (chunk) => (log += chunk));
  prism.stderr.on('data', (chunk) => (log += chunk));
  const url = `http://127.0.0.1:${port}`;
  const stop = () => prism.kill();
  for (let attempt = 0; attempt < 120; attempt++) {
    if (prism.exitCode !== null) break;
    try {
      await fetch(`${url}/summary`, { headers: { authorization: TOKEN } });
      return { url, stop };
    } catch {
      await new Promise((wait) => setTimeout(wait, 250));
    }
  }
  stop();
  throw new Error(`Prism did not start:\n${log}`);
}

async function getJson(url, path) {
  const response = await fetch(url + path, { headers: { authorization: TOKEN, accept: 'application/json' } });
  if (!response.ok) throw new Error(`GET ${path} answered ${response.status}`);
  return response.json();
}

const sum = (values) => values.reduce((total, value) => total + value, 0);
const validOn = (grants, day) => sum(grants.filter((g) => g.startDate <= day && day <= g.endDate).map((g) => g.credits));

/** The day a year before `day`, plus one: the history widget's default period is [that, day]. */
function yearBefore(day) {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCFullYear(date.getUTCFullYear() - 1);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** Every path's example describes the same account as of the summary's day. */
async function assertOneAccount(prism) {
  const summary = await getJson(prism, '/summary');
  const day = summary.asOf.slice(0, 10);
  const [grants, allocations, features, history] = await Promise.all([
    getJson(prism, '/grants'),
    getJson(prism, '/allocations'),
    getJson(prism, '/features'),
    getJson(prism, `/history?from=${yearBefore(day)}&to=${day}`),
  ]);
  const allocated = new Map(allocations.flatMap((offering) => offering.features.map((f) => [f.featureId, f.credits])));
  const last = history.toSorted((a, b) => a.date.localeCompare(b.date)).at(-1);
  const problems = [
    summary.totalValid !== validOn(grants, day) &&
      `summary.totalValid ${summary.totalValid} ≠ ${validOn(grants, day)}, the grants valid on ${day}`,
    summary.allocated !== sum([...allocated.values()]) &&
      `summary.allocated ${summary.allocated} ≠ ${sum([...allocated.values()])}, the allocations`,
    summary.allocated !== sum(features.map((f) => f.allocated)) &&
      `summary.allocated ${summary.allocated} ≠ ${sum(features.map((f) => f.allocated))}, the features' allocated`,
    ...features
      .filter((f) => f.allocated !== (allocated.get(f.id) ?? 0))
      .map((f) => `features ${f.id}.allocated ${f.allocated} ≠ ${allocated.get(f.id) ?? 0} in allocations`),
    ...history
      .filter((point) => point.totalValid !== validOn(grants, point.date))
      .map((point) => `history ${point.date}.totalValid ${point.totalValid} ≠ ${validOn(grants, point.date)}, the grants valid that day`),
    (last?.date !== day || last.totalValid !== summary.totalValid || last.allocated !== summary.allocated) &&
      `the history's last point ${JSON.stringify(last)} is not the summary of ${day}`,
  ].filter(Boolean);
  if (problems.length) throw new Error(problems.join('\n'));
}

/**
 * The page under test: the dashboard on HttpCreditProvider at `?api=`, sending the request
 * headers of `?headers=` (JSON); it records every credit-data-error.
 */
const PAGE = `<!doctype html>
<html lang="en-US">
  <body>
    <credit-provider><credit-dashboard></credit-dashboard></credit-provider>
    <script type="module">
      import { HttpCreditProvider } from '/credit-widgets.bundle.js';
      const query = new URLSearchParams(location.search);
      window.dataErrors = [];
      document.addEventListener('credit-data-error', (event) => window.dataErrors.push(event.detail));
      document.querySelector('credit-provider').provider = new HttpCreditProvider({
        baseUrl: query.get('api'),
        headers: JSON.parse(query.get('headers')),
      });
    </script>
  </body>
</html>`;

/**
 * Serves the page and the bundle on 127.0.0.1. A real server, not a page Playwright makes up:
 * Chromium lets only a page from a loopback address fetch from one (Prism), as a console
 * page on the same network as its API would.
 */
function servePage() {
  const bundle = readFileSync(join(root, 'dist/credit-widgets.bundle.js'));
  const server = createHttpServer((request, response) => {
    const { pathname } = new URL(request.url, 'http://127.0.0.1');
    if (pathname === '/') return void response.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
    if (pathname === '/credit-widgets.bundle.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle);
    response.writeHead(pathname === '/favicon.ico' ? 204 : 404).end();
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ url: `http://127.0.0.1:${server.address().port}`, server })));
}

/** The widgets inside the dashboard, by tag. */
function widgetTags() {
  const dashboard = document.querySelector('credit-dashboard');
  return [...(dashboard?.shadowRoot?.querySelectorAll('*') ?? [])]
    .map((el) => el.localName)
    .filter((tag) => tag.startsWith('credit-') || tag === 'feature-catalog');
}

const tidy = (text) => text.replace(/\s+/g, ' ').trim();

/** Opens the dashboard on Prism, sending `headers`. Playwright's CSS engine pierces the shadow roots. */
async function openDashboard(browser, site, prism, headers) {
  const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const problems = [];
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await tab.goto(`${site}/?${new URLSearchParams({ api: prism, headers: JSON.stringify(headers) })}`);
  await tab.locator('credit-dashboard credit-summary').waitFor({ timeout: TIMEOUT_MS });
  return { tab, problems };
}

/** Waits for `locator`; a timeout becomes `problem` in the list instead of an exception. */
async function expectVisible(locator, problems, problem) {
  await locator.first().waitFor({ timeout: TIMEOUT_MS }).catch(() => problems.push(problem));
}

async function assertRendersExamples(browser, site, prism) {
  const { tab, problems } = await openDashboard(browser, site, prism, { authorization: TOKEN });
  try {
    const base = (tag) => tab.locator(`credit-dashboard ${tag} [part~="base"]`);
    // The summary and the donut show the same allocated total: the examples agree.
    await expectVisible(base('credit-summary').filter({ hasText: '430,000' }), problems, 'the summary does not show 430,000 valid');
    await expectVisible(base('credit-summary').filter({ hasText: '300,000' }), problems, 'the summary does not show 300,000 allocated');
    await expectVisible(base('credit-pie').filter({ hasText: '300,000' }), problems, 'the donut does not show 300,000 allocated');
    await tab.locator('credit-dashboard [part~="loading"]').first().waitFor({ state: 'detached', timeout: TIMEOUT_MS });
    const errors = await tab.locator('credit-dashboard [part~="error"]').allTextContents();
    const dataErrors = await tab.evaluate(() => window.dataErrors);
    problems.push(
      ...errors.map((text) => `error shown: ${tidy(text)}`),
      ...dataErrors.map((detail) => `credit-data-error: ${detail.section}: ${detail.message}`),
    );
  } finally {
    await tab.close();
  }
  if (problems.length) throw new Error(problems.join('\n'));
}

async function assertErrorState(browser, site, prism, headers, status) {
  const { tab, problems } = await openDashboard(browser, site, prism, headers);
  try {
    const tags = await tab.evaluate(widgetTags);
    await Promise.all(
      tags.map((tag) => expectVisible(tab.locator(`credit-dashboard ${tag} [part~="error"]`), problems, `<${tag}> shows no error`)),
    );
    const dataErrors = await tab.evaluate(() => window.dataErrors);
    if (dataErrors.length === 0) problems.push('no credit-data-error was fired');
    for (const detail of dataErrors) {
      if (!new RegExp(`HTTP ${status}\\b`).test(detail.message)) {
        problems.push(`credit-data-error for ${detail.section} does not say HTTP ${status}: ${detail.message}`);
      }
    }
  } finally {
    await tab.close();
  }
  if (problems.length) throw new Error(problems.join('\n'));
}

await check(`redocly lint ${SPEC}: recommended rules, no error or warning`, lint);

let prism;
await check(`Prism mock server starts from ${SPEC} on 127.0.0.1`, async () => {
  prism = await startPrism();
});
const { url: site, server } = await servePage();
const browser = await chromium.launch({ executablePath: ensureChromium(), args: CHROMIUM_ARGS, headless: true });
try {
  const needsPrism = (run) => () => {
    if (!prism) throw new Error('Prism is not running');
    return run(prism.url);
  };
  await check("the spec's examples are one account (summary, grants, allocations, features, history add up)", needsPrism(assertOneAccount));
  await check('the dashboard renders the examples from Prism with no error and no credit-data-error', needsPrism((url) => assertRendersExamples(browser, site, url)));
  await check('Prefer: code=401 → an error in every widget, credit-data-error says HTTP 401', needsPrism((url) =>
    assertErrorState(browser, site, url, { authorization: TOKEN, prefer: 'code=401' }, 401),
  ));
  await check('Prefer: code=503 → an error in every widget, credit-data-error says HTTP 503', needsPrism((url) =>
    assertErrorState(browser, site, url, { authorization: TOKEN, prefer: 'code=503' }, 503),
  ));
  await check('no credentials → the security scheme answers 401 → an error in every widget', needsPrism((url) =>
    assertErrorState(browser, site, url, {}, 401),
  ));
} finally {
  await browser.close();
  server.close();
  prism?.stop();
}

finish();
