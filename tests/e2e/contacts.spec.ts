import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, pinnedNow } from './fixtures';

const today = () => pinnedNow().toISODate()!;
const inDays = (n: number) => pinnedNow().plus({ days: n }).toISODate()!;

/**
 * Opens a screen with a full page load: the fixture has already opened the app, and a change of
 * hash alone would keep reads cached from before the test seeded the journal.
 */
let loads = 0;
async function open(page: Page, url: string, hash: string) {
  await page.goto(`${url}?load=${++loads}${hash}`);
}

async function expectNoSeriousAxe(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('create a contact, log two interactions with the keyboard only, and see them in the timeline', async ({ app, harness }) => {
  await open(app, harness.url, `#/contacts`);
  await expect(app.getByRole('heading', { name: 'No contacts yet' })).toBeVisible();
  await expectNoSeriousAxe(app);
  await app.getByRole('button', { name: 'New contact' }).click();
  const dialog = app.getByRole('dialog', { name: 'New contact' });
  await dialog.getByLabel('Name').fill('Julien Moreau');
  await dialog.getByLabel('Boutique').selectOption({ label: 'Faubourg Saint-Honoré' });
  await dialog.getByLabel('Department').fill('Leather');
  const languages = dialog.getByLabel('Languages');
  await languages.fill('French');
  await languages.press('Enter');
  await languages.fill('english');
  await languages.press('Enter');
  await languages.fill('French'); // a repeat is not added twice
  await languages.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Remove language French' })).toBeVisible();
  await expect(dialog.getByRole('button', { name: /Remove language/ })).toHaveCount(2);
  await dialog.getByLabel('E-mail').fill('julien@example.com');
  await dialog.getByRole('button', { name: 'Create contact' }).click();

  await expect(app.getByRole('heading', { name: 'Julien Moreau', level: 1 })).toBeVisible();
  await expect(app.getByText('Nothing logged yet.')).toBeVisible();
  // The quick-add row has the focus: type, Enter.
  const summary = app.getByLabel('What happened');
  await expect(summary).toBeFocused();
  await app.keyboard.type('Tried the Kelly 25 in Gold; he will call if one comes in.');
  await app.keyboard.press('Enter');
  const timeline = app.getByRole('list', { name: 'Timeline, newest first' });
  await expect(timeline.getByRole('listitem')).toHaveCount(1);
  await expect(summary).toHaveValue('');
  await expect(summary).toBeFocused();
  // Alt+2 picks "Messaged" without leaving the box.
  await app.keyboard.press('Alt+2');
  await expect(app.getByLabel('Kind', { exact: true })).toHaveValue('messaged');
  await app.keyboard.type('Sent photos of the Constance 18.');
  await app.keyboard.press('Enter');
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(timeline.getByRole('listitem').first()).toContainText('Messaged');
  await expect(timeline.getByRole('listitem').first()).toContainText('Sent photos of the Constance 18.');
  await expect(timeline.getByRole('listitem').nth(1)).toContainText('Visited');
  // The kind goes back to "visited" for the next entry.
  await expect(app.getByLabel('Kind', { exact: true })).toHaveValue('visited');

  const rows = harness.journal.sqlite.prepare('SELECT kind, day, summary FROM contact_interactions ORDER BY id').all();
  expect(rows).toEqual([
    { kind: 'visited', day: today(), summary: 'Tried the Kelly 25 in Gold; he will call if one comes in.' },
    { kind: 'messaged', day: today(), summary: 'Sent photos of the Constance 18.' },
  ]);
  const contact = harness.journal.sqlite.prepare('SELECT name, languages, email, department FROM contacts').get();
  expect(contact).toEqual({ name: 'Julien Moreau', languages: '["French","english"]', email: 'julien@example.com', department: 'Leather' });

  await app.reload();
  await expect(app.getByRole('list', { name: 'Timeline, newest first' }).getByRole('listitem')).toHaveCount(2);
  await expect(app.getByRole('term').filter({ hasText: 'Last contact' }).locator('+ dd')).toContainText('today');
  await expectNoSeriousAxe(app);
});

test("an empty summary and a bad e-mail show the contract's messages, and nothing is saved", async ({ app, harness, call }) => {
  const c = await call('contacts.create', { name: 'Camille' });
  await open(app, harness.url, `#/contacts/${c.id}`);
  await expect(app.getByLabel('What happened')).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByText('Summary is required.')).toBeVisible();
  await expect(app.getByLabel('What happened')).toHaveAttribute('aria-invalid', 'true');
  await app.getByRole('button', { name: 'Edit' }).click();
  const dialog = app.getByRole('dialog', { name: 'Edit Camille' });
  await dialog.getByLabel('E-mail').fill('camille@');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByText('Enter an e-mail address like name@example.com.')).toBeVisible();
  await expect(dialog.getByLabel('E-mail')).toHaveAttribute('aria-invalid', 'true');
  const counts = harness.journal.sqlite.prepare('SELECT (SELECT count(*) FROM contact_interactions) AS n, (SELECT email FROM contacts) AS email').get();
  expect(counts).toEqual({ n: 0, email: null });
});

test('edit and delete a timeline entry', async ({ app, harness, call }) => {
  const c = await call('contacts.create', { name: 'Amélie' });
  await call('interactions.create', { contactId: c.id, day: '2026-03-02', kind: 'called', summary: 'Called about the scarf' });
  await open(app, harness.url, `#/contacts/${c.id}`);
  await app.getByRole('button', { name: /Edit entry of/ }).click();
  await app.getByLabel('What happened').last().fill('Called about the Twilly');
  await app.getByLabel('What happened').last().press('Enter');
  await expect(app.getByText('Called about the Twilly')).toBeVisible();
  // The page may show the edit before its write returns: wait for the journal itself.
  await expect.poll(() => harness.journal.sqlite.prepare('SELECT summary FROM contact_interactions').get()).toEqual({ summary: 'Called about the Twilly' });
  await app.getByRole('button', { name: /Delete entry of/ }).click();
  await app.getByRole('dialog', { name: 'Delete this entry?' }).getByRole('button', { name: 'Delete entry' }).click();
  await expect(app.getByText('Nothing logged yet.')).toBeVisible();
  await expect.poll(() => harness.journal.sqlite.prepare('SELECT count(*) AS n FROM contact_interactions').get()).toEqual({ n: 0 });
});

test('the list groups contacts by boutique (home store first), searches without accents, and puts due follow-ups on top', async ({ app, harness, call }) => {
  const boutiques = await call('boutiques.list', undefined);
  const sevres = boutiques.find((b) => b.name === 'Sèvres')!;
  const fsh = boutiques.find((b) => b.name === 'Faubourg Saint-Honoré')!;
  const home = await call('boutiques.create', { name: 'Madison Avenue', city: 'New York', country: 'US', timeZone: 'America/New_York', isHome: true });
  await call('contacts.create', { name: 'Hélène Petit', boutiqueId: sevres.id, languages: ['French'] });
  await call('contacts.create', { name: 'Julien Moreau', boutiqueId: fsh.id, followUpOn: inDays(-2) });
  await call('contacts.create', { name: 'Claire Martin', boutiqueId: home.id, languages: ['English', 'Mandarin'] });
  await call('contacts.create', { name: 'Marc Duval', role: 'concierge' });
  await open(app, harness.url, `#/contacts`);

  const groups = app.locator('section.group h2');
  await expect(groups).toHaveText(['Follow-ups due', 'Madison Avenue', 'Faubourg Saint-Honoré', 'Sèvres', 'Not tied to a boutique']);
  const due = app.getByRole('region', { name: 'Follow-ups due' });
  await expect(due.getByRole('link')).toHaveCount(1);
  await expect(due).toContainText('Julien Moreau');
  await expect(due).toContainText('Follow up · due');

  // "/" jumps to the search box; "sevres" finds the Sèvres contact, "mandarin" a language.
  await app.locator('body').press('/');
  const search = app.getByRole('searchbox', { name: 'Search contacts' });
  await expect(search).toBeFocused();
  await search.fill('sevres');
  await expect(app.getByRole('link', { name: /Hélène Petit/ })).toBeVisible();
  await expect(app.getByRole('link', { name: /Claire Martin/ })).toHaveCount(0);
  await expect(app.getByText('1 of 4 contacts')).toBeVisible();
  await search.fill('MANDARIN');
  await expect(app.getByRole('link', { name: /Claire Martin/ })).toBeVisible();
  await search.fill('nobody here');
  await expect(app.getByRole('heading', { name: 'No contact matches' })).toBeVisible();
  await search.fill('');
  await expectNoSeriousAxe(app);
});

test('a follow-up is set, shown as due, and cleared from the contact page', async ({ app, harness, call }) => {
  const c = await call('contacts.create', { name: 'Sophie Laurent', followUpOn: inDays(-3) });
  await open(app, harness.url, `#/contacts/${c.id}`);
  const card = app.getByRole('region', { name: 'Follow-up' });
  await expect(card).toContainText('Due since');
  await expect(card).toHaveClass(/follow-up--due/);
  await card.getByRole('button', { name: 'Done · clear' }).click();
  await expect(card).toContainText('No follow-up planned.');
  expect(harness.journal.sqlite.prepare('SELECT follow_up_on FROM contacts').get()).toEqual({ follow_up_on: null });
  await card.getByRole('button', { name: 'In a week' }).click();
  await expect(card).toContainText('in 7 days');
  expect(harness.journal.sqlite.prepare('SELECT follow_up_on FROM contacts').get()).toEqual({ follow_up_on: inDays(7) });
  await card.getByLabel('Follow-up day').fill(inDays(30));
  await card.getByRole('button', { name: 'Set', exact: true }).click();
  await expect(card).not.toHaveClass(/follow-up--due/);
  expect(harness.journal.sqlite.prepare('SELECT follow_up_on FROM contacts').get()).toEqual({ follow_up_on: inDays(30) });
});

test('a Paris trip within two months reminds to ask the home-store SA, until the ask is logged', async ({ app, harness, call }) => {
  const home = await call('boutiques.create', { name: 'Madison Avenue', city: 'New York', country: 'US', timeZone: 'America/New_York', isHome: true });
  const claire = await call('contacts.create', { name: 'Claire Martin', boutiqueId: home.id });
  await call('contacts.create', { name: 'Sophie Laurent', role: 'manager', boutiqueId: home.id });
  await call('trips.create', { title: 'Paris in spring', city: 'Paris', startDay: inDays(20), endDay: inDays(25) });
  await call('trips.create', { title: 'Much later', city: 'Paris', startDay: inDays(90), endDay: inDays(95) });
  await open(app, harness.url, `#/contacts`);
  const reminder = app.getByRole('region', { name: 'Reminder for Paris in spring' });
  await expect(reminder).toContainText('Paris in spring starts in 20 days');
  await expect(reminder).toContainText('about a Paris appointment');
  await expect(reminder.getByRole('link', { name: 'Claire Martin' })).toBeVisible();
  await expect(reminder).not.toContainText('Sophie');
  await expect(app.getByRole('region', { name: 'Reminder for Much later' })).toHaveCount(0);
  await expectNoSeriousAxe(app);
  await reminder.getByRole('button', { name: 'I asked Claire today' }).click();
  await expect(reminder).toHaveCount(0);
  const row = harness.journal.sqlite.prepare('SELECT contact_id, kind, day FROM contact_interactions').get();
  expect(row).toEqual({ contact_id: claire.id, kind: 'asked_appointment', day: today() });
});

test('the contact page shows purchases made with them, totals per currency, and refuses a delete that would orphan them', async ({ app, harness, call }) => {
  const boutiques = await call('boutiques.list', undefined);
  const fsh = boutiques.find((b) => b.name === 'Faubourg Saint-Honoré')!;
  const c = await call('contacts.create', { name: 'Julien Moreau', boutiqueId: fsh.id });
  await call('purchases.create', { day: '2026-03-10', boutiqueId: fsh.id, contactId: c.id, currency: 'EUR', items: [{ category: 'shoes', description: 'Oran sandals', priceMinor: 76000 }] });
  await call('purchases.create', {
    day: '2026-06-02',
    boutiqueId: fsh.id,
    contactId: c.id,
    currency: 'EUR',
    items: [
      { category: 'scarves', description: 'Twilly', priceMinor: 21000 },
      { category: 'jewelry', description: 'Clic H', priceMinor: 78000 },
    ],
  });
  await call('purchases.create', { day: '2026-08-20', contactId: c.id, currency: 'USD', items: [{ category: 'home', description: 'Plates', priceMinor: 45000 }] });
  await open(app, harness.url, `#/contacts/${c.id}`);
  const card = app.getByRole('region', { name: 'Purchases with them' });
  await expect(card.getByRole('link')).toHaveCount(3);
  await expect(card.getByRole('link', { name: /Twilly \+ 1 more/ })).toBeVisible();
  await expect(card).toContainText('Total in EUR · 2 receipts');
  await expect(card).toContainText('€1,750.00');
  await expect(card).toContainText('Total in USD · 1 receipt');
  await expect(card).toContainText('$450.00');
  await expectNoSeriousAxe(app);

  await app.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = app.getByRole('dialog', { name: 'Delete this contact?' });
  await dialog.getByRole('button', { name: 'Delete contact' }).click();
  await expect(dialog.getByRole('alert')).toContainText('Julien Moreau is still named by 3 purchases');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  expect(harness.journal.sqlite.prepare('SELECT count(*) AS n FROM contacts').get()).toEqual({ n: 1 });

  const other = await call('contacts.create', { name: 'Nobody' });
  await call('interactions.create', { contactId: other.id, day: '2026-01-05', kind: 'visited', summary: 'Hello' });
  await open(app, harness.url, `#/contacts/${other.id}`);
  await app.getByRole('button', { name: 'Delete', exact: true }).click();
  await app.getByRole('dialog', { name: 'Delete this contact?' }).getByRole('button', { name: 'Delete contact' }).click();
  await expect(app.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
  await expect.poll(() => harness.journal.sqlite.prepare('SELECT count(*) AS n FROM contact_interactions').get()).toEqual({ n: 0 });
});

test('an unknown contact id shows a not-found message with a way back', async ({ app, harness }) => {
  await open(app, harness.url, `#/contacts/999`);
  await expect(app.getByRole('alert')).toContainText('999');
  await expect(app.getByRole('link', { name: 'All contacts' })).toBeVisible();
});

test('the list and a contact page have no serious axe finding in the dark theme either', async ({ app, harness, call }) => {
  const home = await call('boutiques.create', { name: 'Madison Avenue', city: 'New York', country: 'US', timeZone: 'America/New_York', isHome: true });
  const c = await call('contacts.create', { name: 'Grace Park', boutiqueId: home.id, languages: ['English'], followUpOn: inDays(-1) });
  await call('interactions.create', { contactId: c.id, day: inDays(-10), kind: 'offered', summary: 'Offered a Picotin 18.' });
  await call('trips.create', { title: 'Paris soon', city: 'Paris', startDay: inDays(10), endDay: inDays(14) });
  await call('purchases.create', { day: inDays(-10), boutiqueId: home.id, contactId: c.id, currency: 'USD', items: [{ category: 'bag', description: 'Picotin 18', priceMinor: 310000 }] });
  await app.emulateMedia({ colorScheme: 'dark' });
  await open(app, harness.url, '#/contacts');
  await expect(app.getByRole('region', { name: 'Reminder for Paris soon' })).toBeVisible();
  await expectNoSeriousAxe(app);
  await open(app, harness.url, `#/contacts/${c.id}`);
  await expect(app.getByRole('region', { name: 'Follow-up' })).toContainText('Due since');
  await expectNoSeriousAxe(app);
});
