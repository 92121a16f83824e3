// Finds a Chromium or Chrome for the tests, the benchmarks and the demo screenshots, and on a
// Debian machine without one installs Debian's package (no browser download is possible here).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CANDIDATES = [
  '/usr/lib/chromium/chromium', // the real binary: skips the wrapper script's warning
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

/** Flags a headless Chromium needs on this kind of machine (root, no network, no GPU). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export function findChromium() {
  const override = process.env.CHROME_PATH;
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROME_PATH points to ${override}, which does not exist`);
    return override;
  }
  return CANDIDATES.find((path) => existsSync(path));
}

/** The path of a usable Chromium, installing Debian's package when none is found. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  const canApt = process.platform === 'linux' && existsSync('/usr/bin/apt-get');
  if (!canApt) {
    throw new Error('No Chrome or Chromium found. Install one, or set CHROME_PATH to its executable.');
  }
  const asRoot = process.getuid?.() === 0;
  const sudo = asRoot ? [] : ['sudo'];
  console.log('Chromium not found: installing Debian\'s chromium package (about a minute)…');
  const run = (args) => execFileSync(sudo.length ? 'sudo' : args[0], sudo.length ? args : args.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
  });
  run(['apt-get', 'update', '-qq']);
  run(['apt-get', 'install', '-y', '-qq', 'chromium']);
  const installed = findChromium();
  if (!installed) throw new Error('apt-get installed chromium, but no executable was found afterwards');
  return installed;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
}
