/**
 * The attempt tracker: the lottery's steps ticked as they happen, "blocked" messages with the tips
 * that help, and the result (a granted time in Paris and at home, which can move).
 */
import { DateTime } from 'luxon';
import { Ban, CalendarCheck, Check, Clock, MailQuestion, MoveRight, ShieldAlert } from 'lucide-react';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import {
  LOTTERY_STEPS,
  STEP_FIELDS,
  type AppointmentAttempt,
  type AttemptResult,
  type LotteryStep,
  type ResultChannel,
} from '../../../../shared/api/attempts';
import { lotteryWindow, PARIS_ZONE, type BookableWindow, type BoutiqueCalendarOptions } from '../../../../shared/domain/lottery';
import { stepFits } from '../../../../shared/domain/lottery-steps';
import { BoutiqueSelect } from '../../components/boutiques/BoutiqueSelect';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { applyApiError } from '../../lib/form-errors';
import { useChannel, useWrite } from '../../lib/query';
import { StepTimeDialog } from './StepTimeDialog';
import { clock, dayAndClock, isParis, parisInstant, shortDay, zoneCity } from './time';
import { useRules } from '../../lib/rules';
import { eventTime } from '../../lib/now';

/** Short labels for the stepper (the contract's STEP_LABELS are the long ones). */
export const STEP_SHORT: Record<LotteryStep, string> = {
  form_accepted: 'Form accepted',
  email_received: 'Confirmation e-mail',
  link_clicked: 'Link clicked',
  registered: 'Registered',
};

export const RESULT_LABELS: Record<AttemptResult, string> = {
  pending: 'Pending',
  granted: 'Granted',
  time_changed: 'Granted · time moved',
  not_granted: 'Not granted',
  cancelled: 'Cancelled',
};

export const isGranted = (r: AttemptResult): boolean => r === 'granted' || r === 'time_changed';

/** The window an attempt applied in (lottery attempts on a bookable day), or null. */
export function windowOf(attempt: AppointmentAttempt, calendar: BoutiqueCalendarOptions): BookableWindow | null {
  if (attempt.method !== 'lottery') return null;
  try {
    const w = lotteryWindow(attempt.wantedDay, calendar);
    return w.bookable ? w : null;
  } catch {
    return null;
  }
}

/**
 * The four steps as checkboxes: ticked in order; only the latest can be unticked. Ticking stamps
 * "now" only while now is a time the step could have happened (the window open); otherwise it
 * asks when. With `showTimes`, each ticked step's time can be corrected.
 */
export function StepTracker({
  attempt,
  who,
  homeZone,
  window,
  showTimes = false,
}: {
  attempt: AppointmentAttempt;
  who: string;
  homeZone: string;
  /** The window the attempt applies in (null: a day the lottery cannot book). */
  window: BookableWindow | null;
  showTimes?: boolean;
}) {
  const [asking, setAsking] = useState<LotteryStep | null>(null);
  const mark = useWrite('attempts.markStep');
  const update = useWrite('attempts.update');
  const [error, setError] = useState<string | null>(null);
  // The box turns at once; the journal's answer (or its refusal) settles it.
  const [optimistic, setOptimistic] = useState<{ index: number; checked: boolean } | null>(null);
  const ticked = LOTTERY_STEPS.map((s, i) => (optimistic?.index === i ? optimistic.checked : attempt[STEP_FIELDS[s]] !== null));
  const lastTicked = ticked.lastIndexOf(true);
  const busy = mark.isPending || update.isPending;

  const toggle = (step: LotteryStep, index: number) => {
    setError(null);
    const wasTicked = ticked[index]!;
    setOptimistic({ index, checked: !wasTicked });
    const handlers = { onError: (e: Error) => setError(e.message), onSettled: () => setOptimistic(null) };
    if (wasTicked) update.mutate({ id: attempt.id, [STEP_FIELDS[step]]: null }, handlers);
    else if (window && !stepFits(step, window, eventTime())) {
      // Not now: the window is not open, so the time is asked for.
      setOptimistic(null);
      setAsking(step);
    } else mark.mutate({ id: attempt.id, step }, handlers);
  };

  return (
    <div className="steps-wrap">
      <ol className={`steps${showTimes ? ' steps--detailed' : ''}`} aria-label={`Lottery steps for ${who}`}>
        {LOTTERY_STEPS.map((step, i) => {
          const at = attempt[STEP_FIELDS[step]];
          const enabled = ticked[i] ? i === lastTicked : i === lastTicked + 1;
          return (
            <li key={step} className={`step${ticked[i] ? ' step--done' : ''}`}>
              <label className="step-label" title={at ? `${dayAndClock(at, PARIS_ZONE)} Paris` : undefined}>
                <input type="checkbox" checked={ticked[i]} disabled={!enabled || busy} onChange={() => toggle(step, i)} />
                <span className="step-box" aria-hidden>
                  {ticked[i] && <Check size={12} strokeWidth={3} />}
                </span>
                <span className="step-text">{STEP_SHORT[step]}</span>
              </label>
              {showTimes && at && (
                <span className="step-time">
                  <span>{dayAndClock(at, PARIS_ZONE)} Paris</span>
                  {!isParis(homeZone) && (
                    <span>
                      {dayAndClock(at, homeZone)} {zoneCity(homeZone)}
                    </span>
                  )}
                  <button type="button" className="button button--small button--ghost step-time-edit" onClick={() => setAsking(step)} aria-label={`Change the time of “${STEP_SHORT[step]}”`}>
                    <Clock size={12} aria-hidden /> Change time
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {attempt.stepReached !== 'none' && attempt.stepReached !== 'registered' && (
        <p className="steps-hint">
          {attempt.stepReached === 'form_accepted' && 'The “Welcome” notice is not an appointment: wait for the confirmation e-mail.'}
          {attempt.stepReached === 'email_received' && 'Click the blue link in the e-mail to finish the request.'}
          {attempt.stepReached === 'link_clicked' && 'Tick “Registered” when the green “request registered” notice shows.'}
        </p>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      {asking && <StepTimeDialog attempt={attempt} step={asking} window={window} homeZone={homeZone} onClose={() => setAsking(null)} />}
    </div>
  );
}

export const BLOCKED_TIPS = [
  'Connected to the boutique’s own Wi-Fi',
  'Asked the leather desk for help',
  'Switched to a local French Wi-Fi network',
  'Turned off the VPN / roaming data',
];

/** Records one "Blocked" message, with what was tried. */
export function BlockedButton({ attempt, compact = false }: { attempt: AppointmentAttempt; compact?: boolean }) {
  const [open, setOpen] = useState(false);
  const record = useWrite('attempts.recordBlocked');
  const [note, setNote] = useState('');
  const close = () => {
    setOpen(false);
    setNote('');
    record.reset();
  };
  return (
    <>
      <button type="button" className={`button button--small${attempt.blockedCount > 0 ? ' button--warn' : ''}`} onClick={() => setOpen(true)}>
        <ShieldAlert size={14} aria-hidden />
        {compact ? 'Blocked' : 'Record “Blocked”'}
        {attempt.blockedCount > 0 && <span className="count-badge">{attempt.blockedCount}</span>}
      </button>
      <Dialog
        title="The form said “Blocked”"
        open={open}
        onClose={close}
        footer={
          <>
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
            <button
              type="submit"
              form={`blocked-${attempt.id}`}
              className="button button--primary"
              disabled={record.isPending}
            >
              Record it
            </button>
          </>
        }
      >
        <form
          id={`blocked-${attempt.id}`}
          className="form"
          onSubmit={(e) => {
            e.preventDefault();
            record.mutate({ id: attempt.id, note: note.trim() || null }, { onSuccess: close });
          }}
        >
          <p className="muted">
            A “Blocked” message is common. What is reported to help: connecting to a boutique’s own Wi-Fi, asking the leather desk, and applying from
            inside France on a local network (not roaming data or a VPN).
            {attempt.blockedCount > 0 && ` Blocked ${attempt.blockedCount} time${attempt.blockedCount === 1 ? '' : 's'} so far.`}
          </p>
          <div className="tip-chips" role="group" aria-label="What you tried">
            {BLOCKED_TIPS.map((tip) => (
              <button key={tip} type="button" className="chip chip--button" aria-pressed={note.includes(tip)} onClick={() => setNote((n) => (n.includes(tip) ? n : n ? `${n}; ${tip}` : tip))}>
                {tip}
              </button>
            ))}
          </div>
          <Field label="What you tried (optional)" error={record.error?.message}>
            {(a) => <textarea {...a} rows={3} maxLength={500} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
          {attempt.blockedNote && (
            <div>
              <p className="field-hint">Noted before:</p>
              <p className="prose blocked-notes">{attempt.blockedNote}</p>
            </div>
          )}
        </form>
      </Dialog>
    </>
  );
}

interface ResultValues {
  result: AttemptResult;
  day: string;
  time: string;
  /** The boutique of the appointment (id as text; '' = not said). */
  boutique: string;
  /** How the answer came ('' = not said). */
  channel: '' | ResultChannel;
}

const CHANNEL_LABELS: Record<ResultChannel, string> = { email: 'E-mail', sms: 'SMS', phone: 'Phone call', in_person: 'In person' };
const CHANNEL_WORDS: Record<ResultChannel, string> = { email: 'by e-mail', sms: 'by SMS', phone: 'by phone', in_person: 'in person' };

/**
 * Sets the result; for a granted appointment asks its time in Paris (shown at home too).
 * `move` opens on the time alone: moving a granted time keeps the first one.
 */
/**
 * The result a pending attempt's dialog starts on: "still waiting" while an answer can still come,
 * "no appointment" once the evening of the window has passed (winners hear that evening); never
 * "granted", which only the user can say.
 */
export function defaultResult(attempt: AppointmentAttempt, window: BookableWindow | null, now: number): AttemptResult {
  if (attempt.result === 'time_changed') return 'granted';
  if (attempt.result !== 'pending') return attempt.result;
  if (!window) return 'pending';
  const evening = DateTime.fromISO(window.applyOn, { zone: PARIS_ZONE }).plus({ days: 1 }).toMillis();
  return now >= evening ? 'not_granted' : 'pending';
}

export function ResultDialog({
  attempt,
  open,
  move = false,
  homeZone,
  window,
  now,
  onClose,
}: {
  attempt: AppointmentAttempt;
  open: boolean;
  move?: boolean;
  homeZone: string;
  window: BookableWindow | null;
  now: number;
  onClose: () => void;
}) {
  const update = useWrite('attempts.update');
  const { closesAt } = useRules().hoursText;
  const [formError, setFormError] = useState<string | null>(null);
  // The default is chosen when the dialog opens; the ticking clock does not change it under the user.
  const [openedAt] = useState(now);
  const current = attempt.appointmentAt ? DateTime.fromISO(attempt.appointmentAt, { zone: PARIS_ZONE }) : null;
  const { register, handleSubmit, watch, setError, formState, control } = useForm<ResultValues>({
    values: {
      result: move ? 'granted' : defaultResult(attempt, window, openedAt),
      day: current?.toFormat('yyyy-MM-dd') ?? attempt.wantedDay,
      time: current?.toFormat('HH:mm') ?? '',
      boutique: String(attempt.appointmentBoutiqueId ?? attempt.boutiqueId ?? ''),
      channel: attempt.resultChannel ?? '',
    },
  });
  const result = watch('result');
  const day = watch('day');
  const time = watch('time');
  const instant = day && time ? parisInstant(day, time) : null;

  const close = () => {
    setFormError(null);
    update.reset();
    onClose();
  };

  const submit = handleSubmit(async (v) => {
    setFormError(null);
    let input: Parameters<typeof update.mutateAsync>[0];
    if (v.result === 'granted') {
      const at = v.day && v.time ? parisInstant(v.day, v.time) : null;
      if (!at) {
        setError('time', { message: 'Enter the appointment time given in the e-mail (Paris time).' });
        return;
      }
      const where = { appointmentBoutiqueId: v.boutique ? Number(v.boutique) : null, resultChannel: v.channel || null };
      // Already granted: only the time changes, so the first time is kept as the moved-from one.
      input = isGranted(attempt.result) ? { id: attempt.id, appointmentAt: at, ...where } : { id: attempt.id, result: 'granted', appointmentAt: at, ...where };
    } else {
      input = { id: attempt.id, result: v.result, ...(v.result === 'pending' ? {} : { resultChannel: v.channel || null }) };
    }
    try {
      await update.mutateAsync(input);
      close();
    } catch (err) {
      const rename = (name: string): keyof ResultValues => (name === 'appointmentAt' ? 'time' : name === 'appointmentBoutiqueId' ? 'boutique' : name === 'resultChannel' ? 'channel' : (name as keyof ResultValues));
      const message = applyApiError(err, (name, e) => setError(rename(name), e), ['appointmentAt', 'result', 'appointmentBoutiqueId', 'resultChannel']);
      setFormError(message);
    }
  });

  const choices: [AttemptResult, string, string][] = [
    ['granted', 'Appointment granted', attempt.method === 'lottery' ? `The e-mail or SMS came after ${closesAt} Paris with a day, time and store.` : 'You got an appointment.'],
    [
      'not_granted',
      attempt.method === 'lottery' ? 'No appointment (nothing came, or a refusal)' : 'No appointment',
      attempt.method === 'lottery' ? 'Nothing by the next morning, or a refusal e-mail (one is reported around 22:00 Paris).' : 'It did not work out this time.',
    ],
    ['cancelled', 'Cancelled', 'You withdrew or could not go.'],
    ['pending', 'Still waiting', 'No answer yet.'],
  ];

  return (
    <Dialog
      title={move ? 'Move the appointment' : 'Record the result'}
      open={open}
      onClose={close}
      footer={
        <>
          <button type="button" className="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" form={`result-${attempt.id}`} className="button button--primary" disabled={formState.isSubmitting}>
            {move ? 'Move it' : 'Save result'}
          </button>
        </>
      }
    >
      <form id={`result-${attempt.id}`} className="form" onSubmit={submit} noValidate>
        {formError && (
          <p className="banner banner--error" role="alert">
            {formError}
          </p>
        )}
        {move ? (
          <p className="muted">
            Times often move during the day. The first time ({current ? `${clock(attempt.originalAppointmentAt ?? attempt.appointmentAt!, PARIS_ZONE)} Paris` : '—'}) is kept
            in the record.
          </p>
        ) : (
          <fieldset className="form-section">
            <legend>Result</legend>
            <div className="radio-cards">
              {choices.map(([value, label, hint]) => (
                <label key={value} className="radio-card">
                  <input type="radio" value={value} {...register('result')} />
                  <span>
                    <span className="radio-card-label">{label}</span>
                    <span className="radio-card-hint">{hint}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
        )}
        {result === 'granted' && (
          <div className="form-grid">
            <Field label="Appointment day">{(a) => <input {...a} type="date" {...register('day')} />}</Field>
            <Field label="Time in Paris" error={formState.errors.time?.message} hint={instant && !isParis(homeZone) ? `${dayAndClock(instant, homeZone)} in ${zoneCity(homeZone)}` : 'As written in the e-mail or SMS.'}>
              {(a) => <input {...a} type="time" step={300} {...register('time')} />}
            </Field>
            {!move && (
              <Field label="Boutique of the appointment" error={formState.errors.boutique?.message} hint={attempt.method === 'lottery' ? 'As the e-mail or SMS says; it may not be the one you preferred.' : undefined}>
                {(a) => (
                  <Controller
                    control={control}
                    name="boutique"
                    render={({ field }) => <BoutiqueSelect {...a} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} emptyLabel="Not said" />}
                  />
                )}
              </Field>
            )}
          </div>
        )}
        {!move && (result === 'granted' || result === 'not_granted' || result === 'cancelled') && (
          <Field label="The answer came by" error={formState.errors.channel?.message}>
            {(a) => (
              <select {...a} {...register('channel')}>
                <option value="">Not said</option>
                {(attempt.method === 'lottery' ? (['sms', 'email'] as const) : (['phone', 'in_person', 'email', 'sms'] as const)).map((c) => (
                  <option key={c} value={c}>
                    {CHANNEL_LABELS[c]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
      </form>
    </Dialog>
  );
}

/**
 * What came of the attempt: the appointment's time (Paris and home) with a Move button, or
 * "no appointment e-mail yet" once the window closed with nothing recorded.
 */
export function ResultSummary({
  attempt,
  window,
  now,
  homeZone,
  stacked = false,
}: {
  attempt: AppointmentAttempt;
  window: BookableWindow | null;
  now: number;
  homeZone: string;
  /** One fact per line (the detail page), rather than one line (the planner). */
  stacked?: boolean;
}) {
  const [dialog, setDialog] = useState<'result' | 'move' | null>(null);
  const { closesAt } = useRules().hoursText;
  const boutiques = useChannel('boutiques.list');
  const placeName = attempt.appointmentBoutiqueId !== null ? (boutiques.data?.find((b) => b.id === attempt.appointmentBoutiqueId)?.name ?? null) : null;
  const closed = window ? now >= Date.parse(window.closesAt) : false;
  let body;
  if (isGranted(attempt.result) && attempt.appointmentAt) {
    body = (
      <div className="result result--granted">
        <CalendarCheck size={16} aria-hidden />
        <span className="result-when">
          <strong>{dayAndClock(attempt.appointmentAt, PARIS_ZONE)} Paris</strong>
          {!isParis(homeZone) && (
            <span className="result-home">
              {dayAndClock(attempt.appointmentAt, homeZone)} {zoneCity(homeZone)}
            </span>
          )}
          {attempt.originalAppointmentAt && <span className="result-moved">moved from {clock(attempt.originalAppointmentAt, PARIS_ZONE)} Paris</span>}
          {(placeName || attempt.resultChannel) && (
            <span className="result-moved">
              {[placeName && `at ${placeName}`, attempt.resultChannel && CHANNEL_WORDS[attempt.resultChannel]].filter(Boolean).join(' · ')}
            </span>
          )}
        </span>
        <button type="button" className="button button--small" onClick={() => setDialog('move')}>
          <MoveRight size={14} aria-hidden /> Move
        </button>
      </div>
    );
  } else if (attempt.result === 'pending' && closed) {
    body = (
      <div className="result result--waiting">
        <MailQuestion size={16} aria-hidden />
        <span>
          <strong>No appointment e-mail yet</strong>
          <span className="muted">
            {' '}
            · winners hear after {closesAt} Paris{attempt.stepReached !== 'registered' && attempt.method === 'lottery' ? '; this request was not marked registered' : ''}
          </span>
        </span>
        <button type="button" className="button button--small" onClick={() => setDialog('result')}>
          Record result
        </button>
      </div>
    );
  } else if (attempt.result === 'pending') {
    body = (
      <div className="result">
        <span className="muted">{window ? `Result after ${closesAt} Paris on ${shortDay(window.applyOn)}` : 'Pending'}</span>
        <button type="button" className="button button--small" onClick={() => setDialog('result')}>
          Record result
        </button>
      </div>
    );
  } else {
    body = (
      <div className={`result result--${attempt.result}`}>
        {attempt.result === 'not_granted' ? <Ban size={16} aria-hidden /> : null}
        <span className={`status status--${attempt.result}`}>{RESULT_LABELS[attempt.result]}</span>
        <button type="button" className="button button--small button--ghost" onClick={() => setDialog('result')}>
          Change
        </button>
      </div>
    );
  }
  return (
    <>
      <div className={stacked ? 'result-wrap result-wrap--stacked' : 'result-wrap'}>{body}</div>
      {dialog !== null && <ResultDialog attempt={attempt} open move={dialog === 'move'} homeZone={homeZone} window={window} now={now} onClose={() => setDialog(null)} />}
    </>
  );
}
