import { test, expect } from './fixtures';

test('create a trip through the UI; it survives a reload and is in the SQLite file', async ({ app, harness }) => {
  await app.goto(`${harness.url}#/trips`);
  await expect(app.getByRole('heading', { name: 'No trips yet' })).toBeVisible();
  await app.getByRole('button', { name: 'New trip' }).click();
  const dialog = app.getByRole('dialog', { name: 'New trip' });
  await dialog.getByLabel('Title').fill('Paris in December');
  await dialog.getByLabel('First day').fill('2026-12-05');
  await dialog.getByLabel('Last day').fill('2026-12-09');
  await dialog.getByLabel('Hotel').fill('Le Bristol');
  await dialog.getByLabel('Faubourg Saint-Honoré').check();
  await dialog.getByRole('button', { name: 'Add companion' }).click();
  await dialog.getByRole('textbox', { name: 'Companion 1', exact: true }).fill('Anna');
  await dialog.getByRole('button', { name: 'Add to wishlist' }).click();
  await dialog.getByLabel('Model').fill('Kelly');
  await dialog.getByRole('button', { name: 'Create trip' }).click();

  await expect(app.getByRole('heading', { name: 'Paris in December' })).toBeVisible();
  await expect(app.getByText('Le Bristol')).toBeVisible();
  await app.reload();
  await expect(app.getByRole('heading', { name: 'Paris in December' })).toBeVisible();
  await expect(app.getByRole('cell', { name: 'Kelly' })).toBeVisible();
  await expect(app.getByText('Anna')).toBeVisible();

  // The row is really in the journal file (read by a separate SQLite connection).
  const row = harness.journal.sqlite.prepare('SELECT title, start_day, end_day, hotel_name FROM trips').all();
  expect(row).toEqual([{ title: 'Paris in December', start_day: '2026-12-05', end_day: '2026-12-09', hotel_name: 'Le Bristol' }]);
});

test("a bad date shows the contract's message next to the field, and nothing is saved", async ({ app, harness }) => {
  await app.goto(`${harness.url}#/trips`);
  await app.getByRole('button', { name: 'New trip' }).click();
  const dialog = app.getByRole('dialog', { name: 'New trip' });
  await dialog.getByLabel('Title').fill('Backwards');
  await dialog.getByLabel('First day').fill('2026-12-09');
  await dialog.getByLabel('Last day').fill('2026-12-05');
  await dialog.getByRole('button', { name: 'Create trip' }).click();
  const lastDay = dialog.getByLabel('Last day');
  await expect(lastDay).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByText('The end day must be on or after the start day.')).toBeVisible();
  // A missing first day gets the contract's "required" message.
  await dialog.getByLabel('First day').fill('');
  await dialog.getByRole('button', { name: 'Create trip' }).click();
  await expect(dialog.getByText('Start day is required.')).toBeVisible();
  const count = harness.journal.sqlite.prepare('SELECT count(*) AS n FROM trips').get() as { n: number };
  expect(count.n).toBe(0);
});

test('edit and delete a trip', async ({ app, harness, call }) => {
  const trip = await call('trips.create', { title: 'Spring', city: 'Paris', startDay: '2027-04-01', endDay: '2027-04-04' });
  await app.goto(`${harness.url}#/trips/${trip.id}`);
  await app.getByRole('button', { name: 'Edit' }).click();
  const dialog = app.getByRole('dialog', { name: 'Edit Spring' });
  await dialog.getByLabel('Title').fill('Spring in Paris');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Spring in Paris' })).toBeVisible();
  await app.getByRole('button', { name: 'Delete' }).click();
  await app.getByRole('dialog').getByRole('button', { name: 'Delete trip' }).click();
  await expect(app.getByRole('heading', { name: 'No trips yet' })).toBeVisible();
});

test("the menu's New Trip route opens the form, and closing it returns to the list", async ({ app, harness }) => {
  await app.goto(`${harness.url}#/trips/new`);
  const dialog = app.getByRole('dialog', { name: 'New trip' });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  await expect(app).toHaveURL(/#\/trips$/);
});
