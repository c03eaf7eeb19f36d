/**
 * "When did it happen?": the time of one lottery step, asked when "now" cannot be it (the window
 * is not open) and offered to correct a step afterwards. The time is Paris time, as the form's
 * notices are; the user's own zone is shown beside it. The journal refuses a time outside the
 * window, or one still ahead, with a sentence that shows under the field.
 */
import { DateTime } from 'luxon';
import { useState, type FormEvent } from 'react';
import { STEP_FIELDS, type AppointmentAttempt, type LotteryStep } from '../../../../shared/api/attempts';
import { PARIS_ZONE, type BookableWindow } from '../../../../shared/domain/lottery';
import { stepSpan } from '../../../../shared/domain/lottery-steps';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { useWrite } from '../../lib/query';
import { clock, dayAndClock, isParis, parisInstant, zoneCity } from './time';

const STEP_QUESTIONS: Record<LotteryStep, string> = {
  form_accepted: 'When was the form accepted?',
  email_received: 'When did the confirmation e-mail come?',
  link_clicked: 'When did you click the link?',
  registered: 'When did “request registered” show?',
};

export function StepTimeDialog({
  attempt,
  step,
  window,
  homeZone,
  onClose,
}: {
  attempt: AppointmentAttempt;
  step: LotteryStep;
  window: BookableWindow | null;
  homeZone: string;
  onClose: () => void;
}) {
  const mark = useWrite('attempts.markStep');
  const current = attempt[STEP_FIELDS[step]];
  // Start from the step's own time, else the step before it, else the window's day with no time.
  const index = (['form_accepted', 'email_received', 'link_clicked', 'registered'] as const).indexOf(step);
  const previous = index > 0 ? attempt[STEP_FIELDS[(['form_accepted', 'email_received', 'link_clicked'] as const)[index - 1]!]] : null;
  const start = current ?? previous;
  const [day, setDay] = useState(start ? DateTime.fromISO(start, { zone: PARIS_ZONE }).toISODate()! : (window?.applyOn ?? attempt.wantedDay));
  const [time, setTime] = useState(start ? clock(start, PARIS_ZONE) : '');
  const [error, setError] = useState<string | null>(null);
  const instant = day && time ? parisInstant(day, time) : null;
  const span = window ? stepSpan(step, window) : null;
  const spanHint = span
    ? `The window was open ${DateTime.fromMillis(span.from, { zone: PARIS_ZONE, locale: 'en-GB' }).toFormat('ccc d LLL, HH:mm')}–${clock(window!.closesAt, PARIS_ZONE)} Paris${step === 'form_accepted' ? '' : ', and this step may follow up to an hour later'}.`
    : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setError(null);
    if (!instant) {
      setError('Enter the time it happened, in Paris time.');
      return;
    }
    try {
      await mark.mutateAsync({ id: attempt.id, step, at: instant });
      onClose();
    } catch (err) {
      setError(err instanceof Error ? err.message : 'Something went wrong; nothing was saved.');
    }
  };

  const formId = `step-time-${attempt.id}-${step}`;
  return (
    <Dialog
      title={STEP_QUESTIONS[step]}
      open
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form={formId} className="button button--primary" disabled={mark.isPending}>
            {current ? 'Change the time' : 'Tick it'}
          </button>
        </>
      }
    >
      <form id={formId} className="form" onSubmit={submit} noValidate>
        {spanHint && <p className="muted">{spanHint}</p>}
        <div className="form-grid">
          <Field label="Day (Paris)">{(a) => <input {...a} type="date" value={day} onChange={(e) => setDay(e.target.value)} />}</Field>
          <Field
            label="Time in Paris"
            error={error ?? undefined}
            hint={instant && !isParis(homeZone) ? `${dayAndClock(instant, homeZone)} in ${zoneCity(homeZone)}` : 'As the phone showed it, in Paris time.'}
          >
            {(a) => <input {...a} type="time" value={time} onChange={(e) => setTime(e.target.value)} />}
          </Field>
        </div>
      </form>
    </Dialog>
  );
}
