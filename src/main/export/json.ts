/**
 * The full JSON export (format "carnet-journal-export", version 1; documented in the README,
 * "Your data") and its import.
 *
 * The export is the journal's content table by table, each row with its columns exactly as
 * SQLite stores them (ids kept, snake_case names, days 'YYYY-MM-DD', instants UTC ISO, money
 * in integer minor units, flags 0/1). Importing it into an empty journal gives back the same
 * rows, so exporting again gives the identical file.
 *
 * Import never writes a half file: the whole file is checked first — its shape (zod), every
 * value by its column, every link between records — then loaded into a scratch journal of the
 * file's own schema (SQLite's constraints name any row they refuse), migrated to this
 * Carnet's schema, and only then copied into the journal in one transaction. Any problem
 * answers `invalid_input` listing each one by table, record and field; the journal is untouched.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { DateTime, IANAZone } from 'luxon';
import { z } from 'zod';
import type { ExportFile, ImportSummary } from '../../shared/api/data';
import { IDENTITY_DOCUMENTS } from '../../shared/api/identities';
import { ruleOverrides, settingsUpdate } from '../../shared/api/settings';
import { effectiveRules, type RuleOverrides } from '../../shared/domain/rule-values';
import { isAttachmentSubject, isNoteSubject, RECORD_KINDS } from '../../shared/domain/records';
import { formProblems, type DetaxeReceipt } from '../../shared/domain/detaxe';
import { contractIssues } from './contract-rules';
import { APPLICANT_PROBLEMS, GRANTED_NEEDS_TIME, GRANTED_RESULTS } from '../../shared/api/attempts';
import { REFUND_OVER_TOTAL } from '../../shared/api/purchases';
import { historyProblem, type SpecialOrderStatus } from '../../shared/domain/special-order-status';
import { DomainError, type FieldIssue } from '../../shared/result';
import { columnsOf, contentTables, foreignKeys, isFreshJournal, recordCount, replaceContentFrom, rowsOf, type Column } from '../backup/content';
import { dataContextOf } from '../backup/context';
import { backupInfo, writeBackupSync } from '../backup/files';
import type { Journal } from '../db/journal';
import { migrations as defaultMigrations } from '../db/migrations';
import { openJournal, schemaOf } from '../db/open';
import { seal, unseal, UnsealError } from '../identity/seal';
import { identityKey } from '../journal/identities';

export const EXPORT_FORMAT = 'carnet-journal-export';
export const EXPORT_VERSION = 1;
/** Tables never written row for row: identity numbers go (decrypted, on request) in their own section. */
const SEPARATE_TABLES = ['identity_numbers'];
/**
 * Not exported: the Trash holds what the person deleted, on its way out; an export is what they
 * keep (restore something first to take it along). An import replaces the content, so it empties
 * the Trash of the journal it replaces (kept in the before-import backup). A merge's undo record
 * points into the Trash, so it stays behind with it.
 */
const NOT_EXPORTED = ['trash', 'contact_merges'];
const MAX_ISSUES = 200;

export interface ExportedIdentityNumber {
  id: number;
  person: string | null;
  document: (typeof IDENTITY_DOCUMENTS)[number];
  issuing_country: string | null;
  expires_on: string | null;
  number: string;
  created_at: string;
  updated_at: string;
}

export interface JournalExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  /** The schema steps (migrations) of the journal the rows come from. */
  migrations: string[];
  identityNumbers:
    | { included: false }
    | { included: true; warning: string; records: ExportedIdentityNumber[] };
  /** Table → rows, parents before the tables that point at them. */
  tables: Record<string, Record<string, unknown>[]>;
}

const IDENTITY_WARNING =
  'This file contains passport and ID numbers in clear text. Anyone who has the file can read them. Keep it private and delete it when you no longer need it.';

function encodeValue(value: unknown): unknown {
  // No column stores binary data today; a future one is written as base64 so JSON can carry it.
  if (Buffer.isBuffer(value)) return { base64: value.toString('base64') };
  return value;
}

export function buildExport(journal: Journal, includeIdentityNumbers: boolean): JournalExport {
  const db = journal.sqlite;
  const tables: Record<string, Record<string, unknown>[]> = {};
  for (const table of contentTables(db)) {
    if (SEPARATE_TABLES.includes(table) || NOT_EXPORTED.includes(table)) continue;
    tables[table] = rowsOf(db, table).map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, encodeValue(v)])));
  }
  let identityNumbers: JournalExport['identityNumbers'] = { included: false };
  if (includeIdentityNumbers) {
    const rows = journal.all(journal.q.selectFrom('identity_numbers').selectAll().orderBy('id'));
    const key = rows.length > 0 ? identityKey(journal) : null;
    const unreadable: number[] = [];
    const records = rows.map((r): ExportedIdentityNumber => {
      let number = '';
      try {
        number = unseal(r.number_sealed, key!);
      } catch (err) {
        if (!(err instanceof UnsealError)) throw err;
        unreadable.push(r.id);
      }
      return { id: r.id, person: r.person, document: r.document, issuing_country: r.issuing_country, expires_on: r.expires_on, number, created_at: r.created_at, updated_at: r.updated_at };
    });
    if (unreadable.length > 0) {
      throw new DomainError(
        'conflict',
        `${unreadable.length} identity number${unreadable.length > 1 ? 's' : ''} cannot be read on this computer (sealed with another key). Delete ${unreadable.length > 1 ? 'them' : 'it'} or export without identity numbers; nothing was exported.`,
      );
    }
    identityNumbers = { included: true, warning: IDENTITY_WARNING, records };
  }
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: journal.now(),
    migrations: db.prepare('SELECT id FROM carnet_migrations ORDER BY id').pluck().all() as string[],
    identityNumbers,
    tables,
  };
}

export function exportJson(journal: Journal, input: { includeIdentityNumbers: boolean }): ExportFile {
  const doc = buildExport(journal, input.includeIdentityNumbers);
  const day = doc.exportedAt.slice(0, 10);
  return {
    fileName: `carnet-export-${day}${input.includeIdentityNumbers ? '-with-identity-numbers' : ''}.json`,
    mimeType: 'application/json',
    content: JSON.stringify(doc, null, 2) + '\n',
  };
}

// ---------------------------------------------------------------------------------------------
// Import: checking
// ---------------------------------------------------------------------------------------------

const DAY_RE = /^\d{4}-\d{2}-\d{2}$/;
const INSTANT_RE = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const knownCurrencies = new Set(Intl.supportedValuesOf('currency'));

const isDay = (s: string) => DAY_RE.test(s) && DateTime.fromISO(s, { zone: 'utc' }).isValid;
const isInstant = (s: string) => INSTANT_RE.test(s) && DateTime.fromISO(s, { setZone: true }).isValid;

/** What a column's name says its text holds (the journal's naming rules, see 001-journal). */
const MONTH_DAY_COLUMNS = new Set(['birthday', 'name_day']);
/** Columns whose names end like a day's but hold words ("changed_store"). */
const NOT_A_DAY = new Set(['moved_on']);

function textRule(column: string): z.ZodType<string> {
  const text = z.string({ error: 'must be text' });
  // A birthday or name day is a month and day ('11-26'), any year's.
  if (MONTH_DAY_COLUMNS.has(column)) {
    return text.refine((s) => /^\d{2}-\d{2}$/.test(s) && DateTime.fromISO(`2024-${s}`, { zone: 'utc' }).isValid, { error: 'must be a month and day written MM-DD' });
  }
  if (NOT_A_DAY.has(column)) return text;
  if (column === 'day' || column.endsWith('_day') || column.endsWith('_on') || column === 'expected_from' || column === 'expected_to') {
    return text.refine(isDay, { error: 'must be a real calendar day written YYYY-MM-DD' });
  }
  if (column.endsWith('_at')) return text.refine(isInstant, { error: 'must be a date and time with its zone, like 2026-12-07T09:30:00.000Z' });
  if (column === 'currency') return text.refine((s) => knownCurrencies.has(s), { error: 'must be a three-letter currency code such as EUR' });
  if (column === 'time_zone') return text.refine((s) => IANAZone.isValidZone(s), { error: 'must be a time zone such as Europe/Paris' });
  return text;
}

function columnRule(col: Column): z.ZodType {
  let rule: z.ZodType;
  if (col.type === 'INTEGER') {
    const int = z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' });
    rule = col.name === 'id' || col.name.endsWith('_id') ? int.positive({ error: 'must be a positive record id' }) : int;
  } else if (col.type === 'REAL') {
    rule = z.number({ error: 'must be a number' });
  } else if (col.type === 'TEXT') {
    rule = textRule(col.name);
  } else if (col.type === 'BLOB') {
    rule = z.strictObject({ base64: z.base64({ error: 'must be base64 data' }) }, { error: 'must be binary data written as {"base64": "..."}' });
  } else {
    rule = z.union([z.string(), z.number()], { error: 'must be text or a number' });
  }
  const required = col.notNull || (col.pk > 0 && col.type === 'INTEGER');
  return required ? rule : rule.nullable();
}

const identityRecord = z.strictObject({
  id: z.number({ error: 'must be a whole number' }).int({ error: 'must be a whole number' }).positive({ error: 'must be a positive record id' }),
  person: z.string({ error: 'must be text or null' }).min(1, { error: 'must not be empty (use null for yourself)' }).max(100).nullable(),
  document: z.enum(IDENTITY_DOCUMENTS, { error: 'must be passport or national_id' }),
  issuing_country: z.string().regex(/^[A-Z]{2}$/, { error: 'must be a two-letter country code' }).nullable(),
  expires_on: z.string().refine(isDay, { error: 'must be a real calendar day written YYYY-MM-DD' }).nullable(),
  number: z.string({ error: 'must be text' }).regex(/^[A-Z0-9]{5,20}$/, { error: 'must be 5 to 20 letters and digits' }),
  created_at: z.string().refine(isInstant, { error: 'must be a date and time with its zone' }),
  updated_at: z.string().refine(isInstant, { error: 'must be a date and time with its zone' }),
});

const envelope = z.object({
  format: z.literal(EXPORT_FORMAT, { error: 'This is not a Carnet export (its "format" is not "carnet-journal-export").' }),
  version: z.literal(EXPORT_VERSION, { error: `This export format version is not one this Carnet reads (it reads version ${EXPORT_VERSION}).` }),
  exportedAt: z.string({ error: 'The export has no "exportedAt" date.' }),
  migrations: z.array(z.string(), { error: 'The export does not say which schema it has ("migrations").' }).min(1, { error: 'The export does not say which schema it has ("migrations").' }),
  identityNumbers: z.discriminatedUnion(
    'included',
    [
      z.object({ included: z.literal(false) }),
      z.object({ included: z.literal(true), warning: z.string().optional(), records: z.array(z.unknown(), { error: 'must be a list' }) }),
    ],
    { error: 'The export does not say whether it holds identity numbers.' },
  ),
  tables: z.record(z.string(), z.array(z.unknown(), { error: 'must be a list of records' }), { error: 'The export has no "tables".' }),
});

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const humanTable = (t: string) => t.replace(/_/g, ' ');
const humanColumn = (c: string) => c.replace(/_/g, ' ');

class Issues {
  readonly list: FieldIssue[] = [];
  add(path: (string | number)[], message: string): void {
    if (this.list.length < MAX_ISSUES) this.list.push({ path, message });
  }
  get full(): boolean {
    return this.list.length >= MAX_ISSUES;
  }
}

function recordLabel(table: string, index: number, row: unknown): string {
  const id = row && typeof row === 'object' && typeof (row as { id?: unknown }).id === 'number' ? ` (id ${(row as { id: number }).id})` : '';
  return `${humanTable(table)} #${index + 1}${id}`;
}

function refuse(issues: FieldIssue[]): never {
  const first = issues[0]?.message ?? '';
  const many = issues.length >= MAX_ISSUES ? `at least ${MAX_ISSUES}` : String(issues.length);
  throw new DomainError(
    'invalid_input',
    issues.length === 1
      ? `The file was not imported: ${first} Nothing was changed.`
      : `The file was not imported: ${many} problems were found; nothing was changed. First: ${first}`,
    issues,
  );
}

function parseFile(content: string): JournalExport {
  let raw: unknown;
  try {
    raw = JSON.parse(content.replace(/^\uFEFF/, ''));
  } catch (err) {
    refuse([{ path: [], message: `The file is not valid JSON (${(err as Error).message}).` }]);
  }
  const parsed = envelope.safeParse(raw);
  if (!parsed.success) {
    refuse(parsed.error.issues.map((i) => ({ path: i.path.filter((p): p is string | number => typeof p !== 'symbol'), message: i.message })));
  }
  return parsed.data as JournalExport;
}


/** Checks everything that can be checked without SQLite: versions, tables, columns, values, links. */
function checkFile(doc: JournalExport, scratchColumns: Map<string, Column[]>, fks: Map<string, ReturnType<typeof foreignKeys>>): FieldIssue[] {
  const issues = new Issues();
  // Every table of the file must be one of the schema's; every table of the schema may be absent (empty).
  for (const [table, rows] of Object.entries(doc.tables)) {
    const columns = scratchColumns.get(table);
    if (!columns) {
      issues.add(['tables', table], SEPARATE_TABLES.includes(table)
        ? `Identity numbers belong in the "identityNumbers" section, not in "tables".`
        : `"${table}" is not a table of a Carnet journal.`);
      continue;
    }
    const rule = z.strictObject(Object.fromEntries(columns.map((c) => [c.name, columnRule(c)])));
    rows.forEach((row, index) => {
      if (issues.full) return;
      const result = rule.safeParse(row);
      if (result.success) return;
      const label = recordLabel(table, index, row);
      for (const issue of result.error.issues) {
        const field = issue.path[0];
        if (issue.code === 'unrecognized_keys') {
          for (const key of issue.keys) issues.add(['tables', table, index, key], `${label}: "${key}" is not a field of ${humanTable(table)}.`);
        } else if (typeof field === 'string') {
          const value = (row as Record<string, unknown>)[field];
          const message = value === undefined ? 'is missing' : issue.message;
          issues.add(['tables', table, index, field], `${label}, ${humanColumn(field)}: ${message}.`);
        } else {
          issues.add(['tables', table, index], `${label}: must be a record (an object of fields).`);
        }
      }
    });
  }
  if (issues.list.length > 0) return issues.list;

  // The contract's own field rules (lengths, ranges, formats), in the words of the forms.
  for (const [table, rows] of Object.entries(doc.tables)) {
    rows.forEach((row, index) => {
      if (issues.full) return;
      for (const { column, message } of contractIssues(table, row as Record<string, unknown>)) {
        issues.add(['tables', table, index, column], `${recordLabel(table, index, row)}, ${humanColumn(column)}: ${message.replace(/\.$/, '')}.`);
      }
    });
  }

  // Links: every id a record points at must be in the file.
  const ids = new Map<string, Set<unknown>>();
  const keyOf = (table: string, column: string) => `${table}.${column}`;
  const valuesOf = (table: string, column: string): Set<unknown> => {
    const k = keyOf(table, column);
    let set = ids.get(k);
    if (!set) {
      set = new Set((doc.tables[table] ?? []).map((r) => (r as Record<string, unknown>)[column]));
      ids.set(k, set);
    }
    return set;
  };
  for (const [table, rows] of Object.entries(doc.tables)) {
    for (const fk of fks.get(table) ?? []) {
      rows.forEach((row, index) => {
        const value = (row as Record<string, unknown>)[fk.from];
        if (value === null || value === undefined || valuesOf(fk.parent, fk.to).has(value)) return;
        issues.add(['tables', table, index, fk.from], `${recordLabel(table, index, row)}, ${humanColumn(fk.from)}: points at ${humanTable(fk.parent)} ${String(value)}, which is not in the file.`);
      });
    }
  }
  // Decision notes point at their subject by (type, id) rather than a foreign key.
  (doc.tables['decision_notes'] ?? []).forEach((row, index) => {
    const r = row as { subject_type: string; subject_id: number };
    const subject = isNoteSubject(r.subject_type) ? RECORD_KINDS[r.subject_type] : null;
    if (!subject) {
      issues.add(['tables', 'decision_notes', index, 'subject_type'], `${recordLabel('decision_notes', index, row)}, subject type: "${r.subject_type}" is not a kind of record notes attach to.`);
    } else if (!valuesOf(subject.table, 'id').has(r.subject_id)) {
      issues.add(['tables', 'decision_notes', index, 'subject_id'], `${recordLabel('decision_notes', index, row)}, subject id: points at ${subject.inSentence} ${r.subject_id}, which is not in the file.`);
    }
  });
  const purchases = doc.tables['purchases'] ?? [];
  // Attachments name their record by (kind, id), like notes.
  (doc.tables['attachments'] ?? []).forEach((row, index) => {
    const r = row as { record_kind: string; record_id: number };
    const subject = isAttachmentSubject(r.record_kind) ? RECORD_KINDS[r.record_kind] : null;
    if (!subject) {
      issues.add(['tables', 'attachments', index, 'record_kind'], `${recordLabel('attachments', index, row)}, record kind: "${r.record_kind}" is not a kind of record photos attach to.`);
    } else if (!valuesOf(subject.table, 'id').has(r.record_id)) {
      issues.add(['tables', 'attachments', index, 'record_id'], `${recordLabel('attachments', index, row)}, record id: points at ${subject.inSentence} ${r.record_id}, which is not in the file.`);
    }
  });
  // A détaxe form's receipts fit one form by the rule, as detaxe.create checks (one source: formProblems).
  const forms = doc.tables['detaxe_forms'] ?? [];
  if (forms.length > 0) {
    const totals = new Map<unknown, number>();
    for (const i of (doc.tables['purchase_items'] ?? []) as { purchase_id: unknown; price_minor: number }[]) totals.set(i.purchase_id, (totals.get(i.purchase_id) ?? 0) + i.price_minor);
    const stores = new Map(((doc.tables['boutiques'] ?? []) as { id: unknown; name: string; city: string; country: string; online?: number }[]).map((b) => [b.id, b]));
    const members = new Map<unknown, DetaxeReceipt[]>();
    for (const p of purchases as { id: number; day: string; currency: string; online?: number; boutique_id: unknown; detaxe_form_id?: unknown }[]) {
      if (p.detaxe_form_id == null) continue;
      const b = p.boutique_id == null ? undefined : stores.get(p.boutique_id);
      const receipt: DetaxeReceipt = { id: p.id, day: p.day, currency: p.currency, online: p.online === 1, totalMinor: totals.get(p.id) ?? 0, boutique: b ? { name: b.name, city: b.city, country: b.country, online: b.online === 1 } : null };
      members.set(p.detaxe_form_id, [...(members.get(p.detaxe_form_id) ?? []), receipt]);
    }
    // Checked by the rules the file's journal used (its own Settings › Rules), as it was written.
    const rulesRow = (doc.tables['settings'] ?? []).find((row) => (row as { key?: unknown }).key === 'rules') as { value?: unknown } | undefined;
    let fileRules: RuleOverrides = {};
    try {
      const parsed = ruleOverrides.safeParse(typeof rulesRow?.value === 'string' ? JSON.parse(rulesRow.value) : {});
      if (parsed.success) fileRules = parsed.data;
    } catch {
      // An unreadable value is reported with the settings below; the reported rule applies here.
    }
    const detaxeValues = effectiveRules(fileRules).detaxe;
    forms.forEach((row, index) => {
      const receipts = members.get((row as { id: unknown }).id) ?? [];
      if (receipts.length === 0) return;
      for (const problem of formProblems(receipts, detaxeValues)) issues.add(['tables', 'detaxe_forms', index], `${recordLabel('detaxe_forms', index, row)}: ${problem}`);
    });
  }
  // Rules between fields and records, in the services' words: a granted appointment has its time,
  // a refund is not more than its receipt, a special order's history runs in an order it may.
  const companions = new Map(((doc.tables['trip_companions'] ?? []) as { id: unknown; trip_id: unknown; name: string; adult: unknown }[]).map((c) => [c.id, c]));
  ((doc.tables['appointment_attempts'] ?? []) as { result?: unknown; appointment_at?: unknown; method?: unknown; trip_id?: unknown; companion_id?: unknown }[]).forEach((row, index) => {
    if ((GRANTED_RESULTS as readonly unknown[]).includes(row.result) && row.appointment_at == null) {
      issues.add(['tables', 'appointment_attempts', index, 'appointment_at'], `${recordLabel('appointment_attempts', index, row)}: ${GRANTED_NEEDS_TIME}`);
    }
    // Who applied, as attempts.create checks it: a companion of that trip, an adult for the lottery.
    if (row.companion_id != null) {
      const companion = companions.get(row.companion_id);
      const problem =
        row.trip_id == null
          ? APPLICANT_PROBLEMS.needsTrip
          : !companion || companion.trip_id !== row.trip_id
            ? APPLICANT_PROBLEMS.notOnTrip(row.companion_id)
            : companion.adult !== 1 && row.method === 'lottery'
              ? APPLICANT_PROBLEMS.minor(companion.name)
              : null;
      if (problem) issues.add(['tables', 'appointment_attempts', index, 'companion_id'], `${recordLabel('appointment_attempts', index, row)}: ${problem}`);
    }
  });
  {
    const totals = new Map<unknown, number>();
    for (const i of (doc.tables['purchase_items'] ?? []) as { purchase_id: unknown; price_minor: number }[]) totals.set(i.purchase_id, (totals.get(i.purchase_id) ?? 0) + i.price_minor);
    purchases.forEach((row, index) => {
      const p = row as { id: unknown; detaxe_amount_minor?: unknown };
      if (typeof p.detaxe_amount_minor === 'number' && p.detaxe_amount_minor > (totals.get(p.id) ?? 0)) {
        issues.add(['tables', 'purchases', index, 'detaxe_amount_minor'], `${recordLabel('purchases', index, row)}: ${REFUND_OVER_TOTAL}`);
      }
    });
  }
  {
    const events = (doc.tables['special_order_events'] ?? []) as { id: number; order_id: unknown; status: SpecialOrderStatus; day: string }[];
    const byOrder = new Map<unknown, { index: number; row: (typeof events)[number] }[]>();
    events.forEach((row, index) => byOrder.set(row.order_id, [...(byOrder.get(row.order_id) ?? []), { index, row }]));
    for (const steps of byOrder.values()) {
      steps.sort((a, b) => a.row.id - b.row.id); // the order the service reads a history in
      const problem = historyProblem(steps.map((s) => s.row));
      if (problem) {
        const at = steps[problem.index]!;
        issues.add(['tables', 'special_order_events', at.index, problem.field], `${recordLabel('special_order_events', at.index, at.row)}: ${problem.message}`);
      }
    }
  }
  // Settings values: the same schemas as settings.update (one source): an IANA zone, an ISO 4217
  // code, a known theme, reminder minutes in range.
  const settingRules = settingsUpdate.shape as Record<string, { safeParse(v: unknown): { success: boolean; error?: { issues: { message: string }[] } } } | undefined>;
  (doc.tables['settings'] ?? []).forEach((row, index) => {
    const r = row as { key: string; value: string };
    const rule = settingRules[r.key];
    const label = `Setting "${r.key}"`;
    if (!rule) {
      issues.add(['tables', 'settings', index, 'key'], `${label}: is not a setting of Carnet.`);
      return;
    }
    let value: unknown;
    try {
      value = JSON.parse(r.value);
    } catch {
      issues.add(['tables', 'settings', index, 'value'], `${label}, value: is not readable (not JSON).`);
      return;
    }
    const result = rule.safeParse(value);
    if (!result.success) {
      issues.add(['tables', 'settings', index, 'value'], `${label}, value ${JSON.stringify(value)}: ${result.error?.issues[0]?.message ?? 'is not valid.'}`.replace(/\.?$/, '.'));
    }
  });
  // Required children: a receipt has items (a file without the purchase_items table has none).
  if (purchases.length > 0) {
    if (!('purchase_items' in doc.tables)) {
      issues.add(['tables', 'purchase_items'], `The file has ${purchases.length} receipt${purchases.length > 1 ? 's' : ''} but no "purchase_items" table: every receipt needs its items.`);
    } else {
      const withItems = valuesOf('purchase_items', 'purchase_id');
      purchases.forEach((row, index) => {
        const id = (row as { id: unknown }).id;
        if (!withItems.has(id)) issues.add(['tables', 'purchases', index, 'id'], `${recordLabel('purchases', index, row)}: has no items; a receipt needs at least one.`);
      });
    }
  }
  if (doc.identityNumbers.included) {
    const seen = new Set<number>();
    doc.identityNumbers.records.forEach((record, index) => {
      const result = identityRecord.safeParse(record);
      const label = recordLabel('identity numbers', index, record);
      if (!result.success) {
        for (const issue of result.error.issues) {
          const field = issue.path[0];
          issues.add(['identityNumbers', 'records', index, ...(typeof field === 'string' ? [field] : [])], `${label}${typeof field === 'string' ? `, ${humanColumn(field)}` : ''}: ${issue.code === 'unrecognized_keys' ? `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')}` : issue.message}.`);
        }
      } else if (seen.has(result.data.id)) {
        issues.add(['identityNumbers', 'records', index, 'id'], `${label}, id: appears twice in the file.`);
      } else {
        seen.add(result.data.id);
      }
    });
  }
  return issues.list;
}

/** The column a constraint message names first ("CHECK constraint failed: end_day >= start_day" → end_day). */
function columnInMessage(message: string, columns: Column[]): string | null {
  const detail = message.replace(/^.*constraint failed:\s*/i, '');
  let best: { name: string; at: number } | null = null;
  for (const { name } of columns) {
    const m = new RegExp(`(^|[^A-Za-z0-9_])${name}(?![A-Za-z0-9_])`).exec(detail);
    if (!m) continue;
    const at = m.index + m[1]!.length;
    if (!best || at < best.at || (at === best.at && name.length > best.name.length)) best = { name, at };
  }
  return best?.name ?? null;
}

function constraintMessage(err: Error): string {
  const code = (err as { code?: string }).code ?? '';
  if (code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE') return 'the same value appears in two records';
  if (code === 'SQLITE_CONSTRAINT_NOTNULL') return 'is missing';
  if (code === 'SQLITE_CONSTRAINT_CHECK') return `is not allowed here (rule: ${err.message.replace(/^.*constraint failed:\s*/i, '')})`;
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY') return 'points at a record that is not in the file';
  return err.message;
}

function decodeRow(row: Record<string, unknown>, columns: Column[]): unknown[] {
  return columns.map((c) => {
    const v = row[c.name];
    if (c.type === 'BLOB' && v && typeof v === 'object') return Buffer.from((v as { base64: string }).base64, 'base64');
    return v;
  });
}

/** Loads the checked file into the scratch journal, naming every row SQLite refuses. */
function loadScratch(scratch: Journal, doc: JournalExport, key: Buffer | null): FieldIssue[] {
  const db = scratch.sqlite;
  const issues = new Issues();
  const tables = contentTables(db);
  db.exec('BEGIN');
  try {
    db.pragma('defer_foreign_keys = ON');
    for (const table of [...tables].reverse()) db.prepare(`DELETE FROM "${table}"`).run();
    for (const table of tables) {
      const rows = doc.tables[table];
      if (!rows) continue;
      const columns = columnsOf(db, table);
      const insert = db.prepare(`INSERT INTO "${table}" (${columns.map((c) => `"${c.name}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`);
      rows.forEach((row, index) => {
        if (issues.full) return;
        try {
          db.exec('SAVEPOINT row');
          insert.run(...decodeRow(row, columns));
          db.exec('RELEASE row');
        } catch (err) {
          db.exec('ROLLBACK TO row');
          db.exec('RELEASE row');
          const field = columnInMessage((err as Error).message, columns);
          issues.add(['tables', table, index, ...(field ? [field] : [])], `${recordLabel(table, index, row)}${field ? `, ${humanColumn(field)}` : ''}: ${constraintMessage(err as Error)}.`);
        }
      });
    }
    if (doc.identityNumbers.included && doc.identityNumbers.records.length > 0) {
      const insert = db.prepare(
        'INSERT INTO identity_numbers (id, person, document, issuing_country, expires_on, number_sealed, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      );
      for (const r of doc.identityNumbers.records as ExportedIdentityNumber[]) {
        insert.run(r.id, r.person, r.document, r.issuing_country, r.expires_on, seal(r.number, key!), r.created_at, r.updated_at);
      }
    }
    if (issues.list.length === 0) {
      for (const broken of db.pragma('foreign_key_check') as { table: string; rowid: number | null; parent: string }[]) {
        issues.add(['tables', broken.table], `A record of ${humanTable(broken.table)} points at a ${humanTable(broken.parent)} record that is not in the file.`);
      }
    }
    if (issues.list.length > 0) db.exec('ROLLBACK');
    else db.exec('COMMIT');
  } catch (err) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw err;
  }
  return issues.list;
}

export function importJson(journal: Journal, input: { content: string; replace: boolean }): ImportSummary {
  const doc = parseFile(input.content);
  const known = new Set(defaultMigrations.map((m) => m.id));
  const unknown = doc.migrations.filter((m) => !known.has(m));
  if (unknown.length > 0) {
    refuse([{ path: ['migrations'], message: `The file was exported by a newer version of Carnet (it has ${unknown.join(', ')}); update Carnet to import it.` }]);
  }
  if (!doc.migrations.includes(defaultMigrations[0]!.id)) {
    refuse([{ path: ['migrations'], message: `The file does not list the journal's first schema step (${defaultMigrations[0]!.id}).` }]);
  }
  const steps = defaultMigrations.filter((m) => doc.migrations.includes(m.id));
  const hasIdentities = doc.identityNumbers.included && doc.identityNumbers.records.length > 0;
  if (hasIdentities && !steps.some((m) => m.id === '004-identities')) {
    refuse([{ path: ['identityNumbers'], message: 'The file holds identity numbers but its schema has no place for them.' }]);
  }

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-import-'));
  try {
    const scratchFile = path.join(dir, 'import.sqlite');
    let scratch = openJournal(scratchFile, { migrations: steps });
    try {
      const db = scratch.sqlite;
      const tables = contentTables(db);
      const columns = new Map(tables.filter((t) => !SEPARATE_TABLES.includes(t)).map((t) => [t, columnsOf(db, t)]));
      const fks = new Map(tables.map((t) => [t, foreignKeys(db, t)]));
      const problems = checkFile(doc, columns, fks);
      if (problems.length > 0) refuse(problems);
      const key = hasIdentities ? identityKey(journal) : null;
      const refused = loadScratch(scratch, doc, key);
      if (refused.length > 0) refuse(refused);
    } finally {
      scratch.close();
    }
    // An export from an older Carnet is brought to this schema by the usual migrations.
    scratch = openJournal(scratchFile);
    try {
      if (schemaOf(scratch) !== schemaOf(journal)) {
        throw new DomainError('internal', 'The file could not be brought to this journal’s layout; nothing was changed.');
      }
    } finally {
      scratch.close();
    }

    let backup = null;
    if (!isFreshJournal(journal)) {
      if (!input.replace) {
        throw new DomainError(
          'conflict',
          `This journal already holds ${plural(recordCount(journal), 'record')}. Import into a new, empty journal, or choose to replace everything in this one (a backup of it is kept first). Nothing was changed.`,
        );
      }
      backup = backupInfo(writeBackupSync(journal.sqlite, dataContextOf(journal).backupsDir, 'before-import', new Date(journal.now())));
    }
    // Identity numbers left out of the file are kept as they are: they were left out for privacy.
    const keep = doc.identityNumbers.included ? [] : SEPARATE_TABLES;
    const counts = replaceContentFrom(journal, scratchFile, { keep });
    const identityNumbers = counts['identity_numbers'] ?? 0;
    delete counts['identity_numbers'];
    return { tables: counts, identityNumbers, backup };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
