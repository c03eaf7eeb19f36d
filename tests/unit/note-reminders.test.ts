import { describe, expect, it } from 'vitest';
import { dueNoteReminders } from '../../src/main/note-reminders';
import { harness } from './helpers';

describe('note reminders', () => {
  it('announces each resurfacing note once: today’s on a first start, the missed days after a gap', () => {
    const { call, journal } = harness();
    const trip = call('trips.create', { title: 'Paris', city: 'Paris', startDay: '2026-12-05', endDay: '2026-12-09' });
    const order = call('specialOrders.create', { model: 'Kelly', history: [{ status: 'placed', day: '2026-01-10' }] });
    const long = 'Re-read the first note before deciding. '.repeat(8);
    call('notes.create', { subjectType: 'special_order', subjectId: order.id, day: '2026-01-10', kind: 'advice', body: long, resurfaceOn: '2026-11-23' });
    call('notes.create', { subjectType: 'trip', subjectId: trip.id, day: '2026-11-01', kind: 'reflection', body: 'Pack the passport.', resurfaceOn: '2026-11-21' });
    call('notes.create', { subjectType: 'trip', subjectId: trip.id, day: '2026-11-01', kind: 'reflection', body: 'Later.', resurfaceOn: '2026-11-30' });

    const first = dueNoteReminders(journal, '2026-11-23', null);
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ day: '2026-11-23', title: 'A note to re-read today', route: `/special-orders/${order.id}` });
    expect(first[0]!.body.length).toBeLessThanOrEqual(140);
    expect(first[0]!.body.endsWith('…')).toBe(true);

    const afterGap = dueNoteReminders(journal, '2026-11-23', '2026-11-20');
    expect(afterGap.map((r) => [r.day, r.route, r.title])).toEqual([
      ['2026-11-21', `/trips/${trip.id}`, 'A note to re-read (from 2026-11-21)'],
      ['2026-11-23', `/special-orders/${order.id}`, 'A note to re-read today'],
    ]);
    expect(dueNoteReminders(journal, '2026-11-23', '2026-11-23')).toEqual([]);
    expect(dueNoteReminders(journal, '2026-11-30', '2026-11-23').map((r) => r.body)).toEqual(['Later.']);
  });
});
