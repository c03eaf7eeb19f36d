/**
 * Store visits: a visit to any boutique, with or without an appointment — who was seen, what was
 * asked, what was available or shown, whether the leather desk or a waiting list came into it,
 * and what came of it. A patrol (several stores in one day) is saved in one go, each stop its own
 * visit sharing the patrol's id.
 */
import { z } from 'zod';
import { channel } from './channel';
import { byId, day, id, notes, optionalText } from './fields';
import { wallTime } from './offers';
import type { SpecialOrderSpec } from '../domain/special-order-spec';

export const VISIT_STATUSES = ['planned', 'done'] as const;
export type VisitStatus = (typeof VISIT_STATUSES)[number];
export const VISIT_OUTCOMES = ['nothing', 'offered', 'bought', 'appointment_later'] as const;
export type VisitOutcome = (typeof VISIT_OUTCOMES)[number];

export const VISIT_STATUS_LABELS: Record<VisitStatus, string> = { planned: 'Planned', done: 'Done' };
export const VISIT_OUTCOME_LABELS: Record<VisitOutcome, string> = {
  nothing: 'Nothing this time',
  offered: 'Offered something',
  bought: 'Bought',
  appointment_later: 'Appointment later',
};

/** The most stops one patrol may have (a long day in Paris is five or six). */
export const MAX_PATROL_STOPS = 12;

export const PLANNED_OUTCOME_MESSAGE = 'A planned visit has no outcome yet: mark it done to record what came of it.';

/** What was shown, in the special-order specification; every part optional (often only a model and a colour). */
export interface VisitSpec extends Omit<SpecialOrderSpec, 'model'> {
  model: string | null;
}

export interface Visit extends VisitSpec {
  id: number;
  /** The patrol it is a stop of (the id of its first stop), or null. */
  patrolId: number | null;
  /** Its place in the patrol, from 0. */
  patrolStop: number | null;
  /** The day, on the boutique's wall clock. */
  day: string;
  /** 'HH:MM' on the boutique's wall clock, when noted. */
  time: string | null;
  /** The boutique's zone (Europe/Paris when no boutique is recorded). */
  timeZone: string;
  /** The moment (UTC ISO) when the time is known. */
  visitedAt: string | null;
  boutiqueId: number | null;
  boutiqueName: string | null;
  contactId: number | null;
  contactName: string | null;
  status: VisitStatus;
  asked: string | null;
  shown: string | null;
  leatherDesk: boolean;
  waitingList: boolean;
  outcome: VisitOutcome | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

const optionalId = id.nullish().transform((v) => v ?? null);
const status = z.enum(VISIT_STATUSES, { error: 'Choose planned or done.' });
const outcome = z
  .enum(VISIT_OUTCOMES, { error: 'Choose what came of it: nothing, offered, bought or an appointment later.' })
  .nullish()
  .transform((v) => v ?? null);
const boutique = z.number({ error: 'Boutique is required.' }).int({ error: 'Choose the boutique.' }).positive({ error: 'Choose the boutique.' });
const flagField = (label: string) => z.boolean({ error: `${label}: yes or no.` });

const spec = {
  model: optionalText('Model', 100),
  size: optionalText('Size', 40),
  exteriorLeather: optionalText('Exterior leather', 60),
  exteriorColour: optionalText('Exterior colour', 60),
  interiorLeather: optionalText('Interior leather', 60),
  interiorColour: optionalText('Interior colour', 60),
  stitching: optionalText('Stitching', 60),
  hardware: optionalText('Hardware', 60),
};

/** One stop: everything but the day (a patrol's stops share it). */
const stopFields = {
  time: wallTime.nullish().transform((v) => v ?? null),
  boutiqueId: boutique,
  contactId: optionalId,
  status: status.default('done'),
  asked: optionalText('What you asked for', 2000),
  shown: optionalText('What was available or shown', 2000),
  ...spec,
  leatherDesk: flagField('Leather desk').default(false),
  waitingList: flagField('Waiting list').default(false),
  outcome,
  notes,
};

const plannedHasNoOutcome = (v: { status?: VisitStatus | undefined; outcome?: VisitOutcome | null | undefined }) => !(v.status === 'planned' && v.outcome != null);
const outcomeIssue = { error: PLANNED_OUTCOME_MESSAGE, path: ['outcome'] };

export const visitCreate = z.strictObject({ day, ...stopFields }).refine(plannedHasNoOutcome, outcomeIssue);

const stop = z.strictObject(stopFields).refine(plannedHasNoOutcome, outcomeIssue);

/** A patrol: the day, and its stops in the order they were walked. */
export const visitCreatePatrol = z.strictObject({
  day,
  stops: z
    .array(stop, { error: 'Add the stores of the patrol.' })
    .min(2, { error: 'A patrol has at least two stops; record a single store as a visit.' })
    .max(MAX_PATROL_STOPS, { error: `A patrol has at most ${MAX_PATROL_STOPS} stops.` }),
});

export const visitUpdate = z
  .strictObject({
    id,
    day: day.optional(),
    time: wallTime.nullable().optional(),
    boutiqueId: boutique.optional(),
    contactId: id.nullable().optional(),
    status: status.optional(),
    asked: optionalText('What you asked for', 2000).optional(),
    shown: optionalText('What was available or shown', 2000).optional(),
    model: spec.model.optional(),
    size: spec.size.optional(),
    exteriorLeather: spec.exteriorLeather.optional(),
    exteriorColour: spec.exteriorColour.optional(),
    interiorLeather: spec.interiorLeather.optional(),
    interiorColour: spec.interiorColour.optional(),
    stitching: spec.stitching.optional(),
    hardware: spec.hardware.optional(),
    leatherDesk: flagField('Leather desk').optional(),
    waitingList: flagField('Waiting list').optional(),
    outcome: z.enum(VISIT_OUTCOMES, { error: 'Choose what came of it: nothing, offered, bought or an appointment later.' }).nullable().optional(),
    notes: notes.optional(),
  })
  .refine(plannedHasNoOutcome, outcomeIssue);

export const visitList = z
  .strictObject({
    /** First day, included. */
    from: day.optional(),
    /** Last day, included. */
    to: day.optional(),
    contactId: id.optional(),
    boutiqueId: id.optional(),
    patrolId: id.optional(),
    /** Visits on the trip's days. */
    tripId: id.optional(),
    query: optionalText('Search', 100),
  })
  .optional();

export type VisitCreateInput = z.input<typeof visitCreate>;
export type VisitPatrolInput = z.input<typeof visitCreatePatrol>;
export type VisitUpdateInput = z.input<typeof visitUpdate>;

export const visitsContract = {
  'visits.list': channel<Visit[]>()(visitList),
  'visits.get': channel<Visit>()(byId),
  'visits.create': channel<Visit>()(visitCreate),
  /** Every stop in one transaction: all saved, or none. */
  'visits.createPatrol': channel<Visit[]>()(visitCreatePatrol),
  'visits.update': channel<Visit>()(visitUpdate),
  /** To the Trash with its notes and photos; the other stops of its patrol stay. */
  'visits.delete': channel<{ id: number }>()(byId),
};
