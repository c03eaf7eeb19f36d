import { z } from 'zod';
import { channel } from './channel';
import { byId, day, id, optionalDay, paging, requiredText } from './fields';
import { NOTE_SUBJECTS, noteSubjectsInWords, type NoteSubject } from '../domain/records';

export const NOTE_KINDS = ['reflection', 'doubt', 'decision', 'advice'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

export interface DecisionNote {
  id: number;
  subjectType: NoteSubject;
  subjectId: number;
  day: string;
  kind: NoteKind;
  body: string;
  /** How sure the user felt when writing, 1 (not at all) to 5 (certain). */
  confidence: number | null;
  pinned: boolean;
  /** A day on which the note asks to be shown again ("re-read before deciding"). */
  resurfaceOn: string | null;
  createdAt: string;
  updatedAt: string;
}

const subjectType = z.enum(NOTE_SUBJECTS, { error: `Notes attach to ${noteSubjectsInWords()}.` });
const kind = z.enum(NOTE_KINDS, { error: 'Choose reflection, doubt, decision or advice.' });
const confidenceMessage = { error: 'How sure you feel is a number from 1 to 5.' };
const confidence = z
  .number(confidenceMessage)
  .int(confidenceMessage)
  .min(1, confidenceMessage)
  .max(5, confidenceMessage)
  .nullish()
  .transform((v) => v ?? null);
const body = requiredText('The note', 20000);

export const noteCreate = z.strictObject({
  subjectType,
  subjectId: id,
  /** Defaults to today (the machine's local day). */
  day: day.optional(),
  kind,
  body,
  confidence,
  pinned: z.boolean({ error: 'Say whether the note is pinned.' }).default(false),
  resurfaceOn: optionalDay,
});

/** Update: any subset; a note stays on its subject. */
export const noteUpdate = z
  .strictObject({
    id,
    day,
    kind,
    body,
    confidence,
    pinned: z.boolean({ error: 'Say whether the note is pinned.' }),
    resurfaceOn: optionalDay,
  })
  .partial()
  .required({ id: true });

/** Filters combine: a subject's notes, notes resurfacing in a range of days, pinned notes. */
export const noteList = z
  .strictObject({
    subjectType: subjectType.optional(),
    subjectId: id.optional(),
    resurfaceFrom: day.optional(),
    resurfaceTo: day.optional(),
    pinned: z.boolean({ error: 'Pinned is yes or no.' }).optional(),
    ...paging,
  })
  .refine((f) => f.subjectId === undefined || f.subjectType !== undefined, {
    error: 'Say which kind of record the subject is.',
    path: ['subjectType'],
  })
  .refine((f) => !f.resurfaceFrom || !f.resurfaceTo || f.resurfaceTo >= f.resurfaceFrom, {
    error: 'The end of the range must be on or after its start.',
    path: ['resurfaceTo'],
  })
  .optional();

export const notesContract = {
  'notes.create': channel<DecisionNote>()(noteCreate),
  'notes.get': channel<DecisionNote>()(byId),
  'notes.update': channel<DecisionNote>()(noteUpdate),
  'notes.delete': channel<{ id: number }>()(byId),
  'notes.list': channel<DecisionNote[]>()(noteList),
};
