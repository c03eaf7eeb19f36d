/**
 * Passport and ID-card numbers (the Paris lottery form asks for one), per person: the user or a
 * named companion. Stored sealed; listed masked ('••••••1234'); the full number only through
 * an explicit `identities.reveal`.
 */
import { z } from 'zod';
import { channel } from './channel';
import { byId, id, optionalDay, optionalText } from './fields';

export const IDENTITY_DOCUMENTS = ['passport', 'national_id'] as const;
export type IdentityDocument = (typeof IDENTITY_DOCUMENTS)[number];

export const DOCUMENT_LABELS: Record<IdentityDocument, string> = {
  passport: 'Passport',
  national_id: 'ID card',
};

export interface IdentityNumber {
  id: number;
  /** null: you; otherwise the companion's name. */
  person: string | null;
  document: IdentityDocument;
  /** ISO 3166-1 alpha-2 of the issuing country, when given. */
  issuingCountry: string | null;
  expiresOn: string | null;
  /** '••••••1234', or null when this computer cannot read the number (sealed elsewhere). */
  masked: string | null;
  readable: boolean;
  createdAt: string;
  updatedAt: string;
}

export interface RevealedNumber {
  id: number;
  number: string;
}

/** Spaces and dashes are dropped and letters upper-cased: '12 ab-345' is stored as '12AB345'. */
export const identityNumber = z
  .string({ error: 'Enter the number as printed on the document.' })
  .transform((s) => s.replace(/[\s-]/g, '').toUpperCase())
  .pipe(
    z
      .string()
      .min(5, { error: 'A passport or ID number has at least 5 letters or digits.' })
      .max(20, { error: 'A passport or ID number has at most 20 letters or digits.' })
      .regex(/^[A-Z0-9]+$/, { error: 'Use only the letters and digits printed on the document.' }),
  );

/** A companion's name; empty (or absent) means you. */
const person = optionalText('Name', 100);

const country = z
  .string({ error: 'Issuing country is a two-letter code such as FR or US.' })
  .transform((s) => s.trim().toUpperCase())
  .pipe(z.string().regex(/^[A-Z]{2}$/, { error: 'Issuing country is a two-letter code such as FR or US.' }))
  .nullish()
  .transform((v) => v ?? null);

const document = z.enum(IDENTITY_DOCUMENTS, { error: 'Choose passport or ID card.' });

export const identityAdd = z.strictObject({
  person,
  document,
  number: identityNumber,
  issuingCountry: country,
  expiresOn: optionalDay,
});

export const identityUpdate = z.strictObject({
  id,
  person: person.optional(),
  document: document.optional(),
  number: identityNumber.optional(),
  issuingCountry: country.optional(),
  expiresOn: optionalDay.optional(),
});

export const identitiesContract = {
  'identities.add': channel<IdentityNumber>()(identityAdd),
  'identities.list': channel<IdentityNumber[]>()(z.undefined().or(z.strictObject({}))),
  'identities.reveal': channel<RevealedNumber>()(byId),
  'identities.update': channel<IdentityNumber>()(identityUpdate),
  'identities.delete': channel<{ id: number }>()(byId),
};
