/**
 * Opening checks the journal's structure only (a few pages); the full integrity check runs after
 * open, in the background, and what it finds is told to the user (channel data.journalCheck,
 * shown as a banner). Damage where opening looks is still refused at once (backup.test.ts,
 * migrations.test.ts).
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { checkInBackground } from '../../src/main/db/check';
import { openJournal } from '../../src/main/db/open';
import { createDispatch } from '../../src/main/dispatch';
import type { JournalCheck } from '../../src/shared/api/data';
import { tempDir } from './helpers';

const NOW = new Date('2026-11-23T10:00:00.000Z');

/** A journal with a trips table of many pages. */
function journalWithTrips(): string {
  const file = path.join(tempDir(), 'journal.sqlite');
  const journal = openJournal(file);
  const dispatch = createDispatch(journal);
  // One transaction around them all (each create a savepoint): one sync to disk, not 600.
  journal.tx(() => {
    for (let i = 0; i < 600; i++) {
      const start = new Date(Date.UTC(2000, 0, 1 + i * 10)).toISOString().slice(0, 10);
      const end = new Date(Date.UTC(2000, 0, 4 + i * 10)).toISOString().slice(0, 10);
      const made = dispatch('trips.create', { title: `Trip ${i} ${'x'.repeat(100)}`, city: 'Paris', startDay: start, endDay: end });
      if (!made.ok) throw new Error(made.error.message);
    }
  });
  journal.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  journal.close();
  return file;
}

/** Scribbles over one leaf page in the middle of the trips table: neither its first nor its last row. */
function damageMiddleOfTrips(file: string): void {
  const db = new Database(file, { readonly: true });
  const leaves = db.prepare("SELECT pageno FROM dbstat WHERE name = 'trips' AND pagetype = 'leaf' ORDER BY path").pluck().all() as number[];
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  db.close();
  expect(leaves.length).toBeGreaterThan(10);
  const page = leaves[Math.floor(leaves.length / 2)]!;
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize);
  fs.closeSync(fd);
}

describe('the full check of the journal, after open', () => {
  it('says nothing is wrong with an intact journal', async () => {
    const journal = openJournal(journalWithTrips(), { clock: () => NOW });
    const dispatch = createDispatch(journal);
    expect(dispatch('data.journalCheck', undefined)).toMatchObject({ ok: true, value: { state: 'not_checked' } });
    const checking = checkInBackground(journal);
    expect(dispatch('data.journalCheck', undefined)).toMatchObject({ ok: true, value: { state: 'checking', message: null } });
    await checking;
    expect(dispatch('data.journalCheck', undefined)).toEqual({ ok: true, value: { state: 'ok', message: null, checkedAt: NOW.toISOString() } });
    journal.close();
  });

  it('a damaged page deep inside a table: the journal opens, then the background check tells the user, in words', async () => {
    const file = journalWithTrips();
    damageMiddleOfTrips(file);
    const journal = openJournal(file);
    const dispatch = createDispatch(journal);
    const result = await checkInBackground(journal);
    expect(result.state).toBe('damaged');
    const answer = dispatch('data.journalCheck', undefined);
    if (!answer.ok) throw new Error(answer.error.message);
    const check = answer.value as JournalCheck;
    expect(check.state).toBe('damaged');
    expect(check.message).toMatch(
      /^Carnet checked the journal journal\.sqlite after opening it and found damaged pages \(.+\)\. What you see may be incomplete, and new entries may be lost: restore the latest backup \(Settings › Your data\), or export what you can now\.$/,
    );
    journal.close();
  });
});
