import { defineConfig } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './tests/e2e/chromium';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 2,
  retries: 0,
  reporter: process.env.CARNET_REPORT ? [['list'], ['json', { outputFile: 'test-results/playwright.json' }]] : [['list']],
  outputDir: 'test-results/playwright',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: await chromiumPath(), args: chromiumArgs },
    viewport: { width: 1280, height: 820 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    // The UI in Chromium (from @sparticuz/chromium) through the web harness (testDir above).
    { name: 'web' },
    // The real desktop app through Playwright's Electron support; skipped, with the reason, where
    // the Electron binary is not installed.
    { name: 'electron', testDir: 'tests/electron' },
  ],
});
