/**
 * "Your data" in Settings: exports download real files, back up now lists the backup,
 * restore brings it back, and import checks the file and asks before replacing anything.
 */
import fs from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Download, Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function downloaded(app: Page, click: () => Promise<void>): Promise<{ name: string; bytes: Buffer }> {
  const [download] = (await Promise.all([app.waitForEvent('download'), click()])) as [Download, void];
  const file = await download.path();
  return { name: download.suggestedFilename(), bytes: fs.readFileSync(file!) };
}

async function openSection(app: Page, url: string) {
  await app.goto(`${url}#/settings`);
  const section = app.getByRole('region', { name: 'Your data' });
  await expect(section).toBeVisible();
  return section;
}

test('exports everything as JSON, with identity numbers only when the box is ticked', async ({ app, harness, call }) => {
  await call('trips.create', { title: 'Paris, décembre', city: 'Paris', startDay: '2026-12-05', endDay: '2026-12-09' });
  const section = await openSection(app, harness.url);
  await expect(section.getByText(harness.dbPath)).toBeVisible();

  const plain = await downloaded(app, () => section.getByRole('button', { name: 'Export JSON' }).click());
  expect(plain.name).toMatch(/^carnet-export-\d{4}-\d{2}-\d{2}\.json$/);
  const doc = JSON.parse(plain.bytes.toString('utf8'));
  expect(doc.format).toBe('carnet-journal-export');
  expect(doc.identityNumbers).toEqual({ included: false });
  expect(doc.tables.trips.map((t: { title: string }) => t.title)).toEqual(['Paris, décembre']);
  await expect(section.getByRole('status').filter({ hasText: `Saved ${plain.name}` })).toBeVisible();

  const box = section.getByRole('checkbox', { name: 'Include passport and ID numbers — anyone with the file can read them' });
  await expect(box).not.toBeChecked();
  await box.check();
  await expect(section.getByText('The numbers will be written in the file in clear.')).toBeVisible();
  const withNumbers = await downloaded(app, () => section.getByRole('button', { name: 'Export JSON' }).click());
  expect(withNumbers.name).toMatch(/-with-identity-numbers\.json$/);
  expect(JSON.parse(withNumbers.bytes.toString('utf8')).identityNumbers.included).toBe(true);
});

test('exports a calendar (everything or one trip) and spreadsheets with a byte-order mark', async ({ app, harness, call }) => {
  const trip = await call('trips.create', { title: 'Paris', city: 'Paris', startDay: '2026-12-05', endDay: '2026-12-09' });
  await call('purchases.create', { day: '2026-12-06', boutiqueId: 1, tripId: trip.id, currency: 'EUR', items: [{ category: 'scarves', description: 'Carré 90, “Brides de Gala”', priceMinor: 49000 }] });
  const section = await openSection(app, harness.url);

  const ics = await downloaded(app, () => section.getByRole('button', { name: 'Export calendar' }).click());
  expect(ics.name).toBe('carnet-calendar.ics');
  const text = ics.bytes.toString('utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
  expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Paris');
  await expect(section.getByText(/Saved carnet-calendar\.ics \(.+ · 5 events\)/)).toBeVisible();

  await section.getByLabel('What to export').selectOption('trip');
  await expect(section.getByLabel('Trip')).toHaveValue(String(trip.id));
  const tripIcs = await downloaded(app, () => section.getByRole('button', { name: 'Export calendar' }).click());
  expect(tripIcs.name).toBe('carnet-trip-paris.ics');

  await section.getByLabel('What to export').selectOption('range');
  await section.getByLabel('From', { exact: true }).fill('2026-12-09');
  await section.getByLabel('To', { exact: true }).fill('2026-12-01');
  await section.getByRole('button', { name: 'Export calendar' }).click();
  await expect(section.getByRole('status').getByText('The end day must be on or after the start day.')).toBeVisible();

  const csv = await downloaded(app, () => section.getByRole('button', { name: 'Purchases' }).click());
  expect(csv.name).toBe('carnet-purchases.csv');
  expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(csv.bytes.toString('utf8')).toContain('"Carré 90, “Brides de Gala”"');
  const attempts = await downloaded(app, () => section.getByRole('button', { name: 'Appointment attempts' }).click());
  expect(attempts.name).toBe('carnet-attempts.csv');
});

test('backs up now, lists the backup, and restores it after asking', async ({ app, harness, call }) => {
  await call('trips.create', { title: 'Kept', city: 'Paris', startDay: '2026-12-05', endDay: '2026-12-09' });
  const section = await openSection(app, harness.url);
  await expect(section.getByText('No backups yet.')).toBeVisible();
  await section.getByRole('button', { name: 'Back up now' }).click();
  await expect(section.getByText(/Backed up \(\d+ KB\)\./)).toBeVisible();
  const rows = section.getByRole('table', { name: 'Backups, newest first' }).getByRole('row');
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText('Backed up by you');

  await call('trips.create', { title: 'Written after the backup', city: 'Lyon', startDay: '2027-01-01', endDay: '2027-01-02' });
  await rows.nth(1).getByRole('button', { name: /^Restore the backup of / }).click();
  const dialog = app.getByRole('dialog', { name: 'Restore this backup?' });
  await expect(dialog).toContainText('the journal as it is now is kept as a backup first');
  await dialog.getByRole('button', { name: 'Restore' }).click();
  await expect(dialog).toBeHidden();
  await expect(section.getByText(/Restored the backup of /)).toBeVisible();
  expect(harness.journal.sqlite.prepare('SELECT title FROM trips').pluck().all()).toEqual(['Kept']);
  await expect(rows).toHaveCount(3);
  await expect(section.getByRole('cell', { name: 'Kept before a restore' })).toBeVisible();
});

test('imports a Carnet export: a bad file is refused with its problems, a good one replaces the journal only after asking', async ({ app, harness, call }) => {
  await call('trips.create', { title: 'From the export', city: 'Paris', startDay: '2026-12-05', endDay: '2026-12-09' });
  const exported = await call('data.exportJson', {});
  await call('trips.create', { title: 'Added later', city: 'Rome', startDay: '2027-05-01', endDay: '2027-05-02' });
  const section = await openSection(app, harness.url);
  const input = section.getByLabel('Carnet export file');

  const broken = JSON.parse(exported.content);
  broken.tables.trips[0].start_day = '2026-02-30';
  await input.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(broken)) });
  await expect(section.getByText('The file was not imported: trips #1 (id 1), start day: must be a real calendar day written YYYY-MM-DD. Nothing was changed.')).toBeVisible();

  await input.setInputFiles({ name: 'carnet-export.json', mimeType: 'application/json', buffer: Buffer.from(exported.content) });
  const dialog = app.getByRole('dialog', { name: 'Replace everything in this journal?' });
  await expect(dialog).toContainText('This journal already holds');
  await dialog.getByRole('button', { name: 'Replace everything' }).click();
  await expect(section.getByText(/Imported carnet-export\.json: \d+ records\. The journal as it was is kept as a backup\./)).toBeVisible();
  expect(harness.journal.sqlite.prepare('SELECT title FROM trips').pluck().all()).toEqual(['From the export']);
  await expect(section.getByRole('cell', { name: 'Kept before an import' })).toBeVisible();
});

test('the section has no serious accessibility problems, in light and dark', async ({ app, harness, call }) => {
  await call('data.backupNow', {});
  for (const scheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme: scheme });
    const section = await openSection(app, harness.url);
    await section.getByRole('checkbox', { name: /Include passport and ID numbers/ }).check();
    await expect(section.getByRole('cell', { name: 'Backed up by you' })).toBeVisible();
    const results = await new AxeBuilder({ page: app }).include('.data-section').analyze();
    const serious = results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
  }
});
