import { z } from 'zod';
import { channel } from './channel';
import { byId, day, id, notes, optionalDay, optionalText, paging, requiredText } from './fields';

export const CONTACT_ROLES = ['sa', 'manager', 'leather_desk', 'concierge', 'other'] as const;
export type ContactRole = (typeof CONTACT_ROLES)[number];

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
  /** Day of the latest logged interaction, or null when none is logged. */
  lastInteractionDay: string | null;
  interactionCount: number;
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
};

export const contactCreate = z.strictObject({
  ...contactFields,
  role: role.default('sa'),
  languages: languages.default([]),
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
