/**
 * The contact page's relationship card: keep in touch every…, the next follow-up it produces (with
 * snooze and done), birthday and name day, what they may offer and the days they work. Edited in
 * the RelationshipForm dialog.
 */
import { BellRing, Cake, CalendarClock, Check, Clock3, Pencil } from 'lucide-react';
import { DateTime } from 'luxon';
import { useState } from 'react';
import { MAY_OFFER_LABELS, WEEKDAY_LABELS, type Contact } from '../../../../shared/api/contacts';
import { cadenceLabel, monthDayLabel } from '../../../../shared/domain/keep-in-touch';
import { showToast } from '../../components/toast/toast';
import { useWrite } from '../../lib/query';
import { relativeDay, relativeWithDay, todayDay } from '../../lib/relative-day';
import { RelationshipForm } from './RelationshipForm';
import './relationship.css';

const REASON_WORDS = { cadence: 'from the cadence', explicit: 'the day you set', snoozed: 'snoozed to' } as const;

export function KeepInTouchCard({ contact: c }: { contact: Contact }) {
  const [editing, setEditing] = useState(false);
  const snooze = useWrite('contacts.snooze');
  const done = useWrite('contacts.followUpDone');
  const today = todayDay();
  const next = c.nextFollowUp;
  const due = next !== null && next.day <= today;
  const plus = (days: number) => DateTime.fromISO(today).plus({ days }).toISODate()!;
  const error = snooze.error ?? done.error;

  return (
    <section className={`card keep-in-touch${due ? ' keep-in-touch--due' : ''}`} aria-labelledby="keep-in-touch-title">
      <header className="keep-in-touch-header">
        <h2 className="card-title" id="keep-in-touch-title">
          Keep in touch
        </h2>
        <button type="button" className="button button--small" onClick={() => setEditing(true)}>
          <Pencil size={14} aria-hidden /> Change
        </button>
      </header>
      <dl className="facts">
        <dt>Cadence</dt>
        <dd>{c.cadence ? cadenceLabel(c.cadence).replace(/^every/, 'Every') : <span className="muted">None set</span>}</dd>
        <dt>Next follow-up</dt>
        <dd className="keep-in-touch-next">
          {next ? (
            <>
              <span className={due ? 'keep-in-touch-due' : undefined}>
                {due ? <BellRing size={14} aria-hidden /> : <CalendarClock size={14} aria-hidden />}{' '}
                {due ? (next.day === today ? 'Due today' : `Due since ${relativeWithDay(next.day, today)}`) : relativeWithDay(next.day, today)}
              </span>
              <span className="muted"> ({REASON_WORDS[next.reason]})</span>
            </>
          ) : (
            <span className="muted">{c.movedOn ? 'None: they moved on' : 'None'}</span>
          )}
        </dd>
      </dl>
      {next && (
        <div className="follow-up-quick" role="group" aria-label="Follow-up actions">
          <button
            type="button"
            className="button button--small"
            disabled={done.isPending}
            onClick={() =>
              done.mutate(
                { id: c.id },
                { onSuccess: (saved) => showToast({ message: saved.nextFollowUp ? `Done. Next follow-up ${relativeWithDay(saved.nextFollowUp.day, today)}.` : 'Done.' }) },
              )
            }
          >
            <Check size={14} aria-hidden /> Done
          </button>
          <button type="button" className="button button--small" disabled={snooze.isPending} onClick={() => snooze.mutate({ id: c.id, until: plus(1) })}>
            <Clock3 size={14} aria-hidden /> Snooze to tomorrow
          </button>
          <button type="button" className="button button--small" disabled={snooze.isPending} onClick={() => snooze.mutate({ id: c.id, until: plus(7) })}>
            Snooze a week
          </button>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
      <dl className="facts keep-in-touch-more">
        <dt>Birthday</dt>
        <dd>
          {c.birthday && c.nextBirthday ? (
            <>
              <Cake size={14} aria-hidden className="inline-icon" /> {monthDayLabel(c.birthday, c.birthday.year)}
              <span className="muted"> · {c.nextBirthday === today ? 'today' : relativeDay(c.nextBirthday, today)}</span>
            </>
          ) : (
            <span className="muted">Not set</span>
          )}
        </dd>
        <dt>Name day</dt>
        <dd>
          {c.nameDay && c.nextNameDay ? (
            <>
              {monthDayLabel(c.nameDay)} <span className="muted">· {relativeDay(c.nextNameDay, today)}</span>
            </>
          ) : (
            <span className="muted">Not set</span>
          )}
        </dd>
        {(c.birthday || c.nameDay) && (
          <>
            <dt>Reminder</dt>
            <dd>{c.remindDaysBefore === 0 ? 'On the day' : `${c.remindDaysBefore} day${c.remindDaysBefore === 1 ? '' : 's'} before`}</dd>
          </>
        )}
        <dt>May offer</dt>
        <dd>{c.mayOffer === 'unknown' ? <span className="muted">{MAY_OFFER_LABELS.unknown}</span> : MAY_OFFER_LABELS[c.mayOffer]}</dd>
        <dt>Works</dt>
        <dd>
          {c.workingDays.length > 0 ? (
            <span className="weekday-row" aria-label={`Works ${c.workingDays.map((d) => WEEKDAY_LABELS[d - 1]).join(', ')}`}>
              {WEEKDAY_LABELS.map((label, i) => (
                <span key={label} className={`weekday${c.workingDays.includes(i + 1) ? ' weekday--on' : ''}`} aria-hidden>
                  {label.slice(0, 2)}
                </span>
              ))}
            </span>
          ) : (
            <span className="muted">Not known</span>
          )}
        </dd>
      </dl>
      <RelationshipForm open={editing} contact={c} onClose={() => setEditing(false)} />
    </section>
  );
}
