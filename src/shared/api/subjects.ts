/** Records that decision notes can attach to. */
export const NOTE_SUBJECTS = ['trip', 'contact', 'purchase', 'attempt', 'special_order', 'offer'] as const;
export type NoteSubject = (typeof NOTE_SUBJECTS)[number];
