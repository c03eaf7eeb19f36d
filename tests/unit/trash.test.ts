/**
 * The Trash (issue 15 §2): every delete moves the record and what goes with it (parts, decision
 * notes, their banner dismissals, the links that pointed at it) into one `trash` row, and a
 * restore puts back exactly what was there. Real SQLite files, the sample journal, through dispatch.
 */
import { describe, expect, it } from 'vitest';
import { seedSample } from '../../scripts/sample-journal';
import type { Journal } from '../../src/main/db/journal';
import { purgeExpiredTrash } from '../../src/main/journal/trash';
import type { Channel } from '../../src/shared/api';
import { RECORD_KINDS, type RecordKind } from '../../src/shared/domain/records';
import { harness } from './helpers';

/**
 * Every row of every table, the search index by its documents (its b-tree pages are laid out by
 * the order of writes, not by what they hold).
 */
function content(journal: Journal): string {
  const db = journal.sqlite;
  const tables = db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT IN ('search_index_data', 'search_index_idx') ORDER BY name")
    .pluck()
    .all() as string[];
  return tables
    .map((t) => `${t}:${JSON.stringify(db.prepare(`SELECT ${t === 'search_index' ? 'rowid, ' : ''}* FROM "${t}" ORDER BY 1, 2`).all())}`)
    .join('\n');
}

const DELETES = {
  trip: 'trips.delete',
  contact: 'contacts.delete',
  interaction: 'interactions.delete',
  purchase: 'purchases.delete',
  attempt: 'attempts.delete',
  special_order: 'specialOrders.delete',
  offer: 'offers.delete',
  note: 'notes.delete',
  boutique: 'boutiques.delete',
  wishlist_item: 'wishlist.delete',
  detaxe_form: 'detaxe.delete',
} as const satisfies Partial<Record<RecordKind, Channel>>;

const clock = () => new Date('2026-11-23T10:00:00.000Z');

function sample() {
  const h = harness({ clock });
  seedSample(h.journal);
  return h;
}

const idsOf = (journal: Journal, table: string): number[] => journal.sqlite.prepare(`SELECT id FROM "${table}" ORDER BY id`).pluck().all() as number[];

describe('delete → Trash → restore', () => {
  it.each(Object.entries(DELETES) as [keyof typeof DELETES, Channel][])('brings back every %s of the sample journal exactly as it was', (kind, channel) => {
    const { journal, dispatch, call } = sample();
    if (kind === 'boutique') {
      // Every store of the sample is named by records; one that only a store group holds can go.
      const ginza = call('boutiques.create', { name: 'Hermès Ginza', city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo' });
      const [fsh] = call('boutiques.list', undefined);
      call('profile.createGroup', { name: 'Asia and Paris', boutiqueIds: [fsh!.id, ginza.id] });
    }
    const { table } = RECORD_KINDS[kind];
    const start = content(journal);
    let restored = 0;
    let withNotesOrParts = 0;
    for (const id of idsOf(journal, table)) {
      const before = content(journal);
      const preview = call('trash.preview', { kind, id });
      const result = dispatch(channel, { id });
      if (!result.ok) {
        // Refused (still named by other records, a built-in boutique): nothing moved.
        expect(result.error.code).toBe('conflict');
        expect(content(journal)).toBe(before);
        continue;
      }
      expect(idsOf(journal, table)).not.toContain(id);
      const [entry] = call('trash.list', undefined);
      expect(entry).toMatchObject({ kind, recordId: id, deletedAt: '2026-11-23T10:00:00.000Z', purgedAfter: '2026-12-23' });
      expect(entry!.counts).toEqual(preview.counts);
      if (preview.counts.length > 0) withNotesOrParts++;
      const back = call('trash.restore', { id: entry!.id });
      expect(back).toMatchObject({ kind, recordId: id, renumbered: false });
      expect(content(journal)).toBe(before);
      restored++;
    }
    expect(restored, `no ${kind} of the sample could be deleted`).toBeGreaterThan(0);
    if (!['note', 'interaction', 'offer', 'attempt', 'wishlist_item', 'detaxe_form'].includes(kind)) expect(withNotesOrParts).toBeGreaterThan(0);
    expect(content(journal)).toBe(start);
    expect(journal.sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('takes a trip\u2019s decision notes along, counts them in the preview and puts them back', () => {
    const { journal, call } = sample();
    const trip = call('trips.list', { query: 'Spring in Paris' })[0]!;
    call('notes.create', { subjectType: 'trip', subjectId: trip.id, kind: 'doubt', body: 'Is the Kelly worth the wait?' });
    call('notes.create', { subjectType: 'trip', subjectId: trip.id, kind: 'decision', body: 'Only the Constance this time.' });
    const notes = call('notes.list', { subjectType: 'trip', subjectId: trip.id });
    const before = content(journal);
    const preview = call('trash.preview', { kind: 'trip', id: trip.id });
    expect(preview.counts).toContainEqual({ table: 'decision_notes', count: notes.length });
    expect(preview.sentence).toMatch(new RegExp(`${notes.length} decision notes`));
    expect(preview.sentence).toContain('go to the Trash with it.');
    call('trips.delete', { id: trip.id });
    expect(journal.sqlite.prepare("SELECT count(*) FROM decision_notes WHERE subject_type = 'trip' AND subject_id = ?").pluck().get(trip.id)).toBe(0);
    const entry = call('trash.list', undefined)[0]!;
    expect(entry.label).toBe('Spring in Paris');
    expect(entry.goesWith).toContain(`${notes.length} decision notes`);
    call('trash.restore', { kind: 'trip', recordId: trip.id });
    expect(call('notes.list', { subjectType: 'trip', subjectId: trip.id })).toEqual(notes);
    expect(content(journal)).toBe(before);
    expect(call('search.query', { query: 'Kelly worth' }).length).toBeGreaterThan(0);
  });

  it('puts back the links ON DELETE SET NULL cleared: the offer that named a deleted receipt names it again', () => {
    const { journal, call } = sample();
    const linked = journal.sqlite.prepare('SELECT id, purchase_id FROM offers WHERE purchase_id IS NOT NULL ORDER BY id LIMIT 1').get() as { id: number; purchase_id: number } | undefined;
    expect(linked, 'the sample has an offer taken as a purchase').toBeDefined();
    const before = content(journal);
    const preview = call('trash.preview', { kind: 'purchase', id: linked!.purchase_id });
    expect(preview.relinks).toContainEqual({ table: 'offers', count: 1 });
    expect(preview.sentence).toContain('1 offer that points at it loses that link until you restore it.');
    call('purchases.delete', { id: linked!.purchase_id });
    expect(call('offers.get', { id: linked!.id }).purchaseId).toBeNull();
    expect(call('trash.restore', { kind: 'purchase', recordId: linked!.purchase_id }).relinked).toBe(1);
    expect(call('offers.get', { id: linked!.id }).purchaseId).toBe(linked!.purchase_id);
    expect(content(journal)).toBe(before);
  });

  it('takes a record\u2019s photos along (their rows; the files stay beside the journal) and puts them back, searchable again', () => {
    const { journal, call } = sample();
    const receipt = call('purchases.list', undefined)[0]!;
    const add = journal.sqlite.prepare(
      "INSERT INTO attachments (record_kind, record_id, sha256, original_name, mime, source_mime, byte_size, caption, is_cover, position, created_at) VALUES ('purchase', ?, ?, ?, 'image/jpeg', 'image/heic', 1000, ?, ?, ?, '2026-11-23T10:00:00.000Z')",
    );
    add.run(receipt.id, 'a'.repeat(64), 'IMG_0001.HEIC', 'At the counter', 1, 0);
    add.run(receipt.id, 'b'.repeat(64), 'receipt.jpg', null, 0, 1);
    const before = content(journal);
    call('purchases.delete', { id: receipt.id });
    expect(journal.sqlite.prepare('SELECT count(*) FROM attachments').pluck().get()).toBe(0);
    call('trash.restore', { kind: 'purchase', recordId: receipt.id });
    expect(content(journal)).toBe(before);
    expect(call('search.query', { query: 'counter' }).map((r) => r.kind)).toContain('attachment');
  });

  it('keeps a note\u2019s banner dismissal and a guidance choice\u2019s link to the note', () => {
    const { journal, call } = sample();
    const trip = call('trips.list', { query: 'Paris in December' })[0]!;
    const note = call('notes.create', { subjectType: 'trip', subjectId: trip.id, kind: 'reflection', body: 'Re-read before the lottery.', resurfaceOn: '2026-11-23' });
    call('banners.dismiss', { key: `note:${note.id}` });
    const before = content(journal);
    call('notes.delete', { id: note.id });
    expect(call('banners.dismissals', undefined).map((d) => d.key)).not.toContain(`note:${note.id}`);
    call('trash.restore', { kind: 'note', recordId: note.id });
    expect(content(journal)).toBe(before);
  });

  it('gives a record whose number was taken since a new number, with its parts and notes following', () => {
    const { call } = sample();
    const created = call('trips.create', {
      title: 'Milan',
      city: 'Milan',
      startDay: '2027-03-01',
      endDay: '2027-03-04',
      timeZone: 'Europe/Rome',
      companions: [{ name: 'Anna', adult: true }],
      wishlist: [{ model: 'Picotin', size: '18', priority: 1 }],
    });
    const newest = created.id;
    const trip = call('trips.get', { id: newest });
    call('notes.create', { subjectType: 'trip', subjectId: newest, kind: 'advice', body: 'Ask Marc for a car.' });
    call('trips.delete', { id: newest });
    // SQLite gives the next trip the highest number + 1: the deleted trip's own.
    const other = call('trips.create', { title: 'Tokyo', city: 'Tokyo', startDay: '2027-02-01', endDay: '2027-02-05', timeZone: 'Asia/Tokyo' });
    expect(other.id).toBe(newest);
    const back = call('trash.restore', { kind: 'trip', recordId: newest });
    expect(back.renumbered).toBe(true);
    expect(back.recordId).not.toBe(newest);
    const restored = call('trips.get', { id: back.recordId });
    expect({ ...restored, id: 0, companions: restored.companions.map((c) => ({ ...c, id: 0 })), wishlist: restored.wishlist.map((w) => ({ ...w, id: 0 })) }).toEqual({
      ...trip,
      id: 0,
      companions: trip.companions.map((c) => ({ ...c, id: 0 })),
      wishlist: trip.wishlist.map((w) => ({ ...w, id: 0 })),
    });
    expect(call('notes.list', { subjectType: 'trip', subjectId: back.recordId }).map((n) => n.body)).toContain('Ask Marc for a car.');
    expect(call('trips.get', { id: newest }).title).toBe('Tokyo');
  });

  it('refuses with a sentence, changing nothing, when a boutique it points at was deleted too; restoring that first works', () => {
    const { journal, call, fail } = sample();
    const store = call('boutiques.create', { name: 'Hermès Ginza', city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo' });
    const trip = call('trips.create', { title: 'Tokyo', city: 'Tokyo', startDay: '2027-02-01', endDay: '2027-02-05', timeZone: 'Asia/Tokyo', boutiqueIds: [store.id] });
    const before = content(journal);
    call('trips.delete', { id: trip.id });
    call('boutiques.delete', { id: store.id });
    const deleted = content(journal);
    const error = fail('trash.restore', { kind: 'trip', recordId: trip.id });
    expect(error.code).toBe('conflict');
    expect(error.message).toBe('Trip “Tokyo” cannot be restored: it points at the boutique “Hermès Ginza”, which is in the Trash too (deleted Mon 23 Nov): restore it first. Nothing was restored.');
    expect(content(journal)).toBe(deleted);
    call('trash.restore', { kind: 'boutique', recordId: store.id });
    call('trash.restore', { kind: 'trip', recordId: trip.id });
    expect(content(journal)).toBe(before);
  });

  it('a home store restored after another became home comes back as an ordinary store, and says so', () => {
    const { journal, call } = sample();
    const ginza = call('boutiques.create', { name: 'Hermès Ginza', city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo', isHome: true });
    call('boutiques.delete', { id: ginza.id });
    const other = call('boutiques.create', { name: 'Hermès Omotesando', city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo', isHome: true });
    const back = call('trash.restore', { kind: 'boutique', recordId: ginza.id });
    expect(back.notes).toEqual(['It is no longer your home store: you chose another since.']);
    expect(journal.sqlite.prepare('SELECT id FROM boutiques WHERE is_home = 1').pluck().all()).toEqual([other.id]);
  });

  it('keeps refusing deletes that other records forbid, with nothing moved to the Trash', () => {
    const { journal, fail } = sample();
    const contact = journal.sqlite.prepare('SELECT contact_id FROM purchases WHERE contact_id IS NOT NULL LIMIT 1').pluck().get() as number;
    const before = content(journal);
    expect(fail('contacts.delete', { id: contact }).code).toBe('conflict');
    expect(content(journal)).toBe(before);
  });
});

describe('deleting a special-order step', () => {
  it('keeps what was written on it as a note on the order', () => {
    const { call } = sample();
    const order = call('specialOrders.list', undefined).find((o) => o.history.length > 0 && ['placed', 'waiting'].includes(o.status))!;
    const withNote = call('specialOrders.addEvent', { orderId: order.id, status: 'waiting', day: '2026-11-23', note: 'SA says spring, maybe.' });
    const step = withNote.history[withNote.history.length - 1]!;
    call('specialOrders.deleteEvent', { id: step.id });
    const notes = call('notes.list', { subjectType: 'special_order', subjectId: order.id });
    expect(notes.map((n) => n.body)).toContain('From the deleted step Waiting: SA says spring, maybe.');
    expect(notes.find((n) => n.body.startsWith('From the deleted step'))!.day).toBe('2026-11-23');
  });
});

describe('the Trash itself', () => {
  it('purges what was deleted more than 30 days ago, on start', () => {
    let now = new Date('2026-11-23T10:00:00.000Z');
    const h = harness({ clock: () => now });
    seedSample(h.journal);
    const trip = h.call('trips.list', { query: 'Spring in Paris' })[0]!;
    h.call('trips.delete', { id: trip.id });
    now = new Date('2026-12-23T09:59:59.000Z');
    expect(purgeExpiredTrash(h.journal)).toBe(0);
    expect(h.call('trash.list', undefined)).toHaveLength(1);
    now = new Date('2026-12-23T10:00:01.000Z');
    expect(purgeExpiredTrash(h.journal)).toBe(1);
    expect(h.call('trash.list', undefined)).toEqual([]);
  });

  it('deletes one entry forever, or empties the Trash', () => {
    const { call, fail } = sample();
    call('trips.delete', { id: call('trips.list', { query: 'Spring in Paris' })[0]!.id });
    call('trips.delete', { id: call('trips.create', { title: 'Milan', city: 'Milan', startDay: '2027-03-01', endDay: '2027-03-04', timeZone: 'Europe/Rome' }).id });
    const entries = call('trash.list', undefined);
    expect(entries).toHaveLength(2);
    expect(call('trash.purge', { id: entries[0]!.id })).toEqual({ purged: 1 });
    expect(fail('trash.restore', { id: entries[0]!.id }).message).toBe('That is no longer in the Trash (it may have been restored or deleted forever).');
    expect(call('trash.purge', { all: true })).toEqual({ purged: 1 });
    expect(call('trash.list', undefined)).toEqual([]);
  });

  it('refuses malformed requests in words, changing nothing', () => {
    const { journal, fail } = sample();
    const before = content(journal);
    expect(fail('trash.preview', { kind: 'wallet', id: 1 }).message).toBe('That is not a kind of record Carnet keeps.');
    expect(fail('trash.restore', { id: 1, extra: true }).code).toBe('invalid_input');
    expect(fail('trash.purge', { all: false }).code).toBe('invalid_input');
    expect(fail('trash.purge', {}).code).toBe('invalid_input');
    expect(fail('trash.restore', { id: 999 }).code).toBe('not_found');
    expect(fail('trash.preview', { kind: 'trip', id: 999 }).code).toBe('not_found');
    expect(content(journal)).toBe(before);
  });
});
