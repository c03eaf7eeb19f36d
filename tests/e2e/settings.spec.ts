import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import type { Harness } from '../harness/server';
import { test, expect } from './fixtures';

const NOW = '2026-11-23T10:00:00.000Z';
test.use({ now: NOW });

async function noSeriousViolations(app: Page, screen: string) {
  const result = await new AxeBuilder({ page: app }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${screen}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
}

const stored = (harness: Harness, key: string) => harness.journal.sqlite.prepare('SELECT value FROM settings WHERE key = ?').pluck().get(key);

test('the theme applies app-wide at once and survives a reload', async ({ app, harness }) => {
  await app.clock.setFixedTime(new Date(NOW));
  await app.goto(`${harness.url}#/settings`);
  const html = app.locator('html');
  await expect(app.getByRole('radio', { name: 'Like the system' })).toBeChecked();
  await expect(html).not.toHaveAttribute('data-theme');
  await app.getByRole('radio', { name: 'Dark' }).check();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(app.getByRole('status').filter({ hasText: 'Theme saved' })).toBeVisible();
  // The dark tokens are in force: the page background is dark.
  const background = await app.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(background).toBe('rgb(24, 22, 19)');
  expect(stored(harness, 'theme')).toBe('"dark"');
  await app.reload();
  await app.getByRole('link', { name: 'Trips', exact: true }).click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await app.goto(`${harness.url}#/settings`);
  await app.getByRole('radio', { name: 'Light' }).check();
  await expect(html).toHaveAttribute('data-theme', 'light');
  await app.getByRole('radio', { name: 'Like the system' }).check();
  await expect(html).not.toHaveAttribute('data-theme');
  await app.getByLabel('Default currency').selectOption('JPY');
  await expect(app.getByRole('status').filter({ hasText: 'Currency saved' })).toBeVisible();
  expect(stored(harness, 'defaultCurrency')).toBe('"JPY"');
  await noSeriousViolations(app, 'settings');
});

test('a closure added in Settings is used by the planner; a holiday can be marked open', async ({ app, harness, call }) => {
  const trip = await call('trips.create', { title: 'Paris in December', city: 'Paris', startDay: '2026-12-05', endDay: '2026-12-09' });
  await app.clock.setFixedTime(new Date(NOW));
  await app.goto(`${harness.url}#/settings`);
  await expect(app.getByText('No changes of your own yet.')).toBeVisible();

  const add = app.getByRole('form', { name: 'Add a closure or open day' });
  // The contract's message appears beside the field.
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(add.getByText('Day is required.')).toBeVisible();
  await expect(add.getByLabel('Day')).toHaveAttribute('aria-invalid', 'true');
  await add.getByLabel('Day').fill('2026-12-08');
  await add.getByLabel('Note').fill('Inventory');
  await add.getByRole('button', { name: 'Add' }).click();
  const list = app.getByRole('table', { name: 'Your closures and open days' });
  await expect(list.getByRole('row', { name: /Tue 8 Dec 2026\s*Closed\s*Inventory/ })).toBeVisible();
  expect(harness.journal.sqlite.prepare('SELECT day, kind, note FROM calendar_overrides').all()).toEqual([{ day: '2026-12-08', kind: 'closed', note: 'Inventory' }]);

  // Christmas 2026, marked open.
  await app.getByLabel('Year', { exact: true }).selectOption('2026');
  await app.getByRole('switch', { name: 'Mark Christmas Day 2026 open' }).check();
  await expect(list.getByRole('row', { name: /Fri 25 Dec 2026\s*Open\s*Marked open/ })).toBeVisible();
  await app.getByRole('switch', { name: 'Mark Christmas Day 2026 open' }).uncheck();
  await expect(list.getByRole('row', { name: /Fri 25 Dec 2026/ })).toHaveCount(0);

  // The planner: Tue 8 Dec cannot be booked, and Wed 9 is applied for on Mon 7.
  await app.goto(`${harness.url}#/appointments/plan/${trip.id}`);
  const tuesday = app.getByRole('region', { name: 'Tue 8 Dec 2026' });
  await expect(tuesday.getByText('Closed by your calendar — Inventory.')).toBeVisible();
  await expect(app.getByRole('region', { name: 'Wed 9 Dec 2026' }).getByText('apply on Mon 7 Dec, as Tue 8 Dec (your closure) is closed')).toBeVisible();
  const used = app.getByRole('list', { name: 'Your calendar changes used by this plan' }).getByRole('listitem');
  await expect(used).toHaveCount(1);
  await expect(used).toContainText('Tue 8 Dec');
  await expect(used).toContainText('Inventory');

  // Deleting the closure puts the day back.
  await app.goto(`${harness.url}#/settings`);
  await list.getByRole('button', { name: 'Delete the change for Tue 8 Dec 2026' }).click();
  await expect(app.getByText('No changes of your own yet.')).toBeVisible();
  await app.goto(`${harness.url}#/appointments/plan/${trip.id}`);
  await expect(app.getByRole('region', { name: 'Tue 8 Dec 2026' }).getByText('apply on Mon 7 Dec')).toBeVisible();
});

test('the home zone is searched, chosen and shown by the planner', async ({ app, harness, call }) => {
  const trip = await call('trips.create', { title: 'Paris in December', city: 'Paris', startDay: '2026-12-07', endDay: '2026-12-07' });
  await call('settings.update', { homeZone: 'America/New_York' });
  await app.clock.setFixedTime(new Date(NOW));
  await app.goto(`${harness.url}#/settings`);
  await app.getByLabel('Search time zones').fill('tokyo');
  await expect(app.getByText('1 of')).toBeVisible();
  const zones = app.getByRole('listbox', { name: 'Time zones' });
  await zones.selectOption('Asia/Tokyo');
  await expect(app.getByText('18:30–03:00')).toBeVisible(); // the preview: 10:30–19:00 Paris in Tokyo
  await app.getByRole('button', { name: 'Use Asia/Tokyo' }).click();
  await expect(app.getByText('Saved')).toBeVisible();
  expect(stored(harness, 'homeZone')).toBe('"Asia/Tokyo"');

  await app.goto(`${harness.url}#/appointments/plan/${trip.id}`);
  const monday = app.getByRole('region', { name: 'Mon 7 Dec 2026' });
  await expect(monday.getByRole('term').nth(1)).toHaveText(/Tokyo/);
  await expect(monday.getByRole('definition').nth(1)).toContainText('18:30–03:00');
  await expect(monday.getByRole('definition').nth(1)).toContainText('Sat 5 Dec → Sun 6 Dec');
  await expect(monday.getByText('crosses midnight in Tokyo')).toBeVisible();
});
