/**
 * Banners the user put away stay put away (stored in the journal, migration 014), a snooze
 * ends at its instant, and a resurfaced note leaves the banners once its record is decided.
 */
import { describe, expect, it } from 'vitest';
import { openJournal } from '../../src/main/db/open';
import { createDispatch } from '../../src/main/dispatch';
import type { Result } from '../../src/shared/result';
import { contentHash, harness } from './helpers';

const NOW = '2026-11-23T10:00:00.000Z';
const TODAY = '2026-11-23';

describe('dismissals', () => {
  it('keeps a dismissal and a snooze in the journal file, across closing and reopening it', () => {
    const { call, journal } = harness({ clock: () => new Date(NOW) });
    call('banners.dismiss', { key: 'lottery:2026-12-07:open' });
    call('banners.dismiss', { key: 'note:3', until: '2026-11-24T00:00:00+01:00' });
    const path = journal.path;
    journal.close();
    const reopened = openJournal(path, { clock: () => new Date(NOW) });
    try {
      const r = createDispatch(reopened)('banners.dismissals', undefined) as Result<unknown>;
      expect(r).toEqual({
        ok: true,
        value: [
          { key: 'lottery:2026-12-07:open', until: null, dismissedAt: NOW },
          { key: 'note:3', until: '2026-11-23T23:00:00.000Z', dismissedAt: NOW },
        ],
      });
    } finally {
      reopened.close();
    }
  });

  it('lets a snooze end: from its instant the banner is no longer listed as dismissed', () => {
    let now = new Date(NOW);
    const { call } = harness({ clock: () => now });
    call('banners.dismiss', { key: 'note:3', until: '2026-11-30T09:00:00Z' });
    expect(call('banners.dismissals', undefined).map((d) => d.key)).toEqual(['note:3']);
    now = new Date('2026-11-30T09:00:00Z');
    expect(call('banners.dismissals', undefined)).toEqual([]);
    // Dismissing again for good replaces the snooze.
    call('banners.dismiss', { key: 'note:3', until: null });
    expect(call('banners.dismissals', undefined)).toEqual([{ key: 'note:3', until: null, dismissedAt: '2026-11-30T09:00:00.000Z' }]);
  });

  it.each([
    [{ key: 'favourite colour' }, ['key'], 'A banner is named like note:12 or lottery:2026-12-07:open.'],
    [{ key: 'note:3', until: '2026-11-20T10:00:00Z' }, ['until'], 'Snooze until a time still to come.'],
    [{ key: 'note:3', until: 'tomorrow' }, ['until'], 'Enter a date and time with its zone, like 2026-12-07T10:30:00+01:00.'],
  ])('refuses %j with a clear message and changes nothing', (input, path, message) => {
    const { journal, fail } = harness({ clock: () => new Date(NOW) });
    const before = contentHash(journal);
    const error = fail('banners.dismiss', input);
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.[0]).toMatchObject({ path, message });
    expect(contentHash(journal)).toBe(before);
  });
});

describe('resurfacing notes', () => {
  it('lists notes resurfacing in the last fortnight up to today, and drops them when their order is decided', () => {
    const { call } = harness({ clock: () => new Date(NOW) });
    const order = call('specialOrders.create', { model: 'Kelly', history: [{ status: 'placed', day: '2025-01-01' }, { status: 'arrived', day: '2026-11-20' }] });
    const other = call('specialOrders.create', { model: 'Birkin', history: [{ status: 'placed', day: '2025-03-01' }] });
    const note = (subjectId: number, resurfaceOn: string, body: string) =>
      call('notes.create', { subjectType: 'special_order', subjectId, day: '2025-02-01', kind: 'doubt', body, resurfaceOn });
    const doubt = note(order.id, TODAY, 'Is Gold right for me?');
    const older = note(other.id, '2026-11-10', 'Ask about the leather.');
    note(other.id, '2026-11-01', 'Too old to show.');
    note(other.id, '2026-11-24', 'Tomorrow: not yet.');

    const shown = call('banners.resurfacing', undefined);
    expect(shown.map((r) => [r.note.id, r.subject, r.route])).toEqual([
      [older.id, 'special order', `/special-orders/${other.id}`],
      [doubt.id, 'special order', `/special-orders/${order.id}`],
    ]);

    call('specialOrders.decide', { id: order.id, decision: 'rejected', day: TODAY, reasons: 'Not the colour I hoped.' });
    expect(call('banners.resurfacing', undefined).map((r) => r.note.id)).toEqual([older.id]);
  });

  it('forgets a deleted note’s dismissal, so a new note given the same id is not born dismissed', () => {
    const { call } = harness({ clock: () => new Date(NOW) });
    const order = call('specialOrders.create', { model: 'Kelly', history: [{ status: 'placed', day: '2025-01-01' }] });
    const first = call('notes.create', { subjectType: 'special_order', subjectId: order.id, day: '2025-02-01', kind: 'doubt', body: 'First.', resurfaceOn: TODAY });
    call('banners.dismiss', { key: `note:${first.id}` });
    call('notes.delete', { id: first.id });
    expect(call('banners.dismissals', undefined)).toEqual([]);
    const second = call('notes.create', { subjectType: 'special_order', subjectId: order.id, day: '2025-02-02', kind: 'doubt', body: 'Second.', resurfaceOn: TODAY });
    expect(second.id).toBe(first.id);
    call('banners.dismiss', { key: `note:${second.id}` });
    // Deleting the order takes its notes and their dismissals with it.
    call('specialOrders.delete', { id: order.id });
    expect(call('banners.dismissals', undefined)).toEqual([]);
  });
});
