/**
 * The home screen: everything dated in the journal on a month, week or agenda view, in Paris
 * time or the user's own. FullCalendar draws the grid (its CSS ships as a static stylesheet, see
 * scripts/fullcalendar-static-css.ts); the toolbar, legend, day panel and keyboard are ours.
 */
import type { DateSelectArg, DatesSetArg, DayCellContentArg, DayHeaderContentArg, EventChangeArg, EventClickArg, EventContentArg } from '@fullcalendar/core';
import enGbLocale from '@fullcalendar/core/locales/en-gb';
import dayGridPlugin from '@fullcalendar/daygrid';
import interactionPlugin, { type DateClickArg } from '@fullcalendar/interaction';
import listPlugin from '@fullcalendar/list';
import luxonPlugin from '@fullcalendar/luxon3';
import FullCalendar from '@fullcalendar/react';
import timeGridPlugin from '@fullcalendar/timegrid';
import { keepPreviousData, useQuery, useQueryClient } from '@tanstack/react-query';
import { CalendarDays, ChevronLeft, ChevronRight, Globe, Plus, X } from 'lucide-react';
import { DateTime } from 'luxon';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CalendarEvent, CalendarKind } from '../../../../shared/api/calendar';
import type { Trip } from '../../../../shared/api/trips';
import { ApiError, request } from '../../api';
import { ErrorState, PageHeader } from '../../components/States';
import { systemZone } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { href, navigate } from '../../lib/router';
import { TripForm } from '../trips/TripForm';
import { EventChip } from './EventChip';
import { dayOf, isOnDay, linkOf, longDay, PARIS, plusDays, rankOf, shortRange, todayIn, toInputs, whenText, zoneCity } from './events';
import { KINDS, lookOf } from './kinds';
import { useCalendarKeys } from './useCalendarKeys';
import '../../styles/calendar.css';

export type ViewSlug = 'month' | 'week' | 'agenda';
const VIEW_TYPES: Record<ViewSlug, string> = { month: 'dayGridMonth', week: 'timeGridWeek', agenda: 'listMonth' };
const VIEW_LABELS: Record<ViewSlug, string> = { month: 'Month', week: 'Week', agenda: 'Agenda' };
const VIEW_KEYS: Record<ViewSlug, string> = { month: 'M', week: 'W', agenda: 'A' };
const slugOf = (type: string): ViewSlug => (Object.entries(VIEW_TYPES).find(([, t]) => t === type)?.[0] as ViewSlug | undefined) ?? 'month';
const isDay = (s: string | undefined): s is string => !!s && /^\d{4}-\d{2}-\d{2}$/.test(s);

const stored = {
  get<T>(key: string, fallback: T): T {
    try {
      const raw = window.localStorage.getItem(`carnet.calendar.${key}`);
      return raw === null ? fallback : (JSON.parse(raw) as T);
    } catch {
      return fallback;
    }
  },
  set(key: string, value: unknown): void {
    try {
      window.localStorage.setItem(`carnet.calendar.${key}`, JSON.stringify(value));
    } catch {
      // Private mode or a full store: the choice simply is not remembered.
    }
  },
};

interface Notice {
  tone: 'error' | 'ok';
  text: string;
  link?: { label: string; to: string };
}

/** The days the month grid shows for the month starting `first` (weeks from Monday, as many as the month spans). */
function monthGrid(first: string): { from: string; to: string } {
  const start = DateTime.fromISO(first, { zone: 'utc' }).startOf('month');
  const end = start.endOf('month');
  return { from: start.minus({ days: start.weekday - 1 }).toISODate()!, to: end.plus({ days: 7 - end.weekday }).toISODate()! };
}

/** The ranges "previous" and "next" will ask for, when the view's range is the usual one (month or week). */
function neighbours(view: ViewSlug, range: { from: string; to: string; currentFrom: string }): { from: string; to: string }[] {
  if (view === 'week') return [-7, 7].map((n) => ({ from: plusDays(range.from, n), to: plusDays(range.to, n) }));
  if (view !== 'month') return [];
  const grid = monthGrid(range.currentFrom);
  if (grid.from !== range.from || grid.to !== range.to) return [];
  const month = DateTime.fromISO(range.currentFrom, { zone: 'utc' });
  return [-1, 1].map((n) => monthGrid(month.plus({ months: n }).toISODate()!));
}

export function CalendarPage({ route }: { route: string[] }) {
  const settings = useChannel('settings.get');
  const homeZone = settings.data?.homeZone ?? systemZone();
  // '#/calendar/week/2026-12-07/paris' opens in Paris time (links and screenshots); otherwise the last choice.
  const [zoneMode, setZoneMode] = useState<'paris' | 'home'>(() =>
    route[2] === 'paris' || route[2] === 'home' ? route[2] : stored.get('zone', 'home'),
  );
  const displayZone = zoneMode === 'paris' ? PARIS : homeZone;

  const initialView: ViewSlug = route[0] && route[0] in VIEW_TYPES ? (route[0] as ViewSlug) : 'month';
  const initialDay = isDay(route[1]) ? route[1] : todayIn(displayZone);
  const [view, setView] = useState<ViewSlug>(initialView);
  const [title, setTitle] = useState('');
  const [range, setRange] = useState<{ from: string; to: string; currentFrom: string; currentTo: string } | null>(null);
  const [focused, setFocused] = useState(initialDay);
  const [anchor, setAnchor] = useState<string | null>(null);
  const [hidden, setHidden] = useState<Set<CalendarKind>>(() => new Set(stored.get<CalendarKind[]>('hidden', [])));
  const [creating, setCreating] = useState<{ startDay: string; endDay: string } | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const calendarRef = useRef<FullCalendar>(null);
  const gridRef = useRef<HTMLDivElement>(null);
  // Mirrors `focused` for FullCalendar's callbacks, which run before React renders: every
  // setFocused below writes it first.
  const focusedRef = useRef(initialDay);

  const api = () => calendarRef.current?.getApi();
  const input = range ? { from: range.from, to: range.to, zone: displayZone } : undefined;
  const events = useQuery<CalendarEvent[], ApiError>({
    queryKey: ['calendar', 'calendar.range', input ?? null],
    queryFn: () => request('calendar.range', input!),
    enabled: input !== undefined,
    placeholderData: keepPreviousData,
  });
  // The neighbouring months (or weeks) are read ahead once this one is shown, so "next" and
  // "previous" draw from the cache instead of waiting for a round trip.
  const queryClient = useQueryClient();
  useEffect(() => {
    if (!range || !events.data || events.isPlaceholderData) return;
    for (const neighbour of neighbours(view, range)) {
      const next = { from: neighbour.from, to: neighbour.to, zone: displayZone };
      void queryClient.prefetchQuery({ queryKey: ['calendar', 'calendar.range', next], queryFn: () => request('calendar.range', next) });
    }
  }, [range, view, displayZone, events.data, events.isPlaceholderData, queryClient]);
  const anyTrip = useChannel('trips.list', { limit: 1 });
  const updateTrip = useWrite('trips.update');

  const all = useMemo(() => events.data ?? [], [events.data]);
  const visible = useMemo(() => all.filter((e) => !hidden.has(e.kind)), [all, hidden]);
  const fcEvents = useMemo(() => visible.flatMap(toInputs), [visible]);
  const counts = useMemo(() => {
    const c = new Map<CalendarKind, number>();
    for (const e of all) c.set(e.kind, (c.get(e.kind) ?? 0) + 1);
    return c;
  }, [all]);

  // Where the calendar stands is kept in the address, so a reload comes back to the same place.
  useEffect(() => {
    const next = `#/calendar/${view}/${focused}/${zoneMode}`;
    if (window.location.hash !== next) window.history.replaceState(null, '', next);
  }, [view, focused, zoneMode]);

  // A link to '#/calendar/week/2026-12-07/paris' while the calendar is open moves it there.
  useEffect(() => {
    const cal = api();
    if (!cal) return;
    if (route[2] === 'paris' || route[2] === 'home') setZoneMode(route[2]);
    if (isDay(route[1]) && route[1] !== focusedRef.current) {
      // The ref first: FullCalendar reports the new dates synchronously, before React renders.
      focusedRef.current = route[1];
      setFocused(route[1]);
      setAnchor(null);
      cal.gotoDate(route[1]);
    }
    if (route[0] && route[0] in VIEW_TYPES && VIEW_TYPES[route[0] as ViewSlug] !== cal.view.type) cal.changeView(VIEW_TYPES[route[0] as ViewSlug]);
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [route[0], route[1], route[2]]);

  // The week view opens at 08:00, or earlier when an event of the week starts earlier in the
  // zone shown (a Paris window opens at 04:30 in New York): once per week, zone and view.
  const scrolledFor = useRef('');
  useEffect(() => {
    if (view !== 'week' || !range || !events.data || events.isPlaceholderData) return;
    const key = `${range.from}|${displayZone}`;
    if (scrolledFor.current === key) return;
    scrolledFor.current = key;
    const starts = visible.filter((e) => !e.allDay).map((e) => DateTime.fromISO(e.start).setZone(displayZone));
    const minutes = Math.min(8 * 60, ...starts.map((d) => d.hour * 60 + d.minute - 30));
    api()?.scrollToTime({ minutes: Math.max(0, minutes) });
  }, [view, range, displayZone, events.data, events.isPlaceholderData, visible]);
  useEffect(() => {
    if (view !== 'week') scrolledFor.current = '';
  }, [view]);

  const selection = useMemo(() => {
    if (!anchor) return null;
    return anchor <= focused ? { from: anchor, to: focused } : { from: focused, to: anchor };
  }, [anchor, focused]);

  const goTo = useCallback((day: string, extend: boolean) => {
    const from = focusedRef.current;
    setAnchor((a) => (extend ? (a ?? from) : null));
    focusedRef.current = day;
    setFocused(day);
    const cal = api();
    if (!cal) return;
    const start = dayOf(cal.view.currentStart, cal.getOption('timeZone') ?? PARIS);
    const end = dayOf(cal.view.currentEnd, cal.getOption('timeZone') ?? PARIS);
    if (day < start || day >= end) cal.gotoDate(day);
  }, []);

  const changeView = useCallback((slug: ViewSlug) => {
    const cal = api();
    if (!cal) return;
    cal.changeView(VIEW_TYPES[slug], focusedRef.current);
  }, []);

  const planTrip = useCallback((from: string, to: string) => {
    setAnchor(null);
    setCreating({ startDay: from, endDay: to });
  }, []);

  useCalendarKeys({
    gridRef,
    onMove: (days, extend) => goTo(plusDays(focusedRef.current, days), extend),
    onToday: () => goTo(todayIn(displayZone), false),
    onView: changeView,
    onPage: (direction) => {
      const cal = api();
      if (!cal) return;
      if (direction < 0) cal.prev();
      else cal.next();
    },
    onEnter: () => (selection ? planTrip(selection.from, selection.to) : planTrip(focused, focused)),
    onEscape: () => setAnchor(null),
  });

  const onDatesSet = useCallback((info: DatesSetArg) => {
    const zone = info.view.calendar.getOption('timeZone') ?? PARIS;
    const from = dayOf(info.start, zone);
    const to = plusDays(dayOf(info.end, zone), -1);
    const currentFrom = dayOf(info.view.currentStart, zone);
    const currentTo = plusDays(dayOf(info.view.currentEnd, zone), -1);
    setRange((r) => (r && r.from === from && r.to === to && r.currentFrom === currentFrom ? r : { from, to, currentFrom, currentTo }));
    setTitle(info.view.title);
    setView(slugOf(info.view.type));
    const day = focusedRef.current;
    if (day < currentFrom || day > currentTo) {
      const today = todayIn(zone);
      focusedRef.current = today >= currentFrom && today <= currentTo ? today : currentFrom;
      setFocused(focusedRef.current);
      setAnchor(null);
    }
  }, []);

  const onEventClick = useCallback((info: EventClickArg) => {
    info.jsEvent.preventDefault();
    const e = info.event.extendedProps['event'] as CalendarEvent;
    navigate(linkOf(e).slice(1));
  }, []);

  const onEventChange = useCallback(
    async (info: EventChangeArg) => {
      const e = info.event.extendedProps['event'] as CalendarEvent;
      if (e.kind !== 'trip') {
        info.revert();
        return;
      }
      const startDay = info.event.startStr.slice(0, 10);
      const endExclusive = info.event.endStr ? info.event.endStr.slice(0, 10) : plusDays(startDay, 1);
      const endDay = plusDays(endExclusive, -1);
      try {
        const trip = await updateTrip.mutateAsync({ id: e.link.id, startDay, endDay });
        setNotice({ tone: 'ok', text: `“${trip.title}” now runs ${shortRange(trip.startDay, trip.endDay)}.` });
      } catch (err) {
        info.revert();
        const message = err instanceof ApiError ? err.message : 'Something went wrong; nothing was saved.';
        setNotice({ tone: 'error', text: `“${e.title}” was not changed: ${message}` });
      }
    },
    [updateTrip],
  );

  const onSelect = useCallback(
    (info: DateSelectArg) => {
      info.view.calendar.unselect();
      if (!info.allDay) return;
      planTrip(info.startStr.slice(0, 10), plusDays(info.endStr.slice(0, 10), -1));
    },
    [planTrip],
  );

  const onDateClick = useCallback((info: DateClickArg) => {
    setAnchor(null);
    focusedRef.current = info.dateStr.slice(0, 10);
    setFocused(focusedRef.current);
  }, []);

  const dayClasses = useCallback(
    (arg: DayCellContentArg | DayHeaderContentArg) => {
      const day = dayOf(arg.date, displayZone);
      const classes: string[] = [];
      if (day === focused) classes.push('cal-day--focused');
      if (selection && day >= selection.from && day <= selection.to) classes.push('cal-day--selected');
      return classes;
    },
    [focused, selection, displayZone],
  );

  const renderEvent = useCallback(
    (arg: EventContentArg) => <EventChip arg={arg} displayZone={displayZone} homeZone={homeZone} />,
    [displayZone, homeZone],
  );

  const toggleKind = (kind: CalendarKind) => {
    setHidden((h) => {
      const next = new Set(h);
      if (next.has(kind)) next.delete(kind);
      else next.add(kind);
      stored.set('hidden', [...next]);
      return next;
    });
  };

  const chooseZone = (mode: 'paris' | 'home') => {
    setZoneMode(mode);
    stored.set('zone', mode);
  };

  // The day's events in the grid's order of priority (events.ts rankOf).
  const onFocusedDay = useMemo(() => {
    return visible.filter((e) => isOnDay(e, focused, displayZone)).sort((a, b) => rankOf(a) - rankOf(b));
  }, [visible, focused, displayZone]);
  const announcement = selection
    ? `Selected ${shortRange(selection.from, selection.to)}. Press Enter to plan a trip for these days.`
    : `${longDay(focused)}: ${onFocusedDay.length === 0 ? 'nothing planned' : onFocusedDay.map((e) => `${e.title} (${lookOf(e.kind).noun})`).join('; ')}.`;
  const periodNoun = view === 'week' ? 'week' : 'month';
  const emptyJournal = events.data !== undefined && all.length === 0 && anyTrip.data?.length === 0;

  return (
    <div className="page page--calendar">
      <PageHeader
        title="Calendar"
        actions={
          <button type="button" className="button button--primary" onClick={() => planTrip(selection?.from ?? focused, selection?.to ?? focused)}>
            <Plus size={16} aria-hidden /> New trip
          </button>
        }
      />

      {notice && (
        <div className={`banner ${notice.tone === 'error' ? 'banner--error' : 'banner--info'} cal-notice`} role={notice.tone === 'error' ? 'alert' : 'status'}>
          <span>{notice.text}</span>
          {notice.link && <a href={notice.link.to}>{notice.link.label}</a>}
          <button type="button" className="icon-button cal-notice-close" onClick={() => setNotice(null)} aria-label="Dismiss">
            <X size={16} aria-hidden />
          </button>
        </div>
      )}
      {events.error && <ErrorState message={events.error.message} onRetry={() => void events.refetch()} />}
      {emptyJournal && (
        <div className="cal-welcome card">
          <CalendarDays size={22} aria-hidden className="cal-welcome-icon" />
          <div>
            <h2>Your calendar fills itself as you keep the journal</h2>
            <p className="muted">
              Start with a trip: drag across days in the month view (or press Enter on a day) and its lottery windows appear
              before each day of the stay. Purchases, appointments, follow-ups and special orders join it as you add them.
            </p>
          </div>
        </div>
      )}

      <div className="cal-toolbar" role="toolbar" aria-label="Calendar">
        <div className="cal-toolbar-group">
          <button type="button" className="button" onClick={() => goTo(todayIn(displayZone), false)} aria-keyshortcuts="T">
            Today
          </button>
          <button type="button" className="icon-button cal-nav" onClick={() => api()?.prev()} aria-label={`Previous ${periodNoun}`}>
            <ChevronLeft size={18} aria-hidden />
          </button>
          <button type="button" className="icon-button cal-nav" onClick={() => api()?.next()} aria-label={`Next ${periodNoun}`}>
            <ChevronRight size={18} aria-hidden />
          </button>
          <h2 className="cal-title" aria-live="polite">
            {title}
          </h2>
          {events.isFetching && <span className="spinner cal-spinner" role="status" aria-label="Loading events" />}
        </div>
        <div className="cal-toolbar-group">
          <div className="cal-seg" role="group" aria-label="View">
            {(Object.keys(VIEW_TYPES) as ViewSlug[]).map((slug) => (
              <button
                key={slug}
                type="button"
                className="cal-seg-button"
                aria-pressed={view === slug}
                aria-keyshortcuts={VIEW_KEYS[slug]}
                onClick={() => changeView(slug)}
              >
                {VIEW_LABELS[slug]}
              </button>
            ))}
          </div>
          {homeZone === PARIS ? (
            <span className="chip cal-zone-chip">
              <Globe size={14} aria-hidden /> Paris time (your home zone)
            </span>
          ) : (
            <div className="cal-seg" role="group" aria-label="Show times in">
              <Globe size={15} aria-hidden className="cal-seg-icon" />
              <button type="button" className="cal-seg-button" aria-pressed={zoneMode === 'paris'} onClick={() => chooseZone('paris')}>
                Paris
              </button>
              <button type="button" className="cal-seg-button" aria-pressed={zoneMode === 'home'} onClick={() => chooseZone('home')}>
                {zoneCity(homeZone)} <span className="cal-seg-note">home</span>
              </button>
            </div>
          )}
        </div>
      </div>

      <div className="cal-legend" role="group" aria-label="Show on the calendar">
        {KINDS.map(({ kind, label, icon: Icon }) => (
          <label key={kind} className={`cal-legend-item cal-kind--${kind}`}>
            <input type="checkbox" className="cal-legend-check" checked={!hidden.has(kind)} onChange={() => toggleKind(kind)} />
            <span className="cal-swatch" aria-hidden>
              <Icon size={13} />
            </span>
            <span className="cal-legend-label">{label}</span>
            <span className="cal-legend-count">
              <span className="cal-sr">, </span>
              {counts.get(kind) ?? 0}
              <span className="cal-sr"> in view</span>
            </span>
          </label>
        ))}
      </div>

      <div className="cal-layout">
        <div
          className={`cal-grid cal-grid--${view}`}
          ref={gridRef}
          tabIndex={0}
          role="region"
          aria-label={`Calendar, ${title}. Arrow keys move between days, Shift with arrows selects days, Enter plans a trip.`}
          aria-describedby="cal-keys"
        >
          <FullCalendar
            ref={calendarRef}
            plugins={[dayGridPlugin, timeGridPlugin, listPlugin, interactionPlugin, luxonPlugin]}
            locale={enGbLocale}
            timeZone={displayZone}
            initialView={VIEW_TYPES[initialView]}
            initialDate={initialDay}
            headerToolbar={false}
            height="100%"
            firstDay={1}
            fixedWeekCount={false}
            nowIndicator
            dayMaxEvents
            eventDisplay="block"
            eventOrder="rank,start,-duration,title"
            eventTimeFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
            slotLabelFormat={{ hour: '2-digit', minute: '2-digit', hour12: false }}
            dayHeaderFormat={view === 'week' ? { weekday: 'short', day: 'numeric' } : { weekday: 'short' }}
            scrollTime="08:00:00"
            allDayText="All day"
            editable={false}
            eventResizableFromStart
            views={{ dayGridMonth: { selectable: true, selectMinDistance: 4 }, listMonth: { eventOrder: '-allDay,rank,start,title' }, timeGridWeek: { eventOrder: 'start,-duration,rank,title' } }}
            selectMirror
            events={fcEvents}
            eventContent={renderEvent}
            eventClick={onEventClick}
            eventChange={(info) => void onEventChange(info)}
            select={onSelect}
            dateClick={onDateClick}
            datesSet={onDatesSet}
            dayCellClassNames={dayClasses}
            dayHeaderClassNames={dayClasses}
            // FullCalendar draws "+2 more" as a focusable <a> without href that opens a popover:
            // to assistive technology it is a button (and aria-expanded is only valid on one).
            moreLinkDidMount={({ el }) => el.setAttribute('role', 'button')}
            noEventsContent="Nothing in the journal for this month."
          />
        </div>

        <aside className="cal-side" aria-label="The day">
          <section className="cal-panel" aria-labelledby="cal-day-title">
            <h2 id="cal-day-title" className="cal-panel-title">
              {selection ? `Selected ${shortRange(selection.from, selection.to)}` : longDay(focused)}
            </h2>
            {!selection && onFocusedDay.length === 0 && <p className="muted cal-panel-empty">Nothing planned.</p>}
            {!selection && onFocusedDay.length > 0 && (
              <ul className="cal-day-list">
                {onFocusedDay.map((e) => {
                  const Icon = lookOf(e.kind).icon;
                  return (
                    <li key={e.id}>
                      <a className={`cal-day-item cal-kind--${e.kind}${e.muted ? ' cal-day-item--muted' : ''}`} href={linkOf(e)}>
                        <span className="cal-swatch" aria-hidden>
                          <Icon size={13} />
                        </span>
                        <span className="cal-day-item-text">
                          <span className="cal-day-item-title">{e.title}</span>
                          <span className="cal-day-item-meta">
                            {e.allDay ? lookOf(e.kind).noun : whenText(e, displayZone, homeZone)}
                            {e.detail ? ` · ${e.detail}` : ''}
                          </span>
                        </span>
                      </a>
                    </li>
                  );
                })}
              </ul>
            )}
            <button
              type="button"
              className="button button--small cal-plan"
              onClick={() => planTrip(selection?.from ?? focused, selection?.to ?? focused)}
            >
              <Plus size={14} aria-hidden /> {selection ? 'Plan a trip for these days' : 'Plan a trip from this day'}
            </button>
          </section>
        </aside>
      </div>

      <p className="cal-keys" id="cal-keys">
        <span>
          <kbd>←</kbd>
          <kbd>→</kbd>
          <kbd>↑</kbd>
          <kbd>↓</kbd> days
        </span>
        <span>
          <kbd>Shift</kbd>+arrows select · <kbd>Enter</kbd> plan a trip
        </span>
        <span>
          <kbd>T</kbd> today
        </span>
        <span>
          <kbd>M</kbd>
          <kbd>W</kbd>
          <kbd>A</kbd> month, week, agenda
        </span>
        <span>
          <kbd>PgUp</kbd>
          <kbd>PgDn</kbd> previous, next {periodNoun}
        </span>
      </p>

      <p className="cal-sr" aria-live="polite" role="status">
        {announcement}
      </p>

      <TripForm
        open={creating !== null}
        initial={creating ?? undefined}
        onClose={() => setCreating(null)}
        onSaved={(trip: Trip) => {
          setCreating(null);
          setNotice({ tone: 'ok', text: `“${trip.title}” was added for ${shortRange(trip.startDay, trip.endDay)}.`, link: { label: 'Open the trip', to: href(`/trips/${trip.id}`) } });
        }}
      />
    </div>
  );
}
