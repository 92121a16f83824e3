// `npm test`: typecheck, lint, the manifest's freshness, then every browser test in Chromium.
// Ends with the plain line `N passed, N failed` (each static check counts as one test) and
// exits non-zero when anything failed. Extra arguments go to the test runner (e.g. --files).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './chromium.mjs';

const bin = (name) => join('node_modules', '.bin', name);
const run = (cmd, args, env = {}) =>
  spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } }).status === 0;

let passed = 0;
let failed = 0;
function check(name, ok) {
  console.log(`${ok ? '✓' : '✗'} ${name}`);
  if (ok) passed++;
  else failed++;
}

const runnerArgs = process.argv.slice(2);
const onlySomeFiles = runnerArgs.length > 0;

if (!onlySomeFiles) {
  check('typecheck (tsc)', run(bin('tsc'), ['-p', 'tsconfig.json']));
  check('lint (eslint)', run(bin('eslint'), ['--max-warnings', '0', '.']));

  // The analyzer takes --outdir relative to the project, so the check writes under node_modules.
  const out = join('node_modules', '.cache', 'cem-check');
  const analyzed = run(bin('cem'), ['analyze', '--quiet', '--outdir', out]);
  const fresh =
    analyzed &&
    existsSync('custom-elements.json') &&
    readFileSync(join(out, 'custom-elements.json'), 'utf8') === readFileSync('custom-elements.json', 'utf8');
  if (!fresh) console.error('custom-elements.json is stale: run `npm run analyze` and commit it.');
  check('custom-elements.json is up to date', fresh);
  rmSync(out, { recursive: true, force: true });
}

ensureChromium();
const counts = join(mkdtempSync(join(tmpdir(), 'wtr-')), 'counts.json');
const runnerOk = run(bin('wtr'), runnerArgs, { CREDIT_TEST_COUNTS: counts });
if (existsSync(counts)) {
  const result = JSON.parse(readFileSync(counts, 'utf8'));
  passed += result.passed;
  failed += result.failed;
} else {
  failed++;
}
// The runner can fail outside any test (a file that does not load): never report that as green.
if (!runnerOk && failed === 0) failed++;

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
