import type { NoteSubject } from '../../shared/domain/records';
import type { Journal } from '../db/journal';

/** A record's decision notes go with it: call inside the deleting transaction. */
export function deleteNotesOf(journal: Journal, subject: NoteSubject, subjectId: number): void {
  const ids = journal.all(journal.q.selectFrom('decision_notes').select('id').where('subject_type', '=', subject).where('subject_id', '=', subjectId)).map((r) => r.id);
  journal.run(journal.q.deleteFrom('decision_notes').where('subject_type', '=', subject).where('subject_id', '=', subjectId));
  forgetNoteDismissals(journal, ids);
}

/**
 * A deleted note's banner dismissal goes with it: SQLite may give its id to the next note, which
 * must not start out dismissed.
 */
export function forgetNoteDismissals(journal: Journal, noteIds: readonly number[]): void {
  if (noteIds.length === 0) return;
  journal.run(journal.q.deleteFrom('dismissals').where('key', 'in', noteIds.map((id) => `note:${id}`)));
}
