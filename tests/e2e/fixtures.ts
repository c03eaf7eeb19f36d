/**
 * Each test gets its own web harness (the same dispatch as IPC) on a free port, with a fresh
 * journal in a temporary folder, and a page opened on it.
 *
 * Every test runs at a pinned instant (`now`, by default Monday 23 November 2026, 11:00 in
 * Paris): the journal's clock is fixed there and the page's clock starts there and runs on, so
 * "today", countdowns and "this month" are the same whatever day the suite runs. A test that
 * needs another day says so with `test.use({ now: '…' })`.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { DateTime } from 'luxon';
import { startHarness, type Harness, type HarnessOptions } from '../harness/server';
import { updateSettings } from '../../src/main/journal/settings';
import type { Channel, InputOf, OutputOf } from '../../src/shared/api';
import type { Result } from '../../src/shared/result';

export const DEFAULT_NOW = '2026-11-23T10:00:00.000Z';

export interface Fixtures {
  /** The instant the test runs at (ISO, UTC). */
  now: string;
  harnessOptions: HarnessOptions;
  /**
   * Show the first-run welcome (a new, empty journal whose welcome was never answered). Off by
   * default: most tests start from an empty journal to test one screen, so their journal marks
   * the welcome as skipped; the welcome's own tests turn it on.
   */
  welcome: boolean;
  harness: Harness;
  app: Page;
  /** Calls a channel through the harness (as the page would) and returns its value. */
  call: <C extends Channel>(channel: C, input: InputOf<C>) => Promise<OutputOf<C>>;
}

export const test = base.extend<Fixtures>({
  now: [DEFAULT_NOW, { option: true }],
  harnessOptions: [{}, { option: true }],
  welcome: [false, { option: true }],
  harness: async ({ harnessOptions, now, welcome }, use) => {
    const harness = await startHarness({ port: 0, now, ...harnessOptions });
    if (!welcome) updateSettings(harness.journal, { welcome: 'skipped' });
    await use(harness);
    await harness.close();
  },
  page: async ({ page, harness }, use) => {
    // The page's clock starts at the journal's instant and then runs in real time.
    await page.clock.install({ time: new Date(harness.now ?? DEFAULT_NOW) });
    await use(page);
  },
  app: async ({ page, harness }, use) => {
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(harness.url);
    await use(page);
    expect(errors, 'the page logged errors').toEqual([]);
  },
  call: async ({ harness }, use) => {
    await use(async (channel, input) => {
      const res = await fetch(`${harness.url}ipc/${channel}`, { method: 'POST', body: input === undefined ? '' : JSON.stringify(input) });
      const result = (await res.json()) as Result<never>;
      if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
      return result.value;
    });
  },
});

export { expect };

/** The pinned instant as a luxon DateTime in this machine's zone (the zone the page runs in). */
export const pinnedNow = (now: string = DEFAULT_NOW): DateTime => DateTime.fromISO(now);
