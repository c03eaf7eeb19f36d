/**
 * Store visits. The day and time are on the boutique's wall clock, and the visit keeps the
 * boutique's zone (as offers do), so the moment still reads right if the boutique goes.
 *
 * - A visit marked done is something that happened: one dated after now, in the boutique's own
 *   zone, is refused with a sentence (plan it instead). A planned visit has no outcome yet.
 * - A patrol is saved in one transaction: every stop or none; the stops share the id of the
 *   first one as their patrol id, in the order they were given.
 * - A patrol is one day: moving one stop to another day moves every stop (each checked as above).
 * - Deleting a visit moves it, with its notes and photos, to the Trash; the other stops of its
 *   patrol stay where they are.
 */
import { DateTime } from 'luxon';
import type { Selectable } from 'kysely';
import type { ParsedInputOf } from '../../shared/api';
import { PLANNED_OUTCOME_MESSAGE, VISIT_OUTCOME_LABELS, type Visit, type visitsContract } from '../../shared/api/visits';
import { spokenDay } from '../../shared/domain/detaxe';
import { offerInstant, QUOTA_ZONE } from '../../shared/domain/spend-profile';
import { invalid, notFound } from '../../shared/result';
import type { Journal } from '../db/journal';
import type { VisitsTable } from '../db/tables';
import { containsAny, flag, requireLink, type DomainHandlers } from './handler';
import { moveToTrash } from './trash';

type Row = Selectable<VisitsTable> & { boutique_name: string | null; contact_name: string | null };

const toVisit = (r: Row): Visit => ({
  id: r.id,
  patrolId: r.patrol_id,
  patrolStop: r.patrol_stop,
  day: r.day,
  time: r.time,
  timeZone: r.time_zone,
  visitedAt: offerInstant(r.day, r.time, r.time_zone),
  boutiqueId: r.boutique_id,
  boutiqueName: r.boutique_name,
  contactId: r.contact_id,
  contactName: r.contact_name,
  status: r.status,
  asked: r.asked,
  shown: r.shown,
  model: r.model,
  size: r.size,
  exteriorLeather: r.exterior_leather,
  exteriorColour: r.exterior_colour,
  interiorLeather: r.interior_leather,
  interiorColour: r.interior_colour,
  stitching: r.stitching,
  hardware: r.hardware,
  leatherDesk: r.leather_desk === 1,
  waitingList: r.waiting_list === 1,
  outcome: r.outcome,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

const select = (journal: Journal) =>
  journal.q
    .selectFrom('visits as v')
    .leftJoin('boutiques as b', 'b.id', 'v.boutique_id')
    .leftJoin('contacts as c', 'c.id', 'v.contact_id')
    .selectAll('v')
    .select(['b.name as boutique_name', 'c.name as contact_name']);

export function getVisit(journal: Journal, { id }: { id: number }): Visit {
  const row = journal.first(select(journal).where('v.id', '=', id));
  if (!row) throw notFound('Store visit', id);
  return toVisit(row);
}

export function listVisits(journal: Journal, input: ParsedInputOf<'visits.list'>): Visit[] {
  let q = select(journal);
  let from = input?.from;
  let to = input?.to;
  if (input?.tripId !== undefined) {
    const trip = journal.first(journal.q.selectFrom('trips').select(['start_day', 'end_day']).where('id', '=', input.tripId));
    if (!trip) throw notFound('Trip', input.tripId);
    from = from && from > trip.start_day ? from : trip.start_day;
    to = to && to < trip.end_day ? to : trip.end_day;
  }
  if (from) q = q.where('v.day', '>=', from);
  if (to) q = q.where('v.day', '<=', to);
  if (input?.contactId !== undefined) q = q.where('v.contact_id', '=', input.contactId);
  if (input?.boutiqueId !== undefined) q = q.where('v.boutique_id', '=', input.boutiqueId);
  if (input?.patrolId !== undefined) q = q.where('v.patrol_id', '=', input.patrolId);
  if (input?.query) q = q.where(containsAny(['v.asked', 'v.shown', 'v.model', 'v.exterior_colour', 'v.notes', 'b.name'], input.query));
  return journal
    .all(q.orderBy('v.day', 'desc').orderBy('v.patrol_stop').orderBy('v.time').orderBy('v.id'))
    .map(toVisit);
}

/** The wall clock a visit is written in: its boutique's zone. */
function zoneOf(journal: Journal, boutiqueId: number | null): string {
  if (boutiqueId === null) return QUOTA_ZONE;
  return journal.first(journal.q.selectFrom('boutiques').select('time_zone').where('id', '=', boutiqueId))?.time_zone ?? QUOTA_ZONE;
}

/**
 * A visit marked done has happened: its day (and time, when given) is not after now on the
 * boutique's own clock.
 */
function checkNotAhead(journal: Journal, v: { day: string; time: string | null; status: 'planned' | 'done' }, zone: string, path: (string | number)[]): void {
  if (v.status !== 'done') return;
  const here = DateTime.fromISO(journal.now()).setZone(zone);
  const today = here.toISODate()!;
  const ahead = v.day > today || (v.day === today && v.time !== null && v.time > here.toFormat('HH:mm'));
  if (!ahead) return;
  const when = v.day === today ? `today at ${v.time}` : spokenDay(v.day);
  throw invalid([...path, 'day'], `A visit ${v.day === today ? '' : 'on '}${when} has not happened yet: mark it planned, or give the day it happened. Nothing was saved.`);
}

interface Stop {
  time: string | null;
  boutiqueId: number;
  contactId: number | null;
  status: 'planned' | 'done';
  asked: string | null;
  shown: string | null;
  model: string | null;
  size: string | null;
  exteriorLeather: string | null;
  exteriorColour: string | null;
  interiorLeather: string | null;
  interiorColour: string | null;
  stitching: string | null;
  hardware: string | null;
  leatherDesk: boolean;
  waitingList: boolean;
  outcome: Visit['outcome'];
  notes: string | null;
}

function insertVisit(journal: Journal, day: string, s: Stop, patrol: { id: number | null; stop: number | null }, path: (string | number)[]): number {
  requireLink(journal, 'boutiques', s.boutiqueId, 'Boutique', [...path, 'boutiqueId']);
  requireLink(journal, 'contacts', s.contactId, 'Contact', [...path, 'contactId']);
  const zone = zoneOf(journal, s.boutiqueId);
  checkNotAhead(journal, { day, time: s.time, status: s.status }, zone, path);
  const now = journal.now();
  return journal.insert(
    journal.q.insertInto('visits').values({
      patrol_id: patrol.id,
      patrol_stop: patrol.stop,
      day,
      time: s.time,
      time_zone: zone,
      boutique_id: s.boutiqueId,
      contact_id: s.contactId,
      status: s.status,
      asked: s.asked,
      shown: s.shown,
      model: s.model,
      size: s.size,
      exterior_leather: s.exteriorLeather,
      exterior_colour: s.exteriorColour,
      interior_leather: s.interiorLeather,
      interior_colour: s.interiorColour,
      stitching: s.stitching,
      hardware: s.hardware,
      leather_desk: flag(s.leatherDesk),
      waiting_list: flag(s.waitingList),
      outcome: s.status === 'done' ? s.outcome : null,
      notes: s.notes,
      created_at: now,
      updated_at: now,
    }),
  );
}

export function createVisit(journal: Journal, input: ParsedInputOf<'visits.create'>): Visit {
  return journal.tx(() => {
    const { day, ...stop } = input;
    const id = insertVisit(journal, day, stop, { id: null, stop: null }, []);
    return getVisit(journal, { id });
  });
}

export function createPatrol(journal: Journal, input: ParsedInputOf<'visits.createPatrol'>): Visit[] {
  return journal.tx(() => {
    let patrolId: number | null = null;
    const ids: number[] = [];
    input.stops.forEach((stop, i) => {
      const id = insertVisit(journal, input.day, stop, { id: patrolId ?? 0, stop: i }, ['stops', i]);
      if (patrolId === null) {
        patrolId = id;
        journal.run(journal.q.updateTable('visits').set({ patrol_id: id }).where('id', '=', id));
      }
      ids.push(id);
    });
    return ids.map((id) => getVisit(journal, { id }));
  });
}

export function updateVisit(journal: Journal, input: ParsedInputOf<'visits.update'>): Visit {
  return journal.tx(() => {
    const current = getVisit(journal, { id: input.id });
    const keep = <T>(next: T | undefined, was: T): T => (next !== undefined ? next : was);
    const status = input.status ?? current.status;
    const outcome = keep(input.outcome, current.outcome);
    if (status === 'planned' && outcome !== null) throw invalid([input.outcome !== undefined ? 'outcome' : 'status'], PLANNED_OUTCOME_MESSAGE);
    const boutiqueId = input.boutiqueId ?? current.boutiqueId;
    requireLink(journal, 'boutiques', input.boutiqueId, 'Boutique', ['boutiqueId']);
    requireLink(journal, 'contacts', input.contactId, 'Contact', ['contactId']);
    const zone = boutiqueId === current.boutiqueId ? current.timeZone : zoneOf(journal, boutiqueId);
    const day = input.day ?? current.day;
    const time = keep(input.time, current.time);
    checkNotAhead(journal, { day, time, status }, zone, []);
    journal.run(
      journal.q
        .updateTable('visits')
        .set({
          day,
          time,
          time_zone: zone,
          boutique_id: boutiqueId,
          contact_id: keep(input.contactId, current.contactId),
          status,
          asked: keep(input.asked, current.asked),
          shown: keep(input.shown, current.shown),
          model: keep(input.model, current.model),
          size: keep(input.size, current.size),
          exterior_leather: keep(input.exteriorLeather, current.exteriorLeather),
          exterior_colour: keep(input.exteriorColour, current.exteriorColour),
          interior_leather: keep(input.interiorLeather, current.interiorLeather),
          interior_colour: keep(input.interiorColour, current.interiorColour),
          stitching: keep(input.stitching, current.stitching),
          hardware: keep(input.hardware, current.hardware),
          leather_desk: flag(keep(input.leatherDesk, current.leatherDesk)),
          waiting_list: flag(keep(input.waitingList, current.waitingList)),
          outcome,
          notes: keep(input.notes, current.notes),
          updated_at: journal.now(),
        })
        .where('id', '=', input.id),
    );
    // A patrol is one day: moving a stop to another day moves the whole patrol, each stop checked.
    if (current.patrolId !== null && day !== current.day) {
      for (const other of listVisits(journal, { patrolId: current.patrolId, query: null })) {
        if (other.id === current.id) continue;
        checkNotAhead(journal, { day, time: other.time, status: other.status }, other.timeZone, []);
        journal.run(journal.q.updateTable('visits').set({ day, updated_at: journal.now() }).where('id', '=', other.id));
      }
    }
    return getVisit(journal, { id: input.id });
  });
}

/** "Visit to Hermès Sèvres, Mon 23 Nov 2026" */
export const visitLabel = (v: Pick<Visit, 'boutiqueName' | 'day'>): string => `Visit to ${v.boutiqueName ?? 'a boutique'}, ${spokenDay(v.day)}`;

export function deleteVisit(journal: Journal, { id }: { id: number }): { id: number } {
  return journal.tx(() => {
    const visit = getVisit(journal, { id });
    moveToTrash(journal, 'visit', id, visitLabel(visit));
    return { id };
  });
}

/** "Offered something" — for search and the calendar. */
export const outcomeLabel = (v: Pick<Visit, 'status' | 'outcome'>): string => (v.status === 'planned' ? 'Planned' : v.outcome ? VISIT_OUTCOME_LABELS[v.outcome] : 'Done');

export const visitsHandlers = {
  'visits.list': listVisits,
  'visits.get': getVisit,
  'visits.create': createVisit,
  'visits.createPatrol': createPatrol,
  'visits.update': updateVisit,
  'visits.delete': deleteVisit,
} satisfies DomainHandlers<typeof visitsContract>;
