/**
 * Store visits, the brief and the debrief, as a person uses them: a two-store patrol entered in
 * one form and seen on the calendar and the trip page; the brief of the sample journal's granted
 * appointment; a debrief that writes an interaction, a declined offer and a purchase at once.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { seedSample } from '../../scripts/sample-journal';
import { expect, test } from './fixtures';

test('a two-store patrol is one form, and both stops show on the calendar and the trip page', async ({ app, harness, call }) => {
  const trip = await call('trips.create', { title: 'Paris weekend', city: 'Paris', startDay: '2026-11-20', endDay: '2026-11-22' });
  const [fsh, georgeV] = await call('boutiques.list', undefined);
  await app.goto(`${harness.url}#/visits`);
  await expect(app.getByRole('heading', { name: 'No store visits yet' })).toBeVisible();
  await app.getByRole('button', { name: 'Record a visit' }).first().click();
  const form = app.getByRole('dialog', { name: 'New store visit' });
  await form.getByLabel('Day').fill('2026-11-21');
  const first = form.getByRole('group', { name: 'The visit' });
  await first.getByLabel('Boutique').selectOption(String(fsh!.id));
  await first.getByLabel('Time').fill('10:45');
  await first.getByLabel('What you asked for').fill('A Kelly 25 in Gold');
  await first.getByLabel('Outcome').selectOption('nothing');
  await form.getByRole('button', { name: 'Add a stop' }).click();
  const patrol = app.getByRole('dialog', { name: 'New patrol · 2 stores' });
  const second = patrol.getByRole('group', { name: 'Stop 2' });
  await second.getByLabel('Boutique').selectOption(String(georgeV!.id));
  await second.getByLabel('Time').fill('12:30');
  await second.getByLabel('What was available or shown').fill('A Picotin 18');
  await second.getByText('The bag shown (specification)').click();
  await second.getByLabel('Model').fill('Picotin');
  await second.getByLabel('Exterior colour').fill('Vert Criquet');
  await second.getByLabel('The leather desk was involved').check();
  await second.getByLabel('Outcome').selectOption('offered');
  await patrol.getByRole('button', { name: 'Save the patrol (2 stops)' }).click();
  await expect(patrol).toBeHidden();

  const day = app.getByRole('region', { name: 'Sat 21 Nov 2026' });
  await expect(day).toContainText('Patrol · 2 stores');
  await expect(day.getByRole('link')).toHaveCount(2);
  await expect(day.getByRole('link').nth(0)).toContainText('Faubourg Saint-Honoré · 10:45');
  await expect(day.getByRole('link').nth(1)).toContainText('George V · 12:30');
  await expect(day.getByRole('link').nth(1)).toContainText('Leather desk');
  await expect(day.getByRole('link').nth(1)).toContainText('Vert Criquet');

  await app.goto(`${harness.url}#/calendar/month/2026-11-21/paris`);
  const cell = app.locator('.fc-daygrid-day[data-date="2026-11-21"]');
  await expect(cell.locator('a.cal-event--visit')).toHaveCount(2);
  await expect(cell.locator('a.cal-event--visit').first()).toContainText('FSH');
  await expect(cell.locator('a.cal-event--visit').nth(1)).toContainText('George V');

  await app.goto(`${harness.url}#/trips/${trip.id}`);
  const card = app.getByRole('region', { name: 'Store visits during the trip' });
  await expect(card.getByRole('link', { name: /Faubourg Saint-Honoré/ })).toBeVisible();
  await expect(card.getByRole('link', { name: /George V/ })).toBeVisible();
});

test('a visit marked done that is still ahead is refused in a sentence, and nothing is saved', async ({ app, harness, call }) => {
  const [fsh] = await call('boutiques.list', undefined);
  await app.goto(`${harness.url}#/visits/new`);
  const form = app.getByRole('dialog', { name: 'New store visit' });
  await form.getByLabel('Day').fill('2026-11-25');
  await form.getByLabel('Boutique').selectOption(String(fsh!.id));
  await form.getByRole('button', { name: 'Save the visit' }).click();
  await expect(form.getByText('A visit on Wed 25 Nov 2026 has not happened yet: mark it planned, or give the day it happened. Nothing was saved.').first()).toBeVisible();
  expect(await call('visits.list', undefined)).toEqual([]);
  await form.getByLabel('Status').selectOption('planned');
  await form.getByRole('button', { name: 'Save the visit' }).click();
  await expect(form).toBeHidden();
  await expect(app.getByRole('region', { name: 'Wed 25 Nov 2026' })).toContainText('Planned');
});

test('the brief of the sample journal’s granted appointment: wishlist, spend at that store, days since the last offer, the SA’s last notes', async ({ app, harness, call }) => {
  seedSample(harness.journal);
  const appointment = (await call('attempts.list', { method: 'lottery' })).find((a) => a.wantedDay === '2026-12-08' && a.result === 'granted')!;
  await app.goto(`${harness.url}#/appointments/${appointment.id}`);
  await app.getByRole('link', { name: 'Brief' }).click();
  const brief = app.getByRole('article', { name: 'Brief' });
  await expect(brief.getByRole('heading', { name: 'Appointment at Faubourg Saint-Honoré' })).toBeVisible();
  await expect(brief).toContainText('Tue 8 Dec 2026 · 14:30 Paris');
  await expect(brief).toContainText('24 Rue du Faubourg Saint-Honoré');
  const ask = brief.getByRole('region', { name: 'What to ask for' });
  await expect(ask.getByRole('listitem').first()).toContainText('Kelly 25');
  await expect(ask.getByRole('listitem').first()).toContainText('Most wanted');
  const spend = brief.getByRole('region', { name: 'Spend at Faubourg Saint-Honoré' });
  await expect(spend.getByRole('row', { name: /EUR/ }).first()).toContainText('€29,640.00');
  await expect(spend.getByRole('row', { name: /EUR/ }).first()).toContainText('€43,790.00');
  await expect(spend).toContainText(/Last offer\s*\d+ days ago · Kelly/);
  const sa = brief.getByRole('region', { name: 'Hélène Dubois at a glance' });
  await expect(sa.getByRole('listitem').first()).toContainText('Told her about the 8 December appointment');
  await expect(sa).toContainText('She remembers the Constance');
  await expect(brief.getByRole('region', { name: 'Advice to yourself' })).toContainText('Ask for the Kelly 25 first');

  // Printed: the page alone, without the app around it.
  await app.emulateMedia({ media: 'print' });
  await expect(app.locator('.sidebar')).toBeHidden();
  await expect(app.getByRole('button', { name: 'Print' })).toBeHidden();
  await expect(brief).toBeVisible();
});

test('a debrief makes an interaction, a declined offer and a purchase at once', async ({ app, harness, call }) => {
  const [, georgeV] = await call('boutiques.list', undefined);
  const camille = await call('contacts.create', { name: 'Camille Roche', role: 'sa', boutiqueId: georgeV!.id });
  const attempt = await call('attempts.create', {
    method: 'lottery',
    wantedDay: '2026-11-21',
    boutiqueId: georgeV!.id,
    contactId: camille.id,
    result: 'granted',
    appointmentAt: '2026-11-21T11:00:00+01:00',
  });
  await app.goto(`${harness.url}#/appointments/${attempt.id}`);
  await app.getByRole('link', { name: 'Debrief' }).click();
  const form = app.getByRole('form', { name: 'Debrief' });
  await form.getByLabel("What happened, for Camille Roche's log").fill('Shown a Picotin; Camille will call when a Kelly 25 comes in.');
  await form.getByLabel('Next follow-up').fill('2026-12-15');
  await form.getByRole('button', { name: 'Add an offer' }).click();
  const offer = form.getByRole('group', { name: 'Offer 1' });
  await offer.getByLabel('What was offered').fill('Picotin');
  await offer.getByLabel('Size').fill('18');
  await offer.getByLabel('Your answer').selectOption('declined');
  await offer.getByLabel('Why').fill('Not the colour I want');
  await form.getByRole('button', { name: 'Add a purchase' }).click();
  const purchase = form.getByRole('group', { name: 'Purchase 1' });
  await purchase.getByLabel('Description').fill('Carré 90');
  await purchase.getByLabel('Price paid').fill('550');

  // A blank part refuses the whole debrief, in the words of the form.
  await offer.getByLabel('What was offered').fill('');
  await form.getByRole('button', { name: 'Save the debrief' }).click();
  await expect(offer.getByText('What was offered is required.')).toBeVisible();
  expect(await call('interactions.list', { contactId: camille.id })).toEqual([]);

  await offer.getByLabel('What was offered').fill('Picotin');
  await form.getByRole('button', { name: 'Save the debrief' }).click();
  await expect(app.getByText('Debrief saved: the interaction, 1 offer, 1 purchase, the follow-up on Tue 15 Dec 2026.')).toBeVisible();
  await expect(app).toHaveURL(new RegExp(`#/appointments/${attempt.id}$`));

  await app.goto(`${harness.url}#/contacts/${camille.id}`);
  await expect(app.getByText('Shown a Picotin; Camille will call when a Kelly 25 comes in.')).toBeVisible();
  await app.goto(`${harness.url}#/offers`);
  await expect(app.getByText('Picotin 18').first()).toBeVisible();
  await expect(app.getByText('Declined').first()).toBeVisible();
  await app.goto(`${harness.url}#/purchases`);
  await expect(app.getByText('Carré 90').first()).toBeVisible();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`axe finds no serious or critical issue on the visits, a visit, its form and the brief (${scheme})`, async ({ app, harness, call }) => {
    seedSample(harness.journal);
    await app.emulateMedia({ colorScheme: scheme });
    const check = async (page: Page, what: string) => {
      const result = await new AxeBuilder({ page }).analyze();
      const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(bad.map((v) => `${what}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
    };
    const visits = await call('visits.list', undefined);
    const appointment = (await call('attempts.list', { method: 'lottery' })).find((a) => a.wantedDay === '2026-12-08' && a.result === 'granted')!;
    await app.goto(`${harness.url}#/visits`);
    await expect(app.getByRole('region', { name: 'Fri 18 Sep 2026' })).toBeVisible();
    await check(app, 'visits');
    await app.goto(`${harness.url}#/visits/${visits.find((v) => v.patrolStop === 1)!.id}`);
    await expect(app.getByRole('heading', { name: 'Visit to George V' })).toBeVisible();
    await check(app, 'visit');
    await app.getByRole('button', { name: 'Edit' }).click();
    await expect(app.getByRole('dialog')).toBeVisible();
    await check(app, 'visit form');
    await app.goto(`${harness.url}#/visits/brief/attempt/${appointment.id}`);
    await expect(app.getByRole('article', { name: 'Brief' })).toBeVisible();
    await check(app, 'brief');
  });
}

test('the dashboard lists the briefs to read in the next two weeks, each one click from its brief', async ({ app, harness }) => {
  seedSample(harness.journal);
  await app.goto(`${harness.url}#/dashboard`);
  const card = app.getByRole('region', { name: 'Briefs to read' });
  await card.getByRole('link', { name: 'Visit to Sèvres · Sat 5 Dec · 15:30' }).click();
  await expect(app.getByRole('article', { name: 'Brief' }).getByRole('heading', { name: 'Visit to Sèvres' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'What to ask for' })).toContainText('Kelly 25');
});
