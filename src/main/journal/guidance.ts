/**
 * What the user did with Carnet's guidance on a special order. Pinning writes the guidance as a
 * pinned advice note (which the user may then edit like any note) and remembers the choice in
 * the same transaction; dismissing only remembers it. Either way the guidance is not offered
 * again on that order, until the user asks for it back (restore).
 */
import type { ParsedInputOf } from '../../shared/api';
import type { GuidanceChoice, GuidanceKey, guidanceContract } from '../../shared/api/guidance';
import type { DecisionNote } from '../../shared/api/notes';
import { GUIDANCE } from '../../shared/domain/special-order-timing';
import { conflict, notFound } from '../../shared/result';
import type { Journal } from '../db/journal';
import type { GuidanceChoicesTable } from '../db/tables';
import { requireRecord, type DomainHandlers } from './handler';
import { getNote, insertNote } from './notes';
import { today } from './today';

const toChoice = (r: GuidanceChoicesTable): GuidanceChoice => ({
  orderId: r.order_id,
  key: r.guidance as GuidanceKey,
  choice: r.choice,
  noteId: r.note_id,
  createdAt: r.created_at,
});

function current(journal: Journal, orderId: number, key: GuidanceKey): GuidanceChoicesTable | undefined {
  return journal.first(journal.q.selectFrom('guidance_choices').selectAll().where('order_id', '=', orderId).where('guidance', '=', key));
}

export function listGuidance(journal: Journal, { orderId }: ParsedInputOf<'guidance.list'>): GuidanceChoice[] {
  requireRecord(journal, 'special_orders', orderId, 'Special order');
  return journal.all(journal.q.selectFrom('guidance_choices').selectAll().where('order_id', '=', orderId).orderBy('created_at').orderBy('guidance')).map(toChoice);
}

export function pinGuidance(journal: Journal, { orderId, key }: ParsedInputOf<'guidance.pin'>): { choice: GuidanceChoice; note: DecisionNote } {
  return journal.tx(() => {
    requireRecord(journal, 'special_orders', orderId, 'Special order');
    const was = current(journal, orderId, key);
    if (was?.choice === 'pinned') {
      throw conflict('This guidance is already pinned on this order; edit or unpin its note instead. Nothing was changed.');
    }
    const noteId = insertNote(journal, {
      subjectType: 'special_order',
      subjectId: orderId,
      day: today(journal),
      kind: 'advice',
      body: GUIDANCE[key],
      confidence: null,
      pinned: true,
      resurfaceOn: null,
    });
    const row: GuidanceChoicesTable = { order_id: orderId, guidance: key, choice: 'pinned', note_id: noteId, created_at: journal.now() };
    journal.run(
      journal.q
        .insertInto('guidance_choices')
        .values(row)
        .onConflict((oc) => oc.columns(['order_id', 'guidance']).doUpdateSet({ choice: row.choice, note_id: row.note_id, created_at: row.created_at })),
    );
    return { choice: toChoice(row), note: getNote(journal, { id: noteId }) };
  });
}

export function dismissGuidance(journal: Journal, { orderId, key }: ParsedInputOf<'guidance.dismiss'>): GuidanceChoice {
  return journal.tx(() => {
    requireRecord(journal, 'special_orders', orderId, 'Special order');
    const was = current(journal, orderId, key);
    if (was?.choice === 'pinned') {
      throw conflict('This guidance is pinned on this order as a note; unpin or delete the note instead. Nothing was changed.');
    }
    if (was) return toChoice(was);
    const row: GuidanceChoicesTable = { order_id: orderId, guidance: key, choice: 'dismissed', note_id: null, created_at: journal.now() };
    journal.run(journal.q.insertInto('guidance_choices').values(row));
    return toChoice(row);
  });
}

export function restoreGuidance(journal: Journal, { orderId, key }: ParsedInputOf<'guidance.restore'>): { orderId: number; key: GuidanceKey } {
  return journal.tx(() => {
    requireRecord(journal, 'special_orders', orderId, 'Special order');
    const res = journal.run(journal.q.deleteFrom('guidance_choices').where('order_id', '=', orderId).where('guidance', '=', key));
    if (res.changes === 0) throw notFound('A choice about this guidance on special order', orderId);
    return { orderId, key };
  });
}

export const guidanceHandlers = {
  'guidance.list': listGuidance,
  'guidance.pin': pinGuidance,
  'guidance.dismiss': dismissGuidance,
  'guidance.restore': restoreGuidance,
} satisfies DomainHandlers<typeof guidanceContract>;
