/** How each kind of event looks: its label, icon and colour class (colours in styles/calendar.css). */
import { CalendarCheck, Footprints, Luggage, MessageCircle, NotebookPen, ShoppingBag, Stamp, Store, Ticket, type LucideIcon } from 'lucide-react';
import { CALENDAR_KINDS, CALENDAR_KIND_LABELS, type CalendarKind } from '../../../../shared/api/calendar';

export interface KindLook {
  kind: CalendarKind;
  label: string;
  /** Said after an event's title to a screen reader, and in tooltips. */
  noun: string;
  icon: LucideIcon;
}

const ICONS: Record<CalendarKind, LucideIcon> = {
  trip: Luggage,
  lottery: Ticket,
  appointment: CalendarCheck,
  walk_in: Footprints,
  visit: Store,
  purchase: ShoppingBag,
  follow_up: MessageCircle,
  special_order: Stamp,
  reminder: NotebookPen,
};

const NOUNS: Record<CalendarKind, string> = {
  trip: 'trip',
  lottery: 'lottery window',
  appointment: 'appointment',
  walk_in: 'walk-in plan',
  visit: 'store visit',
  purchase: 'purchase',
  follow_up: 'follow-up',
  special_order: 'special order',
  reminder: 'note reminder',
};

export const KINDS: KindLook[] = CALENDAR_KINDS.map((kind) => ({ kind, label: CALENDAR_KIND_LABELS[kind], noun: NOUNS[kind], icon: ICONS[kind] }));

export const lookOf = (kind: CalendarKind): KindLook => KINDS.find((k) => k.kind === kind)!;
