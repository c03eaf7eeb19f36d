/**
 * The relationship side of a contact, in its own dialog: keep in touch every…, birthday and name
 * day with how long before to be reminded, what they may offer, the days they work, and whether
 * they moved on. The contact's own form (who they are, how to reach them) stays as it was.
 */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { MAY_OFFER, MAY_OFFER_LABELS, MOVED_ON_LABELS, MOVED_ON_REASONS, WEEKDAY_LABELS, type Contact, type ContactUpdateInput } from '../../../../shared/api/contacts';
import { monthName } from '../../../../shared/domain/keep-in-touch';
import { FormDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { applyApiError } from '../../lib/form-errors';
import { useWrite } from '../../lib/query';
import { useOnOpen } from '../../lib/form-opening';

interface FormValues {
  cadence: { every: string; unit: 'days' | 'weeks' };
  birthday: { month: string; day: string; year: string };
  nameDay: { month: string; day: string };
  remindDaysBefore: string;
  mayOffer: Contact['mayOffer'];
  workingDays: string[];
  movedOn: { reason: string; day: string; to: string };
}

const FIELDS = ['cadence', 'birthday', 'nameDay', 'remindDaysBefore', 'mayOffer', 'workingDays', 'movedOn'];

function toValues(c: Contact): FormValues {
  return {
    cadence: { every: c.cadence ? String(c.cadence.every) : '', unit: c.cadence?.unit ?? 'weeks' },
    birthday: { month: c.birthday ? String(c.birthday.month) : '', day: c.birthday ? String(c.birthday.day) : '', year: c.birthday?.year ? String(c.birthday.year) : '' },
    nameDay: { month: c.nameDay ? String(c.nameDay.month) : '', day: c.nameDay ? String(c.nameDay.day) : '' },
    remindDaysBefore: String(c.remindDaysBefore),
    mayOffer: c.mayOffer,
    workingDays: c.workingDays.map(String),
    movedOn: { reason: c.movedOn?.reason ?? '', day: c.movedOn?.day ?? '', to: c.movedOn?.to ?? '' },
  };
}

/** Empty text stays empty; anything else goes to the contract as typed, which answers in the form's words. */
const num = (s: string): number => (s.trim() === '' ? NaN : Number(s.trim()));

function toInput(v: FormValues): Omit<ContactUpdateInput, 'id'> {
  const everyText = v.cadence.every.trim();
  return {
    cadence: everyText === '' ? null : { every: num(everyText), unit: v.cadence.unit },
    birthday: v.birthday.month === '' && v.birthday.day.trim() === '' ? null : { month: num(v.birthday.month), day: num(v.birthday.day), year: v.birthday.year.trim() ? num(v.birthday.year) : null },
    nameDay: v.nameDay.month === '' && v.nameDay.day.trim() === '' ? null : { month: num(v.nameDay.month), day: num(v.nameDay.day) },
    remindDaysBefore: num(v.remindDaysBefore),
    mayOffer: v.mayOffer,
    workingDays: v.workingDays.map(Number),
    movedOn: v.movedOn.reason === '' ? null : { reason: v.movedOn.reason as 'left', day: v.movedOn.day, to: v.movedOn.to || null },
  };
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);

export function RelationshipForm({ open, contact, onClose }: { open: boolean; contact: Contact; onClose: () => void }) {
  const update = useWrite('contacts.update');
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({ defaultValues: toValues(contact) });

  useOnOpen(open, () => {
    reset(toValues(contact));
    setFormError(null);
  });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      await update.mutateAsync({ id: contact.id, ...toInput(values) });
      onClose();
    } catch (err) {
      setFormError(applyApiError(err, setError, FIELDS));
    }
  });
  const movedReason = watch('movedOn.reason');
  const first = contact.name.split(' ')[0];

  return (
    <FormDialog
      title={`Relationship with ${contact.name}`}
      open={open}
      onClose={onClose}
      formId="relationship-form"
      submitLabel="Save"
      busy={isSubmitting}
      error={formError}
      onSubmit={submit}
    >
      <fieldset className="form-section">
        <legend>Keep in touch</legend>
        <div className="form-grid">
          <Field label="Keep in touch every" error={errors.cadence?.every?.message ?? errors.cadence?.message} hint="Empty: no cadence. The next follow-up is the last contact plus this.">
            {(a) => (
              <span className="cadence-input">
                <input {...a} inputMode="numeric" {...register('cadence.every')} placeholder="6" />
                <select aria-label="Unit" {...register('cadence.unit')}>
                  <option value="weeks">weeks</option>
                  <option value="days">days</option>
                </select>
              </span>
            )}
          </Field>
          <Field label="Remind me before a birthday or name day" error={errors.remindDaysBefore?.message} hint="Days before (0: on the day).">
            {(a) => <input {...a} inputMode="numeric" {...register('remindDaysBefore')} />}
          </Field>
          <Field label="Birthday" error={errors.birthday?.day?.message ?? errors.birthday?.month?.message ?? errors.birthday?.year?.message ?? errors.birthday?.message} hint="Day and month; the year only if you know it.">
            {(a) => (
              <span className="month-day-input">
                <input {...a} inputMode="numeric" aria-label="Birthday: day" {...register('birthday.day')} placeholder="Day" />
                <select aria-label="Birthday: month" {...register('birthday.month')}>
                  <option value="">Month</option>
                  {MONTHS.map((m) => (
                    <option key={m} value={m}>
                      {monthName(m)}
                    </option>
                  ))}
                </select>
                <input inputMode="numeric" aria-label="Birthday: year" {...register('birthday.year')} placeholder="Year" />
              </span>
            )}
          </Field>
          <Field label="Name day" error={errors.nameDay?.day?.message ?? errors.nameDay?.month?.message ?? errors.nameDay?.message}>
            {(a) => (
              <span className="month-day-input">
                <input {...a} inputMode="numeric" aria-label="Name day: day" {...register('nameDay.day')} placeholder="Day" />
                <select aria-label="Name day: month" {...register('nameDay.month')}>
                  <option value="">Month</option>
                  {MONTHS.map((m) => (
                    <option key={m} value={m}>
                      {monthName(m)}
                    </option>
                  ))}
                </select>
              </span>
            )}
          </Field>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>At the boutique</legend>
        <div className="form-grid">
          <Field label={`What ${first} may offer`} error={errors.mayOffer?.message} hint="As you understand it; Paris SAs are often tied to one department.">
            {(a) => (
              <select {...a} {...register('mayOffer')}>
                {MAY_OFFER.map((m) => (
                  <option key={m} value={m}>
                    {MAY_OFFER_LABELS[m]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="field">
            <span className="field-label" id="working-days-label">
              Working days
            </span>
            <div className="weekday-picks" role="group" aria-labelledby="working-days-label">
              {WEEKDAY_LABELS.map((label, i) => (
                <label key={label} className="weekday-pick">
                  <input type="checkbox" value={String(i + 1)} {...register('workingDays')} />
                  <span>{label}</span>
                </label>
              ))}
            </div>
            {errors.workingDays && <p className="field-error">{errors.workingDays.message}</p>}
          </div>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>Moved on</legend>
        <div className="form-grid">
          <Field label="Moved on" error={errors.movedOn?.reason?.message} hint="Their history stays; the cadence pauses.">
            {(a) => (
              <select {...a} {...register('movedOn.reason')}>
                <option value="">Still there</option>
                {MOVED_ON_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {MOVED_ON_LABELS[r]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {movedReason !== '' && (
            <>
              <Field label="Since" error={errors.movedOn?.day?.message}>
                {(a) => <input {...a} type="date" {...register('movedOn.day')} />}
              </Field>
              <Field label="Where they went" error={errors.movedOn?.to?.message} className="span-2">
                {(a) => <input {...a} {...register('movedOn.to')} placeholder="George V, a jeweller in Milan…" />}
              </Field>
            </>
          )}
        </div>
      </fieldset>
    </FormDialog>
  );
}
