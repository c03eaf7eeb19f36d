import type { NoteSubject } from '../../shared/domain/records';
import type { Journal } from '../db/journal';

/** A record's decision notes go with it: call inside the deleting transaction. */
export function deleteNotesOf(journal: Journal, subject: NoteSubject, subjectId: number): void {
  journal.run(journal.q.deleteFrom('decision_notes').where('subject_type', '=', subject).where('subject_id', '=', subjectId));
}
