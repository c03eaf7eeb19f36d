/**
 * Prices from a CSV file: a header row naming the columns (any order, any case, English names),
 * then one price per row. Read by csv-parse (RFC 4180: quotes, doubled quotes, CRLF, a BOM);
 * commas, semicolons or tabs, whichever the header row uses. The file Carnet's own price-book
 * export writes reads back as it was.
 *
 * Every row goes through the same schema as prices.create, its amount through the one money
 * parser in the row's currency. All or nothing: one bad row and nothing is imported, the error
 * naming each problem by row and column. A price already in the book (same item, country,
 * currency, amount and day; the item's words compared as the book groups them) is skipped and
 * counted, not added twice.
 */
import { CsvError, parse } from 'csv-parse/sync';
import type { ParsedInputOf } from '../../shared/api';
import { currency as currencySchema } from '../../shared/api/fields';
import { priceCreate, type PriceImport, type PriceImportRow } from '../../shared/api/prices';
import { moneyProblem, parseMoney } from '../../shared/domain/money';
import { fold } from '../../shared/domain/price-book';
import { DomainError, type FieldIssue } from '../../shared/result';
import type { Journal } from '../db/journal';
import { toNewRow } from '../db/rows';

type Field = 'model' | 'size' | 'leather' | 'hardware' | 'country' | 'currency' | 'price' | 'seenOn' | 'boutique' | 'source' | 'notes';

/** Header names each field is known by (folded: lower case, no accents, '_' and '-' as spaces). */
const ALIASES: Record<Field, string[]> = {
  model: ['model'],
  size: ['size'],
  leather: ['leather'],
  hardware: ['hardware'],
  country: ['country'],
  currency: ['currency'],
  price: ['price', 'amount'],
  seenOn: ['seen on', 'seenon', 'date', 'day'],
  boutique: ['boutique'],
  source: ['source', 'where you saw it'],
  notes: ['notes', 'note'],
};
const REQUIRED: Field[] = ['model', 'country', 'currency', 'price', 'seenOn'];
const NAMES: Record<Field, string> = { model: 'model', size: 'size', leather: 'leather', hardware: 'hardware', country: 'country', currency: 'currency', price: 'price', seenOn: 'seen on (or date)', boutique: 'boutique', source: 'source', notes: 'notes' };
/** Written by Carnet's export beside Price; the decimal Price is what is read. */
const KNOWN_UNREAD = new Set(['price in minor units']);

const PREVIEW_ROWS = 20;
const MAX_ISSUES = 50;

const headerKey = (h: string) => fold(h.replace(/[_-]/g, ' '));
const fieldOf = new Map<string, Field>(Object.entries(ALIASES).flatMap(([f, names]) => names.map((n) => [n, f as Field] as const)));

const refuse = (message: string): DomainError => new DomainError('invalid_input', message, [{ path: ['content'], message }]);

const list = (words: string[]) => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`);

/** The delimiter the header row uses: the most frequent of , ; and tab outside quotes (a comma when none). */
function delimiterOf(content: string): string {
  const counts = new Map([[',', 0], [';', 0], ['\t', 0]]);
  let quoted = false;
  for (const ch of content) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  return [...counts].reduce((best, c) => (c[1] > best[1] ? c : best), [',', 0])[0];
}

function records(content: string): string[][] {
  try {
    return parse(content, { bom: true, delimiter: delimiterOf(content.replace(/^\uFEFF/, '')), relax_column_count: true, skip_empty_lines: false }) as string[][];
  } catch (err) {
    if (err instanceof CsvError) {
      const line = (err as CsvError & { lines?: number }).lines;
      const where = line ? ` (line ${line})` : '';
      if (err.code === 'CSV_QUOTE_NOT_CLOSED') throw refuse(`A quote opened in the file${where} is never closed, so it cannot be read as CSV. Nothing was imported.`);
      throw refuse(`The file cannot be read as CSV${where}: a quote is out of place. Nothing was imported.`);
    }
    throw err;
  }
}

/** The export's guard against spreadsheet formulas ('=…), taken off again. */
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

export function importPricesCsv(journal: Journal, input: ParsedInputOf<'prices.importCsv'>): PriceImport {
  const all = records(input.content);
  const headerAt = all.findIndex((r) => r.some((c) => c.trim()));
  if (headerAt < 0) throw refuse('The file is empty: it needs a header row (model, country, currency, price, seen on) and one row per price.');
  const header = all[headerAt]!;
  const columns = new Map<Field, number>();
  const ignored: string[] = [];
  for (const [i, raw] of header.entries()) {
    const key = headerKey(raw);
    const field = fieldOf.get(key);
    if (!field) {
      if (raw.trim() && !KNOWN_UNREAD.has(key)) ignored.push(raw.trim());
      continue;
    }
    if (columns.has(field)) throw refuse(`Two columns are both ${NAMES[field]} (“${header[columns.get(field)!]!.trim()}” and “${raw.trim()}”): keep one. Nothing was imported.`);
    columns.set(field, i);
  }
  const missing = REQUIRED.filter((f) => !columns.has(f));
  if (missing.length === REQUIRED.length) {
    throw refuse('The first row of the file must name the columns: model, country, currency, price and seen on (size, leather, hardware, boutique, source and notes if you have them). Nothing was imported.');
  }
  if (missing.length) {
    throw refuse(`The file has no ${list(missing.map((f) => NAMES[f]))} column. Every price needs model, country, currency, price and seen on. Nothing was imported.`);
  }
  const label = (f: Field) => header[columns.get(f)!]!.trim() || NAMES[f];
  const cell = (r: string[], f: Field): string | undefined => {
    const i = columns.get(f);
    return i === undefined ? undefined : unguard(r[i] ?? '');
  };

  return journal.tx(() => {
    const boutiques = new Map<string, { id: number; name: string }[]>();
    for (const b of journal.all(journal.q.selectFrom('boutiques').select(['id', 'name']))) {
      const k = fold(b.name);
      boutiques.set(k, [...(boutiques.get(k) ?? []), b]);
    }
    const keyOf = (e: { model: string; size: string | null; leather: string | null; hardware: string | null; country: string; currency: string; priceMinor: number; seenOn: string }) =>
      [fold(e.model), fold(e.size), fold(e.leather), fold(e.hardware), e.country, e.currency, e.priceMinor, e.seenOn].join('\u0000');
    const known = new Set(
      journal.all(journal.q.selectFrom('price_entries').select(['model', 'size', 'leather', 'hardware', 'country', 'currency', 'price_minor', 'seen_on'])).map((r) => keyOf({ ...r, priceMinor: r.price_minor, seenOn: r.seen_on })),
    );

    const issues: FieldIssue[] = [];
    let problems = 0;
    const problem = (row: number, f: Field | null, message: string) => {
      problems += 1;
      if (issues.length < MAX_ISSUES) issues.push({ path: ['content', row, ...(f ? [f] : [])], message: `Row ${row}${f ? `, ${label(f)}` : ''}: ${message}` });
    };
    const good: { row: number; entry: ParsedInputOf<'prices.create'>; boutique: string | null }[] = [];

    for (let i = headerAt + 1; i < all.length; i++) {
      const r = all[i]!;
      const row = i + 1;
      if (!r.some((c) => c.trim())) continue;
      if (r.length > header.length && r.slice(header.length).some((c) => c.trim())) {
        problem(row, null, `it has more cells than the header row names (${r.length} for ${header.length}); a comma inside a value needs quotes around the value.`);
        continue;
      }
      const currency = (cell(r, 'currency') ?? '').trim().toUpperCase();
      const before = problems;
      let priceMinor = 1;
      if (currencySchema.safeParse(currency).success) {
        const reading = parseMoney(cell(r, 'price') ?? '', currency);
        if (reading.ok) priceMinor = reading.minor;
        else problem(row, 'price', moneyProblem(reading, currency, { empty: 'Enter the price you saw.', notAmount: 'Enter the price like 10400 or 10,400.50.' })!);
      }
      const priceBad = problems > before;
      let boutiqueId: number | null = null;
      let boutique: string | null = null;
      const named = (cell(r, 'boutique') ?? '').trim();
      if (named) {
        const found = boutiques.get(fold(named)) ?? [];
        if (found.length === 1) [boutiqueId, boutique] = [found[0]!.id, found[0]!.name];
        else if (found.length === 0) problem(row, 'boutique', `No boutique is named “${named}” in your journal: add it under Boutiques first, or leave the cell empty.`);
        else problem(row, 'boutique', `${found.length} boutiques are named “${named}”: rename one under Boutiques, or leave the cell empty.`);
      }
      const parsed = priceCreate.safeParse({
        model: cell(r, 'model') ?? '',
        size: cell(r, 'size') ?? null,
        leather: cell(r, 'leather') ?? null,
        hardware: cell(r, 'hardware') ?? null,
        country: cell(r, 'country') ?? '',
        currency,
        priceMinor,
        seenOn: (cell(r, 'seenOn') ?? '').trim(),
        boutiqueId,
        source: cell(r, 'source') ?? null,
        notes: cell(r, 'notes') ?? null,
      });
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const key = issue.path[0];
          const f: Field = key === 'priceMinor' ? 'price' : key === 'boutiqueId' ? 'boutique' : (key as Field);
          if (f === 'price' && priceBad) continue;
          problem(row, columns.has(f) ? f : null, issue.message);
        }
        continue;
      }
      if (problems === before) good.push({ row, entry: parsed.data, boutique });
    }

    if (problems) {
      if (problems > issues.length) issues.push({ path: ['content'], message: `…and ${problems - issues.length} more problems.` });
      throw new DomainError('invalid_input', `${problems === 1 ? 'One problem' : `${problems} problems`} in the file; nothing was imported. Correct ${problems === 1 ? 'it' : 'them'} and import the file again.`, issues);
    }
    if (good.length === 0) throw refuse('The file has a header row but no prices under it. Nothing was imported.');

    const now = journal.now();
    let added = 0;
    const rows: PriceImportRow[] = [];
    for (const { row, entry, boutique } of good) {
      const key = keyOf(entry);
      const duplicate = known.has(key);
      known.add(key);
      if (!duplicate) {
        added += 1;
        if (!input.dryRun) journal.insert(journal.q.insertInto('price_entries').values({ ...toNewRow(entry), created_at: now, updated_at: now }));
      }
      if (rows.length < PREVIEW_ROWS) {
        rows.push({ row, model: entry.model, size: entry.size, leather: entry.leather, hardware: entry.hardware, country: entry.country, currency: entry.currency, priceMinor: entry.priceMinor, seenOn: entry.seenOn, boutique, source: entry.source, duplicate });
      }
    }
    return { dryRun: input.dryRun, added, skippedDuplicates: good.length - added, rows, ignoredColumns: ignored };
  });
}
