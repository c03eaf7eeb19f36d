/** One decision note as a card, and the pieces other screens reuse (kinds, confidence dots). */
import { BellRing, CircleCheck, Lightbulb, MessageCircleQuestionMark, NotebookPen, Pencil, Pin, PinOff, Trash2, type LucideIcon } from 'lucide-react';
import type { DecisionNote, NoteKind } from '../../../shared/api/notes';
import { NOTE_KIND_LABELS } from '../../../shared/domain/labels';
import { formatDay } from '../lib/format';
import '../styles/notes.css';

export const NOTE_KIND_META: Record<NoteKind, { label: string; icon: LucideIcon; hint: string }> = {
  reflection: { label: NOTE_KIND_LABELS.reflection, icon: NotebookPen, hint: 'What you think and feel' },
  doubt: { label: NOTE_KIND_LABELS.doubt, icon: MessageCircleQuestionMark, hint: 'A second thought' },
  decision: { label: NOTE_KIND_LABELS.decision, icon: CircleCheck, hint: 'What you decided, and why' },
  advice: { label: NOTE_KIND_LABELS.advice, icon: Lightbulb, hint: 'What to remember later' },
};

export const CONFIDENCE_LABELS = ['', 'Not sure at all', 'Unsure', 'Fairly sure', 'Sure', 'Certain'] as const;

/** How sure the user felt, as five dots. */
export function ConfidenceDots({ value }: { value: number | null }) {
  if (value === null) return null;
  return (
    <span className="confidence" role="img" aria-label={`Confidence ${value} of 5: ${CONFIDENCE_LABELS[value]}`} title={`${CONFIDENCE_LABELS[value]} (${value} of 5)`}>
      {[1, 2, 3, 4, 5].map((n) => (
        <span key={n} className={`confidence-dot${n <= value ? ' confidence-dot--on' : ''}`} aria-hidden />
      ))}
    </span>
  );
}

export function NoteKindChip({ kind }: { kind: NoteKind }) {
  const meta = NOTE_KIND_META[kind];
  const Icon = meta.icon;
  return (
    <span className={`note-kind note-kind--${kind}`}>
      <Icon size={13} aria-hidden />
      {meta.label}
    </span>
  );
}

/** "Resurfaces Tue 1 Jun 2027" (ahead), "Resurfaces today", "Resurfaced Tue 1 Jun 2027" (past). */
export function ResurfaceChip({ day, today }: { day: string; today: string }) {
  const label = day === today ? 'Resurfaces today' : day > today ? `Resurfaces ${formatDay(day)}` : `Resurfaced ${formatDay(day)}`;
  return (
    <span className={`resurface${day === today ? ' resurface--due' : ''}`}>
      <BellRing size={13} aria-hidden /> {label}
    </span>
  );
}

export interface NoteCardProps {
  note: DecisionNote;
  today: string;
  onEdit: () => void;
  onDelete: () => void;
  onTogglePin: () => void;
  pinBusy?: boolean;
  /** Hide the day (when the timeline already shows it). */
  hideDay?: boolean;
}

export function NoteCard({ note, today, onEdit, onDelete, onTogglePin, pinBusy, hideDay }: NoteCardProps) {
  const what = `${NOTE_KIND_META[note.kind].label.toLowerCase()} of ${formatDay(note.day)}`;
  return (
    <article className={`note note--${note.kind}${note.pinned ? ' note--pinned' : ''}`} id={`note-${note.id}`} tabIndex={-1} aria-label={`${NOTE_KIND_META[note.kind].label}, ${formatDay(note.day)}`}>
      <header className="note-header">
        <NoteKindChip kind={note.kind} />
        {!hideDay && <span className="note-day">{formatDay(note.day)}</span>}
        <ConfidenceDots value={note.confidence} />
        {note.pinned && (
          <span className="note-pinned">
            <Pin size={12} aria-hidden /> Pinned
          </span>
        )}
        <span className="note-actions">
          <button type="button" className="icon-button icon-button--small" onClick={onTogglePin} disabled={pinBusy} aria-label={note.pinned ? `Unpin the ${what}` : `Pin the ${what}`} title={note.pinned ? 'Unpin' : 'Pin to the top'}>
            {note.pinned ? <PinOff size={15} aria-hidden /> : <Pin size={15} aria-hidden />}
          </button>
          <button type="button" className="icon-button icon-button--small" onClick={onEdit} aria-label={`Edit the ${what}`} title="Edit">
            <Pencil size={15} aria-hidden />
          </button>
          <button type="button" className="icon-button icon-button--small" onClick={onDelete} aria-label={`Delete the ${what}`} title="Delete">
            <Trash2 size={15} aria-hidden />
          </button>
        </span>
      </header>
      <p className="note-body">{note.body}</p>
      {note.resurfaceOn && (
        <footer className="note-footer">
          <ResurfaceChip day={note.resurfaceOn} today={today} />
        </footer>
      )}
    </article>
  );
}
