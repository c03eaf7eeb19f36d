/**
 * The application menu's File › New contact / New receipt send '#/contacts/new' and
 * '#/purchases/new': each opens its screen with the create form, and closing the form goes back
 * to the list.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { newRecordRoutes } from '../../src/shared/navigation';
import { test, expect } from './fixtures';

/** What the shell does with a route from the menu: set the hash (no page load). */
const menu = (app: Page, route: string) => app.evaluate((r) => void (window.location.hash = r), route);

let loads = 0;
const load = (app: Page, url: string, route: string) => app.goto(`${url}?load=${++loads}#${route}`);

async function expectNoSeriousAxe(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('#/contacts/new opens the new-contact form over the list; closing it goes back to #/contacts', async ({ app, harness, call }) => {
  expect(newRecordRoutes.contact).toBe('/contacts/new');
  // Opened straight on the route (the app started from the menu item).
  await load(app, harness.url, newRecordRoutes.contact);
  const dialog = app.getByRole('dialog', { name: 'New contact' });
  await expect(dialog).toBeVisible();
  await expect(app.getByRole('heading', { name: 'Contacts', level: 1 })).toBeVisible();
  await expectNoSeriousAxe(app);
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(app).toHaveURL(/#\/contacts$/);
  await expect(app.getByRole('heading', { name: 'No contacts yet' })).toBeVisible();

  // From another screen, as the menu does it while the app runs; Escape closes it too.
  const camille = await call('contacts.create', { name: 'Camille Martin' });
  await menu(app, `/contacts/${camille.id}`);
  await expect(app.getByRole('heading', { name: 'Camille Martin', level: 1 })).toBeVisible();
  await menu(app, newRecordRoutes.contact);
  await expect(dialog).toBeVisible();
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(app).toHaveURL(/#\/contacts$/);

  // Saved: the new contact's page.
  await menu(app, newRecordRoutes.contact);
  await dialog.getByLabel('Name').fill('Julien Petit');
  await dialog.getByRole('button', { name: 'Create contact' }).click();
  await expect(app.getByRole('heading', { name: 'Julien Petit', level: 1 })).toBeVisible();
  const id = harness.journal.sqlite.prepare("SELECT id FROM contacts WHERE name = 'Julien Petit'").pluck().get();
  await expect(app).toHaveURL(new RegExp(`#/contacts/${id}$`));
  await expect(dialog).toBeHidden();
});

test('#/purchases/new opens the receipt form in the default currency; closing it goes back to #/purchases', async ({ app, harness, call }) => {
  expect(newRecordRoutes.purchase).toBe('/purchases/new');
  await call('settings.update', { defaultCurrency: 'JPY' });
  await load(app, harness.url, newRecordRoutes.purchase);
  const dialog = app.getByRole('dialog', { name: 'New receipt' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Currency')).toHaveValue('JPY');
  await expect(app.getByRole('heading', { name: 'Purchases', level: 1 })).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(app).toHaveURL(/#\/purchases$/);
  await expect(app.getByRole('heading', { name: 'No purchases yet' })).toBeVisible();

  await menu(app, '/trips');
  await expect(app.getByRole('heading', { name: 'Trips', level: 1 })).toBeVisible();
  await menu(app, newRecordRoutes.purchase);
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('Item 1 description').fill('Carré 90');
  await dialog.getByLabel('Item 1 price').fill('72000');
  await dialog.getByRole('button', { name: 'Save receipt' }).click();
  await expect(app.getByRole('heading', { name: 'Carré 90', level: 1 })).toBeVisible();
  const id = harness.journal.sqlite.prepare('SELECT id FROM purchases').pluck().get();
  await expect(app).toHaveURL(new RegExp(`#/purchases/${id}$`));
  expect(harness.journal.sqlite.prepare('SELECT currency FROM purchases').pluck().get()).toBe('JPY');
});
