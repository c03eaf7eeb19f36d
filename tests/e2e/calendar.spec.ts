import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

const december = { title: 'Paris in December', city: 'Paris', startDay: '2026-12-07', endDay: '2026-12-09', timeZone: 'Europe/Paris' };

/** The grid cell of a day in the month view. */
const monthCell = (page: Page, day: string) => page.locator(`.fc-daygrid-day[data-date="${day}"]`);
/** The column of a day in the week view's time grid. */
const weekColumn = (page: Page, day: string) => page.locator(`.fc-timegrid-col[data-date="${day}"]`);
const slot = (page: Page, time: string) => page.locator(`.fc-timegrid-slot-lane[data-time="${time}"]`);

async function box(locator: Locator) {
  const b = await locator.boundingBox();
  if (!b) throw new Error('element has no box');
  return b;
}

/** Asserts the element starts in `from`'s column and ends in `to`'s (a span over those days). */
async function expectSpan(event: Locator, from: Locator, to: Locator) {
  const e = await box(event);
  const a = await box(from);
  const b = await box(to);
  expect(Math.abs(e.x - a.x), 'starts on the first day').toBeLessThan(6);
  expect(Math.abs(e.x + e.width - (b.x + b.width)), 'ends on the last day').toBeLessThan(6);
}

/** Asserts a timed event is drawn in the day's column, starting at the slot's row. */
async function expectAt(event: Locator, column: Locator, slotRow: Locator) {
  const e = await box(event);
  const c = await box(column);
  const s = await box(slotRow);
  expect(e.x, 'in the day column').toBeGreaterThanOrEqual(c.x - 1);
  expect(e.x + e.width, 'in the day column').toBeLessThanOrEqual(c.x + c.width + 1);
  expect(Math.abs(e.y - s.y), `starts at ${await slotRow.getAttribute('data-time')}`).toBeLessThan(4);
}

test('the calendar is the home screen, styled by FullCalendar without any CSP violation', async ({ page, harness }) => {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy|could not inject its styles/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    // Style and font directives only: zod's feature probe for eval (caught by zod) is not ours.
    document.addEventListener('securitypolicyviolation', (e) => {
      if (/^(style|font)-src/.test(e.violatedDirective)) w.__csp.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(harness.url);
  await expect(page.getByRole('heading', { name: 'Calendar', level: 1 })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Calendar' })).toHaveAttribute('aria-current', 'page');
  await expect(page.locator('.fc-daygrid-day').first()).toBeVisible();
  // FullCalendar's own rules (from the static stylesheet) and ours both apply.
  const styles = await page.evaluate(() => {
    const fc = document.querySelector('.fc')!;
    const table = document.querySelector('.fc-scrollgrid-sync-table')!;
    return {
      fcDirection: getComputedStyle(fc).flexDirection,
      tableLayout: getComputedStyle(table).tableLayout,
      injected: document.querySelectorAll('style').length,
      csp: (window as unknown as { __csp: string[] }).__csp,
    };
  });
  expect(styles).toEqual({ fcDirection: 'column', tableLayout: 'fixed', injected: 0, csp: [] });
  expect(violations).toEqual([]);
  // An empty journal says what to do first.
  await expect(page.getByRole('heading', { name: 'Your calendar fills itself as you keep the journal' })).toBeVisible();
});

test.describe('seen after the December trip (special-order steps are recorded once they happened)', () => {
  test.use({ now: '2026-12-20T10:00:00.000Z' });

  test('a trip, an attempt and a special order created through the contract appear on the right days in month and week views', async ({ app, harness, call }) => {
    const [fsh] = await call('boutiques.list', undefined);
    const trip = await call('trips.create', december);
    await call('attempts.create', { method: 'lottery', wantedDay: '2026-12-08', boutiqueId: fsh!.id, tripId: trip.id, result: 'granted', appointmentAt: '2026-12-08T14:30:00+01:00' });
    await call('specialOrders.create', {
      model: 'Kelly',
      size: '25',
      expectedFrom: '2027-01-04',
      expectedTo: '2027-01-08',
      history: [{ status: 'placed', day: '2026-12-09', note: null }],
    });
    await app.goto(`${harness.url}#/calendar/month/2026-12-07/paris`);
    await expect(app.locator('.cal-title')).toHaveText('December 2026');

    const tripEvent = app.locator('a.cal-event--trip', { hasText: 'Paris in December' });
    await expect(tripEvent).toHaveCount(1);
    await expectSpan(tripEvent, monthCell(app, '2026-12-07'), monthCell(app, '2026-12-09'));
    await expect(monthCell(app, '2026-12-08').locator('a.cal-event--appointment')).toContainText('14:30');
    await expect(monthCell(app, '2026-12-08').locator('a.cal-event--appointment')).toContainText('FSH');
    await expect(monthCell(app, '2026-12-09').locator('a.cal-event--special_order')).toContainText('Kelly 25 placed');
    // The lottery windows of the trip's days: Monday's on Saturday 5, Tuesday's on Monday 7.
    await expect(monthCell(app, '2026-12-05').locator('a.cal-event--lottery')).toContainText('for Mon 7');
    await expect(monthCell(app, '2026-12-07').locator('a.cal-event--lottery')).toContainText('for Tue 8');

    await app.getByRole('button', { name: 'Week', exact: true }).click();
    await expect(app.locator('.cal-title')).toHaveText(/7\s*–\s*13 Dec 2026/);
    const weekTrip = app.locator('.fc-timegrid a.cal-event--trip');
    await expectSpan(weekTrip, app.locator('.fc-col-header-cell[data-date="2026-12-07"]'), app.locator('.fc-col-header-cell[data-date="2026-12-09"]'));
    const appointment = app.locator('.fc-timegrid-event.cal-event--appointment');
    await expect(appointment).toContainText('14:30');
    await expectAt(appointment, weekColumn(app, '2026-12-08'), slot(app, '14:30:00'));
    const placed = app.locator('.fc-timegrid a.cal-event--special_order');
    await expect(placed).toContainText('Kelly 25 placed');
    await expectSpan(placed, app.locator('.fc-col-header-cell[data-date="2026-12-09"]'), app.locator('.fc-col-header-cell[data-date="2026-12-09"]'));

    // Clicking an event opens its record.
    await weekTrip.click();
    await expect(app).toHaveURL(new RegExp(`#/trips/${trip.id}$`));
    await expect(app.getByRole('heading', { name: 'Paris in December' })).toBeVisible();
  });
});


test('the zone switch moves a Paris 10:30 event to 04:30 for a New York user', async ({ app, harness, call }) => {
  await call('settings.update', { homeZone: 'America/New_York' });
  const [fsh] = await call('boutiques.list', undefined);
  await call('attempts.create', { method: 'lottery', wantedDay: '2026-12-08', boutiqueId: fsh!.id, result: 'granted', appointmentAt: '2026-12-08T10:30:00+01:00' });
  await app.goto(`${harness.url}#/calendar/week/2026-12-07/paris`);
  await app.reload(); // the page read the settings before the home zone was set
  const event = app.locator('.fc-timegrid-event.cal-event--appointment');
  await expect(event).toContainText('10:30');
  await expectAt(event, weekColumn(app, '2026-12-08'), slot(app, '10:30:00'));

  const zones = app.getByRole('group', { name: 'Show times in' });
  await zones.getByRole('button', { name: /New York/ }).click();
  await expect(zones.getByRole('button', { name: /New York/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(event).toContainText('04:30');
  // The event still says it belongs to Paris, with its Paris time.
  await expect(event).toContainText('Paris 10:30');
  await expectAt(event, weekColumn(app, '2026-12-08'), slot(app, '04:30:00'));

  // The choice is remembered.
  await app.reload();
  await expect(app.locator('.fc-timegrid-event.cal-event--appointment')).toContainText('04:30');
  await zones.getByRole('button', { name: 'Paris' }).click();
  await expect(event).toContainText('10:30');
});

test("dragging a trip's end changes its last day, and the change survives a reload", async ({ app, harness, call }) => {
  const trip = await call('trips.create', december);
  await app.goto(`${harness.url}#/calendar/month/2026-12-07/paris`);
  const event = app.locator('a.cal-event--trip');
  await event.hover();
  const handle = event.locator('.fc-event-resizer-end');
  const from = await box(handle);
  const target = await box(monthCell(app, '2026-12-11'));
  await app.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await app.mouse.down();
  await app.mouse.move(target.x + target.width / 2, target.y + 40, { steps: 12 });
  await app.mouse.up();
  await expect(app.getByRole('status').filter({ hasText: 'now runs' })).toHaveText('“Paris in December” now runs 7–11 Dec.');
  expect(harness.journal.sqlite.prepare('SELECT start_day, end_day FROM trips WHERE id = ?').get(trip.id)).toEqual({ start_day: '2026-12-07', end_day: '2026-12-11' });

  await app.reload();
  await expectSpan(app.locator('a.cal-event--trip'), monthCell(app, '2026-12-07'), monthCell(app, '2026-12-11'));
});

test("a refused drag goes back and shows the contract's message", async ({ app, harness, call }) => {
  const trip = await call('trips.create', december);
  await app.goto(`${harness.url}#/calendar/month/2026-12-07/paris`);
  const event = app.locator('a.cal-event--trip');
  await expect(event).toBeVisible();
  // Deleted elsewhere while the calendar was open: the update is refused with not_found.
  await call('trips.delete', { id: trip.id });
  await event.hover();
  const from = await box(event.locator('.fc-event-resizer-end'));
  const target = await box(monthCell(app, '2026-12-10'));
  await app.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await app.mouse.down();
  await app.mouse.move(target.x + target.width / 2, target.y + 40, { steps: 12 });
  await app.mouse.up();
  await expect(app.getByRole('alert')).toHaveText(`“Paris in December” was not changed: Trip ${trip.id} does not exist (it may have been deleted).`);
  // The bar went back to the days it had.
  await expectSpan(app.locator('a.cal-event--trip'), monthCell(app, '2026-12-07'), monthCell(app, '2026-12-09'));
  expect(harness.journal.sqlite.prepare('SELECT count(*) AS n FROM trips').get()).toEqual({ n: 0 });
});

test('selecting days in the month view starts a trip on those days', async ({ app, harness }) => {
  await app.goto(`${harness.url}#/calendar/month/2026-12-07/paris`);
  const a = await box(monthCell(app, '2026-12-14'));
  const b = await box(monthCell(app, '2026-12-17'));
  await app.mouse.move(a.x + a.width / 2, a.y + a.height - 10);
  await app.mouse.down();
  await app.mouse.move(b.x + b.width / 2, b.y + b.height - 10, { steps: 10 });
  await app.mouse.up();
  const dialog = app.getByRole('dialog', { name: 'New trip' });
  await expect(dialog.getByLabel('First day')).toHaveValue('2026-12-14');
  await expect(dialog.getByLabel('Last day')).toHaveValue('2026-12-17');
  await dialog.getByLabel('Title').fill('Christmas shopping');
  await dialog.getByRole('button', { name: 'Create trip' }).click();
  await expect(dialog).toBeHidden();
  await expectSpan(app.locator('a.cal-event--trip', { hasText: 'Christmas shopping' }), monthCell(app, '2026-12-14'), monthCell(app, '2026-12-17'));
  expect(harness.journal.sqlite.prepare('SELECT title, start_day, end_day FROM trips').all()).toEqual([
    { title: 'Christmas shopping', start_day: '2026-12-14', end_day: '2026-12-17' },
  ]);
});

test('keyboard: arrows move between days, t today, m / w / a switch views, Shift+arrows and Enter plan a trip', async ({ app, harness, call }) => {
  await call('trips.create', december);
  await app.goto(`${harness.url}#/calendar/month/2026-12-07/paris`);
  const dayTitle = app.locator('#cal-day-title');
  await expect(dayTitle).toHaveText('Monday 7 December 2026');
  await app.locator('.cal-grid').focus();
  await app.keyboard.press('ArrowRight');
  await expect(dayTitle).toHaveText('Tuesday 8 December 2026');
  await expect(monthCell(app, '2026-12-08')).toHaveClass(/cal-day--focused/);
  await app.keyboard.press('ArrowDown');
  await expect(dayTitle).toHaveText('Tuesday 15 December 2026');
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('ArrowLeft');
  await expect(dayTitle).toHaveText('Monday 7 December 2026');
  // The day's events are listed and announced.
  await expect(app.locator('.cal-day-list')).toContainText('Paris in December');
  await expect(app.getByRole('status').filter({ hasText: 'Monday 7 December 2026:' })).toContainText('Paris in December (trip)');
  // Moving past the month turns the page.
  for (let i = 0; i < 4; i++) await app.keyboard.press('ArrowDown');
  await expect(dayTitle).toHaveText('Monday 4 January 2027');
  await expect(app.locator('.cal-title')).toHaveText('January 2027');

  await app.keyboard.press('w');
  await expect(app.getByRole('button', { name: 'Week', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(app.locator('.cal-title')).toHaveText(/4\s*–\s*10 Jan 2027/);
  await app.keyboard.press('a');
  await expect(app.getByRole('button', { name: 'Agenda', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await app.keyboard.press('m');
  await expect(app.getByRole('button', { name: 'Month', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await app.keyboard.press('t');
  const today = await app.evaluate(() => new Date().toLocaleDateString('en-GB', { timeZone: 'Europe/Paris', weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).replace(',', ''));
  await expect(dayTitle).toHaveText(today);

  // PgUp / PgDn turn the page; Shift+arrows select days and Enter plans a trip for them.
  await app.goto(`${harness.url}#/calendar/month/2026-12-14/paris`);
  await app.reload();
  await expect(dayTitle).toHaveText('Monday 14 December 2026');
  await app.locator('.cal-grid').focus();
  await app.keyboard.press('PageDown');
  await expect(app.locator('.cal-title')).toHaveText('January 2027');
  await app.keyboard.press('PageUp');
  await expect(app.locator('.cal-title')).toHaveText('December 2026');
  await expect(dayTitle).toHaveText('Tuesday 1 December 2026');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowDown');
  await app.keyboard.press('ArrowLeft');
  await expect(dayTitle).toHaveText('Monday 14 December 2026');
  await app.keyboard.press('Shift+ArrowRight');
  await app.keyboard.press('Shift+ArrowRight');
  await expect(dayTitle).toHaveText('Selected 14–16 Dec');
  await expect(monthCell(app, '2026-12-15')).toHaveClass(/cal-day--selected/);
  await app.keyboard.press('Enter');
  const dialog = app.getByRole('dialog', { name: 'New trip' });
  await expect(dialog.getByLabel('First day')).toHaveValue('2026-12-14');
  await expect(dialog.getByLabel('Last day')).toHaveValue('2026-12-16');
  // Keys typed in the form are not shortcuts.
  await dialog.getByLabel('Title').fill('');
  await dialog.getByLabel('Title').press('m');
  await expect(dialog.getByLabel('Title')).toHaveValue('m');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByRole('button', { name: 'Month', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('kinds can be hidden from the legend', async ({ app, harness, call }) => {
  await call('trips.create', december);
  await app.goto(`${harness.url}#/calendar/month/2026-12-07/paris`);
  await expect(app.locator('a.cal-event--lottery')).toHaveCount(3);
  const lottery = app.getByRole('checkbox', { name: /Lottery windows/ });
  await lottery.uncheck();
  await expect(app.locator('a.cal-event--lottery')).toHaveCount(0);
  await expect(app.locator('a.cal-event--trip')).toHaveCount(1);
  await app.reload();
  await expect(app.locator('a.cal-event--trip')).toHaveCount(1);
  await expect(app.locator('a.cal-event--lottery')).toHaveCount(0);
  await app.getByRole('checkbox', { name: /Lottery windows/ }).check();
  await expect(app.locator('a.cal-event--lottery')).toHaveCount(3);
});

test.describe('axe, seen after the December trip', () => {
  test.use({ now: '2026-12-20T10:00:00.000Z' });

  for (const scheme of ['light', 'dark'] as const) {
    test(`axe finds no serious or critical issue in the month, week and agenda views (${scheme})`, async ({ app, harness, call }) => {
      await app.emulateMedia({ colorScheme: scheme });
      await app.setViewportSize({ width: 1280, height: 720 }); // short rows: "+ more" links appear
      await call('settings.update', { homeZone: 'America/New_York' });
      const [fsh, , sevres] = await call('boutiques.list', undefined);
      const trip = await call('trips.create', { ...december, companions: [{ name: 'Anna', adult: true }] });
      await call('attempts.create', { method: 'lottery', wantedDay: '2026-12-08', boutiqueId: fsh!.id, tripId: trip.id, result: 'granted', appointmentAt: '2026-12-08T14:30:00+01:00' });
      await call('attempts.create', { method: 'lottery', wantedDay: '2026-12-07', tripId: trip.id, result: 'not_granted' });
      await call('attempts.create', { method: 'walk_in', wantedDay: '2026-12-09', boutiqueId: sevres!.id, tripId: trip.id });
      await call('purchases.create', { day: '2026-12-08', boutiqueId: fsh!.id, currency: 'EUR', items: [{ category: 'shoes', description: 'Oran sandals', priceMinor: 72000 }] });
      await call('contacts.create', { name: 'Claire', followUpOn: '2026-12-15' });
      await call('specialOrders.create', { model: 'Kelly', size: '25', history: [{ status: 'offered', day: '2026-12-09', note: null }] });
      for (const view of ['month', 'week', 'agenda']) {
        await app.goto(`${harness.url}#/calendar/${view}/2026-12-07`);
        await app.reload();
        await expect(app.locator('.cal-event--trip').first()).toBeVisible();
        const result = await new AxeBuilder({ page: app }).analyze();
        const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(bad.map((v) => `${view}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
        if (view === 'month') {
          // The "+ more" popover too (its close button is drawn without FullCalendar's icon font).
          await app.locator('.fc-daygrid-more-link').first().click();
          await expect(app.locator('.fc-more-popover')).toBeVisible();
          const popover = await new AxeBuilder({ page: app }).include('.fc-more-popover').analyze();
          expect(popover.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
          await app.locator('.fc-popover-close').click();
          await expect(app.locator('.fc-more-popover')).toBeHidden();
        }
      }
    });
  }
});


test('the next month is read ahead: it shows at once, even when the journal answers slowly', async ({ app, call }) => {
  await call('trips.create', december);
  // December's grid (the read-ahead, not November's, which ends before the 7th) has been answered.
  const readAhead = app.waitForResponse((r) => {
    if (!r.url().endsWith('/ipc/calendar.range')) return false;
    const range = JSON.parse(r.request().postData() ?? '{}') as { from?: string; to?: string };
    return (range.from ?? '9') <= '2026-12-07' && (range.to ?? '0') > '2026-12-07';
  });
  await app.reload();
  await expect(monthCell(app, '2026-11-23')).toBeVisible();
  // November is shown; December has been read ahead meanwhile (waited for, not guessed at).
  await readAhead;
  await app.route('**/ipc/calendar.range', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 4000));
    await route.continue().catch(() => undefined);
  });
  await app.getByRole('button', { name: 'Next month' }).click();
  await expect(monthCell(app, '2026-12-07')).toContainText('Paris in December', { timeout: 1500 });
  await app.unrouteAll({ behavior: 'ignoreErrors' });
});
