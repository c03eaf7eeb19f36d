import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, pinnedNow } from './fixtures';

const today = () => pinnedNow().toISODate()!;
const thisYear = () => String(pinnedNow().year);

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

test('enter a 3-item receipt with the keyboard; totals stay per currency (EUR and USD apart)', async ({ app, harness, call }) => {
  await open(app, harness.url, `#/purchases`);
  await expect(app.getByRole('heading', { name: 'No purchases yet' })).toBeVisible();
  await expectNoSeriousAxe(app);
  // "n" opens the receipt dialog.
  await app.locator('body').press('n');
  const dialog = app.getByRole('dialog', { name: 'New receipt' });
  await expect(dialog.getByLabel('Day')).toHaveValue(today());
  await dialog.getByLabel('Boutique').selectOption({ label: 'Faubourg Saint-Honoré' });
  await expect(dialog.getByLabel('Currency')).toHaveValue('EUR');

  await dialog.getByLabel('Item 1 description').fill('Kelly 25 Epsom Gold');
  // The category (and quota, for a Kelly) is guessed from the words typed.
  await expect(dialog.getByLabel('Item 1 category')).toHaveValue('bag');
  await expect(dialog.getByLabel('Item 1 quota')).toHaveValue('yes');
  await dialog.getByLabel('Item 1 price').fill('11 400');
  await dialog.getByLabel('Item 1 price').press('Enter');
  // Enter added a row and moved to it.
  await expect(dialog.getByLabel('Item 2 description')).toBeFocused();
  await app.keyboard.type('Silk thing');
  await expect(dialog.getByLabel('Item 2 category')).toHaveValue('other');
  await expect(dialog.getByLabel('Item 2 quota')).toBeDisabled();
  await dialog.getByLabel('Item 2 category').selectOption('scarves');
  // Once chosen by hand, the category no longer follows the description.
  await dialog.getByLabel('Item 2 description').fill('Twilly Faubourg sandals');
  await expect(dialog.getByLabel('Item 2 category')).toHaveValue('scarves');
  await dialog.getByLabel('Item 2 description').fill('Twilly Faubourg');
  await dialog.getByLabel('Item 2 price').fill('210');
  await dialog.getByLabel('Item 2 price').press('Enter');
  await expect(dialog.getByLabel('Item 3 description')).toBeFocused();
  await app.keyboard.type('Oran sandals');
  await expect(dialog.getByLabel('Item 3 category')).toHaveValue('shoes');
  await dialog.getByLabel('Item 3 price').fill('760,50');
  await dialog.getByLabel('Item 3 offered by the SA').check();
  await expect(dialog.getByTestId('receipt-total')).toHaveText('€12,370.50');
  await expect(dialog).toContainText('3 items');
  // An Enter too many leaves an empty row, dropped on save.
  await dialog.getByLabel('Item 3 price').press('Enter');
  await expect(dialog.getByLabel('Item 4 description')).toBeFocused();
  await expectNoSeriousAxe(app);
  await app.keyboard.press('Control+Enter');

  await expect(app.getByRole('heading', { name: 'Kelly 25 Epsom Gold + 2 more', level: 1 })).toBeVisible();
  const receipt = app.getByRole('region', { name: /Receipt · 3 items/ });
  await expect(receipt.getByRole('row')).toHaveCount(5);
  await expect(receipt).toContainText('€12,370.50');
  await expect(receipt).toContainText('offered by the SA');
  const items = harness.journal.sqlite.prepare('SELECT description, category, quota, price_minor, offered FROM purchase_items ORDER BY position').all();
  expect(items).toEqual([
    { description: 'Kelly 25 Epsom Gold', category: 'bag', quota: 1, price_minor: 1140000, offered: 0 },
    { description: 'Twilly Faubourg', category: 'scarves', quota: null, price_minor: 21000, offered: 0 },
    { description: 'Oran sandals', category: 'shoes', quota: null, price_minor: 76050, offered: 1 },
  ]);
  await expectNoSeriousAxe(app);

  // A purchase in dollars at the home store.
  const home = await call('boutiques.create', { name: 'Madison Avenue', city: 'New York', country: 'US', timeZone: 'America/New_York', isHome: true });
  await call('purchases.create', { day: today(), boutiqueId: home.id, currency: 'USD', items: [{ category: 'home', description: 'Mosaïque plates', priceMinor: 98000 }] });
  await open(app, harness.url, '#/purchases');
  await expect(app.getByTestId('year-total-EUR')).toHaveText('€12,370.50');
  await expect(app.getByTestId('year-total-USD')).toHaveText('$980.00');
  await expect(app.getByTestId('table-total-EUR')).toHaveText('€12,370.50');
  await expect(app.getByTestId('table-total-USD')).toHaveText('$980.00');
  // Per boutique: one column per currency, nothing added across them.
  const byBoutique = app.getByTestId('totals-boutique');
  await expect(byBoutique.getByRole('columnheader')).toHaveText(['Boutique', 'EUR', 'USD']);
  await expect(byBoutique.getByRole('row', { name: /FSH/ }).getByRole('rowheader')).toHaveText('FSH1 receipt');
  await expect(byBoutique.getByRole('row', { name: /FSH/ }).getByRole('cell')).toHaveText(['€12,370.50', '—']);
  await expect(byBoutique.getByRole('row', { name: /Madison Avenue/ }).getByRole('cell')).toHaveText(['—', '$980.00']);
  const yearRow = app.getByTestId('totals-year').getByRole('row', { name: new RegExp(thisYear()) });
  await expect(yearRow.getByRole('rowheader')).toContainText('2 receipts');
  await expect(yearRow.getByRole('cell')).toHaveText(['€12,370.50', '$980.00']);
  await expect(app.getByText('13,350')).toHaveCount(0);
  await expectNoSeriousAxe(app);
});

test('filter the table by category, quota and search; sort by amount within each currency', async ({ app, harness, call }) => {
  const boutiques = await call('boutiques.list', undefined);
  const fsh = boutiques.find((b) => b.name === 'Faubourg Saint-Honoré')!;
  const sevres = boutiques.find((b) => b.name === 'Sèvres')!;
  const y = thisYear();
  await call('purchases.create', { day: `${y}-01-10`, boutiqueId: fsh.id, currency: 'EUR', items: [{ category: 'shoes', description: 'Oran sandals', priceMinor: 76000 }] });
  await call('purchases.create', { day: `${y}-02-10`, boutiqueId: sevres.id, currency: 'EUR', items: [{ category: 'bag', description: 'Evelyne PM', quota: false, priceMinor: 235000 }] });
  await call('purchases.create', {
    day: `${y}-03-10`,
    boutiqueId: fsh.id,
    currency: 'EUR',
    items: [
      { category: 'shoes', description: 'Chypre sandals', priceMinor: 99000 },
      { category: 'scarves', description: 'Carré 90', priceMinor: 55000 },
    ],
  });
  await call('purchases.create', { day: `${y}-04-10`, currency: 'USD', items: [{ category: 'shoes', description: 'Izmir', priceMinor: 120000 }] });
  await open(app, harness.url, `#/purchases`);
  const table = app.locator('table.purchase-table');
  const itemsColumn = table.locator('tbody tr td:nth-child(2) a');
  await expect(itemsColumn).toHaveText(['Izmir', 'Chypre sandals + 1 more', 'Evelyne PM', 'Oran sandals']);

  await app.getByRole('combobox', { name: 'Category' }).selectOption('shoes');
  await expect(itemsColumn).toHaveText(['Izmir', 'Chypre sandals + 1 more', 'Oran sandals']);
  await expect(app.getByText('3 of 4 receipts match')).toBeVisible();
  await expect(app.getByTestId('table-total-EUR')).toHaveText('€2,300.00');
  await expect(app.getByTestId('table-total-USD')).toHaveText('$1,200.00');

  // Amount: largest first, EUR receipts together then USD ones; again: smallest first.
  await table.getByRole('button', { name: 'Amount' }).click();
  await expect(table.getByRole('columnheader', { name: 'Amount' })).toHaveAttribute('aria-sort', 'descending');
  await expect(itemsColumn).toHaveText(['Chypre sandals + 1 more', 'Oran sandals', 'Izmir']);
  await table.getByRole('button', { name: 'Amount' }).click();
  await expect(table.getByRole('columnheader', { name: 'Amount' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(itemsColumn).toHaveText(['Oran sandals', 'Chypre sandals + 1 more', 'Izmir']);

  await app.getByRole('combobox', { name: 'Category' }).selectOption('');
  await app.getByRole('combobox', { name: 'Quota' }).selectOption('no');
  await expect(itemsColumn).toHaveText(['Evelyne PM']);
  await app.getByRole('button', { name: 'Clear filters' }).first().click();
  await app.locator('body').press('/');
  await expect(app.getByRole('searchbox', { name: 'Search items and notes' })).toBeFocused();
  await app.keyboard.type('carré');
  await expect(itemsColumn).toHaveText(['Chypre sandals + 1 more']);
  await app.keyboard.type('zzz');
  await expect(app.getByRole('heading', { name: 'No receipt matches' })).toBeVisible();
  await expectNoSeriousAxe(app);
  // Sorting by boutique puts receipts without one last.
  await app.getByRole('button', { name: 'Clear filters' }).first().click();
  await table.getByRole('button', { name: 'Boutique' }).click();
  // The flagship goes by "FSH", with its full name in the tooltip.
  await expect(table.locator('tbody tr td:nth-child(3)')).toHaveText(['FSH', 'FSH', 'Sèvres', '—']);
  await expect(table.locator('tbody tr td:nth-child(3) abbr').first()).toHaveAttribute('title', 'Faubourg Saint-Honoré');
});

test('the spend charts draw per currency and offer their numbers as a table', async ({ app, harness, call }) => {
  const y = thisYear();
  const month = pinnedNow().toFormat('LLLL yyyy');
  await call('purchases.create', { day: today(), currency: 'EUR', items: [{ category: 'jewelry', description: 'Clic H', priceMinor: 78000 }] });
  await call('purchases.create', { day: today(), currency: 'USD', items: [{ category: 'home', description: 'Plates', priceMinor: 45000 }] });
  await open(app, harness.url, `#/purchases`);
  const spend = app.getByRole('region', { name: 'Spend' });
  const byMonth = spend.getByRole('figure', { name: /By month/ });
  await expect(byMonth).toContainText('(EUR)');
  await expect(byMonth.locator('svg rect.bar-chart-bar')).toHaveCount(1);
  // The numbers are in a table for screen readers, shown on demand.
  await expect(byMonth.getByRole('row', { name: month })).toContainText('€780.00');
  await byMonth.getByRole('button', { name: 'Table' }).click();
  await expect(byMonth.getByRole('row', { name: month })).toBeVisible();
  await spend.getByRole('radio', { name: 'USD' }).click();
  await expect(byMonth).toContainText('(USD)');
  await expect(byMonth.getByRole('row', { name: month })).toContainText('$450.00');
  const byCategory = spend.getByRole('figure', { name: /By category/ });
  await expect(byCategory.getByRole('row', { name: 'Home' })).toContainText('$450.00');
  await expect(byCategory.getByRole('row', { name: 'Jewelry' })).toHaveCount(0);
  await spend.getByRole('combobox', { name: 'Period' }).selectOption(y);
  await expect(byMonth).toContainText(`By month, ${y}`);
  await expectNoSeriousAxe(app);
});

test('détaxe: eligibility and deadline flags, then the status and refund are edited on the receipt page', async ({ app, harness, call }) => {
  const boutiques = await call('boutiques.list', undefined);
  const fsh = boutiques.find((b) => b.name === 'Faubourg Saint-Honoré')!;
  const day = today();
  const deadline = pinnedNow().startOf('month').plus({ months: 3 }).endOf('month');
  const p = await call('purchases.create', {
    day,
    boutiqueId: fsh.id,
    currency: 'EUR',
    items: [{ category: 'small_leather_goods', description: 'Calvi card holder', priceMinor: 38000 }],
    detaxe: { status: 'form_issued' },
  });
  await open(app, harness.url, `#/purchases`);
  const row = app.locator('table.purchase-table tbody tr').first();
  await expect(row).toContainText('Form issued');
  await expect(row).toContainText(`by ${deadline.toFormat('d LLL')}`);

  await row.getByRole('link', { name: 'Calvi card holder' }).click();
  const card = app.getByRole('region', { name: 'Détaxe (VAT refund)' });
  await expect(card).toContainText('Qualifies: over €100.00 in the stores of one town over up to 3 days (service-public.fr F20558, checked Dec 2026)');
  await expect(card).toContainText(`by ${deadline.toFormat('ccc d LLL yyyy')}`);
  await card.getByLabel('Status').selectOption('refunded');
  await card.getByLabel('Refund received (EUR)').fill('500');
  await card.getByRole('button', { name: 'Save détaxe' }).click();
  await expect(card.getByText('The refund cannot be more than the purchase total.')).toBeVisible();
  expect(harness.journal.sqlite.prepare('SELECT detaxe_status, detaxe_amount_minor FROM purchases').get()).toEqual({ detaxe_status: 'form_issued', detaxe_amount_minor: null });
  await card.getByLabel('Refund received (EUR)').fill('45,60');
  await card.getByRole('button', { name: 'Save détaxe' }).click();
  await expect(card).toContainText('Refund received: €45.60');
  await expect(card).toContainText('12.0% of the receipt');
  expect(harness.journal.sqlite.prepare('SELECT detaxe_status, detaxe_amount_minor FROM purchases WHERE id = ?').get(p.id)).toEqual({
    detaxe_status: 'refunded',
    detaxe_amount_minor: 4560,
  });
  await expectNoSeriousAxe(app);
});

test('edit a receipt (items keep their ids) and delete it', async ({ app, harness, call }) => {
  const p = await call('purchases.create', {
    day: '2026-05-04',
    currency: 'EUR',
    items: [
      { category: 'scarves', description: 'Carré 90', priceMinor: 55000 },
      { category: 'jewelry', description: 'Clic H', priceMinor: 78000 },
    ],
  });
  const ids = p.items.map((i) => i.id);
  await open(app, harness.url, `#/purchases/${p.id}`);
  await app.getByRole('button', { name: 'Edit' }).click();
  const dialog = app.getByRole('dialog', { name: 'Edit receipt' });
  await expect(dialog.getByLabel('Item 2 price')).toHaveValue('780.00');
  await dialog.getByLabel('Item 2 price').fill('abc');
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(dialog.getByText('Enter an amount like 1250.00.')).toBeVisible();
  await dialog.getByLabel('Item 2 price').fill('800');
  await dialog.getByRole('button', { name: 'Remove item 1' }).click();
  await dialog.getByRole('button', { name: 'Save changes' }).click();
  await expect(app.getByRole('heading', { name: 'Clic H', level: 1 })).toBeVisible();
  expect(harness.journal.sqlite.prepare('SELECT id, price_minor FROM purchase_items').all()).toEqual([{ id: ids[1], price_minor: 80000 }]);
  await app.getByRole('button', { name: 'Delete' }).click();
  await app.getByRole('dialog', { name: 'Delete this receipt?' }).getByRole('button', { name: 'Delete receipt' }).click();
  await expect(app.getByRole('heading', { name: 'No purchases yet' })).toBeVisible();
  expect(harness.journal.sqlite.prepare('SELECT count(*) AS n FROM purchase_items').get()).toEqual({ n: 0 });
});

test('“Bought online” is saved with the receipt, shown as a chip in the table and on the receipt, and can be cleared', async ({ app, harness, call }) => {
  await call('purchases.create', { day: '2026-05-04', boutiqueId: 1, currency: 'EUR', items: [{ category: 'scarves', description: 'Carré 90', priceMinor: 55000 }] });
  await open(app, harness.url, '#/purchases');
  await app.getByRole('button', { name: 'New receipt' }).first().click();
  const dialog = app.getByRole('dialog', { name: 'New receipt' });
  const online = dialog.getByRole('checkbox', { name: 'Bought online' });
  await expect(online).not.toBeChecked();
  await expect(online).toHaveAccessibleDescription(/the spend profile shows it apart/);
  await dialog.getByLabel('Item 1 description').fill('Avalon throw');
  await dialog.getByLabel('Item 1 category').selectOption('home');
  await dialog.getByLabel('Item 1 price').fill('1390');
  await online.check();
  await dialog.getByRole('button', { name: 'Save receipt' }).click();
  await expect(dialog).toBeHidden();
  expect(harness.journal.sqlite.prepare('SELECT online FROM purchases ORDER BY id').pluck().all()).toEqual([0, 1]);

  await open(app, harness.url, '#/purchases');
  const table = app.getByRole('table', { name: /^Purchases/ });
  const throwRow = table.getByRole('row').filter({ hasText: 'Avalon throw' });
  await expect(throwRow.getByText('Online', { exact: true })).toBeVisible();
  await expect(table.getByRole('row').filter({ hasText: 'Carré 90' }).getByText('Online', { exact: true })).toHaveCount(0);

  await throwRow.getByRole('link', { name: 'Avalon throw' }).click();
  await expect(app.getByText('Bought online', { exact: true })).toBeVisible();
  await app.getByRole('button', { name: 'Edit' }).click();
  const edit = app.getByRole('dialog', { name: 'Edit receipt' });
  await expect(edit.getByRole('checkbox', { name: 'Bought online' })).toBeChecked();
  await edit.getByRole('checkbox', { name: 'Bought online' }).uncheck();
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(app.getByText('Bought online', { exact: true })).toHaveCount(0);
  expect(harness.journal.sqlite.prepare('SELECT online FROM purchases ORDER BY id').pluck().all()).toEqual([0, 0]);
  await expectNoSeriousAxe(app);
});

test('the table, the charts, a receipt and the receipt dialog have no serious axe finding in the dark theme', async ({ app, harness, call }) => {
  const boutiques = await call('boutiques.list', undefined);
  const fsh = boutiques.find((b) => b.name === 'Faubourg Saint-Honoré')!;
  const p = await call('purchases.create', {
    day: today(),
    boutiqueId: fsh.id,
    currency: 'EUR',
    items: [{ category: 'bag', description: 'Kelly 25', quota: true, priceMinor: 1140000, offered: true }],
    detaxe: { status: 'refunded', amountMinor: 150000 },
  });
  await call('purchases.create', { day: today(), currency: 'USD', items: [{ category: 'shoes', description: 'Oran', priceMinor: 76000 }], detaxe: { status: 'form_issued' } });
  await app.emulateMedia({ colorScheme: 'dark' });
  await open(app, harness.url, '#/purchases');
  await expect(app.locator('table.purchase-table tbody tr')).toHaveCount(2);
  await expectNoSeriousAxe(app);
  await app.getByRole('button', { name: 'New receipt' }).click();
  await expect(app.getByRole('dialog', { name: 'New receipt' })).toBeVisible();
  await expectNoSeriousAxe(app);
  await open(app, harness.url, `#/purchases/${p.id}`);
  await expect(app.getByRole('region', { name: 'Détaxe (VAT refund)' })).toContainText('Refund received');
  await expectNoSeriousAxe(app);
});
