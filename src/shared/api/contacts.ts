import { z } from 'zod';
import { channel } from './channel';
import { byId, day, id, notes, optionalDay, optionalText, paging, requiredText } from './fields';
import { CADENCE_UNITS, cadenceDays, MAX_CADENCE_DAYS, monthDayProblem, type Cadence, type NextFollowUp } from '../domain/keep-in-touch';

export const CONTACT_ROLES = ['sa', 'manager', 'leather_desk', 'concierge', 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

/** What an SA may offer the user (as the user understands it). */
export const MAY_OFFER = ['leather', 'non_quota', 'none', 'unknown'] as const;
export type MayOffer = (typeof MAY_OFFER)[number];
export const MAY_OFFER_LABELS: Record<MayOffer, string> = {
  leather: 'Leather, quota bags included',
  non_quota: 'Non-quota only',
  none: 'No bags',
  unknown: 'Not known',
};

export const MOVED_ON_REASONS = ['left', 'retired', 'changed_store'] as const;
export type MovedOnReason = (typeof MOVED_ON_REASONS)[number];
export const MOVED_ON_LABELS: Record<MovedOnReason, string> = { left: 'Left Hermès', retired: 'Retired', changed_store: 'Changed store' };

/** ISO weekdays: 1 Monday … 7 Sunday. */
export const WEEKDAY_LABELS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

export interface Birthday {
  month: number;
  day: number;
  year: number | null;
}

export interface MovedOn {
  reason: MovedOnReason;
  day: string;
  /** Where they went, in the user's words ("George V", "a jeweller in Milan"). */
  to: string | null;
}

export const INTERACTION_KINDS = ['visited', 'messaged', 'called', 'offered', 'asked_appointment', 'gift', 'other'] as const;
export type InteractionKind = (typeof INTERACTION_KINDS)[number];

export interface Contact {
  id: number;
  name: string;
  role: ContactRole;
  /** The boutique they work at; null for a contact outside any boutique (a hotel concierge). */
  boutiqueId: number | null;
  department: string | null;
  languages: string[];
  phone: string | null;
  email: string | null;
  /** A messaging handle (WhatsApp number, WeChat id…), free text. */
  messaging: string | null;
  metOn: string | null;
  followUpOn: string | null;
  notes: string | null;
  /** Day of the latest logged interaction ("last contacted"), or null when none is logged. */
  lastInteractionDay: string | null;
  interactionCount: number;
  /** Keep in touch every…; null: no cadence. */
  cadence: Cadence | null;
  /** Snoozed: no follow-up before this day. */
  followUpSnoozedTo: string | null;
  /** The last day a follow-up was marked done: the cadence counts from it when it is later than the last contact. */
  followUpDoneOn: string | null;
  /** The next follow-up the cadence, the explicit follow-up day and a snooze produce. */
  nextFollowUp: NextFollowUp | null;
  birthday: Birthday | null;
  nameDay: { month: number; day: number } | null;
  /** The next birthday / name day, today included. */
  nextBirthday: string | null;
  nextNameDay: string | null;
  /** Remind this many days before a birthday or name day (0: on the day). */
  remindDaysBefore: number;
  mayOffer: MayOffer;
  /** ISO weekdays they work, 1 Monday … 7 Sunday, in order. */
  workingDays: number[];
  movedOn: MovedOn | null;
  createdAt: string;
  updatedAt: string;
}

export interface Interaction {
  id: number;
  contactId: number;
  day: string;
  kind: InteractionKind;
  summary: string;
  createdAt: string;
  updatedAt: string;
}

const role = z.enum(CONTACT_ROLES, { error: 'Choose a role: SA, manager, leather desk, concierge or other.' });
const kind = z.enum(INTERACTION_KINDS, {
  error: 'Choose what happened: visited, messaged, called, offered, asked for an appointment, gift or other.',
});

// A shape check, not a deliverability check: one @, something before, a dotted domain after.
const EMAIL_RE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const email = z
  .string({ error: 'E-mail must be text.' })
  .trim()
  .max(200, { error: 'E-mail is at most 200 characters.' })
  .refine((s) => s === '' || EMAIL_RE.test(s), { error: 'Enter an e-mail address like name@example.com.' })
  .nullish()
  .transform((s) => (s ? s : null));

/** Language names, trimmed; repeats (ignoring case) are dropped, the first spelling kept. */
const languages = z
  .array(
    z
      .string({ error: 'Each language is a name, like French.' })
      .trim()
      .min(1, { error: 'A language cannot be empty.' })
      .max(40, { error: 'A language name is at most 40 characters.' }),
    { error: 'Languages are a list of names, like ["French", "English"].' },
  )
  .max(20, { error: 'List at most 20 languages.' })
  .transform((list) => {
    const seen = new Set<string>();
    return list.filter((l) => {
      const key = l.toLocaleLowerCase();
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
  });

const cadence = z
  .strictObject(
    {
      every: z.number({ error: 'Keep in touch every… is a number of days or weeks.' }).int({ error: 'Keep in touch every… is a whole number of days or weeks.' }),
      unit: z.enum(CADENCE_UNITS, { error: 'Choose days or weeks.' }),
    },
    { error: 'Keep in touch every… is a number of days or weeks.' },
  )
  .refine((c) => c.every >= 1, { error: 'Keep in touch every… must be at least 1 day; leave it empty for no cadence.', path: ['every'] })
  .refine((c) => cadenceDays(c) <= MAX_CADENCE_DAYS, { error: 'Keep in touch every… can be at most five years (260 weeks).', path: ['every'] });

const monthField = z.number({ error: 'Choose a month.' }).int({ error: 'Choose a month.' });
const dayField = z.number({ error: 'Enter the day of the month.' }).int({ error: 'Enter the day of the month.' });
const birthday = z
  .strictObject({
    month: monthField,
    day: dayField,
    year: z
      .number({ error: 'The year is a number like 1985.' })
      .int({ error: 'The year is a number like 1985.' })
      .min(1900, { error: 'The year is a number like 1985.' })
      .max(2100, { error: 'The year is a number like 1985.' })
      .nullish()
      .transform((y) => y ?? null),
  })
  .superRefine((b, ctx) => {
    const problem = monthDayProblem(b, b.year, 'birthday');
    if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['day'] });
  });
const nameDay = z.strictObject({ month: monthField, day: dayField }).superRefine((b, ctx) => {
  const problem = monthDayProblem(b, null, 'name day');
  if (problem) ctx.addIssue({ code: 'custom', message: problem, path: ['day'] });
});
const workingDays = z
  .array(z.number().int().min(1, { error: 'Working days are weekdays 1 (Monday) to 7 (Sunday).' }).max(7, { error: 'Working days are weekdays 1 (Monday) to 7 (Sunday).' }), {
    error: 'Working days are a list of weekdays.',
  })
  .max(7)
  .transform((days) => [...new Set(days)].sort((a, b) => a - b));
const movedOn = z.strictObject({
  reason: z.enum(MOVED_ON_REASONS, { error: 'Choose how they moved on: left, retired or changed store.' }),
  day,
  to: optionalText('Where they went', 120),
});
const remindDaysBefore = z
  .number({ error: 'Remind me… is a number of days.' })
  .int({ error: 'Remind me… is a whole number of days.' })
  .min(0, { error: 'Remind me… is 0 (on the day) to 60 days before.' })
  .max(60, { error: 'Remind me… is 0 (on the day) to 60 days before.' });
const nullable = <T extends z.ZodTypeAny>(schema: T) => schema.nullish().transform((v) => v ?? null);

const contactFields = {
  name: requiredText('Name', 120),
  role,
  boutiqueId: id.nullish().transform((b) => b ?? null),
  department: optionalText('Department', 80),
  languages,
  phone: optionalText('Phone', 40),
  email,
  messaging: optionalText('Messaging handle', 120),
  metOn: optionalDay,
  followUpOn: optionalDay,
  notes,
  cadence: nullable(cadence),
  birthday: nullable(birthday),
  nameDay: nullable(nameDay),
  remindDaysBefore,
  mayOffer: z.enum(MAY_OFFER, { error: 'Choose what they may offer: leather, non-quota only, none or not known.' }),
  workingDays,
  movedOn: nullable(movedOn),
};

export const contactCreate = z.strictObject({
  ...contactFields,
  role: role.default('sa'),
  languages: languages.default([]),
  remindDaysBefore: remindDaysBefore.default(7),
  mayOffer: contactFields.mayOffer.default('unknown'),
  workingDays: workingDays.default([]),
});

/** Update: any subset of fields; null clears an optional field; languages are replaced whole. */
export const contactUpdate = z.strictObject({ id, ...contactFields }).partial().required({ id: true });

export const contactList = z
  .strictObject({
    /** A boutique's contacts; null: contacts not tied to any boutique. */
    boutiqueId: id.nullable().optional(),
    role: role.optional(),
    /** Words in name, department, notes, e-mail, phone or messaging handle. */
    query: optionalText('Search', 100),
    /** Contacts with a follow-up on or before this day (ordered by follow-up day, then name). */
    followUpDue: day.optional(),
    /** 'name' (default) or 'lastContacted': the longest since the last contact first, never contacted first of all. */
    sort: z.enum(['name', 'lastContacted'], { error: 'Sort by name or by last contacted.' }).optional(),
    ...paging,
  })
  .optional();

export const interactionCreate = z.strictObject({
  contactId: id,
  day,
  kind,
  summary: requiredText('Summary', 4000),
  /** Also set the contact's follow-up day (null clears it), in the same transaction. */
  followUpOn: day.nullable().optional(),
});

export const interactionUpdate = z
  .strictObject({ id, day, kind, summary: requiredText('Summary', 4000) })
  .partial()
  .required({ id: true });

export const interactionList = z
  .strictObject({
    /** One contact's log; omitted: every contact's (e.g. who was seen during a trip). */
    contactId: id.optional(),
    kind: kind.optional(),
    /** Interactions on or after / on or before these days. */
    from: day.optional(),
    to: day.optional(),
    ...paging,
  })
  .refine((l) => !l.from || !l.to || l.to >= l.from, { error: 'The last day must be on or after the first day.', path: ['to'] });

export type ContactCreateInput = z.input<typeof contactCreate>;
export type ContactUpdateInput = z.input<typeof contactUpdate>;
export type InteractionCreateInput = z.input<typeof interactionCreate>;

export const contactsContract = {
  'contacts.create': channel<Contact>()(contactCreate),
  'contacts.get': channel<Contact>()(byId),
  'contacts.update': channel<Contact>()(contactUpdate),
  'contacts.delete': channel<{ id: number }>()(byId),
  'contacts.list': channel<Contact[]>()(contactList),
  'interactions.create': channel<Interaction>()(interactionCreate),
  'interactions.update': channel<Interaction>()(interactionUpdate),
  'interactions.delete': channel<{ id: number }>()(byId),
  'interactions.list': channel<Interaction[]>()(interactionList),
};
