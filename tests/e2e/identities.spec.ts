/**
 * Settings › Passport and ID numbers: numbers are added through the form, listed masked,
 * revealed on request for 30 seconds only, copied without being shown, and stored sealed.
 */
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

const sealedColumn = (harness: Harness) =>
  harness.journal.sqlite.prepare('SELECT person, document, issuing_country, expires_on, number_sealed FROM identity_numbers ORDER BY id').all() as {
    person: string | null;
    number_sealed: Buffer;
  }[];

async function openSettings(app: Page, harness: Harness) {
  await app.clock.install({ time: new Date(NOW) });
  await app.goto(`${harness.url}#/settings`);
  await app.reload();
  const section = app.getByRole('region', { name: 'Passport and ID numbers' });
  await expect(section).toBeVisible();
  return section;
}

test('a passport is added, listed masked, revealed for 30 seconds and masked again; the journal holds it sealed', async ({ app, harness, call, context }) => {
  await call('trips.create', { title: 'Paris in December', city: 'Paris', startDay: '2026-12-05', endDay: '2026-12-09', companions: [{ name: 'Marie', adult: true }] });
  const section = await openSettings(app, harness);
  await expect(section.getByText('seals these numbers with a key kept by your operating system')).toBeVisible();
  await expect(section.getByText('No numbers yet.')).toBeVisible();

  await section.getByRole('button', { name: 'Add a number' }).click();
  const dialog = app.getByRole('dialog', { name: 'Add a passport or ID number' });
  // The contract's messages, beside their fields.
  await dialog.getByLabel('Issuing country').fill('U');
  await dialog.getByRole('button', { name: 'Add number' }).click();
  await expect(dialog.getByText('Number is required.')).toBeVisible();
  await expect(dialog.getByLabel('Number', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('Issuing country is a two-letter code such as FR or US.')).toBeVisible();
  await dialog.getByLabel('Number', { exact: true }).fill('12 a');
  await dialog.getByRole('button', { name: 'Add number' }).click();
  await expect(dialog.getByText('A passport or ID number has at least 5 letters or digits.')).toBeVisible();
  expect(sealedColumn(harness)).toEqual([]);

  await dialog.getByLabel('Number', { exact: true }).fill('12 ab-34567');
  await dialog.getByLabel('Issuing country').fill('us');
  await dialog.getByLabel('Expires on').fill('2027-03-01');
  await dialog.getByRole('button', { name: 'Add number' }).click();
  await expect(dialog).toBeHidden();

  const mine = section.getByRole('table', { name: 'You' });
  const row = mine.getByRole('row').nth(1);
  await expect(row).toContainText('Passport');
  await expect(row).toContainText('United States');
  await expect(row).toContainText('Mon 1 Mar 2027');
  await expect(row).toContainText('Less than 6 months left after Paris in December (5–9 Dec 2026)');
  await expect(row).toContainText('••••••4567');
  // Before any reveal the number is nowhere in the page.
  expect(await app.content()).not.toContain('12AB34567');
  expect(await app.content()).not.toContain('12 ab-34567');

  // Stored sealed: the column holds neither the number nor any run of its digits.
  const [stored] = sealedColumn(harness);
  expect(stored).toMatchObject({ person: null, document: 'passport', issuing_country: 'US', expires_on: '2027-03-01' });
  expect(stored!.number_sealed.length).toBeGreaterThan(29);
  for (const plain of ['12AB34567', '34567', '4567', '12AB']) expect(stored!.number_sealed.includes(Buffer.from(plain))).toBe(false);

  await row.getByRole('button', { name: 'Reveal your passport number' }).click();
  await expect(row.getByText('12AB34567', { exact: true })).toBeVisible();
  await expect(row.getByText('Masked again in 30 s')).toBeVisible();
  await app.clock.runFor(10_000);
  await expect(row.getByText(/Masked again in (20|19) s/)).toBeVisible();
  await app.clock.runFor(20_000);
  await expect(row.getByText('••••••4567')).toBeVisible();
  await expect(row.getByRole('button', { name: 'Reveal your passport number' })).toBeVisible();
  expect(await app.content()).not.toContain('12AB34567');

  // Hide at once, before the 30 seconds are up.
  await row.getByRole('button', { name: 'Reveal your passport number' }).click();
  await row.getByRole('button', { name: 'Hide your passport number' }).click();
  await expect(row.getByText('••••••4567')).toBeVisible();
  expect(await app.content()).not.toContain('12AB34567');

  // Copy puts the number on the clipboard without showing it.
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.url });
  await row.getByRole('button', { name: 'Copy your passport number' }).click();
  await expect(row.getByRole('status')).toHaveText('Copied');
  expect(await app.evaluate(() => navigator.clipboard.readText())).toBe('12AB34567');
  expect(await app.content()).not.toContain('12AB34567');

  await noSeriousViolations(app, 'identity numbers');
});

test('a companion’s expired ID card is flagged; a number is edited and deleted', async ({ app, harness, call }) => {
  await call('trips.create', { title: 'Paris in December', city: 'Paris', startDay: '2026-12-05', endDay: '2026-12-09', companions: [{ name: 'Marie', adult: true }] });
  await call('identities.add', { document: 'passport', number: 'AA1111111', expiresOn: '2031-04-30' });
  await call('identities.add', { person: 'Marie', document: 'national_id', number: 'X4RTBPFW4', issuingCountry: 'FR', expiresOn: '2026-10-01' });
  const section = await openSettings(app, harness);

  const mine = section.getByRole('table', { name: 'You' }).getByRole('row').nth(1);
  await expect(mine).toContainText('Wed 30 Apr 2031');
  await expect(mine).not.toContainText('Expired');
  await expect(mine).not.toContainText('Less than 6 months');
  const marie = section.getByRole('table', { name: 'Marie' }).getByRole('row').nth(1);
  await expect(marie).toContainText('ID card');
  await expect(marie).toContainText('France');
  await expect(marie).toContainText('Expired');
  await expect(marie).toContainText('••••••PFW4');

  // Editing never shows the stored number; leaving it empty keeps it.
  await marie.getByRole('button', { name: 'Edit Marie’s ID card' }).click();
  const dialog = app.getByRole('dialog', { name: 'Edit Marie’s ID card' });
  await expect(dialog.getByLabel('Number', { exact: true })).toHaveValue('');
  await expect(dialog.getByText('Leave empty to keep the number ending PFW4 as it is.')).toBeVisible();
  await expect(dialog.getByLabel('Whose document')).toHaveValue('Marie');
  await dialog.getByLabel('Expires on').fill('2036-10-01');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(marie).toContainText('Wed 1 Oct 2036');
  await expect(marie).not.toContainText('Expired');
  await marie.getByRole('button', { name: 'Reveal Marie’s ID card number' }).click();
  await expect(marie.getByText('X4RTBPFW4', { exact: true })).toBeVisible();

  // A new number replaces the old one.
  await marie.getByRole('button', { name: 'Edit Marie’s ID card' }).click();
  await dialog.getByLabel('Number', { exact: true }).fill('Y5 551234');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  await expect(marie).toContainText('••••••1234');
  expect(await app.content()).not.toContain('X4RTBPFW4');

  await marie.getByRole('button', { name: 'Delete Marie’s ID card' }).click();
  const confirm = app.getByRole('dialog', { name: 'Delete Marie’s ID card number?' });
  await expect(confirm).toContainText('••••••1234');
  await confirm.getByRole('button', { name: 'Delete' }).click();
  await expect(section.getByRole('table', { name: 'Marie' })).toHaveCount(0);
  expect(sealedColumn(harness).map((r) => r.person)).toEqual([null]);
  await noSeriousViolations(app, 'identity numbers');
});
