import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrations, type Migration } from '../../src/main/db/migrations';
import { APPLICATION_ID, JournalOpenError, openJournal, schemaOf } from '../../src/main/db/open';
import { createDispatch } from '../../src/main/dispatch';
import { contentHash, tempDir } from './helpers';
import { MIGRATIONS_INDEX, migrationsIndexSource } from '../../scripts/gen-migrations';

const fileHash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const first = migrations.slice(0, 1);
const clock = () => new Date('2026-11-23T10:00:00.000Z');

function openError(fn: () => unknown): JournalOpenError {
  try {
    fn();
  } catch (err) {
    if (err instanceof JournalOpenError) return err;
    throw err;
  }
  throw new Error('expected a JournalOpenError');
}

function journalWithTrip(file: string, list: readonly Migration[] = first) {
  const journal = openJournal(file, { migrations: list, clock });
  const r = createDispatch(journal)('trips.create', { title: 'Before', city: 'Paris', startDay: '2026-12-05', endDay: '2026-12-09' });
  expect(r.ok).toBe(true);
  journal.close();
}

describe('the migration list', () => {
  it('holds every migration file, in the order of their numbers, each once', () => {
    const dir = path.join(import.meta.dirname, '../../src/main/db/migrations');
    const files = fs
      .readdirSync(dir)
      .filter((f) => /^\d{3}-.+\.ts$/.test(f))
      .map((f) => f.replace(/\.ts$/, ''))
      .sort();
    expect(migrations.map((m) => m.id)).toEqual(files);
    // The list is generated from the folder: after adding a file, npx tsx scripts/gen-migrations.ts
    expect(fs.readFileSync(MIGRATIONS_INDEX, 'utf8')).toBe(migrationsIndexSource());
  });
});

describe('opening a journal', () => {
  it('creates a new journal with every migration, WAL, foreign keys and Carnet’s application id', () => {
    const file = path.join(tempDir(), 'new', 'journal.sqlite');
    const journal = openJournal(file);
    expect(journal.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(journal.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(journal.sqlite.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(journal.sqlite.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    const applied = journal.sqlite.prepare('SELECT id FROM carnet_migrations ORDER BY id').pluck().all();
    expect(applied).toEqual(migrations.map((m) => m.id).sort());
    const boutiques = journal.sqlite.prepare('SELECT code FROM boutiques ORDER BY id').pluck().all();
    expect(boutiques.slice(0, 3)).toEqual(['fsh', 'george_v', 'sevres']);
    journal.close();
  });

  it('turns an empty file into a new journal', () => {
    const file = path.join(tempDir(), 'empty.sqlite');
    fs.writeFileSync(file, '');
    const journal = openJournal(file);
    expect(journal.sqlite.prepare('SELECT count(*) FROM boutiques').pluck().get()).toBeGreaterThanOrEqual(3);
    journal.close();
  });

  it('reopens an up-to-date journal without a backup', () => {
    const dir = tempDir();
    const file = path.join(dir, 'journal.sqlite');
    journalWithTrip(file, migrations);
    openJournal(file).close();
    expect(fs.readdirSync(dir).filter((f) => f.includes('.before-'))).toEqual([]);
  });

  it('holds the schema against the committed snapshot (update with: npx vitest run -u tests/unit/migrations.test.ts)', async () => {
    const journal = openJournal(path.join(tempDir(), 'journal.sqlite'));
    const schema = schemaOf(journal);
    journal.close();
    await expect(schema).toMatchFileSnapshot('./__snapshots__/schema.sql');
  });
});

describe('migrating an older journal', () => {
  const addColour = { id: '900-test-colour', sql: 'CREATE TABLE test_colours (name TEXT NOT NULL); INSERT INTO test_colours VALUES (\'Gold\');' };

  it('writes a backup beside it first, then migrates, keeping every record', () => {
    const dir = tempDir();
    const file = path.join(dir, 'journal.sqlite');
    journalWithTrip(file);
    const journal = openJournal(file, { migrations: [...first, addColour], clock });
    expect(journal.sqlite.prepare('SELECT name FROM test_colours').pluck().all()).toEqual(['Gold']);
    expect(journal.sqlite.prepare('SELECT title FROM trips').pluck().all()).toEqual(['Before']);
    journal.close();
    const backups = fs.readdirSync(dir).filter((f) => f.includes('.before-'));
    expect(backups).toEqual(['journal.before-900-test-colour.2026-11-23T10-00-00-000Z.sqlite']);
    const backup = new Database(path.join(dir, backups[0]!), { readonly: true });
    expect(backup.prepare('SELECT title FROM trips').pluck().all()).toEqual(['Before']);
    expect(backup.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'test_colours'").pluck().get()).toBe(0);
    backup.close();
  });

  it('a failed migration leaves the journal as it was and says where the backup is', () => {
    const dir = tempDir();
    const file = path.join(dir, 'journal.sqlite');
    journalWithTrip(file);
    const before = openJournal(file, { migrations: first });
    const hash = contentHash(before);
    before.close();
    const broken = { id: '901-broken', sql: 'CREATE TABLE half_done (x TEXT); INSERT INTO trips (title) VALUES (NULL);' };
    const error = openError(() => openJournal(file, { migrations: [...first, broken], clock }));
    expect(error.problem).toBe('migration_failed');
    expect(error.message).toMatch(/^Updating the journal failed at step 901-broken .*The journal was left as it was, and a copy was saved at .*journal\.before-901-broken\..*\.sqlite\.$/);
    expect(error.backupPath && fs.existsSync(error.backupPath)).toBe(true);
    const after = openJournal(file, { migrations: first });
    expect(contentHash(after)).toBe(hash);
    expect(after.sqlite.prepare("SELECT count(*) FROM sqlite_schema WHERE name = 'half_done'").pluck().get()).toBe(0);
    after.close();
  });
});

describe('files Carnet refuses, leaving them untouched', () => {
  it('a file that is not SQLite', () => {
    const file = path.join(tempDir(), 'notes.sqlite');
    fs.writeFileSync(file, 'Kelly 25 Gold, Birkin 30 Étoupe — my wishlist\n'.repeat(20));
    const hash = fileHash(file);
    const error = openError(() => openJournal(file));
    expect(error.problem).toBe('not_sqlite');
    expect(error.message).toBe('notes.sqlite is not a Carnet journal (it is not an SQLite database). It was left untouched.');
    expect(fileHash(file)).toBe(hash);
  });

  it('an SQLite database of another application', () => {
    const file = path.join(tempDir(), 'other.sqlite');
    const other = new Database(file);
    other.exec("CREATE TABLE recipes (name TEXT); INSERT INTO recipes VALUES ('tarte tatin');");
    other.close();
    const hash = fileHash(file);
    const error = openError(() => openJournal(file));
    expect(error.problem).toBe('foreign');
    expect(fileHash(file)).toBe(hash);
  });

  it('a damaged journal: a clear error, never a new empty journal', () => {
    const file = path.join(tempDir(), 'journal.sqlite');
    const journal = openJournal(file);
    const dispatch = createDispatch(journal);
    for (let i = 0; i < 200; i++) dispatch('trips.create', { title: `Trip ${i} ${'x'.repeat(200)}`, city: 'Paris', startDay: '2026-12-05', endDay: '2026-12-09' });
    const root = journal.sqlite.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'trips'").pluck().get() as number;
    journal.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    journal.close();
    // Scribble over the trips table's root page (a disk error or a bad sync would look like this).
    const bytes = fs.readFileSync(file);
    const pageSize = bytes.readUInt16BE(16);
    bytes.fill(0xa5, (root - 1) * pageSize, root * pageSize);
    fs.writeFileSync(file, bytes);
    const hash = fileHash(file);
    const error = openError(() => openJournal(file));
    expect(error.problem).toBe('damaged');
    expect(error.message).toMatch(/^The journal journal\.sqlite is damaged \(.+\)\. It was left untouched; restore a backup or open another file\.$/);
    expect(fileHash(file)).toBe(hash);
  });

  it('a journal written by a newer Carnet', () => {
    const file = path.join(tempDir(), 'journal.sqlite');
    const journal = openJournal(file);
    journal.sqlite.prepare("INSERT INTO carnet_migrations (id, applied_at) VALUES ('999-from-the-future', '2030-01-01T00:00:00Z')").run();
    journal.sqlite.pragma('wal_checkpoint(TRUNCATE)');
    journal.close();
    const hash = fileHash(file);
    const error = openError(() => openJournal(file));
    expect(error.problem).toBe('newer');
    expect(error.message).toContain('999-from-the-future');
    expect(fileHash(file)).toBe(hash);
  });
});
