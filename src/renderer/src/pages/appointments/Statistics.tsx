/**
 * What the user's own attempts say, by method, boutique preference, weekday and trip. A rate is
 * never shown without its count ('2 of 9 · 22%'), beside the community-reported context.
 */
import { BarChart3, Info } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { METHOD_LABELS, type AttemptStatsGroup } from '../../../../shared/api/attempts';
import { Field } from '../../components/Field';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../components/States';
import { useChannel } from '../../lib/query';
import { href } from '../../lib/router';
import { AppointmentTabs } from './AppointmentTabs';

const WEEKDAYS = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** '2 of 9 · 22%' over the attempts whose result is known; null when none is known yet. */
export function rateText(granted: number, decided: number): string | null {
  if (decided <= 0) return null;
  return `${granted} of ${decided} · ${Math.round((granted / decided) * 100)}%`;
}

function Rate({ group }: { group: Pick<AttemptStatsGroup<unknown>, 'attempts' | 'granted' | 'pending'> }) {
  const decided = group.attempts - group.pending;
  const text = rateText(group.granted, decided);
  const pct = decided > 0 ? (group.granted / decided) * 100 : 0;
  return (
    <span className="rate">
      <span className="rate-bar" aria-hidden>
        <span className="rate-fill" style={{ width: `${pct}%` }} />
      </span>
      <span className="rate-text">{text ?? <span className="muted">no result yet</span>}</span>
    </span>
  );
}

function GroupTable<K>({ title, label, groups, name }: { title: string; label: string; groups: AttemptStatsGroup<K>[]; name: (g: AttemptStatsGroup<K>) => ReactNode }) {
  return (
    <section className="card stats-card" aria-labelledby={`stats-${label}`}>
      <h2 className="card-title" id={`stats-${label}`}>
        {title}
      </h2>
      {groups.length === 0 ? (
        <p className="muted">No attempts.</p>
      ) : (
        <table className="table stats-table">
          <thead>
            <tr>
              <th scope="col">{label}</th>
              <th scope="col" className="num">
                Attempts
              </th>
              <th scope="col">Appointments</th>
            </tr>
          </thead>
          <tbody>
            {groups.map((g, i) => (
              <tr key={String(g.key ?? `none-${i}`)}>
                <th scope="row">{name(g)}</th>
                <td className="num">
                  {g.attempts}
                  {g.pending > 0 && <span className="stats-pending">{g.pending} pending</span>}
                </td>
                <td>
                  <Rate group={g} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function Statistics() {
  const [tripId, setTripId] = useState('');
  const stats = useChannel('attempts.stats', tripId ? { tripId: Number(tripId) } : undefined);
  const trips = useChannel('trips.list');

  const s = stats.data;
  const decided = s ? s.total - s.pending : 0;
  const overall = s ? rateText(s.granted, decided) : null;

  return (
    <div className="page page--wide">
      <PageHeader title="Appointments" subtitle="Your own record of what worked: every rate comes with its count." />
      <AppointmentTabs current="stats" />
      {stats.isPending && <LoadingState label="Counting attempts…" />}
      {stats.error && <ErrorState message={stats.error.message} onRetry={() => void stats.refetch()} />}
      {s && (
        <>
          <div className="stats-top">
            <section className="card stats-overall" aria-labelledby="stats-overall-title">
              <h2 className="card-title" id="stats-overall-title">
                Your attempts
              </h2>
              <p className="stats-big">{overall ?? (s.total === 0 ? 'None yet' : 'No result yet')}</p>
              <p className="muted">
                {s.total} attempt{s.total === 1 ? '' : 's'} recorded · {s.granted} appointment{s.granted === 1 ? '' : 's'} · {s.pending} pending
                {overall && ' · rates count the attempts whose result is known'}
              </p>
              <Field label="Trip" className="stats-filter">
                {(a) => (
                  <select {...a} value={tripId} onChange={(e) => setTripId(e.target.value)}>
                    <option value="">All trips and attempts</option>
                    {trips.data?.map((t) => (
                      <option key={t.id} value={t.id}>
                        {t.title}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </section>
            <aside className="card stats-context" aria-labelledby="stats-context-title">
              <h2 className="card-title" id="stats-context-title">
                <Info size={14} aria-hidden /> Reported context · community-reported
              </h2>
              <p>
                People who follow the lottery report <strong>about 10,000 requests a day</strong> for <strong>30–60 slots</strong> across the three Paris
                boutiques: roughly 3 to 6 in 1,000 per request. They report it as pure chance: purchase history, SA connections and status are said not
                to change the odds.
              </p>
              <p className="muted small">
                Hermès publishes no figures. Your own numbers are a small sample, so each rate here is shown with the counts behind it.
              </p>
            </aside>
          </div>
          {s.total === 0 ? (
            <EmptyState
              icon={BarChart3}
              title={tripId ? 'No attempts for this trip' : 'Nothing to count yet'}
              action={
                <a className="button button--primary" href={href('/appointments')}>
                  Open the planner
                </a>
              }
            >
              Record your lottery attempts in the planner (and walk-ins or SA requests in Attempts): their results appear here by method, boutique,
              weekday and trip.
            </EmptyState>
          ) : (
            <div className="stats-grid">
              <GroupTable title="By method" label="Method" groups={s.byMethod} name={(g) => METHOD_LABELS[g.key].charAt(0).toUpperCase() + METHOD_LABELS[g.key].slice(1)} />
              <GroupTable
                title="By boutique preference"
                label="Boutique"
                groups={s.byBoutiquePreference}
                name={(g) => s.byBoutiquePreference.find((b) => b.key === g.key)?.label ?? 'No preference'}
              />
              <GroupTable title="By weekday of the wanted day" label="Weekday" groups={s.byWeekday} name={(g) => WEEKDAYS[g.key] ?? String(g.key)} />
              <GroupTable
                title="By trip"
                label="Trip"
                groups={s.byTrip}
                name={(g) => {
                  const t = s.byTrip.find((x) => x.key === g.key);
                  return g.key === null ? <span className="muted">Not part of a trip</span> : (t?.title ?? `Trip ${g.key}`);
                }}
              />
            </div>
          )}
        </>
      )}
    </div>
  );
}
