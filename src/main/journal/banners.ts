/**
 * Dismissed and snoozed banners, and the decision notes resurfacing now. A note stops
 * resurfacing once its record is decided (a special order accepted, rejected or cancelled, an
 * offer taken or declined, an appointment attempt with its result): the doubt it carried is
 * settled.
 */
import { DateTime } from 'luxon';
import { sql } from 'kysely';
import type { ParsedInputOf } from '../../shared/api';
import { RESURFACE_SHOWN_DAYS, type bannersContract, type Dismissal, type ResurfacedNote } from '../../shared/api/banners';
import { FINAL_STATUSES } from '../../shared/domain/special-order-status';
import { isNoteSubject, noteSubjectScreen, RECORD_KINDS } from '../../shared/domain/records';
import { invalid } from '../../shared/result';
import type { Journal } from '../db/journal';
import type { DomainHandlers } from './handler';
import { listNotes } from './notes';
import { today } from './today';

const toDismissal = (r: { key: string; until: string | null; dismissed_at: string }): Dismissal => ({ key: r.key, until: r.until, dismissedAt: r.dismissed_at });

/** Dismissals still in force: for good, or snoozed until a later instant. */
export function listDismissals(journal: Journal): Dismissal[] {
  const now = journal.now();
  const rows = journal.all(journal.q.selectFrom('dismissals').selectAll().where((eb) => eb.or([eb('until', 'is', null), eb('until', '>', now)])).orderBy('key'));
  return rows.map(toDismissal);
}

export function dismiss(journal: Journal, input: ParsedInputOf<'banners.dismiss'>): Dismissal {
  const now = journal.now();
  if (input.until !== null && input.until <= now) {
    throw invalid(['until'], 'Snooze until a time still to come.');
  }
  return journal.tx(() => {
    const row = { key: input.key, until: input.until, dismissed_at: now };
    journal.run(journal.q.insertInto('dismissals').values(row).onConflict((oc) => oc.column('key').doUpdateSet({ until: row.until, dismissed_at: now })));
    return toDismissal(row);
  });
}

/** Ids among `ids` of records of that kind that are decided. */
function decided(journal: Journal, subject: string, ids: number[]): Set<number> {
  if (ids.length === 0) return new Set();
  let rows: { id: number }[] = [];
  if (subject === 'special_order') {
    // The order's status is its latest step (by day, then as recorded).
    const latest = sql<string>`(SELECT e.status FROM special_order_events e WHERE e.order_id = special_orders.id ORDER BY e.day DESC, e.id DESC LIMIT 1)`;
    rows = journal.all(journal.q.selectFrom('special_orders').select('id').where('id', 'in', ids).where(latest, 'in', [...FINAL_STATUSES]));
  } else if (subject === 'offer') {
    rows = journal.all(journal.q.selectFrom('offers').select('id').where('id', 'in', ids).where('decision', '!=', 'pending'));
  } else if (subject === 'attempt') {
    rows = journal.all(journal.q.selectFrom('appointment_attempts').select('id').where('id', 'in', ids).where('result', '!=', 'pending'));
  }
  return new Set(rows.map((r) => r.id));
}

/** Notes whose resurface day is within the last RESURFACE_SHOWN_DAYS days up to today, on undecided records; oldest day first. */
export function resurfacing(journal: Journal): ResurfacedNote[] {
  const day = today(journal);
  const from = DateTime.fromISO(day).minus({ days: RESURFACE_SHOWN_DAYS }).toISODate()!;
  const notes = listNotes(journal, { resurfaceFrom: from, resurfaceTo: day });
  const settled = new Map<string, Set<number>>();
  for (const subject of new Set(notes.map((n) => n.subjectType))) {
    settled.set(subject, decided(journal, subject, notes.filter((n) => n.subjectType === subject).map((n) => n.subjectId)));
  }
  return notes
    .filter((n) => !settled.get(n.subjectType)?.has(n.subjectId))
    .sort((a, b) => a.resurfaceOn!.localeCompare(b.resurfaceOn!) || a.id - b.id)
    .map((note) => ({
      note,
      subject: isNoteSubject(note.subjectType) ? RECORD_KINDS[note.subjectType].inSentence : 'record',
      route: isNoteSubject(note.subjectType) ? `/${noteSubjectScreen(note.subjectType)}/${note.subjectId}` : '/calendar',
    }));
}

export const bannersHandlers = {
  'banners.dismissals': listDismissals,
  'banners.dismiss': dismiss,
  'banners.resurfacing': resurfacing,
} satisfies DomainHandlers<typeof bannersContract>;
