import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, type Fixtures } from './fixtures';

/** Sat 5 Dec 2026, 13:00 in Paris: the window for Mon 7 Dec is open; the one for Sat 5 has closed. */
const NOW = '2026-12-05T12:00:00.000Z';
test.use({ now: NOW });

async function december(call: Fixtures['call']) {
  await call('settings.update', { homeZone: 'America/New_York' });
  return call('trips.create', {
    title: 'Paris in December',
    city: 'Paris',
    startDay: '2026-12-05',
    endDay: '2026-12-09',
    companions: [
      { name: 'Anna', adult: true },
      { name: 'Léo', adult: false },
    ],
  });
}

async function openAt(app: Page, url: string, at = NOW) {
  await app.clock.setFixedTime(new Date(at));
  // A full load: the page was opened before the test seeded the journal, and a change of hash
  // alone would keep what it read then.
  await app.goto(url);
  await app.reload();
}

const day = (app: Page, name: string) => app.getByRole('region', { name });

async function noSeriousViolations(app: Page, screen: string) {
  const result = await new AxeBuilder({ page: app }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${screen}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
}

test('the planner shows each day’s window in Paris and New York, with a live status and the days that cannot be booked', async ({ app, harness, call }) => {
  const trip = await december(call);
  await openAt(app, `${harness.url}#/appointments`);
  await app.getByRole('link', { name: 'Plan the lottery: Paris in December' }).click();
  await expect(app.getByRole('heading', { name: 'Paris in December', level: 1 })).toBeVisible();
  expect(app.url()).toContain(`#/appointments/plan/${trip.id}`);

  // Day 1 (Sat 5 Dec) is applied for on Fri 4 Dec, before the trip starts: said where it is planned.
  const warning = 'The window opens Fri 4 Dec, before the trip starts (Sat 5 Dec): you must already be in France to apply.';
  await expect(day(app, 'Sat 5 Dec 2026').getByRole('note')).toHaveText(warning);
  await expect(app.getByRole('note').filter({ hasText: 'before the trip starts' })).toHaveCount(1);

  // Mon 7 Dec: apply on Sat 5 Dec, 10:30–19:00 Paris = 04:30–13:00 in New York; open now, 6 h left.
  const monday = day(app, 'Mon 7 Dec 2026');
  await expect(monday.getByText('apply on Sat 5 Dec')).toBeVisible();
  const paris = monday.getByRole('term').filter({ hasText: 'Paris' });
  await expect(paris).toContainText('CET');
  await expect(monday.getByRole('definition').first()).toContainText('10:30–19:00');
  await expect(monday.getByRole('definition').nth(1)).toContainText('04:30–13:00');
  await expect(monday.getByRole('term').nth(1)).toHaveText(/New York\s*EST/);
  await expect(monday.getByText('Open now · 6 h 00 min 00 s left')).toBeVisible();

  // Sun 6 Dec cannot be booked; Sat 5 (applied for on Fri 4) has closed; Tue 8 opens on Mon 7.
  const sunday = day(app, 'Sun 6 Dec 2026');
  await expect(sunday.getByText('Not bookable')).toBeVisible();
  await expect(sunday.getByText('Sunday', { exact: true })).toBeVisible();
  await expect(sunday.getByRole('button')).toHaveCount(0);
  await expect(day(app, 'Sat 5 Dec 2026').getByText('apply on Fri 4 Dec')).toBeVisible();
  await expect(day(app, 'Sat 5 Dec 2026').getByText('Closed', { exact: true })).toBeVisible();
  const tuesday = day(app, 'Tue 8 Dec 2026');
  await expect(tuesday.getByText('apply on Mon 7 Dec')).toBeVisible();
  await expect(tuesday.getByText('Opens in 1 d 21 h')).toBeVisible();

  // One row per person who may apply: the user and Anna, not Léo (a minor).
  await expect(monday.getByRole('button', { name: /^Record an attempt for Mon 7 Dec/ })).toHaveCount(2);
  await expect(monday.getByRole('button', { name: 'Record an attempt for Mon 7 Dec · Anna' })).toBeVisible();
  await expect(app.getByText('Léo is under 18 and cannot apply')).toBeVisible();

  // The status is live: an hour and a half later the countdown has moved, and after 19:00 Paris the window is closed.
  await app.clock.setFixedTime(new Date('2026-12-05T13:30:00.000Z'));
  await expect(monday.getByText('Open now · 4 h 30 min 00 s left')).toBeVisible();
  await app.clock.setFixedTime(new Date('2026-12-05T18:00:00.000Z'));
  await expect(monday.getByText('Closed', { exact: true })).toBeVisible();

  await noSeriousViolations(app, 'planner');
});

test('record an attempt through its steps, blocked and result; the statistics change', async ({ app, harness, call }) => {
  const trip = await december(call);
  await openAt(app, `${harness.url}#/appointments/stats`);
  await expect(app.getByText('None yet')).toBeVisible();
  await expect(app.getByText('about 10,000 requests a day')).toBeVisible();
  await expect(app.getByRole('heading', { name: /community-reported/i })).toBeVisible();

  await app.goto(`${harness.url}#/appointments/plan/${trip.id}`);
  await app.getByRole('radio', { name: 'George V' }).check();
  const monday = day(app, 'Mon 7 Dec 2026');
  await monday.getByRole('button', { name: 'Record an attempt for Mon 7 Dec · You' }).click();
  const steps = monday.getByRole('list', { name: 'Lottery steps for You · Mon 7 Dec' });
  await expect(steps).toBeVisible();
  // Steps are ticked in order: the later ones wait for the earlier.
  await expect(steps.getByRole('checkbox', { name: 'Registered' })).toBeDisabled();
  await steps.getByRole('checkbox', { name: 'Form accepted' }).check();
  await expect(monday.getByText('The “Welcome” notice is not an appointment')).toBeVisible();
  await steps.getByRole('checkbox', { name: 'Confirmation e-mail' }).check();
  await steps.getByRole('checkbox', { name: 'Link clicked' }).check();

  // "Blocked" with the tips that help.
  const you = monday.getByRole('listitem').filter({ has: app.getByRole('list', { name: 'Lottery steps for You · Mon 7 Dec' }) });
  await you.getByRole('button', { name: 'Blocked' }).click();
  const blocked = app.getByRole('dialog', { name: 'The form said “Blocked”' });
  await expect(blocked.getByText('connecting to a boutique’s own Wi-Fi, asking the leather desk')).toBeVisible();
  await blocked.getByRole('button', { name: 'Connected to the boutique’s own Wi-Fi' }).click();
  await blocked.getByRole('button', { name: 'Record it' }).click();
  await expect(blocked).toBeHidden();
  await expect(you.getByRole('button', { name: /Blocked\s*1/ })).toBeVisible();

  await steps.getByRole('checkbox', { name: 'Registered' }).check();
  await expect(steps.getByRole('checkbox', { name: 'Registered' })).toBeChecked();
  // Only the latest step can be unticked.
  await expect(steps.getByRole('checkbox', { name: 'Link clicked' })).toBeDisabled();

  const row = harness.journal.sqlite
    .prepare('SELECT method, wanted_day, trip_id, companion_id, boutique_id, registered_at, blocked_count, blocked_note, result FROM appointment_attempts')
    .get() as Record<string, unknown>;
  const georgeV = harness.journal.sqlite.prepare("SELECT id FROM boutiques WHERE code = 'george_v'").pluck().get();
  expect(row).toEqual({
    method: 'lottery',
    wanted_day: '2026-12-07',
    trip_id: trip.id,
    companion_id: null,
    boutique_id: georgeV,
    registered_at: NOW,
    blocked_count: 1,
    blocked_note: 'Connected to the boutique’s own Wi-Fi',
    result: 'pending',
  });

  // After 19:00 Paris with no result: "no appointment e-mail yet", not silently lost.
  await expect(you.getByText('Result after 19:00 Paris on Sat 5 Dec')).toBeVisible();
  await app.clock.setFixedTime(new Date('2026-12-05T18:20:00.000Z'));
  await expect(you.getByText('No appointment e-mail yet')).toBeVisible();

  // The e-mail came: granted at 14:30 Paris = 08:30 in New York.
  await you.getByRole('button', { name: 'Record result' }).click();
  const result = app.getByRole('dialog', { name: 'Record the result' });
  // Saturday 13:00: the answer can still come this evening, so the dialog starts on "Still waiting".
  await expect(result.getByRole('radio', { name: /Still waiting/ })).toBeChecked();
  await result.getByRole('radio', { name: /Appointment granted/ }).check();
  await result.getByLabel('Time in Paris').fill('14:30');
  await expect(result.getByText('Mon 7 Dec, 08:30 in New York')).toBeVisible();
  // The SMS names the boutique: it starts on the one preferred, and may be another.
  await expect(result.getByLabel('Boutique of the appointment').locator('option:checked')).toHaveText('George V');
  await result.getByLabel('Boutique of the appointment').selectOption({ label: 'Faubourg Saint-Honoré' });
  await result.getByLabel('The answer came by').selectOption({ label: 'SMS' });
  await result.getByRole('button', { name: 'Save result' }).click();
  await expect(result).toBeHidden();
  await expect(you.getByText('Mon 7 Dec, 14:30 Paris')).toBeVisible();
  await expect(you.getByText('at Faubourg Saint-Honoré · by SMS')).toBeVisible();
  await expect(you.getByText('Mon 7 Dec, 08:30 New York')).toBeVisible();

  // The time moves during the day; the first one is kept.
  await you.getByRole('button', { name: 'Move' }).click();
  const move = app.getByRole('dialog', { name: 'Move the appointment' });
  await move.getByLabel('Time in Paris').fill('16:00');
  await move.getByRole('button', { name: 'Move it' }).click();
  await expect(you.getByText('Mon 7 Dec, 16:00 Paris')).toBeVisible();
  await expect(you.getByText('moved from 14:30 Paris')).toBeVisible();
  expect(
    harness.journal.sqlite.prepare('SELECT result, appointment_at, original_appointment_at FROM appointment_attempts').get(),
  ).toEqual({ result: 'time_changed', appointment_at: '2026-12-07T15:00:00.000Z', original_appointment_at: '2026-12-07T13:30:00.000Z' });

  // Anna's own row: a second attempt, hers, with no boutique preference.
  await app.getByRole('radio', { name: 'No preference' }).check();
  await monday.getByRole('button', { name: 'Record an attempt for Mon 7 Dec · Anna' }).click();
  await expect(monday.getByRole('list', { name: 'Lottery steps for Anna · Mon 7 Dec' })).toBeVisible();
  const anna = harness.journal.sqlite.prepare('SELECT companion_id FROM appointment_attempts ORDER BY id DESC').pluck().get();
  expect(anna).toBe(trip.companions[0]!.id);

  // The statistics now count both: one appointment out of one known result, one pending.
  await app.getByRole('link', { name: 'Statistics' }).click();
  await expect(app.locator('.stats-big')).toHaveText('1 of 1 · 100%');
  await expect(app.getByText('2 attempts recorded · 1 appointment · 1 pending')).toBeVisible();
  const byBoutique = app.getByRole('region', { name: 'By boutique preference' });
  await expect(byBoutique.getByRole('row', { name: /George V/ })).toContainText('1 of 1 · 100%');
  await expect(byBoutique.getByRole('row', { name: /No preference/ })).toContainText('no result yet');
  await expect(app.getByRole('region', { name: 'By weekday of the wanted day' }).getByRole('row', { name: /Monday/ })).toContainText('2');
  await noSeriousViolations(app, 'statistics');
});

test('attempts of any method: list with filters, record, detail and edit', async ({ app, harness, call }) => {
  const trip = await december(call);
  const sevres = (await call('boutiques.list', undefined)).find((b) => b.code === 'sevres')!;
  await call('attempts.create', { method: 'lottery', wantedDay: '2026-12-07', tripId: trip.id, result: 'not_granted' });
  await call('attempts.create', { method: 'lottery', wantedDay: '2026-12-08', tripId: trip.id, companionId: trip.companions[0]!.id });
  await openAt(app, `${harness.url}#/appointments/list`);
  await expect(app.getByRole('row')).toHaveCount(3);

  // Record a walk-in from the list.
  await app.getByRole('button', { name: 'Record an attempt' }).click();
  const form = app.getByRole('dialog', { name: 'Record an attempt' });
  await form.getByLabel('How').selectOption('walk_in');
  await form.getByLabel('Appointment wanted on').fill('2026-12-09');
  await form.getByLabel('Trip').selectOption(String(trip.id));
  await form.getByLabel('Boutique', { exact: true }).selectOption(String(sevres.id));
  await form.getByLabel('Result', { exact: true }).selectOption('granted');
  await form.getByLabel('Appointment time (Paris)').fill('15:10');
  await form.getByLabel('What was offered').fill('Evelyne PM Étoupe');
  await form.getByLabel('What was bought').fill('Evelyne PM Étoupe');
  await form.getByRole('button', { name: 'Record attempt' }).click();

  await expect(app.getByRole('heading', { name: 'Walk-in · Wed 9 Dec 2026' })).toBeVisible();
  await expect(app.getByText('Wed 9 Dec, 15:10 Paris')).toBeVisible();
  await expect(app.getByText('Wed 9 Dec, 09:10 New York')).toBeVisible();
  await expect(app.getByRole('definition').filter({ hasText: 'Evelyne PM Étoupe' })).toHaveCount(2);
  // No lottery steps on a walk-in.
  await expect(app.getByRole('list', { name: /Lottery steps/ })).toHaveCount(0);
  await noSeriousViolations(app, 'attempt detail');

  // Edit: it was not granted after all.
  await app.getByRole('button', { name: 'Edit' }).click();
  const edit = app.getByRole('dialog', { name: 'Edit the attempt' });
  await edit.getByLabel('Result', { exact: true }).selectOption('not_granted');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(app.getByText('Not granted', { exact: true })).toBeVisible();

  // Filters.
  await app.getByRole('link', { name: 'All attempts' }).click();
  await expect(app.getByRole('row')).toHaveCount(4);
  await app.getByLabel('Method').selectOption('walk_in');
  await expect(app.getByRole('row')).toHaveCount(2);
  await expect(app.getByRole('row').nth(1)).toContainText('Sèvres');
  await app.getByLabel('Method').selectOption('');
  await app.getByLabel('Result').selectOption('pending');
  await expect(app.getByRole('row')).toHaveCount(2);
  await expect(app.getByRole('row').nth(1)).toContainText('Anna');
  await app.getByLabel('Result').selectOption('');
  await app.getByLabel('Boutique').selectOption('none');
  await expect(app.getByRole('row')).toHaveCount(3);
  await app.getByRole('button', { name: 'Clear filters' }).click();
  await app.getByLabel('Wanted from').fill('2026-12-08');
  await expect(app.getByRole('row')).toHaveCount(3);
  await noSeriousViolations(app, 'attempts list');

  // A lottery attempt's detail: its window and steps, and deletion.
  await app.getByRole('link', { name: 'Tue 8 Dec 2026' }).click();
  await expect(app.getByRole('heading', { name: 'Online lottery · Tue 8 Dec 2026' })).toBeVisible();
  await expect(app.getByText('Apply on Mon 7 Dec')).toBeVisible();
  await expect(app.getByRole('list', { name: 'Lottery steps for Anna' })).toBeVisible();
  await app.getByRole('button', { name: 'Delete' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Delete attempt' }).click();
  await expect(app.getByRole('heading', { name: 'Appointments' })).toBeVisible();
  expect(harness.journal.sqlite.prepare('SELECT count(*) FROM appointment_attempts').pluck().get()).toBe(2);
});

test('empty states, and the reminder banner for an open window', async ({ app, harness, call }) => {
  await openAt(app, `${harness.url}#/appointments`);
  await expect(app.getByRole('heading', { name: 'No trip to plan yet' })).toBeVisible();
  await noSeriousViolations(app, 'trip picker');
  await app.getByRole('link', { name: 'Attempts' }).click();
  await expect(app.getByRole('heading', { name: 'No attempts yet' })).toBeVisible();

  await december(call);
  await app.reload();
  const banner = app.getByRole('complementary', { name: 'Reminders' });
  await expect(banner.getByText('Lottery open now')).toBeVisible();
  await expect(banner).toContainText('for Mon 7 Dec: 6 h 00 min 00 s left, until 19:00 Paris · 13:00 New York. Still to register: you and Anna.');
  // In the last hour it turns urgent.
  await app.clock.setFixedTime(new Date('2026-12-05T17:30:00.000Z'));
  await expect(banner.getByText('Lottery closes soon')).toBeVisible();
  // The window for Sat 5 Dec closed yesterday evening with nobody's attempt recorded: one banner at a time, that one behind "1 more".
  const missed = banner.getByText(/Window closed\s*for Sat 5 Dec at 19:00 Paris · 13:00 New York with no attempt recorded for you and Anna/);
  await expect(missed).toBeHidden();
  await banner.getByRole('button', { name: '1 more' }).click();
  await expect(missed).toBeVisible();
  await banner.getByRole('button', { name: 'Dismiss the reminder for Mon 7 Dec' }).click();
  await expect(banner.getByText('Lottery closes soon')).toBeHidden();
  await expect(missed).toBeVisible();
  await banner.getByRole('button', { name: 'Dismiss the reminder for Sat 5 Dec' }).click();
  await expect(banner).toBeHidden();
  // Dismissed in the journal: a reload does not bring them back.
  await app.reload();
  await expect(app.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(banner).toBeHidden();
});

test('a minor cannot be chosen as who applied to the lottery, and the form says why when a walk-in becomes one', async ({ app, harness, call }) => {
  const trip = await december(call);
  const leo = trip.companions[1]!;
  await openAt(app, `${harness.url}#/appointments/list`);
  await app.getByRole('button', { name: 'Record an attempt' }).first().click();
  const form = app.getByRole('dialog', { name: 'Record an attempt' });
  await form.getByLabel('How').selectOption('lottery');
  await form.getByLabel('Trip').selectOption(String(trip.id));
  const who = form.getByLabel('Who applied');
  await expect(who.getByRole('option', { name: 'Léo (under 18: cannot apply)' })).toBeDisabled();
  await expect(who.getByRole('option', { name: 'Anna' })).toBeEnabled();

  // A walk-in with Léo is fine; making it a lottery attempt is refused beside the field.
  await form.getByLabel('How').selectOption('walk_in');
  await expect(who.getByRole('option', { name: 'Léo (minor)' })).toBeEnabled();
  await form.getByLabel('Appointment wanted on').fill('2026-12-07');
  await who.selectOption(String(leo.id));
  await form.getByRole('button', { name: 'Record attempt' }).click();
  await expect(app.getByRole('heading', { name: 'Walk-in · Mon 7 Dec 2026' })).toBeVisible();
  const before = harness.journal.sqlite.prepare('SELECT method, companion_id FROM appointment_attempts').all();
  await app.getByRole('button', { name: 'Edit' }).click();
  const edit = app.getByRole('dialog', { name: 'Edit the attempt' });
  await edit.getByLabel('How').selectOption('lottery');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit.getByText('Léo is under 18 and cannot apply to the lottery: choose an adult travelling with you, or yourself, under "Who applied".')).toBeVisible();
  expect(harness.journal.sqlite.prepare('SELECT method, companion_id FROM appointment_attempts').all()).toEqual(before);
});

test.describe('steps ticked after the window', () => {
  // Wednesday 9 December: the window for Monday 7 December (Saturday 5, 10:30–19:00 Paris) has closed.
  const LATER = '2026-12-09T10:00:00.000Z';
  test.use({ now: LATER });

  test('ticking a step asks when it happened, keeps that time, and a time outside the window is refused with the window named', async ({ app, harness, call }) => {
    const trip = await december(call);
    const attempt = await call('attempts.create', { method: 'lottery', wantedDay: '2026-12-07', tripId: trip.id });
    await openAt(app, `${harness.url}#/appointments/${attempt.id}`, LATER);
    const steps = app.getByRole('list', { name: 'Lottery steps for You' });
    await steps.getByRole('checkbox', { name: 'Form accepted' }).click(); // not ticked yet: asked first
    const ask = app.getByRole('dialog', { name: 'When was the form accepted?' });
    await expect(ask.getByText('The window was open Sat 5 Dec, 10:30–19:00 Paris.')).toBeVisible();
    await expect(ask.getByLabel('Day (Paris)')).toHaveValue('2026-12-05');
    await ask.getByLabel('Time in Paris').fill('10:42');
    await expect(ask.getByText('Sat 5 Dec, 04:42 in New York')).toBeVisible();
    await ask.getByRole('button', { name: 'Tick it' }).click();
    await expect(ask).toBeHidden();
    await expect(steps.getByText('Sat 5 Dec, 10:42 Paris')).toBeVisible();
    await expect(steps.getByText('Sat 5 Dec, 04:42 New York')).toBeVisible();

    // Corrected afterwards: a time after the window closed is refused, and the first time stays.
    await steps.getByRole('button', { name: 'Change the time of “Form accepted”' }).click();
    const change = app.getByRole('dialog', { name: 'When was the form accepted?' });
    await expect(change.getByLabel('Time in Paris')).toHaveValue('10:42');
    await change.getByLabel('Time in Paris').fill('19:30');
    await change.getByRole('button', { name: 'Change the time' }).click();
    await expect(
      change.getByText('“Form accepted” at Sat 5 Dec, 19:30 Paris is outside the window for Mon 7 Dec: it was open Sat 5 Dec, 10:30–19:00 Paris. Enter the time it happened.'),
    ).toBeVisible();
    await change.getByRole('button', { name: 'Cancel' }).click();
    expect((await call('attempts.get', { id: attempt.id })).formAcceptedAt).toBe('2026-12-05T09:42:00.000Z');

    // The e-mail followed a few minutes later: asked too, starting from the form's time.
    await steps.getByRole('checkbox', { name: 'Confirmation e-mail' }).click();
    const email = app.getByRole('dialog', { name: 'When did the confirmation e-mail come?' });
    await expect(email.getByLabel('Time in Paris')).toHaveValue('10:42');
    await email.getByLabel('Time in Paris').fill('10:44');
    await email.getByRole('button', { name: 'Tick it' }).click();
    await expect(steps.getByText('Sat 5 Dec, 10:44 Paris')).toBeVisible();

    // The evening of the window has passed: the result starts on "No appointment", never on "granted".
    await app.getByRole('button', { name: 'Record result' }).click();
    const result = app.getByRole('dialog', { name: 'Record the result' });
    await expect(result.getByRole('radio', { name: /No appointment/ })).toBeChecked();
    await expect(result.getByRole('radio', { name: /Appointment granted/ })).not.toBeChecked();
  });
});

test('a lottery attempt or a walk-in at a Paris boutique on a closed day is refused under the day, with what to do; nothing is saved', async ({ app, harness, call }) => {
  const trip = await december(call);
  await openAt(app, `${harness.url}#/appointments/list`);
  await app.getByRole('button', { name: 'Record an attempt' }).first().click();
  const form = app.getByRole('dialog', { name: 'Record an attempt' });
  await form.getByLabel('How').selectOption('lottery');
  await form.getByLabel('Appointment wanted on').fill('2026-12-06'); // a Sunday
  await form.getByLabel('Trip').selectOption(String(trip.id));
  await form.getByRole('button', { name: 'Record attempt' }).click();
  await expect(
    form.getByText('The Paris boutiques are closed on Sun 6 Dec 2026 (a Sunday): the lottery cannot book an appointment that day. Choose an open day, or mark the day open in Settings › Paris boutique calendar if they open that day.'),
  ).toBeVisible();
  await form.getByLabel('How').selectOption('walk_in');
  await form.getByLabel('Appointment wanted on').fill('2026-12-25');
  const sevres = (await call('boutiques.list', undefined)).find((b) => b.code === 'sevres')!;
  await form.getByLabel('Boutique', { exact: true }).selectOption(String(sevres.id));
  await form.getByRole('button', { name: 'Record attempt' }).click();
  await expect(form.getByText(/^The Paris boutiques are closed on Fri 25 Dec 2026, Christmas Day \(Noël\): a walk-in would find the door shut\./)).toBeVisible();
  expect(await call('attempts.list', undefined)).toEqual([]);
});

test('an archived Paris boutique leaves the planner’s preference choices', async ({ app, harness, call }) => {
  const trip = await december(call);
  const sevres = (await call('boutiques.list', undefined)).find((b) => b.code === 'sevres')!;
  await call('boutiques.archive', { id: sevres.id });
  await openAt(app, `${harness.url}#/appointments/plan/${trip.id}`);
  await expect(app.getByRole('radio', { name: 'George V' })).toBeVisible();
  await expect(app.getByRole('radio', { name: 'Sèvres' })).toHaveCount(0);
  await expect(app.getByRole('radio', { name: 'No preference' })).toBeVisible();
});
