/**
 * Identity numbers: sealed on write with the key from the data context's KeyProvider, masked
 * on list, revealed only by `identities.reveal`. A number sealed under another key (a journal
 * restored on a new computer) is listed as unreadable rather than failing the whole list.
 */
import type { ParsedInputOf } from '../../shared/api';
import type { IdentityNumber, RevealedNumber, identitiesContract } from '../../shared/api/identities';
import { DomainError, notFound } from '../../shared/result';
import { dataContextOf } from '../backup/context';
import type { Journal } from '../db/journal';
import type { IdentityNumbersTable } from '../db/tables';
import { KeyUnavailableError } from '../identity/keys';
import { mask, seal, unseal, UnsealError } from '../identity/seal';
import type { DomainHandlers } from './handler';

type Row = Omit<IdentityNumbersTable, 'id'> & { id: number };

/** The key, or a typed error saying why there is none. */
export function identityKey(journal: Journal): Buffer {
  const keys = dataContextOf(journal).keys;
  if (!keys) {
    throw new DomainError('conflict', 'Identity numbers cannot be stored or read here: Carnet has no protected key store on this computer. Nothing was changed.');
  }
  try {
    return keys.key();
  } catch (err) {
    if (err instanceof KeyUnavailableError) throw new DomainError('conflict', `${err.message} Nothing was changed.`);
    throw err;
  }
}

function toRecord(row: Row, key: Buffer): IdentityNumber {
  let masked: string | null = null;
  try {
    masked = mask(unseal(row.number_sealed, key));
  } catch (err) {
    if (!(err instanceof UnsealError)) throw err;
  }
  return {
    id: row.id,
    person: row.person,
    document: row.document,
    issuingCountry: row.issuing_country,
    expiresOn: row.expires_on,
    masked,
    readable: masked !== null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function rowOf(journal: Journal, id: number): Row {
  const row = journal.first(journal.q.selectFrom('identity_numbers').selectAll().where('id', '=', id));
  if (!row) throw notFound('Identity number', id);
  return row;
}

export function addIdentity(journal: Journal, input: ParsedInputOf<'identities.add'>): IdentityNumber {
  const key = identityKey(journal);
  return journal.tx(() => {
    const now = journal.now();
    const id = journal.insert(
      journal.q.insertInto('identity_numbers').values({
        person: input.person,
        document: input.document,
        issuing_country: input.issuingCountry,
        expires_on: input.expiresOn,
        number_sealed: seal(input.number, key),
        created_at: now,
        updated_at: now,
      }),
    );
    return toRecord(rowOf(journal, id), key);
  });
}

export function listIdentities(journal: Journal): IdentityNumber[] {
  const key = identityKey(journal);
  const rows = journal.all(
    journal.q
      .selectFrom('identity_numbers')
      .selectAll()
      // You first, then companions by name; within a person, passports before ID cards.
      .orderBy((eb) => eb.case().when('person', 'is', null).then(0).else(1).end())
      .orderBy('person')
      .orderBy('document', 'desc')
      .orderBy('id'),
  );
  return rows.map((r) => toRecord(r, key));
}

export function revealIdentity(journal: Journal, { id }: { id: number }): RevealedNumber {
  const key = identityKey(journal);
  const row = rowOf(journal, id);
  try {
    return { id, number: unseal(row.number_sealed, key) };
  } catch (err) {
    if (err instanceof UnsealError) {
      throw new DomainError('conflict', `${err.message} Delete it and enter the number again.`);
    }
    throw err;
  }
}

export function updateIdentity(journal: Journal, input: ParsedInputOf<'identities.update'>): IdentityNumber {
  const key = identityKey(journal);
  return journal.tx(() => {
    const current = rowOf(journal, input.id);
    journal.run(
      journal.q
        .updateTable('identity_numbers')
        .set({
          person: input.person !== undefined ? input.person : current.person,
          document: input.document ?? current.document,
          issuing_country: input.issuingCountry !== undefined ? input.issuingCountry : current.issuing_country,
          expires_on: input.expiresOn !== undefined ? input.expiresOn : current.expires_on,
          number_sealed: input.number !== undefined ? seal(input.number, key) : current.number_sealed,
          updated_at: journal.now(),
        })
        .where('id', '=', input.id),
    );
    return toRecord(rowOf(journal, input.id), key);
  });
}

export function deleteIdentity(journal: Journal, { id }: { id: number }): { id: number } {
  return journal.tx(() => {
    rowOf(journal, id);
    journal.run(journal.q.deleteFrom('identity_numbers').where('id', '=', id));
    return { id };
  });
}

export const identitiesHandlers = {
  'identities.add': addIdentity,
  'identities.list': listIdentities,
  'identities.reveal': revealIdentity,
  'identities.update': updateIdentity,
  'identities.delete': deleteIdentity,
} satisfies DomainHandlers<typeof identitiesContract>;
