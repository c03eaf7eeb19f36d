/** The spreadsheet export, parsed back with csv-parse (an RFC 4180 reader, separate from the writer). */
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ATTEMPT_COLUMNS, decimalAmount, PURCHASE_COLUMNS, safeText } from '../../src/main/export/csv';
import { seedJournal } from './fixtures/data-seed';
import { harness } from './helpers';

const clock = () => new Date('2026-11-23T10:00:00.000Z');
const rowsOf = (content: string): string[][] => parse(content, { bom: true, relax_column_count: false }) as string[][];

describe('CSV export', () => {
  it('writes purchases one row per item, UTF-8 with a byte-order mark, and reads back to the same rows', () => {
    const { call, dispatch } = harness({ clock });
    seedJournal(dispatch);
    const file = call('data.exportCsv', { kind: 'purchases' });
    expect(file.fileName).toBe('carnet-purchases.csv');
    expect(file.mimeType).toBe('text/csv;charset=utf-8');
    expect(file.rows).toBe(3);
    expect([...Buffer.from(file.content, 'utf8').subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = rowsOf(file.content);
    expect(rows[0]).toEqual(PURCHASE_COLUMNS);
    expect(rows.slice(1)).toEqual([
      ['2', '2026-03-14', 'Hermès Madison', '', '', '1', 'Home', 'Tea cups\nset of 2', '', 'no', '98000', 'JPY', '98000', 'no', 'not applicable', '', ''],
      ['1', '2026-12-06', 'Faubourg Saint-Honoré', 'Élodie "Lo" Martin', 'Paris, décembre', '1', 'Scarves', 'Carré 90, "Brides de Gala", rouge', '', 'no', '490.00', 'EUR', '49000', 'no', 'eligible', '', '\'=HYPERLINK("http://example.com")'],
      ['1', '2026-12-06', 'Faubourg Saint-Honoré', 'Élodie "Lo" Martin', 'Paris, décembre', '2', 'Bags', 'Picotin 18', 'no', 'yes', '3100.00', 'EUR', '310000', 'no', 'eligible', '', '\'=HYPERLINK("http://example.com")'],
    ]);
  });

  it('follows RFC 4180: CRLF between records, fields with commas, quotes or line breaks quoted, quotes doubled', () => {
    const { call, dispatch } = harness({ clock });
    seedJournal(dispatch);
    const { content } = call('data.exportCsv', { kind: 'purchases' });
    expect(content.startsWith('\uFEFFPurchase id,Day,Boutique,Sold by,Trip,Item,Category,Description,')).toBe(true);
    expect(content).toContain('"Carré 90, ""Brides de Gala"", rouge"');
    expect(content).toContain('"Tea cups\nset of 2"');
    expect(content).toContain('"Élodie ""Lo"" Martin"');
    expect(content.endsWith('\r\n')).toBe(true);
    // Outside quoted fields, every line break is CRLF.
    const outside = content.replace(/"(?:[^"]|"")*"/g, '');
    expect(outside).not.toMatch(/[^\r]\n/);
    expect(outside.split('\r\n')).toHaveLength(5);
  });

  it('writes appointment attempts with who applied, each lottery step and the appointment in the boutique’s time', () => {
    const { call, dispatch } = harness({ clock });
    seedJournal(dispatch);
    const file = call('data.exportCsv', { kind: 'attempts' });
    expect(file.fileName).toBe('carnet-attempts.csv');
    const rows = rowsOf(file.content);
    expect(rows[0]).toEqual(ATTEMPT_COLUMNS);
    expect(rows.slice(1)).toEqual([
      ['1', 'online lottery', '2026-12-07', 'George V', 'Paris, décembre', 'you', '', '2026-12-05T09:31:00.000Z', '2026-12-05T09:33:00.000Z', '2026-12-05T09:34:00.000Z', '2026-12-05T09:34:30.000Z', '0', '', 'granted', '2026-12-07 14:30', 'Europe/Paris', '2026-12-07T13:30:00.000Z', '', 'Lindy 26, Gold', '', ''],
      ['2', 'online lottery', '2026-12-08', 'no preference', 'Paris, décembre', 'Marie', '', '', '', '', '', '2', 'Blocked on hotel Wi-Fi', 'not granted', '', '', '', '', '', '', ''],
      ['3', 'walk-in', '2026-12-09', 'Sèvres', 'Paris, décembre', 'you', '', '', '', '', '', '0', '', 'pending', '', '', '', '', '', '', ''],
    ]);
  });

  it('limits rows to a range of days', () => {
    const { call, dispatch } = harness({ clock });
    seedJournal(dispatch);
    const file = call('data.exportCsv', { kind: 'purchases', from: '2026-06-01' });
    expect(file.fileName).toBe('carnet-purchases-2026-06-01-to-today.csv');
    expect(rowsOf(file.content).slice(1).map((r) => r[0])).toEqual(['1', '1']);
    expect(rowsOf(call('data.exportCsv', { kind: 'attempts', from: '2026-12-08', to: '2026-12-08' }).content)).toHaveLength(2);
    const empty = call('data.exportCsv', { kind: 'attempts', to: '2020-01-01' });
    expect(empty.rows).toBe(0);
    expect(rowsOf(empty.content)).toEqual([ATTEMPT_COLUMNS]);
  });

  it('refuses bad input with field messages', () => {
    const { fail } = harness();
    expect(fail('data.exportCsv', { kind: 'contacts' }).issues).toEqual([{ path: ['kind'], message: 'Choose purchases, appointment attempts, the collection or the price book.' }]);
    expect(fail('data.exportCsv', { kind: 'purchases', from: '2026-05-02', to: '2026-05-01' }).issues).toEqual([
      { path: ['to'], message: 'The end day must be on or after the start day.' },
    ]);
  });

  it('gives amounts exactly from integer minor units, by the currency’s own digits', () => {
    expect(decimalAmount(5, 'EUR')).toBe('0.05');
    expect(decimalAmount(123450, 'EUR')).toBe('1234.50');
    expect(decimalAmount(5000, 'JPY')).toBe('5000');
    expect(decimalAmount(1234567, 'KWD')).toBe('1234.567');
    expect(decimalAmount(9_999_999_999_999, 'USD')).toBe('99999999999.99');
  });

  it('keeps spreadsheets from running user text as a formula', () => {
    expect(['=1+1', '+33 6 12', '-5', '@SUM(A1)', '\tx', 'plain', '1-2'].map(safeText)).toEqual(["'=1+1", "'+33 6 12", "'-5", "'@SUM(A1)", "'\tx", 'plain', '1-2']);
  });

  it('round-trips any text through the file (property test)', () => {
    const { call } = harness({ clock });
    const text = fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }).filter((s) => s.trim().length > 0 && !s.includes('\u0000'));
    fc.assert(
      fc.property(text, text, (description, notes) => {
        const p = call('purchases.create', { day: '2026-01-02', currency: 'EUR', items: [{ category: 'other', description, priceMinor: 1 }], notes });
        const rows = rowsOf(call('data.exportCsv', { kind: 'purchases', from: '2026-01-02', to: '2026-01-02' }).content);
        const mine = rows.find((r) => r[0] === String(p.id))!;
        expect(mine[7]).toBe(safeText(p.items[0]!.description));
        expect(mine[16]).toBe(safeText(p.notes ?? ''));
        expect(mine).toHaveLength(PURCHASE_COLUMNS.length);
      }),
      { numRuns: 60 },
    );
  });
});
