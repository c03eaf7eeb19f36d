import { DateTime } from 'luxon';
import { BellRing, CalendarClock, Plus, Search, Users } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { Boutique } from '../../../../shared/api/boutiques';
import { MOVED_ON_LABELS, type Contact } from '../../../../shared/api/contacts';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../components/States';
import { formatDay } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { relativeWithDay, todayDay } from '../../lib/relative-day';
import './relationship.css';
import { href, navigate } from '../../lib/router';
import '../../styles/contacts.css';
import { ASKED_LOOKBACK_MONTHS, appointmentReminders, type AppointmentReminder } from './appointment-reminder';
import { Avatar } from './Avatar';
import { ContactDetail } from './ContactDetail';
import { boutiqueOrder, ContactForm } from './ContactForm';
import { ROLE_LABELS } from './labels';
import { fold } from '../../../../shared/fold';

export function ContactsPage({ route }: { route: string[] }) {
  // '#/contacts/new' (the File menu's "New contact") is the list with the new-contact form open.
  if (route[0] === 'new') return <ContactList routeNew />;
  const id = route[0] ? Number(route[0]) : null;
  return id ? <ContactDetail id={id} /> : <ContactList />;
}

function matches(contact: Contact, boutique: Boutique | undefined, words: string[]): boolean {
  if (words.length === 0) return true;
  const text = fold(
    [
      contact.name,
      ROLE_LABELS[contact.role],
      contact.department,
      boutique?.name,
      boutique?.city,
      ...contact.languages,
      contact.phone,
      contact.email,
      contact.messaging,
      contact.notes,
    ]
      .filter(Boolean)
      .join(' '),
  );
  return words.every((w) => text.includes(w));
}

interface Group {
  key: string;
  title: string;
  subtitle: string | null;
  boutiqueId: number | null;
  contacts: Contact[];
}

function groupByBoutique(contacts: Contact[], boutiques: Boutique[]): Group[] {
  const byId = new Map(boutiques.map((b) => [b.id, b]));
  const groups: Group[] = [...boutiques].sort(boutiqueOrder).map((b) => ({
    key: String(b.id),
    title: b.name,
    subtitle: [b.city, b.isHome ? 'home store' : null, b.takesLeatherAppointments ? 'leather appointments' : null].filter(Boolean).join(' · '),
    boutiqueId: b.id,
    contacts: [],
  }));
  const none: Group = { key: 'none', title: 'Not tied to a boutique', subtitle: 'Concierges, friends and others', boutiqueId: null, contacts: [] };
  for (const c of contacts) {
    const g = c.boutiqueId !== null && byId.has(c.boutiqueId) ? groups.find((x) => x.boutiqueId === c.boutiqueId)! : none;
    g.contacts.push(c);
  }
  return [...groups, none].filter((g) => g.contacts.length > 0);
}

function ContactList({ routeNew = false }: { routeNew?: boolean }) {
  const contacts = useChannel('contacts.list', { limit: 1000 });
  const boutiques = useChannel('boutiques.list');
  const trips = useChannel('trips.list');
  const today = todayDay();
  const since = DateTime.fromISO(today).minus({ months: ASKED_LOOKBACK_MONTHS }).toISODate()!;
  const asked = useChannel('interactions.list', { kind: 'asked_appointment', from: since, limit: 1000 });
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<'boutique' | 'lastContacted'>('boutique');
  const [creating, setCreating] = useState<{ boutiqueId: number | null } | null>(null);
  const searchRef = useRef<HTMLInputElement>(null);

  // "/" jumps to the search box, "n" opens a new contact (when not typing somewhere else).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      if (e.key === '/') {
        e.preventDefault();
        searchRef.current?.focus();
      } else if (e.key === 'n') {
        e.preventDefault();
        setCreating({ boutiqueId: null });
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const words = fold(query).split(/\s+/).filter(Boolean);
  const boutiqueById = useMemo(() => new Map((boutiques.data ?? []).map((b) => [b.id, b])), [boutiques.data]);
  const shown = (contacts.data ?? []).filter((c) => matches(c, c.boutiqueId === null ? undefined : boutiqueById.get(c.boutiqueId), words));
  const groups = groupByBoutique(shown, boutiques.data ?? []);
  const due = shown.filter((c) => c.nextFollowUp !== null && c.nextFollowUp.day <= today).sort((a, b) => a.nextFollowUp!.day.localeCompare(b.nextFollowUp!.day));
  // Never contacted first, then the longest since the last contact.
  const byLastContact = [...shown].sort(
    (a, b) => Number(a.lastInteractionDay !== null) - Number(b.lastInteractionDay !== null) || (a.lastInteractionDay ?? '').localeCompare(b.lastInteractionDay ?? '') || a.name.localeCompare(b.name),
  );
  const reminders =
    contacts.data && boutiques.data && trips.data && asked.data
      ? appointmentReminders({ today, trips: trips.data, contacts: contacts.data, boutiques: boutiques.data, interactions: asked.data })
      : [];
  const error = contacts.error ?? boutiques.error;

  return (
    <div className="page">
      <PageHeader
        title="Contacts"
        subtitle="SAs, managers and concierges, with everything that happened with each of them."
        actions={
          <button type="button" className="button button--primary" onClick={() => setCreating({ boutiqueId: null })} aria-keyshortcuts="n">
            <Plus size={16} aria-hidden /> New contact
          </button>
        }
      />
      {(contacts.isPending || boutiques.isPending) && !error && <LoadingState label="Loading contacts…" />}
      {error && (
        <ErrorState
          message={error.message}
          onRetry={() => {
            void contacts.refetch();
            void boutiques.refetch();
          }}
        />
      )}
      {reminders.map((r) => (
        <AppointmentReminderBanner key={r.trip.id} reminder={r} />
      ))}
      {contacts.data && boutiques.data && contacts.data.length === 0 && (
        <EmptyState
          icon={Users}
          title="No contacts yet"
          action={
            <button type="button" className="button button--primary" onClick={() => setCreating({ boutiqueId: null })}>
              <Plus size={16} aria-hidden /> Add your first contact
            </button>
          }
        >
          Start with your SA at your home store: who they are, how to reach them, and each visit, message and offer from then on.
        </EmptyState>
      )}
      {contacts.data && boutiques.data && contacts.data.length > 0 && (
        <>
          <div className="contacts-toolbar">
            <label className="search-box">
              <Search size={16} aria-hidden />
              <span className="sr-only">Search contacts</span>
              <input
                ref={searchRef}
                type="search"
                value={query}
                onChange={(e) => setQuery(e.target.value)}
                placeholder="Search by name, boutique, language, notes…"
                aria-keyshortcuts="/"
              />
              <kbd aria-hidden>/</kbd>
            </label>
            <label className="contacts-sort">
              Sort
              <select value={sort} onChange={(e) => setSort(e.target.value as 'boutique' | 'lastContacted')}>
                <option value="boutique">By boutique</option>
                <option value="lastContacted">Last contacted (longest ago first)</option>
              </select>
            </label>
            <p className="muted contacts-count" role="status">
              {words.length > 0 ? `${shown.length} of ${contacts.data.length} contacts` : `${contacts.data.length} contact${contacts.data.length === 1 ? '' : 's'}`}
            </p>
          </div>
          {shown.length === 0 && (
            <EmptyState icon={Search} title="No contact matches">
              Nothing matches “{query.trim()}”. Try part of a name, a boutique or a language.
            </EmptyState>
          )}
          {due.length > 0 && (
            <section className="group" aria-labelledby="due-title">
              <h2 className="group-title group-title--due" id="due-title">
                <BellRing size={14} aria-hidden /> Follow-ups due
              </h2>
              <ul className="card-list">
                {due.map((c) => (
                  <ContactRow key={c.id} contact={c} boutique={c.boutiqueId === null ? undefined : boutiqueById.get(c.boutiqueId)} today={today} showBoutique />
                ))}
              </ul>
            </section>
          )}
          {sort === 'lastContacted' && shown.length > 0 && (
            <section className="group" aria-labelledby="by-last-contact-title">
              <h2 className="group-title" id="by-last-contact-title">
                By last contact
              </h2>
              <ul className="card-list">
                {byLastContact.map((c) => (
                  <ContactRow key={c.id} contact={c} boutique={c.boutiqueId === null ? undefined : boutiqueById.get(c.boutiqueId)} today={today} showBoutique />
                ))}
              </ul>
            </section>
          )}
          {sort === 'boutique' && groups.map((g) => (
            <section key={g.key} className="group" aria-labelledby={`group-${g.key}`}>
              <div className="contacts-group-header">
                <h2 className="group-title" id={`group-${g.key}`}>
                  {g.title}
                </h2>
                {g.subtitle && <span className="muted contacts-group-subtitle">{g.subtitle}</span>}
              </div>
              <ul className="card-list">
                {g.contacts.map((c) => (
                  <ContactRow key={c.id} contact={c} boutique={undefined} today={today} />
                ))}
              </ul>
            </section>
          ))}
        </>
      )}
      <ContactForm
        open={creating !== null || routeNew}
        boutiqueId={creating?.boutiqueId ?? null}
        onClose={() => {
          setCreating(null);
          if (routeNew) navigate('/contacts');
        }}
        onSaved={(c) => {
          setCreating(null);
          navigate(`/contacts/${c.id}`);
        }}
      />
    </div>
  );
}

function ContactRow({ contact: c, boutique, today, showBoutique }: { contact: Contact; boutique: Boutique | undefined; today: string; showBoutique?: boolean }) {
  const next = c.nextFollowUp?.day ?? null;
  const due = next !== null && next <= today;
  return (
    <li>
      <a className="card card--link contact-card" href={href(`/contacts/${c.id}`)}>
        <Avatar name={c.name} />
        <div className="contact-card-main">
          <span className="contact-card-name">{c.name}</span>
          <span className="muted">
            {[ROLE_LABELS[c.role], c.department, showBoutique ? (boutique?.name ?? null) : null].filter(Boolean).join(' · ')}
            {c.languages.length > 0 && <> · {c.languages.join(', ')}</>}
          </span>
        </div>
        <div className="contact-card-meta">
          {c.movedOn && (
            <span className="chip chip--moved">
              {MOVED_ON_LABELS[c.movedOn.reason]} {formatDay(c.movedOn.day, false)}
            </span>
          )}
          {next && (
            <span className={`chip ${due ? 'chip--due' : ''}`}>
              <CalendarClock size={14} aria-hidden />
              {due ? `Follow up ${next === today ? 'today' : `· due ${formatDay(next, false)}`}` : `Follow up ${formatDay(next, false)}`}
            </span>
          )}
          <span className="contact-card-last muted">
            {c.lastInteractionDay ? `Last contact ${relativeWithDay(c.lastInteractionDay, today)}` : 'No contact logged'}
          </span>
        </div>
      </a>
    </li>
  );
}

function AppointmentReminderBanner({ reminder: r }: { reminder: AppointmentReminder }) {
  const log = useWrite('interactions.create');
  const when = r.daysUntil === 0 ? 'starts today' : r.daysUntil === 1 ? 'starts tomorrow' : `starts in ${r.daysUntil} days`;
  return (
    <section className="banner banner--warn ask-reminder" aria-label={`Reminder for ${r.trip.title}`}>
      <CalendarClock size={18} aria-hidden className="ask-reminder-icon" />
      <div className="ask-reminder-body">
        <p className="ask-reminder-text">
          <a href={href(`/trips/${r.trip.id}`)}>{r.trip.title}</a> {when} ({formatDay(r.trip.startDay, false)}). You have not asked{' '}
          {r.contacts.length === 1 ? 'your home-store SA' : 'these home-store SAs'} about a Paris appointment since {formatDay(r.askedSince, false)}. Home SAs are
          reported to need about two months’ notice.
        </p>
        <ul className="ask-reminder-list">
          {r.contacts.map((c) => (
            <li key={c.id}>
              <a href={href(`/contacts/${c.id}`)}>{c.name}</a> <span className="ask-reminder-boutique">· {c.boutiqueName}</span>
              <button
                type="button"
                className="button button--small"
                disabled={log.isPending}
                onClick={() =>
                  log.mutate({ contactId: c.id, day: todayDay(), kind: 'asked_appointment', summary: `Asked about a Paris appointment for ${r.trip.title}.` })
                }
              >
                I asked {c.name.split(' ')[0]} today
              </button>
            </li>
          ))}
        </ul>
        {log.error && <p className="field-error">{log.error.message}</p>}
      </div>
    </section>
  );
}
