// Finds a Chromium or Chrome for the tests, the benchmarks and the demo screenshots, and on a
// Debian machine without one installs Debian's package (no browser download is possible here);
// also the fonts and poppler the layout, print and screenshot tests rely on.
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

/** Runs apt-get (through sudo when not root), after one `apt-get update` per process. */
let updated = false;
function aptInstall(packages) {
  const canApt = process.platform === 'linux' && existsSync('/usr/bin/apt-get');
  if (!canApt) return false;
  const sudo = process.getuid?.() === 0 ? [] : ['sudo'];
  const run = (args) =>
    execFileSync(sudo.length ? 'sudo' : args[0], sudo.length ? [...args] : args.slice(1), {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  if (!updated) run(['apt-get', 'update', '-qq']);
  updated = true;
  run(['apt-get', 'install', '-y', '-qq', '--no-install-recommends', ...packages]);
  return true;
}

/** The path of a usable Chromium, installing Debian's package when none is found. */
export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  console.log('Chromium not found: installing Debian\'s chromium package (about a minute)…');
  if (!aptInstall(['chromium'])) {
    throw new Error('No Chrome or Chromium found. Install one, or set CHROME_PATH to its executable.');
  }
  const installed = findChromium();
  if (!installed) throw new Error('apt-get installed chromium, but no executable was found afterwards');
  return installed;
}

/*
 * The fonts the layout and screenshot tests name through --credit-font-family (TEST_FONT_FAMILY),
 * so text measures the same on every machine: DejaVu Sans for Latin, Noto Sans Arabic for
 * Arabic, IPAGothic for Japanese. Each Debian package is checked by one file it installs.
 */
const FONT_PACKAGES = [
  { pkg: 'fonts-dejavu-core', file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf' },
  { pkg: 'fonts-noto-core', file: '/usr/share/fonts/truetype/noto/NotoSansArabic-Regular.ttf' },
  { pkg: 'fonts-ipafont-gothic', file: '/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf' },
  // A story that names a host's font (`Georgia, serif`) falls back to Chromium's default serif,
  // Times New Roman: Liberation Serif wherever this package is, whatever else is installed.
  { pkg: 'fonts-liberation', file: '/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf' },
];
/** poppler's pdftotext and pdftoppm: the print tests read and picture the printed PDF. */
const POPPLER = { pkg: 'poppler-utils', file: '/usr/bin/pdftotext' };

/** The font stack the tests set as --credit-font-family; every family comes from FONT_PACKAGES. */
export const TEST_FONT_FAMILY = "'DejaVu Sans', 'Noto Sans Arabic', 'IPAGothic', sans-serif";

/** Installs the test fonts and poppler when missing (Debian); throws when they cannot be had. */
export function ensureTestTools() {
  const missing = [...FONT_PACKAGES, POPPLER].filter(({ file }) => !existsSync(file));
  if (missing.length === 0) return;
  console.log(`Installing ${missing.map(({ pkg }) => pkg).join(', ')} for the layout and screenshot tests…`);
  if (!aptInstall(missing.map(({ pkg }) => pkg))) {
    throw new Error(`Missing ${missing.map(({ file }) => file).join(', ')}: install ${missing.map(({ pkg }) => pkg).join(' ')}`);
  }
  if (existsSync('/usr/bin/fc-cache')) execFileSync('fc-cache', ['-f'], { stdio: 'ignore' });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(ensureChromium());
  ensureTestTools();
}
