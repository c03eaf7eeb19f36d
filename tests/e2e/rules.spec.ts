/**
 * Settings › Rules: the user sets their own values for a rule Carnet takes from outside, sees
 * them used where the rule is (the planner, the détaxe forms screen), is refused in the words of
 * the form, and restores the reported values.
 */
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const NOW = '2026-11-23T10:00:00.000Z';
test.use({ now: NOW });

async function openAt(app: Page, url: string) {
  await app.clock.setFixedTime(new Date(NOW));
  await app.goto(url);
  await app.reload();
}

const rule = (app: Page, title: string) => app.locator('.rule-entry').filter({ has: app.getByRole('term').filter({ hasText: title }) });

test('own lottery hours: refused when they close before they open, then used by the planner until restored', async ({ app, harness, call }) => {
  const trip = await call('trips.create', { title: 'Paris in December', city: 'Paris', startDay: '2026-12-07', endDay: '2026-12-08' });
  await openAt(app, `${harness.url}#/settings`);
  const lottery = rule(app, 'Paris leather lottery');
  await expect(lottery).toContainText('10:30–19:00 Paris time');
  await lottery.getByRole('button', { name: 'Set your own values: Paris leather lottery' }).click();
  const form = app.getByRole('form', { name: 'Your values: Paris leather lottery' });
  await expect(form.getByLabel('The window opens at (Paris time)')).toHaveValue('10:30');
  await expect(form.getByText('Reported: 10:30.')).toBeVisible();
  await form.getByLabel('The window opens at (Paris time)').fill('11:00');
  await form.getByLabel('The window closes at (Paris time)').fill('10:00');
  await form.getByRole('button', { name: 'Use my values' }).click();
  await expect(form.getByRole('alert')).toHaveText('The window closes after it opens.');
  expect(await call('settings.get', undefined)).toMatchObject({ rules: {} });

  await form.getByLabel('The window closes at (Paris time)').fill('19:30');
  await form.getByRole('button', { name: 'Use my values' }).click();
  await expect(form).toBeHidden();
  await expect(lottery.getByText('Yours', { exact: true })).toBeVisible();
  await expect(lottery).toContainText('The window runs 11:00–19:30 Paris time.');
  // The zone preview under the home zone reads the same hours.
  await expect(app.locator('.zone-preview')).toContainText('11:00–19:30');

  await app.goto(`${harness.url}#/appointments/plan/${trip.id}`);
  await expect(app.getByText('between 11:00 and 19:30 Paris time')).toBeVisible();
  const tuesday = app.getByRole('region', { name: 'Tue 8 Dec 2026' });
  await expect(tuesday.getByRole('definition').first()).toContainText('11:00–19:30');

  await app.goto(`${harness.url}#/settings`);
  await rule(app, 'Paris leather lottery').getByRole('button', { name: 'Restore the reported values: Paris leather lottery' }).click();
  await expect(rule(app, 'Paris leather lottery').getByText('Yours', { exact: true })).toBeHidden();
  await app.goto(`${harness.url}#/appointments/plan/${trip.id}`);
  await expect(app.getByText('between 10:30 and 19:00 Paris time')).toBeVisible();
  await expect(app.getByRole('region', { name: 'Tue 8 Dec 2026' }).getByRole('definition').first()).toContainText('10:30–19:00');
});

test('an own détaxe threshold and quota models show where the rules are explained', async ({ app, harness, call }) => {
  await openAt(app, `${harness.url}#/settings`);
  const detaxe = rule(app, 'Détaxe (VAT refund)');
  await detaxe.getByRole('button', { name: 'Set your own values: Détaxe (VAT refund)' }).click();
  const form = app.getByRole('form', { name: 'Your values: Détaxe (VAT refund)' });
  await expect(form.getByLabel('A form needs more than (€)')).toHaveValue('100.00');
  await form.getByLabel('A form needs more than (€)').fill('lots');
  await form.getByRole('button', { name: 'Use my values' }).click();
  await expect(form.getByRole('alert')).toHaveText('Enter an amount in euros, like 100.00.');
  await form.getByLabel('A form needs more than (€)').fill('175');
  await form.getByRole('button', { name: 'Use my values' }).click();
  await expect(detaxe).toContainText('Yours');
  await expect(detaxe).toContainText('More than €175.00 on one form, over up to 3 consecutive days');

  const quota = rule(app, 'Quota bags');
  await quota.getByRole('button', { name: 'Set your own values: Quota bags' }).click();
  const models = app.getByRole('form', { name: 'Your values: Quota bags' });
  await models.getByLabel('Quota models').fill('Birkin, Kelly, Constance');
  await models.getByRole('button', { name: 'Use my values' }).click();
  await expect(quota).toContainText('Birkin, Kelly and Constance count as quota, 2 a year.');
  expect((await call('settings.get', undefined)).rules).toEqual({ detaxeMinSpendMinor: 17501, quotaModels: ['Birkin', 'Kelly', 'Constance'] });

  await app.goto(`${harness.url}#/purchases/detaxe`);
  await expect(app.getByText('More than €175.00 on one form, in euros.')).toBeVisible();
  await expect(app.getByText('Some values are yours, set in Settings › Rules')).toBeVisible();
});
