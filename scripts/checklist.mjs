// The one tally of the project's checks: the ✓/✗ lines, counts taken from a command that
// prints its own `N passed, N failed`, and the closing summary line CI reads.
import { spawn } from 'node:child_process';

let passed = 0;
let failed = 0;

const SUMMARY = /^(?:\w+: )?(\d+) passed, (\d+) failed/m;

/** Runs one named check; a throw or a false result is a failure, printed with its message. */
export async function check(name, run) {
  try {
    if ((await run()) === false) throw new Error('failed');
    console.log(`✓ ${name}`);
    passed++;
  } catch (error) {
    console.log(`✗ ${name}\n  ${String(error?.message ?? error).replace(/\n/g, '\n  ')}`);
    failed++;
  }
}

/** Adds counts reported by something else (a test runner's reporter). */
export function add(counts) {
  passed += counts.passed;
  failed += counts.failed;
}

/** The last `N passed, N failed` line in `text`, or undefined. */
export function summaryOf(text) {
  const lines = [...text.matchAll(new RegExp(SUMMARY.source, 'gm'))];
  const last = lines.at(-1);
  return last ? { passed: Number(last[1]), failed: Number(last[2]) } : undefined;
}

/** Runs a command with its output shown; a zero exit is a pass. */
export function run(command, args = [], env = {}) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
    child.on('close', (code) => resolve(code === 0));
    child.on('error', () => resolve(false));
  });
}

/**
 * Runs a command that prints its own `N passed, N failed` and adds those counts; a command
 * that prints none, or exits non-zero with nothing failed, counts as one failure.
 */
export function counted(name, command, args = []) {
  return new Promise((resolve) => {
    let output = '';
    const child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [child.stdout, child.stderr]) {
      stream.on('data', (chunk) => {
        output += chunk;
        (stream === child.stdout ? process.stdout : process.stderr).write(chunk);
      });
    }
    const done = (code) => {
      const counts = summaryOf(output);
      if (!counts) {
        console.log(`✗ ${name} printed no summary`);
        failed++;
      } else {
        add(counts);
        if (code !== 0 && counts.failed === 0) failed++;
      }
      resolve();
    };
    child.on('close', done);
    child.on('error', () => done(1));
  });
}

/** Prints the summary line CI reads and exits non-zero when anything failed. */
export function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
