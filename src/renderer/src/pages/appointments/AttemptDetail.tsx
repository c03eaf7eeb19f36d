/** One attempt: its window, the steps ticked, "blocked" messages, the result and what came of it. */
import { DateTime } from 'luxon';
import { ArrowLeft, ClipboardList, NotebookPen, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { METHOD_LABELS } from '../../../../shared/api/attempts';
import { DeleteRecordDialog } from '../../components/DeleteRecordDialog';
import { ErrorState, LoadingState, PageHeader } from '../../components/States';
import { useChannel } from '../../lib/query';
import { href, navigate } from '../../lib/router';
import { AttemptForm } from './AttemptForm';
import { calendarOf } from './Planner';
import { useRules } from '../../lib/rules';
import { shortDay, useNow } from './time';
import { BlockedButton, ResultSummary, StepTracker, windowOf } from './tracker';
import { LiveStatus, WindowTimes } from './WindowTimes';

export function AttemptDetail({ id }: { id: number }) {
  const attempt = useChannel('attempts.get', { id });
  const settings = useChannel('settings.get');
  const overrides = useChannel('calendarOverrides.list');
  const trips = useChannel('trips.list');
  const boutiques = useChannel('boutiques.list');
  const contacts = useChannel('contacts.list');
  const rules = useRules();
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const now = useNow();

  const back = (
    <a className="back-link" href={href('/appointments/list')}>
      <ArrowLeft size={16} aria-hidden /> All attempts
    </a>
  );
  if (attempt.error) {
    return (
      <div className="page">
        {back}
        <ErrorState message={attempt.error.message} />
      </div>
    );
  }
  if (!attempt.data || !settings.data || !overrides.data) return <LoadingState label="Loading the attempt…" />;
  const a = attempt.data;
  const homeZone = settings.data.homeZone;
  const window = windowOf(a, calendarOf(overrides.data, rules.windowHours));
  const trip = trips.data?.find((t) => t.id === a.tripId);
  const who = a.companionId === null ? 'You' : (trip?.companions.find((c) => c.id === a.companionId)?.name ?? 'A companion');
  const boutique = boutiques.data?.find((b) => b.id === a.boutiqueId);
  const contact = contacts.data?.find((c) => c.id === a.contactId);
  const method = METHOD_LABELS[a.method];
  const wanted = DateTime.fromISO(a.wantedDay, { locale: 'en-GB' }).toFormat('ccc d LLL yyyy');

  return (
    <div className="page">
      {back}
      <PageHeader
        title={`${method.charAt(0).toUpperCase()}${method.slice(1)} · ${wanted}`}
        subtitle={
          <>
            {who}
            {trip && (
              <>
                {' · '}
                <a href={href(`/appointments/plan/${trip.id}`)}>{trip.title}</a>
              </>
            )}
            {' · '}
            {a.method === 'lottery' ? (boutique ? `prefers ${boutique.name}` : 'no boutique preference') : (boutique?.name ?? 'no boutique set')}
            {contact && ` · with ${contact.name}`}
          </>
        }
        actions={
          <>
            {a.appointmentAt && (a.result === 'granted' || a.result === 'time_changed') && (
              <>
                <a className="button" href={href(`/visits/brief/attempt/${a.id}`)}>
                  <ClipboardList size={16} aria-hidden /> Brief
                </a>
                {a.appointmentAt <= new Date(now).toISOString() && (
                  <a className="button" href={href(`/visits/debrief/attempt/${a.id}`)}>
                    <NotebookPen size={16} aria-hidden /> Debrief
                  </a>
                )}
              </>
            )}
            <button type="button" className="button" onClick={() => setEditing(true)}>
              <Pencil size={16} aria-hidden /> Edit
            </button>
            <button type="button" className="button button--danger-ghost" onClick={() => setDeleting(true)}>
              <Trash2 size={16} aria-hidden /> Delete
            </button>
          </>
        }
      />
      <div className="detail-grid attempt-grid">
        {a.method === 'lottery' && (
          <section className="card" aria-labelledby="window-title">
            <h2 className="card-title" id="window-title">
              Window
            </h2>
            {window ? (
              <div className="detail-window">
                <p>
                  Apply on <strong>{shortDay(window.applyOn)}</strong>
                </p>
                <WindowTimes window={window} homeZone={homeZone} />
                <LiveStatus window={window} now={now} />
              </div>
            ) : (
              <p className="muted">{shortDay(a.wantedDay)} cannot be booked through the lottery with your calendar as it is.</p>
            )}
          </section>
        )}
        <section className="card" aria-labelledby="result-title">
          <h2 className="card-title" id="result-title">
            Result
          </h2>
          <ResultSummary attempt={a} window={window} now={now} homeZone={homeZone} stacked />
        </section>
        {a.method === 'lottery' && (
          <section className="card span-all" aria-labelledby="steps-title">
            <h2 className="card-title" id="steps-title">
              Steps
            </h2>
            <StepTracker attempt={a} who={who} homeZone={homeZone} window={window} showTimes />
            <div className="blocked-row">
              <BlockedButton attempt={a} />
              <span className="muted small">
                {a.blockedCount === 0 ? 'No “Blocked” message recorded.' : `Blocked ${a.blockedCount} time${a.blockedCount === 1 ? '' : 's'}.`}
              </span>
            </div>
            {a.blockedNote && <p className="prose blocked-notes">{a.blockedNote}</p>}
          </section>
        )}
        <section className="card span-all" aria-labelledby="outcome-title">
          <h2 className="card-title" id="outcome-title">
            What came of it
          </h2>
          <dl className="facts">
            <dt>Offered</dt>
            <dd>{a.outcomeOffered ?? <span className="muted">Nothing noted</span>}</dd>
            <dt>Bought</dt>
            <dd>{a.outcomeBought ?? <span className="muted">Nothing noted</span>}</dd>
            <dt>Notes</dt>
            <dd className="prose">{a.notes ?? <span className="muted">None</span>}</dd>
          </dl>
        </section>
      </div>
      <AttemptForm open={editing} attempt={a} homeZone={homeZone} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
      <DeleteRecordDialog
        open={deleting}
        channel="attempts.delete"
        kind="attempt"
        id={a.id}
        label={`Attempt for ${wanted}`}
        title="Delete this attempt?"
        message={<p>The attempt for {wanted} goes to the Trash with its steps and notes. Your statistics will no longer count it.</p>}
        confirmLabel="Delete attempt"
        reopenOnUndo
        onClose={() => setDeleting(false)}
        onDeleted={() => navigate('/appointments/list')}
      />
    </div>
  );
}
