/** Every attempt, newest wanted day first, with filters; any method can be recorded here. */
import { ListChecks, Plus, ShieldAlert } from 'lucide-react';
import { useState } from 'react';
import { ATTEMPT_METHODS, ATTEMPT_RESULTS, LOTTERY_STEPS, METHOD_LABELS, type AttemptMethod, type AttemptResult, type LotteryStep } from '../../../../shared/api/attempts';
import type { InputOf } from '../../../../shared/api';
import { BoutiqueSelect } from '../../components/boutiques/BoutiqueSelect';
import { Field } from '../../components/Field';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../components/States';
import { formatDay } from '../../lib/format';
import { useChannel } from '../../lib/query';
import { href, navigate } from '../../lib/router';
import { AppointmentTabs } from './AppointmentTabs';
import { AttemptForm } from './AttemptForm';
import { STEP_SHORT, RESULT_LABELS } from './tracker';
import { TableScroll } from '../../components/TableScroll';

interface Filters {
  method: '' | AttemptMethod;
  result: '' | AttemptResult;
  boutiqueId: string;
  tripId: string;
  from: string;
  to: string;
}

const NO_FILTERS: Filters = { method: '', result: '', boutiqueId: '', tripId: '', from: '', to: '' };

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

export function AttemptList() {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [creating, setCreating] = useState(false);
  const input: NonNullable<InputOf<'attempts.list'>> = { limit: 1000 };
  if (filters.method) input.method = filters.method;
  if (filters.result) input.result = filters.result;
  if (filters.boutiqueId) input.boutiqueId = filters.boutiqueId === 'none' ? 'none' : Number(filters.boutiqueId);
  if (filters.tripId) input.tripId = Number(filters.tripId);
  if (filters.from) input.from = filters.from;
  if (filters.to) input.to = filters.to;
  const attempts = useChannel('attempts.list', input);
  const trips = useChannel('trips.list');
  const boutiques = useChannel('boutiques.list');
  const settings = useChannel('settings.get');
  const filtered = Object.values(filters).some(Boolean);
  const set = <K extends keyof Filters>(key: K) => (e: { target: { value: string } }) => setFilters((f) => ({ ...f, [key]: e.target.value as Filters[K] }));

  const tripOf = (id: number | null) => trips.data?.find((t) => t.id === id);
  const whoOf = (tripId: number | null, companionId: number | null) =>
    companionId === null ? 'You' : (tripOf(tripId)?.companions.find((c) => c.id === companionId)?.name ?? 'Companion');
  const boutiqueOf = (id: number | null) => (id === null ? null : (boutiques.data?.find((b) => b.id === id)?.name ?? null));

  const recordButton = (
    <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
      <Plus size={16} aria-hidden /> Record an attempt
    </button>
  );

  return (
    <div className="page page--wide">
      <PageHeader title="Appointments" subtitle="Every try at a leather appointment, by any route, and what came of it." actions={recordButton} />
      <AppointmentTabs current="list" />
      <form className="filters" aria-label="Filter attempts" onSubmit={(e) => e.preventDefault()}>
        <Field label="Method">
          {(a) => (
            <select {...a} value={filters.method} onChange={set('method')}>
              <option value="">All methods</option>
              {ATTEMPT_METHODS.map((m) => (
                <option key={m} value={m}>
                  {capital(METHOD_LABELS[m])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Result">
          {(a) => (
            <select {...a} value={filters.result} onChange={set('result')}>
              <option value="">All results</option>
              {ATTEMPT_RESULTS.map((r) => (
                <option key={r} value={r}>
                  {RESULT_LABELS[r]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Boutique">
          {(a) => (
            <BoutiqueSelect
              {...a}
              value={filters.boutiqueId}
              onChange={(boutiqueId) => setFilters((f) => ({ ...f, boutiqueId }))}
              emptyLabel="Any boutique"
              extraOptions={[{ value: 'none', label: 'No preference' }]}
              showArchived
              allowAdd={false}
            />
          )}
        </Field>
        <Field label="Trip">
          {(a) => (
            <select {...a} value={filters.tripId} onChange={set('tripId')}>
              <option value="">All trips</option>
              {trips.data?.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.title}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Wanted from">{(a) => <input {...a} type="date" value={filters.from} onChange={set('from')} />}</Field>
        <Field label="Wanted until" error={attempts.error?.issues.find((i) => i.path[0] === 'to')?.message}>
          {(a) => <input {...a} type="date" value={filters.to} onChange={set('to')} />}
        </Field>
        {filtered && (
          <button type="button" className="button filters-clear" onClick={() => setFilters(NO_FILTERS)}>
            Clear filters
          </button>
        )}
      </form>

      {attempts.isPending && <LoadingState label="Loading attempts…" />}
      {attempts.error && !attempts.error.issues.some((i) => i.path[0] === 'to') && <ErrorState message={attempts.error.message} onRetry={() => void attempts.refetch()} />}
      {attempts.data && attempts.data.length === 0 && !filtered && (
        <EmptyState icon={ListChecks} title="No attempts yet" action={recordButton}>
          Plan a trip’s lottery windows in the Planner and record each try there, or record a walk-in, a concierge or SA request here.
        </EmptyState>
      )}
      {attempts.data && attempts.data.length === 0 && filtered && <p className="muted">No attempt matches these filters.</p>}
      {attempts.data && attempts.data.length > 0 && (
        <div className="card table-card">
          <TableScroll label="Attempts">
            <table className="table attempts-table">
              <caption className="sr-only">Attempts{filtered ? ' matching the filters' : ''}</caption>
              <thead>
                <tr>
                  <th scope="col">Wanted day</th>
                  <th scope="col">How</th>
                  <th scope="col">Who</th>
                  <th scope="col">Boutique</th>
                  <th scope="col">Trip</th>
                  <th scope="col">Progress</th>
                  <th scope="col">Result</th>
                </tr>
              </thead>
              <tbody>
                {attempts.data.map((a) => (
                  <tr key={a.id} className="row-link" onClick={() => navigate(`/appointments/${a.id}`)}>
                    <td>
                      <a href={href(`/appointments/${a.id}`)}>{formatDay(a.wantedDay)}</a>
                    </td>
                    <td>{capital(METHOD_LABELS[a.method])}</td>
                    <td>{whoOf(a.tripId, a.companionId)}</td>
                    <td>{boutiqueOf(a.boutiqueId) ?? <span className="muted">{a.method === 'lottery' ? 'No preference' : '—'}</span>}</td>
                    <td>{tripOf(a.tripId)?.title ?? <span className="muted">—</span>}</td>
                    <td>
                      {a.method === 'lottery' ? (
                        <span className="progress-cell">
                          <span className="mini-steps" aria-hidden>
                            {LOTTERY_STEPS.map((s, i) => (
                              <span key={s} className={`mini-step${i <= LOTTERY_STEPS.indexOf(a.stepReached as LotteryStep) ? ' mini-step--done' : ''}`} />
                            ))}
                          </span>
                          {a.stepReached === 'none' ? 'Not started' : STEP_SHORT[a.stepReached]}
                          {a.blockedCount > 0 && (
                            <span className="chip chip--small chip--warn" title="Blocked messages">
                              <ShieldAlert size={12} aria-hidden /> {a.blockedCount}
                              <span className="sr-only"> blocked</span>
                            </span>
                          )}
                        </span>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td>
                      <span className={`status status--${a.result}`}>{RESULT_LABELS[a.result]}</span>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        </div>
      )}
      {settings.data && (
        <AttemptForm
          open={creating}
          homeZone={settings.data.homeZone}
          onClose={() => setCreating(false)}
          onSaved={(a) => {
            setCreating(false);
            navigate(`/appointments/${a.id}`);
          }}
        />
      )}
    </div>
  );
}
