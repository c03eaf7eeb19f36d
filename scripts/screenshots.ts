/**
 * `npx tsx scripts/screenshots.ts [outDir]`: fills a journal with a realistic sample through the
 * contract, opens each screen in Debian's Chromium through the web harness, and saves PNGs
 * (light and dark). Used for the README and to look at what we build.
 */
import path from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';
import { startHarness } from '../tests/harness/server';
import { seedSample } from './sample-journal';

const outDir = path.resolve(process.argv[2] ?? 'docs/screenshots');
const harness = await startHarness({ port: 0, now: '2026-11-23T10:00:00.000Z' });
seedSample(harness.journal);
const browser = await chromium.launch({ executablePath: await chromiumPath(), args: chromiumArgs });

/** A sample special order's id, by model (the sample has one of each). */
const orderId = (model: string) => harness.journal.sqlite.prepare('SELECT id FROM special_orders WHERE model = ? ORDER BY id DESC').pluck().get(model) as number;
/** A sample contact's id, by name (helper "people"). */
const contactId = (name: string) => harness.journal.sqlite.prepare('SELECT id FROM contacts WHERE name = ? ORDER BY id').pluck().get(name) as number;
/** A sample receipt's id, by the description of one of its items (helper "people"). */
const receiptId = (description: string) =>
  harness.journal.sqlite.prepare('SELECT purchase_id FROM purchase_items WHERE description = ? ORDER BY id').pluck().get(description) as number;
/** A sample offer's id, by model and size (helper "offers"). */
const offerId = (model: string, size: string) => harness.journal.sqlite.prepare('SELECT id FROM offers WHERE model = ? AND size = ?').pluck().get(model, size) as number;
const screens: [string, string][] = [
  ['trips', '#/trips'],
  ['special-orders', '#/special-orders'],
  ['special-order', `#/special-orders/${orderId('Kelly Sellier')}`],
  ['special-order-arrived', `#/special-orders/${orderId('Birkin')}`],
  ['dashboard', '#/dashboard'],
  ['calendar-month', '#/calendar/month/2026-12-07/paris'],
  ['calendar-week', '#/calendar/week/2026-12-07/paris'],
  ['calendar-agenda', '#/calendar/agenda/2026-12-07/paris'],
  ['contacts', '#/contacts'],
  ['contact', `#/contacts/${contactId('Grace Park')}`],
  ['purchases', '#/purchases'],
  ['detaxe-forms', '#/purchases/detaxe'],
  ['purchase', `#/purchases/${receiptId('Chypre sandals, Noir, 38')}`],
  ['offers', '#/offers'],
  ['offer', `#/offers/${offerId('Kelly', '32')}`],
  ['spend-profile', '#/offers/profile'],
  ['boutiques', '#/boutiques'],
];
for (const scheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme, deviceScaleFactor: 1 });
  for (const [name, hash] of screens) {
    await page.goto(harness.url + hash);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const file = path.join(outDir, `${name}-${scheme}.png`);
    await page.screenshot({ path: file });
    console.log(file);
  }
  await page.close();
}
// The spend section of the purchases screen (helper "people"): charts and totals below the table.
for (const scheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme, deviceScaleFactor: 1 });
  await page.goto(harness.url + '#/purchases');
  await page.waitForLoadState('networkidle');
  await page.locator('.spend').evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await page.waitForTimeout(300);
  const file = path.join(outDir, `purchases-spend-${scheme}.png`);
  await page.screenshot({ path: file });
  console.log(file);
  await page.close();
}
// The lottery planner, the attempt tracker, the attempts, the statistics and the settings (helper
// "lottery"): the page clock fixed at Tue 8 Dec 2026, 09:30 in Paris, for a user living in New York.
{
  const ipc = async (channel: string, input: unknown) =>
    (await fetch(`${harness.url}ipc/${channel}`, { method: 'POST', body: JSON.stringify(input) })).json() as Promise<{ ok: boolean; value: unknown }>;
  await ipc('settings.update', { homeZone: 'America/New_York' });
  await ipc('calendarOverrides.set', { day: '2026-12-24', kind: 'closed', note: 'Closing early on Christmas Eve: taken as closed' });
  await ipc('calendarOverrides.set', { day: '2027-05-17', kind: 'open', note: 'Whit Monday: reported open' });
  const december = harness.journal.sqlite.prepare("SELECT id FROM trips WHERE title = 'Paris in December'").pluck().get() as number;
  const granted = harness.journal.sqlite
    .prepare("SELECT id FROM appointment_attempts WHERE trip_id = ? AND wanted_day = '2026-12-08' AND method = 'lottery'")
    .pluck()
    .get(december) as number;
  const lotteryScreens: [string, string, boolean][] = [
    ['appointments-planner', `#/appointments/plan/${december}`, true],
    ['appointments-tracker', `#/appointments/${granted}`, false],
    ['appointments-trips', '#/appointments', false],
    ['appointments-list', '#/appointments/list', false],
    ['appointments-stats', '#/appointments/stats', true],
    ['settings', '#/settings', true],
  ];
  for (const scheme of ['light', 'dark'] as const) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme, deviceScaleFactor: 1 });
    await page.clock.setFixedTime(new Date('2026-12-08T08:30:00.000Z'));
    for (const [name, hash, full] of lotteryScreens) {
      await page.goto(harness.url + hash);
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(400);
      const file = path.join(outDir, `${name}-${scheme}.png`);
      if (full) {
        // The app scrolls inside .content, so a full page is a tall viewport clipped to the content.
        await page.setViewportSize({ width: 1280, height: 3200 });
        await page.waitForTimeout(300);
        const bottom = await page.locator('.content > *').evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().bottom)));
        await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 1280, height: Math.max(800, Math.ceil(bottom) + 48) } });
        await page.setViewportSize({ width: 1280, height: 800 });
      } else {
        await page.screenshot({ path: file });
      }
      console.log(file);
    }
    await page.close();
  }
}
// The trip page and its printable sheet (helper "trip"), after the lottery block set the home zone
// to New York: the page 11 days before the trip, on its fifth day, and a past trip; the sheet as it
// shows on screen and as printed (Chromium's PDF, rendered to PNG with pdftoppm when installed).
{
  const december = harness.journal.sqlite.prepare("SELECT id FROM trips WHERE title = 'Paris in December'").pluck().get() as number;
  const autumn = harness.journal.sqlite.prepare("SELECT id FROM trips WHERE title = 'Paris, autumn'").pluck().get() as number;
  const fullPage = async (page: import('playwright-core').Page, file: string) => {
    await page.setViewportSize({ width: 1280, height: 4000 });
    await page.waitForTimeout(300);
    const bottom = await page.locator('.content > *').evaluateAll((els) => Math.max(...els.map((e) => e.getBoundingClientRect().bottom)));
    await page.screenshot({ path: file, clip: { x: 0, y: 0, width: 1280, height: Math.max(800, Math.ceil(bottom) + 48) } });
    await page.setViewportSize({ width: 1280, height: 800 });
    console.log(file);
  };
  const shots: [string, string, string, 'light' | 'dark'][] = [
    ['trip-light', `#/trips/${december}`, '2026-11-23T10:00:00.000Z', 'light'],
    ['trip-dark', `#/trips/${december}`, '2026-11-23T10:00:00.000Z', 'dark'],
    ['trip-during-light', `#/trips/${december}`, '2026-12-08T17:30:00.000Z', 'light'],
    ['trip-past-light', `#/trips/${autumn}`, '2026-11-23T10:00:00.000Z', 'light'],
    ['trip-sheet-screen-light', `#/trips/${december}/sheet`, '2026-11-23T10:00:00.000Z', 'light'],
    ['trip-sheet-screen-dark', `#/trips/${december}/sheet`, '2026-11-23T10:00:00.000Z', 'dark'],
  ];
  for (const [name, hash, now, scheme] of shots) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme, deviceScaleFactor: 1 });
    await page.clock.setFixedTime(new Date(now));
    await page.goto(harness.url + hash);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(400);
    await fullPage(page, path.join(outDir, `${name}.png`));
    if (name === 'trip-sheet-screen-light') {
      const pdf = path.join(outDir, 'trip-sheet.pdf');
      await page.pdf({ path: pdf, format: 'A4' });
      console.log(pdf);
      const { execFileSync } = await import('node:child_process');
      try {
        execFileSync('pdftoppm', ['-png', '-r', '110', '-singlefile', pdf, path.join(outDir, 'trip-sheet')]);
        console.log(path.join(outDir, 'trip-sheet.png'));
      } catch {
        console.log('pdftoppm is not installed (apt-get install poppler-utils): trip-sheet.png was not rendered.');
      }
    }
    await page.close();
  }
}
// The search palette open on "sevres" (helper "search"): typed, so it shows what a user sees.
for (const scheme of ['light', 'dark'] as const) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, colorScheme: scheme, deviceScaleFactor: 1 });
  await page.goto(harness.url + '#/dashboard');
  await page.waitForLoadState('networkidle');
  await page.keyboard.press('Control+K');
  await page.keyboard.type('sevres');
  await page.getByRole('option').first().waitFor();
  await page.waitForTimeout(300);
  const file = path.join(outDir, `search-palette-${scheme}.png`);
  await page.screenshot({ path: file });
  console.log(file);
  await page.close();
}
await browser.close();
await harness.close();
