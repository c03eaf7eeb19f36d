import { describe, expect, it } from 'vitest';
import {
  assessDetaxe,
  bestWindowTotal,
  countsTowardDetaxe,
  DETAXE_RULE,
  detaxeDeadline,
  expectedRefund,
  formDeadline,
  formProblems,
  type DetaxeReceipt,
} from '../../src/shared/domain/detaxe';
import { contentHash, harness } from './helpers';

const paris = { name: 'Faubourg Saint-Honoré', city: 'Paris', country: 'FR', online: false };
const r = (over: Partial<DetaxeReceipt> = {}): DetaxeReceipt => ({ id: 1, day: '2026-12-07', currency: 'EUR', online: false, totalMinor: 10001, boutique: paris, ...over });

describe('the détaxe rule as dated reference data', () => {
  it('names its source and the month it was checked', () => {
    expect(DETAXE_RULE.sourceUrl).toBe('https://www.service-public.fr/particuliers/vosdroits/F20558');
    expect(DETAXE_RULE.checked).toMatch(/^\d{4}-\d{2}$/);
    expect(DETAXE_RULE).toMatchObject({ minSpendMinor: 10001, groupingDays: 3, countries: ['FR', 'MC'] });
  });
});

describe('which receipts count', () => {
  it('counts euros at a store in France or Monaco, or with no store recorded; never online, never elsewhere', () => {
    expect(countsTowardDetaxe(r())).toBe(true);
    expect(countsTowardDetaxe(r({ boutique: { ...paris, city: 'Monaco', country: 'MC' } }))).toBe(true);
    expect(countsTowardDetaxe(r({ boutique: null }))).toBe(true);
    expect(countsTowardDetaxe(r({ currency: 'USD' }))).toBe(false);
    expect(countsTowardDetaxe(r({ online: true }))).toBe(false);
    expect(countsTowardDetaxe(r({ boutique: { ...paris, online: true } }))).toBe(false);
    expect(countsTowardDetaxe(r({ boutique: { ...paris, city: 'Munich', country: 'DE' } }))).toBe(false);
  });

  it('needs strictly more than €100.00 on one form', () => {
    const at = (total: number) => assessDetaxe({ ...r(), groupTotalMinor: total }, 'not_applicable');
    expect(at(10000)).toEqual({ eligible: false, deadline: null });
    expect(at(10001)).toEqual({ eligible: true, deadline: '2027-03-31' });
  });

  it('gives the deadline when the user puts a form in play against the rule', () => {
    expect(assessDetaxe({ ...r(), groupTotalMinor: 500 }, 'form_issued')).toEqual({ eligible: false, deadline: '2027-03-31' });
  });
});

describe('the best run of three consecutive days', () => {
  const days = new Map([
    ['2026-12-05', 6000],
    ['2026-12-07', 4001],
    ['2026-12-10', 20000],
  ]);
  it('takes the run of days holding the receipt that comes to the most', () => {
    expect(bestWindowTotal(days, '2026-12-05')).toBe(10001); // 5–7 Dec
    expect(bestWindowTotal(days, '2026-12-07')).toBe(10001);
    expect(bestWindowTotal(days, '2026-12-08')).toBe(20000); // 8–10 Dec; 6–8 and 7–9 hold only €40.01
    expect(bestWindowTotal(days, '2026-12-06')).toBe(10001); // 5–7
    expect(bestWindowTotal(days, '2026-12-09')).toBe(20000);
    expect(bestWindowTotal(days, '2026-12-13')).toBe(0);
    expect(bestWindowTotal(days, '2026-12-10')).toBe(20000);
  });
  it('runs across the end of a month and of a year', () => {
    expect(bestWindowTotal(new Map([['2026-12-31', 6000], ['2027-01-02', 4001]]), '2026-12-31')).toBe(10001);
  });
});

describe('détaxe deadline: last day of the third month after the month of purchase', () => {
  it.each([
    ['2026-11-30', '2027-02-28'],
    ['2027-11-15', '2028-02-29'],
    ['2026-01-01', '2026-04-30'],
    ['2026-01-31', '2026-04-30'],
    ['2026-10-31', '2027-01-31'],
    ['2026-12-07', '2027-03-31'],
    ['2026-03-31', '2026-06-30'],
  ])('%s → %s', (day, deadline) => {
    expect(detaxeDeadline(day)).toBe(deadline);
  });

  it('refuses something that is not a calendar day', () => {
    expect(() => detaxeDeadline('2026-13-01')).toThrow(RangeError);
    expect(() => detaxeDeadline('2026-12-07T10:00')).toThrow(RangeError);
  });

  it("is, for a form across two months, that of its earliest receipt", () => {
    expect(formDeadline(['2026-12-01', '2026-11-30'])).toBe('2027-02-28');
  });
});

describe('what one form may hold', () => {
  it('holds receipts of one town over up to three consecutive days, more than €100.00 in all', () => {
    expect(formProblems([r({ totalMinor: 6000 }), r({ id: 2, day: '2026-12-09', totalMinor: 4001, boutique: { ...paris, name: 'Sèvres' } })])).toEqual([]);
  });

  it('says in words what does not fit', () => {
    expect(formProblems([])).toEqual(['Choose at least one receipt for the form.']);
    expect(formProblems([r({ day: '2026-12-07' }), r({ id: 2, day: '2026-12-10' })])).toEqual([
      'The receipts run from Mon 7 Dec 2026 to Thu 10 Dec 2026 (4 days); one form covers up to 3 consecutive days.',
    ]);
    expect(formProblems([r(), r({ id: 2, boutique: { ...paris, name: 'Lyon', city: 'Lyon' } })])).toEqual([
      'The receipts are in Paris and Lyon; one form covers the stores of one town.',
    ]);
    expect(formProblems([r({ totalMinor: 10000 })])).toEqual(['Together the receipts come to €100.00; a form needs more than €100.00.']);
    expect(formProblems([r({ online: true })])).toEqual([
      'The receipt of Mon 7 Dec 2026 at Faubourg Saint-Honoré was bought online; online orders are not eligible for détaxe.',
    ]);
    expect(formProblems([r({ currency: 'CHF' })])).toEqual(['The receipt of Mon 7 Dec 2026 at Faubourg Saint-Honoré is in CHF; a détaxe form covers receipts in euros.']);
    expect(formProblems([r({ boutique: null })])[0]).toContain('has no boutique');
    expect(formProblems([r({ boutique: { ...paris, city: 'Milan', country: 'IT' } })])[0]).toContain('outside France and Monaco (IT)');
  });

  it('folds accents and case in the town: "Saint-Étienne" and "saint-etienne" are one town', () => {
    const town = (city: string) => ({ ...paris, city });
    expect(formProblems([r({ boutique: town('Saint-Étienne') }), r({ id: 2, boutique: town('saint-etienne ') })])).toEqual([]);
  });

  it('expects 12–16 % back after the operator’s fee', () => {
    expect(expectedRefund(125000)).toEqual([15000, 20000]);
  });
});

describe('détaxe forms', () => {
  const clock = () => new Date('2026-12-12T10:00:00Z');
  const item = (priceMinor: number) => [{ category: 'jewelry' as const, description: 'Clic H', priceMinor }];
  function setUp() {
    const h = harness({ clock });
    const all = h.call('boutiques.list', undefined);
    const id = (code: string) => all.find((b) => b.code === code)!.id;
    const lyon = h.call('boutiques.create', { name: 'Lyon', city: 'Lyon', country: 'FR', timeZone: 'Europe/Paris' });
    const buy = (day: string, price: number, over: Record<string, unknown> = {}) =>
      h.call('purchases.create', { day, currency: 'EUR', boutiqueId: id('fsh'), items: item(price), ...over });
    return { ...h, fsh: id('fsh'), sevres: id('sevres'), lyon: lyon.id, buy };
  }

  it('groups two receipts of Paris two days apart on one form; they take its status, and the form its refund', () => {
    const { call, buy, sevres } = setUp();
    const a = buy('2026-12-07', 6000);
    const b = buy('2026-12-09', 119000, { boutiqueId: sevres });
    expect(call('detaxe.suggestions', undefined)).toMatchObject([{ town: 'Paris', purchaseIds: [a.id, b.id], totalMinor: 125000, deadline: '2027-03-31' }]);
    const form = call('detaxe.create', { purchaseIds: [b.id, a.id], issuedOn: '2026-12-09', reference: 'GB-2291' });
    expect(form).toMatchObject({
      status: 'issued',
      town: 'Paris',
      firstDay: '2026-12-07',
      lastDay: '2026-12-09',
      totalMinor: 125000,
      deadline: '2027-03-31',
      expectedRefundMinor: [15000, 20000],
      problems: [],
    });
    expect(form.receipts.map((x) => [x.id, x.boutiqueName])).toEqual([
      [a.id, 'Faubourg Saint-Honoré'],
      [b.id, 'Sèvres'],
    ]);
    expect(call('purchases.get', { id: a.id }).detaxe).toMatchObject({ status: 'form_issued', formId: form.id, eligible: true });
    expect(call('detaxe.suggestions', undefined)).toEqual([]);
    const refunded = call('detaxe.update', { id: form.id, status: 'refunded', validatedOn: '2026-12-10', refundedOn: '2026-12-12', refundMinor: 17200 });
    expect(refunded).toMatchObject({ status: 'refunded', refundMinor: 17200, validatedOn: '2026-12-10' });
    expect(call('purchases.list', { detaxeStatus: 'refunded' }).map((p) => p.id).sort()).toEqual([a.id, b.id]);
    expect(call('detaxe.list', undefined).map((f) => f.id)).toEqual([form.id]);
  });

  it('refuses what the rule does not allow, in words, and changes nothing', () => {
    const { fail, buy, journal, lyon } = setUp();
    const a = buy('2026-12-07', 6000);
    const far = buy('2026-12-10', 6000);
    const elsewhere = buy('2026-12-08', 6000, { boutiqueId: lyon });
    const online = buy('2026-12-08', 90000, { online: true });
    const before = contentHash(journal);
    const cases: [number[], string][] = [
      [[a.id, far.id], 'The receipts run from Mon 7 Dec 2026 to Thu 10 Dec 2026 (4 days); one form covers up to 3 consecutive days.'],
      [[a.id, elsewhere.id], 'The receipts are in Paris and Lyon; one form covers the stores of one town.'],
      [[a.id], 'Together the receipts come to €60.00; a form needs more than €100.00.'],
      [[online.id], 'The receipt of Tue 8 Dec 2026 at Faubourg Saint-Honoré was bought online; online orders are not eligible for détaxe.'],
      [[a.id, 999], 'Receipt 999 does not exist (it may have been deleted).'],
    ];
    for (const [purchaseIds, message] of cases) {
      expect(fail('detaxe.create', { purchaseIds })).toMatchObject({ code: 'invalid_input', issues: [{ path: ['purchaseIds'], message }] });
    }
    expect(fail('detaxe.create', { purchaseIds: [a.id, a.id] }).issues?.[0]?.message).toBe('Each receipt is listed once.');
    expect(contentHash(journal)).toBe(before);
  });

  it('keeps the steps in order, none ahead of today, and a refund only once refunded and not above the receipts', () => {
    const { call, fail, buy, journal } = setUp();
    const a = buy('2026-12-07', 50000);
    const form = call('detaxe.create', { purchaseIds: [a.id] });
    const before = contentHash(journal);
    expect(fail('detaxe.update', { id: form.id, validatedOn: '2026-12-20', status: 'validated' }).issues).toEqual([
      { path: ['validatedOn'], message: 'Validated on Sun 20 Dec 2026 has not happened yet.' },
    ]);
    expect(fail('detaxe.update', { id: form.id, issuedOn: '2026-12-09', validatedOn: '2026-12-08', status: 'validated' }).issues).toEqual([
      { path: ['validatedOn'], message: 'Validated on Tue 8 Dec 2026 cannot be before issued on Wed 9 Dec 2026.' },
    ]);
    expect(fail('detaxe.update', { id: form.id, refundMinor: 5000 }).issues).toEqual([{ path: ['refundMinor'], message: 'Enter the refund only once the form is refunded.' }]);
    expect(fail('detaxe.update', { id: form.id, status: 'refunded', refundMinor: 50001 }).issues).toEqual([
      { path: ['refundMinor'], message: 'The refund cannot be more than the receipts on the form.' },
    ]);
    expect(contentHash(journal)).toBe(before);
  });

  it('a receipt on a form keeps fitting it: its status is the form’s, and an edit that breaks the form is refused', () => {
    const { call, fail, buy, journal, lyon } = setUp();
    const a = buy('2026-12-07', 6000);
    const b = buy('2026-12-08', 6000);
    const form = call('detaxe.create', { purchaseIds: [a.id, b.id] });
    const before = contentHash(journal);
    expect(fail('purchases.update', { id: a.id, detaxe: { status: 'refunded', amountMinor: 100 } }).issues?.[0]?.path).toEqual(['detaxe', 'status']);
    expect(fail('purchases.update', { id: a.id, day: '2026-12-11' }).message).toContain('one form covers up to 3 consecutive days');
    expect(fail('purchases.update', { id: a.id, boutiqueId: lyon }).message).toContain('one form covers the stores of one town');
    expect(fail('detaxe.create', { purchaseIds: [a.id] }).issues?.[0]?.message).toBe('The receipt of Mon 7 Dec 2026 is already on another détaxe form; take it off that form first.');
    expect(contentHash(journal)).toBe(before);
    // Notes and the same status go through.
    expect(call('purchases.update', { id: a.id, notes: 'Form at the desk', detaxe: { status: 'form_issued' } }).detaxe.formId).toBe(form.id);
  });

  it('taking a receipt off puts it back to "not applicable"; deleting the form sends it to the Trash, the receipts keep their status, and restoring puts them back on it', () => {
    const { call, buy } = setUp();
    const a = buy('2026-12-07', 6000);
    const b = buy('2026-12-08', 6000);
    const c = buy('2026-12-08', 9000);
    const form = call('detaxe.create', { purchaseIds: [a.id, b.id, c.id], status: 'validated', validatedOn: '2026-12-09' });
    const smaller = call('detaxe.update', { id: form.id, purchaseIds: [a.id, c.id] });
    expect(smaller.totalMinor).toBe(15000);
    expect(call('purchases.get', { id: b.id }).detaxe).toMatchObject({ status: 'not_applicable', formId: null });
    expect(call('purchases.get', { id: c.id }).detaxe).toMatchObject({ status: 'validated', formId: form.id });
    call('detaxe.delete', { id: form.id });
    expect(call('purchases.get', { id: a.id }).detaxe).toMatchObject({ status: 'validated', formId: null });
    expect(call('purchases.list', undefined)).toHaveLength(3);
    expect(call('detaxe.list', undefined)).toEqual([]);
    call('trash.restore', { kind: 'detaxe_form', recordId: form.id });
    expect(call('purchases.get', { id: a.id }).detaxe).toMatchObject({ status: 'validated', formId: form.id });
    expect(call('detaxe.get', { id: form.id }).receipts.map((r) => r.id)).toEqual([a.id, c.id]);
  });

  it('a deleted receipt leaves its form with the others (an empty form stays until deleted)', () => {
    const { call, buy } = setUp();
    const a = buy('2026-12-07', 60000);
    const form = call('detaxe.create', { purchaseIds: [a.id], reference: 'kept' });
    call('purchases.delete', { id: a.id });
    expect(call('detaxe.get', { id: form.id })).toMatchObject({ receipts: [], totalMinor: 0, deadline: null, reference: 'kept' });
  });

  it('suggests no run whose deadline has passed, nor a receipt whose form or refusal is recorded on it', () => {
    const { call, buy } = setUp();
    buy('2026-08-20', 60000); // deadline 30 Nov 2026, before the clock's 12 Dec
    const refused = buy('2026-12-01', 60000);
    call('purchases.update', { id: refused.id, detaxe: { status: 'refused' } });
    buy('2026-12-03', 60000, { detaxe: { status: 'validated' } });
    expect(call('detaxe.suggestions', undefined)).toEqual([]);
  });
});
