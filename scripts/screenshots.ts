/**
 * `npx tsx scripts/screenshots.ts [outDir]`: fills a journal with a realistic sample through the
 * contract, opens each screen in Debian's Chromium through the web harness, and saves PNGs
 * (light and dark). Used for the README and to look at what we build.
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';
import { startHarness } from '../tests/harness/server';
import { seedSample } from './sample-journal';

const outDir = path.resolve(process.argv[2] ?? 'docs/screenshots');
const harness = await startHarness({ port: 0, now: '2026-11-23T10:00:00.000Z' });
seedSample(harness.journal);
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

const screens: [string, string][] = [
  ['trips', '#/trips'],
  ['trip', '#/trips/1'],
];
for (const scheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme, deviceScaleFactor: 1 });
  for (const [name, hash] of screens) {
    await page.goto(harness.url + hash);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const file = path.join(outDir, `${name}-${scheme}.png`);
    await page.screenshot({ path: file });
    console.log(file);
  }
  await page.close();
}
await browser.close();
await harness.close();
