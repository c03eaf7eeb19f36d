/**
 * Decision notes that asked to be resurfaced ("re-read before deciding") become desktop
 * notifications on their day. Pure: the shell calls it with today's day and the last day it
 * already announced, so a day is announced once even across restarts, and days missed while
 * Carnet was closed are announced on the next start.
 */
import { isNoteSubject, noteSubjectScreen } from '../shared/domain/records';
import type { Journal } from './db/journal';

export interface NoteReminder {
  noteId: number;
  day: string;
  title: string;
  body: string;
  /** The app route of the record the note is about. */
  route: string;
}


const EXCERPT = 140;

/** Notes to resurface after `sinceDay` (exclusive) up to `today` (inclusive); only today's when sinceDay is null. */
export function dueNoteReminders(journal: Journal, today: string, sinceDay: string | null): NoteReminder[] {
  let q = journal.q.selectFrom('decision_notes').select(['id', 'subject_type', 'subject_id', 'resurface_on', 'body']).where('resurface_on', '<=', today);
  q = sinceDay === null ? q.where('resurface_on', '=', today) : q.where('resurface_on', '>', sinceDay);
  const rows = journal.all(q.orderBy('resurface_on').orderBy('id'));
  return rows.map((r) => {
    const screen = isNoteSubject(r.subject_type) ? noteSubjectScreen(r.subject_type) : 'calendar';
    const body = r.body.length > EXCERPT ? `${r.body.slice(0, EXCERPT - 1).trimEnd()}…` : r.body;
    return {
      noteId: r.id,
      day: r.resurface_on!,
      title: r.resurface_on === today ? 'A note to re-read today' : `A note to re-read (from ${r.resurface_on})`,
      body,
      route: screen === 'calendar' ? '/calendar' : `/${screen}/${r.subject_id}`,
    };
  });
}
