// Headless Chromium for the bench: the project's Chromium (scripts/chromium.mjs installs
// Debian's when none is found; CHROME_PATH picks another) with the tests' flags.
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, ensureChromium } from '../scripts/chromium.mjs';

export function launchBrowser() {
  return chromium.launch({ executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS });
}
