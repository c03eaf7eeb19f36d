/**
 * Détaxe: the rule's reading of every receipt, and the forms that group receipts.
 *
 * A form groups receipts of one town of France or Monaco over up to 3 consecutive days (the
 * official rule, src/shared/domain/detaxe.ts). A receipt is on at most one form; the form says
 * where it stands and each of its receipts takes the matching status (written through, so the
 * purchases filter and the CSV export read one column). The refund that came back is the
 * form's. Deleting a form moves it to the Trash; its receipts stay, keeping the status they had.
 */
import { DateTime } from 'luxon';
import { sql, type Selectable } from 'kysely';
import type { ParsedInputOf } from '../../shared/api';
import type { DetaxeForm, DetaxeFormReceipt, DetaxeSuggestion, detaxeContract } from '../../shared/api/detaxe';
import type { PurchaseDetaxe } from '../../shared/api/purchases';
import {
  addDays,
  assessDetaxe,
  bestWindowTotal,
  countsTowardDetaxe,
  DETAXE_RULE,
  type DetaxeValues,
  detaxeTownKey,
  expectedRefund,
  FORM_TO_RECEIPT_STATUS,
  formDeadline,
  formProblems,
  inDetaxeArea,
  reachesDetaxeMinimum,
  spokenDay,
  type DetaxeReceipt,
  type DetaxeStatus,
} from '../../shared/domain/detaxe';
import { latestDayBegun } from '../../shared/domain/special-order-status';
import { conflict, DomainError, invalid, notFound } from '../../shared/result';
import { Journal } from '../db/journal';
import type { DetaxeFormsTable, PurchasesTable } from '../db/tables';
import type { DomainHandlers } from './handler';
import { rulesOf } from './settings';
import { today } from './today';
import { moveToTrash } from './trash';

type PurchaseRow = Selectable<PurchasesTable>;
type FormRow = Selectable<DetaxeFormsTable>;
type BoutiqueFacts = { id: number; name: string; city: string; country: string; online: boolean };


function boutiquesById(journal: Journal, ids: Iterable<number>): Map<number, BoutiqueFacts> {
  const list = [...new Set(ids)];
  if (list.length === 0) return new Map();
  return new Map(
    journal
      .shaped('detaxe.boutiques', { ids: Journal.ids(list) }, ['ids'], (a) =>
        journal.q.selectFrom('boutiques').select(['id', 'name', 'city', 'country', 'online']).where(sql<boolean>`id IN (SELECT value FROM json_each(${a.ids}))`),
      )
      .map((b) => [b.id, { ...b, online: b.online === 1 }] as const),
  );
}

const asReceipt = (r: PurchaseRow, totalMinor: number, boutiques: Map<number, BoutiqueFacts>): DetaxeReceipt => ({
  id: r.id,
  day: r.day,
  currency: r.currency,
  online: r.online === 1,
  totalMinor,
  boutique: r.boutique_id === null ? null : (boutiques.get(r.boutique_id) ?? null),
});

/** Receipt totals (sum of items), one query. */
function receiptTotals(journal: Journal, ids: number[]): Map<number, number> {
  if (ids.length === 0) return new Map();
  const rows = journal.all(
    journal.q
      .selectFrom('purchase_items')
      .select(['purchase_id', (eb) => eb.fn.sum<number>('price_minor').as('total')])
      .where('purchase_id', 'in', ids)
      .groupBy('purchase_id'),
  );
  return new Map(rows.map((r) => [r.purchase_id, Number(r.total)]));
}

/**
 * What the eligible receipts on no form come to per town and day, over the days `from`–`to`:
 * town key → day → euro cents. One query.
 */
function townDayTotals(journal: Journal, from: string, to: string): Map<string, Map<string, number>> {
  const rows = journal.shaped('detaxe.townDayTotals', { from, to }, ['from', 'to'], (a) =>
    journal.q
      .selectFrom('purchases as p')
      .innerJoin('purchase_items as i', 'i.purchase_id', 'p.id')
      .innerJoin('boutiques as b', 'b.id', 'p.boutique_id')
      .select(['b.city', 'b.country', 'p.day', (eb) => eb.fn.sum<number>('i.price_minor').as('total')])
      .where('p.currency', '=', DETAXE_RULE.currency)
      .where('p.online', '=', 0)
      .where('b.online', '=', 0)
      .where('b.country', 'in', [...DETAXE_RULE.countries])
      .where('p.detaxe_form_id', 'is', null)
      .where('p.day', '>=', a.from)
      .where('p.day', '<=', a.to)
      .groupBy(['b.city', 'b.country', 'p.day']),
  );
  const out = new Map<string, Map<string, number>>();
  for (const r of rows) {
    const key = detaxeTownKey(r);
    let days = out.get(key);
    if (!days) out.set(key, (days = new Map()));
    days.set(r.day, (days.get(r.day) ?? 0) + Number(r.total));
  }
  return out;
}

/** The receipts of the given forms, as the rule sees them: form id → receipts. */
function formReceipts(journal: Journal, formIds: number[]): Map<number, DetaxeReceipt[]> {
  const out = new Map<number, DetaxeReceipt[]>();
  if (formIds.length === 0) return out;
  const rows = journal.all(journal.q.selectFrom('purchases').selectAll().where('detaxe_form_id', 'in', formIds).orderBy('day').orderBy('id'));
  const totals = receiptTotals(journal, rows.map((r) => r.id));
  const boutiques = boutiquesById(journal, rows.flatMap((r) => (r.boutique_id === null ? [] : [r.boutique_id])));
  for (const r of rows) {
    const list = out.get(r.detaxe_form_id!) ?? [];
    list.push(asReceipt(r, totals.get(r.id) ?? 0, boutiques));
    out.set(r.detaxe_form_id!, list);
  }
  return out;
}

/**
 * The détaxe of each receipt (given with its total): status and refund as recorded, eligibility
 * and the deadline from the rule. A receipt on no form qualifies when the most that can go on
 * one form with it — its town's eligible receipts on no form over the best run of consecutive
 * days that contains it — is more than €100.00; a receipt on a form, when the form's receipts
 * fit the rule together. Three queries whatever the number of receipts.
 */
export function detaxeOf(journal: Journal, rows: PurchaseRow[], totals: ReadonlyMap<number, number>): Map<number, PurchaseDetaxe> {
  const out = new Map<number, PurchaseDetaxe>();
  if (rows.length === 0) return out;
  const boutiques = boutiquesById(journal, rows.flatMap((r) => (r.boutique_id === null ? [] : [r.boutique_id])));
  const loose = rows.filter((r) => r.detaxe_form_id === null);
  const grouped = loose.filter((r) => r.boutique_id !== null && countsTowardDetaxe(asReceipt(r, 0, boutiques)));
  const v = rulesOf(journal).detaxe;
  const span = v.groupingDays - 1;
  const days = grouped.map((r) => r.day).sort();
  const towns = days.length === 0 ? new Map<string, Map<string, number>>() : townDayTotals(journal, addDays(days[0]!, -span), addDays(days.at(-1)!, span));
  const forms = formReceipts(journal, [...new Set(rows.flatMap((r) => (r.detaxe_form_id === null ? [] : [r.detaxe_form_id])))]);
  for (const r of rows) {
    const receipt = asReceipt(r, totals.get(r.id) ?? 0, boutiques);
    const status = r.detaxe_status as DetaxeStatus;
    if (r.detaxe_form_id !== null) {
      const members = forms.get(r.detaxe_form_id) ?? [receipt];
      out.set(r.id, {
        status,
        amountMinor: r.detaxe_amount_minor,
        eligible: formProblems(members, v).length === 0,
        deadline: formDeadline(members.map((m) => m.day), v),
        formId: r.detaxe_form_id,
      });
      continue;
    }
    // With no boutique recorded only this receipt is surely of "the same town".
    const groupTotal =
      receipt.boutique === null ? receipt.totalMinor : bestWindowTotal(towns.get(detaxeTownKey(receipt.boutique)) ?? new Map([[r.day, receipt.totalMinor]]), r.day, v.groupingDays);
    out.set(r.id, { status, amountMinor: r.detaxe_amount_minor, ...assessDetaxe({ ...receipt, groupTotalMinor: groupTotal }, status, v), formId: null });
  }
  return out;
}

function summaries(journal: Journal, ids: number[]): Map<number, string> {
  if (ids.length === 0) return new Map();
  const items = journal.all(
    journal.q.selectFrom('purchase_items').select(['purchase_id', 'description']).where('purchase_id', 'in', ids).orderBy('purchase_id').orderBy('position'),
  );
  const byPurchase = new Map<number, string[]>();
  for (const i of items) byPurchase.set(i.purchase_id, [...(byPurchase.get(i.purchase_id) ?? []), i.description]);
  return new Map(ids.map((id) => {
    const list = byPurchase.get(id) ?? [];
    return [id, list.length <= 1 ? (list[0] ?? 'Receipt') : `${list[0]} + ${list.length - 1} more`];
  }));
}

function describeReceipts(journal: Journal, receipts: DetaxeReceipt[]): DetaxeFormReceipt[] {
  const names = summaries(journal, receipts.map((r) => r.id));
  return receipts.map((r) => ({ id: r.id, day: r.day, boutiqueName: r.boutique?.name ?? null, summary: names.get(r.id) ?? 'Receipt', totalMinor: r.totalMinor }));
}

function toForm(journal: Journal, row: FormRow, receipts: DetaxeReceipt[], v: DetaxeValues = rulesOf(journal).detaxe): DetaxeForm {
  const total = receipts.reduce((sum, r) => sum + r.totalMinor, 0);
  const days = receipts.map((r) => r.day).sort();
  return {
    id: row.id,
    status: row.status,
    issuedOn: row.issued_on,
    validatedOn: row.validated_on,
    refundedOn: row.refunded_on,
    refundMinor: row.refund_minor,
    reference: row.reference,
    notes: row.notes,
    receipts: describeReceipts(journal, receipts),
    town: receipts.find((r) => r.boutique)?.boutique?.city ?? null,
    firstDay: days[0] ?? null,
    lastDay: days.at(-1) ?? null,
    totalMinor: total,
    currency: DETAXE_RULE.currency,
    deadline: days.length > 0 ? formDeadline(days, v) : null,
    expectedRefundMinor: expectedRefund(total, v),
    problems: receipts.length === 0 ? [] : formProblems(receipts, v),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function getDetaxeForm(journal: Journal, { id }: { id: number }): DetaxeForm {
  const row = journal.first(journal.q.selectFrom('detaxe_forms').selectAll().where('id', '=', id));
  if (!row) throw notFound('Détaxe form', id);
  return toForm(journal, row, formReceipts(journal, [id]).get(id) ?? []);
}

export function listDetaxeForms(journal: Journal): DetaxeForm[] {
  const rows = journal.all(journal.q.selectFrom('detaxe_forms').selectAll());
  const receipts = formReceipts(journal, rows.map((r) => r.id));
  const v = rulesOf(journal).detaxe;
  return rows
    .map((r) => toForm(journal, r, receipts.get(r.id) ?? [], v))
    .sort((a, b) => (b.firstDay ?? '9999').localeCompare(a.firstDay ?? '9999') || b.id - a.id);
}

/** The receipts named for a form, as the rule sees them; each must exist and be on no other form. */
function chosenReceipts(journal: Journal, ids: number[], formId: number | null): DetaxeReceipt[] {
  const rows = journal.all(journal.q.selectFrom('purchases').selectAll().where('id', 'in', ids).orderBy('day').orderBy('id'));
  const missing = ids.filter((id) => !rows.some((r) => r.id === id));
  if (missing.length > 0) throw invalid(['purchaseIds'], `Receipt ${missing[0]} does not exist (it may have been deleted).`);
  const elsewhere = rows.find((r) => r.detaxe_form_id !== null && r.detaxe_form_id !== formId);
  if (elsewhere) {
    throw invalid(['purchaseIds'], `The receipt of ${spokenDay(elsewhere.day)} is already on another détaxe form; take it off that form first.`);
  }
  const totals = receiptTotals(journal, ids);
  const boutiques = boutiquesById(journal, rows.flatMap((r) => (r.boutique_id === null ? [] : [r.boutique_id])));
  const receipts = rows.map((r) => asReceipt(r, totals.get(r.id) ?? 0, boutiques));
  const problems = formProblems(receipts, rulesOf(journal).detaxe);
  if (problems.length > 0) throw new DomainError('invalid_input', problems.join(' '), problems.map((message) => ({ path: ['purchaseIds'], message })));
  return receipts;
}

type FormFields = Pick<FormRow, 'status' | 'issued_on' | 'validated_on' | 'refunded_on' | 'refund_minor'>;

/** The steps in order and none ahead of today; a refund only once refunded, and never more than the receipts. */
function checkSteps(journal: Journal, f: FormFields, totalMinor: number): void {
  const latest = latestDayBegun(journal.now());
  const steps: [keyof FormFields, string, string | null][] = [
    ['issued_on', 'Issued on', f.issued_on],
    ['validated_on', 'Validated on', f.validated_on],
    ['refunded_on', 'Refunded on', f.refunded_on],
  ];
  const pathOf = { issued_on: 'issuedOn', validated_on: 'validatedOn', refunded_on: 'refundedOn' } as Record<string, string>;
  for (const [key, label, day] of steps) {
    if (day && day > latest) throw invalid([pathOf[key]!], `${label} ${spokenDay(day)} has not happened yet.`);
  }
  for (let i = 1; i < steps.length; i++) {
    const [key, label, day] = steps[i]!;
    for (let j = 0; j < i; j++) {
      const [, earlierLabel, earlier] = steps[j]!;
      if (day && earlier && day < earlier) {
        throw invalid([pathOf[key]!], `${label} ${spokenDay(day)} cannot be before ${earlierLabel.toLowerCase()} ${spokenDay(earlier)}.`);
      }
    }
  }
  if (f.validated_on && f.status === 'issued') throw invalid(['status'], 'A form with a validation day is validated (or refunded): choose its status.');
  if (f.refunded_on && f.status !== 'refunded') throw invalid(['status'], 'A form with a refund day is refunded: choose Refunded.');
  if (f.refund_minor !== null && f.status !== 'refunded') throw invalid(['refundMinor'], 'Enter the refund only once the form is refunded.');
  if (f.refund_minor !== null && f.refund_minor > totalMinor) throw invalid(['refundMinor'], 'The refund cannot be more than the receipts on the form.');
}

/** The form's receipts take its status (and give up a refund of their own: the refund is the form's). */
function linkReceipts(journal: Journal, formId: number, status: DetaxeStatus, ids: number[], now: string): void {
  if (ids.length === 0) return;
  journal.run(
    journal.q.updateTable('purchases').set({ detaxe_form_id: formId, detaxe_status: status, detaxe_amount_minor: null, updated_at: now }).where('id', 'in', ids),
  );
}

function unlinkReceipts(journal: Journal, ids: number[], now: string): void {
  if (ids.length === 0) return;
  journal.run(
    journal.q.updateTable('purchases').set({ detaxe_form_id: null, detaxe_status: 'not_applicable', detaxe_amount_minor: null, updated_at: now }).where('id', 'in', ids),
  );
}

export function createDetaxeForm(journal: Journal, input: ParsedInputOf<'detaxe.create'>): DetaxeForm {
  return journal.tx(() => {
    const receipts = chosenReceipts(journal, input.purchaseIds, null);
    const fields: FormFields = {
      status: input.status,
      issued_on: input.issuedOn,
      validated_on: input.validatedOn,
      refunded_on: input.refundedOn,
      refund_minor: input.refundMinor,
    };
    checkSteps(journal, fields, receipts.reduce((sum, r) => sum + r.totalMinor, 0));
    const now = journal.now();
    const id = journal.insert(
      journal.q.insertInto('detaxe_forms').values({ ...fields, reference: input.reference, notes: input.notes, created_at: now, updated_at: now }),
    );
    linkReceipts(journal, id, FORM_TO_RECEIPT_STATUS[input.status], input.purchaseIds, now);
    return getDetaxeForm(journal, { id });
  });
}

export function updateDetaxeForm(journal: Journal, input: ParsedInputOf<'detaxe.update'>): DetaxeForm {
  return journal.tx(() => {
    const row = journal.first(journal.q.selectFrom('detaxe_forms').selectAll().where('id', '=', input.id));
    if (!row) throw notFound('Détaxe form', input.id);
    const currentIds = journal.all(journal.q.selectFrom('purchases').select('id').where('detaxe_form_id', '=', input.id)).map((r) => r.id);
    const ids = input.purchaseIds ?? currentIds;
    const receipts = input.purchaseIds ? chosenReceipts(journal, ids, input.id) : (formReceipts(journal, [input.id]).get(input.id) ?? []);
    const pick = <K extends keyof typeof input>(k: K, fallback: unknown) => (input[k] !== undefined ? input[k] : fallback);
    const status = (input.status ?? row.status) as FormRow['status'];
    const fields: FormFields = {
      status,
      issued_on: pick('issuedOn', row.issued_on) as string | null,
      validated_on: pick('validatedOn', row.validated_on) as string | null,
      refunded_on: pick('refundedOn', row.refunded_on) as string | null,
      // Leaving "refunded" drops the refund unless one is given (and then refused).
      refund_minor: (input.refundMinor !== undefined ? input.refundMinor : status === 'refunded' ? row.refund_minor : null) as number | null,
    };
    if (status !== 'refunded' && input.refundedOn === undefined) fields.refunded_on = null;
    checkSteps(journal, fields, receipts.reduce((sum, r) => sum + r.totalMinor, 0));
    const now = journal.now();
    journal.run(
      journal.q
        .updateTable('detaxe_forms')
        .set({
          ...fields,
          reference: pick('reference', row.reference) as string | null,
          notes: pick('notes', row.notes) as string | null,
          updated_at: now,
        })
        .where('id', '=', input.id),
    );
    const kept = new Set(ids);
    unlinkReceipts(journal, currentIds.filter((id) => !kept.has(id)), now);
    linkReceipts(journal, input.id, FORM_TO_RECEIPT_STATUS[status], ids, now);
    return getDetaxeForm(journal, { id: input.id });
  });
}

export function deleteDetaxeForm(journal: Journal, { id }: { id: number }): { id: number } {
  return journal.tx(() => {
    const form = getDetaxeForm(journal, { id });
    // To the Trash: the receipts stay, each keeping the status it had from the form, and
    // restoring the form puts them back on it.
    moveToTrash(journal, 'detaxe_form', id, `Détaxe form${form.town ? ` of ${form.town}` : ''}${form.firstDay ? `, ${spokenDay(form.firstDay)}` : ''}`);
    return { id };
  });
}

/**
 * Receipts on no form that could share one: per town, from the earliest receipt, the run of up
 * to 3 consecutive days starting there; each run that comes to more than €100.00 and whose
 * deadline has not passed is a suggestion. Only receipts still "not applicable" or "eligible"
 * are suggested.
 */
export function detaxeSuggestions(journal: Journal): DetaxeSuggestion[] {
  const day = today(journal);
  const v = rulesOf(journal).detaxe;
  // The oldest purchase whose deadline is still ahead: bought in the month three months back.
  const from = DateTime.fromISO(day, { zone: 'utc' }).startOf('month').minus({ months: v.deadlineMonthsAfter }).toISODate()!;
  const rows = journal.all(
    journal.q
      .selectFrom('purchases as p')
      .innerJoin('boutiques as b', 'b.id', 'p.boutique_id')
      .selectAll('p')
      .where('p.detaxe_form_id', 'is', null)
      // A receipt whose form the user already recorded on the receipt itself (issued, validated,
      // refunded) or that they marked refused is theirs to group by hand, not a suggestion.
      .where('p.detaxe_status', 'in', ['not_applicable', 'eligible'])
      .where('p.currency', '=', DETAXE_RULE.currency)
      .where('p.online', '=', 0)
      .where('b.online', '=', 0)
      .where('p.day', '>=', from)
      .orderBy('p.day')
      .orderBy('p.id'),
  );
  const totals = receiptTotals(journal, rows.map((r) => r.id));
  const boutiques = boutiquesById(journal, rows.map((r) => r.boutique_id!));
  const byTown = new Map<string, DetaxeReceipt[]>();
  for (const r of rows) {
    const receipt = asReceipt(r, totals.get(r.id) ?? 0, boutiques);
    if (!receipt.boutique || !inDetaxeArea(receipt.boutique.country)) continue;
    const key = detaxeTownKey(receipt.boutique);
    byTown.set(key, [...(byTown.get(key) ?? []), receipt]);
  }
  const out: DetaxeSuggestion[] = [];
  for (const receipts of byTown.values()) {
    let i = 0;
    while (i < receipts.length) {
      const start = receipts[i]!.day;
      const end = addDays(start, v.groupingDays - 1);
      const run: DetaxeReceipt[] = [];
      while (i < receipts.length && receipts[i]!.day <= end) run.push(receipts[i++]!);
      const total = run.reduce((sum, r) => sum + r.totalMinor, 0);
      const deadline = formDeadline(run.map((r) => r.day), v);
      if (reachesDetaxeMinimum(total, v) && deadline >= day) {
        out.push({
          town: run[0]!.boutique!.city,
          purchaseIds: run.map((r) => r.id),
          receipts: describeReceipts(journal, run),
          firstDay: run[0]!.day,
          lastDay: run.at(-1)!.day,
          totalMinor: total,
          deadline,
        });
      }
    }
  }
  return out.sort((a, b) => b.firstDay.localeCompare(a.firstDay));
}

/**
 * A receipt on a form that is edited must still fit it (its day, store, currency, online flag
 * or items): refused with the rule's sentence otherwise, so the form stays true.
 */
export function checkStillFitsForm(journal: Journal, purchaseId: number): void {
  const row = journal.first(journal.q.selectFrom('purchases').select('detaxe_form_id').where('id', '=', purchaseId));
  if (!row || row.detaxe_form_id === null) return;
  const problems = formProblems(formReceipts(journal, [row.detaxe_form_id]).get(row.detaxe_form_id) ?? [], rulesOf(journal).detaxe);
  if (problems.length > 0) {
    throw conflict(`This receipt is on a détaxe form and would no longer fit it: ${problems.join(' ')} Take it off the form first, or keep it as it is.`);
  }
}

export const detaxeHandlers = {
  'detaxe.list': (journal) => listDetaxeForms(journal),
  'detaxe.get': getDetaxeForm,
  'detaxe.suggestions': (journal) => detaxeSuggestions(journal),
  'detaxe.create': createDetaxeForm,
  'detaxe.update': updateDetaxeForm,
  'detaxe.delete': deleteDetaxeForm,
} satisfies DomainHandlers<typeof detaxeContract>;
