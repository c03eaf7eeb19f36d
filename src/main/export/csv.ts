/**
 * Spreadsheet export: purchases (one row per item), appointment attempts, the insurance list and
 * the price book, as CSV per
 * RFC 4180 (comma-separated, CRLF line ends, fields with commas, quotes or line breaks quoted,
 * quotes doubled) in UTF-8 with a byte-order mark, so Excel and Numbers open accents right.
 * Written by csv-stringify.
 *
 * Amounts are given twice: as a decimal in the currency's own unit ("1234.50", a dot, no
 * grouping — what every spreadsheet parses) and as the integer minor units Carnet stores.
 * A text cell that starts with = + - @ (or a tab or carriage return) is prefixed with an
 * apostrophe so a spreadsheet shows it instead of running it as a formula (CSV injection).
 */
import { stringify } from 'csv-stringify/sync';
import { DateTime } from 'luxon';
import type { CsvExport, CsvKind } from '../../shared/api/data';
import { CATEGORY_LABELS, type PurchaseCategory } from '../../shared/api/purchases';
import { METHOD_LABELS, type AttemptMethod } from '../../shared/api/attempts';
import { PARIS_ZONE } from '../../shared/domain/lottery';
import { minorToDecimal } from '../../shared/domain/money';
import type { Journal } from '../db/journal';
import { columnsOf } from '../backup/content';
import { listCollection } from '../journal/collection';
import { PROVENANCE_LABELS, SOURCE_LABELS } from '../../shared/api/collection';

type Cell = string | number | null;

/** Integer minor units as an exact decimal string: 123450 EUR → "1234.50"; 5000 JPY → "5000". */
export const decimalAmount = (minor: number, currency: string): string => minorToDecimal(minor, currency);

/** Keeps a spreadsheet from reading user text as a formula. */
export function safeText(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const yesNo = (v: number | null | undefined): string => (v === null || v === undefined ? '' : v === 1 ? 'yes' : 'no');

/** Any line break inside a field is quoted (csv-stringify alone quotes only the record delimiter, CRLF). */
function toCsv(header: string[], rows: Cell[][]): string {
  return stringify(
    rows.map((r) => r.map((c) => (c === null ? '' : typeof c === 'string' ? safeText(c) : String(c)))),
    { header: true, columns: header, bom: true, record_delimiter: 'windows', eof: true, quoted_match: /[\r\n]/ },
  );
}

export const PURCHASE_COLUMNS = [
  'Purchase id',
  'Day',
  'Boutique',
  'Sold by',
  'Trip',
  'Item',
  'Category',
  'Description',
  'Quota bag',
  'Offered by the SA',
  'Price',
  'Currency',
  'Price in minor units',
  'Bought online',
  'Détaxe status',
  'Détaxe refund',
  'Notes',
];

export const ATTEMPT_COLUMNS = [
  'Attempt id',
  'Method',
  'Wanted day',
  'Boutique',
  'Trip',
  'Applied by',
  'Contact',
  'Form accepted (UTC)',
  'E-mail received (UTC)',
  'Link clicked (UTC)',
  'Registered (UTC)',
  'Times blocked',
  'Blocked note',
  'Result',
  'Appointment (local time)',
  'Appointment zone',
  'Appointment (UTC)',
  'First appointment time (UTC)',
  'Offered at the appointment',
  'Bought at the appointment',
  'Notes',
];

const RESULT_LABELS: Record<string, string> = {
  pending: 'pending',
  granted: 'granted',
  time_changed: 'granted, time changed',
  not_granted: 'not granted',
  cancelled: 'cancelled',
};

function purchasesCsv(journal: Journal, from?: string, to?: string): { content: string; rows: number } {
  const db = journal.sqlite;
  const hasOnline = columnsOf(db, 'purchases').some((c) => c.name === 'online');
  const rows = db
    .prepare(
      `SELECT p.id, p.day, b.name AS boutique, c.name AS contact, t.title AS trip, p.currency, p.detaxe_status, p.detaxe_amount_minor, p.notes,
              ${hasOnline ? 'p.online' : 'NULL'} AS online,
              i.position, i.category, i.description, i.quota, i.price_minor, i.offered
         FROM purchases p
         JOIN purchase_items i ON i.purchase_id = p.id
         LEFT JOIN boutiques b ON b.id = p.boutique_id
         LEFT JOIN contacts c ON c.id = p.contact_id
         LEFT JOIN trips t ON t.id = p.trip_id
        WHERE (? IS NULL OR p.day >= ?) AND (? IS NULL OR p.day <= ?)
        ORDER BY p.day, p.id, i.position, i.id`,
    )
    .all(from ?? null, from ?? null, to ?? null, to ?? null) as {
    id: number;
    day: string;
    boutique: string | null;
    contact: string | null;
    trip: string | null;
    currency: string;
    detaxe_status: string;
    detaxe_amount_minor: number | null;
    notes: string | null;
    online: number | null;
    position: number;
    category: PurchaseCategory;
    description: string;
    quota: number | null;
    price_minor: number;
    offered: number;
  }[];
  const cells = rows.map((r): Cell[] => [
    r.id,
    r.day,
    r.boutique,
    r.contact,
    r.trip,
    r.position + 1,
    CATEGORY_LABELS[r.category] ?? r.category,
    r.description,
    r.category === 'bag' ? yesNo(r.quota) : '',
    yesNo(r.offered),
    decimalAmount(r.price_minor, r.currency),
    r.currency,
    r.price_minor,
    yesNo(r.online),
    r.detaxe_status.replace(/_/g, ' '),
    r.detaxe_amount_minor === null ? null : decimalAmount(r.detaxe_amount_minor, r.currency),
    r.notes,
  ]);
  return { content: toCsv(PURCHASE_COLUMNS, cells), rows: cells.length };
}

function attemptsCsv(journal: Journal, from?: string, to?: string): { content: string; rows: number } {
  const rows = journal.sqlite
    .prepare(
      `SELECT a.*, b.name AS boutique, b.time_zone AS boutique_zone, t.title AS trip, tc.name AS companion, c.name AS contact
         FROM appointment_attempts a
         LEFT JOIN boutiques b ON b.id = a.boutique_id
         LEFT JOIN trips t ON t.id = a.trip_id
         LEFT JOIN trip_companions tc ON tc.id = a.companion_id
         LEFT JOIN contacts c ON c.id = a.contact_id
        WHERE (? IS NULL OR a.wanted_day >= ?) AND (? IS NULL OR a.wanted_day <= ?)
        ORDER BY a.wanted_day, a.id`,
    )
    .all(from ?? null, from ?? null, to ?? null, to ?? null) as Record<string, string | number | null>[];
  const cells = rows.map((r): Cell[] => {
    const zone = (r['boutique_zone'] as string | null) ?? PARIS_ZONE;
    const at = r['appointment_at'] as string | null;
    return [
      r['id'] as number,
      METHOD_LABELS[r['method'] as AttemptMethod] ?? (r['method'] as string),
      r['wanted_day'] as string,
      (r['boutique'] as string | null) ?? 'no preference',
      r['trip'] as string | null,
      (r['companion'] as string | null) ?? 'you',
      r['contact'] as string | null,
      r['form_accepted_at'] as string | null,
      r['email_received_at'] as string | null,
      r['link_clicked_at'] as string | null,
      r['registered_at'] as string | null,
      r['blocked_count'] as number,
      r['blocked_note'] as string | null,
      RESULT_LABELS[r['result'] as string] ?? (r['result'] as string),
      at ? DateTime.fromISO(at, { zone }).toFormat('yyyy-LL-dd HH:mm') : null,
      at ? zone : null,
      at,
      r['original_appointment_at'] as string | null,
      r['outcome_offered'] as string | null,
      r['outcome_bought'] as string | null,
      r['notes'] as string | null,
    ];
  });
  return { content: toCsv(ATTEMPT_COLUMNS, cells), rows: cells.length };
}

export const COLLECTION_COLUMNS = [
  'Piece',
  'Category',
  'Model',
  'Size',
  'Exterior leather',
  'Exterior colour',
  'Interior leather',
  'Interior colour',
  'Stitching',
  'Hardware',
  'Came from',
  'Acquired on',
  'Where',
  'From whom',
  'Paid',
  'Paid currency',
  'Replacement value',
  'Replacement currency',
  'Replacement price seen on',
  'Replacement price matched on',
  'Quota bag',
];

/** The insurance list as a spreadsheet: every piece still owned, what was paid, and its replacement value from the price book (the day filters do not apply). */
function collectionCsv(journal: Journal): { content: string; rows: number } {
  const { entries } = listCollection(journal, { show: 'owned', model: null, colour: null });
  const cells = entries.map((e): Cell[] => [
    e.title,
    e.category === 'bag' ? 'Bag' : 'Small leather good',
    e.spec?.model ?? null,
    e.spec?.size ?? null,
    e.spec?.exteriorLeather ?? null,
    e.spec?.exteriorColour ?? null,
    e.spec?.interiorLeather ?? null,
    e.spec?.interiorColour ?? null,
    e.spec?.stitching ?? null,
    e.spec?.hardware ?? null,
    e.provenance ? PROVENANCE_LABELS[e.provenance] : SOURCE_LABELS[e.source],
    e.acquiredOn,
    e.where,
    e.from,
    e.priceMinor !== null && e.currency ? decimalAmount(e.priceMinor, e.currency) : null,
    e.priceMinor !== null ? e.currency : null,
    e.todayPrice ? decimalAmount(e.todayPrice.priceMinor, e.todayPrice.currency) : null,
    e.todayPrice?.currency ?? null,
    e.todayPrice?.seenOn ?? null,
    e.todayPrice?.howWords ?? null,
    e.quota === null ? null : e.quota ? 'yes' : 'no',
  ]);
  return { content: toCsv(COLLECTION_COLUMNS, cells), rows: cells.length };
}

export const PRICE_COLUMNS = ['Model', 'Size', 'Leather', 'Hardware', 'Country', 'Currency', 'Price', 'Price in minor units', 'Seen on', 'Boutique', 'Source', 'Notes'];

/** The price book, oldest first; the day filters apply to the day each price was seen. Reads back with prices.importCsv. */
function pricesCsv(journal: Journal, from?: string, to?: string): { content: string; rows: number } {
  let q = journal.q.selectFrom('price_entries as e').leftJoin('boutiques as b', 'b.id', 'e.boutique_id').selectAll('e').select('b.name as boutique');
  if (from) q = q.where('e.seen_on', '>=', from);
  if (to) q = q.where('e.seen_on', '<=', to);
  const cells = journal.all(q.orderBy('e.seen_on').orderBy('e.id')).map((r): Cell[] => [
    r.model,
    r.size,
    r.leather,
    r.hardware,
    r.country,
    r.currency,
    decimalAmount(r.price_minor, r.currency),
    r.price_minor,
    r.seen_on,
    r.boutique,
    r.source,
    r.notes,
  ]);
  return { content: toCsv(PRICE_COLUMNS, cells), rows: cells.length };
}

export function exportCsv(journal: Journal, input: { kind: CsvKind; from?: string | undefined; to?: string | undefined }): CsvExport {
  if (input.kind === 'collection') {
    const { content, rows } = collectionCsv(journal);
    return { fileName: `carnet-collection-${journal.now().slice(0, 10)}.csv`, mimeType: 'text/csv;charset=utf-8', content, rows };
  }
  const { content, rows } = (input.kind === 'purchases' ? purchasesCsv : input.kind === 'prices' ? pricesCsv : attemptsCsv)(journal, input.from, input.to);
  const span = input.from || input.to ? `-${input.from ?? 'start'}-to-${input.to ?? 'today'}` : '';
  return { fileName: `carnet-${input.kind}${span}.csv`, mimeType: 'text/csv;charset=utf-8', content, rows };
}
