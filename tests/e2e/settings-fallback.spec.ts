/**
 * A bad settings value written straight into the SQLite file (not through the contract) does not
 * blank a screen: the calendar and purchases screens render with the safe default and say so.
 */
import Database from 'better-sqlite3';
import { expect, test } from './fixtures';

test('calendar and purchases render with a bad stored zone and currency, and say so', async ({ page, harness }) => {
  const db = new Database(harness.dbPath);
  const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  put.run('homeZone', JSON.stringify('Mars/Olympus'));
  put.run('defaultCurrency', JSON.stringify('XXXX'));
  db.close();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));

  await page.goto(`${harness.url}#/calendar/month/2026-12-07/paris`);
  const notice = page.getByTestId('settings-fallback');
  await expect(notice).toContainText('The stored home time zone "Mars/Olympus" is not valid');
  await expect(notice).toContainText('default currency "XXXX"');
  await expect(page.getByTestId('screen-error')).toHaveCount(0);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();

  await page.goto(`${harness.url}#/purchases`);
  await expect(page.getByTestId('settings-fallback')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'No purchases yet' })).toBeVisible();
  await expect(page.getByTestId('screen-error')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('calendar reminders are switched and timed in Settings', async ({ app, harness, call }) => {
  await app.goto(`${harness.url}#/settings`);
  const closing = app.getByLabel('Minutes before a lottery window closes');
  await expect(closing).toHaveValue('60');
  await closing.fill('45');
  await closing.blur();
  await expect.poll(async () => (await call('settings.get', undefined)).alarmClosingMinutes).toBe(45);
  await app.getByLabel('Add reminders to exported calendar files').uncheck();
  await expect.poll(async () => (await call('settings.get', undefined)).calendarAlarms).toBe(false);
  await expect(closing).toBeDisabled();
});
