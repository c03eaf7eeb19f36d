/**
 * The Trash as a person meets it (issue 15 §2): the delete dialog says what goes with the
 * record, an Undo toast brings it back at once, and Settings › Trash restores it later.
 */
import { seedSample } from '../../scripts/sample-journal';
import { expect, test } from './fixtures';

test('delete a trip with its notes, undo from the toast, delete again and restore it from Settings › Trash', async ({ app, harness, call }) => {
  seedSample(harness.journal);
  const trip = (await call('trips.list', { query: 'Spring in Paris' }))[0]!;
  await call('notes.create', { subjectType: 'trip', subjectId: trip.id, day: '2026-11-20', kind: 'doubt', body: 'Is April too early for the new colours?' });
  await call('notes.create', { subjectType: 'trip', subjectId: trip.id, day: '2026-11-21', kind: 'decision', body: 'Book the Plaza only if the lottery opens.' });
  await call('notes.create', { subjectType: 'trip', subjectId: trip.id, day: '2026-11-22', kind: 'advice', body: 'Camille says: come on a Tuesday.' });
  await app.goto(`${harness.url}#/trips/${trip.id}`);
  await expect(app.getByRole('heading', { level: 1, name: 'Spring in Paris' })).toBeVisible();
  await expect(app.getByText('Camille says: come on a Tuesday.')).toBeVisible();

  // The dialog counts what goes with it.
  await app.getByRole('button', { name: 'Delete', exact: true }).click();
  const dialog = app.getByRole('dialog', { name: 'Delete this trip?' });
  await expect(dialog.getByTestId('trash-preview')).toHaveText(
    '3 decision notes and 1 planned boutique go to the Trash with it. You can restore it from Settings › Trash for 30 days.',
  );
  await dialog.getByRole('button', { name: 'Delete trip' }).click();
  await expect(app).toHaveURL(/#\/trips$/);
  await expect(app.getByRole('link', { name: /Spring in Paris/ })).toHaveCount(0);
  expect(harness.journal.sqlite.prepare("SELECT count(*) FROM decision_notes WHERE subject_type = 'trip' AND subject_id = ?").pluck().get(trip.id)).toBe(0);

  // Undo, right after.
  const toast = app.getByRole('status').filter({ hasText: 'moved to the Trash' });
  await expect(toast).toHaveText(/Trip “Spring in Paris” moved to the Trash\./);
  await toast.getByRole('button', { name: 'Undo' }).click();
  await expect(app.getByRole('heading', { level: 1, name: 'Spring in Paris' })).toBeVisible();
  await expect(app.getByRole('status').filter({ hasText: 'is back' })).toHaveText(/Trip “Spring in Paris” is back\./);
  for (const body of ['Is April too early for the new colours?', 'Book the Plaza only if the lottery opens.', 'Camille says: come on a Tuesday.']) {
    await expect(app.getByText(body)).toBeVisible();
  }
  expect(harness.journal.sqlite.prepare('SELECT count(*) FROM trash').pluck().get()).toBe(0);

  // Delete again; restore it later from Settings › Trash.
  await app.getByRole('button', { name: 'Delete', exact: true }).click();
  await app.getByRole('dialog', { name: 'Delete this trip?' }).getByRole('button', { name: 'Delete trip' }).click();
  await expect(app).toHaveURL(/#\/trips$/);
  await app.goto(`${harness.url}#/settings`);
  const section = app.getByRole('region', { name: 'Trash' });
  const entry = section.getByRole('listitem').filter({ hasText: 'Spring in Paris' });
  await expect(entry).toContainText('Deleted Mon 23 Nov 2026');
  await expect(entry).toContainText('With it: 3 decision notes and 1 planned boutique.');
  await entry.getByRole('button', { name: 'Restore trip Spring in Paris' }).click();
  await expect(section.getByText('The Trash is empty.')).toBeVisible();
  await app.goto(`${harness.url}#/trips/${trip.id}`);
  await expect(app.getByRole('heading', { level: 1, name: 'Spring in Paris' })).toBeVisible();
  await expect(app.getByText('Book the Plaza only if the lottery opens.')).toBeVisible();
});

test('Settings › Trash deletes one entry forever and empties the Trash', async ({ app, harness, call }) => {
  const a = await call('contacts.create', { name: 'Camille', role: 'sa' });
  const b = await call('contacts.create', { name: 'Hugo', role: 'manager' });
  await call('interactions.create', { contactId: a.id, day: '2026-11-20', kind: 'messaged', summary: 'Asked about the Kelly' });
  await call('contacts.delete', { id: a.id });
  await call('contacts.delete', { id: b.id });
  await app.goto(`${harness.url}#/settings`);
  const section = app.getByRole('region', { name: 'Trash' });
  await expect(section.getByRole('listitem')).toHaveCount(2);
  await expect(section.getByRole('listitem').filter({ hasText: 'Camille' })).toContainText('With it: 1 log entry.');
  await section.getByRole('button', { name: 'Delete contact Hugo forever' }).click();
  const forever = app.getByRole('dialog', { name: 'Delete this forever?' });
  await expect(forever).toContainText('Hugo leaves Carnet for good.');
  await forever.getByRole('button', { name: 'Delete forever' }).click();
  await expect(section.getByRole('listitem')).toHaveCount(1);
  await section.getByRole('button', { name: 'Empty the Trash' }).click();
  await app.getByRole('dialog', { name: 'Empty the Trash?' }).getByRole('button', { name: 'Empty the Trash' }).click();
  await expect(section.getByText('The Trash is empty.')).toBeVisible();
  expect(harness.journal.sqlite.prepare('SELECT count(*) FROM trash').pluck().get()).toBe(0);
});
