/**
 * Gifts given to and received from a contact, and gift ideas. Deleting one moves it to the Trash;
 * deleting the contact takes its gifts along (ON DELETE CASCADE), and a gift that named a
 * purchase loses only the link when the purchase goes.
 */
import { sql, type Selectable } from 'kysely';
import type { ParsedInputOf } from '../../shared/api';
import { giftProblems, type Gift, type giftsContract } from '../../shared/api/gifts';
import { DomainError, notFound } from '../../shared/result';
import type { Journal } from '../db/journal';
import { fromRow, toNewRow, toRow, withChanges } from '../db/rows';
import type { GiftsTable } from '../db/tables';
import { requireLink, requireRecord, type DomainHandlers } from './handler';
import { moveToTrash } from './trash';

const toGift = (r: Selectable<GiftsTable>): Gift => fromRow(r);

function getGift(journal: Journal, id: number): Gift {
  const row = journal.first(journal.q.selectFrom('gifts').selectAll().where('id', '=', id));
  if (!row) throw notFound('Gift', id);
  return toGift(row);
}

export function createGift(journal: Journal, input: ParsedInputOf<'gifts.create'>): Gift {
  return journal.tx(() => {
    requireLink(journal, 'contacts', input.contactId, 'Contact', ['contactId']);
    requireLink(journal, 'purchases', input.purchaseId, 'Purchase', ['purchaseId']);
    const now = journal.now();
    const id = journal.insert(
      journal.q.insertInto('gifts').values({
        ...toNewRow({ ...input, currency: input.amountMinor === null ? null : input.currency }),
        created_at: now,
        updated_at: now,
      }),
    );
    return getGift(journal, id);
  });
}

export function updateGift(journal: Journal, input: ParsedInputOf<'gifts.update'>): Gift {
  return journal.tx(() => {
    const current = getGift(journal, input.id);
    requireLink(journal, 'purchases', input.purchaseId, 'Purchase', ['purchaseId']);
    const { id, ...changes } = input;
    const next = withChanges(current, changes);
    const problems = giftProblems(next);
    if (problems.length > 0) throw new DomainError('invalid_input', problems[0]!.message, problems.map((p) => ({ path: [p.path], message: p.message })));
    journal.run(
      journal.q
        .updateTable('gifts')
        .set({ ...toRow({ ...changes, currency: next.amountMinor === null ? null : next.currency }), updated_at: journal.now() })
        .where('id', '=', id),
    );
    return getGift(journal, input.id);
  });
}

export function deleteGift(journal: Journal, { id }: { id: number }): { id: number } {
  return journal.tx(() => {
    const gift = getGift(journal, id);
    moveToTrash(journal, 'gift', id, gift.what);
    return { id };
  });
}

export function listGifts(journal: Journal, { contactId }: { contactId: number }): Gift[] {
  requireRecord(journal, 'contacts', contactId, 'Contact');
  const rows = journal.all(
    journal.q
      .selectFrom('gifts')
      .selectAll()
      .where('contact_id', '=', contactId)
      .orderBy(sql`day IS NOT NULL`)
      .orderBy('day', 'desc')
      .orderBy('id', 'desc'),
  );
  return rows.map(toGift);
}

export const giftsHandlers = {
  'gifts.create': createGift,
  'gifts.update': updateGift,
  'gifts.delete': deleteGift,
  'gifts.list': listGifts,
} satisfies DomainHandlers<typeof giftsContract>;
