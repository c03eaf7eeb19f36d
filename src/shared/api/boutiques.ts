import { z } from 'zod';
import { channel } from './channel';
import { byId, currency, id, notes, optionalText, requiredText, timeZone } from './fields';

export const PARIS_BOUTIQUE_CODES = ['fsh', 'george_v', 'sevres'] as const;
export type ParisBoutiqueCode = (typeof PARIS_BOUTIQUE_CODES)[number];

export interface Boutique {
  id: number;
  /** Set for the three built-in Paris boutiques that take leather appointments. */
  code: ParisBoutiqueCode | null;
  name: string;
  city: string;
  country: string;
  timeZone: string;
  takesLeatherAppointments: boolean;
  isHome: boolean;
  /** ISO 4217: what the store charges in (a purchase form starts with it). */
  currency: string | null;
  address: string | null;
  /** hermes.com or another online store. */
  online: boolean;
  /** Set: the store stays on its records but leaves the pickers (unless a record already names it). */
  archivedAt: string | null;
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

/** Where a store sits in the pickers and on the Boutiques screen. */
export type BoutiqueGroup = 'paris' | 'home' | 'other' | 'online' | 'archived';
export const BOUTIQUE_GROUP_LABELS: Record<BoutiqueGroup, string> = {
  paris: 'Paris',
  home: 'Home store',
  other: 'Other stores',
  online: 'Online',
  archived: 'Archived',
};
export const BOUTIQUE_GROUPS = Object.keys(BOUTIQUE_GROUP_LABELS) as BoutiqueGroup[];

export function boutiqueGroup(b: Pick<Boutique, 'code' | 'isHome' | 'online' | 'archivedAt'>): BoutiqueGroup {
  if (b.archivedAt) return 'archived';
  if (b.code) return 'paris';
  if (b.isHome) return 'home';
  if (b.online) return 'online';
  return 'other';
}

export const country = z
  .string({ error: 'Choose a country.' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: 'Use a two-letter country code such as FR, US or JP.' });

const fields = {
  name: requiredText('Name'),
  city: requiredText('City'),
  country,
  timeZone,
  isHome: z.boolean({ error: 'My home store is yes or no.' }),
  takesLeatherAppointments: z.boolean({ error: 'Takes leather appointments is yes or no.' }),
  currency: currency.nullish().transform((c) => c ?? null),
  address: optionalText('Address', 500),
  online: z.boolean({ error: 'Online store is yes or no.' }),
  notes,
};

export const boutiqueFields = z.strictObject({
  ...fields,
  isHome: fields.isHome.default(false),
  takesLeatherAppointments: fields.takesLeatherAppointments.default(false),
  online: fields.online.default(false),
});

export const boutiqueCreate = boutiqueFields;
/** Only what is sent changes (no defaults here: an update of the notes keeps the home store). */
export const boutiqueUpdate = z.strictObject(fields).partial().extend({ id });
export const boutiqueList = z
  .strictObject({
    query: optionalText('Search', 100),
    /** Archived stores are listed unless this is false: records name them, and their names must show. */
    includeArchived: z.boolean().optional(),
  })
  .optional();

export const boutiquesContract = {
  'boutiques.create': channel<Boutique>()(boutiqueCreate),
  'boutiques.get': channel<Boutique>()(byId),
  'boutiques.update': channel<Boutique>()(boutiqueUpdate),
  'boutiques.delete': channel<{ id: number }>()(byId),
  /** Out of the pickers, still on its records. The built-in Paris boutiques can be archived too. */
  'boutiques.archive': channel<Boutique>()(byId),
  'boutiques.unarchive': channel<Boutique>()(byId),
  'boutiques.list': channel<Boutique[]>()(boutiqueList),
};
