import { CalendarClock, CircleDot, Gift, MessageCircle, Phone, Sparkles, Store, type LucideIcon } from 'lucide-react';
import { INTERACTION_KINDS, type Contact, type ContactRole, type InteractionKind } from '../../../../shared/api/contacts';
import { relativeDay, todayDay } from '../../lib/relative-day';

export const ROLE_LABELS: Record<ContactRole, string> = {
  sa: 'SA',
  manager: 'Manager',
  leather_desk: 'Leather desk',
  concierge: 'Concierge',
  other: 'Other',
};

export { INTERACTION_LABELS as KIND_LABELS } from '../../../../shared/domain/labels';

export const KIND_ICONS: Record<InteractionKind, LucideIcon> = {
  visited: Store,
  messaged: MessageCircle,
  called: Phone,
  offered: Sparkles,
  asked_appointment: CalendarClock,
  gift: Gift,
  other: CircleDot,
};

/** Alt+1 … Alt+7 pick the kind in the quick-add row, in this order. */
export const KIND_SHORTCUTS: InteractionKind[] = [...INTERACTION_KINDS];

/** A contact as a picker lists them: "Camille Roche · last contact 2 months ago", "Julien · moved on". */
export function contactPickLabel(c: Contact, today: string = todayDay()): string {
  if (c.movedOn) return `${c.name} · moved on`;
  return c.lastInteractionDay ? `${c.name} · last contact ${relativeDay(c.lastInteractionDay, today)}` : c.name;
}
