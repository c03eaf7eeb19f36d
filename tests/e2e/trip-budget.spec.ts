/**
 * A trip's budget, through the UI: set in the trip form (read in its currency as typed), the
 * trip's receipts in that currency weighed against it on the trip page, other currencies named
 * beside it and never converted; over budget said in words; bad amounts refused in the form's
 * words with nothing saved; the contract refuses an amount without its currency.
 */
import { test, expect } from './fixtures';

const budgetRow = (harness: { journal: { sqlite: { prepare: (s: string) => { get: () => unknown } } } }) =>
  harness.journal.sqlite.prepare('SELECT budget_minor, budget_currency FROM trips').get();

test('from an empty journal: a trip with a budget shows what was spent against it, per currency', async ({ app, harness, call }) => {
  await app.goto(`${harness.url}#/trips`);
  await app.getByRole('button', { name: 'New trip' }).click();
  const dialog = app.getByRole('dialog', { name: 'New trip' });
  await dialog.getByLabel('Title').fill('Paris in December');
  await dialog.getByLabel('First day').fill('2026-12-05');
  await dialog.getByLabel('Last day').fill('2026-12-09');
  await expect(dialog.getByLabel('Budget currency')).toHaveValue('EUR');
  await dialog.getByLabel('Budget', { exact: true }).fill('20 000');
  await dialog.getByRole('button', { name: 'Create trip' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Paris in December' })).toBeVisible();
  expect(budgetRow(harness)).toEqual({ budget_minor: 2_000_000, budget_currency: 'EUR' });

  const budget = app.getByRole('group', { name: 'Budget' });
  await expect(budget).toContainText('Budget €20,000.00 · spent €0.00 (0 %) · €20,000.00 left');

  const trip = (await call('trips.list', undefined))[0]!;
  const fsh = (await call('boutiques.list', undefined)).find((b) => b.code === 'fsh')!;
  await call('purchases.create', { day: '2026-12-07', boutiqueId: fsh.id, tripId: trip.id, currency: 'EUR', items: [{ category: 'bag', description: 'Picotin 18', priceMinor: 310_000 }, { category: 'scarves', description: 'Carré 90', priceMinor: 930_000 }] });
  await call('purchases.create', { day: '2026-12-08', tripId: trip.id, currency: 'USD', online: true, items: [{ category: 'home', description: 'Throw', priceMinor: 84_000 }] });
  await app.reload();
  await expect(budget).toContainText('Budget €20,000.00 · spent €12,400.00 (62 %) · €7,600.00 left');
  await expect(budget).toContainText('Also spent $840.00: not counted against a budget in EUR.');
  await expect(budget.getByRole('meter', { name: 'Spent 62 % of the budget' })).toBeVisible();

  // A smaller budget: over it, in words.
  await app.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = app.getByRole('dialog', { name: 'Edit Paris in December' });
  await expect(edit.getByLabel('Budget', { exact: true })).toHaveValue('20000.00');
  await edit.getByLabel('Budget', { exact: true }).fill('10000');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(budget).toContainText('Budget €10,000.00 · spent €12,400.00 (124 %) · €2,400.00 over budget');

  // No budget any more: the block goes, both columns are empty, the rest of the trip is as it was.
  await app.getByRole('button', { name: 'Edit', exact: true }).click();
  await edit.getByLabel('Budget', { exact: true }).fill('');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(budget).toBeHidden();
  expect(budgetRow(harness)).toEqual({ budget_minor: null, budget_currency: null });
  expect((await call('trips.get', { id: trip.id })).title).toBe('Paris in December');
});

test('a budget of zero or of words is refused in the form’s words, and nothing is saved', async ({ app, harness, call }) => {
  const trip = await call('trips.create', { title: 'Spring', city: 'Paris', startDay: '2027-04-01', endDay: '2027-04-04' });
  await app.goto(`${harness.url}#/trips/${trip.id}`);
  await app.getByRole('button', { name: 'Edit', exact: true }).click();
  const dialog = app.getByRole('dialog', { name: 'Edit Spring' });
  const field = dialog.getByLabel('Budget', { exact: true });

  await field.fill('a lot');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByText('Enter the budget as an amount, like 20000.')).toBeVisible();
  await expect(field).toBeFocused();

  await field.fill('0');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByText('A budget is more than zero; leave it empty for no budget.')).toBeVisible();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  expect(budgetRow(harness)).toEqual({ budget_minor: null, budget_currency: null });

  // In yen there are no decimals: "5000" is ¥5,000, stored as 5000 minor units.
  await dialog.getByLabel('Budget currency').selectOption('JPY');
  await field.fill('5000');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog).toBeHidden();
  expect(budgetRow(harness)).toEqual({ budget_minor: 5000, budget_currency: 'JPY' });
  await expect(app.getByRole('group', { name: 'Budget' })).toContainText('Budget ¥5,000 · spent ¥0 (0 %) · ¥5,000 left');

  // At the door: an amount without its currency is refused, and the journal keeps the yen budget.
  await expect(call('trips.update', { id: trip.id, budgetMinor: 100 })).rejects.toThrow('trips.update: Give the budget’s amount with its currency, or neither.');
  expect(budgetRow(harness)).toEqual({ budget_minor: 5000, budget_currency: 'JPY' });
});
