import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configureData } from '../../src/main/backup/context';
import { migrations } from '../../src/main/db/migrations';
import { openJournal } from '../../src/main/db/open';
import { createDispatch } from '../../src/main/dispatch';
import { buildExport } from '../../src/main/export/json';
import { fixedKey } from '../../src/main/identity/keys';
import { seedJournal } from './fixtures/data-seed';
import { contentHash, harness, tempDir } from './helpers';

const clock = () => new Date('2026-11-23T10:00:00.000Z');
const key = () => fixedKey(crypto.randomBytes(32));

function seeded(options: { identities?: boolean } = {}) {
  const h = harness({ clock });
  configureData(h.journal, { keys: key() });
  seedJournal(h.dispatch, options);
  return h;
}

function empty() {
  const h = harness({ clock });
  configureData(h.journal, { keys: key() });
  return h;
}

/** contentHash without the full-text index's shadow tables (its documents are still compared). */
function withoutIndexInternals(journal: Parameters<typeof contentHash>[0]): string {
  const shadow = new Set(
    (journal.sqlite.pragma('table_list') as { name: string; type: string }[]).filter((t) => t.type === 'shadow').map((t) => t.name),
  );
  return contentHash(journal)
    .split('\n')
    .filter((line) => !shadow.has(line.slice(0, line.indexOf(':'))))
    .join('\n');
}

const parse = (content: string) => JSON.parse(content) as { tables: Record<string, Record<string, unknown>[]>; [k: string]: unknown };

describe('JSON export', () => {
  it('writes the versioned format with every content table, rows exactly as stored', () => {
    const { call, journal } = seeded();
    const file = call('data.exportJson', undefined);
    expect(file.fileName).toBe('carnet-export-2026-11-23.json');
    expect(file.mimeType).toBe('application/json');
    const doc = parse(file.content);
    expect(doc['format']).toBe('carnet-journal-export');
    expect(doc['version']).toBe(1);
    expect(doc['exportedAt']).toBe('2026-11-23T10:00:00.000Z');
    expect(doc['migrations']).toEqual(migrations.map((m) => m.id).sort());
    expect(doc['identityNumbers']).toEqual({ included: false });
    // Every ordinary table but the migration record, identity numbers and the Trash; no search index.
    const tables = journal.sqlite
      .prepare("SELECT name FROM pragma_table_list WHERE schema = 'main' AND type = 'table' AND name NOT LIKE 'sqlite_%'")
      .pluck()
      .all() as string[];
    expect(Object.keys(doc.tables).sort()).toEqual(tables.filter((t) => t !== 'carnet_migrations' && t !== 'identity_numbers' && t !== 'trash' && t !== 'contact_merges').sort());
    // Parents come before the tables that point at them.
    const order = Object.keys(doc.tables);
    expect(order.indexOf('trips')).toBeLessThan(order.indexOf('purchases'));
    expect(order.indexOf('purchases')).toBeLessThan(order.indexOf('purchase_items'));
    expect(order.indexOf('trip_companions')).toBeLessThan(order.indexOf('appointment_attempts'));
    // Values as SQLite holds them.
    expect(doc.tables['trips']).toEqual(journal.sqlite.prepare('SELECT * FROM trips ORDER BY id').all());
    expect(doc.tables['purchase_items']![0]).toMatchObject({ description: 'Carré 90, "Brides de Gala", rouge', price_minor: 49000, quota: null, offered: 0 });
    expect(doc.tables['appointment_attempts']![0]).toMatchObject({ appointment_at: '2026-12-07T13:30:00.000Z', form_accepted_at: '2026-12-05T09:31:00.000Z' });
  });

  it('round-trips: export → import into an empty journal → export gives identical JSON, ids and all', () => {
    const source = seeded();
    const first = source.call('data.exportJson', undefined).content;
    const target = empty();
    const summary = target.call('data.importJson', { content: first });
    expect(summary.backup).toBeNull();
    expect(summary.identityNumbers).toBe(0);
    expect(summary.tables['trips']).toBe(1);
    expect(summary.tables['purchase_items']).toBe(3);
    expect(summary.tables['decision_notes']).toBe(3);
    const second = target.call('data.exportJson', undefined).content;
    expect(second).toBe(first);
    // The imported journal works like the original: same records through the channels.
    expect(target.call('trips.list', undefined)).toEqual(source.call('trips.list', undefined));
    expect(target.call('purchases.list', undefined)).toEqual(source.call('purchases.list', undefined));
    expect(target.call('specialOrders.list', undefined)).toEqual(source.call('specialOrders.list', undefined));
    expect(target.call('notes.list', undefined)).toEqual(source.call('notes.list', undefined));
    // Every table holds the same as the source's, the search index's documents included (its
    // internal segments may be laid out differently: they are derived).
    expect(withoutIndexInternals(target.journal)).toBe(withoutIndexInternals(source.journal));
    expect(source.call('search.query', { query: 'étoupe' }).length).toBeGreaterThan(0);
    expect(target.call('search.query', { query: 'étoupe' })).toEqual(source.call('search.query', { query: 'étoupe' }));
  });

  it('leaves identity numbers out unless asked, and then writes them in clear with a plain warning', () => {
    const source = seeded({ identities: true });
    const without = source.call('data.exportJson', { includeIdentityNumbers: false });
    expect(without.content).not.toContain('12AB34567');
    expect(without.content).not.toContain('X4RTBPFW4');
    expect(without.content).not.toContain('identity_numbers');
    expect(parse(without.content)['identityNumbers']).toEqual({ included: false });

    const withNumbers = source.call('data.exportJson', { includeIdentityNumbers: true });
    expect(withNumbers.fileName).toBe('carnet-export-2026-11-23-with-identity-numbers.json');
    const doc = parse(withNumbers.content);
    expect(doc['identityNumbers']).toEqual({
      included: true,
      warning:
        'This file contains passport and ID numbers in clear text. Anyone who has the file can read them. Keep it private and delete it when you no longer need it.',
      records: [
        { id: 1, person: null, document: 'passport', issuing_country: 'US', expires_on: '2031-04-30', number: '12AB34567', created_at: '2026-11-23T10:00:00.000Z', updated_at: '2026-11-23T10:00:00.000Z' },
        { id: 2, person: 'Marie', document: 'national_id', issuing_country: null, expires_on: null, number: 'X4RTBPFW4', created_at: '2026-11-23T10:00:00.000Z', updated_at: '2026-11-23T10:00:00.000Z' },
      ],
    });
    expect(Object.keys(doc.tables)).not.toContain('identity_numbers');

    // Imported on another computer (another key): sealed again there, readable there, same file back.
    const target = empty();
    expect(target.call('data.importJson', { content: withNumbers.content }).identityNumbers).toBe(2);
    expect(target.call('identities.list', undefined).map((i) => [i.id, i.masked])).toEqual([
      [1, '••••••4567'],
      [2, '••••••PFW4'],
    ]);
    expect(target.call('identities.reveal', { id: 2 }).number).toBe('X4RTBPFW4');
    expect(target.call('data.exportJson', { includeIdentityNumbers: true }).content).toBe(withNumbers.content);
    const sealed = target.journal.sqlite.prepare('SELECT number_sealed FROM identity_numbers WHERE id = 1').pluck().get() as Buffer;
    expect(sealed.toString('latin1')).not.toContain('12AB34567');
  });

  it('refuses to export identity numbers it cannot read, exporting nothing', () => {
    const source = seeded({ identities: true });
    configureData(source.journal, { keys: key() }); // as if the journal came from another computer
    const error = source.fail('data.exportJson', { includeIdentityNumbers: true });
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('2 identity numbers cannot be read on this computer (sealed with another key). Delete them or export without identity numbers; nothing was exported.');
    expect(source.call('data.exportJson', { includeIdentityNumbers: false }).content).toContain('"included": false');
  });
});

describe('JSON import checks the whole file first, and changes nothing when anything is wrong', () => {
  const exported = () => parse(seeded().call('data.exportJson', undefined).content);

  function refused(doc: unknown, expectMessage?: RegExp) {
    const target = empty();
    const before = contentHash(target.journal);
    const error = target.fail('data.importJson', { content: typeof doc === 'string' ? doc : JSON.stringify(doc) });
    expect(error.code).toBe('invalid_input');
    if (expectMessage) expect(error.message).toMatch(expectMessage);
    expect(error.message).toMatch(/[Nn]othing was changed/);
    expect(contentHash(target.journal)).toBe(before);
    return error.issues ?? [];
  }

  it('refuses a file that is not JSON, not a Carnet export, or from a newer Carnet', () => {
    expect(refused('{"format": "carnet-journal-export", ')[0]!.message).toMatch(/^The file is not valid JSON \(/);
    expect(refused({ format: 'something-else', version: 1 })[0]).toEqual({
      path: ['format'],
      message: 'This is not a Carnet export (its "format" is not "carnet-journal-export").',
    });
    const doc = exported();
    expect(refused({ ...doc, version: 2 })[0]!.message).toBe('This export format version is not one this Carnet reads (it reads version 1).');
    expect(refused({ ...doc, migrations: [...(doc['migrations'] as string[]), '999-future'] })).toEqual([
      { path: ['migrations'], message: 'The file was exported by a newer version of Carnet (it has 999-future); update Carnet to import it.' },
    ]);
  });

  it('lists every wrong value by table, record and field', () => {
    const doc = exported();
    const t = doc.tables;
    t['trips']![0]!['start_day'] = '2026-02-30';
    t['trips']![0]!['time_zone'] = 'Mars/Olympus';
    delete t['contacts']![0]!['name'];
    t['contacts']![0]!['nickname'] = 'Lo';
    t['purchases']![0]!['currency'] = 'EURO';
    t['purchase_items']![1]!['price_minor'] = 12.5;
    t['appointment_attempts']![0]!['appointment_at'] = 'tomorrow';
    t['decision_notes']![0]!['pinned'] = true;
    const issues = refused(doc, /^The file was not imported: 8 problems were found; nothing was changed\. First: /);
    expect([...issues].sort(byPath)).toEqual([
      { path: ['tables', 'contacts', 0, 'nickname'], message: 'contacts #1 (id 1): "nickname" is not a field of contacts.' },
      { path: ['tables', 'contacts', 0, 'name'], message: 'contacts #1 (id 1), name: is missing.' },
      { path: ['tables', 'trips', 0, 'start_day'], message: 'trips #1 (id 1), start day: must be a real calendar day written YYYY-MM-DD.' },
      { path: ['tables', 'trips', 0, 'time_zone'], message: 'trips #1 (id 1), time zone: must be a time zone such as Europe/Paris.' },
      { path: ['tables', 'purchases', 0, 'currency'], message: 'purchases #1 (id 1), currency: must be a three-letter currency code such as EUR.' },
      { path: ['tables', 'purchase_items', 1, 'price_minor'], message: 'purchase items #2 (id 2), price minor: must be a whole number.' },
      { path: ['tables', 'appointment_attempts', 0, 'appointment_at'], message: 'appointment attempts #1 (id 1), appointment at: must be a date and time with its zone, like 2026-12-07T09:30:00.000Z.' },
      { path: ['tables', 'decision_notes', 0, 'pinned'], message: 'decision notes #1 (id 1), pinned: must be a whole number.' },
    ].sort(byPath));
  });

  it('names links that point at records missing from the file', () => {
    const doc = exported();
    doc.tables['purchases']![0]!['boutique_id'] = 999;
    doc.tables['trips'] = [];
    doc.tables['decision_notes']![2]!['subject_type'] = 'recipe';
    const issues = refused(doc);
    expect(issues).toContainEqual({ path: ['tables', 'purchases', 0, 'boutique_id'], message: 'purchases #1 (id 1), boutique id: points at boutiques 999, which is not in the file.' });
    expect(issues).toContainEqual({ path: ['tables', 'purchases', 0, 'trip_id'], message: 'purchases #1 (id 1), trip id: points at trips 1, which is not in the file.' });
    expect(issues).toContainEqual({ path: ['tables', 'trip_companions', 0, 'trip_id'], message: 'trip companions #1 (id 1), trip id: points at trips 1, which is not in the file.' });
    expect(issues).toContainEqual({ path: ['tables', 'decision_notes', 1, 'subject_id'], message: 'decision notes #2 (id 2), subject id: points at trip 1, which is not in the file.' });
    expect(issues).toContainEqual({ path: ['tables', 'decision_notes', 2, 'subject_type'], message: 'decision notes #3 (id 3), subject type: "recipe" is not a kind of record notes attach to.' });
  });

  it('names the record SQLite refuses (a rule of the schema, a duplicate id)', () => {
    const doc = exported();
    doc.tables['trip_wishlist']![1]!['priority'] = 7;
    doc.tables['trips']![0]!['end_day'] = '2026-12-01';
    doc.tables['purchase_items']![2]!['id'] = 1;
    const issues = refused(doc);
    expect(issues).toContainEqual({ path: ['tables', 'trips', 0, 'end_day'], message: 'trips #1 (id 1), end day: is not allowed here (rule: end_day >= start_day).' });
    expect(issues).toContainEqual({ path: ['tables', 'trip_wishlist', 1, 'priority'], message: 'trip wishlist #2 (id 2), priority: is not allowed here (rule: priority BETWEEN 1 AND 3).' });
    expect(issues).toContainEqual({ path: ['tables', 'purchase_items', 2, 'id'], message: 'purchase items #3 (id 1), id: the same value appears in two records.' });
  });

  it('refuses identity numbers that are not right, and tables it does not know', () => {
    const doc = exported();
    doc['identityNumbers'] = { included: true, records: [{ id: 1, person: null, document: 'driving_licence', issuing_country: null, expires_on: null, number: 'AB12345', created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z' }] };
    doc.tables['recipes'] = [{ id: 1 }];
    doc.tables['identity_numbers'] = [];
    const issues = refused(doc);
    expect(issues).toEqual([
      { path: ['tables', 'recipes'], message: '"recipes" is not a table of a Carnet journal.' },
      { path: ['tables', 'identity_numbers'], message: 'Identity numbers belong in the "identityNumbers" section, not in "tables".' },
    ]);
    delete doc.tables['recipes'];
    delete doc.tables['identity_numbers'];
    expect(refused(doc)).toEqual([{ path: ['identityNumbers', 'records', 0, 'document'], message: 'identity numbers #1 (id 1), document: must be passport or national_id.' }]);
  });
});

const byPath = (a: { path: unknown[] }, b: { path: unknown[] }) => JSON.stringify(a.path).localeCompare(JSON.stringify(b.path));

describe('importing into a journal that already holds records', () => {
  it('refuses unless asked to replace; replacing keeps a backup first and keeps identity numbers the file left out', () => {
    const source = seeded();
    const content = source.call('data.exportJson', undefined).content;
    const target = empty();
    target.call('trips.create', { title: 'Mine', city: 'Rome', startDay: '2027-05-01', endDay: '2027-05-03' });
    target.call('identities.add', { document: 'passport', number: 'P1234567' });
    const before = contentHash(target.journal);
    const error = target.fail('data.importJson', { content });
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('This journal already holds 2 records. Import into a new, empty journal, or choose to replace everything in this one (a backup of it is kept first). Nothing was changed.');
    expect(contentHash(target.journal)).toBe(before);

    const summary = target.call('data.importJson', { content, replace: true });
    expect(summary.backup?.kind).toBe('before-import');
    expect(target.call('trips.list', undefined).map((t) => t.title)).toEqual(['Paris, décembre']);
    expect(target.call('identities.list', undefined).map((i) => i.masked)).toEqual(['••••••4567']);
    const kept = openJournal(path.join(path.dirname(target.journal.path), 'backups', summary.backup!.id), { readonly: true });
    expect(kept.sqlite.prepare('SELECT title FROM trips').pluck().all()).toEqual(['Mine']);
    kept.close();
  });

  it('leaves the Trash out of an export; an import that replaces the content empties it (the backup keeps it)', () => {
    const source = seeded();
    const trip = source.call('trips.create', { title: 'Deleted', city: 'Rome', startDay: '2027-05-01', endDay: '2027-05-03' });
    source.call('trips.delete', { id: trip.id });
    const content = source.call('data.exportJson', undefined).content;
    expect(Object.keys(parse(content).tables)).not.toContain('trash');
    expect(content).not.toContain('Deleted');
    const target = empty();
    const mine = target.call('trips.create', { title: 'Mine', city: 'Rome', startDay: '2027-05-01', endDay: '2027-05-03' });
    target.call('trips.delete', { id: mine.id });
    expect(target.call('trash.list', undefined)).toHaveLength(1);
    const summary = target.call('data.importJson', { content, replace: true });
    expect(target.call('trash.list', undefined)).toEqual([]);
    const kept = openJournal(path.join(path.dirname(target.journal.path), 'backups', summary.backup!.id), { readonly: true });
    expect(kept.sqlite.prepare('SELECT label FROM trash').pluck().all()).toEqual(['Mine']);
    kept.close();
  });

  it('imports an export written by an older Carnet, migrating it', () => {
    const old = openJournal(path.join(tempDir(), 'old.sqlite'), { migrations: migrations.slice(0, 1), clock });
    const d = createDispatch(old);
    expect(d('trips.create', { title: 'Old', city: 'Paris', startDay: '2025-03-01', endDay: '2025-03-02' }).ok).toBe(true);
    // The export reads any journal; the file says which schema it has.
    const content = JSON.stringify(buildExport(old, false));
    old.close();
    expect(parse(content)['migrations']).toEqual(['001-journal']);
    expect(parse(content).tables['purchases']).toEqual([]);
    const target = empty();
    target.call('data.importJson', { content });
    expect(target.call('trips.list', undefined).map((t) => t.title)).toEqual(['Old']);
  });

  it('accepts a file saved with a byte-order mark, and keeps the journal file where it is', () => {
    const content = '\uFEFF' + seeded().call('data.exportJson', undefined).content;
    const target = empty();
    target.call('data.importJson', { content });
    expect(fs.existsSync(target.journal.path)).toBe(true);
    expect(target.call('trips.list', undefined)).toHaveLength(1);
  });
});
