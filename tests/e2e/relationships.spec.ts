/**
 * Contacts as relationships, through the UI: a keep-in-touch cadence whose follow-up reaches the
 * dashboard on its day (the journal's clock and the page's moved together), snooze and done; a
 * birthday refused on 30 February then shown this week; a gift logged (a negative value refused)
 * and deleted with Undo; two contacts merged and the merge undone.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function expectNoSeriousAxe(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

let loads = 0;
/** A full page load: a hash change alone keeps reads cached from before the test changed the journal. */
async function open(page: Page, url: string, hash: string) {
  await page.goto(`${url}?load=${++loads}${hash}`);
}

test('a 6-week cadence on an SA produces the follow-up on the right day, on the dashboard, with snooze and done', async ({ app, harness, call }) => {
  const fsh = (await call('boutiques.list', undefined)).find((b) => b.code === 'fsh')!;
  const sa = await call('contacts.create', { name: 'Hélène Martin', role: 'sa', boutiqueId: fsh.id });
  await call('interactions.create', { contactId: sa.id, day: '2026-11-10', kind: 'visited', summary: 'Saw the new Picotin colours.' });

  await open(app, harness.url, `#/contacts/${sa.id}`);
  const card = app.getByRole('region', { name: 'Keep in touch' });
  await expect(card).toContainText('None set');
  await card.getByRole('button', { name: 'Change' }).click();
  const dialog = app.getByRole('dialog', { name: 'Relationship with Hélène Martin' });
  await dialog.getByLabel('Keep in touch every').fill('0');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('Keep in touch every… must be at least 1 day; leave it empty for no cadence.')).toBeVisible();
  expect(harness.journal.sqlite.prepare('SELECT cadence_days FROM contacts').pluck().get()).toBeNull();
  await dialog.getByLabel('Keep in touch every').fill('6');
  await dialog.getByLabel('Unit').selectOption('weeks');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(card).toContainText('Every 6 weeks');
  await expect(card).toContainText('in 4 weeks · Tue 22 Dec (from the cadence)');

  // Monday 23 November: not due yet; the dashboard names it as the next one.
  await open(app, harness.url, '#/dashboard');
  const followUps = app.getByRole('region', { name: 'Follow-ups due' });
  await expect(followUps).toContainText('Nothing due. Next: Hélène Martin, Tue 22 Dec 2026');

  // Six weeks after the visit: due today.
  harness.setNow('2026-12-22T10:00:00.000Z');
  await app.clock.setSystemTime(new Date('2026-12-22T10:00:00.000Z'));
  await open(app, harness.url, '#/dashboard');
  await expect(followUps.getByRole('link', { name: /Hélène Martin/ })).toContainText('by cadence');
  await expect(followUps.getByRole('link', { name: /Hélène Martin/ })).toContainText('Today');
  const events = await call('calendar.range', { from: '2026-12-01', to: '2026-12-31', kinds: ['follow_up'] });
  expect(events.map((e) => [e.start, e.title])).toEqual([['2026-12-22', 'Follow up with Hélène Martin']]);

  // Snooze a week: gone until the 29th.
  await followUps.getByRole('button', { name: 'Snooze Hélène Martin a week' }).click();
  await expect(app.getByText('Hélène Martin: snoozed to Tue 29 Dec.')).toBeVisible();
  await expect(followUps).toContainText('Nothing due. Next: Hélène Martin, Tue 29 Dec 2026');

  harness.setNow('2026-12-29T10:00:00.000Z');
  await app.clock.setSystemTime(new Date('2026-12-29T10:00:00.000Z'));
  await open(app, harness.url, `#/contacts/${sa.id}`);
  await expect(card).toContainText('Due today (snoozed to)');
  await card.getByRole('button', { name: 'Done' }).click();
  await expect(app.getByText('Done. Next follow-up in 6 weeks · Tue 9 Feb 2027.')).toBeVisible();
  await expect(card).toContainText('in 6 weeks · Tue 9 Feb 2027 (from the cadence)');
});

test('a birthday on 30 February is refused with a sentence; a real one shows in Birthdays this week', async ({ app, harness, call }) => {
  const sa = await call('contacts.create', { name: 'Grace Park', role: 'sa' });
  await open(app, harness.url, `#/contacts/${sa.id}`);
  const card = app.getByRole('region', { name: 'Keep in touch' });
  await card.getByRole('button', { name: 'Change' }).click();
  const dialog = app.getByRole('dialog', { name: 'Relationship with Grace Park' });
  await dialog.getByLabel('Birthday: day').fill('30');
  await dialog.getByLabel('Birthday: month').selectOption('2');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog.getByText('There is no 30 February: a birthday in February is on day 1 to 29.')).toBeVisible();
  expect(harness.journal.sqlite.prepare('SELECT birthday FROM contacts').pluck().get()).toBeNull();
  await dialog.getByLabel('Birthday: day').fill('26');
  await dialog.getByLabel('Birthday: month').selectOption('11');
  await dialog.getByLabel('Birthday: year').fill('1986');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await expect(card).toContainText('26 November 1986 · in 3 days');
  await expect(card).toContainText('7 days before');

  await open(app, harness.url, '#/dashboard');
  const birthdays = app.getByRole('region', { name: 'Birthdays this week' });
  await expect(birthdays.getByRole('link', { name: /Grace Park/ })).toContainText('Birthday · Thu 26 Nov · turns 40');
  await expect(birthdays.getByRole('link', { name: /Grace Park/ })).toContainText('In 3 days');
});

test('a gift is logged (a negative value refused), an idea kept without a day, and a deleted gift comes back with Undo', async ({ app, harness, call }) => {
  const sa = await call('contacts.create', { name: 'Camille Roche', role: 'sa' });
  await open(app, harness.url, `#/contacts/${sa.id}`);
  const gifts = app.getByRole('region', { name: 'Gifts' });
  await expect(gifts).toContainText('Nothing yet');
  await gifts.getByRole('button', { name: 'Add a gift' }).click();
  const dialog = app.getByRole('dialog', { name: 'Add a gift' });
  await dialog.getByLabel('Kind').selectOption('given');
  await dialog.getByLabel('What').fill('A Twilly for her birthday');
  await dialog.getByLabel('Day given').fill('2026-11-20');
  await dialog.getByLabel('Value').fill('-230');
  await dialog.getByRole('button', { name: 'Add gift' }).click();
  await expect(dialog.getByText('A gift’s value cannot be negative.')).toBeVisible();
  expect(harness.journal.sqlite.prepare('SELECT count(*) FROM gifts').pluck().get()).toBe(0);
  await dialog.getByLabel('Value').fill('230');
  await dialog.getByRole('button', { name: 'Add gift' }).click();
  await expect(dialog).toBeHidden();
  await expect(gifts.getByRole('listitem').filter({ hasText: 'A Twilly for her birthday' })).toContainText('Fri 20 Nov 2026 · €230.00');
  expect(harness.journal.sqlite.prepare('SELECT direction, amount_minor, currency FROM gifts').get()).toEqual({ direction: 'given', amount_minor: 23000, currency: 'EUR' });

  await gifts.getByRole('button', { name: 'Add a gift' }).click();
  await dialog.getByLabel('Kind').selectOption('idea');
  await expect(dialog.getByLabel('Day given')).toHaveCount(0);
  await dialog.getByLabel('What').fill('Macarons from Paris');
  await dialog.getByRole('button', { name: 'Add gift' }).click();
  await expect(gifts.getByRole('heading', { name: 'Ideas' })).toBeVisible();
  await expect(gifts).toContainText('Macarons from Paris');

  await gifts.getByRole('button', { name: 'Delete A Twilly for her birthday' }).click();
  await expect(app.getByText('Gift “A Twilly for her birthday” moved to the Trash.')).toBeVisible();
  await expect(gifts).not.toContainText('A Twilly for her birthday');
  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(gifts).toContainText('A Twilly for her birthday');
  for (const scheme of ['light', 'dark'] as const) {
    await app.emulateMedia({ colorScheme: scheme });
    await expectNoSeriousAxe(app);
  }
});

test('the list sorts by last contacted and shows who moved on; their page suggests who to continue with', async ({ app, harness, call }) => {
  const fsh = (await call('boutiques.list', undefined)).find((b) => b.code === 'fsh')!;
  const julien = await call('contacts.create', { name: 'Julien Lefèvre', role: 'sa', boutiqueId: fsh.id });
  const ines = await call('contacts.create', { name: 'Inès Garnier', role: 'sa', boutiqueId: fsh.id });
  await call('contacts.create', { name: 'Anne Morel', role: 'manager' });
  await call('interactions.create', { contactId: julien.id, day: '2026-11-02', kind: 'visited', summary: 'Said goodbye.' });
  await call('interactions.create', { contactId: ines.id, day: '2026-11-20', kind: 'messaged', summary: 'Introduced herself.' });
  await open(app, harness.url, `#/contacts/${julien.id}`);
  await app.getByRole('region', { name: 'Keep in touch' }).getByRole('button', { name: 'Change' }).click();
  const dialog = app.getByRole('dialog', { name: 'Relationship with Julien Lefèvre' });
  await dialog.getByLabel('Moved on').selectOption('changed_store');
  await dialog.getByLabel('Since').fill('2026-11-02');
  await dialog.getByLabel('Where they went').fill('Hermès Milano');
  await dialog.getByRole('button', { name: 'Save' }).click();
  const notice = app.getByRole('region', { name: 'Moved on' });
  await expect(notice).toContainText('Changed store on Mon 2 Nov 2026 — Hermès Milano.');
  await expect(notice.getByRole('link', { name: 'Inès Garnier' })).toHaveAttribute('href', `#/contacts/${ines.id}`);

  await open(app, harness.url, '#/contacts');
  await app.getByLabel('Sort').selectOption('lastContacted');
  const rows = app.getByRole('region', { name: 'By last contact' }).getByRole('listitem');
  await expect(rows.locator('.contact-card-name')).toHaveText(['Anne Morel', 'Julien Lefèvre', 'Inès Garnier']);
  await expect(rows.nth(1)).toContainText('Changed store Mon 2 Nov');
  await expect(rows.nth(1)).toContainText('Last contact 3 weeks ago · Mon 2 Nov');
  await expect(rows.nth(0)).toContainText('No contact logged');
});

test('two contacts are merged into one, and the merge is undone', async ({ app, harness, call }) => {
  const fsh = (await call('boutiques.list', undefined)).find((b) => b.code === 'fsh')!;
  const kept = await call('contacts.create', { name: 'Hélène Martin', role: 'sa', boutiqueId: fsh.id });
  const dup = await call('contacts.create', { name: 'Helene M.', role: 'sa', boutiqueId: fsh.id });
  await call('interactions.create', { contactId: kept.id, day: '2026-10-01', kind: 'visited', summary: 'First visit.' });
  await call('interactions.create', { contactId: dup.id, day: '2026-11-02', kind: 'messaged', summary: 'Logged on the duplicate.' });
  await call('purchases.create', { day: '2026-11-02', boutiqueId: fsh.id, contactId: dup.id, currency: 'EUR', items: [{ category: 'scarves', description: 'Carré 90', priceMinor: 55000 }] });

  await open(app, harness.url, `#/contacts/${kept.id}`);
  await app.getByRole('button', { name: 'Merge a duplicate' }).click();
  const dialog = app.getByRole('dialog', { name: 'Merge a duplicate into Hélène Martin' });
  await expect(dialog.getByLabel('The duplicate').locator('option')).toHaveText(['Choose a contact…', 'Helene M. · SA · Faubourg Saint-Honoré · 1 log entry']);
  await dialog.getByLabel('The duplicate').selectOption({ label: 'Helene M. · SA · Faubourg Saint-Honoré · 1 log entry' });
  await dialog.getByRole('button', { name: 'Merge' }).click();
  await expect(app.getByText('1 log entry and 1 purchase moved from Helene M. to Hélène Martin; Helene M. is in the Trash.')).toBeVisible();
  const timeline = app.getByRole('list', { name: 'Timeline, newest first' });
  await expect(timeline.getByRole('listitem')).toHaveCount(2);
  await expect(app.getByRole('region', { name: 'Purchases with them' })).toContainText('Carré 90');
  expect(harness.journal.sqlite.prepare('SELECT name FROM contacts').pluck().all()).toEqual(['Hélène Martin']);

  await app.getByRole('button', { name: 'Undo' }).click();
  await expect(app.getByText('Helene M. is back, with what was theirs.')).toBeVisible();
  await expect(timeline.getByRole('listitem')).toHaveCount(1);
  await expect(app.getByRole('region', { name: 'Purchases with them' })).not.toContainText('Carré 90');
  expect(harness.journal.sqlite.prepare('SELECT name FROM contacts ORDER BY id').pluck().all()).toEqual(['Hélène Martin', 'Helene M.']);
  expect(harness.journal.sqlite.prepare('SELECT contact_id FROM purchases').pluck().get()).toBe(dup.id);
});
