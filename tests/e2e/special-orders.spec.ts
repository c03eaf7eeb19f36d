import AxeBuilder from '@axe-core/playwright';
import type { Locator, Page } from '@playwright/test';
import { test, expect, pinnedNow } from './fixtures';

/** A full page load on each screen: a hash change alone would keep reads cached from before the test seeded the journal. */
let loads = 0;
async function open(page: Page, url: string, hash: string) {
  await page.goto(`${url}?load=${++loads}${hash}`);
}

async function expectNoSeriousAxe(page: Page) {
  const result = await new AxeBuilder({ page }).analyze();
  const serious = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

async function addNote(page: Page, n: { kind: 'Reflection' | 'Doubt' | 'Decision' | 'Advice to self'; day: string; body: string; confidence?: string; resurfaceOn?: string }) {
  await page.getByRole('button', { name: 'Add a note' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('radio', { name: n.kind }).check();
  await dialog.getByLabel('Day', { exact: true }).fill(n.day);
  await dialog.getByLabel('The note').fill(n.body);
  if (n.confidence) await dialog.getByRole('radio', { name: n.confidence }).check();
  if (n.resurfaceOn) await dialog.getByLabel('Show it again on').fill(n.resurfaceOn);
  await dialog.getByRole('button', { name: 'Add note' }).click();
  await expect(dialog).toBeHidden();
}

async function addStep(page: Page, status: string, day: string) {
  const form = page.getByRole('form', { name: 'Record the next step' });
  await form.getByLabel('Step', { exact: true }).selectOption({ label: status });
  await form.getByLabel('Day of the step').fill(day);
  await form.getByRole('button', { name: 'Add step' }).click();
}

/** The timeline's entries, top to bottom, by their first words (a step's name or a note's kind). */
async function timelineHeads(timeline: Locator): Promise<string[]> {
  const items = timeline.locator(':scope > li');
  const out: string[] = [];
  for (let i = 0; i < (await items.count()); i++) {
    const item = items.nth(i);
    const head = (await item.locator('.so-step-title, .note-kind').first().textContent()) ?? '';
    out.push(head.trim());
  }
  return out;
}

test('create an order, move it through the statuses with notes at each, accept it and find the linked purchase', async ({ app, harness, call }) => {
  await open(app, harness.url, '#/special-orders');
  await expect(app.getByRole('heading', { name: 'No special orders yet' })).toBeVisible();
  await expectNoSeriousAxe(app);

  await app.getByRole('button', { name: 'New special order' }).click();
  const form = app.getByRole('dialog', { name: 'New special order' });
  await form.getByLabel('Model').fill('Kelly');
  await form.getByLabel('Size').fill('25');
  await form.getByLabel('Exterior leather').fill('Togo');
  await form.getByLabel('Exterior colour').fill('Gold');
  await form.getByLabel('Interior leather').fill('Swift');
  await form.getByLabel('Interior colour').fill('Craie');
  await form.getByLabel('Stitching').fill('White');
  await form.getByLabel('Hardware').fill('GHW');
  await form.getByLabel('Boutique').selectOption({ label: 'Faubourg Saint-Honoré' });
  await form.getByLabel('First step').selectOption('offered');
  await form.getByLabel('Day of that step').fill('2025-03-01');
  await form.getByLabel('About that day').fill('Offered after the scarf purchase.');
  await expectNoSeriousAxe(app);
  await form.getByRole('button', { name: 'Record the order' }).click();

  await expect(app.getByRole('heading', { name: 'Kelly 25', level: 1 })).toBeVisible();
  const timeline = app.getByRole('list', { name: 'Timeline of the order' });
  await expect(timeline.getByText('Offered after the scarf purchase.')).toBeVisible();
  // The specification card, with a swatch for each colour Carnet knows.
  const spec = app.getByRole('region', { name: 'Specification' });
  await expect(spec.getByText('Togo')).toBeVisible();
  await expect(spec.getByRole('button', { name: 'Change the colour of Gold' })).toBeVisible();
  await expect(spec.getByRole('img', { name: 'Swatch of GHW' })).toBeVisible();

  // Offered: what was thought when choosing.
  await addNote(app, { kind: 'Reflection', day: '2025-03-01', body: 'Gold because it goes with everything.', confidence: '4 of 5: Sure' });
  await addStep(app, 'Placed', '2025-03-08');
  await expect(timeline.getByRole('heading', { name: 'Placed' })).toBeVisible();

  // Placed: Carnet's guidance for the wait is offered; pinning makes it an advice note at the top.
  const guidance = app.getByRole('region', { name: 'While you wait' });
  await expect(guidance).toContainText('You can decide when you see the bag; nothing is paid until then.');
  await guidance.getByRole('button', { name: 'Pin to this order' }).click();
  const pinned = app.getByRole('region', { name: 'Pinned notes' });
  await expect(pinned).toContainText('You can decide when you see the bag; nothing is paid until then.');
  await expect(app.getByRole('region', { name: 'While you wait' })).toHaveCount(0);

  // Waiting: a doubt.
  await addNote(app, { kind: 'Doubt', day: '2025-09-01', body: 'Would Étoupe have been wiser?', confidence: '2 of 5: Unsure' });
  await addStep(app, 'Waiting', '2025-10-01');
  await expect(timeline.getByRole('heading', { name: 'Waiting' })).toBeVisible();
  await expect(app.getByText('since it was placed on Sat 8 Mar 2025')).toBeVisible();

  // Arrived: the guidance at arrival, dismissed (and remembered), then a note on seeing it.
  await addStep(app, 'Arrived', '2026-02-10');
  const atArrival = app.getByRole('region', { name: 'Now that it has arrived' });
  await expect(atArrival).toContainText("A rejected bag goes to another client at the manager's discretion");
  await atArrival.getByRole('button', { name: 'Dismiss this guidance' }).click();
  await expect(app.getByText("You dismissed Carnet's guidance for this stage.")).toBeVisible();
  await app.reload();
  await expect(app.getByText("You dismissed Carnet's guidance for this stage.")).toBeVisible();
  await app.getByRole('button', { name: 'Show it again' }).click();
  await app.getByRole('region', { name: 'Now that it has arrived' }).getByRole('button', { name: 'Dismiss this guidance' }).click();
  await expect(app.getByRole('region', { name: 'Now that it has arrived' })).toHaveCount(0);
  expect(harness.journal.sqlite.prepare('SELECT guidance, choice FROM guidance_choices ORDER BY guidance').all()).toEqual([
    { guidance: 'atArrival', choice: 'dismissed' },
    { guidance: 'whileWaiting', choice: 'pinned' },
  ]);
  await addNote(app, { kind: 'Reflection', day: '2026-02-10', body: 'In daylight the Gold is warmer than I remembered.', confidence: '5 of 5: Certain' });
  await expect(app.getByRole('heading', { name: 'The bag arrived on Tue 10 Feb 2026' })).toBeVisible();

  // The notes sit in the timeline where they were written.
  expect(await timelineHeads(timeline)).toEqual(['Offered', 'Reflection', 'Placed', 'Doubt', 'Waiting', 'Arrived', 'Reflection']);

  // The decision, with the story in view.
  await app.getByRole('button', { name: 'Accept the bag' }).click();
  const decide = app.getByRole('dialog', { name: 'Your decision on Kelly 25' });
  await expect(decide.getByRole('complementary', { name: 'What you wrote along the way' })).toContainText('Would Étoupe have been wiser?');
  await expectNoSeriousAxe(app);
  await decide.getByLabel('Day of the decision').fill('2026-02-12');
  await decide.getByRole('button', { name: 'Accept and record the purchase' }).click();
  // The contract's messages beside the fields (the price is checked here, the reasons by the contract).
  await expect(decide.getByText('Enter the price paid for the bag.')).toBeVisible();
  await decide.getByLabel('Price paid').fill('10,400');
  await decide.getByLabel('Currency').selectOption('EUR');
  await decide.getByRole('button', { name: 'Accept and record the purchase' }).click();
  await expect(decide.getByText('Reasons is required.')).toBeVisible();
  await expect(decide.getByLabel('Your reasons')).toHaveAttribute('aria-invalid', 'true');
  await decide.getByLabel('Your reasons').fill('Saw it: the Gold is warm and right.');
  await decide.getByRole('radio', { name: '5 of 5: Certain' }).check();
  await decide.getByRole('button', { name: 'Accept and record the purchase' }).click();
  await expect(decide).toBeHidden();

  const record = app.getByRole('region', { name: /^Accepted on Thu 12 Feb 2026/ });
  await expect(record).toContainText('Saw it: the Gold is warm and right.');
  await expect(record).toContainText('Paid €10,400.00.');
  const link = record.getByRole('link', { name: 'Open the purchase' });
  const hrefValue = await link.getAttribute('href');
  expect(hrefValue).toMatch(/^#\/purchases\/\d+$/);
  const purchaseId = Number(hrefValue!.split('/').pop());
  const purchase = await call('purchases.get', { id: purchaseId });
  expect(purchase).toMatchObject({ day: '2026-02-12', currency: 'EUR', totalMinor: 1040000, boutiqueId: 1 });
  expect(purchase.items).toEqual([
    expect.objectContaining({ category: 'bag', priceMinor: 1040000, offered: true, description: expect.stringContaining('Kelly 25, exterior Togo Gold') }),
  ]);
  const row = harness.journal.sqlite.prepare('SELECT purchase_id FROM special_orders').get() as { purchase_id: number };
  expect(row.purchase_id).toBe(purchaseId);
  expect(await timelineHeads(timeline)).toEqual(['Offered', 'Reflection', 'Placed', 'Doubt', 'Waiting', 'Arrived', 'Reflection', 'Accepted', 'Decision']);
  await expectNoSeriousAxe(app);

  // The list shows it accepted, after its wait, in the history.
  await open(app, harness.url, '#/special-orders');
  const history = app.getByRole('region', { name: 'History' });
  await expect(history.getByRole('link', { name: /Kelly 25/ })).toContainText('Arrived after 339 days');
  await expect(history).toContainText('Why you accepted it: Saw it: the Gold is warm and right.');
  await expectNoSeriousAxe(app);
});

test('a rejected order stays in the history with its reasons; filters by status', async ({ app, harness, call }) => {
  const order = await call('specialOrders.create', {
    model: 'Picotin',
    size: '18',
    exteriorColour: 'Vert Criquet',
    history: [
      { status: 'placed', day: '2025-01-10' },
      { status: 'arrived', day: '2025-11-02' },
    ],
  });
  await call('specialOrders.create', { model: 'Birkin', size: '30', history: [{ status: 'placed', day: '2025-06-01' }] });
  await open(app, harness.url, `#/special-orders/${order.id}`);
  await app.getByRole('button', { name: 'Reject the bag' }).click();
  const decide = app.getByRole('dialog', { name: 'Your decision on Picotin 18' });
  await expect(decide.getByRole('radio', { name: 'Reject the bag' })).toBeChecked();
  await expect(decide.getByLabel('Price paid')).toHaveCount(0);
  await expect(decide).toContainText("A rejected bag goes to another client at the manager's discretion");
  await decide.getByLabel('Day of the decision').fill('2025-11-05');
  await decide.getByLabel('Your reasons').fill('The green is too acid in person.');
  await decide.getByRole('button', { name: 'Reject the bag' }).click();
  await expect(decide).toBeHidden();
  const record = app.getByRole('region', { name: /^Rejected on Wed 5 Nov 2025/ });
  await expect(record).toContainText('The green is too acid in person.');
  await expect(record).toContainText('This order stays in your history with your reasons.');
  await expect(app.getByRole('button', { name: 'Accept the bag' })).toHaveCount(0);
  expect((harness.journal.sqlite.prepare('SELECT count(*) AS n FROM purchases').get() as { n: number }).n).toBe(0);

  await app.reload();
  await expect(app.getByRole('region', { name: /^Rejected on Wed 5 Nov 2025/ })).toContainText('The green is too acid in person.');

  await open(app, harness.url, '#/special-orders');
  const history = app.getByRole('region', { name: 'History' });
  await expect(history.getByRole('link', { name: /Picotin 18/ })).toContainText('Why you rejected it: The green is too acid in person.');
  await expect(history).toContainText('Rejected');
  await expect(app.getByRole('region', { name: 'In progress' }).getByRole('link', { name: /Birkin 30/ })).toBeVisible();
  await app.getByRole('group', { name: 'Show orders by status' }).getByRole('button', { name: /^Rejected/ }).click();
  await expect(app.getByRole('link', { name: /Picotin 18/ })).toBeVisible();
  await expect(app.getByRole('link', { name: /Birkin 30/ })).toHaveCount(0);
  await app.getByRole('group', { name: 'Show orders by status' }).getByRole('button', { name: /^All/ }).click();
  await expect(app.getByRole('link', { name: /Birkin 30/ })).toBeVisible();
});

test("a step dated before the one it follows shows the service's refusal, and nothing is saved; edit and delete the latest step", async ({ app, harness, call }) => {
  const order = await call('specialOrders.create', { model: 'Kelly', history: [{ status: 'placed', day: '2025-05-01' }] });
  const events = () => (harness.journal.sqlite.prepare('SELECT status, day FROM special_order_events ORDER BY id').all() as { status: string; day: string }[]);
  await open(app, harness.url, `#/special-orders/${order.id}`);
  await addStep(app, 'Waiting', '2025-04-01');
  const form = app.getByRole('form', { name: 'Record the next step' });
  await expect(form.getByText('Waiting on 2025-04-01 is before Placed on 2025-05-01; a step cannot be dated before the one it follows.')).toBeVisible();
  await expect(form.getByLabel('Day of the step')).toHaveAttribute('aria-invalid', 'true');
  await expectNoSeriousAxe(app);
  expect(events()).toEqual([{ status: 'placed', day: '2025-05-01' }]);

  await form.getByLabel('Day of the step').fill('2025-06-01');
  await form.getByRole('button', { name: 'Add step' }).click();
  const timeline = app.getByRole('list', { name: 'Timeline of the order' });
  await expect(timeline.getByRole('heading', { name: 'Waiting' })).toBeVisible();
  await expect(timeline).toContainText('31 days after placed');

  // Editing the placed step to after the waiting one is refused too, beside the day.
  await app.getByRole('button', { name: 'Edit the step Placed of Thu 1 May 2025' }).click();
  const dialog = app.getByRole('dialog', { name: 'Edit the step' });
  await dialog.getByLabel('Day of the step').fill('2025-07-01');
  await dialog.getByRole('button', { name: 'Save step' }).click();
  await expect(dialog.getByText('Waiting on 2025-06-01 is before Placed on 2025-07-01; a step cannot be dated before the one it follows.')).toBeVisible();
  await dialog.getByLabel('Day of the step').fill('2025-04-20');
  await dialog.getByRole('button', { name: 'Save step' }).click();
  await expect(dialog).toBeHidden();
  await expect(timeline).toContainText('Sun 20 Apr 2025');
  expect(events()).toEqual([
    { status: 'placed', day: '2025-04-20' },
    { status: 'waiting', day: '2025-06-01' },
  ]);

  // Only the latest step has a delete button.
  await expect(app.getByRole('button', { name: /^Delete the step Placed/ })).toHaveCount(0);
  await app.getByRole('button', { name: 'Delete the step Waiting of Sun 1 Jun 2025' }).click();
  await app.getByRole('dialog', { name: 'Delete the latest step?' }).getByRole('button', { name: 'Delete step' }).click();
  await expect(timeline.getByRole('heading', { name: 'Waiting' })).toHaveCount(0);
  expect(events()).toEqual([{ status: 'placed', day: '2025-04-20' }]);
  await expect(app.getByRole('button', { name: /^Delete the step/ })).toHaveCount(0);
});

test('swatches: known names have theirs, an unknown one shows "?" and the user picks its colour', async ({ app, harness, call }) => {
  const order = await call('specialOrders.create', {
    model: 'Kelly',
    exteriorColour: 'etoupe',
    interiorColour: 'Bleu Frida',
    stitching: 'Tone on tone',
    hardware: 'Palladium',
    expectedFrom: '2025-01-01',
    expectedTo: '2030-12-31',
    history: [{ status: 'placed', day: '2024-06-01' }],
  });
  await open(app, harness.url, `#/special-orders/${order.id}`);
  const spec = app.getByRole('region', { name: 'Specification' });
  // Accent- and case-insensitive: "etoupe" is Étoupe.
  await expect(spec.getByRole('button', { name: 'Change the colour of etoupe' })).toHaveCSS('background-color', 'rgb(138, 120, 102)');
  await expect(spec.getByRole('img', { name: 'Swatch of Tone on tone' })).toHaveCSS('background-color', 'rgb(138, 120, 102)');
  const unknown = spec.getByRole('button', { name: 'Pick a colour for Bleu Frida' });
  await expect(unknown).toHaveText('?');
  // The wait: where today sits in the expected range.
  await expect(app.getByRole('progressbar', { name: 'Where today sits in the expected range' })).toBeVisible();

  await unknown.click();
  const picker = app.getByRole('dialog', { name: 'Colour for “Bleu Frida”' });
  await expect(picker).toContainText('Carnet does not know “Bleu Frida”.');
  await expectNoSeriousAxe(app);
  await picker.getByLabel('Hex code').fill('blue');
  await picker.getByRole('button', { name: 'Save colour' }).click();
  await expect(picker.getByText('Enter a colour like #a8703a.')).toBeVisible();
  await picker.getByLabel('Hex code').fill('#3b6fb6');
  await picker.getByRole('button', { name: 'Save colour' }).click();
  await expect(picker).toBeHidden();
  const picked = spec.getByRole('button', { name: 'Change the colour of Bleu Frida' });
  await expect(picked).toHaveCSS('background-color', 'rgb(59, 111, 182)');
  expect(harness.journal.sqlite.prepare('SELECT name_key, hex FROM custom_colours').all()).toEqual([{ name_key: 'bleu frida', hex: '#3b6fb6' }]);

  // Forgetting it brings back the "?".
  await picked.click();
  await app.getByRole('dialog', { name: 'Colour for “Bleu Frida”' }).getByRole('button', { name: 'Forget my colour' }).click();
  await expect(spec.getByRole('button', { name: 'Pick a colour for Bleu Frida' })).toHaveText('?');
});

test('decision notes on a trip: add, pin (pinned first), edit, resurface, delete', async ({ app, harness, call }) => {
  const trip = await call('trips.create', { title: 'Spring', city: 'Paris', startDay: '2027-04-01', endDay: '2027-04-04' });
  const today = pinnedNow().toISODate()!;
  await open(app, harness.url, `#/trips/${trip.id}`);
  const notes = app.getByRole('region', { name: 'Decision notes' });
  await expect(notes).toContainText('No notes yet.');
  await addNote(app, { kind: 'Reflection', day: '2027-03-01', body: 'Go for Paris, not for a bag.', confidence: '3 of 5: Fairly sure' });
  await addNote(app, { kind: 'Advice to self', day: '2027-03-02', body: 'No buying to build a profile.', resurfaceOn: today });
  const cards = notes.getByRole('article');
  await expect(cards).toHaveCount(2);
  await expect(cards.first()).toContainText('Go for Paris, not for a bag.');
  await expect(cards.nth(1)).toContainText('Resurfaces today');
  await expect(cards.first().getByRole('img', { name: 'Confidence 3 of 5: Fairly sure' })).toBeVisible();
  // A new note starts blank: nothing of the previous one carries over.
  await expect(cards.nth(1).getByRole('img', { name: /^Confidence/ })).toHaveCount(0);

  await notes.getByRole('button', { name: 'Pin the advice to self of Tue 2 Mar 2027' }).click();
  await expect(cards.first()).toContainText('No buying to build a profile.');
  await expect(cards.first()).toContainText('Pinned');

  await notes.getByRole('button', { name: 'Edit the reflection of Mon 1 Mar 2027' }).click();
  const edit = app.getByRole('dialog', { name: 'Edit the note' });
  await edit.getByLabel('The note').fill('');
  await edit.getByRole('button', { name: 'Save note' }).click();
  await expect(edit.getByText('The note is required.')).toBeVisible();
  await expect(edit.getByLabel('The note')).toHaveAttribute('aria-invalid', 'true');
  await edit.getByLabel('The note').fill('Go for Paris first.');
  await edit.getByRole('radio', { name: 'Doubt' }).check();
  await edit.getByRole('button', { name: 'Save note' }).click();
  await expect(edit).toBeHidden();
  await expect(cards.nth(1)).toContainText('Doubt');
  await expect(cards.nth(1)).toContainText('Go for Paris first.');
  await expectNoSeriousAxe(app);

  await notes.getByRole('button', { name: 'Delete the doubt of Mon 1 Mar 2027' }).click();
  await app.getByRole('dialog', { name: 'Delete this note?' }).getByRole('button', { name: 'Delete note' }).click();
  await expect(cards).toHaveCount(1);
  expect(harness.journal.sqlite.prepare('SELECT kind, body, pinned, resurface_on FROM decision_notes').all()).toEqual([
    { kind: 'advice', body: 'No buying to build a profile.', pinned: 1, resurface_on: today },
  ]);
});

test('a note asking to resurface today is shown at the top of its order', async ({ app, harness, call }) => {
  const today = pinnedNow().toISODate()!;
  const order = await call('specialOrders.create', { model: 'Kelly', history: [{ status: 'placed', day: '2025-01-01' }] });
  await call('notes.create', { subjectType: 'special_order', subjectId: order.id, day: '2025-02-01', kind: 'advice', body: 'Re-read the first note before deciding.', resurfaceOn: today });
  await open(app, harness.url, `#/special-orders/${order.id}`);
  const banner = app.getByRole('status').filter({ hasText: 'You asked to see this advice to self again today' });
  await expect(banner).toContainText('Re-read the first note before deciding.');
  await banner.getByRole('button', { name: 'Read it' }).click();
  await expect(app.getByRole('article', { name: /^Advice to self/ })).toBeFocused();
  await expectNoSeriousAxe(app);
});

test("the order form shows the contract's messages beside the fields; edit and delete an order", async ({ app, harness }) => {
  await open(app, harness.url, '#/special-orders');
  await app.getByRole('button', { name: 'New special order' }).click();
  const form = app.getByRole('dialog', { name: 'New special order' });
  await form.getByRole('button', { name: 'Record the order' }).click();
  await expect(form.getByText('Model is required.')).toBeVisible();
  await expect(form.getByLabel('Model')).toHaveAttribute('aria-invalid', 'true');
  await form.getByLabel('Model').fill('Birkin');
  await form.getByLabel('Not before').fill('2026-06-01');
  await form.getByLabel('At the latest').fill('2026-01-01');
  await form.getByLabel('First step').selectOption('placed');
  await form.getByLabel('Day of that step').fill('2025-09-01');
  await form.getByRole('button', { name: 'Record the order' }).click();
  await expect(form.getByText('The end of the expected range must be on or after its start.')).toBeVisible();
  await expect(form.getByLabel('At the latest')).toHaveAttribute('aria-invalid', 'true');
  expect((harness.journal.sqlite.prepare('SELECT count(*) AS n FROM special_orders').get() as { n: number }).n).toBe(0);
  await form.getByLabel('At the latest').fill('2026-12-31');
  // A swatch previews each colour as it is typed.
  await form.getByLabel('Exterior colour').fill('Rouge H');
  await expect(form.getByRole('img', { name: 'Swatch of Rouge H' })).toHaveCSS('background-color', 'rgb(109, 31, 37)');
  await form.getByRole('button', { name: 'Record the order' }).click();
  await expect(app.getByRole('heading', { name: 'Birkin', level: 1 })).toBeVisible();

  await app.getByRole('button', { name: 'Edit', exact: true }).click();
  const edit = app.getByRole('dialog', { name: 'Edit the special order' });
  await expect(edit.getByLabel('First step')).toHaveCount(0);
  await edit.getByLabel('Size').fill('30');
  await edit.getByLabel('Exterior colour').fill('Noir');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(app.getByRole('heading', { name: 'Birkin 30', level: 1 })).toBeVisible();
  expect(harness.journal.sqlite.prepare('SELECT size, exterior_colour, expected_to FROM special_orders').get()).toEqual({ size: '30', exterior_colour: 'Noir', expected_to: '2026-12-31' });

  await addNote(app, { kind: 'Doubt', day: '2025-10-01', body: 'Too big?' });
  await app.getByRole('button', { name: 'Delete', exact: true }).click();
  const confirm = app.getByRole('dialog', { name: 'Delete this special order?' });
  await expect(confirm).toContainText('goes to the Trash with its timeline and its note');
  await expect(confirm).toContainText('1 decision note and 1 timeline step go to the Trash with it.');
  await confirm.getByRole('button', { name: 'Delete order' }).click();
  await expect(app.getByRole('heading', { name: 'No special orders yet' })).toBeVisible();
  expect((harness.journal.sqlite.prepare('SELECT count(*) AS n FROM decision_notes').get() as { n: number }).n).toBe(0);
  expect(harness.journal.sqlite.prepare('SELECT kind, label FROM trash').all()).toEqual([{ kind: 'special_order', label: 'Birkin 30' }]);
});

test('the order screens pass axe in the dark theme too', async ({ app, harness, call }) => {
  await app.emulateMedia({ colorScheme: 'dark' });
  const waiting = await call('specialOrders.create', {
    model: 'Kelly',
    size: '28',
    exteriorColour: 'Gold',
    interiorColour: 'Unknown Blue',
    hardware: 'GHW',
    expectedFrom: '2025-06-01',
    expectedTo: '2026-06-01',
    history: [{ status: 'placed', day: '2025-01-01' }],
  });
  await call('notes.create', { subjectType: 'special_order', subjectId: waiting.id, day: '2025-02-01', kind: 'doubt', body: 'Gold or Étoupe?', confidence: 2 });
  const done = await call('specialOrders.create', { model: 'Evelyne', history: [{ status: 'placed', day: '2024-01-01' }, { status: 'arrived', day: '2024-09-01' }] });
  await call('specialOrders.decide', { id: done.id, decision: 'rejected', day: '2024-09-03', reasons: 'Not for me.' });
  await open(app, harness.url, `#/special-orders/${waiting.id}`);
  await expect(app.getByRole('region', { name: 'While you wait' })).toBeVisible();
  await expect(app.getByRole('region', { name: 'The wait' })).toContainText('Your one earlier order took 244 days from placed to arrived.');
  await expectNoSeriousAxe(app);
  await open(app, harness.url, `#/special-orders/${done.id}`);
  await expect(app.getByRole('region', { name: /^Rejected on/ })).toBeVisible();
  await expectNoSeriousAxe(app);
  await open(app, harness.url, '#/special-orders');
  await expect(app.getByRole('region', { name: 'History' })).toBeVisible();
  await expectNoSeriousAxe(app);
});

test('a step dated after today is refused in the words of the form, and nothing is recorded', async ({ app, harness, call }) => {
  // Monday 23 November 2026 (the pinned clock): "placed" on Tuesday 15 December has not happened yet.
  await open(app, harness.url, '#/special-orders');
  await app.getByRole('button', { name: 'New special order' }).click();
  const form = app.getByRole('dialog', { name: 'New special order' });
  await form.getByLabel('Model').fill('Birkin');
  await form.getByLabel('First step').selectOption('placed');
  await expect(form.getByLabel('Day of that step')).toHaveAttribute('max', /^2026-11-2[34]$/);
  await form.getByLabel('Day of that step').fill('2026-12-15');
  await form.getByRole('button', { name: 'Record the order' }).click();
  await expect(form.getByText('Placed on Tue 15 Dec 2026 has not happened yet: record each step on the day it happens.')).toBeVisible();
  expect(await call('specialOrders.list', undefined)).toEqual([]);

  // A step added later is held to the same rule; today itself is fine.
  await form.getByLabel('Day of that step').fill('2026-11-23');
  await form.getByRole('button', { name: 'Record the order' }).click();
  await expect(app.getByRole('heading', { name: 'Birkin', level: 1 })).toBeVisible();
  await addStep(app, 'Waiting', '2026-12-01');
  const stepForm = app.getByRole('form', { name: 'Record the next step' });
  await expect(stepForm.getByText('Waiting on Tue 1 Dec 2026 has not happened yet: record each step on the day it happens.')).toBeVisible();
  const [order] = await call('specialOrders.list', undefined);
  expect(order!.history.map((e) => e.status)).toEqual(['placed']);
});
