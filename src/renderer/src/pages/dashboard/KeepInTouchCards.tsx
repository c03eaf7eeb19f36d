/**
 * Keeping in touch on the dashboard: Snooze and Done for a follow-up due, SAs not contacted for
 * longer than their cadence, and birthdays and name days this week.
 */
import { Cake, Check, Clock3, HeartHandshake } from 'lucide-react';
import { DateTime } from 'luxon';
import type { DashboardSummary } from '../../../../shared/api/dashboard';
import { cadenceLabel } from '../../../../shared/domain/keep-in-touch';
import { showToast } from '../../components/toast/toast';
import { formatDay } from '../../lib/format';
import { useWrite } from '../../lib/query';
import { relativeWithDay } from '../../lib/relative-day';
import { href } from '../../lib/router';
import { DashCard, DashEmpty } from './DashCard';
import './keep-in-touch.css';

/** Done and Snooze beside a follow-up due (the journal's day, not the machine's). */
export function FollowUpActions({ id, name, today }: { id: number; name: string; today: string }) {
  const done = useWrite('contacts.followUpDone');
  const snooze = useWrite('contacts.snooze');
  const week = DateTime.fromISO(today).plus({ days: 7 }).toISODate()!;
  return (
    <span className="dash-follow-actions" role="group" aria-label={`Follow-up with ${name}`}>
      <button
        type="button"
        className="icon-button"
        aria-label={`Done: followed up with ${name}`}
        title="Done"
        disabled={done.isPending}
        onClick={() =>
          done.mutate(
            { id },
            {
              onSuccess: (c) => showToast({ message: `Followed up with ${name}.${c.nextFollowUp ? ` Next ${relativeWithDay(c.nextFollowUp.day, today)}.` : ''}` }),
              onError: (e) => showToast({ tone: 'error', message: e.message }),
            },
          )
        }
      >
        <Check size={15} aria-hidden />
      </button>
      <button
        type="button"
        className="icon-button"
        aria-label={`Snooze ${name} a week`}
        title="Snooze a week"
        disabled={snooze.isPending}
        onClick={() =>
          snooze.mutate(
            { id, until: week },
            {
              onSuccess: () => showToast({ message: `${name}: snoozed to ${formatDay(week, false)}.` }),
              onError: (e) => showToast({ tone: 'error', message: e.message }),
            },
          )
        }
      >
        <Clock3 size={15} aria-hidden />
      </button>
    </span>
  );
}

export function CadenceCard({ summary }: { summary: DashboardSummary }) {
  const rows = summary.cadenceOverdue;
  return (
    <DashCard id="dash-cadence" title="Keep in touch: overdue" icon={HeartHandshake} to="/contacts" toLabel="Contacts" className="dash-cadence">
      {rows.length === 0 ? (
        <DashEmpty>Nobody: every SA with a keep-in-touch cadence has heard from you within it.</DashEmpty>
      ) : (
        <ul className="dash-rows">
          {rows.map((r) => (
            <li key={r.id}>
              <a className="dash-row" href={href(`/contacts/${r.id}`)}>
                <span className="dash-row-main">
                  <span className="dash-row-title">{r.name}</span>
                  <span className="dash-row-sub">
                    {[r.boutiqueName, `keep in touch ${cadenceLabel(r.cadence)}`].filter(Boolean).join(' · ')}
                    {r.lastInteractionDay ? ` · last contact ${relativeWithDay(r.lastInteractionDay, summary.today)}` : ' · no contact logged'}
                  </span>
                </span>
                <span className="dash-due dash-due--late">{r.daysSince} days</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </DashCard>
  );
}

export function BirthdaysCard({ summary }: { summary: DashboardSummary }) {
  const rows = summary.birthdaysThisWeek;
  return (
    <DashCard id="dash-birthdays" title="Birthdays this week" icon={Cake} to="/contacts" toLabel="Contacts" className="dash-birthdays">
      {rows.length === 0 ? (
        <DashEmpty>No birthday or name day in the next seven days.</DashEmpty>
      ) : (
        <ul className="dash-rows">
          {rows.map((r) => (
            <li key={`${r.what}:${r.id}`}>
              <a className="dash-row" href={href(`/contacts/${r.id}`)}>
                <span className="dash-row-main">
                  <span className="dash-row-title">{r.name}</span>
                  <span className="dash-row-sub">
                    {r.what === 'birthday' ? 'Birthday' : 'Name day'} · {formatDay(r.day, false)}
                    {r.turns !== null ? ` · turns ${r.turns}` : ''}
                  </span>
                </span>
                <span className={`dash-due${r.inDays === 0 ? ' dash-due--late' : ''}`}>{r.inDays === 0 ? 'Today' : r.inDays === 1 ? 'Tomorrow' : `In ${r.inDays} days`}</span>
              </a>
            </li>
          ))}
        </ul>
      )}
    </DashCard>
  );
}
