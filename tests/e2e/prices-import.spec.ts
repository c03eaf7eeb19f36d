/**
 * Import from CSV on the Price book: a file picked in the page is previewed (new, already there,
 * the first rows) and imported with a notice; a bad file shows every problem by row and column
 * and adds nothing. The clock is pinned by the fixtures.
 */
import { test, expect } from './fixtures';

const count = (harness: { journal: { sqlite: { prepare: (s: string) => { get: () => unknown } } } }) =>
  (harness.journal.sqlite.prepare('SELECT count(*) AS n FROM price_entries').get() as { n: number }).n;

const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');

test('a CSV file is previewed, imported with a notice, and its prices are in the book', async ({ app, harness, call }) => {
  await call('prices.create', { model: 'Kelly', size: '25', leather: 'Togo', hardware: 'GHW', country: 'FR', currency: 'EUR', priceMinor: 1_000_000, seenOn: '2025-02-10' });
  await app.goto(`${harness.url}#/collection/prices`);
  await expect(app.getByRole('heading', { level: 1, name: 'Price book' })).toBeVisible();

  await app.getByLabel('Price book CSV file').setInputFiles({
    name: 'prices.csv',
    mimeType: 'text/csv',
    buffer: csv([
      'Model,Size,Leather,Hardware,Country,Currency,Price,Seen on,Boutique,Notes',
      'Kelly,25,Togo,GHW,FR,EUR,"10,000.00",2025-02-10,,',
      'Kelly,25,Togo,GHW,FR,EUR,"10 640,00",2026-02-10,Faubourg Saint-Honoré,"In the ""window"""',
      'Picotin,18,Clémence,PHW,JP,JPY,"561,000",2026-03-14,,',
    ]),
  });
  const dialog = app.getByRole('dialog', { name: 'Import prices from a CSV file' });
  await expect(dialog.getByText('2 prices will be added; 1 already in your price book is skipped.')).toBeVisible();
  const rows = dialog.getByRole('table', { name: 'First rows of the file' }).getByRole('row');
  await expect(rows).toHaveCount(4);
  await expect(rows.nth(1)).toContainText('Already there');
  await expect(rows.nth(3)).toContainText('¥561,000');
  expect(count(harness)).toBe(1);

  await dialog.getByRole('button', { name: 'Import 2 prices' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.getByText('Added 2 prices (1 already in your price book).')).toBeVisible();
  expect(count(harness)).toBe(3);
  const kelly = app.getByRole('listitem', { name: 'Kelly 25 · Togo · GHW, FR' });
  await expect(kelly.locator('.pb-change')).toHaveText(/^\+6\.4 % since /);
  await expect(kelly).toContainText('Faubourg Saint-Honoré');
  await expect(app.getByRole('listitem', { name: 'Picotin 18 · Clémence · PHW, JP' })).toContainText('¥561,000');
});

test('a bad file shows each problem by row and column and adds nothing', async ({ app, harness }) => {
  await app.goto(`${harness.url}#/collection/prices`);
  await expect(app.getByText('No prices yet')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Import from CSV…' })).toBeVisible();
  await app.getByLabel('Price book CSV file').setInputFiles({
    name: 'bad.csv',
    mimeType: 'text/csv',
    buffer: csv(['model,country,currency,price,date', 'Kelly,FR,EUR,10400,2026-02-10', 'Birkin,FR,JPY,12.5,2026-02-30']),
  });
  const dialog = app.getByRole('dialog', { name: 'Import prices from a CSV file' });
  await expect(dialog.getByText('2 problems in the file; nothing was imported. Correct them and import the file again.')).toBeVisible();
  const problems = dialog.getByRole('list', { name: 'Problems in the file' }).getByRole('listitem');
  await expect(problems).toHaveText(['Row 3, price: Amounts in JPY have no decimals, like ¥98,000.', 'Row 3, date: Enter a real calendar day like 2026-12-07.']);
  await expect(dialog.getByRole('button', { name: /^Import / })).toHaveCount(0);
  await dialog.getByRole('button', { name: 'Close', exact: true }).last().click();
  await expect(dialog).toBeHidden();
  expect(count(harness)).toBe(0);
  await expect(app.getByText('No prices yet')).toBeVisible();
});
