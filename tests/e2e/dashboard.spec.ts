import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The journal's clock: Monday 23 November 2026, 11:00 in Paris. */
test.use({ now: '2026-11-23T10:00:00.000Z' });

async function expectNoSeriousAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('an empty journal: every card says what to do first', async ({ app, harness }) => {
  await app.goto(`${harness.url}#/dashboard`);
  await expect(app.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(app.getByText('Monday 23 November 2026')).toBeVisible();
  const card = (name: string) => app.getByRole('region', { name });
  await expect(card('Next lottery window')).toContainText('Lottery windows come from the days of your trips');
  await expect(card('Next trip').getByRole('link', { name: 'Plan your first trip' })).toHaveAttribute('href', '#/trips');
  await expect(card('Special orders').getByRole('link', { name: 'Record an order' })).toHaveAttribute('href', '#/special-orders');
  await expect(card('Follow-ups due').getByRole('link', { name: 'Add a contact' })).toHaveAttribute('href', '#/contacts');
  await expect(card('Spend in 2026').getByRole('link', { name: 'Record a receipt' })).toHaveAttribute('href', '#/purchases');
  await expect(card('Offers').getByRole('link', { name: 'Record an offer' })).toHaveAttribute('href', '#/offers');
  await expect(card('Offers')).toContainText('Community-reported limit of two quota bags a year');
  await expectNoSeriousAxeViolations(app);
});

test('the cards show the next window with its countdown, the trip, orders, follow-ups and spend, each linking to its screen', async ({ app, harness, call }) => {
  await call('settings.update', { homeZone: 'America/New_York' });
  const trip = await call('trips.create', {
    title: 'Paris in December',
    city: 'Paris',
    startDay: '2026-12-04',
    endDay: '2026-12-09',
    hotelName: 'Le Bristol',
    companions: [{ name: 'Anna', adult: true }],
    wishlist: [{ model: 'Kelly' }],
  });
  const order = await call('specialOrders.create', {
    model: 'Birkin',
    size: '25',
    boutiqueId: 1,
    history: [
      { status: 'placed', day: '2026-01-10' },
      { status: 'waiting', day: '2026-02-01' },
    ],
  });
  const camille = await call('contacts.create', { name: 'Camille Martin', boutiqueId: 3, followUpOn: '2026-11-20' });
  await call('purchases.create', { day: '2026-03-14', currency: 'EUR', items: [{ category: 'shoes', description: 'Oran sandals', priceMinor: 72_000 }] });
  await call('purchases.create', { day: '2026-04-11', currency: 'USD', items: [{ category: 'scarves', description: 'Carré 90', priceMinor: 64_500 }] });

  await app.goto(`${harness.url}#/dashboard`);
  const lottery = app.getByRole('region', { name: 'Next lottery window' });
  // From Monday 10:00 UTC to Thursday 3 December 10:30 Paris (09:30 UTC): 9 days 23 h 30 min, ticking.
  await expect(lottery.getByRole('timer')).toHaveAccessibleName(/^Opens in 9 days 23 h (29|30) min$/);
  await expect(lottery).toContainText('For an appointment on Fri 4 Dec 2026');
  await expect(lottery).toContainText('Apply on Thu 3 Dec 2026, 10:30–19:00 Paris time');
  await expect(lottery).toContainText('That is 04:30–13:00 on Thu 3 Dec in New York.');
  await expect(lottery).toContainText('0 of 2 possible requests registered');
  await expect(lottery).toContainText('you must already be in France to apply');
  await expect(lottery.getByRole('link', { name: 'Calendar' })).toHaveAttribute('href', '#/calendar');

  const tripCard = app.getByRole('region', { name: 'Next trip' });
  await expect(tripCard).toContainText('in 11 days');
  await expect(tripCard).toContainText('2 travelling');
  await expect(tripCard).toContainText('1 still wanted on the wishlist');

  const orders = app.getByRole('region', { name: 'Special orders' });
  await expect(orders.getByRole('link', { name: /Birkin 25/ })).toHaveAttribute('href', `#/special-orders/${order.id}`);
  await expect(orders).toContainText('317 days since ordered');

  const follow = app.getByRole('region', { name: 'Follow-ups due' });
  await expect(follow.getByRole('link', { name: /Camille Martin/ })).toHaveAttribute('href', `#/contacts/${camille.id}`);
  await expect(follow).toContainText('3 days late');

  const spend = app.getByRole('region', { name: 'Spend in 2026' });
  await expect(spend).toContainText('€720.00');
  await expect(spend).toContainText('$645.00');
  await expect(spend).toContainText('amounts are never added across currencies');

  await expectNoSeriousAxeViolations(app);
  await app.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousAxeViolations(app);

  await tripCard.getByRole('link', { name: 'Paris in December' }).click();
  await expect(app).toHaveURL(new RegExp(`#/trips/${trip.id}$`));
});

test('the offers card: the quota year as the offers screen counts it, and the time since the last bag offer', async ({ app, harness, call }) => {
  const kelly = await call('offers.create', {
    day: '2026-03-10',
    boutiqueId: 1,
    source: 'appointment',
    model: 'Kelly',
    size: '25',
    leather: 'Epsom',
    colour: 'Gold',
    quota: true,
    decision: 'taken',
    take: { priceMinor: 1_010_000, currency: 'EUR' },
  });
  const belt = await call('offers.create', { day: '2026-11-13', source: 'walk_in', category: 'small_leather_goods', model: 'Kelly belt', decision: 'declined' });

  await app.goto(`${harness.url}#/dashboard`);
  const offers = app.getByRole('region', { name: 'Offers' });
  await expect(offers.getByText(/^1 of 2 quota bags in 2026$/)).toBeVisible();
  await expect(offers).toContainText('1 offered · 1 bought');
  const bag = offers.getByRole('listitem').filter({ hasText: 'Last bag offer' });
  await expect(bag.getByRole('link', { name: 'Kelly 25 · Epsom Gold' })).toHaveAttribute('href', `#/offers/${kelly.id}`);
  await expect(bag).toContainText('258 days ago · Tue 10 Mar 2026');
  await expect(bag).toContainText('taken');
  const last = offers.getByRole('listitem').filter({ hasText: 'Last offer' });
  await expect(last.getByRole('link', { name: 'Kelly belt' })).toHaveAttribute('href', `#/offers/${belt.id}`);
  await expect(last).toContainText('10 days ago');
  await expect(offers.getByRole('link', { name: 'Offers' })).toHaveAttribute('href', '#/offers');
  await expect(offers.getByRole('link', { name: 'Spend profile per store' })).toHaveAttribute('href', '#/offers/profile');
  await expect(offers).toContainText('Community-reported limit of two quota bags a year (Birkin, Kelly) — not Hermès policy. The year is counted in Paris time.');
  await expectNoSeriousAxeViolations(app);

  // The screen it links to counts the same year.
  await offers.getByRole('link', { name: 'Spend profile per store' }).click();
  await expect(app).toHaveURL(/#\/offers\/profile$/);
  await expect(app.getByRole('region', { name: 'Quota bags in 2026' })).toContainText('1 of 2');
});

test('the dashboard is in the sidebar, second, and opens from it', async ({ app, harness }) => {
  await app.goto(`${harness.url}#/trips`);
  const nav = app.getByRole('navigation', { name: 'Sections' });
  await expect(nav.getByRole('link').nth(1)).toHaveText('Dashboard');
  await nav.getByRole('link', { name: 'Dashboard' }).click();
  await expect(app.getByRole('heading', { name: 'Dashboard', level: 1 })).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Dashboard' })).toHaveAttribute('aria-current', 'page');
});
