/**
 * What goes to the Trash with a record, in words: the dialog before a delete, the Undo toast and
 * Settings › Trash all say it the same way ("3 decision notes and 2 log entries").
 */

import { DateTime } from 'luxon';

/** How long a deleted record waits in the Trash before it is purged. */
export const TRASH_DAYS = 30;

/** One and many, for the tables whose rows go with a record (the record's own table is not counted). */
const PART_WORDS: Record<string, readonly [string, string]> = {
  decision_notes: ['decision note', 'decision notes'],
  contact_interactions: ['log entry', 'log entries'],
  trip_companions: ['travel companion', 'travel companions'],
  trip_boutiques: ['planned boutique', 'planned boutiques'],
  trip_wishlist: ['wishlist item', 'wishlist items'],
  purchase_items: ['item', 'items'],
  special_order_events: ['timeline step', 'timeline steps'],
  guidance_choices: ['guidance choice', 'guidance choices'],
  store_group_members: ['store-group place', 'store-group places'],
  appointment_attempts: ['appointment attempt', 'appointment attempts'],
  offers: ['offer', 'offers'],
  purchases: ['purchase', 'purchases'],
  special_orders: ['special order', 'special orders'],
  gifts: ['gift', 'gifts'],
  photos: ['photo or document', 'photos and documents'],
};

/** Tables that go along unseen (a banner put away for a note): never counted aloud. */
const SILENT = new Set(['dismissals', 'contact_merges']);

export interface TrashCount {
  table: string;
  count: number;
}

const wordsFor = (table: string): readonly [string, string] => PART_WORDS[table] ?? [table.replace(/_/g, ' '), table.replace(/_/g, ' ')];

/** "3 decision notes, 1 travel companion and 2 log entries"; '' when nothing goes with it. */
export function describeCounts(counts: readonly TrashCount[]): string {
  const named = counts
    .filter((c) => c.count > 0 && !SILENT.has(c.table))
    .map((c) => {
      const [one, many] = wordsFor(c.table);
      return `${c.count} ${c.count === 1 ? one : many}`;
    });
  if (named.length <= 1) return named.join('');
  return `${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}`;
}

/** "3 decision notes and 2 log entries go to the Trash with it." or "Nothing else goes with it." */
export function goesWithSentence(counts: readonly TrashCount[]): string {
  const words = describeCounts(counts);
  if (!words) return 'Nothing else goes with it.';
  const total = counts.filter((c) => !SILENT.has(c.table)).reduce((n, c) => n + c.count, 0);
  return `${words} ${total === 1 ? 'goes' : 'go'} to the Trash with it.`;
}

/** "1 offer that points at it loses that link until you restore it." */
export function relinkSentence(counts: readonly TrashCount[]): string {
  const words = describeCounts(counts);
  if (!words) return '';
  const total = counts.reduce((n, c) => n + c.count, 0);
  return `${words} that ${total === 1 ? 'points' : 'point'} at it ${total === 1 ? 'loses' : 'lose'} that link until you restore it.`;
}

/** "Fri 1 May 2026" for a calendar day, as labels of deleted records say it. */
export const labelDay = (day: string): string => {
  const dt = DateTime.fromISO(day, { locale: 'en-GB' });
  return dt.isValid ? dt.toFormat('ccc d LLL yyyy') : day;
};
