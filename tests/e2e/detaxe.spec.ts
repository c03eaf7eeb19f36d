import { test, expect } from './fixtures';

/**
 * Détaxe as the official rule says it (service-public.fr F20558): receipts of one town over up
 * to three consecutive days share one form; the form is recorded, followed to customs and to
 * the refund, and refuses what the rule does not allow — in the rule's words, saving nothing.
 */

const clic = (priceMinor: number) => [{ category: 'jewelry' as const, description: 'Clic H bracelet', priceMinor }];

test.describe('from an empty journal', () => {
  test.use({ now: '2026-12-10T10:00:00.000Z' });

  test('two Paris receipts two days apart go on one form, which is then validated at customs', async ({ app, harness, call }) => {
    const boutiques = await call('boutiques.list', undefined);
    const id = (code: string) => boutiques.find((b) => b.code === code)!.id;
    const first = await call('purchases.create', { day: '2026-12-07', boutiqueId: id('fsh'), currency: 'EUR', items: clic(6000) });
    await call('purchases.create', { day: '2026-12-09', boutiqueId: id('sevres'), currency: 'EUR', items: [{ category: 'scarves', description: 'Carré 90', priceMinor: 52000 }] });
    const far = await call('purchases.create', { day: '2026-12-10', boutiqueId: id('george_v'), currency: 'EUR', items: [{ category: 'shoes', description: 'Oran sandals', priceMinor: 72000 }] });

    // €60 alone would not qualify; with Sèvres two days later it does, and the card says why.
    await app.goto(`${harness.url}#/purchases/${first.id}`);
    const card = app.getByRole('region', { name: 'Détaxe (VAT refund)' });
    await expect(card).toContainText('Qualifies with 1 other receipt of the same town within 3 days: one form can hold them');
    await expect(card).toContainText('service-public.fr F20558, checked Dec 2026');
    await card.getByRole('button', { name: 'Record its form…' }).click();

    const dialog = app.getByRole('dialog', { name: 'New détaxe form' });
    const receipts = dialog.getByRole('group', { name: 'Receipts on the form' });
    await expect(receipts.getByRole('checkbox')).toHaveCount(3);
    await expect(receipts.getByRole('checkbox', { checked: true })).toHaveCount(2);
    await expect(dialog.getByRole('status')).toHaveText(/2 receipts · €580.00 · validate at customs by Wed 31 Mar 2027 · about €69.60–€92.80 back/);
    // The 10th would make a run of four days with the 7th: the rule's sentence, live.
    await dialog.getByRole('checkbox', { name: /Thu 10 Dec 2026/ }).check();
    await expect(dialog.getByRole('status')).toHaveText(/one form covers up to 3 consecutive days/);
    await dialog.getByRole('checkbox', { name: /Thu 10 Dec 2026/ }).uncheck();
    await expect(dialog.getByRole('status')).toHaveText(/2 receipts · €580.00/);
    await dialog.getByLabel('Form number (optional)').fill('GB 1209-0042');
    await dialog.getByRole('button', { name: 'Create form' }).click();
    await expect(dialog).toBeHidden();

    await expect(card).toContainText('On a détaxe form with 1 other receipt (€580.00 in all): Issued, to validate at customs.');
    await expect(card).toContainText('Validate the form at customs (PABLO) by Wed 31 Mar 2027');
    await expect(card.getByRole('combobox', { name: 'Status' })).toHaveCount(0);
    await card.getByRole('link', { name: 'Open the form' }).click();

    await expect(app.getByRole('heading', { name: 'Détaxe forms', level: 1 })).toBeVisible();
    const form = app.getByRole('article', { name: 'Paris · 7–9 Dec 2026' });
    await expect(form).toContainText('2 receipts · €580.00 · form GB 1209-0042');
    await expect(form).toContainText('Validate at customs by Wed 31 Mar 2027 · 111 days left');
    // The receipt of the 10th is still waiting for a form of its own.
    await expect(app.getByRole('region', { name: 'Could go on a form' })).toContainText('Thu 10 Dec 2026 · 1 receipt · €720.00');

    // Adding the 10th is refused in the rule's words; nothing changes.
    await form.getByRole('button', { name: 'Edit' }).click();
    const edit = app.getByRole('dialog', { name: 'Edit the détaxe form' });
    await edit.getByRole('checkbox', { name: /Thu 10 Dec 2026/ }).check();
    await expect(edit.getByRole('status')).toContainText('The receipts run from Mon 7 Dec 2026 to Thu 10 Dec 2026 (4 days); one form covers up to 3 consecutive days.');
    await edit.getByRole('button', { name: 'Save form' }).click();
    await expect(edit.getByRole('alert')).toContainText('one form covers up to 3 consecutive days');
    expect(harness.journal.sqlite.prepare('SELECT detaxe_form_id FROM purchases WHERE id = ?').pluck().get(far.id)).toBeNull();
    await edit.getByRole('checkbox', { name: /Thu 10 Dec 2026/ }).uncheck();

    // Validated at the PABLO kiosk today.
    await edit.getByLabel('Status').selectOption({ label: 'Validated at customs' });
    await edit.getByLabel('Validated at customs on').fill('2026-12-10');
    await edit.getByRole('button', { name: 'Save form' }).click();
    await expect(edit).toBeHidden();
    await expect(form).toContainText('Validated at customs on Thu 10 Dec 2026 · waiting for the refund');
    await expect(form.getByText('Validated at customs', { exact: true })).toBeVisible();

    // The receipts take the form's status in the list.
    await app.getByRole('link', { name: 'All purchases' }).click();
    await expect(app.getByRole('row', { name: /^7 Dec 2026 Clic H/ })).toContainText('Validated');
    await expect(app.getByRole('link', { name: /Détaxe forms/ })).toContainText('1');
  });

  test('an online order never goes on a form, and is said so', async ({ app, harness, call }) => {
    const fsh = (await call('boutiques.list', undefined)).find((b) => b.code === 'fsh')!.id;
    const online = await call('purchases.create', { day: '2026-12-08', boutiqueId: fsh, currency: 'EUR', online: true, items: clic(90000) });
    await app.goto(`${harness.url}#/purchases/${online.id}`);
    await expect(app.getByRole('region', { name: 'Détaxe (VAT refund)' })).toContainText('Bought online: online orders are not eligible for détaxe');
    await app.goto(`${harness.url}#/purchases/detaxe`);
    await expect(app.getByText('No détaxe form yet')).toBeVisible();
    await expect(app.getByRole('region', { name: 'Could go on a form' })).toHaveCount(0);
  });
});

test.describe('from Tokyo', () => {
  // 20:00 UTC on 30 Nov: already 1 Dec in Tokyo, still 30 Nov in Paris.
  test.use({ now: '2026-11-30T20:00:00.000Z', timezoneId: 'Asia/Tokyo' });

  test("a new receipt's day is today at the store, so a late Paris purchase keeps November's deadline", async ({ app, harness }) => {
    await app.goto(`${harness.url}#/purchases`);
    await app.getByRole('button', { name: 'New receipt' }).click();
    const dialog = app.getByRole('dialog', { name: 'New receipt' });
    await expect(dialog.getByLabel('Day')).toHaveValue('2026-12-01');
    await dialog.getByLabel('Boutique').selectOption({ label: 'Faubourg Saint-Honoré' });
    await expect(dialog.getByLabel('Day')).toHaveValue('2026-11-30');
    await dialog.getByLabel('Item 1 description').fill('Kelly 25 Epsom');
    await dialog.getByLabel('Item 1 price').fill('10400');
    await dialog.getByRole('button', { name: 'Save receipt' }).click();
    await expect(app.getByText('Mon 30 Nov 2026 · Faubourg Saint-Honoré')).toBeVisible();
    await app.goto(`${harness.url}#/purchases/detaxe`);
    await expect(app.getByRole('region', { name: 'Could go on a form' })).toContainText('validate by Sun 28 Feb 2027');
  });
});
