/**
 * Keep-in-touch reminders as desktop notifications: a follow-up on its day (the one a cadence
 * produces, a day set by hand, or the end of a snooze), and a birthday or name day the contact's
 * number of days before it. Pure: the shell calls it with today and the last day it already
 * announced, so each is announced once, and days missed while Carnet was closed on the next start.
 */
import { DateTime } from 'luxon';
import { addDays, nextOccurrence } from '../shared/domain/keep-in-touch';
import type { Journal } from './db/journal';
import { allContacts } from './journal/contacts';

export interface ContactReminder {
  /** Stable: 'follow-up:3:2026-12-05', 'birthday:3:2026-12-12'. */
  key: string;
  contactId: number;
  /** The day it is announced on. */
  day: string;
  title: string;
  body: string;
  route: string;
}

const spoken = (day: string): string => DateTime.fromISO(day).toFormat('ccc d LLL');

/** Reminders due after `sinceDay` (exclusive) up to `today` (inclusive); only today's when sinceDay is null. */
export function dueContactReminders(journal: Journal, today: string, sinceDay: string | null): ContactReminder[] {
  const inWindow = (day: string) => (sinceDay === null ? day === today : day > sinceDay && day <= today);
  const out: ContactReminder[] = [];
  for (const c of allContacts(journal)) {
    const route = `/contacts/${c.id}`;
    const next = c.nextFollowUp;
    if (next && inWindow(next.day)) {
      const why = next.reason === 'cadence' && c.cadence ? `You keep in touch ${c.cadence.every === 1 ? `every ${c.cadence.unit.slice(0, -1)}` : `every ${c.cadence.every} ${c.cadence.unit}`}` : next.reason === 'snoozed' ? 'Snoozed until today' : 'The follow-up day you set';
      const last = c.lastInteractionDay ? `; last contact ${spoken(c.lastInteractionDay)}` : '; no contact logged yet';
      out.push({ key: `follow-up:${c.id}:${next.day}`, contactId: c.id, day: next.day, title: `Follow up with ${c.name}`, body: `${why}${last}.`, route });
    }
    for (const [what, md] of [
      ['birthday', c.birthday],
      ['name day', c.nameDay],
    ] as const) {
      if (!md) continue;
      // Announced from remindDaysBefore days ahead: on that day, or on the first start after it while the day is still ahead.
      const occurrence = nextOccurrence(md, today);
      const announce = addDays(occurrence, -c.remindDaysBefore);
      if (announce > today || (sinceDay !== null && announce <= sinceDay)) continue;
      const announceOn = today;
      const when = occurrence === today ? 'today' : `on ${spoken(occurrence)}`;
      out.push({
        key: `${what === 'birthday' ? 'birthday' : 'name-day'}:${c.id}:${occurrence}`,
        contactId: c.id,
        day: announceOn,
        title: `${c.name}’s ${what} ${when}`,
        body: what === 'birthday' && c.birthday?.year ? `${c.name} turns ${Number(occurrence.slice(0, 4)) - c.birthday.year}.` : `A word or a gift for ${c.name}?`,
        route,
      });
    }
  }
  return out.sort((a, b) => a.day.localeCompare(b.day) || a.key.localeCompare(b.key));
}
