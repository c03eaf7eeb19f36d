/**
 * "Briefs to read": the granted appointments and planned store visits of the next two weeks,
 * each with its brief one click away — to read the evening before.
 */
import { DateTime } from 'luxon';
import { ClipboardList } from 'lucide-react';
import { useChannel } from '../../lib/query';
import { href } from '../../lib/router';
import { formatDay } from '../../lib/format';
import { DashCard, DashEmpty } from './DashCard';

const AHEAD_DAYS = 14;

export function BriefsCard({ today }: { today: string }) {
  const to = DateTime.fromISO(today).plus({ days: AHEAD_DAYS }).toISODate()!;
  const attempts = useChannel('attempts.list', { from: today, to });
  const visits = useChannel('visits.list', { from: today, to });
  const items = [
    ...(attempts.data ?? [])
      .filter((a) => a.appointmentAt && (a.result === 'granted' || a.result === 'time_changed'))
      .map((a) => ({ key: `a${a.id}`, day: a.wantedDay, label: 'Appointment', at: DateTime.fromISO(a.appointmentAt!).setZone('Europe/Paris').toFormat('HH:mm'), to: `/visits/brief/attempt/${a.id}` })),
    ...(visits.data ?? [])
      .filter((v) => v.status === 'planned')
      .map((v) => ({ key: `v${v.id}`, day: v.day, label: `Visit to ${v.boutiqueName ?? 'a boutique'}`, at: v.time, to: `/visits/brief/visit/${v.id}` })),
  ].sort((a, b) => a.day.localeCompare(b.day) || (a.at ?? '').localeCompare(b.at ?? ''));
  return (
    <DashCard id="dash-briefs" title="Briefs to read" icon={ClipboardList} to="/visits" toLabel="Store visits" className="dash-briefs">
      {items.length === 0 ? (
        <DashEmpty action={{ to: '/visits/new', label: 'Plan a visit' }}>No appointment or planned visit in the next two weeks.</DashEmpty>
      ) : (
        <ul className="plain-list dash-briefs-list">
          {items.map((i) => (
            <li key={i.key}>
              <a href={href(i.to)}>
                {i.label} · {formatDay(i.day, false)}
                {i.at ? ` · ${i.at}` : ''}
              </a>
            </li>
          ))}
        </ul>
      )}
    </DashCard>
  );
}
