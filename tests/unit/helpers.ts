/** Real SQLite journals in temporary folders: no mocks of the database. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach } from 'vitest';
import type { Journal } from '../../src/main/db/journal';
import { openJournal, type OpenOptions } from '../../src/main/db/open';
import { createDispatch, type Dispatch } from '../../src/main/dispatch';
import type { CarnetError, Result } from '../../src/shared/result';
import type { Channel, InputOf, OutputOf } from '../../src/shared/api';

const opened: Journal[] = [];
const dirs: string[] = [];

export function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-test-'));
  dirs.push(dir);
  return dir;
}

export function tempJournal(options: OpenOptions = {}, file = path.join(tempDir(), 'journal.sqlite')): Journal {
  const journal = openJournal(file, options);
  opened.push(journal);
  return journal;
}

/** A journal plus a typed caller that goes through dispatch, exactly as IPC does. */
export function harness(options: OpenOptions = {}) {
  const journal = tempJournal(options);
  const dispatch: Dispatch = createDispatch(journal);
  /** Calls a channel and returns the value; fails the test with the error otherwise. */
  function call<C extends Channel>(channel: C, input: InputOf<C>): OutputOf<C> {
    const result = dispatch(channel, input) as Result<OutputOf<C>>;
    if (!result.ok) throw new Error(`${channel} failed: ${result.error.code}: ${result.error.message} ${JSON.stringify(result.error.issues ?? [])}`);
    return result.value;
  }
  /** Calls a channel that must fail and returns its error. */
  function fail(channel: string, input: unknown): CarnetError {
    const result = dispatch(channel, input);
    if (result.ok) throw new Error(`${channel} should have failed but returned ${JSON.stringify(result.value)}`);
    return result.error;
  }
  return { journal, dispatch, call, fail };
}

/** A hash of every row of every table: proves a rejected call changed nothing. */
export function contentHash(journal: Journal): string {
  const tables = journal.sqlite
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
    .pluck()
    .all() as string[];
  const parts = tables.map((t) => `${t}:${JSON.stringify(journal.sqlite.prepare(`SELECT * FROM "${t}" ORDER BY 1`).all())}`);
  return parts.join('\n');
}

afterEach(() => {
  for (const j of opened.splice(0)) j.close();
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});
