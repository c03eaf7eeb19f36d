import type { EventContentArg } from '@fullcalendar/core';
import type { CalendarEvent } from '../../../../shared/api/calendar';
import { linkOf, PARIS, timeIn, whenText } from './events';
import { lookOf } from './kinds';

/**
 * One event as the calendar draws it: the kind's icon, the time in the zone shown, and — when
 * the calendar is not in Paris time — the Paris time of a Paris-bound event beside it.
 */
export function EventChip({ arg, displayZone, homeZone }: { arg: EventContentArg; displayZone: string; homeZone: string }) {
  const e = arg.event.extendedProps['event'] as CalendarEvent;
  /** Set on the markers of a long expected range ("Kelly 25 expected from"). */
  const label = arg.event.extendedProps['label'] as string | undefined;
  const look = lookOf(e.kind);
  const Icon = look.icon;
  const type = arg.view.type;
  const list = type.startsWith('list');
  const stacked = type.startsWith('timeGrid') && !e.allDay;
  // A month cell is too narrow for both times: there the Paris time is in the tooltip, the
  // spoken text and the day panel; the week view and the agenda show it on the event.
  const month = type.startsWith('dayGrid');
  // In the week view a short event shows its start only (its height says how long it is).
  const long = !e.allDay && new Date(e.end).getTime() - new Date(e.start).getTime() > 90 * 60_000;
  const parisTime =
    !e.allDay && !month && e.zone === PARIS && displayZone !== PARIS
      ? `Paris ${timeIn(e.start, PARIS)}${stacked && long ? `–${timeIn(e.end, PARIS)}` : ''}`
      : null;
  const time = e.allDay ? '' : stacked && long ? `${timeIn(e.start, displayZone)} – ${timeIn(e.end, displayZone)}` : timeIn(e.start, displayZone);
  const tooltip = [e.title, e.detail, whenText(e, displayZone, homeZone), e.zone === PARIS ? 'Paris-bound' : null].filter(Boolean).join('\n');
  return (
    <span className={`cal-chip${stacked ? ' cal-chip--stacked' : ''}${list ? ' cal-chip--list' : ''}`} title={tooltip}>
      <span className="cal-chip-line">
        <Icon className="cal-chip-icon" size={13} strokeWidth={2.2} aria-hidden />
        {!list && time && <span className="cal-chip-time">{time}</span>}
        {parisTime && <span className="cal-chip-zone">{parisTime}</span>}
        {list ? (
          // The agenda draws rows, not links: the title is the link there, for the keyboard.
          <a className="cal-chip-title" href={linkOf(e)}>
            {label ?? e.title}
          </a>
        ) : (
          <span className="cal-chip-title">{label ?? (stacked ? e.title : e.shortTitle)}</span>
        )}
        <span className="cal-sr">
          {!list && !stacked && (label ?? e.shortTitle) !== e.title ? ` (${e.title})` : ''}
          {`, ${look.noun}`}
          {e.muted ? ', closed' : ''}
          {e.zone === PARIS && !e.allDay ? `, ${whenText(e, displayZone, homeZone)}` : ''}
        </span>
      </span>
      {(stacked || list) && e.detail && <span className="cal-chip-detail">{e.detail}</span>}
    </span>
  );
}
