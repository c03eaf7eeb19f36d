/**
 * Contacts as relationships: snoozing and marking done the follow-up a cadence produces, merging
 * duplicate contacts, and who to continue with after an SA moved on.
 *
 * A merge moves every row that names the merged-away contact (found from the schema's foreign keys,
 * so a kind added later moves too, plus its decision notes and photos, which point at it by
 * subject) to the kept one, then moves the emptied contact to the Trash, and writes down which
 * rows it moved. Restoring that contact — the Undo of the toast, `contacts.unmerge`, or
 * Settings › Trash — puts it back and moves exactly those rows back to it, in one transaction.
 * The kept contact's own details are not changed by a merge.
 */
import { DateTime } from 'luxon';
import type { ParsedInputOf } from '../../shared/api';
import type { Contact } from '../../shared/api/contacts';
import type { MergeResult, relationshipsContract } from '../../shared/api/relationships';
import { describeCounts } from '../../shared/domain/trash';
import { conflict, DomainError, invalid } from '../../shared/result';
import type { Journal } from '../db/journal';
import { getContact, listContacts } from './contacts';
import type { DomainHandlers } from './handler';
import { moveToTrash, onRestore, restoreTrash } from './trash';
import { today as todayOf } from './today';

const spoken = (day: string): string => DateTime.fromISO(day).toFormat('ccc d LLL yyyy');

export function snoozeFollowUp(journal: Journal, input: ParsedInputOf<'contacts.snooze'>): Contact {
  return journal.tx(() => {
    const contact = getContact(journal, { id: input.id });
    const today = todayOf(journal);
    if (!contact.nextFollowUp) throw conflict(`${contact.name} has no follow-up to snooze: set a keep-in-touch cadence or a follow-up day first. Nothing was changed.`);
    if (input.until <= today) throw invalid(['until'], `Snooze to a day after today (${spoken(today)}).`);
    journal.run(journal.q.updateTable('contacts').set({ follow_up_snoozed_to: input.until, updated_at: journal.now() }).where('id', '=', input.id));
    return getContact(journal, { id: input.id });
  });
}

/** Done: the cadence counts again from that day; a follow-up day set by hand that was due is cleared, and so is a snooze. */
export function followUpDone(journal: Journal, input: ParsedInputOf<'contacts.followUpDone'>): Contact {
  return journal.tx(() => {
    const contact = getContact(journal, { id: input.id });
    const today = todayOf(journal);
    const day = input.day ?? today;
    if (day > today) throw invalid(['day'], `A follow-up cannot be done on a day still ahead (${spoken(day)}).`);
    if (!contact.nextFollowUp) throw conflict(`${contact.name} has no follow-up to mark done. Nothing was changed.`);
    journal.run(
      journal.q
        .updateTable('contacts')
        .set({
          follow_up_done_on: day,
          follow_up_snoozed_to: null,
          follow_up_on: contact.followUpOn !== null && contact.followUpOn <= day ? null : contact.followUpOn,
          updated_at: journal.now(),
        })
        .where('id', '=', input.id),
    );
    return getContact(journal, { id: input.id });
  });
}

interface Moved {
  table: string;
  column: string;
  /** Row keys (rowid) that were moved. */
  ids: number[];
  /** For decision_notes / attachments: the subject column is paired with its kind column. */
  kindColumn?: string;
}

/** Every (table, column) that names a contact: the schema's foreign keys, then the by-subject links. */
function contactLinks(journal: Journal): { table: string; column: string; kindColumn?: string }[] {
  const tables = journal.sqlite
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' AND name NOT IN ('trash', 'carnet_migrations')")
    .pluck()
    .all() as string[];
  const out: { table: string; column: string; kindColumn?: string }[] = [];
  for (const table of tables) {
    const fks = journal.sqlite.pragma(`foreign_key_list("${table}")`) as { table: string; from: string }[];
    for (const fk of fks) if (fk.table === 'contacts') out.push({ table, column: fk.from });
  }
  out.push({ table: 'decision_notes', column: 'subject_id', kindColumn: 'subject_type' });
  out.push({ table: 'attachments', column: 'record_id', kindColumn: 'record_kind' });
  return out;
}

function moveRows(journal: Journal, links: Moved[], to: number): void {
  for (const m of links) {
    const update = journal.sqlite.prepare(`UPDATE "${m.table}" SET "${m.column}" = ? WHERE rowid = ?`);
    for (const id of m.ids) update.run(to, id);
  }
}

export function mergeContacts(journal: Journal, input: ParsedInputOf<'contacts.merge'>): MergeResult {
  return journal.tx(() => {
    const kept = getContact(journal, { id: input.keepId });
    const merged = getContact(journal, { id: input.mergeId });
    const moved: Moved[] = [];
    for (const link of contactLinks(journal)) {
      const where = `"${link.column}" = ?${link.kindColumn ? ` AND "${link.kindColumn}" = 'contact'` : ''}`;
      const ids = journal.sqlite.prepare(`SELECT rowid FROM "${link.table}" WHERE ${where} ORDER BY rowid`).pluck().all(merged.id) as number[];
      if (ids.length === 0) continue;
      moved.push({ table: link.table, column: link.column, ids, ...(link.kindColumn ? { kindColumn: link.kindColumn } : {}) });
    }
    moveRows(journal, moved, kept.id);
    const trashId = moveToTrash(journal, 'contact', merged.id, merged.name);
    const mergeId = journal.insert(
      journal.q.insertInto('contact_merges').values({
        kept_id: kept.id,
        merged_id: merged.id,
        merged_name: merged.name,
        trash_id: trashId,
        moved: JSON.stringify(moved),
        merged_at: journal.now(),
      }),
    );
    const words = describeCounts(moved.filter((m) => m.table !== 'contact_merges').map((m) => ({ table: m.table === 'attachments' ? 'photos' : m.table, count: m.ids.length })));
    const sentence = words
      ? `${words} moved from ${merged.name} to ${kept.name}; ${merged.name} is in the Trash.`
      : `${merged.name} had nothing to move; they are in the Trash.`;
    return { kept: getContact(journal, { id: kept.id }), mergeId, sentence };
  });
}

// The merged-away contact restored from the Trash (by Undo or from Settings › Trash) takes back what the merge moved.
onRestore('contact', (journal, entryId, restoredId) => {
  const merges = journal.all(journal.q.selectFrom('contact_merges').selectAll().where('trash_id', '=', entryId));
  for (const merge of merges) {
    moveRows(journal, JSON.parse(merge.moved) as Moved[], restoredId);
    journal.run(journal.q.deleteFrom('contact_merges').where('id', '=', merge.id));
  }
});

export function unmergeContacts(journal: Journal, { mergeId }: ParsedInputOf<'contacts.unmerge'>): { kept: Contact; restored: Contact } {
  return journal.tx(() => {
    const merge = journal.first(journal.q.selectFrom('contact_merges').selectAll().where('id', '=', mergeId));
    if (!merge) throw new DomainError('not_found', 'That merge has already been undone, or the contacts it joined are gone.');
    const inTrash = journal.first(journal.q.selectFrom('trash').select('id').where('id', '=', merge.trash_id));
    if (!inTrash) throw conflict(`${merge.merged_name} was deleted for good from the Trash: the merge can no longer be undone. Nothing was changed.`);
    const restored = restoreTrash(journal, { id: merge.trash_id });
    return { kept: getContact(journal, { id: merge.kept_id }), restored: getContact(journal, { id: restored.recordId }) };
  });
}

/** The others at the same boutique who have not moved on: SAs and managers first, the most recently in touch first. */
export function continueWith(journal: Journal, { id }: { id: number }): Contact[] {
  const contact = getContact(journal, { id });
  if (contact.boutiqueId === null) return [];
  const rank = (c: Contact) => (c.role === 'sa' ? 0 : c.role === 'manager' ? 1 : 2);
  return listContacts(journal, { boutiqueId: contact.boutiqueId, query: null, limit: 1000 })
    .filter((c) => c.id !== id && c.movedOn === null)
    .sort((a, b) => rank(a) - rank(b) || (b.lastInteractionDay ?? '').localeCompare(a.lastInteractionDay ?? '') || a.name.localeCompare(b.name));
}

export const relationshipsHandlers = {
  'contacts.snooze': snoozeFollowUp,
  'contacts.followUpDone': followUpDone,
  'contacts.merge': mergeContacts,
  'contacts.unmerge': unmergeContacts,
  'contacts.continueWith': continueWith,
} satisfies DomainHandlers<typeof relationshipsContract>;
