/**
 * Decision notes: dated notes on any record (a trip, a contact, a purchase, an appointment
 * attempt, a special order, an offer). A note's subject must exist; a record's notes go to the Trash
 * with it (trash.ts follows them from the record-kind registry).
 */
import type { ParsedInputOf } from '../../shared/api';
import type { DecisionNote, NoteKind, notesContract } from '../../shared/api/notes';
import { RECORD_KINDS, type NoteSubject } from '../../shared/domain/records';
import { notFound } from '../../shared/result';
import type { Journal } from '../db/journal';
import type { DecisionNotesTable } from '../db/tables';
import { fromRow, toNewRow, toRow } from '../db/rows';
import { flag, requireLink, type DomainHandlers } from './handler';
import { moveToTrash } from './trash';
import { labelDay } from '../../shared/domain/trash';
import { today } from './today';

type Row = Omit<DecisionNotesTable, 'id'> & { id: number };

const toNote = (r: Row): DecisionNote => ({ ...fromRow(r, ['pinned']), subjectType: r.subject_type as NoteSubject });

export function getNote(journal: Journal, { id }: { id: number }): DecisionNote {
  const row = journal.first(journal.q.selectFrom('decision_notes').selectAll().where('id', '=', id));
  if (!row) throw notFound('Note', id);
  return toNote(row);
}

export interface NewNote {
  subjectType: NoteSubject;
  subjectId: number;
  day: string;
  kind: NoteKind;
  body: string;
  confidence: number | null;
  pinned: boolean;
  resurfaceOn: string | null;
}

/**
 * Writes a note whose subject must exist (`invalid_input` on subjectId otherwise). Exported for
 * other services that write a note inside their own transaction (a special order's decision).
 */
export function insertNote(journal: Journal, note: NewNote): number {
  const { table, label } = RECORD_KINDS[note.subjectType];
  requireLink(journal, table, note.subjectId, label, ['subjectId']);
  const now = journal.now();
  return journal.insert(
    journal.q.insertInto('decision_notes').values({ ...toNewRow(note), created_at: now, updated_at: now }),
  );
}

export function createNote(journal: Journal, input: ParsedInputOf<'notes.create'>): DecisionNote {
  return journal.tx(() => {
    const id = insertNote(journal, { ...input, day: input.day ?? today(journal) });
    return getNote(journal, { id });
  });
}

export function updateNote(journal: Journal, input: ParsedInputOf<'notes.update'>): DecisionNote {
  return journal.tx(() => {
    const { id, ...changes } = input;
    getNote(journal, { id }); // not_found first
    journal.run(journal.q.updateTable('decision_notes').set({ ...toRow(changes), updated_at: journal.now() }).where('id', '=', id));
    return getNote(journal, { id });
  });
}

export function deleteNote(journal: Journal, { id }: { id: number }): { id: number } {
  return journal.tx(() => {
    const note = getNote(journal, { id });
    const body = note.body.length > 60 ? `${note.body.slice(0, 59)}…` : note.body;
    moveToTrash(journal, 'note', id, `${note.kind[0]!.toUpperCase()}${note.kind.slice(1)} of ${labelDay(note.day)}: ${body}`);
    return { id };
  });
}

export function listNotes(journal: Journal, input: ParsedInputOf<'notes.list'>): DecisionNote[] {
  let q = journal.q.selectFrom('decision_notes').selectAll();
  if (input?.subjectType) q = q.where('subject_type', '=', input.subjectType);
  if (input?.subjectId !== undefined) q = q.where('subject_id', '=', input.subjectId);
  if (input?.resurfaceFrom || input?.resurfaceTo) q = q.where('resurface_on', 'is not', null);
  if (input?.resurfaceFrom) q = q.where('resurface_on', '>=', input.resurfaceFrom);
  if (input?.resurfaceTo) q = q.where('resurface_on', '<=', input.resurfaceTo);
  if (input?.pinned !== undefined) q = q.where('pinned', '=', flag(input.pinned));
  q = q.orderBy('day').orderBy('id').limit(input?.limit ?? 1000).offset(input?.offset ?? 0);
  return journal.all(q).map(toNote);
}

export const notesHandlers = {
  'notes.create': createNote,
  'notes.get': getNote,
  'notes.update': updateNote,
  'notes.delete': deleteNote,
  'notes.list': listNotes,
} satisfies DomainHandlers<typeof notesContract>;
