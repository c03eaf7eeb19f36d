/**
 * The first-run welcome (issue 14 §15): on a new, empty journal Carnet asks three questions —
 * home time zone, currency, home store — each with a default or a skip, says where to start, and
 * does not ask again after a reload. A journal that holds records never sees it.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { currencyForZone } from '../../src/shared/domain/zone-currency';
import { test, expect } from './fixtures';

/** The browser runs in this machine's zone: the welcome's ready answer. */
const machineZone = Intl.DateTimeFormat().resolvedOptions().timeZone;

test.use({ welcome: true });

async function expectNoSeriousAxe(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const welcome = (app: Page) => app.getByRole('heading', { name: 'Welcome to Carnet' });

test('first run: choose a zone, a currency and a home store, land on the app, and never see the welcome again', async ({ app, harness, call }) => {
  await expect(welcome(app)).toBeVisible();
  await expect(app.getByText('Where to start')).toBeVisible();
  await expect(app.getByRole('button', { name: /Plan a Paris trip/ })).toBeVisible();
  await expect(app.getByRole('button', { name: /Record a contact/ })).toBeVisible();
  await expect(app.getByRole('button', { name: /Import a journal/ })).toBeVisible();
  // The answers ready by default: this computer's zone and its currency (the euro for UTC).
  await expect(app.getByText(machineZone.replace(/_/g, ' '), { exact: true })).toBeVisible();
  await expect(app.getByText('this computer’s zone', { exact: false })).toBeVisible();
  await expect(app.getByLabel('Your currency')).toHaveValue(currencyForZone(machineZone));
  await expectNoSeriousAxe(app);

  await app.getByRole('button', { name: 'Choose another zone' }).click();
  await app.getByLabel('Search time zones').fill('tokyo');
  await app.getByLabel('Time zones', { exact: true }).selectOption('Asia/Tokyo');
  // The currency follows the zone until one is chosen.
  await expect(app.getByLabel('Your currency')).toHaveValue('JPY');
  await expect(app.getByText('Suggested for Tokyo.', { exact: false })).toBeVisible();

  await app.getByRole('radio', { name: 'Add my home store' }).check();
  await app.getByLabel('City').fill('Tokyo');
  await app.getByLabel('Country').fill('jp');
  await app.getByRole('button', { name: 'Save and open Carnet' }).click();
  // A store without its name: said beside the field, and nothing saved.
  await expect(app.getByText('Name is required.')).toBeVisible();
  await expect(app.getByLabel('Name', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  expect(harness.journal.sqlite.prepare("SELECT count(*) FROM settings WHERE key IN ('welcome', 'homeZone')").pluck().get()).toBe(0);
  expect(harness.journal.sqlite.prepare('SELECT count(*) FROM boutiques WHERE code IS NULL').pluck().get()).toBe(0);

  await app.getByLabel('Name', { exact: true }).fill('Hermès Ginza');
  await expect(app.getByText('Store’s time zone: Asia/Tokyo (your home zone)')).toBeVisible();
  await app.getByRole('button', { name: 'Save and open Carnet' }).click();
  await expect(welcome(app)).toBeHidden();
  await expect(app.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  await expect(app.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();

  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await expect(welcome(app)).toHaveCount(0);

  await app.getByRole('link', { name: 'Settings' }).click();
  const zoneCard = app.getByRole('region', { name: 'Home time zone' });
  await expect(zoneCard).toContainText('Now: Asia/Tokyo');
  await expect(app.getByLabel('Default currency')).toHaveValue('JPY');
  const stores = await call('boutiques.list', undefined);
  expect(stores.filter((b) => b.isHome).map((b) => ({ name: b.name, city: b.city, country: b.country, timeZone: b.timeZone }))).toEqual([
    { name: 'Hermès Ginza', city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo' },
  ]);
});

test('skip all: the defaults are kept, no store is made, and no welcome after a reload', async ({ app, harness, call }) => {
  await expect(welcome(app)).toBeVisible();
  await app.getByRole('button', { name: 'Skip all, keep the defaults' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await expect(welcome(app)).toHaveCount(0);
  const settings = await call('settings.get', undefined);
  expect(settings).toMatchObject({ homeZone: machineZone, defaultCurrency: 'EUR', welcome: 'skipped' });
  expect(harness.journal.sqlite.prepare("SELECT key FROM settings ORDER BY key").pluck().all()).toEqual(['welcome']);
  expect((await call('boutiques.list', undefined)).filter((b) => b.isHome)).toEqual([]);
  await app.getByRole('link', { name: 'Settings' }).click();
  await expect(app.getByLabel('Default currency')).toHaveValue('EUR');
});

test('a start link saves the answers and opens its screen', async ({ app }) => {
  await expect(welcome(app)).toBeVisible();
  await app.getByRole('button', { name: /Plan a Paris trip/ }).click();
  await expect(app.getByRole('dialog', { name: 'New trip' })).toBeVisible();
  await app.reload();
  await expect(welcome(app)).toHaveCount(0);
});

test('a journal that already holds records does not show the welcome', async ({ page, harness, call }) => {
  await call('contacts.create', { name: 'Élodie' });
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await expect(welcome(page)).toHaveCount(0);
});
