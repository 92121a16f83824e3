import { defaultReporter } from '@web/test-runner';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, ensureChromium } from './scripts/chromium.mjs';
import { startFixtureServer } from './test/server/fixture-server.mjs';

const executablePath = ensureChromium();

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
  testFramework: { config: { timeout: 10000 } },
  plugins: [
    esbuildPlugin({ ts: true, tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    fixtureServerPlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath, args: CHROMIUM_ARGS, headless: true },
    }),
  ],
  reporters: [defaultReporter(), countingReporter()],
};
