import { z } from 'zod';
import { channel } from './channel';
import { byId, day, id, instant, notes, optionalText, paging } from './fields';

export const ATTEMPT_METHODS = ['lottery', 'walk_in', 'concierge', 'home_sa', 'sa_relationship'] as const;
export type AttemptMethod = (typeof ATTEMPT_METHODS)[number];

export const ATTEMPT_RESULTS = ['pending', 'granted', 'time_changed', 'not_granted', 'cancelled'] as const;
export type AttemptResult = (typeof ATTEMPT_RESULTS)[number];

/** The online lottery's steps, in the order they happen; each can fail. */
export const LOTTERY_STEPS = ['form_accepted', 'email_received', 'link_clicked', 'registered'] as const;
export type LotteryStep = (typeof LOTTERY_STEPS)[number];
export type StepReached = 'none' | LotteryStep;

/** The record field holding each step's instant. */
export const STEP_FIELDS = {
  form_accepted: 'formAcceptedAt',
  email_received: 'emailReceivedAt',
  link_clicked: 'linkClickedAt',
  registered: 'registeredAt',
} as const satisfies Record<LotteryStep, string>;

/** How each step is named to a person (the labels of the tracker). */
export const STEP_LABELS: Record<LotteryStep, string> = {
  form_accepted: 'form accepted',
  email_received: 'confirmation e-mail received',
  link_clicked: 'link clicked',
  registered: 'request registered',
};

export const METHOD_LABELS: Record<AttemptMethod, string> = {
  lottery: 'online lottery',
  walk_in: 'walk-in',
  concierge: 'hotel concierge',
  home_sa: 'home-store SA request',
  sa_relationship: 'Paris SA relationship',
};

/** How the answer came: e-mail or SMS for the lottery (DOMAIN), by phone or in person otherwise. */
export const RESULT_CHANNELS = ['email', 'sms', 'phone', 'in_person'] as const;
export type ResultChannel = (typeof RESULT_CHANNELS)[number];

/** Results that mean an appointment was obtained (a moved time is still a win). */
export const GRANTED_RESULTS = ['granted', 'time_changed'] as const satisfies readonly AttemptResult[];

/** A granted appointment has its date and time (the service and the JSON import say it in these words). */
export const GRANTED_NEEDS_TIME = 'A granted appointment needs its date and time.';

/** Who applied, in the words the service and the JSON import both use (one source). */
export const APPLICANT_PROBLEMS = {
  needsTrip: 'A companion applies as part of a trip: choose the trip first, or leave "who applied" as yourself.',
  notOnTrip: (companionId: unknown) => `Companion ${String(companionId)} is not a companion of this trip.`,
  // Only adults (18+) may apply to the lottery (DOMAIN: each adult applies on their own phone).
  minor: (name: string) => `${name} is under 18 and cannot apply to the lottery: choose an adult travelling with you, or yourself, under "Who applied".`,
} as const;

export interface AppointmentAttempt {
  id: number;
  method: AttemptMethod;
  /** The day the appointment is wanted for (Paris calendar day). */
  wantedDay: string;
  /** Preferred boutique; null = "no preference". */
  boutiqueId: number | null;
  tripId: number | null;
  /** Who applied: null = the user, else a companion of the trip. */
  companionId: number | null;
  /** The SA (or concierge) involved, if any. */
  contactId: number | null;
  formAcceptedAt: string | null;
  emailReceivedAt: string | null;
  linkClickedAt: string | null;
  registeredAt: string | null;
  /** The furthest lottery step ticked ('none' for other methods). */
  stepReached: StepReached;
  blockedCount: number;
  blockedNote: string | null;
  result: AttemptResult;
  /** The appointment time (UTC instant); set when granted or time_changed. */
  appointmentAt: string | null;
  /** The first time given, kept when the appointment was moved (result time_changed). */
  originalAppointmentAt: string | null;
  /** Where the appointment is, when granted (the lottery may give another boutique than the preferred one). */
  appointmentBoutiqueId: number | null;
  /** How the answer came (e-mail, SMS, phone, in person); null when not said or still pending. */
  resultChannel: ResultChannel | null;
  /** What was offered at the appointment, and what was bought. */
  outcomeOffered: string | null;
  outcomeBought: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/** One group of the statistics: counts only, so a rate is always shown with its count. */
export interface AttemptStatsGroup<K> {
  key: K;
  attempts: number;
  /** Appointments obtained (granted or time changed). */
  granted: number;
  /** Attempts whose result is not known yet: leave them out of a rate's denominator if wanted. */
  pending: number;
}

export interface AttemptStats {
  total: number;
  granted: number;
  pending: number;
  /** In the order of ATTEMPT_METHODS; only methods with attempts. */
  byMethod: AttemptStatsGroup<AttemptMethod>[];
  /** 'none' (no preference) first, then boutiques by id. */
  byBoutiquePreference: (AttemptStatsGroup<number | 'none'> & { label: string })[];
  /** Weekday of the wanted day, Monday = 1 … Saturday = 6 (Sunday = 7), ascending. */
  byWeekday: AttemptStatsGroup<number>[];
  /** Trips by start day, newest first; key null (attempts outside any trip) last. */
  byTrip: (AttemptStatsGroup<number | null> & { title: string | null })[];
}

const method = z.enum(ATTEMPT_METHODS, {
  error: 'Choose how the appointment was sought: lottery, walk-in, concierge, home-store SA or Paris SA relationship.',
});
const result = z.enum(ATTEMPT_RESULTS, {
  error: 'Choose a result: pending, granted, time changed, not granted or cancelled.',
});
const step = z.enum(LOTTERY_STEPS, {
  error: 'Choose a step: form accepted, e-mail received, link clicked or registered.',
});
const nullableId = id.nullable();
const resultChannel = z.enum(RESULT_CHANNELS, { error: 'Choose how the answer came: e-mail, SMS, phone or in person.' }).nullable();
const nullableInstant = instant.nullable();
const blockedCount = z
  .number({ error: 'The blocked count is a number.' })
  .int({ error: 'The blocked count is a whole number.' })
  .min(0, { error: 'The blocked count cannot be negative.' })
  .max(1000, { error: 'The blocked count is at most 1000.' });

export const BLOCKED_NOTE_MAX = 4000;

const attemptFields = {
  method,
  wantedDay: day,
  boutiqueId: nullableId,
  tripId: nullableId,
  companionId: nullableId,
  contactId: nullableId,
  formAcceptedAt: nullableInstant,
  emailReceivedAt: nullableInstant,
  linkClickedAt: nullableInstant,
  registeredAt: nullableInstant,
  blockedCount,
  blockedNote: optionalText('Blocked note', BLOCKED_NOTE_MAX),
  result,
  appointmentAt: nullableInstant,
  appointmentBoutiqueId: nullableId,
  resultChannel,
  outcomeOffered: optionalText('What was offered', 2000),
  outcomeBought: optionalText('What was bought', 2000),
  notes,
};

const orNull = <T extends z.ZodType>(schema: T) => schema.optional().transform((v) => v ?? null);

export const attemptCreate = z.strictObject({
  ...attemptFields,
  boutiqueId: orNull(nullableId),
  tripId: orNull(nullableId),
  companionId: orNull(nullableId),
  contactId: orNull(nullableId),
  formAcceptedAt: orNull(nullableInstant),
  emailReceivedAt: orNull(nullableInstant),
  linkClickedAt: orNull(nullableInstant),
  registeredAt: orNull(nullableInstant),
  blockedCount: blockedCount.default(0),
  result: result.default('pending'),
  appointmentAt: orNull(nullableInstant),
  appointmentBoutiqueId: orNull(nullableId),
  resultChannel: orNull(resultChannel),
  /** Only when entering a moved appointment after the fact (result time_changed). */
  originalAppointmentAt: orNull(nullableInstant),
});

/**
 * Update: any subset of fields. The original time is never written directly: moving the time
 * of a granted appointment keeps the first time and sets the result to time_changed.
 */
export const attemptUpdate = z.strictObject({ id, ...attemptFields }).partial().required({ id: true });

const toNotBeforeFrom = (r: { from?: string | undefined; to?: string | undefined } | undefined) =>
  !r?.from || !r.to || r.to >= r.from;
const toMessage = { error: 'The end of the range must be on or after its start.', path: ['to'] };

export const attemptList = z
  .strictObject({
    /** Wanted day within [from, to]. */
    from: day.optional(),
    to: day.optional(),
    tripId: id.optional(),
    method: method.optional(),
    result: result.optional(),
    /** A boutique id, or 'none' for attempts with no boutique preference. */
    boutiqueId: z.union([id, z.literal('none')], { error: "Choose a boutique, or 'none' for no preference." }).optional(),
    ...paging,
  })
  .refine(toNotBeforeFrom, toMessage)
  .optional();

export const attemptMarkStep = z.strictObject({
  id,
  step,
  /** When it happened; now when absent. */
  at: instant.optional(),
});

export const attemptRecordBlocked = z.strictObject({
  id,
  /** What was tried or what helped (boutique Wi-Fi, the leather desk…). */
  note: optionalText('Note', 500),
});

export const attemptStats = z
  .strictObject({
    from: day.optional(),
    to: day.optional(),
    tripId: id.optional(),
  })
  .refine(toNotBeforeFrom, toMessage)
  .optional();

export type AttemptCreateInput = z.input<typeof attemptCreate>;
export type AttemptUpdateInput = z.input<typeof attemptUpdate>;

export const attemptsContract = {
  'attempts.create': channel<AppointmentAttempt>()(attemptCreate),
  'attempts.get': channel<AppointmentAttempt>()(byId),
  'attempts.update': channel<AppointmentAttempt>()(attemptUpdate),
  'attempts.delete': channel<{ id: number }>()(byId),
  'attempts.list': channel<AppointmentAttempt[]>()(attemptList),
  'attempts.markStep': channel<AppointmentAttempt>()(attemptMarkStep),
  'attempts.recordBlocked': channel<AppointmentAttempt>()(attemptRecordBlocked),
  'attempts.stats': channel<AttemptStats>()(attemptStats),
};
