import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { configureData } from '../../src/main/backup/context';
import { backupOnStart, backupsToKeep, backupToPath, listBackupFiles, pruneAutoBackups, writeBackupSync } from '../../src/main/backup/files';
import { inspectJournalFile } from '../../src/main/backup/inspect';
import {
  backupsForRecovery,
  journalLocation,
  openOtherJournal,
  recoverFromBackup,
  recoveryScreen,
  rememberJournalLocation,
  startNewJournal,
} from '../../src/main/backup/recovery';
import { restoreFromFile } from '../../src/main/backup/restore';
import { migrations } from '../../src/main/db/migrations';
import { APPLICATION_ID, JournalOpenError, openJournal } from '../../src/main/db/open';
import { createDispatch } from '../../src/main/dispatch';
import { buildExport } from '../../src/main/export/json';
import type { BackupInfo } from '../../src/shared/api/data';
import { seedJournal } from './fixtures/data-seed';
import { contentHash, harness, tempDir } from './helpers';

const at = (iso: string) => () => new Date(iso);
const fileHash = (file: string) => crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
const tablesOf = (journal: Parameters<typeof buildExport>[0]) => buildExport(journal, false).tables;

/** A closed journal file with seeded records; returns its path. */
function seededFile(dir = tempDir(), name = 'journal.sqlite'): string {
  const file = path.join(dir, name);
  const journal = openJournal(file, { clock: at('2026-11-23T10:00:00.000Z') });
  seedJournal(createDispatch(journal));
  journal.close();
  return file;
}

function openError(fn: () => unknown): JournalOpenError {
  try {
    fn();
  } catch (err) {
    if (err instanceof JournalOpenError) return err;
    throw err;
  }
  throw new Error('expected a JournalOpenError');
}

/** Overwrites bytes inside the file's b-tree pages so integrity_check fails (the header stays valid). */
function damage(file: string): void {
  const db = new Database(file, { readonly: true });
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.pragma('page_count', { simple: true }) as number;
  db.close();
  const fd = fs.openSync(file, 'r+');
  // An invalid b-tree page type on every other page after the first (which holds the header and schema).
  for (let p = 1; p < pages; p += 2) fs.writeSync(fd, Buffer.from([0xff, 0xff, 0xff, 0xff]), 0, 4, p * pageSize);
  fs.closeSync(fd);
}

describe('automatic backup on start', () => {
  it('writes one backup a day through the online backup API: complete, checked, self-contained', async () => {
    const dir = tempDir();
    const file = seededFile(dir);
    const backups = path.join(dir, 'backups');
    const first = await backupOnStart(file, backups, at('2026-11-23T08:00:00.000Z'), { zone: 'Europe/Paris' });
    expect(path.basename(first.created!)).toBe('carnet-auto-20261123T080000000Z.sqlite');
    expect(first.pruned).toEqual([]);
    // A second start the same (Paris) day keeps the first backup of the day.
    const again = await backupOnStart(file, backups, at('2026-11-23T21:00:00.000Z'), { zone: 'Europe/Paris' });
    expect(again.created).toBeNull();
    // Just after midnight in Paris is a new day.
    const next = await backupOnStart(file, backups, at('2026-11-23T23:30:00.000Z'), { zone: 'Europe/Paris' });
    expect(path.basename(next.created!)).toBe('carnet-auto-20261123T233000000Z.sqlite');

    expect(fs.readdirSync(backups).sort()).toEqual(['carnet-auto-20261123T080000000Z.sqlite', 'carnet-auto-20261123T233000000Z.sqlite']);
    const copy = new Database(first.created!, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('application_id', { simple: true })).toBe(APPLICATION_ID);
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    copy.close();
    const original = openJournal(file, { readonly: true });
    const restored = openJournal(first.created!, { readonly: true });
    expect(tablesOf(restored)).toEqual(tablesOf(original));
    expect(tablesOf(restored)['trips']).toHaveLength(1);
    original.close();
    restored.close();
  });

  it('does nothing when there is no journal yet', async () => {
    const dir = tempDir();
    expect(await backupOnStart(path.join(dir, 'none.sqlite'), path.join(dir, 'backups'))).toEqual({ created: null, pruned: [] });
    expect(fs.existsSync(path.join(dir, 'backups'))).toBe(false);
  });
});

describe('keeping the last N daily and M weekly backups', () => {
  const auto = (iso: string): BackupInfo => ({ id: `carnet-auto-${iso.replace(/[-:.]/g, '')}.sqlite`, kind: 'auto', createdAt: iso, sizeBytes: 1 });

  it('keeps the newest of each of the 7 latest days and of each of the 8 latest ISO weeks', () => {
    // One backup a day at 09:00 UTC for 70 days, from Monday 2026-09-14 to Sunday 2026-11-22.
    const all: BackupInfo[] = [];
    for (let i = 0; i < 70; i++) all.push(auto(new Date(Date.UTC(2026, 8, 14 + i, 9)).toISOString()));
    const keep = [...backupsToKeep(all, { daily: 7, weekly: 8 }, 'UTC')].sort();
    const days = (ids: string[]) => ids.map((id) => id.slice(12, 20));
    expect(days(keep)).toEqual([
      // Sundays (the newest of their ISO week) of the 8 latest weeks …
      '20261004', '20261011', '20261018', '20261025', '20261101', '20261108', '20261115',
      // … and the 7 latest days (the newest week's Sunday is both).
      '20261116', '20261117', '20261118', '20261119', '20261120', '20261121', '20261122',
    ]);
  });

  it('counts only days and weeks that have a backup, and keeps the newest within a day', () => {
    const all = [auto('2026-01-05T08:00:00.000Z'), auto('2026-01-05T18:00:00.000Z'), auto('2026-03-01T08:00:00.000Z')];
    expect([...backupsToKeep(all, { daily: 2, weekly: 0 }, 'UTC')].sort()).toEqual([all[1]!.id, all[2]!.id].sort());
  });

  it('prunes only automatic Carnet backups, never any other file', () => {
    const dir = tempDir();
    const names: string[] = [];
    for (let i = 0; i < 30; i++) {
      const name = `carnet-auto-${new Date(Date.UTC(2026, 9, 1 + i, 9)).toISOString().replace(/[-:.]/g, '')}.sqlite`;
      fs.writeFileSync(path.join(dir, name), 'x');
      names.push(name);
    }
    const others = [
      'carnet-manual-20200101T000000000Z.sqlite',
      'carnet-before-restore-20200101T000000000Z.sqlite',
      'carnet-auto-20200101T000000000Z.sqlite.bak',
      'carnet-auto-notadate.sqlite',
      'my-notes.txt',
      'journal.sqlite',
      '.carnet-auto-20200101T000000000Z.sqlite.partial',
    ];
    for (const o of others) fs.writeFileSync(path.join(dir, o), 'keep me');
    fs.mkdirSync(path.join(dir, 'carnet-auto-20200102T000000000Z.sqlite'));
    fs.symlinkSync(path.join(dir, 'my-notes.txt'), path.join(dir, 'carnet-auto-20200103T000000000Z.sqlite'));

    const deleted = pruneAutoBackups(dir, { daily: 3, weekly: 2 }, 'UTC');
    // The 3 latest days (28–30 Oct; Friday 30 Oct is also its week's newest), plus Sunday 25 Oct (the week before's newest).
    const kept = names.filter((n) => !deleted.includes(n));
    expect(kept.map((n) => n.slice(12, 20))).toEqual(['20261025', '20261028', '20261029', '20261030']);
    expect(deleted).toHaveLength(26);
    for (const o of others) expect(fs.readFileSync(path.join(dir, o), 'utf8')).toBe('keep me');
    expect(fs.statSync(path.join(dir, 'carnet-auto-20200102T000000000Z.sqlite')).isDirectory()).toBe(true);
    expect(fs.lstatSync(path.join(dir, 'carnet-auto-20200103T000000000Z.sqlite')).isSymbolicLink()).toBe(true);
  });

  it('prunes after the start backup', async () => {
    const dir = tempDir();
    const file = seededFile(dir);
    const backups = path.join(dir, 'backups');
    for (let i = 0; i < 10; i++) {
      await backupOnStart(file, backups, at(new Date(Date.UTC(2026, 10, 1 + i, 9)).toISOString()), { zone: 'UTC', retention: { daily: 3, weekly: 1 } });
    }
    expect(listBackupFiles(backups).map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-11-10', '2026-11-09', '2026-11-08']);
  });
});

describe('back up now and restore, through the channels', () => {
  it('backs up now into the backups folder and lists backups newest first with their dates and sizes', () => {
    const { call, journal } = harness({ clock: at('2026-11-23T10:00:00.000Z') });
    seedJournal(createDispatch(journal));
    const first = call('data.backupNow', undefined);
    const second = call('data.backupNow', {});
    expect(first).toMatchObject({ id: 'carnet-manual-20261123T100000000Z.sqlite', kind: 'manual', createdAt: '2026-11-23T10:00:00.000Z' });
    expect(second.id).toBe('carnet-manual-20261123T100000000Z-1.sqlite');
    const list = call('data.listBackups', undefined);
    expect(list.journalPath).toBe(journal.path);
    expect(list.backupsDir).toBe(path.join(path.dirname(journal.path), 'backups'));
    expect(list.backups.map((b) => b.id)).toEqual([second.id, first.id]);
    expect(list.backups[0]!.sizeBytes).toBe(fs.statSync(path.join(list.backupsDir, second.id)).size);
    const copy = openJournal(path.join(list.backupsDir, first.id), { readonly: true });
    expect(tablesOf(copy)).toEqual(tablesOf(journal));
    copy.close();
  });

  it('restores a backup exactly, keeping the current journal as a backup first', () => {
    const { call, journal } = harness({ clock: at('2026-11-23T10:00:00.000Z') });
    const seeded = seedJournal(createDispatch(journal));
    const before = tablesOf(journal);
    const backup = call('data.backupNow', undefined);

    // Change things: a new trip, a deleted purchase, an edited contact.
    call('trips.create', { title: 'Tokyo', city: 'Tokyo', startDay: '2027-04-01', endDay: '2027-04-05', timeZone: 'Asia/Tokyo' });
    call('purchases.delete', { id: seeded.purchaseIds[1]! });
    call('contacts.update', { id: seeded.contactId, notes: 'changed' });
    const changed = tablesOf(journal);
    expect(changed).not.toEqual(before);

    const result = call('data.restore', { id: backup.id });
    expect(result.restored.id).toBe(backup.id);
    expect(result.keptBefore.kind).toBe('before-restore');
    expect(tablesOf(journal)).toEqual(before);
    // The journal keeps working (same file, same connection) and search was rebuilt.
    expect(call('trips.list', undefined).map((t) => t.title)).toEqual(['Paris, décembre']);
    // The journal as it was before the restore is in the kept backup.
    const kept = openJournal(path.join(path.dirname(journal.path), 'backups', result.keptBefore.id), { readonly: true });
    expect(tablesOf(kept)).toEqual(changed);
    kept.close();
  });

  it('restores a backup written by an older Carnet, migrating it', () => {
    const { call, journal } = harness({ clock: at('2026-11-23T10:00:00.000Z') });
    const backups = path.join(path.dirname(journal.path), 'backups');
    const old = openJournal(path.join(tempDir(), 'old.sqlite'), { migrations: migrations.slice(0, 1), clock: at('2025-01-01T00:00:00.000Z') });
    createDispatch(old)('trips.create', { title: 'Old trip', city: 'Paris', startDay: '2025-03-01', endDay: '2025-03-02' });
    fs.mkdirSync(backups, { recursive: true });
    writeBackupSync(old.sqlite, backups, 'manual', new Date('2025-01-02T00:00:00.000Z'));
    old.close();
    call('data.restore', { id: 'carnet-manual-20250102T000000000Z.sqlite' });
    expect(call('trips.list', undefined).map((t) => t.title)).toEqual(['Old trip']);
  });

  describe('refuses a bad file and leaves the journal untouched', () => {
    function setup() {
      const h = harness({ clock: at('2026-11-23T10:00:00.000Z') });
      seedJournal(h.dispatch);
      const good = h.call('data.backupNow', undefined);
      const backups = path.join(path.dirname(h.journal.path), 'backups');
      h.call('trips.create', { title: 'After the backup', city: 'Lyon', startDay: '2027-01-01', endDay: '2027-01-02' });
      return { ...h, backups, good, place: (name: string, bytes: Buffer) => fs.writeFileSync(path.join(backups, name), bytes) };
    }

    const cases: [string, (s: ReturnType<typeof setup>) => string, RegExp][] = [
      [
        'a truncated backup',
        (s) => {
          const bytes = fs.readFileSync(path.join(s.backups, s.good.id));
          s.place('carnet-manual-20261122T000000000Z.sqlite', bytes.subarray(0, Math.floor(bytes.length / 2)));
          return 'carnet-manual-20261122T000000000Z.sqlite';
        },
        /is incomplete: it holds \d+ bytes of the \d+ its header announces/,
      ],
      [
        'a file that is not SQLite',
        (s) => {
          s.place('carnet-manual-20261121T000000000Z.sqlite', Buffer.from('this is a holiday photo, honestly\n'.repeat(100)));
          return 'carnet-manual-20261121T000000000Z.sqlite';
        },
        /is not a Carnet journal or backup \(it is not an SQLite database\)/,
      ],
      [
        'an SQLite database of another application',
        (s) => {
          const other = new Database(path.join(s.backups, 'carnet-manual-20261120T000000000Z.sqlite'));
          other.exec("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO recipes (name) VALUES ('tarte tatin');");
          other.close();
          return 'carnet-manual-20261120T000000000Z.sqlite';
        },
        /is an SQLite database of another application, not a Carnet journal/,
      ],
      [
        'a damaged backup',
        (s) => {
          const name = 'carnet-manual-20261119T000000000Z.sqlite';
          fs.copyFileSync(path.join(s.backups, s.good.id), path.join(s.backups, name));
          damage(path.join(s.backups, name));
          return name;
        },
        /is damaged/,
      ],
      [
        'a backup from a newer Carnet',
        (s) => {
          const name = 'carnet-manual-20261118T000000000Z.sqlite';
          fs.copyFileSync(path.join(s.backups, s.good.id), path.join(s.backups, name));
          const db = new Database(path.join(s.backups, name));
          db.prepare("INSERT INTO carnet_migrations (id, applied_at) VALUES ('999-future', '2030-01-01T00:00:00.000Z')").run();
          db.close();
          return name;
        },
        /was written by a newer version of Carnet \(it has 999-future\)/,
      ],
      [
        'a Carnet file missing one of its tables',
        (s) => {
          const name = 'carnet-manual-20261117T000000000Z.sqlite';
          fs.copyFileSync(path.join(s.backups, s.good.id), path.join(s.backups, name));
          const db = new Database(path.join(s.backups, name));
          db.pragma('foreign_keys = OFF');
          db.exec('DROP TABLE calendar_overrides');
          db.close();
          return name;
        },
        /lacks the calendar_overrides table/,
      ],
    ];

    for (const [what, make, message] of cases) {
      it(`refuses ${what}`, () => {
        const s = setup();
        const id = make(s);
        const before = contentHash(s.journal);
        const backupsBefore = fs.readdirSync(s.backups).sort();
        const fileBefore = fileHash(path.join(s.backups, id));
        const error = s.fail('data.restore', { id });
        expect(error.code).toBe('invalid_input');
        expect(error.message).toMatch(/^That backup cannot be restored: /);
        expect(error.message).toMatch(message);
        expect(error.message).toMatch(/Your journal was left as it was\.$/);
        expect(error.issues?.[0]?.path).toEqual(['id']);
        expect(contentHash(s.journal)).toBe(before);
        // Nothing else happened: no "before-restore" copy, the bad file itself unchanged.
        expect(fs.readdirSync(s.backups).sort()).toEqual(backupsBefore);
        expect(fileHash(path.join(s.backups, id))).toBe(fileBefore);
        expect(s.call('trips.list', undefined).map((t) => t.title)).toContain('After the backup');
      });
    }

    it('refuses an id that is not in the list, and anything that looks like a path', () => {
      const s = setup();
      const before = contentHash(s.journal);
      const missing = s.fail('data.restore', { id: 'carnet-manual-20000101T000000000Z.sqlite' });
      expect(missing.code).toBe('not_found');
      expect(missing.message).toBe('That backup is not in the list of backups (it may have been deleted); choose another.');
      for (const id of ['../journal.sqlite', '/etc/passwd', 'carnet-manual-20261123T100000000Z.sqlite/../../journal.sqlite', path.join(s.backups, s.good.id)]) {
        const error = s.fail('data.restore', { id });
        expect(error.code).toBe('invalid_input');
        expect(error.issues?.[0]).toEqual({ path: ['id'], message: 'Choose a backup from the list.' });
      }
      expect(contentHash(s.journal)).toBe(before);
    });
  });
});

describe('backing up to a chosen file and restoring from one (shell functions)', () => {
  it('writes a checked copy at the chosen path, replacing what the user agreed to replace', async () => {
    const { journal } = harness();
    seedJournal(createDispatch(journal));
    const dest = path.join(tempDir(), 'My backup.carnet');
    fs.writeFileSync(dest, 'an older file the save dialog agreed to replace');
    expect(await backupToPath(journal.sqlite, dest)).toBe(dest);
    expect(inspectJournalFile(dest)).toMatchObject({ ok: true });
    expect(fs.readdirSync(path.dirname(dest))).toEqual(['My backup.carnet']);
    const copy = openJournal(dest, { readonly: true });
    expect(tablesOf(copy)).toEqual(tablesOf(journal));
    copy.close();
  });

  it('restores from a picked file after the same checks', () => {
    const { journal, call } = harness({ clock: at('2026-11-23T10:00:00.000Z') });
    configureData(journal, { backupsDir: path.join(tempDir(), 'elsewhere') });
    const source = seededFile();
    const { keptBefore } = restoreFromFile(journal, source);
    expect(call('trips.list', undefined).map((t) => t.title)).toEqual(['Paris, décembre']);
    expect(keptBefore.kind).toBe('before-restore');
    const other = path.join(tempDir(), 'photo.jpg');
    fs.writeFileSync(other, crypto.randomBytes(5000));
    const before = contentHash(journal);
    expect(() => restoreFromFile(journal, other)).toThrow(/not an SQLite database/);
    expect(contentHash(journal)).toBe(before);
  });
});

describe('a journal that cannot be opened', () => {
  function damagedJournal() {
    const dir = tempDir();
    const file = seededFile(dir);
    const backups = path.join(dir, 'backups');
    const good = writeBackupSync(new Database(file, { readonly: true }), backups, 'auto', new Date('2026-11-22T09:00:00.000Z'));
    // A second, older backup that is itself damaged: listed, but marked unusable.
    const bad = path.join(backups, 'carnet-auto-20261120T090000000Z.sqlite');
    fs.copyFileSync(good, bad);
    damage(bad);
    damage(file);
    fs.writeFileSync(file + '-wal', crypto.randomBytes(4096)); // a stale log beside it
    return { dir, file, backups, good };
  }

  it('offers restore / open another / start new, and lists the backups with their dates and whether each is usable', () => {
    const { file, backups } = damagedJournal();
    const hash = fileHash(file);
    const err = openError(() => openJournal(file));
    expect(err.problem).toBe('damaged');
    expect(recoveryScreen(err)).toEqual({ problem: 'damaged', message: err.message, choices: ['restore_backup', 'open_other', 'start_new'] });
    const list = backupsForRecovery(backups);
    expect(list.map((b) => [b.id, b.createdAt, b.usable])).toEqual([
      ['carnet-auto-20261122T090000000Z.sqlite', '2026-11-22T09:00:00.000Z', true],
      ['carnet-auto-20261120T090000000Z.sqlite', '2026-11-20T09:00:00.000Z', false],
    ]);
    expect(list[1]!.problem).toMatch(/is damaged/);
    expect(fileHash(file)).toBe(hash);
    const newer = new JournalOpenError('newer', 'newer');
    expect(recoveryScreen(newer).choices).toEqual(['update_carnet', 'open_other', 'start_new']);
  });

  it('restores a backup in place of the damaged journal, keeping the damaged file (and its -wal) aside, untouched', () => {
    const { file, backups, good } = damagedJournal();
    const hash = fileHash(file);
    const walHash = fileHash(file + '-wal');
    const result = recoverFromBackup(file, good, at('2026-11-23T10:00:00.000Z'));
    expect(result.journalPath).toBe(file);
    expect(path.basename(result.damagedKeptAt!)).toBe('journal.damaged-20261123T100000000Z.sqlite');
    expect(fileHash(result.damagedKeptAt!)).toBe(hash);
    expect(fileHash(result.damagedKeptAt! + '-wal')).toBe(walHash);
    expect(fs.existsSync(file + '-wal')).toBe(false);
    const journal = openJournal(file);
    expect(journal.sqlite.prepare('SELECT title FROM trips').pluck().all()).toEqual(['Paris, décembre']);
    journal.close();
    // A bad backup is refused before anything moves.
    const before = fs.readdirSync(path.dirname(file)).sort();
    expect(() => recoverFromBackup(file, path.join(backups, 'carnet-auto-20261120T090000000Z.sqlite'))).toThrow(/That backup cannot be used: .* is damaged/);
    expect(fs.readdirSync(path.dirname(file)).sort()).toEqual(before);
  });

  it('starts a new journal only where no file is, and opens another file with the usual checks', () => {
    const { file, dir } = damagedJournal();
    const hash = fileHash(file);
    expect(openError(() => startNewJournal(file)).message).toMatch(/already exists; choose a new file name/);
    expect(fileHash(file)).toBe(hash);
    const fresh = startNewJournal(path.join(dir, 'new place', 'journal.sqlite'));
    expect(fresh.sqlite.prepare('SELECT count(*) FROM trips').pluck().get()).toBe(0);
    fresh.close();
    const foreign = path.join(dir, 'other.db');
    const db = new Database(foreign);
    db.exec('CREATE TABLE t (x)');
    db.close();
    expect(openError(() => openOtherJournal(foreign)).problem).toBe('foreign');
    expect(openError(() => openOtherJournal(path.join(dir, 'missing.sqlite'))).problem).toBe('not_sqlite');
    const other = openOtherJournal(seededFile(dir, 'second.sqlite'));
    expect(other.sqlite.prepare('SELECT count(*) FROM trips').pluck().get()).toBe(1);
    other.close();
  });

  it('remembers the chosen journal location', () => {
    const dir = tempDir();
    const config = path.join(dir, 'journal-location.json');
    expect(journalLocation(config, '/default/journal.sqlite')).toBe('/default/journal.sqlite');
    rememberJournalLocation(config, path.join(dir, 'j.sqlite'));
    expect(journalLocation(config, '/default/journal.sqlite')).toBe(path.join(dir, 'j.sqlite'));
    fs.writeFileSync(config, '{ not json');
    expect(journalLocation(config, '/default/journal.sqlite')).toBe('/default/journal.sqlite');
  });
});
