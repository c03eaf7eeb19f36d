/**
 * The writing side of decision notes, shared by every screen that shows them: the note form,
 * the pin toggle and the delete confirmation. A screen calls the actions and renders `dialogs`.
 */
import { useState, type ReactNode } from 'react';
import type { DecisionNote } from '../../../shared/api/notes';
import type { NoteSubject } from '../../../shared/domain/records';
import { formatDay } from '../lib/format';
import { useWrite } from '../lib/query';
import { DeleteRecordDialog } from './DeleteRecordDialog';
import { NOTE_KIND_META } from './notes-card';
import { NoteForm, type NoteFormProps } from './notes-form';

export interface NoteEditing {
  write: (initial?: NoteFormProps['initial']) => void;
  edit: (note: DecisionNote) => void;
  askDelete: (note: DecisionNote) => void;
  togglePin: (note: DecisionNote) => void;
  /** The id of the note whose pin is being changed. */
  pinning: number | null;
  pinError: string | null;
  dialogs: ReactNode;
}

export function useNoteEditing(subjectType: NoteSubject, subjectId: number, subjectLabel?: string): NoteEditing {
  const update = useWrite('notes.update');
  const [form, setForm] = useState<{ note: DecisionNote | null; initial?: NoteFormProps['initial'] } | null>(null);
  const [deleting, setDeleting] = useState<DecisionNote | null>(null);
  const [pinning, setPinning] = useState<number | null>(null);
  // A fresh form each time it opens: nothing typed into a cancelled note carries over.
  const [formKey, setFormKey] = useState(0);

  const closeDelete = () => setDeleting(null);

  const dialogs = (
    <>
      <NoteForm
        key={formKey}
        open={form !== null}
        subjectType={subjectType}
        subjectId={subjectId}
        note={form?.note ?? null}
        initial={form?.initial}
        subjectLabel={subjectLabel}
        onClose={() => setForm(null)}
      />
      {deleting && (
        <DeleteRecordDialog
          open
          channel="notes.delete"
          kind="note"
          id={deleting.id}
          label={`${NOTE_KIND_META[deleting.kind].label} of ${formatDay(deleting.day)}`}
          title="Delete this note?"
          message={
            <p>
              The {NOTE_KIND_META[deleting.kind].label.toLowerCase()} of <strong>{formatDay(deleting.day)}</strong> goes to the Trash.
            </p>
          }
          confirmLabel="Delete note"
          onClose={closeDelete}
          onDeleted={closeDelete}
        />
      )}
    </>
  );

  return {
    write: (initial) => {
      setFormKey((k) => k + 1);
      setForm({ note: null, ...(initial ? { initial } : {}) });
    },
    edit: (note) => {
      setFormKey((k) => k + 1);
      setForm({ note });
    },
    askDelete: setDeleting,
    togglePin: (note) => {
      setPinning(note.id);
      update.mutate({ id: note.id, pinned: !note.pinned }, { onSettled: () => setPinning(null) });
    },
    pinning,
    pinError: update.error?.message ?? null,
    dialogs,
  };
}
