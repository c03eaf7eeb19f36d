import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, type Fixtures } from './fixtures';

/** Mon 15 June 2026, midday in Paris: the journal and the page share this clock. */
const NOW = '2026-06-15T10:00:00.000Z';
test.use({ now: NOW });

async function open(app: Page, url: string) {
  await app.clock.setFixedTime(new Date(NOW));
  await app.goto(url);
}

async function noSeriousViolations(app: Page, screen: string) {
  const result = await new AxeBuilder({ page: app }).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(bad.map((v) => `${screen}: ${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(' | ')}`)).toEqual([]);
}

/** George V, Camille (an SA there) and a granted lottery appointment on Wed 10 June. */
async function appointment(call: Fixtures['call']) {
  const boutiques = await call('boutiques.list', undefined);
  const georgeV = boutiques.find((b) => b.code === 'george_v')!;
  const camille = await call('contacts.create', { name: 'Camille Roche', role: 'sa', boutiqueId: georgeV.id });
  const attempt = await call('attempts.create', {
    method: 'lottery',
    wantedDay: '2026-06-10',
    boutiqueId: georgeV.id,
    contactId: camille.id,
    result: 'granted',
    appointmentAt: '2026-06-10T14:00:00+02:00',
  });
  return { georgeV, camille, attempt };
}

const quota = (app: Page) => app.getByRole('region', { name: 'Quota bags in 2026' });

test('record an offer from an appointment attempt, take it, and see the purchase and the quota count change', async ({ app, harness, call }) => {
  const { georgeV, camille, attempt } = await appointment(call);
  await open(app, `${harness.url}#/offers`);
  await expect(app.getByRole('heading', { name: 'No offers yet' })).toBeVisible();
  await expect(quota(app).getByText('0 of 2')).toBeVisible();
  await noSeriousViolations(app, 'empty offers');

  await app.getByRole('button', { name: 'Record an offer' }).first().click();
  const dialog = app.getByRole('dialog', { name: 'Record an offer' });
  await dialog.getByLabel('Day offered').fill('2026-06-10');
  await dialog.getByLabel('Time (optional)').fill('14:20');
  await expect(dialog.getByLabel('How it came')).toHaveValue('appointment');
  await dialog.getByLabel('From the appointment attempt').selectOption(String(attempt.id));
  // Picking the attempt fills in its boutique and SA.
  await expect(dialog.getByLabel('Boutique')).toHaveValue(String(georgeV.id));
  await expect(dialog.getByLabel('SA')).toHaveValue(String(camille.id));
  await dialog.getByLabel('Model').fill('Kelly');
  await dialog.getByLabel('Size').fill('25');
  await dialog.getByLabel('Leather').fill('Epsom');
  await dialog.getByLabel('Colour').fill('Gold');
  await dialog.getByLabel('Quota bag?').selectOption('yes');
  await dialog.getByLabel('Price').fill('10,400.00');
  await dialog.getByLabel('Currency').selectOption('EUR');
  await noSeriousViolations(app, 'offer form');
  await dialog.getByRole('button', { name: 'Record offer' }).click();

  await expect(app.getByRole('heading', { name: 'Kelly 25 · Epsom Gold', level: 1 })).toBeVisible();
  await expect(app.getByText('Still deciding').first()).toBeVisible();
  await expect(app.getByRole('link', { name: 'Camille Roche' })).toBeVisible();
  await noSeriousViolations(app, 'offer detail');

  await app.getByRole('link', { name: 'All offers' }).click();
  await expect(quota(app).getByText('1 of 2')).toBeVisible();
  await expect(quota(app).getByText('(1 still deciding)')).toBeVisible();
  await expect(quota(app).getByRole('definition').nth(1)).toHaveText('0');
  await app.getByRole('link', { name: /Kelly 25 · Epsom Gold/ }).click();

  await app.getByRole('button', { name: 'Take it' }).click();
  const take = app.getByRole('dialog', { name: 'Take the offer' });
  await expect(take.getByLabel('Price paid')).toHaveValue('10400.00');
  await take.getByLabel('Why you took it').fill('The Gold I hoped for.');
  await expect(take.getByLabel('Why you took it')).toHaveValue('The Gold I hoped for.');
  await take.getByRole('button', { name: 'Take and record the purchase' }).click();
  await expect(take).toBeHidden();
  await expect(app.getByText('The Gold I hoped for.')).toBeVisible();
  const purchaseLink = app.getByRole('link', { name: 'Purchase of Wed 10 Jun 2026' });
  await expect(purchaseLink).toBeVisible();

  // The purchase is in the journal, linked, with one offered quota bag line.
  const offerRow = harness.journal.sqlite.prepare('SELECT decision, purchase_id, quota_year FROM offers').get() as { decision: string; purchase_id: number; quota_year: number };
  expect(offerRow).toMatchObject({ decision: 'taken', quota_year: 2026 });
  const items = harness.journal.sqlite.prepare('SELECT p.boutique_id, p.contact_id, p.currency, i.category, i.description, i.quota, i.price_minor, i.offered FROM purchases p JOIN purchase_items i ON i.purchase_id = p.id').all();
  expect(items).toEqual([
    { boutique_id: georgeV.id, contact_id: camille.id, currency: 'EUR', category: 'bag', description: 'Kelly 25 · Epsom Gold', quota: 1, price_minor: 1_040_000, offered: 1 },
  ]);
  await purchaseLink.click();
  await expect(app).toHaveURL(new RegExp(`#/purchases/${offerRow.purchase_id}$`));
  await expect(app.getByText('Kelly 25 · Epsom Gold').first()).toBeVisible();

  await open(app, `${harness.url}#/offers`);
  await expect(quota(app).getByText('(1 taken)')).toBeVisible();
  await expect(quota(app).getByRole('definition').nth(1)).toHaveText('1');
});

test("the form shows the contract's message beside the field, and nothing is saved", async ({ app, harness }) => {
  await open(app, `${harness.url}#/offers`);
  await app.getByRole('button', { name: 'Record an offer' }).first().click();
  const dialog = app.getByRole('dialog', { name: 'Record an offer' });
  await dialog.getByLabel('Day offered').fill('2026-07-01');
  await dialog.getByLabel('Model').fill('Birkin');
  await dialog.getByRole('button', { name: 'Record offer' }).click();
  await expect(dialog.getByLabel('Day offered')).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('An offer is recorded once it has happened; 2026-07-01 is still to come.')).toBeVisible();
  await dialog.getByLabel('Day offered').fill('2026-06-12');
  await dialog.getByLabel('Price').fill('12,5,0');
  await dialog.getByRole('button', { name: 'Record offer' }).click();
  await expect(dialog.getByText('Enter an amount like 10400 or 10,400.00.')).toBeVisible();
  expect((harness.journal.sqlite.prepare('SELECT count(*) AS n FROM offers').get() as { n: number }).n).toBe(0);
});

test('decline an offer with a reason, then attach a decision note to it', async ({ app, harness, call }) => {
  const boutiques = await call('boutiques.list', undefined);
  const offer = await call('offers.create', { day: '2026-06-12', boutiqueId: boutiques[0]!.id, source: 'walk_in', model: 'Kelly', size: '32', quota: true });
  await open(app, `${harness.url}#/offers/${offer.id}`);
  await app.getByRole('button', { name: 'Decline' }).click();
  const dialog = app.getByRole('dialog', { name: 'Decline the offer' });
  await dialog.getByLabel('Why you declined').fill('Too large; waiting for a 25.');
  await dialog.getByRole('button', { name: 'Decline' }).click();
  await expect(app.getByText('Too large; waiting for a 25.')).toBeVisible();
  await expect(app.getByRole('button', { name: 'Still deciding' })).toBeVisible();
  expect(harness.journal.sqlite.prepare('SELECT decision, decided_on, reason FROM offers').get()).toEqual({ decision: 'declined', decided_on: '2026-06-15', reason: 'Too large; waiting for a 25.' });

  await app.getByRole('button', { name: 'Add a note' }).click();
  const note = app.getByRole('dialog', { name: 'A note on Kelly 32' });
  await note.getByRole('textbox', { name: 'The note' }).fill('Declining a Kelly felt terrible.');
  await note.getByRole('button', { name: 'Add note' }).click();
  await expect(app.getByText('Declining a Kelly felt terrible.')).toBeVisible();
  expect(harness.journal.sqlite.prepare("SELECT subject_type, subject_id FROM decision_notes").all()).toEqual([{ subject_type: 'offer', subject_id: offer.id }]);
});

test('the spend profile keeps stores, groups, currencies and online purchases apart, in light and dark', async ({ app, harness, call }) => {
  const boutiques = await call('boutiques.list', undefined);
  const fsh = boutiques.find((b) => b.code === 'fsh')!;
  const sevres = boutiques.find((b) => b.code === 'sevres')!;
  const home = await call('boutiques.create', { name: 'Madison Avenue', city: 'New York', country: 'US', timeZone: 'America/New_York', isHome: true });
  await call('purchases.create', { day: '2026-02-01', boutiqueId: fsh.id, currency: 'EUR', items: [{ category: 'scarves', description: 'Carré 90', priceMinor: 52_000 }, { category: 'small_leather_goods', description: 'Calvi', priceMinor: 48_000 }] });
  await call('purchases.create', { day: '2026-03-01', boutiqueId: home.id, currency: 'USD', items: [{ category: 'home', description: 'Throw', priceMinor: 176_000 }] });
  const web = await call('purchases.create', { day: '2026-04-01', boutiqueId: null, currency: 'USD', items: [{ category: 'other', description: 'Twilly', priceMinor: 23_000 }] });
  await call('profile.setOnline', { purchaseIds: [web.id], online: true });
  await call('profile.createGroup', { name: 'Paris boutiques', boutiqueIds: [fsh.id, sevres.id] });
  await call('offers.create', { day: '2026-01-10', boutiqueId: fsh.id, source: 'sa_call', model: 'Picotin', quota: false });

  await open(app, `${harness.url}#/offers/profile`);
  const fshCard = app.getByRole('region', { name: 'Faubourg Saint-Honoré' });
  await expect(fshCard.getByText('€1,000.00').first()).toBeVisible();
  await expect(fshCard.getByText('Since the last bag offer (Sat 10 Jan 2026):')).toBeVisible();
  await expect(fshCard.getByText('156 days')).toHaveCount(2); // since the last offer, and the last bag offer
  await expect(app.getByRole('region', { name: 'Madison Avenue' }).getByText('$1,760.00').first()).toBeVisible();
  const online = app.getByRole('region', { name: 'Online' });
  await expect(online.getByText('$230.00').first()).toBeVisible();
  await expect(app.getByRole('region', { name: 'Paris boutiques' }).getByText('$230.00')).toHaveCount(0);

  // The hoped-for bag: a ratio in its own currency; "no spend yet" where there is none.
  const target = app.getByRole('form', { name: 'Set the price of the bag you hope for' });
  await target.getByLabel('Bag').fill('Kelly 25');
  await target.getByLabel('Price').fill('10000');
  await target.getByLabel('Currency').selectOption('EUR');
  await target.getByRole('button', { name: 'Save price' }).click();
  await expect(fshCard.getByText('1 : 0.1')).toBeVisible();
  await expect(app.getByRole('region', { name: 'Madison Avenue' }).getByText('no spend yet')).toBeVisible();

  for (const scheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme: scheme });
    await noSeriousViolations(app, `spend profile (${scheme})`);
  }
  // The timeline's text alternative.
  await app.getByRole('button', { name: 'Table' }).click();
  await expect(app.getByRole('cell', { name: 'Offer: Picotin — still deciding' })).toBeVisible();
});

test('a Kelly offered and taken counts as quota without touching "Quota bag?": 1 of 2, bought 1', async ({ app, harness, call }) => {
  await appointment(call);
  await open(app, `${harness.url}#/offers`);
  await expect(quota(app).getByText('0 of 2')).toBeVisible();
  await app.getByRole('button', { name: 'Record an offer' }).first().click();
  const dialog = app.getByRole('dialog', { name: 'Record an offer' });
  await dialog.getByLabel('Day offered').fill('2026-06-10');
  await dialog.getByLabel('Model').fill('Kelly');
  await dialog.getByLabel('Size').fill('25');
  await dialog.getByLabel('Leather').fill('Togo');
  await dialog.getByLabel('Colour').fill('Gold');
  // The default follows the reported rule, shown with its source; nothing to choose.
  await expect(dialog.getByLabel('Quota bag?').locator('option:checked')).toHaveText('Quota by the reported rule (Kelly)');
  await expect(dialog.getByText('Birkin and Kelly count, as community reports say (checked Dec 2026). Choose Non-quota where your store does not count it.')).toBeVisible();
  await dialog.getByLabel('Price').fill('10400');
  await dialog.getByRole('button', { name: 'Record offer' }).click();
  await expect(app.getByRole('heading', { name: 'Kelly 25 · Togo Gold', level: 1 })).toBeVisible();

  await app.getByRole('button', { name: 'Take it' }).click();
  const take = app.getByRole('dialog', { name: 'Take the offer' });
  await take.getByRole('button', { name: 'Take and record the purchase' }).click();
  await expect(take).toBeHidden();
  await open(app, `${harness.url}#/offers`);
  await expect(quota(app).getByText('1 of 2')).toBeVisible();
  await expect(quota(app).getByText('(1 taken)')).toBeVisible();
  await expect(quota(app).getByRole('definition').nth(1)).toHaveText('1');
  expect(harness.journal.sqlite.prepare('SELECT category, quota, offered FROM purchase_items').all()).toEqual([{ category: 'bag', quota: 1, offered: 1 }]);
});
