import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

let loads = 0;
/** A full page load: reads cached before the test seeded the journal are not reused. */
async function open(page: Page, url: string, hash: string) {
  await page.goto(`${url}?load=${++loads}${hash}`);
}

async function expectNoSeriousAxe(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('from an empty journal: add Beverly Hills as the home store, buy there in dollars, see it in the spend profile per store', async ({ app, harness }) => {
  await open(app, harness.url, '#/boutiques');
  await expect(app.getByRole('heading', { name: 'Boutiques', level: 1 })).toBeVisible();
  const paris = app.getByRole('region', { name: 'Paris' });
  await expect(paris.getByRole('article')).toHaveCount(3);
  await expect(paris.getByRole('article', { name: 'Sèvres' })).toContainText('17 Rue de Sèvres, 75006 Paris, France');
  await expect(paris.getByRole('button', { name: 'Delete Sèvres' })).toHaveCount(0);
  await expectNoSeriousAxe(app);

  await app.getByRole('button', { name: 'Add your home store' }).click();
  const dialog = app.getByRole('dialog', { name: 'New store' });
  await expect(dialog.getByLabel('My home store')).toBeChecked();
  await dialog.getByLabel('Name').fill('Beverly Hills');
  await dialog.getByLabel('City').fill('Los Angeles');
  await dialog.getByLabel('Country').fill('US');
  // The currency follows the country until chosen.
  await expect(dialog.getByLabel('Currency')).toHaveValue('USD');
  await dialog.getByLabel('Search time zones').fill('Los Angeles');
  await dialog.getByLabel('Search time zones').press('Enter');
  await expect(dialog.getByLabel('Time zones', { exact: true })).toHaveValue('America/Los_Angeles');
  await dialog.getByLabel('Address').fill('434 North Rodeo Drive, Beverly Hills, CA 90210');
  await expectNoSeriousAxe(app);
  await dialog.getByRole('button', { name: 'Add store' }).click();
  await expect(dialog).toBeHidden();
  const home = app.getByRole('region', { name: 'Home store' }).getByRole('article', { name: 'Beverly Hills' });
  await expect(home).toContainText('Los Angeles, US · America/Los Angeles · USD');
  await expect(home).toContainText('Home store');

  // A receipt in dollars at the new store, from the purchases form's picker.
  await app.goto(`${harness.url}#/purchases`);
  await app.getByRole('button', { name: 'New receipt' }).first().click();
  const receipt = app.getByRole('dialog', { name: 'New receipt' });
  const picker = receipt.getByLabel('Boutique');
  await expect(picker.locator('optgroup')).toHaveCount(2);
  await expect(picker.locator('optgroup[label="Home store"] option')).toHaveText(['Beverly Hills · Los Angeles']);
  await expect(picker.locator('optgroup[label="Paris"] option')).toHaveText(['Faubourg Saint-Honoré', 'George V', 'Sèvres']);
  await picker.selectOption({ label: 'Beverly Hills · Los Angeles' });
  await expect(receipt.getByLabel('Currency')).toHaveValue('USD');
  await receipt.getByLabel('Item 1 description').fill('Oran sandals');
  await receipt.getByLabel('Item 1 price').fill('840');
  await app.keyboard.press('Control+Enter');
  await expect(app.getByRole('heading', { name: 'Oran sandals', level: 1 })).toBeVisible();
  expect(harness.journal.sqlite.prepare('SELECT b.name, p.currency FROM purchases p JOIN boutiques b ON b.id = p.boutique_id').all()).toEqual([
    { name: 'Beverly Hills', currency: 'USD' },
  ]);

  await open(app, harness.url, '#/offers/profile');
  await expect(app.getByRole('region', { name: 'Beverly Hills' }).getByText('$840.00').first()).toBeVisible();
});

test('archive a store: it leaves the picker but stays on its purchase; a store named by records is archived instead of deleted', async ({ app, harness, call }) => {
  const ginza = await call('boutiques.create', { name: 'Ginza', city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo', currency: 'JPY' });
  const purchase = await call('purchases.create', { day: '2026-06-01', currency: 'JPY', boutiqueId: ginza.id, items: [{ category: 'scarves', description: 'Carré 90', priceMinor: 71_500 }] });
  await open(app, harness.url, '#/boutiques');
  const other = app.getByRole('region', { name: 'Other stores' });
  await other.getByRole('button', { name: 'Delete Ginza' }).click();
  const refusal = app.getByRole('dialog', { name: 'Delete Ginza?' });
  await refusal.getByRole('button', { name: 'Delete store' }).click();
  await expect(refusal.getByRole('alert')).toHaveText('Ginza is still named by 1 purchase; nothing was deleted. Archive it instead to take it out of the pickers.');
  await refusal.getByRole('button', { name: 'Archive instead' }).click();
  await expect(refusal).toBeHidden();
  const archived = app.getByRole('region', { name: 'Archived' }).getByRole('article', { name: 'Ginza' });
  await expect(archived).toContainText('Archived Mon 23 Nov 2026');
  await expect(app.getByRole('region', { name: 'Other stores' }).getByRole('article')).toHaveCount(0);

  // Gone from a new receipt's picker…
  await app.goto(`${harness.url}#/purchases/new`);
  const receipt = app.getByRole('dialog', { name: 'New receipt' });
  await expect(receipt.getByLabel('Boutique').locator('option', { hasText: 'Ginza' })).toHaveCount(0);
  await receipt.getByRole('button', { name: 'Cancel' }).click();
  // …still on the purchase, and still chosen when it is edited.
  await open(app, harness.url, `#/purchases/${purchase.id}`);
  await expect(app.getByRole('main')).toContainText('Ginza');
  await app.getByRole('button', { name: 'Edit' }).first().click();
  const edit = app.getByRole('dialog', { name: /Edit/ });
  await expect(edit.getByLabel('Boutique').locator('option:checked')).toHaveText('Ginza · Tokyo');
  await expect(edit.getByLabel('Boutique').locator('optgroup[label="Archived"] option')).toHaveText(['Ginza · Tokyo']);
  await edit.getByRole('button', { name: 'Cancel' }).click();

  // Unarchived, it is offered again.
  await open(app, harness.url, '#/boutiques');
  await app.getByRole('button', { name: 'Unarchive Ginza' }).click();
  await expect(app.getByRole('region', { name: 'Other stores' }).getByRole('article', { name: 'Ginza' })).toBeVisible();
});

test('"Add a store…" from a picker adds the store and picks it, keeping what was typed in the form', async ({ app, harness }) => {
  await open(app, harness.url, '#/contacts/new');
  const form = app.getByRole('dialog', { name: 'New contact' });
  await form.getByLabel('Name').fill('Sophie Laurent');
  await form.getByLabel('Boutique').selectOption({ label: 'Add a store…' });
  const store = app.getByRole('dialog', { name: 'New store' });
  await expect(store).toBeVisible();
  await store.getByLabel('Name').fill('Madison Avenue');
  await store.getByLabel('City').fill('New York');
  await store.getByLabel('Country').fill('US');
  await store.getByLabel('Search time zones').fill('new york');
  await store.getByLabel('Search time zones').press('Enter');
  await store.getByLabel('Name').press('Enter'); // Enter saves the store dialog, not the contact behind it
  await expect(store).toBeHidden();
  await expect(form).toBeVisible();
  await expect(form.getByLabel('Name')).toHaveValue('Sophie Laurent');
  await expect(form.getByLabel('Boutique').locator('option:checked')).toHaveText('Madison Avenue · New York');
  await form.getByRole('button', { name: 'Create contact' }).click();
  await expect(app.getByRole('heading', { name: 'Sophie Laurent', level: 1 })).toBeVisible();
  expect(harness.journal.sqlite.prepare('SELECT b.name, b.currency, b.time_zone FROM contacts c JOIN boutiques b ON b.id = c.boutique_id').all()).toEqual([
    { name: 'Madison Avenue', currency: 'USD', time_zone: 'America/New_York' },
  ]);
});

test('search "sevres" finds the Sèvres boutique and opens it', async ({ app, harness, call }) => {
  const sevres = (await call('boutiques.list', undefined)).find((b) => b.code === 'sevres')!;
  await open(app, harness.url, '#/calendar');
  // Keys only once the screen is there and the search box has the focus (typed earlier, they go nowhere).
  await expect(app.locator('.cal-title')).toBeVisible();
  await app.keyboard.press('Control+K');
  const palette = app.getByRole('dialog', { name: 'Search the journal' });
  await expect(palette.getByRole('combobox', { name: 'Search the journal' })).toBeFocused();
  await app.keyboard.type('sevres');
  const option = palette.getByRole('option');
  await expect(option).toHaveCount(1);
  await expect(option).toContainText('Sèvres');
  await expect(option).toContainText('Boutique');
  await app.keyboard.press('Enter');
  await expect(app).toHaveURL(new RegExp(`#/boutiques/${sevres.id}$`));
  const dialog = app.getByRole('dialog', { name: 'Edit Sèvres' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Address')).toHaveValue('17 Rue de Sèvres, 75006 Paris, France');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(app).toHaveURL(/#\/boutiques$/);
});
