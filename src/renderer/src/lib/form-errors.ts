import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../api';

/**
 * Puts the contract's field messages next to the fields they name; returns the message for
 * the form as a whole (errors without a field, or not_found / conflict / internal).
 */
export function applyApiError<T extends FieldValues>(err: unknown, setError: UseFormSetError<T>, knownFields: string[]): string | null {
  if (!(err instanceof ApiError)) return 'Something went wrong; nothing was saved.';
  let unplaced = false;
  for (const issue of err.issues) {
    const name = issue.path.join('.');
    if (issue.path.length > 0 && knownFields.some((f) => name === f || name.startsWith(`${f}.`))) {
      setError(name as Path<T>, { type: 'server', message: issue.message }, { shouldFocus: true });
    } else {
      unplaced = true;
    }
  }
  return err.issues.length === 0 || unplaced ? err.message : null;
}
