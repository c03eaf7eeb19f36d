/** Record or edit an attempt of any kind: lottery, walk-in, concierge, home-store SA, Paris SA. */
import { contactPickLabel } from '../contacts/labels';
import { DateTime } from 'luxon';
import { useEffect, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import {
  ATTEMPT_METHODS,
  METHOD_LABELS,
  type AppointmentAttempt,
  type AttemptMethod,
  type AttemptResult,
  type AttemptUpdateInput,
} from '../../../../shared/api/attempts';
import { PARIS_ZONE } from '../../../../shared/domain/lottery';
import { BoutiqueSelect } from '../../components/boutiques/BoutiqueSelect';
import { FormDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { applyApiError } from '../../lib/form-errors';
import { useChannel, useWrite } from '../../lib/query';
import { dayAndClock, isParis, parisInstant, zoneCity } from './time';
import { isGranted } from './tracker';
import { useRules } from '../../lib/rules';

interface Values {
  method: AttemptMethod;
  wantedDay: string;
  tripId: string;
  companionId: string;
  boutiqueId: string;
  contactId: string;
  result: Exclude<AttemptResult, 'time_changed'>;
  appointmentDay: string;
  appointmentTime: string;
  outcomeOffered: string;
  outcomeBought: string;
  notes: string;
}

const FIELDS = ['method', 'wantedDay', 'tripId', 'companionId', 'boutiqueId', 'contactId', 'result', 'appointmentAt', 'outcomeOffered', 'outcomeBought', 'notes'];

const methodHint = (method: AttemptMethod, hours: string): string => {
  const hint = METHOD_HINTS[method];
  return typeof hint === 'function' ? hint(hours) : hint;
};

/** The hint under "How"; the lottery's hours are the ones in force (Settings › Rules). */
export const METHOD_HINTS: Record<AttemptMethod, string | ((hours: string) => string)> = {
  lottery: (hours) => `Apply the day before, ${hours} Paris, from France.`,
  walk_in: 'Ask at the leather desk; afternoons are reported better than opening time.',
  concierge: 'Some hotels can ask; now rare and at the boutique’s discretion.',
  home_sa: 'Your home-store SA or manager books it; ask about two months ahead.',
  sa_relationship: 'A Paris SA you shop with helps with a leather appointment.',
};

function toValues(a?: AppointmentAttempt, defaults?: Partial<Values>): Values {
  const at = a?.appointmentAt ? DateTime.fromISO(a.appointmentAt, { zone: PARIS_ZONE }) : null;
  return {
    method: a?.method ?? 'walk_in',
    wantedDay: a?.wantedDay ?? '',
    tripId: a?.tripId ? String(a.tripId) : '',
    companionId: a?.companionId ? String(a.companionId) : '',
    boutiqueId: a?.boutiqueId ? String(a.boutiqueId) : '',
    contactId: a?.contactId ? String(a.contactId) : '',
    result: a ? (a.result === 'time_changed' ? 'granted' : a.result) : 'pending',
    appointmentDay: at?.toFormat('yyyy-MM-dd') ?? a?.wantedDay ?? '',
    appointmentTime: at?.toFormat('HH:mm') ?? '',
    outcomeOffered: a?.outcomeOffered ?? '',
    outcomeBought: a?.outcomeBought ?? '',
    notes: a?.notes ?? '',
    ...defaults,
  };
}

export function AttemptForm({
  open,
  attempt,
  defaults,
  homeZone,
  onClose,
  onSaved,
}: {
  open: boolean;
  attempt?: AppointmentAttempt;
  defaults?: Partial<Values>;
  homeZone: string;
  onClose: () => void;
  onSaved: (a: AppointmentAttempt) => void;
}) {
  const trips = useChannel('trips.list');
  const contacts = useChannel('contacts.list');
  const { hoursText } = useRules();
  const create = useWrite('attempts.create');
  const update = useWrite('attempts.update');
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    watch,
    setError,
    setValue,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ values: toValues(attempt, defaults) });
  const method = watch('method');
  const tripId = watch('tripId');
  const result = watch('result');
  const day = watch('appointmentDay');
  const time = watch('appointmentTime');
  const wantedDay = watch('wantedDay');
  const trip = trips.data?.find((t) => String(t.id) === tripId);
  const at = result === 'granted' && day && time ? parisInstant(day, time) : null;

  const close = () => {
    setFormError(null);
    onClose();
  };

  // A granted time is on the wanted day unless said otherwise.
  useEffect(() => {
    if (result === 'granted' && !day && wantedDay) setValue('appointmentDay', wantedDay);
  }, [result, day, wantedDay, setValue]);

  const submit = handleSubmit(async (v) => {
    setFormError(null);
    const appointmentDay = v.appointmentDay || v.wantedDay;
    const appointmentAt = v.result === 'granted' ? (appointmentDay && v.appointmentTime ? parisInstant(appointmentDay, v.appointmentTime) : null) : null;
    if (v.result === 'granted' && !appointmentAt) {
      setError('appointmentTime', { message: 'A granted appointment needs its day and time (Paris time).' });
      return;
    }
    const input: Omit<AttemptUpdateInput, 'id'> = {
      method: v.method,
      wantedDay: v.wantedDay,
      tripId: v.tripId ? Number(v.tripId) : null,
      companionId: v.tripId && v.companionId ? Number(v.companionId) : null,
      boutiqueId: v.boutiqueId ? Number(v.boutiqueId) : null,
      contactId: v.contactId ? Number(v.contactId) : null,
      outcomeOffered: v.outcomeOffered || null,
      outcomeBought: v.outcomeBought || null,
      notes: v.notes || null,
    };
    // Already granted and still granted: send only the time, so a moved time keeps the first one.
    if (!(attempt && isGranted(attempt.result) && v.result === 'granted')) input.result = v.result;
    if (v.result === 'granted') input.appointmentAt = appointmentAt;
    try {
      const saved = attempt
        ? await update.mutateAsync({ id: attempt.id, ...input })
        : await create.mutateAsync({ ...input, method: v.method, wantedDay: v.wantedDay });
      onSaved(saved);
    } catch (err) {
      setFormError(
        applyApiError(
          err,
          (name, e, o) => setError((name === 'appointmentAt' ? 'appointmentTime' : name) as keyof Values, e, o),
          FIELDS,
        ),
      );
    }
  });

  return (
    <FormDialog
      title={attempt ? 'Edit the attempt' : 'Record an attempt'}
      open={open}
      onClose={close}
      formId="attempt-form"
      submitLabel={attempt ? 'Save changes' : 'Record attempt'}
      busy={isSubmitting}
      error={formError}
      onSubmit={submit}
    >
      <fieldset className="form-section">
        <legend>The attempt</legend>
        <div className="form-grid">
          <Field label="How" error={errors.method?.message} hint={methodHint(method, hoursText.hours)}>
            {(a) => (
              <select {...a} {...register('method')}>
                {ATTEMPT_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {METHOD_LABELS[m].charAt(0).toUpperCase() + METHOD_LABELS[m].slice(1)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Appointment wanted on" error={errors.wantedDay?.message}>
            {(a) => <input {...a} type="date" {...register('wantedDay')} />}
          </Field>
          <Field label="Trip" error={errors.tripId?.message}>
            {(a) => (
              <select {...a} {...register('tripId')}>
                <option value="">Not part of a trip</option>
                {trips.data?.map((t) => (
                  <option key={t.id} value={t.id}>
                    {t.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Who applied" error={errors.companionId?.message}>
            {(a) => (
              <select {...a} {...register('companionId')} disabled={!trip}>
                <option value="">You</option>
                {trip?.companions.map((c) => (
                  // Only adults may apply to the lottery: a minor is shown, but cannot be chosen.
                  <option key={c.id} value={c.id} disabled={!c.adult && method === 'lottery'}>
                    {c.name}
                    {c.adult ? '' : method === 'lottery' ? ' (under 18: cannot apply)' : ' (minor)'}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label={method === 'lottery' ? 'Boutique preference' : 'Boutique'}
            error={errors.boutiqueId?.message}
            hint={method === 'lottery' ? '“No preference” is said to help slightly.' : undefined}
          >
            {(a) => (
              <Controller
                control={control}
                name="boutiqueId"
                render={({ field }) => (
                  <BoutiqueSelect
                    {...a}
                    name={field.name}
                    value={field.value}
                    onChange={field.onChange}
                    onBlur={field.onBlur}
                    emptyLabel={method === 'lottery' ? 'No preference' : 'Not set'}
                    include={method === 'lottery' ? (b) => b.takesLeatherAppointments : undefined}
                  />
                )}
              />
            )}
          </Field>
          <Field label="SA or concierge" error={errors.contactId?.message}>
            {(a) => (
              <select {...a} {...register('contactId')}>
                <option value="">Nobody in particular</option>
                {contacts.data?.map((c) => (
                  <option key={c.id} value={c.id}>
                    {contactPickLabel(c)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>Result</legend>
        <div className="form-grid">
          <Field label="Result" error={errors.result?.message}>
            {(a) => (
              <select {...a} {...register('result')}>
                <option value="pending">Pending</option>
                <option value="granted">Appointment granted</option>
                <option value="not_granted">No appointment</option>
                <option value="cancelled">Cancelled</option>
              </select>
            )}
          </Field>
          <div />
          {result === 'granted' && (
            <>
              <Field label="Appointment day">{(a) => <input {...a} type="date" {...register('appointmentDay')} />}</Field>
              <Field
                label="Appointment time (Paris)"
                error={errors.appointmentTime?.message}
                hint={at && !isParis(homeZone) ? `${dayAndClock(at, homeZone)} in ${zoneCity(homeZone)}` : undefined}
              >
                {(a) => <input {...a} type="time" step={300} {...register('appointmentTime')} />}
              </Field>
            </>
          )}
          <Field label="What was offered" error={errors.outcomeOffered?.message}>
            {(a) => <textarea {...a} rows={2} {...register('outcomeOffered')} placeholder="Kelly 25 Epsom Gold GHW, a Picotin…" />}
          </Field>
          <Field label="What was bought" error={errors.outcomeBought?.message}>
            {(a) => <textarea {...a} rows={2} {...register('outcomeBought')} placeholder="Nothing, or what you took" />}
          </Field>
          <Field label="Notes" error={errors.notes?.message} className="span-2">
            {(a) => <textarea {...a} rows={3} {...register('notes')} placeholder="Who you spoke to, what they said, what to try next time" />}
          </Field>
        </div>
      </fieldset>
    </FormDialog>
  );
}
