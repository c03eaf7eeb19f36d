import { z } from 'zod';
import { channel } from './channel';
import { byId, id, notes, optionalText, requiredText, timeZone } from './fields';

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
  notes: string | null;
  createdAt: string;
  updatedAt: string;
}

const country = z
  .string({ error: 'Choose a country.' })
  .trim()
  .toUpperCase()
  .regex(/^[A-Z]{2}$/, { error: 'Use a two-letter country code such as FR, US or JP.' });

export const boutiqueFields = z.strictObject({
  name: requiredText('Name'),
  city: requiredText('City'),
  country,
  timeZone,
  isHome: z.boolean().default(false),
  takesLeatherAppointments: z.boolean().default(false),
  notes,
});

export const boutiqueCreate = boutiqueFields;
export const boutiqueUpdate = boutiqueFields.partial().extend({ id });
export const boutiqueList = z
  .strictObject({ query: optionalText('Search', 100) })
  .optional();

export const boutiquesContract = {
  'boutiques.create': channel<Boutique>()(boutiqueCreate),
  'boutiques.get': channel<Boutique>()(byId),
  'boutiques.update': channel<Boutique>()(boutiqueUpdate),
  'boutiques.delete': channel<{ id: number }>()(byId),
  'boutiques.list': channel<Boutique[]>()(boutiqueList),
};
