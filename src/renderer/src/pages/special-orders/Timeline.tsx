/**
 * The order's story top to bottom: each step with its day, and the notes the user wrote, where
 * they wrote them. Steps are added in order (the service refuses a step dated before the one it
 * follows, and the message is shown beside the day); only the latest step can be deleted.
 */
import { Ban, CircleCheck, CircleX, Hourglass, PackageCheck, Pencil, Plus, Sparkles, Stamp, Trash2, type LucideIcon } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { DecisionNote } from '../../../../shared/api/notes';
import type { SpecialOrder, SpecialOrderEvent } from '../../../../shared/api/special-orders';
import { isFinal, latestDayBegun, nextStatuses, STATUS_LABELS, STEP_STATUSES, type SpecialOrderStatus, type StepStatus } from '../../../../shared/domain/special-order-status';
import { daysBetween } from '../../../../shared/domain/special-order-timing';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { NoteCard } from '../../components/notes-card';
import type { NoteEditing } from '../../components/notes-editing';
import { localToday } from '../../components/notes-form';
import { applyApiError } from '../../lib/form-errors';
import { formatDay } from '../../lib/format';
import { useWrite } from '../../lib/query';
import { days } from './order-bits';
import { useNow } from '../appointments/time';

export const STATUS_ICONS: Record<SpecialOrderStatus, LucideIcon> = {
  offered: Sparkles,
  placed: Stamp,
  waiting: Hourglass,
  arrived: PackageCheck,
  accepted: CircleCheck,
  rejected: CircleX,
  cancelled: Ban,
};

const STEP_HINTS: Record<StepStatus, string> = {
  offered: 'You were offered a special order',
  placed: 'Your choices were sent',
  waiting: 'Still waiting (news from the SA, a season passing…)',
  arrived: 'The bag has arrived and you were told',
  cancelled: 'The order will not be made',
};

type Item = { type: 'step'; step: SpecialOrderEvent; index: number } | { type: 'note'; note: DecisionNote };

/** Steps and notes by day; on one day the step comes first (a note reacts to it), then notes as written. */
function interleave(order: SpecialOrder, notes: readonly DecisionNote[]): Item[] {
  const items: Item[] = [...order.history.map((step, index): Item => ({ type: 'step', step, index })), ...notes.map((note): Item => ({ type: 'note', note }))];
  const day = (i: Item) => (i.type === 'step' ? i.step.day : i.note.day);
  const rank = (i: Item) => (i.type === 'step' ? 0 : 1);
  const seq = (i: Item) => (i.type === 'step' ? i.index : i.note.id);
  return items.sort((a, b) => day(a).localeCompare(day(b)) || rank(a) - rank(b) || seq(a) - seq(b));
}

export interface TimelineProps {
  order: SpecialOrder;
  /** The notes to place in the timeline (pinned ones are shown above it). */
  notes: readonly DecisionNote[];
  editing: NoteEditing;
  today: string;
}

export function Timeline({ order, notes, editing, today }: TimelineProps) {
  const [editingStep, setEditingStep] = useState<SpecialOrderEvent | null>(null);
  const [deletingStep, setDeletingStep] = useState<SpecialOrderEvent | null>(null);
  const remove = useWrite('specialOrders.deleteEvent');
  const items = interleave(order, notes);
  const last = order.history[order.history.length - 1]!;
  const closeDelete = () => {
    remove.reset();
    setDeletingStep(null);
  };

  return (
    <>
      <ol className="so-timeline" aria-label="Timeline of the order">
        {items.map((item) => {
          if (item.type === 'note') {
            return (
              <li key={`n${item.note.id}`} className="so-timeline-item so-timeline-item--note">
                <span className="so-timeline-node so-timeline-node--note" aria-hidden />
                <NoteCard
                  note={item.note}
                  today={today}
                  onEdit={() => editing.edit(item.note)}
                  onDelete={() => editing.askDelete(item.note)}
                  onTogglePin={() => editing.togglePin(item.note)}
                  pinBusy={editing.pinning === item.note.id}
                />
              </li>
            );
          }
          const { step, index } = item;
          const Icon = STATUS_ICONS[step.status];
          const previous = index > 0 ? order.history[index - 1]! : null;
          const gap = previous ? daysBetween(previous.day, step.day) : null;
          const isLast = step.id === last.id;
          return (
            <li key={`s${step.id}`} className={`so-timeline-item so-timeline-item--step so-timeline-item--${step.status}`}>
              <span className={`so-timeline-node so-timeline-node--${step.status}`} aria-hidden>
                <Icon size={15} />
              </span>
              <div className="so-step">
                <div className="so-step-head">
                  <h3 className="so-step-title">{STATUS_LABELS[step.status]}</h3>
                  <span className="so-step-day">{formatDay(step.day)}</span>
                  {gap !== null && gap > 0 && <span className="so-step-gap">{days(gap)} after {STATUS_LABELS[previous!.status].toLowerCase()}</span>}
                  <span className="so-step-actions">
                    <button type="button" className="icon-button icon-button--small" onClick={() => setEditingStep(step)} aria-label={`Edit the step ${STATUS_LABELS[step.status]} of ${formatDay(step.day)}`} title="Edit the step">
                      <Pencil size={15} aria-hidden />
                    </button>
                    {isLast && order.history.length > 1 && (
                      <button type="button" className="icon-button icon-button--small" onClick={() => setDeletingStep(step)} aria-label={`Delete the step ${STATUS_LABELS[step.status]} of ${formatDay(step.day)}`} title="Delete the latest step">
                        <Trash2 size={15} aria-hidden />
                      </button>
                    )}
                  </span>
                </div>
                {step.note && <p className="so-step-note">{step.note}</p>}
              </div>
            </li>
          );
        })}
        {order.wait.ongoing && (
          <li className="so-timeline-item so-timeline-item--today">
            <span className="so-timeline-node so-timeline-node--today" aria-hidden />
            <div className="so-step so-step--today">
              <span className="so-step-title">Today</span>
              <span className="so-step-day">{formatDay(today)}</span>
              {order.wait.daysSincePlaced !== null && <span className="so-step-gap">{days(order.wait.daysSincePlaced)} since placed</span>}
            </div>
          </li>
        )}
      </ol>
      {!isFinal(last.status) && <AddStep order={order} last={last} />}
      <StepDialog step={editingStep} onClose={() => setEditingStep(null)} />
      <ConfirmDialog
        open={deletingStep !== null}
        title="Delete the latest step?"
        message={
          deletingStep && (
            <>
              <p>
                <strong>
                  {STATUS_LABELS[deletingStep.status]} on {formatDay(deletingStep.day)}
                </strong>{' '}
                will be removed from the timeline; the order goes back to the step before it.
                {deletingStep.note?.trim() ? ' What you wrote on the step stays on the order, as a note of that day.' : ''} The order’s notes stay.
              </p>
              {deletingStep.status === 'accepted' && order.purchaseId !== null && (
                <p>The purchase recorded when you accepted the bag stays in your purchases; delete it there if it was a mistake.</p>
              )}
            </>
          )
        }
        confirmLabel="Delete step"
        danger
        busy={remove.isPending}
        error={remove.error?.message ?? null}
        onClose={closeDelete}
        onConfirm={() => deletingStep && remove.mutate({ id: deletingStep.id }, { onSuccess: closeDelete })}
      />
    </>
  );
}

interface StepValues {
  status: StepStatus;
  day: string;
  note: string;
}

function AddStep({ order, last }: { order: SpecialOrder; last: SpecialOrderEvent }) {
  const add = useWrite('specialOrders.addEvent');
  const now = useNow(60_000);
  // Once the bag has arrived the next thing is the decision; a cancellation stays one click away.
  const [showCancel, setShowCancel] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const options = nextStatuses(last.status).filter((s): s is StepStatus => (STEP_STATUSES as readonly string[]).includes(s));
  const {
    register,
    handleSubmit,
    setError,
    reset,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<StepValues>({ values: { status: options[0] ?? 'cancelled', day: localToday(), note: '' } });
  if (options.length === 0) return null;
  const status = watch('status');
  const arrivedOnly = last.status === 'arrived';
  if (arrivedOnly && !showCancel) {
    return (
      <button type="button" className="button button--ghost so-add-step-toggle" onClick={() => setShowCancel(true)}>
        The order was cancelled instead?
      </button>
    );
  }

  const submit = handleSubmit(async (v) => {
    setFormError(null);
    try {
      await add.mutateAsync({ orderId: order.id, status: v.status, day: v.day, note: v.note || null });
      reset();
    } catch (err) {
      setFormError(applyApiError(err, setError, ['status', 'day', 'note']));
    }
  });

  return (
    <form className="so-add-step" onSubmit={submit} noValidate aria-labelledby="add-step-title">
      <h3 className="so-add-step-title" id="add-step-title">
        {arrivedOnly ? 'Or record that the order was cancelled' : 'Record the next step'}
      </h3>
      {formError && (
        <p className="banner banner--error" role="alert">
          {formError}
        </p>
      )}
      <div className="so-add-step-grid">
        <Field label="Step" error={errors.status?.message} hint={STEP_HINTS[status] ?? ''}>
          {(a) => (
            <select {...a} {...register('status')}>
              {options.map((s) => (
                <option key={s} value={s}>
                  {STATUS_LABELS[s]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Day of the step" error={errors.day?.message}>
          {(a) => <input {...a} type="date" max={latestDayBegun(new Date(now).toISOString())} {...register('day')} />}
        </Field>
        <Field label="What happened" error={errors.note?.message} className="so-add-step-note">
          {(a) => <input {...a} {...register('note')} placeholder="Optional: a message from the SA, a photo shown…" />}
        </Field>
        <button type="submit" className="button button--primary so-add-step-button" disabled={isSubmitting}>
          <Plus size={16} aria-hidden /> Add step
        </button>
      </div>
    </form>
  );
}

function StepDialog({ step, onClose }: { step: SpecialOrderEvent | null; onClose: () => void }) {
  const update = useWrite('specialOrders.updateEvent');
  const now = useNow(60_000);
  const [formError, setFormError] = useState<string | null>(null);
  const decision = step?.status === 'accepted' || step?.status === 'rejected';
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<{ status: SpecialOrderStatus; day: string; note: string }>({
    values: { status: step?.status ?? 'placed', day: step?.day ?? '', note: step?.note ?? '' },
  });

  const submit = handleSubmit(async (v) => {
    if (!step) return;
    setFormError(null);
    try {
      await update.mutateAsync({
        id: step.id,
        ...(decision ? {} : { status: v.status as StepStatus }),
        day: v.day,
        note: v.note || null,
      });
      onClose();
    } catch (err) {
      setFormError(applyApiError(err, setError, ['status', 'day', 'note']));
    }
  });

  const close = () => {
    setFormError(null);
    onClose();
  };

  return (
    <Dialog
      title="Edit the step"
      open={step !== null}
      onClose={close}
      footer={
        <>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" form="step-form" className="button button--primary" disabled={isSubmitting}>
            Save step
          </button>
        </>
      }
    >
      <form id="step-form" className="form" onSubmit={submit} noValidate>
        {formError && (
          <p className="banner banner--error" role="alert">
            {formError}
          </p>
        )}
        <div className="form-grid">
          <Field label="Step" error={errors.status?.message} hint={decision ? 'A decision is not renamed; to undo it, delete it (if it is the latest step).' : ''}>
            {(a) => (
              <select {...a} {...register('status')} disabled={decision}>
                {(decision ? [step!.status] : STEP_STATUSES).map((s) => (
                  <option key={s} value={s}>
                    {STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Day of the step" error={errors.day?.message}>
            {(a) => <input {...a} type="date" max={latestDayBegun(new Date(now).toISOString())} {...register('day')} />}
          </Field>
          <Field label="What happened" error={errors.note?.message} className="span-2">
            {(a) => <textarea {...a} rows={3} {...register('note')} />}
          </Field>
        </div>
        <p className="field-hint">Steps stay in order: a step cannot be dated before the one it follows, nor after the one that follows it.</p>
      </form>
    </Dialog>
  );
}
