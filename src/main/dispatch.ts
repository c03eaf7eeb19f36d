/**
 * The one door: channel → validate with the contract's schema → service → Result.
 * Knows nothing of Electron; the IPC bridge and the web harness both call it.
 */
import type { z } from 'zod';
import { contract, isAnsweredLater, isChannel, type Channel } from '../shared/api';
import { DomainError, type CarnetError, type FieldIssue, type Result } from '../shared/result';
import type { Journal } from './db/journal';
import { handlers as defaultHandlers, type Handlers } from './journal';
import { logFailure } from './log';

export type Dispatch = (channel: string, payload: unknown) => Result<unknown>;
/**
 * The same door for callers that can wait (IPC, the web harness): it also runs the channels whose
 * service answers later (adding a photo decodes it off the journal's path, then writes in one
 * transaction).
 */
export type AsyncDispatch = (channel: string, payload: unknown) => Promise<Result<unknown>>;
/** What the IPC bridge calls: an answer now, or later for a channel answered later. */
export type PageDispatch = (channel: string, payload: unknown) => Result<unknown> | Promise<Result<unknown>>;

const humanPath = (path: (string | number)[]): string =>
  path
    .map((p) => (typeof p === 'number' ? `#${p + 1}` : p.replace(/([A-Z])/g, ' $1').toLowerCase()))
    .join(' › ');

/** The value at a path of the payload (zod 4 leaves `input` out of issues by default). */
function valueAt(payload: unknown, path: (string | number)[]): unknown {
  let value: unknown = payload;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

function issuesOf(error: z.ZodError, payload: unknown): FieldIssue[] {
  return error.issues.map((issue) => {
    const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      return { path, message: `Unknown field${issue.keys.length > 1 ? 's' : ''}: ${issue.keys.join(', ')}.` };
    }
    const value = path.length > 0 ? valueAt(payload, path) : payload;
    // A missing value, or an empty one that failed its check, is a required field left blank.
    if (path.length > 0 && (value === '' || (value === undefined && issue.code !== 'custom'))) {
      // The schema's own "Title is required." names the field as the form labels it.
      if (issue.message.endsWith(' is required.')) return { path, message: issue.message };
      return { path, message: `${humanPath(path).replace(/^./, (c) => c.toUpperCase())} is required.` };
    }
    if (issue.code === 'invalid_type' && path.length === 0) {
      return { path, message: 'This request needs an object of fields.' };
    }
    return { path, message: issue.message };
  });
}

function invalidInput(issues: FieldIssue[]): CarnetError {
  const first = issues[0];
  const message =
    issues.length === 1 && first
      ? first.message
      : `${issues.length} fields need attention${first ? `; first: ${first.message}` : '.'}`;
  return { code: 'invalid_input', message, issues };
}

/**
 * What SQLite says when the file, not the request, is the problem (issue 15 §3): each its own
 * sentence, what happened and what to do, instead of "something went wrong". Nothing was written:
 * the transaction rolled back.
 */
function storageMessage(code: string): string | null {
  if (code.startsWith('SQLITE_READONLY')) {
    return 'Carnet cannot save: the journal file is read-only (its permissions or its disk do not allow writing). Nothing was changed. Copy the journal to a folder you can write to, or change its permissions, then open it again.';
  }
  if (code === 'SQLITE_FULL') return 'Carnet cannot save: the disk holding the journal is full. Nothing was changed. Free some space on it, then try again.';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return 'Carnet cannot save: another program kept the journal file locked for 5 seconds (another Carnet, a backup or sync tool?). Nothing was changed. Close it, then try again.';
  }
  if (code.startsWith('SQLITE_IOERR') || code === 'SQLITE_CANTOPEN') {
    return 'Carnet could not read or write the journal file: the disk reported an error (a removed drive, a network folder gone?). Nothing was changed. Check the disk, then restart Carnet.';
  }
  if (code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB') {
    return 'The journal file is damaged: Carnet cannot read it safely. Nothing was changed. Restart Carnet to restore it from a backup.';
  }
  return null;
}

function fromThrown(err: unknown, channel: string): CarnetError {
  if (err instanceof DomainError) {
    return err.issues ? { code: err.code, message: err.message, issues: err.issues } : { code: err.code, message: err.message };
  }
  const code = (err as { code?: unknown }).code;
  if (code === 'SQLITE_CONSTRAINT_FOREIGNKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    return { code: 'conflict', message: 'That change conflicts with other records in the journal; nothing was changed.' };
  }
  if (code === 'SQLITE_CONSTRAINT_CHECK' || code === 'SQLITE_CONSTRAINT_NOTNULL') {
    return { code: 'invalid_input', message: 'Some values are not allowed here; nothing was changed.' };
  }
  const storage = typeof code === 'string' ? storageMessage(code) : null;
  if (storage) {
    logFailure(channel, err);
    return { code: 'storage', message: storage };
  }
  logFailure(channel, err);
  return { code: 'internal', message: 'Something went wrong inside Carnet; nothing was changed. Details are in the log.' };
}

type Parsed = { ok: true; channel: Channel; data: unknown } | { ok: false; result: Result<unknown> };

function parse(channel: unknown, payload: unknown): Parsed {
  if (typeof channel !== 'string' || !isChannel(channel)) {
    return { ok: false, result: { ok: false, error: { code: 'invalid_input', message: `There is no channel named "${String(channel)}".` } } };
  }
  const parsed = contract[channel].input.safeParse(payload);
  if (!parsed.success) return { ok: false, result: { ok: false, error: invalidInput(issuesOf(parsed.error, payload)) } };
  return { ok: true, channel, data: parsed.data };
}

/** The synchronous door (the menu, tests). A channel answered later is refused before its service starts. */
export function createDispatch(journal: Journal, handlers: Handlers = defaultHandlers): Dispatch {
  return (channel, payload) => {
    const parsed = parse(channel, payload);
    if (!parsed.ok) return parsed.result;
    if (isAnsweredLater(parsed.channel)) {
      return { ok: false, error: { code: 'invalid_input', message: 'This request takes a moment and is answered only to Carnet’s window.' } };
    }
    try {
      const handler = handlers[parsed.channel] as (j: Journal, input: unknown) => unknown;
      return { ok: true, value: handler(journal, parsed.data) };
    } catch (err) {
      return { ok: false, error: fromThrown(err, parsed.channel) };
    }
  };
}

export function createAsyncDispatch(journal: Journal, handlers: Handlers = defaultHandlers): AsyncDispatch {
  return async (channel, payload) => {
    const parsed = parse(channel, payload);
    if (!parsed.ok) return parsed.result;
    try {
      const handler = handlers[parsed.channel] as (j: Journal, input: unknown) => unknown;
      return { ok: true, value: await handler(journal, parsed.data) };
    } catch (err) {
      return { ok: false, error: fromThrown(err, parsed.channel) };
    }
  };
}
