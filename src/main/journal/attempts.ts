/**
 * Appointment attempts: every try at a leather appointment (lottery, walk-in, concierge, home
 * SA, Paris SA) and what came of it. An attempt points at a boutique, a trip, a companion of
 * that trip and a contact (all RESTRICT: those records refuse deletion while attempts point at
 * them); nothing points at an attempt except its decision notes, which are deleted with it.
 *
 * Rules kept here, on the merged record (so create and a partial update obey the same ones):
 * - only lottery attempts have lottery steps and "blocked" messages; the steps are ticked in
 *   order (a later step needs the earlier ones) and their times never go backwards;
 * - a companion applies only within a trip, and must be one of that trip's companions;
 * - granted / time_changed need the appointment time; pending / not_granted have none;
 * - moving the time of a granted appointment keeps the first time and sets time_changed.
 */
import { DateTime } from 'luxon';
import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { ParsedInputOf } from '../../shared/api';
import {
  GRANTED_RESULTS,
  LOTTERY_STEPS,
  METHOD_LABELS,
  STEP_FIELDS,
  STEP_LABELS,
  type AppointmentAttempt,
  type AttemptMethod,
  type AttemptResult,
  type AttemptStats,
  type AttemptStatsGroup,
  type LotteryStep,
  type StepReached,
  type attemptsContract,
  ATTEMPT_METHODS,
  BLOCKED_NOTE_MAX,
  GRANTED_NEEDS_TIME,
  APPLICANT_PROBLEMS,
} from '../../shared/api/attempts';
import { closedReason, holidayName, lotteryWindow, type BookableWindow } from '../../shared/domain/lottery';
import { stepFits, stepFutureProblem, stepNeedsTime, stepTimeProblem } from '../../shared/domain/lottery-steps';
import { DomainError, notFound } from '../../shared/result';
import type { Journal } from '../db/journal';
import type { AppointmentAttemptsTable } from '../db/tables';
import { requireLink, requireRecord, type DomainHandlers } from './handler';
import { moveToTrash } from './trash';
import { labelDay } from '../../shared/domain/trash';
import { calendarOptions } from './settings';

type Row = Omit<AppointmentAttemptsTable, 'id'> & { id: number };

/** The fields a person writes (everything but id, the computed step and the timestamps). */
type Draft = Omit<AppointmentAttempt, 'id' | 'stepReached' | 'createdAt' | 'updatedAt'>;
type DraftField = keyof Draft;

const fail = (path: DraftField | 'step' | 'at' | 'note' | 'id', message: string): DomainError =>
  new DomainError('invalid_input', message, [{ path: [path], message }]);

/** An instant as a person reads it in a message, in UTC (the tracker shows the zones). */
const readable = (at: string): string => DateTime.fromISO(at, { zone: 'utc', locale: 'en-GB' }).toFormat("d LLL yyyy, HH:mm 'UTC'");
const quoted = (step: LotteryStep): string => `“${STEP_LABELS[step]}”`;
/** The quoted step name opening a sentence. */
const Quoted = (step: LotteryStep): string => `“${STEP_LABELS[step].charAt(0).toUpperCase()}${STEP_LABELS[step].slice(1)}”`;

function stepReachedOf(d: Pick<Draft, 'formAcceptedAt' | 'emailReceivedAt' | 'linkClickedAt' | 'registeredAt'>): StepReached {
  let reached: StepReached = 'none';
  for (const step of LOTTERY_STEPS) if (d[STEP_FIELDS[step]] !== null) reached = step;
  return reached;
}

const toAttempt = (r: Row): AppointmentAttempt => {
  const draft: Draft = {
    method: r.method,
    wantedDay: r.wanted_day,
    boutiqueId: r.boutique_id,
    tripId: r.trip_id,
    companionId: r.companion_id,
    contactId: r.contact_id,
    formAcceptedAt: r.form_accepted_at,
    emailReceivedAt: r.email_received_at,
    linkClickedAt: r.link_clicked_at,
    registeredAt: r.registered_at,
    blockedCount: r.blocked_count,
    blockedNote: r.blocked_note,
    result: r.result,
    appointmentAt: r.appointment_at,
    originalAppointmentAt: r.original_appointment_at,
    appointmentBoutiqueId: r.appointment_boutique_id,
    resultChannel: r.result_channel,
    outcomeOffered: r.outcome_offered,
    outcomeBought: r.outcome_bought,
    notes: r.notes,
  };
  return { id: r.id, ...draft, stepReached: stepReachedOf(draft), createdAt: r.created_at, updatedAt: r.updated_at };
};

const toColumns = (d: Draft) => ({
  method: d.method,
  wanted_day: d.wantedDay,
  boutique_id: d.boutiqueId,
  trip_id: d.tripId,
  companion_id: d.companionId,
  contact_id: d.contactId,
  form_accepted_at: d.formAcceptedAt,
  email_received_at: d.emailReceivedAt,
  link_clicked_at: d.linkClickedAt,
  registered_at: d.registeredAt,
  blocked_count: d.blockedCount,
  blocked_note: d.blockedNote,
  result: d.result,
  appointment_at: d.appointmentAt,
  original_appointment_at: d.originalAppointmentAt,
  appointment_boutique_id: d.appointmentBoutiqueId,
  result_channel: d.resultChannel,
  outcome_offered: d.outcomeOffered,
  outcome_bought: d.outcomeBought,
  notes: d.notes,
});

export function getAttempt(journal: Journal, { id }: { id: number }): AppointmentAttempt {
  const row = journal.first(journal.q.selectFrom('appointment_attempts').selectAll().where('id', '=', id));
  if (!row) throw notFound('Appointment attempt', id);
  return toAttempt(row);
}

const isGranted = (r: AttemptResult): boolean => (GRANTED_RESULTS as readonly AttemptResult[]).includes(r);

function checkLinks(journal: Journal, d: Draft, given: (f: DraftField) => boolean): void {
  if (given('boutiqueId')) requireLink(journal, 'boutiques', d.boutiqueId, 'Boutique', ['boutiqueId']);
  if (given('appointmentBoutiqueId')) requireLink(journal, 'boutiques', d.appointmentBoutiqueId, 'Boutique of the appointment', ['appointmentBoutiqueId']);
  if (given('tripId')) requireLink(journal, 'trips', d.tripId, 'Trip', ['tripId']);
  if (given('contactId')) requireLink(journal, 'contacts', d.contactId, 'Contact', ['contactId']);
  if ((given('companionId') || given('tripId') || given('method')) && d.companionId !== null) {
    if (d.tripId === null) throw fail('companionId', APPLICANT_PROBLEMS.needsTrip);
    const onTrip = journal.first(
      journal.q.selectFrom('trip_companions').select(['name', 'adult']).where('id', '=', d.companionId).where('trip_id', '=', d.tripId),
    );
    if (!onTrip) throw fail('companionId', APPLICANT_PROBLEMS.notOnTrip(d.companionId));
    if (onTrip.adult !== 1 && d.method === 'lottery') throw fail('companionId', APPLICANT_PROBLEMS.minor(onTrip.name));
  }
  // The lottery form offers only the Paris leather boutiques (or no preference).
  if ((given('boutiqueId') || given('method')) && d.method === 'lottery' && d.boutiqueId !== null) {
    const b = journal.first(journal.q.selectFrom('boutiques').select(['name', 'takes_leather_appointments']).where('id', '=', d.boutiqueId));
    if (b && b.takes_leather_appointments !== 1) {
      throw fail('boutiqueId', `${b.name} does not take leather appointments through the lottery: choose a Paris boutique, or no preference.`);
    }
  }
}

function checkLottery(d: Draft, given: (f: DraftField) => boolean): void {
  const lotteryOnly: DraftField[] = [...LOTTERY_STEPS.map((s) => STEP_FIELDS[s]), 'blockedCount', 'blockedNote'];
  if (d.method !== 'lottery') {
    const set = lotteryOnly.find((f) => (f === 'blockedCount' ? d.blockedCount > 0 : d[f] !== null));
    if (set) {
      const what = METHOD_LABELS[d.method];
      if (given('method') && !given(set)) {
        throw fail('method', `This attempt has lottery steps or "blocked" messages recorded: clear them before making it a ${what} attempt.`);
      }
      throw fail(set, `Only online lottery attempts have lottery steps and "blocked" messages; this one is a ${what} attempt.`);
    }
    return;
  }
  // Ticked in order: every step before the furthest ticked one must be ticked too.
  const reached = stepReachedOf(d);
  const last = LOTTERY_STEPS.indexOf(reached as LotteryStep);
  const missing = LOTTERY_STEPS.slice(0, Math.max(last, 0)).find((s) => d[STEP_FIELDS[s]] === null);
  if (missing && reached !== 'none') {
    if (given(STEP_FIELDS[missing]) && !given(STEP_FIELDS[reached])) {
      throw fail(STEP_FIELDS[missing], `${Quoted(missing)} cannot be cleared while ${quoted(reached)} is ticked: clear the later steps first.`);
    }
    throw fail(STEP_FIELDS[reached], `${Quoted(reached)} needs the earlier step ${quoted(missing)} ticked first.`);
  }
  // And their times never go backwards.
  for (let i = 1; i <= last; i++) {
    const earlier = LOTTERY_STEPS[i - 1]!;
    const later = LOTTERY_STEPS[i]!;
    if (d[STEP_FIELDS[later]]! < d[STEP_FIELDS[earlier]]!) {
      const field = given(STEP_FIELDS[earlier]) && !given(STEP_FIELDS[later]) ? STEP_FIELDS[earlier] : STEP_FIELDS[later];
      throw fail(field, `${Quoted(later)} cannot be earlier than ${quoted(earlier)}: the steps happen in order.`);
    }
  }
}

/**
 * The Paris boutiques are closed on the day wanted (Sunday, a French public holiday, a closure the
 * user added): the lottery cannot book it, and a walk-in at a Paris boutique finds the door shut,
 * unless the user marked the day open in the calendar. Checked when the day, method or boutique is
 * written; a home store abroad keeps its own hours, which Carnet does not know.
 */
function checkOpenDay(journal: Journal, d: Draft, given: (f: DraftField) => boolean): void {
  if (!(given('wantedDay') || given('method') || given('boutiqueId'))) return;
  if (d.method !== 'lottery' && d.method !== 'walk_in') return;
  if (d.method === 'walk_in') {
    if (d.boutiqueId === null) return;
    const b = journal.first(journal.q.selectFrom('boutiques').select('code').where('id', '=', d.boutiqueId));
    if (!b || b.code === null) return;
  }
  const options = calendarOptions(journal);
  const reason = closedReason(d.wantedDay, options);
  if (!reason) return;
  const day = DateTime.fromISO(d.wantedDay, { locale: 'en-GB' }).toFormat('ccc d LLL yyyy');
  const why = reason === 'sunday' ? ' (a Sunday)' : reason === 'holiday' ? `, ${holidayName(d.wantedDay) ?? 'a public holiday'}` : ' (a closure in your calendar)';
  const what = d.method === 'lottery' ? 'the lottery cannot book an appointment that day' : 'a walk-in would find the door shut';
  throw fail('wantedDay', `The Paris boutiques are closed on ${day}${why}: ${what}. Choose an open day, or mark the day open in Settings › Paris boutique calendar if they open that day.`);
}

/** The window a lottery attempt applies in, with the user's calendar; null for other methods or a day that cannot be booked. */
function windowOf(journal: Journal, d: Pick<Draft, 'method' | 'wantedDay'>): BookableWindow | null {
  if (d.method !== 'lottery') return null;
  try {
    const w = lotteryWindow(d.wantedDay, calendarOptions(journal));
    return w.bookable ? w : null;
  } catch {
    return null;
  }
}

/**
 * Each step's time lies in the window it belongs to (shared/domain/lottery-steps). Checked for the
 * steps being written, and for every step when the day wanted moves; steps stored before this rule
 * are left alone until they are edited. (Ticking or correcting a step, markStep, also refuses a time
 * that has not happened yet; create and update, which also carry records written elsewhere, do not.)
 */
function checkStepTimes(journal: Journal, d: Draft, given: (f: DraftField) => boolean): void {
  const window = windowOf(journal, d);
  if (!window) return;
  for (const step of LOTTERY_STEPS) {
    const field = STEP_FIELDS[step];
    const at = d[field];
    if (at === null || !(given(field) || given('wantedDay'))) continue;
    const problem = stepTimeProblem(step, Quoted(step), window, Date.parse(at));
    if (problem) throw fail(given(field) ? field : 'wantedDay', given(field) ? problem : `${problem.replace(/ Enter the time it happened\.$/, '')} Clear the steps before moving the day wanted.`);
  }
}

/**
 * Result and appointment time agree. A time set explicitly against pending / not_granted is
 * refused; a stored one is dropped when the result changes to those (no time any more).
 */
function checkAppointment(d: Draft, timeGiven: boolean, given: (f: DraftField) => boolean = () => false): void {
  // Where and how: a boutique only for an appointment obtained; no channel while still pending.
  if (!isGranted(d.result) && d.appointmentBoutiqueId !== null) {
    if (given('appointmentBoutiqueId')) throw fail('appointmentBoutiqueId', 'Only a granted appointment has a boutique where it takes place.');
    d.appointmentBoutiqueId = null;
  }
  if (d.result === 'pending' && d.resultChannel !== null) {
    if (given('resultChannel')) throw fail('resultChannel', 'A pending attempt has no answer yet, so nothing came by e-mail or SMS.');
    d.resultChannel = null;
  }
  if (isGranted(d.result) && d.appointmentAt === null) {
    throw fail('appointmentAt', GRANTED_NEEDS_TIME);
  }
  if ((d.result === 'pending' || d.result === 'not_granted') && d.appointmentAt !== null) {
    if (timeGiven) {
      throw fail('appointmentAt', d.result === 'pending' ? 'A pending attempt has no appointment time yet: set the result to granted with the time.' : 'An attempt that was not granted has no appointment time.');
    }
    // The result was changed on a stored appointment: it no longer has a time.
    d.appointmentAt = null;
    d.originalAppointmentAt = null;
  }
  if (d.result === 'granted' || d.result === 'pending' || d.result === 'not_granted') d.originalAppointmentAt = null;
}

function checkOriginalOnCreate(d: Draft): void {
  if (d.originalAppointmentAt === null) return;
  if (d.result !== 'time_changed') {
    throw fail('originalAppointmentAt', 'The first appointment time is kept only for an appointment whose time changed.');
  }
  if (d.originalAppointmentAt === d.appointmentAt) {
    throw fail('originalAppointmentAt', 'The first time is the same as the appointment time: the time did not change.');
  }
}

export function createAttempt(journal: Journal, input: ParsedInputOf<'attempts.create'>): AppointmentAttempt {
  return journal.tx(() => {
    const draft: Draft = { ...input };
    const given = (f: DraftField) => draft[f] !== null || f === 'method';
    checkLinks(journal, draft, given);
    checkOpenDay(journal, draft, given);
    checkLottery(draft, given);
    checkStepTimes(journal, draft, given);
    checkOriginalOnCreate(draft);
    checkAppointment(draft, draft.appointmentAt !== null, given);
    const now = journal.now();
    const id = journal.insert(journal.q.insertInto('appointment_attempts').values({ ...toColumns(draft), created_at: now, updated_at: now }));
    return getAttempt(journal, { id });
  });
}

export function updateAttempt(journal: Journal, input: ParsedInputOf<'attempts.update'>): AppointmentAttempt {
  return journal.tx(() => {
    const { id: attemptId, stepReached: _s, createdAt: _c, updatedAt: _u, ...current } = getAttempt(journal, { id: input.id });
    const changes = Object.fromEntries(Object.entries(input).filter(([k, v]) => k !== 'id' && v !== undefined)) as Partial<Draft>;
    const given = (f: DraftField) => Object.hasOwn(changes, f);
    const draft: Draft = { ...current, ...changes };

    // Moving a granted appointment: the result becomes time_changed, the first time is kept.
    const moved =
      isGranted(current.result) &&
      current.appointmentAt !== null &&
      draft.appointmentAt !== null &&
      draft.appointmentAt !== current.appointmentAt &&
      isGranted(draft.result);
    if (moved) {
      draft.result = 'time_changed';
      draft.originalAppointmentAt = current.originalAppointmentAt ?? current.appointmentAt;
      // Moved back to the first time: the appointment is as first granted.
      if (draft.appointmentAt === draft.originalAppointmentAt) {
        draft.result = 'granted';
        draft.originalAppointmentAt = null;
      }
    }

    checkLinks(journal, draft, given);
    checkOpenDay(journal, draft, given);
    checkLottery(draft, given);
    checkStepTimes(journal, draft, given);
    checkAppointment(draft, given('appointmentAt'), given);
    journal.run(journal.q.updateTable('appointment_attempts').set({ ...toColumns(draft), updated_at: journal.now() }).where('id', '=', attemptId));
    return getAttempt(journal, { id: attemptId });
  });
}

export function deleteAttempt(journal: Journal, { id }: { id: number }): { id: number } {
  return journal.tx(() => {
    requireRecord(journal, 'appointment_attempts', id, 'Appointment attempt');
    const { wanted_day } = journal.first(journal.q.selectFrom('appointment_attempts').select('wanted_day').where('id', '=', id))!;
    moveToTrash(journal, 'attempt', id, `Attempt for ${labelDay(wanted_day)}`);
    return { id };
  });
}

export function listAttempts(journal: Journal, input: ParsedInputOf<'attempts.list'>): AppointmentAttempt[] {
  let q = journal.q.selectFrom('appointment_attempts').selectAll();
  if (input?.from) q = q.where('wanted_day', '>=', input.from);
  if (input?.to) q = q.where('wanted_day', '<=', input.to);
  if (input?.tripId !== undefined) q = q.where('trip_id', '=', input.tripId);
  if (input?.method) q = q.where('method', '=', input.method);
  if (input?.result) q = q.where('result', '=', input.result);
  if (input?.boutiqueId === 'none') q = q.where('boutique_id', 'is', null);
  else if (input?.boutiqueId !== undefined) q = q.where('boutique_id', '=', input.boutiqueId);
  q = q.orderBy('wanted_day', 'desc').orderBy('id', 'desc').limit(input?.limit ?? 200).offset(input?.offset ?? 0);
  return journal.all(q).map(toAttempt);
}

/** Ticks one lottery step (now, unless `at` says when); refuses steps out of order. */
export function markStep(journal: Journal, input: ParsedInputOf<'attempts.markStep'>): AppointmentAttempt {
  return journal.tx(() => {
    const current = getAttempt(journal, { id: input.id });
    if (current.method !== 'lottery') {
      throw fail('step', `Only online lottery attempts have lottery steps; this one is a ${METHOD_LABELS[current.method]} attempt.`);
    }
    const index = LOTTERY_STEPS.indexOf(input.step);
    const missing = LOTTERY_STEPS.slice(0, index).find((s) => current[STEP_FIELDS[s]] === null);
    if (missing) throw fail('step', `${Quoted(input.step)} needs the earlier step ${quoted(missing)} ticked first.`);
    const at = input.at ?? journal.now();
    const before = index > 0 ? current[STEP_FIELDS[LOTTERY_STEPS[index - 1]!]] : null;
    const next = LOTTERY_STEPS[index + 1];
    const after = next ? current[STEP_FIELDS[next]] : null;
    if (before !== null && at < before) {
      throw fail('step', `${Quoted(input.step)} cannot be earlier than ${quoted(LOTTERY_STEPS[index - 1]!)} (${readable(before)}).`);
    }
    if (after !== null && next && at > after) {
      throw fail('step', `${Quoted(input.step)} cannot be later than ${quoted(next)} (${readable(after)}).`);
    }
    // Then the window: a time outside it was recorded for the wrong day; "now" outside it asks for the time.
    const window = windowOf(journal, current);
    if (window) {
      if (input.at === undefined && !stepFits(input.step, window, Date.parse(at))) {
        throw fail('at', stepNeedsTime(Quoted(input.step), window));
      }
      const problem = stepTimeProblem(input.step, Quoted(input.step), window, Date.parse(at));
      if (problem) throw fail('at', problem);
    }
    const future = stepFutureProblem(Quoted(input.step), Date.parse(at), Date.parse(journal.now()));
    if (future) throw fail('at', future);
    const column = ({ form_accepted: 'form_accepted_at', email_received: 'email_received_at', link_clicked: 'link_clicked_at', registered: 'registered_at' } as const)[input.step];
    journal.run(journal.q.updateTable('appointment_attempts').set({ [column]: at, updated_at: journal.now() }).where('id', '=', input.id));
    return getAttempt(journal, { id: input.id });
  });
}

/** Counts one more "Blocked" message, keeping what was tried as a new line of the note. */
export function recordBlocked(journal: Journal, input: ParsedInputOf<'attempts.recordBlocked'>): AppointmentAttempt {
  return journal.tx(() => {
    const current = getAttempt(journal, { id: input.id });
    if (current.method !== 'lottery') {
      throw fail('id', `Only online lottery attempts can be blocked; this one is a ${METHOD_LABELS[current.method]} attempt.`);
    }
    if (current.blockedCount >= 1000) throw fail('id', 'This attempt already counts 1000 "blocked" messages.');
    const note = input.note === null ? current.blockedNote : current.blockedNote ? `${current.blockedNote}\n${input.note}` : input.note;
    if (note !== null && note.length > BLOCKED_NOTE_MAX) {
      throw fail('note', `The blocked notes of this attempt are full (${BLOCKED_NOTE_MAX} characters): shorten them in the attempt first.`);
    }
    journal.run(
      journal.q
        .updateTable('appointment_attempts')
        .set({ blocked_count: current.blockedCount + 1, blocked_note: note, updated_at: journal.now() })
        .where('id', '=', input.id),
    );
    return getAttempt(journal, { id: input.id });
  });
}

/** Monday = 1 … Saturday = 6, Sunday = 7 (SQLite's %w counts Sunday as 0). */
const weekdayOf = sql<number>`((CAST(strftime('%w', a.wanted_day) AS INTEGER) + 6) % 7) + 1`;
const grantedList = sql.join([...GRANTED_RESULTS]);

export function attemptStats(journal: Journal, input: ParsedInputOf<'attempts.stats'>): AttemptStats {
  const filters: Expression<SqlBool>[] = [];
  if (input?.from) filters.push(sql<SqlBool>`a.wanted_day >= ${input.from}`);
  if (input?.to) filters.push(sql<SqlBool>`a.wanted_day <= ${input.to}`);
  if (input?.tripId !== undefined) filters.push(sql<SqlBool>`a.trip_id = ${input.tripId}`);
  const where = filters.length ? sql`WHERE ${sql.join(filters, sql` AND `)}` : sql``;
  const counts = sql`count(*) AS attempts,
    coalesce(sum(a.result IN (${grantedList})), 0) AS granted,
    coalesce(sum(a.result = 'pending'), 0) AS pending`;

  type Counts = { attempts: number; granted: number; pending: number };
  const run = <T>(query: RawBuilder<T>): T[] => {
    const compiled = query.compile(journal.q);
    return journal.sqlite.prepare(compiled.sql).all(...(compiled.parameters as unknown[])) as T[];
  };
  const counted = <K>({ key, attempts, granted, pending }: Counts & { key: K }): AttemptStatsGroup<K> => ({ key, attempts, granted, pending });

  const [totals] = run<Counts>(sql`SELECT ${counts} FROM appointment_attempts a ${where}`);
  const methodOrder = sql.raw(`CASE a.method ${ATTEMPT_METHODS.map((m, i) => `WHEN '${m}' THEN ${i}`).join(' ')} END`);
  const byMethod = run<Counts & { key: AttemptMethod }>(
    sql`SELECT a.method AS key, ${counts} FROM appointment_attempts a ${where} GROUP BY a.method ORDER BY min(${methodOrder})`,
  ).map(counted);
  const byBoutiquePreference = run<Counts & { key: number | null; name: string | null }>(
    sql`SELECT a.boutique_id AS key, b.name AS name, ${counts}
        FROM appointment_attempts a LEFT JOIN boutiques b ON b.id = a.boutique_id ${where}
        GROUP BY a.boutique_id ORDER BY a.boutique_id IS NOT NULL, a.boutique_id`,
  ).map((g) => ({ ...counted({ ...g, key: g.key ?? ('none' as const) }), label: g.name ?? 'No preference' }));
  const byWeekday = run<Counts & { key: number }>(
    sql`SELECT ${weekdayOf} AS key, ${counts} FROM appointment_attempts a ${where} GROUP BY 1 ORDER BY 1`,
  ).map(counted);
  const byTrip = run<Counts & { key: number | null; title: string | null }>(
    sql`SELECT a.trip_id AS key, t.title AS title, ${counts}
        FROM appointment_attempts a LEFT JOIN trips t ON t.id = a.trip_id ${where}
        GROUP BY a.trip_id ORDER BY a.trip_id IS NULL, max(t.start_day) DESC, a.trip_id DESC`,
  ).map((g) => ({ ...counted(g), title: g.title }));

  return {
    total: totals?.attempts ?? 0,
    granted: totals?.granted ?? 0,
    pending: totals?.pending ?? 0,
    byMethod,
    byBoutiquePreference,
    byWeekday,
    byTrip,
  };
}

export const attemptsHandlers = {
  'attempts.create': createAttempt,
  'attempts.get': getAttempt,
  'attempts.update': updateAttempt,
  'attempts.delete': deleteAttempt,
  'attempts.list': listAttempts,
  'attempts.markStep': markStep,
  'attempts.recordBlocked': recordBlocked,
  'attempts.stats': attemptStats,
} satisfies DomainHandlers<typeof attemptsContract>;
