import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, ensureChromium, ensureTestTools } from './scripts/chromium.mjs';
import { minifiedCssPlugin } from './test/build/minified-css-plugin.mjs';
import { printPdfPlugin } from './test/layout/print-pdf-plugin.mjs';
import { startFixtureServer } from './test/server/fixture-server.mjs';

const executablePath = ensureChromium();
ensureTestTools();

/**
 * Far-apart time zones that the tests of zone-sensitive figures run in as well, each in a
 * browser launched with TZ set (Date and Intl then default to it): Kiritimati is UTC+14 and
 * Pago Pago UTC−11, so an as-of time near midnight UTC falls on a different day in each, and
 * on another one again in the default group's browser (the machine's zone).
 */
const TIME_ZONES = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'];

/** The tests whose figures must not depend on the reader's zone, run in every zone above. */
const ZONE_FILES = ['test/reliability/time-zones.test.ts', 'test/data/days.test.ts', 'test/i18n/format.test.ts', 'test/credit-summary.test.ts'];

/** The zone each browser launcher runs in, for the `browser-time-zone` command. */
const zoneOfBrowser = new Map();

function chromium(timeZone) {
  const env = timeZone ? { ...process.env, TZ: timeZone } : undefined;
  const launcher = playwrightLauncher({
    product: 'chromium',
    launchOptions: { executablePath, args: CHROMIUM_ARGS, headless: true, ...(env ? { env } : {}) },
  });
  if (timeZone) zoneOfBrowser.set(launcher, timeZone);
  return launcher;
}

/**
 * One group per extra zone. With `--files`, they run only when a pattern names the zone test
 * (`--files test/reliability/time-zones.test.ts`), so running one other file stays quick.
 */
function zoneGroups() {
  const at = process.argv.indexOf('--files');
  if (at >= 0) {
    const rest = process.argv.slice(at + 1);
    const end = rest.findIndex((arg) => arg.startsWith('--'));
    if (!(end < 0 ? rest : rest.slice(0, end)).some((pattern) => pattern.includes('time-zones'))) return [];
  }
  return TIME_ZONES.map((timeZone) => ({
    name: `time-zone-${timeZone.replace(/\W+/g, '-').toLowerCase()}`,
    files: ZONE_FILES,
    browsers: [chromium(timeZone)],
  }));
}

/** Tells a test which zone its browser was launched in (null: the machine's own). */
function timeZonePlugin() {
  return {
    name: 'browser-time-zone',
    executeCommand({ command, session }) {
      if (command !== 'browser-time-zone') return undefined;
      return { timeZone: zoneOfBrowser.get(session.browser) ?? null };
    },
  };
}

/** Serves the fixture HTTP server's addresses to the browser through a test-runner command. */
function fixtureServerPlugin() {
  let server;
  return {
    name: 'fixture-server',
    async serverStart() {
      server = await startFixtureServer();
    },
    async serverStop() {
      await server?.close();
    },
    executeCommand({ command }) {
      if (command !== 'fixture-server') return undefined;
      return { url: server.url, refusedUrl: server.refusedUrl };
    },
  };
}

/** Writes the test counts where scripts/test.mjs reads them for the closing summary line. */
function countingReporter() {
  return {
    onTestRunFinished({ sessions }) {
      const file = process.env.CREDIT_TEST_COUNTS;
      if (!file) return;
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const test of suite.tests) {
          if (test.skipped) skipped++;
          else if (test.passed) passed++;
          else failed++;
        }
        suite.suites.forEach(walk);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        // A file that failed to load or threw outside a test counts as one failure.
        if (!session.passed && session.errors.length > 0) failed++;
      }
      writeFileSync(file, JSON.stringify({ passed, failed, skipped }));
    },
  };
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser', 'production'] },
  concurrency: 2,
  // Generous: CI shares two cores between two browsers, and the heaviest tests mount 10,000 rows.
  testFramework: { config: { timeout: 30000 } },
  // A whole file may take longer than the default 2 minutes there: the minified-CSS check reads
  // every computed style of the dashboard twice (55 s alone, over 120 s beside another browser).
  testsFinishTimeout: 300000,
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    fixtureServerPlugin(),
    printPdfPlugin(),
    minifiedCssPlugin(),
    timeZonePlugin(),
  ],
  browsers: [chromium()],
  groups: zoneGroups(),
  reporters: [defaultReporter(), countingReporter()],
};
