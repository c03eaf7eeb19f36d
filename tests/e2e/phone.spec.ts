/**
 * Send to my phone: the trip's windows and appointments as one calendar file with their
 * reminders, and on the printed trip sheet one code per window that a phone's camera reads as a
 * calendar event (decoded here from the pixels Chromium draws, with jsQR).
 */
import fs from 'node:fs';
import type { Download, Page } from '@playwright/test';
import jsQR from 'jsqr';
import sharp from 'sharp';
import { test, expect } from './fixtures';

const NOW = '2026-11-23T10:00:00.000Z';
test.use({ now: NOW });

async function openAt(app: Page, url: string) {
  await app.clock.setFixedTime(new Date(NOW));
  await app.goto(url);
  await app.reload();
}

async function decode(png: Buffer): Promise<string | null> {
  // A white border around the code, as on paper, so the reader finds its finder patterns.
  const { data, info } = await sharp(png).extend({ top: 40, bottom: 40, left: 40, right: 40, background: '#ffffff' }).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null;
}

test('the trip goes to the phone as one calendar file whose reminders ring at the Paris times', async ({ app, harness, call }) => {
  await call('settings.update', { homeZone: 'America/New_York' });
  const trip = await call('trips.create', { title: 'Paris in December', city: 'Paris', startDay: '2026-12-07', endDay: '2026-12-09' });
  await openAt(app, `${harness.url}#/trips/${trip.id}`);
  await app.getByRole('button', { name: 'Send to my phone' }).click();
  const dialog = app.getByRole('dialog', { name: 'Send the trip to your phone' });
  await expect(dialog).toContainText('its 3 lottery windows');
  await expect(dialog.getByText('The reminders of the first window (Mon 7 Dec)')).toBeVisible();
  await expect(dialog.getByRole('listitem').filter({ hasText: 'the window opens' })).toHaveText('Sat 5 Dec, 10:30 Paris (04:30 New York) — the window opens');
  await expect(dialog.getByRole('listitem').filter({ hasText: 'before it closes' })).toHaveText('Sat 5 Dec, 18:00 Paris (12:00 New York) — 60 min before it closes');

  const [download] = (await Promise.all([app.waitForEvent('download'), dialog.getByRole('button', { name: 'Save the calendar file' }).click()])) as [Download, void];
  expect(download.suggestedFilename()).toBe('carnet-trip-paris-in-december.ics');
  const ics = fs.readFileSync((await download.path())!, 'utf8');
  expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
  expect(ics.match(/BEGIN:VALARM/g)).toHaveLength(6);
  expect(ics).toContain('DTSTART;TZID=Europe/Paris:20261205T103000');
  expect(ics).toContain('TRIGGER;RELATED=END:-PT1H');
  await expect(dialog.getByRole('status')).toHaveText('Saved carnet-trip-paris-in-december.ics: 4 events.');
});

test('the printed sheet carries one code per window that reads as a calendar event', async ({ app, harness, call }) => {
  const trip = await call('trips.create', { title: 'Paris in December', city: 'Paris', startDay: '2026-12-07', endDay: '2026-12-09' });
  await openAt(app, `${harness.url}#/trips/${trip.id}/sheet`);
  const codes = app.getByRole('img', { name: /^Code for the window of/ });
  await expect(codes).toHaveCount(3);
  await expect(codes.first()).toHaveAccessibleName('Code for the window of Mon 7 Dec: apply Sat 5 Dec');
  await expect(app.getByText('scan a code with the camera to add that window')).toBeVisible();

  // Read from the same SVG drawn large (on screen it is 20 mm, too few pixels per module for a
  // reader working on a screenshot; a printer or a phone camera has them).
  await codes.first().evaluate((el) => {
    (el as SVGElement).style.width = '320px';
    (el as SVGElement).style.height = '320px';
  });
  const text = await decode(await codes.first().screenshot());
  expect(text).toBe(
    [
      'BEGIN:VEVENT',
      'SUMMARY:Hermès lottery: apply for Mon 7 Dec',
      'DTSTART:20261205T093000Z',
      'DTEND:20261205T180000Z',
      'LOCATION:From inside France',
      'END:VEVENT',
    ].join('\r\n'),
  );
  // The codes are printed: the print layout keeps them.
  await app.emulateMedia({ media: 'print' });
  await expect(codes.first()).toBeVisible();
});
