/**
 * The Chromium that drives the UI tests, the screenshots and the bench. Playwright never
 * downloads a browser: by default it is the headless Chromium carried inside the
 * `@sparticuz/chromium` npm package (unpacked to the temp folder on first use, about 10 s, then
 * reused), so `npm test` needs nothing installed beyond `npm install`. CHROMIUM_PATH points at
 * another Chromium or Chrome instead.
 */
import fs from 'node:fs';

export async function chromiumPath(): Promise<string> {
  const fromEnv = process.env['CHROMIUM_PATH'];
  if (fromEnv) {
    if (!fs.existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH is ${fromEnv}, which does not exist.`);
    return fromEnv;
  }
  const { default: packaged } = await import('@sparticuz/chromium');
  const unpacked = await packaged.executablePath();
  // Playwright's workers inherit it, so the archive is unpacked once per run, not once per worker.
  process.env['CHROMIUM_PATH'] = unpacked;
  return unpacked;
}

/**
 * Our own flags, not the package's (which are for serverless hosts and turn web security off):
 * the tests must see the app's CSP and isolation as a user's browser would.
 */
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
