import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiError } from '../../api';

/**
 * Shows the contract's messages beside the fields they name and returns what is left for the
 * form's banner. Like lib/form-errors' applyApiError, but through a map from the contract's
 * paths to this form's fields (the offer form shows 'take.priceMinor' beside its one price field).
 */
export function placeErrors<T extends FieldValues>(err: unknown, setError: UseFormSetError<T>, fieldOf: Record<string, keyof T>): string | null {
  if (!(err instanceof ApiError)) return 'Something went wrong; nothing was saved.';
  let unplaced = err.issues.length === 0;
  for (const issue of err.issues) {
    const field = fieldOf[issue.path.join('.')];
    if (field) setError(field as Path<T>, { type: 'server', message: issue.message }, { shouldFocus: true });
    else unplaced = true;
  }
  return unplaced ? err.message : null;
}

