/**
 * Contacts (SAs, managers, leather-desk hosts, concierges) and each contact's interaction log.
 *
 * Deleting a contact: its interactions cascade (FK ON DELETE CASCADE) and its decision notes go
 * with it; a contact that purchases, appointment attempts or special orders name is refused
 * (`conflict`) so that spend and history "with this SA" are never silently orphaned.
 */
import { sql, type Selectable, type Updateable } from 'kysely';
import type { ParsedInputOf } from '../../shared/api';
import type { Contact, ContactRole, contactsContract, Interaction, MayOffer } from '../../shared/api/contacts';
import { nextFollowUp, nextOccurrence, parseMonthDay, toMonthDay, type CadenceUnit } from '../../shared/domain/keep-in-touch';
import { conflict, notFound } from '../../shared/result';
import type { Journal } from '../db/journal';
import { fromRow, toNewRow, toRow } from '../db/rows';
import type { ContactInteractionsTable, ContactsTable } from '../db/tables';
import { containsAny, countWhere, describeLinks, requireLink, requireRecord, type DomainHandlers } from './handler';
import { moveToTrash } from './trash';
import { today as todayOf } from './today';

type ContactRow = Selectable<ContactsTable>;
type InteractionRow = Omit<ContactInteractionsTable, 'id'> & { id: number };

/** Stored as JSON text; a hand-edited or damaged value reads as no languages rather than failing. */
function parseLanguages(text: string): string[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function parseWeekdays(text: string): number[] {
  try {
    const value: unknown = JSON.parse(text);
    return Array.isArray(value) ? value.filter((v): v is number => Number.isInteger(v) && v >= 1 && v <= 7) : [];
  } catch {
    return [];
  }
}

/** The relationship columns of an input, as stored; `undefined` fields are left out (kept). */
export function relationshipColumns(input: Partial<ParsedInputOf<'contacts.create'>>) {
  const out: Updateable<ContactsTable> = {};
  if (input.cadence !== undefined) {
    out.cadence_days = input.cadence ? (input.cadence.unit === 'weeks' ? input.cadence.every * 7 : input.cadence.every) : null;
    out.cadence_unit = input.cadence ? input.cadence.unit : null;
  }
  if (input.birthday !== undefined) {
    out.birthday = input.birthday ? toMonthDay(input.birthday) : null;
    out.birth_year = input.birthday ? input.birthday.year : null;
  }
  if (input.nameDay !== undefined) out.name_day = input.nameDay ? toMonthDay(input.nameDay) : null;
  if (input.remindDaysBefore !== undefined) out.remind_days_before = input.remindDaysBefore;
  if (input.mayOffer !== undefined) out.may_offer = input.mayOffer;
  if (input.workingDays !== undefined) out.working_days = JSON.stringify(input.workingDays);
  if (input.movedOn !== undefined) {
    out.moved_on = input.movedOn ? input.movedOn.reason : null;
    out.moved_on_day = input.movedOn ? input.movedOn.day : null;
    out.moved_to = input.movedOn ? input.movedOn.to : null;
  }
  return out;
}

function load(journal: Journal, rows: ContactRow[]): Contact[] {
  if (rows.length === 0) return [];
  const today = todayOf(journal);
  const stats = journal.all(
    journal.q
      .selectFrom('contact_interactions')
      .select((eb) => ['contact_id', eb.fn.max('day').as('last_day'), eb.fn.countAll<number>().as('n')])
      .where(
        'contact_id',
        'in',
        rows.map((r) => r.id),
      )
      .groupBy('contact_id'),
  );
  const byContact = new Map(stats.map((s) => [s.contact_id, s]));
  return rows.map((r) => {
    const s = byContact.get(r.id);
    const lastDay = s ? (s.last_day as string) : null;
    const cadenceUnit = r.cadence_unit as CadenceUnit | null;
    const cadence = r.cadence_days !== null && cadenceUnit ? { every: cadenceUnit === 'weeks' ? r.cadence_days / 7 : r.cadence_days, unit: cadenceUnit } : null;
    const birthday = parseMonthDay(r.birthday);
    const nameDay = parseMonthDay(r.name_day);
    return {
      id: r.id,
      name: r.name,
      role: r.role as ContactRole,
      boutiqueId: r.boutique_id,
      department: r.department,
      languages: parseLanguages(r.languages),
      phone: r.phone,
      email: r.email,
      messaging: r.messaging,
      metOn: r.met_on,
      followUpOn: r.follow_up_on,
      notes: r.notes,
      lastInteractionDay: lastDay,
      interactionCount: s ? Number(s.n) : 0,
      cadence,
      followUpSnoozedTo: r.follow_up_snoozed_to,
      followUpDoneOn: r.follow_up_done_on,
      nextFollowUp: nextFollowUp({
        lastContact: lastDay,
        doneOn: r.follow_up_done_on,
        since: r.met_on ?? r.created_at.slice(0, 10),
        cadenceDays: r.cadence_days,
        explicit: r.follow_up_on,
        snoozedTo: r.follow_up_snoozed_to,
        movedOn: r.moved_on !== null,
      }),
      birthday: birthday ? { ...birthday, year: r.birth_year } : null,
      nameDay,
      nextBirthday: birthday ? nextOccurrence(birthday, today) : null,
      nextNameDay: nameDay ? nextOccurrence(nameDay, today) : null,
      remindDaysBefore: r.remind_days_before,
      mayOffer: r.may_offer as MayOffer,
      workingDays: parseWeekdays(r.working_days),
      movedOn: r.moved_on && r.moved_on_day ? { reason: r.moved_on, day: r.moved_on_day, to: r.moved_to } : null,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    };
  });
}

const toInteraction = (r: InteractionRow): Interaction => fromRow(r);

export function getContact(journal: Journal, { id }: { id: number }): Contact {
  const row = journal.first(journal.q.selectFrom('contacts').selectAll().where('id', '=', id));
  if (!row) throw notFound('Contact', id);
  return load(journal, [row])[0]!;
}

/** Every contact with what is derived from the log (cadence follow-ups, birthdays): the dashboard, calendar and reminders read these. */
export function allContacts(journal: Journal): Contact[] {
  return load(journal, journal.all(journal.q.selectFrom('contacts').selectAll().orderBy(sql`name COLLATE NOCASE`).orderBy('id')));
}

export function createContact(journal: Journal, input: ParsedInputOf<'contacts.create'>): Contact {
  return journal.tx(() => {
    requireLink(journal, 'boutiques', input.boutiqueId, 'Boutique', ['boutiqueId']);
    const now = journal.now();
    const id = journal.insert(
      journal.q.insertInto('contacts').values({
        name: input.name,
        role: input.role,
        boutique_id: input.boutiqueId,
        department: input.department,
        languages: JSON.stringify(input.languages),
        phone: input.phone,
        email: input.email,
        messaging: input.messaging,
        met_on: input.metOn,
        follow_up_on: input.followUpOn,
        notes: input.notes,
        ...relationshipColumns(input),
        created_at: now,
        updated_at: now,
      }),
    );
    return getContact(journal, { id });
  });
}

/** `undefined` keeps the stored value; anything else (null included) replaces it. */
const keep = <T>(given: T | undefined, current: T): T => (given !== undefined ? given : current);

export function updateContact(journal: Journal, input: ParsedInputOf<'contacts.update'>): Contact {
  return journal.tx(() => {
    const current = getContact(journal, { id: input.id });
    requireLink(journal, 'boutiques', input.boutiqueId, 'Boutique', ['boutiqueId']);
    journal.run(
      journal.q
        .updateTable('contacts')
        .set({
          name: keep(input.name, current.name),
          role: keep(input.role, current.role),
          boutique_id: keep(input.boutiqueId, current.boutiqueId),
          department: keep(input.department, current.department),
          languages: JSON.stringify(keep(input.languages, current.languages)),
          phone: keep(input.phone, current.phone),
          email: keep(input.email, current.email),
          messaging: keep(input.messaging, current.messaging),
          met_on: keep(input.metOn, current.metOn),
          follow_up_on: keep(input.followUpOn, current.followUpOn),
          notes: keep(input.notes, current.notes),
          ...relationshipColumns(input),
          // A follow-up day set by hand replaces a snooze.
          ...(input.followUpOn !== undefined && input.followUpOn !== current.followUpOn ? { follow_up_snoozed_to: null } : {}),
          updated_at: journal.now(),
        })
        .where('id', '=', input.id),
    );
    return getContact(journal, { id: input.id });
  });
}

export function deleteContact(journal: Journal, { id }: { id: number }): { id: number } {
  return journal.tx(() => {
    const current = getContact(journal, { id });
    const links = describeLinks([
      [countWhere(journal, 'purchases', 'contact_id', id), 'purchase', 'purchases'],
      [countWhere(journal, 'appointment_attempts', 'contact_id', id), 'appointment attempt', 'appointment attempts'],
      [countWhere(journal, 'special_orders', 'contact_id', id), 'special order', 'special orders'],
      [countWhere(journal, 'offers', 'contact_id', id), 'offer', 'offers'],
    ]);
    if (links) {
      throw conflict(`${current.name} is still named by ${links}. Delete them or move them to another contact first; nothing was deleted.`);
    }
    // To the Trash with the interaction log and the notes.
    moveToTrash(journal, 'contact', id, current.name);
    return { id };
  });
}

export function listContacts(journal: Journal, input: ParsedInputOf<'contacts.list'>): Contact[] {
  let q = journal.q.selectFrom('contacts').selectAll();
  if (input?.boutiqueId === null) q = q.where('boutique_id', 'is', null);
  else if (input?.boutiqueId !== undefined) q = q.where('boutique_id', '=', input.boutiqueId);
  if (input?.role) q = q.where('role', '=', input.role);
  if (input?.query) q = q.where(containsAny(['name', 'department', 'notes', 'email', 'phone', 'messaging'], input.query));
  // Follow-ups due read as a to-do list: the oldest due first.
  if (input?.followUpDue) q = q.where('follow_up_on', '<=', input.followUpDue).orderBy('follow_up_on');
  if (input?.sort === 'lastContacted') {
    // Never contacted first, then the longest since the last contact.
    q = q.orderBy(sql`(SELECT max(i.day) FROM contact_interactions i WHERE i.contact_id = contacts.id) IS NOT NULL`).orderBy(
      sql`(SELECT max(i.day) FROM contact_interactions i WHERE i.contact_id = contacts.id)`,
    );
  }
  q = q
    .orderBy(sql`name COLLATE NOCASE`)
    .orderBy('id')
    .limit(input?.limit ?? 200)
    .offset(input?.offset ?? 0);
  return load(journal, journal.all(q));
}

function getInteraction(journal: Journal, id: number): Interaction {
  const row = journal.first(journal.q.selectFrom('contact_interactions').selectAll().where('id', '=', id));
  if (!row) throw notFound('Interaction', id);
  return toInteraction(row);
}

/** Logging an interaction may also set (or, with null, clear) the contact's follow-up day. */
export function createInteraction(journal: Journal, input: ParsedInputOf<'interactions.create'>): Interaction {
  return journal.tx(() => {
    requireLink(journal, 'contacts', input.contactId, 'Contact', ['contactId']);
    const { followUpOn, ...entry } = input;
    const now = journal.now();
    const id = journal.insert(
      journal.q.insertInto('contact_interactions').values({ ...toNewRow(entry), created_at: now, updated_at: now }),
    );
    if (followUpOn !== undefined) {
      journal.run(journal.q.updateTable('contacts').set({ follow_up_on: followUpOn, updated_at: now }).where('id', '=', input.contactId));
    }
    return getInteraction(journal, id);
  });
}

export function updateInteraction(journal: Journal, input: ParsedInputOf<'interactions.update'>): Interaction {
  return journal.tx(() => {
    const { id, ...changes } = input;
    getInteraction(journal, id); // not_found first
    journal.run(journal.q.updateTable('contact_interactions').set({ ...toRow(changes), updated_at: journal.now() }).where('id', '=', id));
    return getInteraction(journal, id);
  });
}

export function deleteInteraction(journal: Journal, { id }: { id: number }): { id: number } {
  return journal.tx(() => {
    const entry = getInteraction(journal, id);
    moveToTrash(journal, 'interaction', id, entry.summary);
    return { id };
  });
}

/** Newest first: by day, then most recently logged. */
export function listInteractions(journal: Journal, input: ParsedInputOf<'interactions.list'>): Interaction[] {
  if (input.contactId !== undefined) requireRecord(journal, 'contacts', input.contactId, 'Contact');
  const args = { ...input, limit: input.limit ?? 200, offset: input.offset ?? 0 };
  // Compiled once per combination of filters; each call binds its values.
  const rows = journal.shaped('interactions.list', args, ['contactId', 'kind', 'from', 'to', 'limit', 'offset'], (a) => {
    let q = journal.q.selectFrom('contact_interactions').selectAll();
    if (a.contactId !== undefined) q = q.where('contact_id', '=', a.contactId);
    if (a.kind) q = q.where('kind', '=', a.kind);
    if (a.from) q = q.where('day', '>=', a.from);
    if (a.to) q = q.where('day', '<=', a.to);
    return q.orderBy('day', 'desc').orderBy('id', 'desc').limit(a.limit).offset(a.offset);
  });
  return rows.map(toInteraction);
}

export const contactsHandlers = {
  'contacts.create': createContact,
  'contacts.get': getContact,
  'contacts.update': updateContact,
  'contacts.delete': deleteContact,
  'contacts.list': listContacts,
  'interactions.create': createInteraction,
  'interactions.update': updateInteraction,
  'interactions.delete': deleteInteraction,
  'interactions.list': listInteractions,
} satisfies DomainHandlers<typeof contactsContract>;
