import { BarChart3, CalendarClock, ListChecks } from 'lucide-react';
import { href } from '../../lib/router';

const TABS = [
  { key: 'planner', label: 'Planner', path: '/appointments', icon: CalendarClock },
  { key: 'list', label: 'Attempts', path: '/appointments/list', icon: ListChecks },
  { key: 'stats', label: 'Statistics', path: '/appointments/stats', icon: BarChart3 },
] as const;

/** The three views of the Appointments section. */
export function AppointmentTabs({ current }: { current: (typeof TABS)[number]['key'] | null }) {
  return (
    <nav className="tabs" aria-label="Appointments views">
      {TABS.map((t) => {
        const Icon = t.icon;
        return (
          <a key={t.key} href={href(t.path)} className={`tab${t.key === current ? ' tab--active' : ''}`} aria-current={t.key === current ? 'page' : undefined}>
            <Icon size={15} aria-hidden /> {t.label}
          </a>
        );
      })}
    </nav>
  );
}
