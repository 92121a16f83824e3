// The ✓/✗ lines and the closing `N passed, N failed` line of the project's check scripts.

let passed = 0;
let failed = 0;

/** Runs one named check; a throw is a failure, printed with its message. */
export async function check(name, run) {
  try {
    await run();
    console.log(`✓ ${name}`);
    passed++;
  } catch (error) {
    console.log(`✗ ${name}\n  ${String(error?.message ?? error).replace(/\n/g, '\n  ')}`);
    failed++;
  }
}

/** Prints the summary line CI reads and exits non-zero when anything failed. */
export function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
