/**
 * The decision notes of any record (a trip, a contact, a purchase, an appointment attempt, a
 * special order): pinned notes first, then the rest in the order they were written, so the
 * story reads top to bottom.
 */
import { NotebookPen, Plus } from 'lucide-react';
import type { DecisionNote } from '../../../shared/api/notes';
import type { NoteSubject } from '../../../shared/domain/records';
import { useChannel } from '../lib/query';
import { NoteCard } from './notes-card';
import { useNoteEditing } from './notes-editing';
import { localToday } from './notes-form';
import { ErrorState, LoadingState } from './States';
import '../styles/notes.css';

export interface DecisionNotesProps {
  subjectType: NoteSubject;
  subjectId: number;
  /** What the record is called, for the new-note dialog ("Paris in December"). */
  subjectLabel?: string;
  title?: string;
}

/** Pinned first; within each group by day, then in the order written. */
export function sortNotes(notes: readonly DecisionNote[]): DecisionNote[] {
  return [...notes].sort((a, b) => Number(b.pinned) - Number(a.pinned) || a.day.localeCompare(b.day) || a.id - b.id);
}

export function DecisionNotes({ subjectType, subjectId, subjectLabel, title = 'Decision notes' }: DecisionNotesProps) {
  const notes = useChannel('notes.list', { subjectType, subjectId });
  const editing = useNoteEditing(subjectType, subjectId, subjectLabel);
  const today = localToday();
  const headingId = `notes-${subjectType}-${subjectId}`;

  return (
    <section className="decision-notes" aria-labelledby={headingId}>
      <header className="decision-notes-header">
        <h2 className="card-title" id={headingId}>
          {title}
        </h2>
        <button type="button" className="button button--small" onClick={() => editing.write()}>
          <Plus size={15} aria-hidden /> Add a note
        </button>
      </header>
      {notes.isPending && <LoadingState label="Loading notes…" />}
      {notes.error && <ErrorState message={notes.error.message} onRetry={() => void notes.refetch()} />}
      {editing.pinError && (
        <p className="banner banner--error" role="alert">
          {editing.pinError}
        </p>
      )}
      {notes.data && notes.data.length === 0 && (
        <div className="notes-empty">
          <NotebookPen size={18} aria-hidden />
          <p>
            No notes yet. Write down what you think and how sure you feel: a reflection, a doubt, a decision, or advice to your future self. Reading them
            later, you will see the whole story.
          </p>
        </div>
      )}
      {notes.data && notes.data.length > 0 && (
        <ul className="notes-list">
          {sortNotes(notes.data).map((n) => (
            <li key={n.id}>
              <NoteCard
                note={n}
                today={today}
                onEdit={() => editing.edit(n)}
                onDelete={() => editing.askDelete(n)}
                onTogglePin={() => editing.togglePin(n)}
                pinBusy={editing.pinning === n.id}
              />
            </li>
          ))}
        </ul>
      )}
      {editing.dialogs}
    </section>
  );
}
