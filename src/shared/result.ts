/** The one answer shape of every channel, over IPC and over the web harness alike. */
/**
 * `storage`: the journal file itself could not be written or read (read-only, disk full, locked
 * by another program, a disk error); the message says which and what to do.
 */
export type ErrorCode = 'invalid_input' | 'not_found' | 'conflict' | 'storage' | 'internal';

export interface FieldIssue {
  /** Where in the input the problem is, e.g. ['companions', 0, 'name']. */
  path: (string | number)[];
  /** A sentence a person understands. */
  message: string;
}

export interface CarnetError {
  code: ErrorCode;
  message: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: CarnetError };

/** Thrown by services for expected failures; dispatch turns it into a typed error result. */
export class DomainError extends Error {
  readonly code: ErrorCode;
  readonly issues: FieldIssue[] | undefined;
  constructor(code: ErrorCode, message: string, issues?: FieldIssue[]) {
    super(message);
    this.name = 'DomainError';
    this.code = code;
    this.issues = issues;
  }
}

export const notFound = (what: string, id: number | string): DomainError =>
  new DomainError('not_found', `${what} ${id} does not exist (it may have been deleted).`);

export const conflict = (message: string): DomainError => new DomainError('conflict', message);

export const invalid = (path: (string | number)[], message: string): DomainError =>
  new DomainError('invalid_input', message, [{ path, message }]);
