/**
 * Every dialog opens with the keyboard in its first field (issue 14 §4): before, showModal put
 * focus on the × button, so typed letters went nowhere and the first space closed the dialog.
 */
import { test, expect } from './fixtures';

const DIALOGS = [
  { screen: '#/contacts', button: 'New contact', field: 'Name' },
  { screen: '#/trips', button: 'New trip', field: 'Title' },
  { screen: '#/special-orders', button: 'New special order', field: 'Model' },
  { screen: '#/offers', button: 'Record an offer', field: 'Day offered' },
];

for (const d of DIALOGS) {
  test(`"${d.button}" opens with the cursor in its first field; typing and a space stay in the form`, async ({ app, harness }) => {
    await app.goto(`${harness.url}${d.screen}`);
    await app.getByRole('button', { name: d.button }).first().click();
    const dialog = app.getByRole('dialog', { name: d.button });
    await expect(dialog).toBeVisible();
    const first = dialog.locator('input:not([type="hidden"]), select, textarea').first();
    await expect(first).toBeFocused();
    await expect(dialog.getByLabel(d.field, { exact: true })).toBeFocused();
    if (d.field !== 'Day offered') {
      await app.keyboard.type('Kelly Gold');
      await expect(dialog).toBeVisible();
      await expect(dialog.getByLabel(d.field, { exact: true })).toHaveValue('Kelly Gold');
    }
    await expect(dialog.getByRole('button', { name: 'Close' })).not.toBeFocused();
  });
}

test('a confirmation with no field starts on Cancel, so Enter or Space does not delete', async ({ app, harness, call }) => {
  const c = await call('contacts.create', { name: 'Camille Martin' });
  await app.goto(`${harness.url}#/contacts/${c.id}`);
  await app.getByRole('button', { name: 'Delete' }).first().click();
  const dialog = app.getByRole('dialog');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await app.keyboard.press('Space');
  await expect(dialog).toBeHidden();
  await expect(app.getByRole('heading', { name: 'Camille Martin', level: 1 })).toBeVisible();
});
