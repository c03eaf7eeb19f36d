/**
 * Each test gets its own web harness (the same dispatch as IPC) on a free port, with a fresh
 * journal in a temporary folder, and a page opened on it.
 */
import { test as base, expect, type Page } from '@playwright/test';
import { startHarness, type Harness, type HarnessOptions } from '../harness/server';
import type { Channel, InputOf, OutputOf } from '../../src/shared/api';
import type { Result } from '../../src/shared/result';

export interface Fixtures {
  harnessOptions: HarnessOptions;
  harness: Harness;
  app: Page;
  /** Calls a channel through the harness (as the page would) and returns its value. */
  call: <C extends Channel>(channel: C, input: InputOf<C>) => Promise<OutputOf<C>>;
}

export const test = base.extend<Fixtures>({
  harnessOptions: [{}, { option: true }],
  harness: async ({ harnessOptions }, use) => {
    const harness = await startHarness({ port: 0, ...harnessOptions });
    await use(harness);
    await harness.close();
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
