/**
 * Two processes on one journal (issue 15 §6): a write transaction takes the write lock when it
 * starts (BEGIN IMMEDIATE), so the busy timeout applies and a writer never fails half-way with
 * "database is locked" because another connection committed after it had read; and each commit
 * is flushed to disk (synchronous = FULL) so a power loss cannot take the last ones.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { tempJournal } from './helpers';

describe('write transactions', () => {
  it('hold the write lock from their first statement: another connection waits or is refused, never the journal half-way', () => {
    const journal = tempJournal();
    const other = new Database(journal.sqlite.name);
    other.pragma('busy_timeout = 0');
    try {
      const otherError = journal.tx(() => {
        // Read first, as every service does (load, check, then write)…
        journal.sqlite.prepare('SELECT count(*) FROM settings').pluck().get();
        // …meanwhile another connection tries to commit a write…
        let code: string | null = null;
        try {
          other.prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"light\"')").run();
        } catch (err) {
          code = (err as { code?: string }).code ?? 'unknown';
        }
        // …and this transaction's own write still succeeds (deferred, it failed with SQLITE_BUSY_SNAPSHOT).
        journal.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"dark\"')").run();
        return code;
      });
      expect(otherError).toBe('SQLITE_BUSY');
      expect(journal.sqlite.prepare("SELECT value FROM settings WHERE key = 'theme'").pluck().get()).toBe('"dark"');
    } finally {
      other.close();
    }
  });

  it('a nested transaction is a savepoint of the outer one: an inner throw rolls back only the inner part', () => {
    const journal = tempJournal();
    journal.tx(() => {
      journal.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('theme', '\"dark\"')").run();
      expect(() =>
        journal.tx(() => {
          journal.sqlite.prepare("INSERT INTO settings (key, value) VALUES ('defaultCurrency', '\"USD\"')").run();
          throw new Error('inner');
        }),
      ).toThrow('inner');
    });
    expect(journal.sqlite.prepare('SELECT key FROM settings ORDER BY key').pluck().all()).toEqual(['theme']);
  });

  it('commits are flushed to disk (synchronous = FULL, in WAL mode)', () => {
    const journal = tempJournal();
    expect(journal.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(journal.sqlite.pragma('synchronous', { simple: true })).toBe(2);
  });
});
