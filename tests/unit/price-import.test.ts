/** prices.importCsv over a real journal: a good file, duplicates, a bad row refusing the whole file, missing columns, export → import. */
import { describe, expect, it } from 'vitest';
import { contentHash, harness } from './helpers';

const NOW = new Date('2026-11-23T12:00:00Z');
const setup = () => harness({ clock: () => NOW });
const count = (h: ReturnType<typeof setup>) => (h.journal.sqlite.prepare('SELECT count(*) AS n FROM price_entries').get() as { n: number }).n;

const GOOD = [
  '\uFEFFModel,Size,Leather,Hardware,Country,Currency,Price,Seen on,Boutique,Source,Notes',
  'Kelly,25,Togo,GHW,FR,EUR,"10 400,00",2026-02-10,faubourg saint-honore,,"Seen with ""Lo"", in the window"',
  'Kelly,25,Togo,GHW,fr,EUR,"10,000.00",2025-02-10,,My receipt,',
  'Picotin,18,Clémence,PHW,JP,jpy,"¥561,000",2026-03-14,,,"two lines\r\nof notes"',
  '',
].join('\r\n');

describe('prices.importCsv', () => {
  it('imports a good file: quotes, BOM, CRLF, a JPY row, a boutique by name (case and accents aside); the preview writes nothing', () => {
    const h = setup();
    const before = contentHash(h.journal);
    const preview = h.call('prices.importCsv', { content: GOOD, dryRun: true });
    expect([preview.dryRun, preview.added, preview.skippedDuplicates, preview.rows.length]).toEqual([true, 3, 0, 3]);
    expect(contentHash(h.journal)).toBe(before);

    const done = h.call('prices.importCsv', { content: GOOD });
    expect([done.dryRun, done.added, done.skippedDuplicates]).toEqual([false, 3, 0]);
    expect(done.rows.map((r) => [r.row, r.model, r.country, r.currency, r.priceMinor, r.seenOn, r.boutique])).toEqual([
      [2, 'Kelly', 'FR', 'EUR', 1_040_000, '2026-02-10', 'Faubourg Saint-Honoré'],
      [3, 'Kelly', 'FR', 'EUR', 1_000_000, '2025-02-10', null],
      [4, 'Picotin', 'JP', 'JPY', 561_000, '2026-03-14', null],
    ]);
    const book = h.call('prices.list', undefined);
    expect(book.count).toBe(3);
    const kelly = book.items.find((i) => i.model === 'Kelly')!;
    expect(kelly.entries.map((e) => [e.priceMinor, e.source, e.notes])).toEqual([
      [1_000_000, 'My receipt', null],
      [1_040_000, null, 'Seen with "Lo", in the window'],
    ]);
    expect(book.items.find((i) => i.model === 'Picotin')!.entries[0]!.notes).toBe('two lines\r\nof notes');
  });

  it('reads columns in any order and case, semicolons, "date" for seen on, and says which columns it does not read', () => {
    const h = setup();
    const r = h.call('prices.importCsv', { content: 'PRICE;date;currency;Country;model;Colour\n3 100,00;2026-01-05;EUR;FR;Evelyne;Gold\n' });
    expect([r.added, r.ignoredColumns]).toEqual([1, ['Colour']]);
    expect(h.call('prices.list', undefined).items[0]!.entries[0]!.priceMinor).toBe(310_000);
  });

  it('skips exact duplicates, of the book and within the file, and counts them', () => {
    const h = setup();
    h.call('prices.create', { model: 'Kelly', size: '25', leather: 'Togo', hardware: 'GHW', country: 'FR', currency: 'EUR', priceMinor: 1_040_000, seenOn: '2026-02-10' });
    const file = `${GOOD}Picotin,18,Clémence,PHW,JP,JPY,561000,2026-03-14,,,\r\n`;
    const r = h.call('prices.importCsv', { content: file });
    expect([r.added, r.skippedDuplicates]).toEqual([2, 2]);
    expect(r.rows.map((x) => x.duplicate)).toEqual([true, false, false, true]);
    expect(count(h)).toBe(3);
    const again = h.call('prices.importCsv', { content: file });
    expect([again.added, again.skippedDuplicates]).toEqual([0, 4]);
    expect(count(h)).toBe(3);
  });

  it('refuses the whole file for one bad row, naming each problem by row and column, and the journal is unchanged', () => {
    const h = setup();
    h.call('prices.create', { model: 'Evelyne', size: 'PM', country: 'FR', currency: 'EUR', priceMinor: 250_000, seenOn: '2026-02-10' });
    const before = contentHash(h.journal);
    const file = [
      'model,country,currency,price,seen on,boutique',
      'Kelly,FR,EUR,10400,2026-02-10,',
      'Kelly,FR,JPY,"98,000.5",2026-02-30,',
      ',France,EUR,0,2026-01-01,Nowhere Store',
      'Birkin,FR,EURO,10,2026-01-01,',
    ].join('\n');
    const err = h.fail('prices.importCsv', { content: file });
    expect(err.code).toBe('invalid_input');
    expect(err.message).toBe('7 problems in the file; nothing was imported. Correct them and import the file again.');
    expect(err.issues?.map((i) => i.message)).toEqual([
      'Row 3, price: Amounts in JPY have no decimals, like ¥98,000.',
      'Row 3, seen on: Enter a real calendar day like 2026-12-07.',
      'Row 4, boutique: No boutique is named “Nowhere Store” in your journal: add it under Boutiques first, or leave the cell empty.',
      'Row 4, model: Model is required.',
      'Row 4, country: Use a two-letter country code such as FR, US or JP.',
      'Row 4, price: Enter the price you saw: more than zero.',
      'Row 5, currency: Use a three-letter currency code such as EUR, USD or JPY.',
    ]);
    expect(h.fail('prices.importCsv', { content: file, dryRun: true }).issues).toHaveLength(7);
    expect(contentHash(h.journal)).toBe(before);
  });

  it('refuses an empty file, a file without a header, missing columns and unreadable CSV with a sentence', () => {
    const h = setup();
    const before = contentHash(h.journal);
    const message = (content: string) => h.fail('prices.importCsv', { content }).message;
    expect(h.fail('prices.importCsv', { content: '' }).issues?.[0]?.message).toBe('A CSV file with a header row (model, country, currency, price, seen on) is required.');
    expect(message('\uFEFF\r\n\r\n')).toMatch(/^The file is empty/);
    expect(message('Kelly,FR,EUR,10400,2026-02-10\n')).toMatch(/^The first row of the file must name the columns/);
    expect(message('Model,Price,Date\nKelly,10400,2026-02-10\n')).toBe('The file has no country and currency column. Every price needs model, country, currency, price and seen on. Nothing was imported.');
    expect(message('model,country,currency,price,seen on\n')).toBe('The file has a header row but no prices under it. Nothing was imported.');
    expect(message('model,country,currency,price,seen on\n"Kelly,FR,EUR,1,2026-01-01\n')).toMatch(/^A quote opened in the file .*is never closed/);
    expect(message('model,price,amount,country,currency,date\n')).toMatch(/^Two columns are both price/);
    expect(h.fail('prices.importCsv', { content: 'x'.repeat(2 * 1024 * 1024 + 1) }).issues?.[0]?.message).toBe('The file is larger than 2 MB: split it in two and import each part.');
    expect(contentHash(h.journal)).toBe(before);
  });

  it('round-trips: the price-book export imports into an empty journal as the same entries, and into the same journal as all duplicates', () => {
    const a = setup();
    const b = a.call('boutiques.list', undefined)[0]!;
    a.call('prices.create', { model: 'Kelly', size: '25', leather: 'Togo', hardware: 'GHW', country: 'FR', currency: 'EUR', priceMinor: 1_040_050, seenOn: '2026-02-10', boutiqueId: b.id, notes: '=not a formula, "quoted"\nand a line' });
    a.call('prices.create', { model: 'Picotin', size: '18', country: 'JP', currency: 'JPY', priceMinor: 561_000, seenOn: '2026-03-14', source: '-my receipt' });
    a.call('prices.create', { model: 'Evelyne', country: 'KW', currency: 'KWD', priceMinor: 1_250_500, seenOn: '2025-12-01' });
    const file = a.call('data.exportCsv', { kind: 'prices' });
    expect([file.fileName, file.rows]).toEqual(['carnet-prices.csv', 3]);
    expect(a.call('data.exportCsv', { kind: 'prices', from: '2026-01-01' }).rows).toBe(2);

    const strip = (h: ReturnType<typeof setup>) => h.call('prices.list', undefined).items.flatMap((i) => i.entries.map(({ id: _id, createdAt: _c, updatedAt: _u, boutiqueId: _b, ...rest }) => rest));
    const c = setup();
    expect(c.call('prices.importCsv', { content: file.content }).added).toBe(3);
    expect(strip(c)).toEqual(strip(a));
    expect(c.call('prices.importCsv', { content: file.content })).toMatchObject({ added: 0, skippedDuplicates: 3, ignoredColumns: [] });
  });
});
