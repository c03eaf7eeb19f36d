import { describe, expect, it } from 'vitest';
import type { Journal } from '../../src/main/db/journal';
import { guidanceKeyFor } from '../../src/shared/api/guidance';
import { colourKey, isLight, isToneOnTone, knownColour } from '../../src/shared/domain/colours';
import { GUIDANCE } from '../../src/shared/domain/special-order-timing';
import { contentHash, harness } from './helpers';

const NOW = new Date('2026-06-15T12:00:00Z');
const setup = () => harness({ clock: () => NOW });
const order = (h: ReturnType<typeof setup>) => h.call('specialOrders.create', { model: 'Kelly', history: [{ status: 'placed', day: '2026-01-10' }] }).id;
const count = (journal: Journal, table: string): number => (journal.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('guidance on a special order', () => {
  it('names the guidance for each status', () => {
    expect(guidanceKeyFor('offered')).toBeNull();
    expect(guidanceKeyFor('placed')).toBe('whileWaiting');
    expect(guidanceKeyFor('waiting')).toBe('whileWaiting');
    expect(guidanceKeyFor('arrived')).toBe('atArrival');
    for (const s of ['accepted', 'rejected', 'cancelled'] as const) expect(guidanceKeyFor(s)).toBeNull();
  });

  it('pinning writes a pinned advice note dated today and remembers the choice, in one go', () => {
    const h = setup();
    const id = order(h);
    expect(h.call('guidance.list', { orderId: id })).toEqual([]);
    const { choice, note } = h.call('guidance.pin', { orderId: id, key: 'whileWaiting' });
    expect(note).toMatchObject({ subjectType: 'special_order', subjectId: id, day: '2026-06-15', kind: 'advice', body: GUIDANCE.whileWaiting, pinned: true, confidence: null });
    expect(choice).toEqual({ orderId: id, key: 'whileWaiting', choice: 'pinned', noteId: note.id, createdAt: NOW.toISOString() });
    expect(h.call('guidance.list', { orderId: id })).toEqual([choice]);
    expect(h.call('notes.list', { subjectType: 'special_order', subjectId: id })).toEqual([note]);
  });

  it('refuses to pin twice or to dismiss what is pinned, changing nothing', () => {
    const h = setup();
    const id = order(h);
    h.call('guidance.pin', { orderId: id, key: 'whileWaiting' });
    const before = contentHash(h.journal);
    const twice = h.fail('guidance.pin', { orderId: id, key: 'whileWaiting' });
    expect(twice).toEqual({ code: 'conflict', message: 'This guidance is already pinned on this order; edit or unpin its note instead. Nothing was changed.' });
    const dismiss = h.fail('guidance.dismiss', { orderId: id, key: 'whileWaiting' });
    expect(dismiss.code).toBe('conflict');
    expect(dismiss.message).toMatch(/^This guidance is pinned on this order as a note/);
    expect(contentHash(h.journal)).toBe(before);
  });

  it('dismissing is remembered (and idempotent); restore offers it again; a dismissed one can still be pinned', () => {
    const h = setup();
    const id = order(h);
    const d = h.call('guidance.dismiss', { orderId: id, key: 'atArrival' });
    expect(d).toEqual({ orderId: id, key: 'atArrival', choice: 'dismissed', noteId: null, createdAt: NOW.toISOString() });
    expect(h.call('guidance.dismiss', { orderId: id, key: 'atArrival' })).toEqual(d);
    expect(count(h.journal, 'guidance_choices')).toBe(1);
    expect(h.call('guidance.restore', { orderId: id, key: 'atArrival' })).toEqual({ orderId: id, key: 'atArrival' });
    expect(h.call('guidance.list', { orderId: id })).toEqual([]);
    expect(h.fail('guidance.restore', { orderId: id, key: 'atArrival' }).code).toBe('not_found');

    h.call('guidance.dismiss', { orderId: id, key: 'atArrival' });
    const pinned = h.call('guidance.pin', { orderId: id, key: 'atArrival' });
    expect(h.call('guidance.list', { orderId: id })).toEqual([pinned.choice]);
  });

  it('restoring a pinned choice keeps its note; deleting the note keeps the choice without it', () => {
    const h = setup();
    const id = order(h);
    const { note } = h.call('guidance.pin', { orderId: id, key: 'whileWaiting' });
    h.call('notes.delete', { id: note.id });
    expect(h.call('guidance.list', { orderId: id })).toEqual([expect.objectContaining({ choice: 'pinned', noteId: null })]);
    h.call('guidance.restore', { orderId: id, key: 'whileWaiting' });
    const again = h.call('guidance.pin', { orderId: id, key: 'whileWaiting' });
    h.call('guidance.restore', { orderId: id, key: 'whileWaiting' });
    expect(h.call('notes.get', { id: again.note.id }).body).toBe(GUIDANCE.whileWaiting);
  });

  it('choices go with their order', () => {
    const h = setup();
    const id = order(h);
    h.call('guidance.pin', { orderId: id, key: 'whileWaiting' });
    h.call('guidance.dismiss', { orderId: id, key: 'atArrival' });
    h.call('specialOrders.delete', { id });
    expect(count(h.journal, 'guidance_choices')).toBe(0);
    expect(count(h.journal, 'decision_notes')).toBe(0);
  });

  it('refuses an unknown order or key with a readable message, changing nothing', () => {
    const h = setup();
    const id = order(h);
    const before = contentHash(h.journal);
    expect(h.fail('guidance.pin', { orderId: 99, key: 'whileWaiting' })).toEqual({ code: 'not_found', message: 'Special order 99 does not exist (it may have been deleted).' });
    expect(h.fail('guidance.list', { orderId: 99 }).code).toBe('not_found');
    const bad = h.fail('guidance.dismiss', { orderId: id, key: 'always' });
    expect(bad.code).toBe('invalid_input');
    expect(bad.issues).toEqual([{ path: ['key'], message: 'Choose which guidance: while waiting or at arrival.' }]);
    expect(contentHash(h.journal)).toBe(before);
  });
});

describe('colour swatches', () => {
  it('folds names: accents, case, spaces and dashes', () => {
    expect(colourKey('  Étoupe ')).toBe('etoupe');
    expect(colourKey('Rose  Azalée')).toBe('rose azalee');
    expect(colourKey('Bleu-Électrique')).toBe('bleu electrique');
  });

  it('knows common leather colours and hardware, accent- and case-insensitive, and not what it does not know', () => {
    expect(knownColour('ETOUPE')).toEqual({ name: 'Étoupe', hex: '#8a7866' });
    expect(knownColour('bleu electrique')?.name).toBe('Bleu Electrique');
    expect(knownColour('Barénia naturel')?.name).toBe('Barenia natural');
    expect(knownColour('Bleu Frida')).toBeNull();
    expect(knownColour('')).toBeNull();
    // "Gold" is a tan leather and a yellow metal.
    expect(knownColour('Gold')?.hex).toBe('#a8703a');
    expect(knownColour('GHW', 'hardware')).toEqual({ name: 'Gold', hex: '#caa24a' });
    expect(knownColour('phw', 'hardware')?.name).toBe('Palladium');
    expect(isToneOnTone('Ton sur ton')).toBe(true);
    expect(isToneOnTone('White')).toBe(false);
    expect(isLight('#ebe4d6')).toBe(true);
    expect(isLight('#1e2a43')).toBe(false);
  });

  it("stores the user's colour by folded name, replaces it, and forgets it", () => {
    const h = setup();
    expect(h.call('colours.list', undefined)).toEqual([]);
    const first = h.call('colours.set', { name: 'Bleu Frida', hex: '#3B6FB6' });
    expect(first).toEqual({ name: 'Bleu Frida', key: 'bleu frida', hex: '#3b6fb6', updatedAt: NOW.toISOString() });
    h.call('colours.set', { name: 'bleu frida', hex: '#2f5f9f' });
    expect(h.call('colours.list', {})).toEqual([{ name: 'bleu frida', key: 'bleu frida', hex: '#2f5f9f', updatedAt: NOW.toISOString() }]);
    expect(h.call('colours.delete', { name: 'BLEU FRIDA' })).toEqual({ key: 'bleu frida' });
    expect(h.call('colours.list', undefined)).toEqual([]);
  });

  it('refuses a bad colour or a missing name beside the field, changing nothing', () => {
    const h = setup();
    const before = contentHash(h.journal);
    expect(h.fail('colours.set', { name: 'Gold', hex: 'gold' }).issues).toEqual([{ path: ['hex'], message: 'Enter a colour like #a8703a.' }]);
    expect(h.fail('colours.set', { name: ' ', hex: '#aabbcc' }).issues).toEqual([{ path: ['name'], message: 'Colour name is required.' }]);
    expect(h.fail('colours.delete', { name: 'Nope' })).toEqual({ code: 'not_found', message: 'Your colour for "Nope" does not exist (it may have been deleted).' });
    expect(contentHash(h.journal)).toBe(before);
  });
});
