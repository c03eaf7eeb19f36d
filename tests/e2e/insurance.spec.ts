/**
 * The insurance list: every piece still owned, eight to a printed page, with what was paid and the
 * replacement value from the price book; printed to PDF through the same print path as the trip
 * sheet (checked to have one page per eight pieces, on A4 and Letter), and the same list as CSV.
 */
import type { Download } from '@playwright/test';
import fs from 'node:fs';
import { test, expect } from './fixtures';
import { pdfPages } from './pdf';

test('ten pieces print on two pages with paid and replacement values, and download as a spreadsheet', async ({ app, harness, call }) => {
  const models = ['Kelly', 'Birkin', 'Constance', 'Evelyne', 'Picotin', 'Lindy', 'Bolide', 'Garden Party', 'Herbag', 'Jypsière'];
  for (const [i, model] of models.entries()) {
    await call('collection.create', { category: 'bag', model, size: String(20 + i), exteriorLeather: 'Togo', exteriorColour: 'Gold', hardware: 'GHW', provenance: 'before_carnet', acquiredOn: `20${10 + i}-03-01`, priceMinor: 500_000 + i * 10_000, currency: 'EUR' });
  }
  await call('collection.create', { category: 'bag', model: 'Kelly', size: '99', provenance: 'gift', acquiredOn: '2009-01-01' });
  await call('collection.leave', { id: (await call('collection.list', undefined)).entries.find((e) => e.spec?.size === '99')!.id!, how: 'sold', day: '2020-01-01' });
  await call('prices.create', { model: 'Kelly', size: '20', leather: 'Togo', hardware: 'GHW', country: 'FR', currency: 'EUR', priceMinor: 900_000, seenOn: '2026-02-18' });

  await app.goto(`${harness.url}#/collection`);
  await app.getByRole('link', { name: 'Insurance list' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Insurance list' })).toBeVisible();
  const list = app.getByRole('article', { name: 'Insurance list' });
  await expect(list.getByRole('region', { name: /^Page \d of 2$/ })).toHaveCount(2);
  await expect(list.getByRole('listitem')).toHaveCount(10);
  const kelly = list.getByRole('listitem').filter({ hasText: 'Kelly 20' });
  await expect(kelly).toContainText('€5,000.00');
  await expect(kelly).toContainText('€9,000.00');
  await expect(list.getByRole('listitem').filter({ hasText: 'Birkin 21' })).toContainText('No price recorded');
  await expect(list).toContainText('Paid, per currency €54,500.00 (10)');
  await expect(list).toContainText('Replacement, per currency €9,000.00 (1)');
  await expect(list).not.toContainText('Kelly 99');

  for (const format of ['A4', 'Letter'] as const) expect(pdfPages(await app.pdf({ format })), `${format} pages`).toBe(2);

  const [download] = (await Promise.all([app.waitForEvent('download'), app.getByRole('button', { name: 'Spreadsheet (CSV)' }).click()])) as [Download, void];
  expect(download.suggestedFilename()).toBe('carnet-collection-2026-11-23.csv');
  const csv = fs.readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '').trim().split('\r\n');
  expect(csv).toHaveLength(11);
  expect(csv[0]).toContain('Piece,Category,Model,Size');
  expect(csv.find((l) => l.startsWith('Kelly 20,'))).toContain('5000.00,EUR,9000.00,EUR,2026-02-18');
});
