import { DateTime } from 'luxon';
import type { Journal } from '../db/journal';

/**
 * Today as the user lives it: the journal clock's instant as a calendar day in this machine's
 * zone (the main process runs on the user's own computer).
 */
export function today(journal: Journal): string {
  return DateTime.fromISO(journal.now()).toISODate()!;
}
