/**
 * What a person calls each choice the journal stores as a code, written once for the main
 * process (search results, calendar events, exports) and the screens alike.
 */
import type { InteractionKind } from '../api/contacts';
import type { NoteKind } from '../api/notes';

export const INTERACTION_LABELS: Record<InteractionKind, string> = {
  visited: 'Visited',
  messaged: 'Messaged',
  called: 'Called',
  offered: 'Offered something',
  asked_appointment: 'Asked for an appointment',
  gift: 'Gift',
  other: 'Other',
};

export const NOTE_KIND_LABELS: Record<NoteKind, string> = {
  reflection: 'Reflection',
  doubt: 'Doubt',
  decision: 'Decision',
  advice: 'Advice to self',
};
