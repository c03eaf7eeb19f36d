import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

async function expectNoSeriousAxeViolations(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test('Ctrl+K, type "sevres", see the highlighted match, Enter opens the record', async ({ app, harness, call }) => {
  const trip = await call('trips.create', {
    title: 'Paris in December',
    city: 'Paris',
    startDay: '2026-12-04',
    endDay: '2026-12-09',
    notes: 'Walk in at Sèvres in the afternoon.',
  });
  await call('trips.create', { title: 'Lisbon', city: 'Lisbon', startDay: '2027-02-01', endDay: '2027-02-03' });
  await app.goto(`${harness.url}#/trips`);
  await expect(app.getByRole('heading', { name: 'Trips', level: 1 })).toBeVisible();

  await app.keyboard.press('Control+K');
  const palette = app.getByRole('dialog', { name: 'Search the journal' });
  await expect(palette).toBeVisible();
  const box = palette.getByRole('combobox', { name: 'Search the journal' });
  await expect(box).toBeFocused();
  await app.keyboard.type('sevres');

  // The Sèvres boutique itself (its name is its title, ranked first), then the trip naming it.
  const options = palette.getByRole('option');
  await expect(options).toHaveCount(2);
  await expect(options.first()).toContainText('Sèvres');
  await app.keyboard.press('ArrowDown');
  const option = options.nth(1);
  await expect(option).toContainText('Paris in December');
  await expect(option).toHaveAttribute('aria-selected', 'true');
  // The accented word as written in the record, marked.
  await expect(option.locator('mark')).toHaveText(['Sèvres']);
  await expect(box).toHaveAttribute('aria-expanded', 'true');
  await expect(box).toHaveAttribute('aria-activedescendant', (await option.getAttribute('id'))!);
  await expectNoSeriousAxeViolations(app);
  await app.emulateMedia({ colorScheme: 'dark' });
  await expectNoSeriousAxeViolations(app);

  await app.keyboard.press('Enter');
  await expect(palette).toBeHidden();
  await expect(app).toHaveURL(new RegExp(`#/trips/${trip.id}$`));
  await expect(app.getByRole('heading', { name: 'Paris in December', level: 1 })).toBeVisible();
});

test('arrows move through the results, Escape closes, the sidebar button opens it too', async ({ app, harness, call }) => {
  const kelly = await call('contacts.create', { name: 'Kelly Moreau', notes: 'Leather desk at George V' });
  await call('purchases.create', {
    day: '2026-05-06',
    currency: 'EUR',
    items: [{ category: 'bag', description: 'Kelly 28 Togo', priceMinor: 1_050_000, quota: true }],
  });
  await call('notes.create', { subjectType: 'contact', subjectId: kelly.id, kind: 'advice', body: 'She said a Kelly may come in spring.' });
  await app.goto(`${harness.url}#/trips`);

  await app.getByRole('button', { name: 'Search' }).click();
  const palette = app.getByRole('dialog', { name: 'Search the journal' });
  await expect(palette).toBeVisible();
  await expect(palette.getByText('Accents and capitals don’t matter')).toBeVisible();
  await app.keyboard.type('kel');
  const options = palette.getByRole('option');
  await expect(options).toHaveCount(3);
  await expect(palette.getByRole('status')).toHaveText('3 results; use the arrow keys and Enter to open one.');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'true');
  await app.keyboard.press('ArrowDown');
  await expect(options.nth(1)).toHaveAttribute('aria-selected', 'true');
  await expect(options.nth(0)).toHaveAttribute('aria-selected', 'false');
  await app.keyboard.press('ArrowUp');
  await app.keyboard.press('ArrowUp');
  // Up from the first wraps to the last.
  await expect(options.nth(2)).toHaveAttribute('aria-selected', 'true');

  await app.keyboard.press('Escape');
  await expect(palette).toBeHidden();
  await expect(app).toHaveURL(/#\/trips$/);

  // Ctrl+K again starts afresh; the note opens its subject (the contact).
  await app.keyboard.press('Control+K');
  await expect(palette.getByRole('combobox')).toHaveValue('');
  await app.keyboard.type('spring');
  await expect(palette.getByRole('option')).toHaveCount(1);
  await expect(palette.getByRole('option')).toContainText('Advice to self · Kelly Moreau');
  await palette.getByRole('option').click();
  await expect(app).toHaveURL(new RegExp(`#/contacts/${kelly.id}$`));
});

test('nothing found says so; typed markup is shown as text, never run as HTML', async ({ app, harness, call }) => {
  await call('trips.create', { title: '<img src=x onerror="window.hacked=1"> Kelly trip', city: 'Paris', startDay: '2026-12-04', endDay: '2026-12-05' });
  await app.goto(`${harness.url}#/trips`);
  await app.keyboard.press('Control+K');
  const palette = app.getByRole('dialog', { name: 'Search the journal' });
  await app.keyboard.type('birkin "NEAR" -*');
  await expect(palette.getByRole('paragraph').filter({ hasText: 'Nothing matches “birkin "NEAR" -*”' })).toBeVisible();
  await expect(palette.getByRole('status')).toHaveText('Nothing matches “birkin "NEAR" -*”.');
  await expect(palette.getByRole('option')).toHaveCount(0);
  await palette.getByRole('combobox').fill('onerror kelly');
  const option = palette.getByRole('option');
  await expect(option).toHaveCount(1);
  await expect(option).toContainText('<img src=x onerror="window.hacked=1"> Kelly trip');
  await expect(option.locator('img')).toHaveCount(0);
  await expect(option.locator('mark')).toHaveText(['onerror', 'Kelly']);
  expect(await app.evaluate(() => (window as unknown as { hacked?: number }).hacked)).toBeUndefined();
});
