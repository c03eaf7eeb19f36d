/**
 * Photos on a purchase, as the person does it: add a photo with "Add photos…", see its
 * thumbnail and the cover, open the lightbox, move with the arrows, set a caption, close with
 * Esc; the cover shows in the purchases list; a lying file is refused with a sentence; a file
 * gone from the folder is shown as missing, never as a broken image.
 */
import fs from 'node:fs';
import sharp from 'sharp';
import { storeOf } from '../../src/main/journal/attachments';
import { expect, test } from './fixtures';

const photo = (colour: string, width: number, height: number) =>
  sharp({ create: { width, height, channels: 3, background: colour } })
    .jpeg()
    .withExif({ IFD0: { Make: 'Apple', Model: 'iPhone 15 Pro' }, IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 52/1 12/1' } })
    .toBuffer();

test('add photos to a purchase, see the thumbnails, open the lightbox and set a caption', async ({ app, call, harness }) => {
  const p = await call('purchases.create', {
    day: '2026-11-20',
    currency: 'EUR',
    items: [{ category: 'bag', description: 'Picotin 18 Clemence Gold', priceMinor: 317000 }],
  });
  await app.goto(`${harness.url}#/purchases/${p.id}`);
  const card = app.getByRole('region', { name: 'Photos, receipt and détaxe form' });
  await expect(card.getByText(/Drop photos or PDFs here/)).toBeVisible();

  await card.getByLabel('Add photos or documents').setInputFiles([
    { name: 'IMG_0412.JPG', mimeType: 'image/jpeg', buffer: await photo('#c8a070', 1200, 900) },
    { name: 'IMG_0413.JPG', mimeType: 'image/jpeg', buffer: await photo('#2f4f6f', 900, 1200) },
  ]);
  const strip = card.getByRole('list', { name: 'Photos, receipt and détaxe form' });
  await expect(strip.getByRole('listitem')).toHaveCount(2);
  await expect(strip.getByRole('img', { name: 'IMG_0412.JPG' })).toBeVisible();
  await expect(strip.getByRole('img', { name: 'IMG_0413.JPG' })).toBeVisible();
  // The first photo is the cover until another is chosen.
  await expect(strip.getByRole('button', { name: 'Open IMG_0412.JPG (cover)' })).toBeVisible();

  await strip.getByRole('button', { name: 'Open IMG_0412.JPG (cover)' }).click();
  const box = app.getByRole('dialog', { name: 'IMG_0412.JPG' });
  await expect(box.getByRole('img', { name: 'IMG_0412.JPG' })).toBeVisible();
  await expect(box.getByText('1 of 2')).toBeVisible();
  await expect(box.getByText('1200 × 900')).toBeVisible();
  await app.keyboard.press('ArrowRight');
  const second = app.getByRole('dialog', { name: 'IMG_0413.JPG' });
  await expect(second.getByText('2 of 2')).toBeVisible();
  await expect(second.getByRole('img', { name: 'IMG_0413.JPG' })).toBeVisible();
  await app.keyboard.press('ArrowLeft');
  await expect(box.getByText('1 of 2')).toBeVisible();

  await box.getByLabel('Caption').fill('The Picotin at the counter, Faubourg');
  await box.getByRole('button', { name: 'Save' }).click();
  await expect(app.getByRole('dialog', { name: 'The Picotin at the counter, Faubourg' })).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog')).toHaveCount(0);
  await expect(strip.getByText('The Picotin at the counter, Faubourg')).toBeVisible();

  // The stored photo carries no GPS position or device.
  const [first] = await call('attachments.list', { recordKind: 'purchase', recordId: p.id });
  const stored = fs.readFileSync(storeOf(harness.journal).pathOf(first!.sha256));
  expect((await sharp(stored).metadata()).exif).toBeUndefined();
  expect(stored.toString('latin1')).not.toContain('iPhone');

  // The cover in the purchases list.
  await app.goto(`${harness.url}#/purchases`);
  const row = app.getByRole('row', { name: /Picotin 18/ });
  await expect(row.locator('img.purchase-cover')).toBeVisible();
});

test('a file that is not a photo is refused by its content, and a missing file is shown as missing', async ({ app, call, harness }) => {
  const trip = await call('trips.create', { title: 'Paris, November', city: 'Paris', startDay: '2026-11-19', endDay: '2026-11-22' });
  await app.goto(`${harness.url}#/trips/${trip.id}`);
  const card = app.getByRole('region', { name: 'Photos and travel documents' });
  await card.getByLabel('Add photos or documents').setInputFiles({ name: 'bag.jpg', mimeType: 'image/jpeg', buffer: Buffer.concat([Buffer.from('MZ'), Buffer.alloc(4000, 9)]) });
  await expect(card.getByRole('alert')).toHaveText(
    'bag.jpg: This file is not a photo or a PDF Carnet can read (JPEG, PNG, WebP, HEIC, AVIF or PDF), whatever its name says; nothing was added.',
  );

  await card.getByLabel('Add photos or documents').setInputFiles({ name: 'boarding-pass.jpg', mimeType: 'image/jpeg', buffer: await photo('#886644', 640, 480) });
  await expect(card.getByRole('img', { name: 'boarding-pass.jpg' })).toBeVisible();
  const [a] = await call('attachments.list', { recordKind: 'trip', recordId: trip.id });
  fs.rmSync(storeOf(harness.journal).pathOf(a!.sha256));
  await app.reload();
  await expect(card.getByRole('button', { name: 'Open boarding-pass.jpg (cover) — file missing' })).toBeVisible();
  await expect(card.getByText('File missing')).toBeVisible();
  await expect(card.getByRole('img')).toHaveCount(0);
  // Checked when Carnet opens: the frame says which file is missing and where it belongs.
  await expect(app.getByTestId('attachments-check')).toContainText(
    `One photo or document is missing or damaged in Carnet’s files folder: boarding-pass.jpg (Trip ${trip.id}, missing).`,
  );
});

test('a bag’s receipt photo is its picture in My collection', async ({ app, call, harness }) => {
  const p = await call('purchases.create', { day: '2026-11-20', currency: 'EUR', items: [{ category: 'bag', description: 'Picotin 18 Clemence Gold', priceMinor: 317000 }] });
  await call('purchases.create', { day: '2026-11-21', currency: 'EUR', items: [{ category: 'bag', description: 'Evelyne PM Etoupe', priceMinor: 250000 }] });
  await app.goto(`${harness.url}#/purchases/${p.id}`);
  const card = app.getByRole('region', { name: 'Photos, receipt and détaxe form' });
  await card.getByLabel('Add photos or documents').setInputFiles({ name: 'IMG_0412.JPG', mimeType: 'image/jpeg', buffer: await photo('#c8a070', 1200, 900) });
  await expect(card.getByRole('list', { name: 'Photos, receipt and détaxe form' }).getByRole('listitem')).toHaveCount(1);
  await app.goto(`${harness.url}#/collection`);
  const picotin = app.getByRole('listitem', { name: 'Picotin 18 Clemence Gold' });
  await expect(picotin.getByRole('img', { name: 'Photo of Picotin 18 Clemence Gold' })).toBeVisible();
  expect(await picotin.getByRole('img', { name: 'Photo of Picotin 18 Clemence Gold' }).evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
  // A piece without a photo shows none (never a broken image).
  await expect(app.getByRole('listitem', { name: 'Evelyne PM Etoupe' }).getByRole('img')).toHaveCount(0);
});
