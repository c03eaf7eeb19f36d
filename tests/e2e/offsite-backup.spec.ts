/**
 * The off-machine backup in Settings › Your data: choose the folder (typed in the web harness),
 * set the passphrase twice, back up there now and see the time and size of the copy; restore it
 * with a wrong passphrase (refused, in words) and with the right one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test, expect } from './fixtures';

const PASS = 'a long passphrase for tests';

test('sets the folder and passphrase, backs up there now and restores only with the right passphrase', async ({ app, harness, call }) => {
  test.setTimeout(60_000);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-offsite-e2e-'));
  try {
    await call('trips.create', { title: 'Paris, décembre', city: 'Paris', startDay: '2026-12-05', endDay: '2026-12-09' });
    await app.goto(`${harness.url}#/settings`);
    const section = app.getByRole('region', { name: 'Your data' });
    await expect(section.getByRole('heading', { name: 'Off-machine backup' })).toBeVisible();

    await section.getByLabel('Folder').fill(folder);
    await section.getByLabel('Passphrase (at least 12 characters)').fill('too short');
    await section.getByLabel('Passphrase again').fill('too short');
    await section.getByRole('button', { name: 'Save' }).click();
    await expect(section.getByText('The passphrase needs at least 12 characters.')).toBeVisible();

    await section.getByLabel('Passphrase (at least 12 characters)').fill(PASS);
    await section.getByLabel('Passphrase again').fill(PASS + '!');
    await section.getByRole('button', { name: 'Save' }).click();
    await expect(section.getByText('The two passphrases are not the same.')).toBeVisible();

    await section.getByLabel('Passphrase again').fill(PASS);
    await section.getByRole('button', { name: 'Save' }).click();
    await expect(section.getByText('The off-machine backup is on.')).toBeVisible();
    await expect(section.getByTestId('offsite-folder')).toHaveText(folder);
    await expect(section.getByTestId('offsite-last')).toHaveText('None yet');

    await section.getByRole('button', { name: 'Back up there now' }).click();
    await expect(section.getByText(/^Backed up there \(\d+ KB\)\.$/)).toBeVisible({ timeout: 20_000 });
    // The journal's clock is pinned at 23 Nov 2026 10:00 UTC; the page shows it in its own zone.
    await expect(section.getByTestId('offsite-last')).toHaveText(/^Mon 23 Nov 2026, \d\d:00 · \d+ KB$/);
    const files = fs.readdirSync(folder);
    expect(files).toEqual(['Carnet-20261123T100000000Z.carnetbackup.age']);
    expect(fs.readFileSync(path.join(folder, files[0]!)).subarray(0, 21).toString()).toBe('age-encryption.org/v1');

    // A change, then a restore: the wrong passphrase is refused and changes nothing.
    await call('trips.create', { title: 'Tokyo', city: 'Tokyo', startDay: '2027-04-01', endDay: '2027-04-05' });
    await section.getByRole('button', { name: /^Restore the off-machine backup of / }).click();
    const dialog = app.getByRole('dialog', { name: 'Restore this off-machine backup?' });
    await dialog.getByLabel('Its passphrase').fill('not the right passphrase');
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await expect(dialog.getByText('That passphrase does not open this backup.')).toBeVisible({ timeout: 20_000 });
    expect((await call('trips.list', undefined)).map((t) => t.title).sort()).toEqual(['Paris, décembre', 'Tokyo']);

    await dialog.getByLabel('Its passphrase').fill(PASS);
    await dialog.getByRole('button', { name: 'Restore' }).click();
    await expect(section.getByText(/^Restored the off-machine backup of /)).toBeVisible({ timeout: 20_000 });
    expect((await call('trips.list', undefined)).map((t) => t.title)).toEqual(['Paris, décembre']);
  } finally {
    fs.rmSync(folder, { recursive: true, force: true });
  }
});
