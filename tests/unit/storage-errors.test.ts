/**
 * When the journal file, not the request, is the problem (issue 15 §3): a read-only journal, a
 * full disk, a journal another program keeps locked each get their own sentence and the code
 * `storage`, never "something went wrong", and nothing is written.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openJournal } from '../../src/main/db/open';
import { createDispatch } from '../../src/main/dispatch';
import { contentHash, harness } from './helpers';

const trip = { title: 'Spring', city: 'Paris', startDay: '2027-04-01', endDay: '2027-04-04' };

describe('storage failures say what happened', () => {
  it('a read-only journal: every save is refused with the read-only sentence', () => {
    const { journal } = harness();
    const path = journal.sqlite.name;
    journal.close();
    const readonly = openJournal(path, { readonly: true });
    try {
      const result = createDispatch(readonly)('trips.create', trip);
      expect(result).toMatchObject({ ok: false, error: { code: 'storage' } });
      expect(!result.ok && result.error.message).toBe(
        'Carnet cannot save: the journal file is read-only (its permissions or its disk do not allow writing). Nothing was changed. Copy the journal to a folder you can write to, or change its permissions, then open it again.',
      );
      expect(readonly.sqlite.prepare('SELECT count(*) FROM trips').pluck().get()).toBe(0);
    } finally {
      readonly.close();
    }
  });

  it('a full disk: the save is refused with the disk-full sentence and nothing is half-written', () => {
    const { journal, dispatch, call } = harness();
    const t = call('trips.create', trip);
    // The file may not grow past its size now: as a full disk does to SQLite.
    const pages = journal.sqlite.pragma('page_count', { simple: true }) as number;
    journal.sqlite.pragma(`max_page_count = ${pages}`);
    const before = contentHash(journal);
    const result = dispatch('notes.create', { subjectType: 'trip', subjectId: t.id, kind: 'reflection', body: 'x'.repeat(19000) });
    expect(result).toEqual({
      ok: false,
      error: { code: 'storage', message: 'Carnet cannot save: the disk holding the journal is full. Nothing was changed. Free some space on it, then try again.' },
    });
    expect(contentHash(journal)).toBe(before);
  });

  it('a journal another program keeps locked: refused after the busy timeout with the locked sentence', () => {
    const { journal, dispatch } = harness();
    journal.sqlite.pragma('busy_timeout = 50');
    const other = new Database(journal.sqlite.name);
    try {
      other.exec('BEGIN IMMEDIATE');
      const result = dispatch('trips.create', trip);
      expect(result).toMatchObject({ ok: false, error: { code: 'storage' } });
      expect(!result.ok && result.error.message).toMatch(/^Carnet cannot save: another program kept the journal file locked/);
      other.exec('ROLLBACK');
      expect(journal.sqlite.prepare('SELECT count(*) FROM trips').pluck().get()).toBe(0);
      // Once it lets go, the same save goes through.
      expect(dispatch('trips.create', trip).ok).toBe(true);
    } finally {
      other.close();
    }
  });
});
