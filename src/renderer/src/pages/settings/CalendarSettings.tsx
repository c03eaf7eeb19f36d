/**
 * The boutique calendar's own changes: exceptional closures and days marked open, and the
 * French public holidays of a year, each of which can be marked open.
 */
import { DateTime } from 'luxon';
import { CalendarOff, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { CalendarOverride } from '../../../../shared/api/settings';
import { frenchPublicHolidays, holidayName } from '../../../../shared/domain/boutique-calendar';
import { Field } from '../../components/Field';
import { ErrorState, LoadingState } from '../../components/States';
import { applyApiError } from '../../lib/form-errors';
import { formatDay } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';

interface AddValues {
  day: string;
  kind: 'closed' | 'open';
  note: string;
}

export function BoutiqueCalendarSettings() {
  const overrides = useChannel('calendarOverrides.list');
  return (
    <section className="card settings-card settings-calendar" aria-labelledby="calendar-title">
      <h2 className="card-title" id="calendar-title">
        Paris boutique calendar
      </h2>
      <p className="muted small">
        Carnet takes the boutiques (and so the online lottery) as closed on Sundays and French public holidays — community-reported, not official.
        Add the exceptional closures you hear of, and mark the days you know they open. The planner uses these at once.
      </p>
      {overrides.isPending && <LoadingState label="Loading the calendar…" />}
      {overrides.error && <ErrorState message={overrides.error.message} onRetry={() => void overrides.refetch()} />}
      {overrides.data && (
        <div className="calendar-columns">
          <div>
            <h3 className="settings-subtitle">Your closures and open days</h3>
            <OverrideList overrides={overrides.data} />
            <AddOverride />
          </div>
          <Holidays overrides={overrides.data} />
        </div>
      )}
    </section>
  );
}

function OverrideList({ overrides }: { overrides: CalendarOverride[] }) {
  const remove = useWrite('calendarOverrides.delete');
  if (overrides.length === 0) {
    return (
      <p className="override-empty">
        <CalendarOff size={16} aria-hidden /> No changes of your own yet.
      </p>
    );
  }
  return (
    <>
      <table className="table override-table">
        <caption className="sr-only">Your closures and open days</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Boutiques</th>
            <th scope="col">Note</th>
            <th scope="col">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {overrides.map((o) => {
            const holiday = holidayName(o.day);
            return (
              <tr key={o.day}>
                <td className="nowrap">{formatDay(o.day)}</td>
                <td>
                  <span className={`status status--${o.kind === 'closed' ? 'not_granted' : 'granted'}`}>{o.kind === 'closed' ? 'Closed' : 'Open'}</span>
                </td>
                <td>
                  {o.note ?? <span className="muted">—</span>}
                  {holiday && <span className="muted small"> · {holiday}</span>}
                </td>
                <td className="num">
                  <button
                    type="button"
                    className="icon-button"
                    aria-label={`Delete the change for ${formatDay(o.day)}`}
                    disabled={remove.isPending}
                    onClick={() => remove.mutate({ day: o.day })}
                  >
                    <Trash2 size={16} aria-hidden />
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {remove.error && (
        <p className="field-error" role="alert">
          {remove.error.message}
        </p>
      )}
    </>
  );
}

function AddOverride() {
  const set = useWrite('calendarOverrides.set');
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    reset,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<AddValues>({ defaultValues: { day: '', kind: 'closed', note: '' } });
  const submit = handleSubmit(async (v) => {
    setFormError(null);
    try {
      await set.mutateAsync({ day: v.day, kind: v.kind, note: v.note || null });
      reset({ day: '', kind: v.kind, note: '' });
    } catch (err) {
      setFormError(applyApiError(err, setError, ['day', 'kind', 'note']));
    }
  });
  return (
    <form className="add-override" onSubmit={submit} noValidate aria-label="Add a closure or open day">
      {formError && (
        <p className="banner banner--error" role="alert">
          {formError}
        </p>
      )}
      <div className="add-override-grid">
        <Field label="Day" error={errors.day?.message}>
          {(a) => <input {...a} type="date" {...register('day')} />}
        </Field>
        <fieldset className="kind-choice">
          <legend>The boutiques are</legend>
          <div className="segmented">
            <label className="segment">
              <input type="radio" value="closed" {...register('kind')} />
              <span>Closed</span>
            </label>
            <label className="segment">
              <input type="radio" value="open" {...register('kind')} />
              <span>Open</span>
            </label>
          </div>
        </fieldset>
        <Field label="Note" error={errors.note?.message}>
          {(a) => <input {...a} {...register('note')} placeholder="Inventory, strike, exceptional opening…" maxLength={200} />}
        </Field>
        <button type="submit" className="button button--primary add-override-button" disabled={isSubmitting}>
          <Plus size={16} aria-hidden /> Add
        </button>
      </div>
    </form>
  );
}

function Holidays({ overrides }: { overrides: CalendarOverride[] }) {
  const thisYear = DateTime.local().year;
  const [year, setYear] = useState(thisYear);
  const set = useWrite('calendarOverrides.set');
  const remove = useWrite('calendarOverrides.delete');
  const [turning, setTurning] = useState<{ day: string; open: boolean } | null>(null);
  const days = frenchPublicHolidays(year);
  const toggle = (day: string, open: boolean, note: string | null) => {
    setTurning({ day, open });
    const settled = { onSettled: () => setTurning(null) };
    if (open) set.mutate({ day, kind: 'open', note: note ?? 'Marked open' }, settled);
    else remove.mutate({ day }, settled);
  };
  const error = set.error ?? remove.error;
  return (
    <div className="holidays">
      <div className="holidays-header">
        <h3 className="settings-subtitle" id="holidays-title">
          French public holidays
        </h3>
        <label className="sr-only" htmlFor="holiday-year">
          Year
        </label>
        <select id="holiday-year" className="year-select" value={year} onChange={(e) => setYear(Number(e.target.value))}>
          {[thisYear - 1, thisYear, thisYear + 1, thisYear + 2].map((y) => (
            <option key={y} value={y}>
              {y}
            </option>
          ))}
        </select>
      </div>
      <ul className="holiday-list" aria-labelledby="holidays-title">
        {days.map((day) => {
          const o = overrides.find((x) => x.day === day);
          const open = turning?.day === day ? turning.open : o?.kind === 'open';
          const name = holidayName(day) ?? '';
          return (
            <li key={day} className={`holiday${open ? ' holiday--open' : ''}`}>
              <span className="holiday-day">{DateTime.fromISO(day, { locale: 'en-GB' }).toFormat('ccc d LLL')}</span>
              <span className="holiday-name">{name}</span>
              <label className="switch">
                <input
                  type="checkbox"
                  role="switch"
                  checked={open}
                  disabled={turning !== null && turning.day !== day}
                  aria-label={`Mark ${name.split(' (')[0]} ${year} open`}
                  onChange={(e) => toggle(day, e.target.checked, o?.note ?? null)}
                />
                <span className="switch-track" aria-hidden />
                <span className="switch-text">{open ? 'open' : 'mark open'}</span>
              </label>
            </li>
          );
        })}
      </ul>
      {error && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
    </div>
  );
}
