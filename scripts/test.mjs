// `npm test`: typecheck, lint, the manifest's freshness, then every browser test in Chromium.
// Ends with the plain line `N passed, N failed` (each static check counts as one test) and
// exits non-zero when anything failed. Extra arguments go to the test runner (e.g. --files).
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { add, check, finish, run } from './checklist.mjs';
import { ensureChromium } from './chromium.mjs';

const bin = (name) => join('node_modules', '.bin', name);

const runnerArgs = process.argv.slice(2);
const onlySomeFiles = runnerArgs.length > 0;

if (!onlySomeFiles) {
  await check('typecheck (tsc)', () => run(bin('tsc'), ['-p', 'tsconfig.json']));
  await check('lint (eslint)', () => run(bin('eslint'), ['--max-warnings', '0', '.']));

  // The analyzer takes --outdir relative to the project, so the check writes under node_modules.
  await check('custom-elements.json is up to date', async () => {
    const out = join('node_modules', '.cache', `cem-check-${process.pid}`);
    try {
      const analyzed = await run(bin('cem'), ['analyze', '--quiet', '--outdir', out]);
      const fresh =
        analyzed &&
        existsSync('custom-elements.json') &&
        readFileSync(join(out, 'custom-elements.json'), 'utf8') === readFileSync('custom-elements.json', 'utf8');
      if (!fresh) throw new Error('custom-elements.json is stale: run `npm run analyze` and commit it.');
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  });
}

ensureChromium();
const counts = join(mkdtempSync(join(tmpdir(), 'wtr-')), 'counts.json');
const runnerOk = await run(bin('wtr'), runnerArgs, { CREDIT_TEST_COUNTS: counts });
const result = existsSync(counts) ? JSON.parse(readFileSync(counts, 'utf8')) : { passed: 0, failed: 1 };
// The runner can fail outside any test (a file that does not load): never report that as green.
add(!runnerOk && result.failed === 0 ? { ...result, failed: 1 } : result);
finish();
