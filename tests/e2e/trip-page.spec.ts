import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { test, expect, type Fixtures } from './fixtures';
import { pdfPages } from './pdf';

/**
 * The journal's clock is after the trip (offers can only be recorded once they happened); the
 * page's clock is Wed 14 Apr 2027, 12:00 in Paris: day 3 of the six-day stay (Mon 12 – Sat 17).
 */
const JOURNAL_NOW = '2027-04-20T10:00:00.000Z';
const PAGE_NOW = '2027-04-14T10:00:00.000Z';
test.use({ now: JOURNAL_NOW });

type Call = Fixtures['call'];

async function seedSpring(call: Call) {
  await call('settings.update', { homeZone: 'America/New_York' });
  const [fsh, georgeV, sevres] = await call('boutiques.list', undefined);
  const trip = await call('trips.create', {
    title: 'Paris in spring',
    city: 'Paris',
    startDay: '2027-04-12',
    endDay: '2027-04-17',
    hotelName: 'Le Bristol',
    hotelConcierge: 'Marc Duval',
    companions: [
      { name: 'Anna', adult: true },
      { name: 'Léo', adult: false },
    ],
    boutiqueIds: [fsh!.id, georgeV!.id, sevres!.id],
    wishlist: [
      { model: 'Kelly', size: '25', leather: 'Epsom', colour: 'Gold', hardware: 'GHW', priority: 1 },
      { model: 'Evelyne', size: 'PM', colour: 'Étoupe', priority: 2 },
    ],
    notes: 'Walk in at Sèvres in the afternoon.',
  });
  const anna = trip.companions.find((c) => c.name === 'Anna')!;
  await call('attempts.create', { method: 'lottery', wantedDay: '2027-04-13', tripId: trip.id, result: 'not_granted' });
  await call('attempts.create', {
    method: 'lottery',
    wantedDay: '2027-04-13',
    tripId: trip.id,
    companionId: anna.id,
    boutiqueId: georgeV!.id,
    result: 'granted',
    appointmentAt: '2027-04-13T15:30:00+02:00',
  });
  await call('attempts.create', { method: 'walk_in', wantedDay: '2027-04-12', tripId: trip.id, boutiqueId: sevres!.id, result: 'granted', appointmentAt: '2027-04-12T16:10:00+02:00' });
  const camille = await call('contacts.create', { name: 'Camille Roche', role: 'sa', boutiqueId: georgeV!.id, department: 'Leather goods' });
  const julien = await call('contacts.create', { name: 'Julien Lefèvre', role: 'sa', boutiqueId: sevres!.id });
  await call('interactions.create', { contactId: camille.id, day: '2027-04-13', kind: 'visited', summary: 'Showed me the Constance after the appointment.' });
  await call('interactions.create', { contactId: julien.id, day: '2027-04-01', kind: 'messaged', summary: 'Told him about the trip.' });
  await call('purchases.create', {
    day: '2027-04-12',
    boutiqueId: sevres!.id,
    tripId: trip.id,
    currency: 'EUR',
    items: [{ category: 'shoes', description: 'Oran sandals, Noir', priceMinor: 72000 }],
  });
  await call('purchases.create', {
    day: '2027-04-13',
    boutiqueId: georgeV!.id,
    contactId: camille.id,
    tripId: trip.id,
    currency: 'EUR',
    items: [
      { category: 'scarves', description: 'Carré 90 Brides de Gala', priceMinor: 52000 },
      { category: 'jewelry', description: 'Clic H bracelet', priceMinor: 72000 },
    ],
  });
  await call('purchases.create', {
    day: '2027-04-14',
    tripId: trip.id,
    currency: 'USD',
    items: [{ category: 'small_leather_goods', description: 'Calvi card holder', priceMinor: 45000 }],
  });
  // Bought during the stay but not linked to the trip: offered for linking, not counted.
  await call('purchases.create', {
    day: '2027-04-15',
    boutiqueId: fsh!.id,
    currency: 'EUR',
    items: [{ category: 'scarves', description: 'Twilly, Faubourg', priceMinor: 23000 }],
  });
  const constance = await call('offers.create', {
    day: '2027-04-13',
    time: '16:05',
    boutiqueId: georgeV!.id,
    contactId: camille.id,
    source: 'appointment',
    model: 'Constance',
    size: '18',
    leather: 'Epsom',
    colour: 'Rouge Casaque',
    quota: false,
  });
  const earlier = await call('offers.create', { day: '2027-03-01', boutiqueId: georgeV!.id, source: 'sa_call', model: 'Lindy', size: '26' });
  return { trip, anna, camille, julien, constance, earlier };
}

async function openAt(app: Page, url: string, at = PAGE_NOW) {
  await app.clock.setFixedTime(new Date(at));
  // A full load: the page was opened before the test seeded the journal, and a change of hash
  // alone would keep what it read then.
  await app.goto(url);
  await app.reload();
}

const section = (app: Page, name: string) => app.getByRole('region', { name, exact: true });
const dayRow = (app: Page, label: RegExp) => section(app, 'Day by day').getByRole('row').filter({ has: app.getByRole('rowheader', { name: label }) });

async function noSeriousViolations(app: Page, screen: string) {
  const result = await new AxeBuilder({ page: app }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${screen}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
}

function hasPdftoppm(): boolean {
  try {
    execFileSync('pdftoppm', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

test('the trip page gathers the stay: each day with its lottery, appointments, purchases, people and offers', async ({ app, harness, call }) => {
  const { trip, camille, julien, constance, earlier } = await seedSpring(call);
  await openAt(app, `${harness.url}#/trips/${trip.id}`);

  await expect(app.getByRole('heading', { name: 'Paris in spring', level: 1 })).toBeVisible();
  await expect(app.getByText('Day 3 of 6', { exact: true })).toBeVisible();
  await expect(section(app, 'Stay')).toContainText('Le Bristol');
  await expect(section(app, 'Stay')).toContainText('Marc Duval');
  await expect(section(app, 'Travelling')).toContainText('Anna adult · can apply');
  await expect(section(app, 'Boutiques to visit')).toContainText('17 Rue de Sèvres, 75006 Paris, France');
  const facts = app.getByRole('region', { name: 'Key facts' });
  await expect(facts.getByRole('definition')).toHaveText(['6', '2', '2', '€1,960.00 · $450.00', '1', '1']);
  await expect(facts.getByRole('term')).toHaveText(['lottery days', 'lottery tries', 'appointments', 'spent', 'person met', 'offer']);
  await expect(app.getByRole('link', { name: 'Lottery planner', exact: true })).toHaveAttribute('href', `#/appointments/plan/${trip.id}`);

  // Day 1 (Mon 12 Apr) is applied for on Sat 10 Apr, before the trip starts: the row says so, and only that one.
  await expect(dayRow(app, /^Monday 12 April/).getByRole('note')).toHaveText('The window opens Sat 10 Apr, before the trip starts (Mon 12 Apr): you must already be in France to apply.');
  await expect(app.getByRole('note').filter({ hasText: 'before the trip starts' })).toHaveCount(1);

  // Tue 13 Apr: applied for on Mon 12, 10:30–19:00 Paris (04:30–13:00 in New York); Anna won 15:30 at George V.
  const tuesday = dayRow(app, /^Tuesday 13 April/);
  await expect(tuesday).toContainText('Apply Mon 12 Apr');
  await expect(tuesday).toContainText('10:30–19:00 Paris04:30–13:00 New York');
  const applied = tuesday.getByRole('list', { name: 'Who applied for Tue 13 Apr' }).getByRole('listitem');
  await expect(applied).toHaveCount(2);
  await expect(applied.nth(0)).toHaveText(/You\s*Not granted/);
  await expect(applied.nth(1)).toHaveText(/Anna\s*Granted · 15:30/);
  await expect(tuesday.getByRole('link', { name: '15:30 George V' })).toBeVisible();
  await expect(tuesday).toContainText('online lottery · Anna · 09:30 New York');
  await expect(tuesday.getByRole('link', { name: 'Carré 90 Brides de Gala + 1 more' })).toBeVisible();
  await expect(tuesday).toContainText('€1,240.00');
  await expect(tuesday.getByRole('link', { name: 'Camille Roche' })).toHaveAttribute('href', `#/contacts/${camille.id}`);
  await expect(tuesday.getByRole('link', { name: 'Constance 18' })).toHaveAttribute('href', `#/offers/${constance.id}`);

  // Mon 12 Apr: the walk-in at Sèvres at 16:10 and the sandals; nobody applied to the lottery.
  const monday = dayRow(app, /^Monday 12 April/);
  await expect(monday.getByRole('link', { name: '16:10 Sèvres' })).toBeVisible();
  await expect(monday).toContainText('walk-in · You');
  await expect(monday.getByRole('link', { name: 'Oran sandals, Noir' })).toBeVisible();
  await expect(monday).toContainText('No attempt recorded');
  // Wed 14 Apr is today, with the dollar receipt; Thu 15's window opens later today.
  const wednesday = dayRow(app, /^Wednesday 14 April, today$/);
  await expect(wednesday.getByRole('rowheader')).toContainText('Today');
  await expect(wednesday).toContainText('$450.00');
  await expect(dayRow(app, /^Thursday 15 April/)).toContainText('Open now');
  await expect(section(app, 'Day by day').getByRole('row')).toHaveCount(7);
  // The unlinked receipt of Thu 15 is not on the day strip.
  await expect(dayRow(app, /^Thursday 15 April/)).not.toContainText('Twilly');

  // Purchases: three receipts, totals per currency, never summed across currencies.
  const purchases = section(app, 'Purchases');
  await expect(purchases.getByRole('row', { name: /Total in EUR/ })).toHaveText(/Total in EUR\s*· 2 receipts\s*€1,960.00/);
  await expect(purchases.getByRole('row', { name: /Total in USD/ })).toHaveText(/Total in USD\s*· 1 receipt\s*\$450.00/);
  await expect(purchases.getByRole('list', { name: 'Totals by boutique' })).toContainText('George V €1,240.00');

  // Contacts met during the stay only; offers made during the stay only.
  const met = section(app, 'Contacts met');
  await expect(met.getByRole('link', { name: 'Camille Roche' })).toHaveAttribute('href', `#/contacts/${camille.id}`);
  await expect(met).toContainText('Showed me the Constance after the appointment.');
  await expect(met.getByRole('link', { name: 'Julien Lefèvre' })).toHaveCount(0);
  expect(julien.id).toBeGreaterThan(0);
  const offers = section(app, 'Offers during the trip');
  await expect(offers.getByRole('link', { name: 'Constance 18' })).toHaveAttribute('href', `#/offers/${constance.id}`);
  await expect(offers).toContainText('Epsom · Rouge Casaque');
  await expect(offers).toContainText('Still deciding');
  await expect(offers.getByRole('link', { name: /Lindy/ })).toHaveCount(0);
  expect(earlier.id).not.toBe(constance.id);

  await expect(section(app, 'Trip notes')).toContainText('Walk in at Sèvres in the afternoon.');
  await expect(app.getByRole('region', { name: 'Decision notes' })).toBeVisible();
});

test('a receipt of the stay that is not linked to the trip can be linked from the trip page', async ({ app, harness, call }) => {
  const { trip } = await seedSpring(call);
  await openAt(app, `${harness.url}#/trips/${trip.id}`);
  const purchases = section(app, 'Purchases');
  await expect(purchases.getByRole('row', { name: /Total in EUR/ })).toContainText('€1,960.00');
  await purchases.getByRole('button', { name: 'Link Twilly, Faubourg to Paris in spring' }).click();
  await expect(purchases.getByRole('row', { name: /Total in EUR/ })).toHaveText(/· 3 receipts\s*€2,190.00/);
  await expect(purchases.getByRole('button', { name: /^Link / })).toHaveCount(0);
  await expect(dayRow(app, /^Thursday 15 April/).getByRole('link', { name: 'Twilly, Faubourg' })).toBeVisible();
  const linked = harness.journal.sqlite.prepare('SELECT trip_id FROM purchases WHERE day = ?').pluck().get('2027-04-15');
  expect(linked).toBe(trip.id);
});

test('a wish is marked offered then bought in one click each, and the status is still there after a reload', async ({ app, harness, call }) => {
  const { trip } = await seedSpring(call);
  await openAt(app, `${harness.url}#/trips/${trip.id}`);
  const wishlist = section(app, 'Wishlist');
  // Each row's group is named "Status" and described by the wish (so the row's model cell keeps its own name).
  const kelly = wishlist.getByRole('row', { name: /Kelly/ }).getByRole('radiogroup', { name: 'Status' });
  const evelyne = wishlist.getByRole('row', { name: /Evelyne/ }).getByRole('radiogroup', { name: 'Status' });
  await expect(kelly).toHaveAccessibleDescription('Kelly 25');
  await expect(kelly.getByRole('radio', { name: 'Wanted' })).toBeChecked();
  await expect(wishlist).toContainText('2 wanted');

  await kelly.getByRole('radio', { name: 'Offered' }).check();
  await evelyne.getByRole('radio', { name: 'Bought' }).check();
  const statuses = () => harness.journal.sqlite.prepare('SELECT model, status FROM trip_wishlist ORDER BY position').all();
  await expect.poll(statuses).toEqual([
    { model: 'Kelly', status: 'offered' },
    { model: 'Evelyne', status: 'bought' },
  ]);
  await expect(wishlist).toContainText('1 offered · 1 bought');

  // Keyboard: arrows move within the group and save at once.
  await kelly.getByRole('radio', { name: 'Offered' }).focus();
  await app.keyboard.press('ArrowRight');
  await expect.poll(statuses).toEqual([
    { model: 'Kelly', status: 'bought' },
    { model: 'Evelyne', status: 'bought' },
  ]);

  await app.reload();
  await expect(kelly.getByRole('radio', { name: 'Bought' })).toBeChecked();
  await expect(evelyne.getByRole('radio', { name: 'Bought' })).toBeChecked();
  // The other fields and the ids of the wishes are untouched.
  const rows = harness.journal.sqlite.prepare('SELECT id, model, size, leather, colour, hardware, priority FROM trip_wishlist ORDER BY position').all();
  expect(rows).toEqual([
    { id: trip.wishlist[0]!.id, model: 'Kelly', size: '25', leather: 'Epsom', colour: 'Gold', hardware: 'GHW', priority: 1 },
    { id: trip.wishlist[1]!.id, model: 'Evelyne', size: 'PM', leather: null, colour: 'Étoupe', hardware: null, priority: 2 },
  ]);
});

test('a status that cannot be saved goes back, with the reason beside the wishlist', async ({ app, harness, call }) => {
  const trip = await call('trips.create', { title: 'Gone', city: 'Paris', startDay: '2027-05-03', endDay: '2027-05-05', wishlist: [{ model: 'Picotin', size: '18' }] });
  await openAt(app, `${harness.url}#/trips/${trip.id}`);
  const wishlist = section(app, 'Wishlist');
  await expect(wishlist.getByRole('radio', { name: 'Wanted' })).toBeChecked();
  // Deleted elsewhere (another window) while this page was open.
  await call('trips.delete', { id: trip.id });
  await wishlist.getByRole('radio', { name: 'Bought' }).click({ force: true }); // click, not check: the status is meant to go back once the save is refused
  await expect(wishlist.getByRole('alert')).toHaveText(`Picotin 18 could not be marked bought: Trip ${trip.id} does not exist (it may have been deleted).`);
  await expect(wishlist.getByRole('radio', { name: 'Wanted' })).toBeChecked();
});

test('the trip sheet prints on exactly one A4 or Letter page, with the windows in Paris and home time', async ({ app, harness, call }, testInfo) => {
  const { trip } = await seedSpring(call);
  await openAt(app, `${harness.url}#/trips/${trip.id}`);
  await app.getByRole('link', { name: 'Trip sheet' }).click();
  await expect(app.getByRole('heading', { name: 'Trip sheet', level: 1 })).toBeVisible();
  const sheet = app.getByRole('article', { name: 'Trip sheet: Paris in spring' });
  await expect(sheet.getByRole('heading', { name: 'Paris in spring' })).toBeVisible();
  await expect(sheet).toContainText('Mon 12 Apr 2027 – Sat 17 Apr 2027 · 6 days · Paris');
  await expect(sheet).toContainText('Le Bristol');
  await expect(sheet).toContainText('Marc Duval');
  await expect(sheet).toContainText('Anna · adult, can apply');
  await expect(sheet).toContainText('Léo · under 18');
  for (const address of ['24 Rue du Faubourg Saint-Honoré, 75008 Paris, France', '42 Avenue George V, 75008 Paris, France', '17 Rue de Sèvres, 75006 Paris, France']) {
    await expect(sheet).toContainText(address);
  }
  await expect(sheet.getByText('usually 10:30–19:00, Mon–Sat')).toHaveCount(3);
  const windows = sheet.getByRole('table').first();
  await expect(windows.getByRole('columnheader', { name: 'New York' })).toBeVisible();
  await expect(windows.getByRole('row', { name: /^Mon 12 Apr/ })).toHaveText(/Mon 12 AprSat 10 Apr10:30–19:0004:30–13:00/);
  await expect(windows.getByRole('row', { name: /^Tue 13 Apr/ })).toContainText('15:30 George V · Anna');
  await expect(sheet.getByRole('table').nth(1)).toContainText('Kelly 25');
  await expect(sheet).toContainText('Walk in at Sèvres in the afternoon.');

  // The button opens the print dialog.
  await app.evaluate(() => {
    (window as unknown as { printed: number }).printed = 0;
    window.print = () => void ((window as unknown as { printed: number }).printed += 1);
  });
  await app.getByRole('button', { name: 'Print / Save as PDF' }).click();
  expect(await app.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);

  for (const format of ['A4', 'Letter'] as const) {
    const pdf = await app.pdf({ format });
    expect(pdfPages(pdf), `${format} pages`).toBe(1);
    const file = testInfo.outputPath(`trip-sheet-${format}.pdf`);
    fs.writeFileSync(file, pdf);
    if (hasPdftoppm()) {
      const prefix = testInfo.outputPath(`trip-sheet-${format}`);
      execFileSync('pdftoppm', ['-png', '-r', '60', file, prefix]);
      const pngs = fs.readdirSync(path.dirname(prefix)).filter((f) => f.startsWith(path.basename(prefix)) && f.endsWith('.png'));
      expect(pngs).toHaveLength(1);
      await testInfo.attach(`trip sheet ${format}`, { path: path.join(path.dirname(prefix), pngs[0]!), contentType: 'image/png' });
    }
  }
  // Printed, only the sheet shows: none of the app's navigation.
  await app.emulateMedia({ media: 'print' });
  await expect(app.getByRole('navigation', { name: 'Sections' })).toBeHidden();
  await expect(app.getByRole('button', { name: 'Print / Save as PDF' })).toBeHidden();
  await expect(sheet).toBeVisible();
});

test('a long trip with a long wishlist is scaled to stay on one page, and says so', async ({ app, harness, call }) => {
  const long = await call('trips.create', {
    title: 'Three weeks in Paris',
    city: 'Paris',
    startDay: '2027-06-01',
    endDay: '2027-06-21',
    companions: [1, 2, 3, 4].map((i) => ({ name: `Friend ${i}`, adult: true })),
    wishlist: Array.from({ length: 16 }, (_, i) => ({ model: `Wish ${i + 1}`, size: '25', leather: 'Togo', colour: 'Noir', hardware: 'GHW', priority: 2 as const })),
    notes: 'A long note. '.repeat(40),
  });
  await openAt(app, `${harness.url}#/trips/${long.id}/sheet`);
  await expect(app.getByRole('article', { name: 'Trip sheet: Three weeks in Paris' })).toBeVisible();
  await expect(app.getByText(/the sheet is printed at \d+ % so that it stays on one page/)).toBeVisible();
  for (const format of ['A4', 'Letter'] as const) expect(pdfPages(await app.pdf({ format })), `${format} pages`).toBe(1);
});

test('a new trip: every section says what to do first, with a link to the right screen', async ({ app, harness, call }) => {
  const trip = await call('trips.create', { title: 'Autumn', city: 'Paris', startDay: '2027-09-20', endDay: '2027-09-22' });
  await openAt(app, `${harness.url}#/trips/${trip.id}`);
  await expect(app.getByText('In 5 months', { exact: true })).toBeVisible();
  const days = section(app, 'Day by day');
  await expect(days).toContainText('No lottery attempt recorded for this trip yet.');
  await expect(days.getByRole('link', { name: 'plan the lottery' })).toHaveAttribute('href', `#/appointments/plan/${trip.id}`);
  await expect(section(app, 'Wishlist')).toContainText('Nothing on the wishlist yet.');
  await expect(section(app, 'Purchases').getByRole('link', { name: 'Add a receipt on the Purchases screen' })).toHaveAttribute('href', '#/purchases');
  await expect(section(app, 'Contacts met').getByRole('link', { name: 'contact’s page' })).toHaveAttribute('href', '#/contacts');
  await expect(section(app, 'Offers during the trip').getByRole('link', { name: 'record it on the Offers screen' })).toHaveAttribute('href', '#/offers');
  await expect(section(app, 'Trip notes')).toContainText('No notes for this trip yet');
  await noSeriousViolations(app, 'new trip, light');
  await app.emulateMedia({ colorScheme: 'dark' });
  await noSeriousViolations(app, 'new trip, dark');
  // The wishlist's button opens the trip form.
  await section(app, 'Wishlist').getByRole('button', { name: 'Add to the wishlist' }).click();
  await expect(app.getByRole('dialog', { name: 'Edit Autumn' })).toBeVisible();
});

test('the trip header counts down before the trip and says how long ago it ended', async ({ app, harness, call }) => {
  const trip = await call('trips.create', { title: 'Spring', city: 'Paris', startDay: '2027-04-25', endDay: '2027-04-30' });
  await openAt(app, `${harness.url}#/trips/${trip.id}`);
  await expect(app.getByText('In 11 days', { exact: true })).toBeVisible();
  await app.clock.setFixedTime(new Date('2027-07-01T10:00:00.000Z'));
  await app.reload();
  await expect(app.getByText('Ended 2 months ago', { exact: true })).toBeVisible();
});

test('no serious accessibility findings on the trip page (light and dark) and the sheet', async ({ app, harness, call }) => {
  const { trip } = await seedSpring(call);
  await openAt(app, `${harness.url}#/trips/${trip.id}`);
  await expect(section(app, 'Day by day').getByRole('row')).toHaveCount(7);
  await expect(section(app, 'Contacts met')).toContainText('Camille Roche');
  await noSeriousViolations(app, 'trip page, light');
  await app.emulateMedia({ colorScheme: 'dark' });
  await noSeriousViolations(app, 'trip page, dark');
  await app.goto(`${harness.url}#/trips/${trip.id}/sheet`);
  await expect(app.getByRole('article', { name: 'Trip sheet: Paris in spring' })).toBeVisible();
  await noSeriousViolations(app, 'trip sheet, dark');
  await app.emulateMedia({ colorScheme: 'light' });
  await noSeriousViolations(app, 'trip sheet, light');
});
