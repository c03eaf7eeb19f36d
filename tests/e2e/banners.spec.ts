/**
 * The app's banners (issue 14 §11): one at a time with the rest behind "N more"; a dismissed or
 * snoozed banner stays away after a reload (the journal keeps it); a special order's "see this
 * again" note leaves once the order is decided; damage found in the journal file after open is told.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { openJournal } from '../../src/main/db/open';
import { createDispatch } from '../../src/main/dispatch';
import { startHarness } from '../harness/server';
import { DEFAULT_NOW, pinnedNow, test, expect } from './fixtures';

async function expectNoSeriousAxe(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const today = pinnedNow().toISODate()!;

test('two resurfacing notes show as one banner and "1 more"; a dismissed one stays gone after a reload, a snoozed one too', async ({ app, harness, call }) => {
  const kelly = await call('specialOrders.create', { model: 'Kelly', history: [{ status: 'placed', day: '2025-01-01' }] });
  const birkin = await call('specialOrders.create', { model: 'Birkin', history: [{ status: 'placed', day: '2025-03-01' }] });
  await call('notes.create', { subjectType: 'special_order', subjectId: kelly.id, day: '2025-02-01', kind: 'doubt', body: 'Is Gold too safe?', resurfaceOn: '2026-11-20' });
  await call('notes.create', { subjectType: 'special_order', subjectId: birkin.id, day: '2025-03-02', kind: 'advice', body: 'Ask for Rouge H.', resurfaceOn: today });
  await app.reload();

  const banners = app.getByRole('complementary', { name: 'Reminders' });
  await expect(banners).toContainText('You asked to see this doubt again on Fri 20 Nov 2026: “Is Gold too safe?”');
  await expect(banners).not.toContainText('Ask for Rouge H.');
  const more = banners.getByRole('button', { name: '1 more' });
  await expect(more).toHaveAttribute('aria-expanded', 'false');
  await expectNoSeriousAxe(app);
  await more.click();
  await expect(banners).toContainText('You asked to see this advice to self again today: “Ask for Rouge H.”');
  await expect(banners.getByRole('button', { name: 'Show fewer' })).toHaveAttribute('aria-expanded', 'true');
  await expectNoSeriousAxe(app);

  await banners.getByRole('button', { name: 'Dismiss the doubt of Sat 1 Feb 2025' }).click();
  await expect(banners).not.toContainText('Is Gold too safe?');
  await expect(banners).toContainText('Ask for Rouge H.');
  await expect(banners.getByRole('button', { name: /more$/ })).toHaveCount(0);

  await app.reload();
  await expect(banners).toContainText('Ask for Rouge H.');
  await expect(banners).not.toContainText('Is Gold too safe?');

  // Snoozed until tomorrow: gone now, and still gone after a reload.
  await banners.getByRole('button', { name: 'Show the advice to self of Sun 2 Mar 2025 again later' }).click();
  await banners.getByRole('button', { name: 'Tomorrow' }).click();
  await expect(banners).toBeHidden();
  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await expect(banners).toBeHidden();
  expect(harness.journal.sqlite.prepare('SELECT key, until FROM dismissals ORDER BY key').all()).toEqual([
    { key: 'note:1', until: null },
    // The start of tomorrow where the user is.
    { key: 'note:2', until: pinnedNow().plus({ days: 1 }).startOf('day').toUTC().toISO() },
  ]);
});

test('a special order’s doubt banner can be dismissed, and leaves when the order is rejected', async ({ app, harness, call }) => {
  const order = await call('specialOrders.create', {
    model: 'Picotin',
    size: '18',
    history: [
      { status: 'placed', day: '2025-01-10' },
      { status: 'arrived', day: '2026-11-20' },
    ],
  });
  await call('notes.create', { subjectType: 'special_order', subjectId: order.id, day: '2025-01-10', kind: 'doubt', body: 'Vert Criquet may be too bright.', resurfaceOn: today });
  await app.goto(`${harness.url}?load=2#/special-orders/${order.id}`);
  const onPage = app.getByRole('status').filter({ hasText: 'You asked to see this doubt again today' });
  await expect(onPage).toContainText('Vert Criquet may be too bright.');
  // The frame does not repeat what the order's page already shows.
  await expect(app.getByRole('complementary', { name: 'Reminders' })).toHaveCount(0);
  // Elsewhere, the frame shows it with a link to the order.
  await app.getByRole('link', { name: 'Calendar' }).click();
  const frame = app.getByRole('complementary', { name: 'Reminders' });
  await expect(frame).toContainText('Vert Criquet may be too bright.');
  await frame.getByRole('link', { name: 'Open the special order' }).click();

  await app.getByRole('button', { name: 'Reject the bag' }).click();
  const decide = app.getByRole('dialog', { name: 'Your decision on Picotin 18' });
  await decide.getByLabel('Day of the decision').fill(today);
  await decide.getByLabel('Your reasons').fill('Too bright in daylight.');
  await decide.getByRole('button', { name: 'Reject the bag' }).click();
  await expect(decide).toBeHidden();
  await expect(app.getByRole('region', { name: /^Rejected on/ })).toBeVisible();
  await expect(onPage).toHaveCount(0);
  await app.getByRole('link', { name: 'Calendar' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await expect(frame).toHaveCount(0);
  await app.reload();
  await expect(app.getByRole('heading', { level: 1, name: 'Calendar' })).toBeVisible();
  await expect(frame).toHaveCount(0);
});

test('the doubt banner on an open order can be dismissed for good', async ({ app, harness, call }) => {
  const order = await call('specialOrders.create', { model: 'Kelly', size: '25', history: [{ status: 'placed', day: '2025-01-10' }] });
  await call('notes.create', { subjectType: 'special_order', subjectId: order.id, day: '2025-01-10', kind: 'doubt', body: 'Is 25 too small?', resurfaceOn: today });
  await app.goto(`${harness.url}?load=3#/special-orders/${order.id}`);
  const onPage = app.getByRole('status').filter({ hasText: 'You asked to see this doubt again today' });
  await onPage.getByRole('button', { name: 'Dismiss the doubt of Fri 10 Jan 2025' }).click();
  await expect(onPage).toHaveCount(0);
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Kelly 25' })).toBeVisible();
  await expect(onPage).toHaveCount(0);
  // The note itself stays in the timeline.
  await expect(app.getByRole('article', { name: /^Doubt/ })).toContainText('Is 25 too small?');
});

test('damage the background check finds in the journal file is told in a banner, with the way to a backup', async ({ page }) => {
  // A journal whose interaction log has a scribbled page deep inside: it opens (its structure is
  // sound), and the full check after open finds the damage.
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-damaged-')), 'journal.sqlite');
  const journal = openJournal(file);
  const dispatch = createDispatch(journal);
  journal.tx(() => {
    const contact = dispatch('contacts.create', { name: 'Camille Martin', role: 'sa' });
    if (!contact.ok) throw new Error(contact.error.message);
    for (let i = 0; i < 1500; i++) dispatch('interactions.create', { contactId: (contact.value as { id: number }).id, day: '2026-11-02', kind: 'messaged', summary: `Message ${i} ${'about the Kelly '.repeat(6)}` });
  });
  journal.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  const leaves = journal.sqlite.prepare("SELECT pageno FROM dbstat WHERE name = 'contact_interactions' AND pagetype = 'leaf' ORDER BY path").pluck().all() as number[];
  const pageSize = journal.sqlite.pragma('page_size', { simple: true }) as number;
  journal.close();
  expect(leaves.length).toBeGreaterThan(10);
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (leaves[Math.floor(leaves.length / 2)]! - 1) * pageSize);
  fs.closeSync(fd);

  const harness = await startHarness({ port: 0, now: DEFAULT_NOW, db: file });
  try {
    await page.clock.install({ time: new Date(DEFAULT_NOW) });
    await page.goto(harness.url);
    const banner = page.getByTestId('journal-check');
    await expect(banner).toContainText(/Carnet checked the journal journal\.sqlite after opening it and found damaged pages \(.+\)\. What you see may be incomplete/);
    await expect(banner).toContainText('restore the latest backup (Settings › Your data), or export what you can now.');
    await banner.getByRole('link', { name: 'Open Settings' }).click();
    await expect(page).toHaveURL(/#\/settings$/);
  } finally {
    await harness.close();
  }
});
