/** Writing or editing a decision note on any record, with the contract's messages beside the fields. */
import { DateTime } from 'luxon';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { NOTE_KINDS, type DecisionNote, type NoteKind } from '../../../shared/api/notes';
import type { NoteSubject } from '../../../shared/domain/records';
import { applyApiError } from '../lib/form-errors';
import { useWrite } from '../lib/query';
import { Dialog } from './Dialog';
import { Field } from './Field';
import { CONFIDENCE_LABELS, NOTE_KIND_META } from './notes-card';

interface FormValues {
  kind: NoteKind;
  day: string;
  body: string;
  /** '' for "not said". */
  confidence: string;
  resurfaceOn: string;
  pinned: boolean;
}

const FIELDS = ['kind', 'day', 'body', 'confidence', 'resurfaceOn', 'pinned'];

export const localToday = (): string => DateTime.local().toISODate()!;

export interface NoteFormProps {
  open: boolean;
  subjectType: NoteSubject;
  subjectId: number;
  /** The note to edit; absent to write a new one. */
  note?: DecisionNote | null;
  /** Prefill for a new note (e.g. a doubt while waiting). */
  initial?: Partial<Pick<DecisionNote, 'kind' | 'day'>>;
  /** What the note is about, for the dialog's title ("Kelly 25"). */
  subjectLabel?: string;
  onClose: () => void;
  onSaved?: (note: DecisionNote) => void;
}

function toValues(note: DecisionNote | null | undefined, initial: NoteFormProps['initial']): FormValues {
  return {
    kind: note?.kind ?? initial?.kind ?? 'reflection',
    day: note?.day ?? initial?.day ?? localToday(),
    body: note?.body ?? '',
    confidence: note?.confidence ? String(note.confidence) : '',
    resurfaceOn: note?.resurfaceOn ?? '',
    pinned: note?.pinned ?? false,
  };
}

export function NoteForm({ open, subjectType, subjectId, note, initial, subjectLabel, onClose, onSaved }: NoteFormProps) {
  const create = useWrite('notes.create');
  const update = useWrite('notes.update');
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({ values: toValues(note, initial) });
  const kind = watch('kind');
  const confidence = watch('confidence');

  const submit = handleSubmit(async (v) => {
    setFormError(null);
    const fields = {
      kind: v.kind,
      day: v.day,
      body: v.body,
      confidence: v.confidence ? Number(v.confidence) : null,
      resurfaceOn: v.resurfaceOn || null,
      pinned: v.pinned,
    };
    try {
      const saved = note ? await update.mutateAsync({ id: note.id, ...fields }) : await create.mutateAsync({ subjectType, subjectId, ...fields });
      onSaved?.(saved);
      onClose();
    } catch (err) {
      setFormError(applyApiError(err, setError, FIELDS));
    }
  });

  const title = note ? 'Edit the note' : subjectLabel ? `A note on ${subjectLabel}` : 'New note';
  return (
    <Dialog
      title={title}
      open={open}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="note-form" className="button button--primary" disabled={isSubmitting}>
            {note ? 'Save note' : 'Add note'}
          </button>
        </>
      }
    >
      <form id="note-form" className="form" onSubmit={submit} noValidate>
        {formError && (
          <p className="banner banner--error" role="alert">
            {formError}
          </p>
        )}
        <fieldset className="form-section">
          <legend>Kind of note</legend>
          <div className="dn-choices" role="presentation">
            {NOTE_KINDS.map((k) => {
              const Icon = NOTE_KIND_META[k].icon;
              return (
                <label key={k} className={`dn-choice note-kind--${k}${kind === k ? ' dn-choice--on' : ''}`}>
                  <input type="radio" value={k} {...register('kind')} />
                  <Icon size={15} aria-hidden />
                  {NOTE_KIND_META[k].label}
                </label>
              );
            })}
          </div>
          <p className="field-hint">{NOTE_KIND_META[kind].hint}.</p>
          {errors.kind && <p className="field-error">{errors.kind.message}</p>}
        </fieldset>
        <div className="form-grid">
          <Field label="Day" error={errors.day?.message}>
            {(a) => <input {...a} type="date" {...register('day')} />}
          </Field>
          <Field label="Show it again on" error={errors.resurfaceOn?.message} hint="Optional: e.g. re-read it the day the bag arrives.">
            {(a) => <input {...a} type="date" {...register('resurfaceOn')} />}
          </Field>
          <Field label="The note" error={errors.body?.message} className="span-2">
            {(a) => <textarea {...a} rows={5} {...register('body')} placeholder="What you think, what worries you, what you want to remember…" autoFocus />}
          </Field>
        </div>
        <fieldset className="form-section">
          <legend>How sure you feel</legend>
          <div className="confidence-picker">
            <label className={`confidence-option${confidence === '' ? ' confidence-option--on' : ''}`}>
              <input type="radio" value="" {...register('confidence')} />
              Not said
            </label>
            {[1, 2, 3, 4, 5].map((n) => (
              <label key={n} className={`confidence-option${confidence === String(n) ? ' confidence-option--on' : ''}`} title={CONFIDENCE_LABELS[n]}>
                <input type="radio" value={String(n)} {...register('confidence')} />
                <span className="confidence" aria-hidden>
                  {[1, 2, 3, 4, 5].map((d) => (
                    <span key={d} className={`confidence-dot${d <= n ? ' confidence-dot--on' : ''}`} />
                  ))}
                </span>
                <span className="visually-hidden">
                  {n} of 5: {CONFIDENCE_LABELS[n]}
                </span>
              </label>
            ))}
          </div>
          <p className="field-hint">{confidence ? CONFIDENCE_LABELS[Number(confidence)] : 'Leave it unsaid if you prefer.'}</p>
          {errors.confidence && <p className="field-error">{errors.confidence.message}</p>}
        </fieldset>
        <label className="checkbox">
          <input type="checkbox" {...register('pinned')} />
          Pin it to the top
        </label>
      </form>
    </Dialog>
  );
}
