/**
 * Debian's Chromium drives the UI tests: Playwright never downloads a browser here. The path
 * can be set with CHROMIUM_PATH; otherwise the usual system locations are tried.
 */
import fs from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export function chromiumPath(): string {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) return fromEnv;
  const found = candidates.find((c) => fs.existsSync(c));
  if (!found) {
    throw new Error(
      'No Chromium found for the UI tests. On Debian/Ubuntu: sudo apt-get install -y chromium; elsewhere set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  }
  return found;
}

export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];
