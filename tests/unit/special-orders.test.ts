import { describe, expect, it } from 'vitest';
import type { Journal } from '../../src/main/db/journal';
import type { InputOf } from '../../src/shared/api';
import { describeSpec } from '../../src/shared/domain/special-order-spec';
import {
  historyProblem,
  nextStatuses,
  SPECIAL_ORDER_STATUSES,
  STEP_STATUSES,
  transitionProblem,
  type SpecialOrderStatus,
} from '../../src/shared/domain/special-order-status';
import { computeWait, daysBetween, guidanceFor, rangeProgress } from '../../src/shared/domain/special-order-timing';
import { contentHash, harness } from './helpers';

/** "Today" for every journal here: 15 June 2026, midday UTC (the same calendar day in any zone from UTC-11 to UTC+11). */
const NOW = new Date('2026-06-15T12:00:00Z');
const setup = () => harness({ clock: () => NOW });

const kelly = {
  boutiqueId: 1,
  model: 'Kelly',
  size: '25',
  exteriorLeather: 'Togo',
  exteriorColour: 'Gold',
  interiorLeather: 'Swift',
  interiorColour: 'Craie',
  stitching: 'White',
  hardware: 'Gold',
} as const;

function addContact(journal: Journal, name = 'Camille', boutiqueId: number | null = 1): number {
  const r = journal.sqlite
    .prepare(`INSERT INTO contacts (name, role, boutique_id, created_at, updated_at) VALUES (?, 'sa', ?, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z')`)
    .run(name, boutiqueId);
  return Number(r.lastInsertRowid);
}

const count = (journal: Journal, table: string): number =>
  (journal.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

type History = InputOf<'specialOrders.create'>['history'];

/** Days for building histories: each step one month after the previous. */
const DAYS = ['2025-01-10', '2025-02-10', '2025-03-10', '2025-04-10', '2025-05-10', '2025-06-10'];

/** An order whose latest step is `status`, reached through the channels (decide for accepted / rejected). */
function orderAt(h: ReturnType<typeof setup>, status: SpecialOrderStatus) {
  const paths: Record<SpecialOrderStatus, SpecialOrderStatus[]> = {
    offered: ['offered'],
    placed: ['offered', 'placed'],
    waiting: ['offered', 'placed', 'waiting'],
    arrived: ['offered', 'placed', 'waiting', 'arrived'],
    accepted: ['offered', 'placed', 'waiting', 'arrived'],
    rejected: ['offered', 'placed', 'waiting', 'arrived'],
    cancelled: ['offered', 'cancelled'],
  };
  const history = paths[status].map((s, i) => ({ status: s as (typeof STEP_STATUSES)[number], day: DAYS[i]! }));
  const order = h.call('specialOrders.create', { ...kelly, history });
  if (status === 'accepted') return h.call('specialOrders.decide', { id: order.id, decision: 'accepted', day: '2025-05-20', reasons: 'It is perfect.', priceMinor: 1_050_000, currency: 'EUR' });
  if (status === 'rejected') return h.call('specialOrders.decide', { id: order.id, decision: 'rejected', day: '2025-05-20', reasons: 'The gold is too yellow.' });
  return order;
}

/** The rules written out by hand (not computed from the code under test). */
const allowed: Record<string, SpecialOrderStatus[]> = {
  start: ['offered', 'placed'],
  offered: ['placed', 'cancelled'],
  placed: ['waiting', 'arrived', 'cancelled'],
  waiting: ['waiting', 'arrived', 'cancelled'],
  arrived: ['accepted', 'rejected', 'cancelled'],
  accepted: [],
  rejected: [],
  cancelled: [],
};

describe('special-order status rules (pure)', () => {
  const cases = Object.entries(allowed).flatMap(([from, ok]) =>
    SPECIAL_ORDER_STATUSES.map((to) => ({ from, to, ok: ok.includes(to) })),
  );

  it.each(cases)('$from → $to allowed: $ok', ({ from, to, ok }) => {
    const previous = from === 'start' ? null : (from as SpecialOrderStatus);
    expect(nextStatuses(previous).includes(to)).toBe(ok);
    expect(transitionProblem(previous, to) === null).toBe(ok);
  });

  it('explains a refused step in words', () => {
    expect(transitionProblem(null, 'waiting')).toBe('A history starts with Offered or Placed, not Waiting.');
    expect(transitionProblem('offered', 'arrived')).toBe('Arrived cannot follow Offered; after Offered comes Placed or Cancelled.');
    expect(transitionProblem('placed', 'offered')).toBe('Offered cannot follow Placed; after Placed comes Waiting, Arrived or Cancelled.');
    expect(transitionProblem('rejected', 'cancelled')).toBe('Rejected is final: nothing can follow it.');
  });

  it('finds the first problem of a whole history, status before day', () => {
    expect(historyProblem([{ status: 'offered', day: '2026-03-10' }, { status: 'placed', day: '2026-03-10' }])).toBeNull();
    expect(historyProblem([{ status: 'offered', day: '2026-03-10' }, { status: 'placed', day: '2026-03-01' }])).toEqual({
      index: 1,
      field: 'day',
      message: 'Placed on 2026-03-01 is before Offered on 2026-03-10; a step cannot be dated before the one it follows.',
    });
    expect(historyProblem([{ status: 'offered', day: '2026-03-10' }, { status: 'waiting', day: '2026-03-01' }])).toMatchObject({ index: 1, field: 'status' });
  });
});

describe('special-order status rules through the channels', () => {
  const cases = SPECIAL_ORDER_STATUSES.flatMap((from) =>
    STEP_STATUSES.map((to) => ({ from, to, ok: allowed[from]!.includes(to) })),
  );

  it.each(cases)('addEvent $to after $from → allowed: $ok', ({ from, to, ok }) => {
    const h = setup();
    const order = orderAt(h, from);
    expect(order.status).toBe(from);
    const before = contentHash(h.journal);
    const input = { orderId: order.id, status: to, day: '2025-07-01', note: 'step' };
    if (ok) {
      const after = h.call('specialOrders.addEvent', input);
      expect(after.status).toBe(to);
      expect(after.history.map((e) => e.status)).toEqual([...order.history.map((e) => e.status), to]);
      expect(after.history[after.history.length - 1]).toMatchObject({ status: to, day: '2025-07-01', note: 'step' });
    } else {
      const error = h.fail('specialOrders.addEvent', input);
      expect(error.code).toBe('invalid_input');
      expect(error.issues).toEqual([{ path: ['status'], message: transitionProblem(from, to) }]);
      expect(contentHash(h.journal)).toBe(before);
    }
  });

  it.each(['accepted', 'rejected'])('refuses %s as a plain step: it is a decision', (status) => {
    const h = setup();
    const order = orderAt(h, 'arrived');
    const before = contentHash(h.journal);
    const error = h.fail('specialOrders.addEvent', { orderId: order.id, status, day: '2025-07-01' });
    expect(error.code).toBe('invalid_input');
    expect(error.issues?.[0]?.path).toEqual(['status']);
    expect(error.message).toContain('recorded as a decision');
    expect(contentHash(h.journal)).toBe(before);
  });

  it.each([
    { history: [{ status: 'offered' }], ok: true },
    { history: [{ status: 'placed' }], ok: true },
    { history: [{ status: 'waiting' }], ok: false, at: 0 },
    { history: [{ status: 'arrived' }], ok: false, at: 0 },
    { history: [{ status: 'cancelled' }], ok: false, at: 0 },
    { history: [{ status: 'offered' }, { status: 'placed' }, { status: 'arrived' }], ok: true },
    { history: [{ status: 'offered' }, { status: 'arrived' }], ok: false, at: 1 },
    { history: [{ status: 'placed' }, { status: 'cancelled' }, { status: 'waiting' }], ok: false, at: 2 },
  ].map((c) => ({ ...c, name: c.history.map((s) => s.status).join(' → ') })))('create with history $name → ok: $ok', ({ history, ok, ...rest }) => {
    const h = setup();
    const steps = history.map((s, i) => ({ status: s.status, day: DAYS[i]! })) as History;
    const before = contentHash(h.journal);
    if (ok) {
      expect(h.call('specialOrders.create', { ...kelly, history: steps }).history).toHaveLength(history.length);
    } else {
      const error = h.fail('specialOrders.create', { ...kelly, history: steps });
      expect(error.code).toBe('invalid_input');
      expect(error.issues?.[0]?.path).toEqual(['history', 'at' in rest ? rest.at : -1, 'status']);
      expect(contentHash(h.journal)).toBe(before);
    }
  });

  it('requires at least one step on create', () => {
    const h = setup();
    const error = h.fail('specialOrders.create', { ...kelly, history: [] });
    expect(error.issues).toEqual([{ path: ['history'], message: 'Give the order its first step (offered or placed) with its day.' }]);
    expect(h.fail('specialOrders.create', { ...kelly }).issues?.[0]?.path).toEqual(['history']);
  });
});

describe('days never go backwards', () => {
  it('refuses a step dated before the one it follows, on create, with a clear message', () => {
    const h = setup();
    const before = contentHash(h.journal);
    const error = h.fail('specialOrders.create', {
      ...kelly,
      history: [{ status: 'offered', day: '2026-03-10' }, { status: 'placed', day: '2026-03-01' }],
    });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toBe('Placed on 2026-03-01 is before Offered on 2026-03-10; a step cannot be dated before the one it follows.');
    expect(error.issues?.[0]?.path).toEqual(['history', 1, 'day']);
    expect(contentHash(h.journal)).toBe(before);
  });

  it('accepts two steps on the same day, refuses a new step before the latest one', () => {
    const h = setup();
    const order = h.call('specialOrders.create', { ...kelly, history: [{ status: 'offered', day: '2026-03-10' }, { status: 'placed', day: '2026-03-10' }] });
    expect(order.offeredOn).toBe('2026-03-10');
    expect(order.placedOn).toBe('2026-03-10');
    const before = contentHash(h.journal);
    const error = h.fail('specialOrders.addEvent', { orderId: order.id, status: 'waiting', day: '2026-03-09' });
    expect(error.issues).toEqual([{ path: ['day'], message: 'Waiting on 2026-03-09 is before Placed on 2026-03-10; a step cannot be dated before the one it follows.' }]);
    expect(contentHash(h.journal)).toBe(before);
  });

  it('checks an edited step against the steps before and after it', () => {
    const h = setup();
    const order = h.call('specialOrders.create', {
      ...kelly,
      history: [{ status: 'offered', day: '2026-01-10' }, { status: 'placed', day: '2026-02-01' }, { status: 'waiting', day: '2026-03-01' }],
    });
    const placed = order.history[1]!;
    const before = contentHash(h.journal);
    const late = h.fail('specialOrders.updateEvent', { id: placed.id, day: '2026-04-01' });
    expect(late.issues).toEqual([{ path: ['day'], message: 'Waiting on 2026-03-01 is before Placed on 2026-04-01; a step cannot be dated before the one it follows.' }]);
    const early = h.fail('specialOrders.updateEvent', { id: placed.id, day: '2026-01-01' });
    expect(early.message).toBe('Placed on 2026-01-01 is before Offered on 2026-01-10; a step cannot be dated before the one it follows.');
    const status = h.fail('specialOrders.updateEvent', { id: placed.id, status: 'arrived' });
    expect(status.issues).toEqual([{ path: ['status'], message: 'Arrived cannot follow Offered; after Offered comes Placed or Cancelled.' }]);
    expect(contentHash(h.journal)).toBe(before);

    const moved = h.call('specialOrders.updateEvent', { id: placed.id, day: '2026-02-15', note: 'Chose Gold after all' });
    expect(moved.history[1]).toMatchObject({ id: placed.id, status: 'placed', day: '2026-02-15', note: 'Chose Gold after all' });
    expect(moved.placedOn).toBe('2026-02-15');
    expect(h.call('specialOrders.updateEvent', { id: placed.id, note: null }).history[1]!.note).toBeNull();
    expect(h.fail('specialOrders.updateEvent', { id: 9999, note: 'x' }).code).toBe('not_found');
  });

  it('refuses a decision dated before the arrival', () => {
    const h = setup();
    const order = orderAt(h, 'arrived');
    const before = contentHash(h.journal);
    const error = h.fail('specialOrders.decide', { id: order.id, decision: 'rejected', day: '2025-04-01', reasons: 'No.' });
    expect(error.issues).toEqual([{ path: ['day'], message: 'Rejected on 2025-04-01 is before Arrived on 2025-04-10; a step cannot be dated before the one it follows.' }]);
    expect(contentHash(h.journal)).toBe(before);
  });
});

describe('the wait (pure)', () => {
  const others = [] as const;

  it('counts calendar days across a leap day: placed 2027-12-01, arrived 2028-03-01 is 91 days', () => {
    expect(daysBetween('2027-12-01', '2028-03-01')).toBe(91);
    expect(daysBetween('2026-12-01', '2027-03-01')).toBe(90);
    const wait = computeWait({
      history: [{ status: 'placed', day: '2027-12-01' }, { status: 'arrived', day: '2028-03-01' }],
      expectedFrom: null,
      expectedTo: null,
      today: '2030-01-01',
      others,
    });
    expect(wait).toEqual({ daysSincePlaced: 91, measuredTo: '2028-03-01', ongoing: false, progress: null, rangePosition: null, comparison: null });
  });

  it('counts to today while waiting, across a DST change', () => {
    const wait = computeWait({ history: [{ status: 'placed', day: '2026-03-01' }], expectedFrom: null, expectedTo: null, today: '2026-04-01', others });
    expect(wait.daysSincePlaced).toBe(31);
    expect(wait.ongoing).toBe(true);
    expect(wait.measuredTo).toBe('2026-04-01');
  });

  it('has no wait without a placed day, and stops counting at a cancellation', () => {
    expect(computeWait({ history: [{ status: 'offered', day: '2026-03-01' }], expectedFrom: null, expectedTo: null, today: '2026-06-01', others }).daysSincePlaced).toBeNull();
    const cancelled = computeWait({
      history: [{ status: 'placed', day: '2026-01-01' }, { status: 'cancelled', day: '2026-01-31' }],
      expectedFrom: null,
      expectedTo: null,
      today: '2026-06-01',
      others,
    });
    expect(cancelled).toMatchObject({ daysSincePlaced: 30, measuredTo: '2026-01-31', ongoing: false });
  });

  it('places the measured day in the expected range as a fraction 0..1', () => {
    expect(rangeProgress('2026-01-01', '2026-01-01', '2026-01-11')).toEqual({ progress: 0, rangePosition: 'within' });
    expect(rangeProgress('2026-01-06', '2026-01-01', '2026-01-11')).toEqual({ progress: 0.5, rangePosition: 'within' });
    expect(rangeProgress('2026-01-11', '2026-01-01', '2026-01-11')).toEqual({ progress: 1, rangePosition: 'within' });
    expect(rangeProgress('2025-12-01', '2026-01-01', '2026-01-11')).toEqual({ progress: 0, rangePosition: 'before' });
    expect(rangeProgress('2026-02-01', '2026-01-01', '2026-01-11')).toEqual({ progress: 1, rangePosition: 'after' });
    expect(rangeProgress('2026-01-01', '2026-01-01', '2026-01-01')).toEqual({ progress: 1, rangePosition: 'within' });
    expect(rangeProgress('2025-12-31', '2026-01-01', '2026-01-01')).toEqual({ progress: 0, rangePosition: 'before' });
    expect(rangeProgress('2026-01-06', null, '2026-01-11')).toEqual({ progress: null, rangePosition: null });
    expect(rangeProgress('2026-01-06', '2026-01-01', null)).toEqual({ progress: null, rangePosition: null });
    // A year-long range, 2028 being a leap year: 1 Jul 2028 is 182 of 366 days in.
    expect(rangeProgress('2028-07-01', '2028-01-01', '2029-01-01').progress).toBeCloseTo(182 / 366, 10);
  });

  it('compares with the other orders that have a placed → arrived wait', () => {
    const wait = computeWait({
      history: [{ status: 'placed', day: '2026-01-01' }],
      expectedFrom: null,
      expectedTo: null,
      today: '2026-06-01',
      others: [
        { orderId: 3, model: 'Constance', placedOn: '2024-03-01', arrivedOn: '2025-03-01' },
        { orderId: 1, model: 'Birkin', placedOn: '2023-01-01', arrivedOn: '2023-07-01' },
        { orderId: 4, model: 'Picotin', placedOn: '2025-01-01', arrivedOn: null },
        { orderId: 5, model: 'Evelyne', placedOn: null, arrivedOn: null },
      ],
    });
    expect(wait.comparison).toEqual({
      orders: [
        { orderId: 1, model: 'Birkin', placedOn: '2023-01-01', arrivedOn: '2023-07-01', days: 181 },
        { orderId: 3, model: 'Constance', placedOn: '2024-03-01', arrivedOn: '2025-03-01', days: 365 },
      ],
      shortestDays: 181,
      longestDays: 365,
      medianDays: 273,
    });
  });
});

describe('guidance and descriptions', () => {
  it.each([
    ['offered', null],
    ['placed', 'You can decide when you see the bag; nothing is paid until then.'],
    ['waiting', 'You can decide when you see the bag; nothing is paid until then.'],
    ['arrived', "A rejected bag goes to another client at the manager's discretion; a new special order is not guaranteed."],
    ['accepted', null],
    ['rejected', null],
    ['cancelled', null],
  ] as const)('guidance for %s', (status, text) => {
    expect(guidanceFor(status)).toBe(text);
  });

  it('describes a specification in one line, skipping what is not filled in', () => {
    expect(describeSpec({ ...kelly })).toBe('Special order: Kelly 25, exterior Togo Gold, interior Swift Craie, stitching White, hardware Gold');
    expect(
      describeSpec({ model: 'Birkin', size: null, exteriorLeather: null, exteriorColour: 'Etoupe', interiorLeather: null, interiorColour: null, stitching: null, hardware: null }),
    ).toBe('Special order: Birkin, exterior Etoupe');
  });
});

describe('special orders', () => {
  it('creates an order with its history and reads it back with the wait', () => {
    const h = setup();
    const contactId = addContact(h.journal);
    const order = h.call('specialOrders.create', {
      ...kelly,
      contactId,
      expectedFrom: '2026-01-01',
      expectedTo: '2026-12-31',
      notes: 'Chosen in an hour at FSH.',
      history: [
        { status: 'offered', day: '2025-09-01', note: 'Camille asked if I wanted one' },
        { status: 'placed', day: '2025-09-15' },
      ],
    });
    expect(order).toMatchObject({
      ...kelly,
      contactId,
      expectedFrom: '2026-01-01',
      expectedTo: '2026-12-31',
      purchaseId: null,
      notes: 'Chosen in an hour at FSH.',
      status: 'placed',
      offeredOn: '2025-09-01',
      placedOn: '2025-09-15',
      arrivedOn: null,
      createdAt: NOW.toISOString(),
    });
    expect(order.history.map((e) => [e.status, e.day, e.note])).toEqual([
      ['offered', '2025-09-01', 'Camille asked if I wanted one'],
      ['placed', '2025-09-15', null],
    ]);
    // 2025-09-15 → 2026-06-15 (today) = 273 days; 2026-06-15 is day 165 of the 364-day range.
    expect(order.wait).toEqual({
      daysSincePlaced: 273,
      measuredTo: '2026-06-15',
      ongoing: true,
      progress: 165 / 364,
      rangePosition: 'within',
      comparison: null,
    });
    expect(h.call('specialOrders.get', { id: order.id })).toEqual(order);
  });

  it('refuses an expected range that ends before it starts, also against the stored range on update', () => {
    const h = setup();
    const before = contentHash(h.journal);
    const error = h.fail('specialOrders.create', { ...kelly, expectedFrom: '2026-06-01', expectedTo: '2026-05-01', history: [{ status: 'placed', day: '2025-01-01' }] });
    expect(error.issues).toEqual([{ path: ['expectedTo'], message: 'The end of the expected range must be on or after its start.' }]);
    expect(contentHash(h.journal)).toBe(before);
    const order = h.call('specialOrders.create', { ...kelly, expectedFrom: '2026-06-01', expectedTo: '2026-09-01', history: [{ status: 'placed', day: '2025-01-01' }] });
    const mid = contentHash(h.journal);
    expect(h.fail('specialOrders.update', { id: order.id, expectedFrom: '2026-10-01' }).issues).toEqual([
      { path: ['expectedFrom'], message: 'The end of the expected range must be on or after its start.' },
    ]);
    expect(contentHash(h.journal)).toBe(mid);
  });

  it('refuses a boutique or contact that does not exist, on its field', () => {
    const h = setup();
    const before = contentHash(h.journal);
    const b = h.fail('specialOrders.create', { ...kelly, boutiqueId: 99, history: [{ status: 'placed', day: '2025-01-01' }] });
    expect(b.issues).toEqual([{ path: ['boutiqueId'], message: 'Boutique 99 does not exist (it may have been deleted).' }]);
    const c = h.fail('specialOrders.create', { ...kelly, contactId: 42, history: [{ status: 'placed', day: '2025-01-01' }] });
    expect(c.issues).toEqual([{ path: ['contactId'], message: 'Contact 42 does not exist (it may have been deleted).' }]);
    expect(h.fail('specialOrders.create', { ...kelly, model: '  ', history: [{ status: 'placed', day: '2025-01-01' }] }).issues).toEqual([
      { path: ['model'], message: 'Model is required.' },
    ]);
    expect(h.fail('specialOrders.create', { ...kelly, purchaseId: 1, history: [{ status: 'placed', day: '2025-01-01' }] }).issues?.[0]?.path).toEqual([]);
    expect(contentHash(h.journal)).toBe(before);
  });

  it('updates the specification and keeps what was not given', () => {
    const h = setup();
    const order = h.call('specialOrders.create', { ...kelly, history: [{ status: 'placed', day: '2025-01-01' }] });
    const updated = h.call('specialOrders.update', { id: order.id, interiorColour: 'Rose Sakura', hardware: null, boutiqueId: 2 });
    expect(updated).toMatchObject({ ...kelly, interiorColour: 'Rose Sakura', hardware: null, boutiqueId: 2 });
    expect(updated.history).toEqual(order.history);
    expect(h.fail('specialOrders.update', { id: 999, model: 'Birkin' }).code).toBe('not_found');
    expect(h.fail('specialOrders.update', { id: order.id, contactId: 77 }).issues?.[0]?.path).toEqual(['contactId']);
  });

  it('compares the wait with the earlier orders that have arrived, never with itself', () => {
    const h = setup();
    const first = h.call('specialOrders.create', { ...kelly, model: 'Birkin', history: [{ status: 'placed', day: '2023-01-01' }, { status: 'arrived', day: '2023-07-01' }] });
    expect(first.wait.comparison).toBeNull();
    h.call('specialOrders.create', { ...kelly, model: 'Constance', history: [{ status: 'placed', day: '2024-03-01' }, { status: 'waiting', day: '2024-04-01' }, { status: 'arrived', day: '2025-03-01' }] });
    const current = h.call('specialOrders.create', { ...kelly, history: [{ status: 'offered', day: '2025-12-01' }, { status: 'placed', day: '2026-01-01' }] });
    expect(current.wait.daysSincePlaced).toBe(165);
    expect(current.wait.comparison).toEqual({
      orders: [
        { orderId: first.id, model: 'Birkin', placedOn: '2023-01-01', arrivedOn: '2023-07-01', days: 181 },
        { orderId: first.id + 1, model: 'Constance', placedOn: '2024-03-01', arrivedOn: '2025-03-01', days: 365 },
      ],
      shortestDays: 181,
      longestDays: 365,
      medianDays: 273,
    });
    expect(h.call('specialOrders.get', { id: first.id }).wait.comparison?.orders.map((o) => o.model)).toEqual(['Constance']);
  });

  it('lists by latest step day, newest first, filtered by status and boutique', () => {
    const h = setup();
    const a = h.call('specialOrders.create', { ...kelly, model: 'A', history: [{ status: 'placed', day: '2025-01-01' }, { status: 'waiting', day: '2025-08-01' }] });
    const b = h.call('specialOrders.create', { ...kelly, model: 'B', boutiqueId: 2, history: [{ status: 'offered', day: '2025-05-01' }] });
    const c = h.call('specialOrders.create', { ...kelly, model: 'C', history: [{ status: 'placed', day: '2024-01-01' }, { status: 'arrived', day: '2025-03-01' }] });
    const d = h.call('specialOrders.create', { ...kelly, model: 'D', boutiqueId: 3, history: [{ status: 'offered', day: '2025-05-01' }] });
    const models = (input: InputOf<'specialOrders.list'>) => h.call('specialOrders.list', input).map((o) => o.model);
    expect(models(undefined)).toEqual(['A', 'D', 'B', 'C']);
    expect(models({ status: 'offered' })).toEqual(['D', 'B']);
    expect(models({ status: ['waiting', 'arrived'] })).toEqual(['A', 'C']);
    expect(models({ status: 'placed' })).toEqual([]);
    expect(models({ boutiqueId: 2 })).toEqual(['B']);
    expect(models({ boutiqueId: 1, status: 'arrived' })).toEqual(['C']);
    expect(models({ limit: 2, offset: 1 })).toEqual(['D', 'B']);
    // A new step moves an order to the top; its status changes the filter.
    h.call('specialOrders.addEvent', { orderId: c.id, status: 'cancelled', day: '2025-09-01' });
    expect(models(undefined)).toEqual(['C', 'A', 'D', 'B']);
    expect(models({ status: 'arrived' })).toEqual([]);
    expect(models({ query: 'gold' })).toEqual(['C', 'A', 'D', 'B']);
    expect(models({ query: 'zzz' })).toEqual([]);
    expect(h.fail('specialOrders.list', { status: 'lost' }).issues?.[0]?.path).toEqual(['status']);
    void a;
    void b;
    void d;
  });
});

describe('steps record what happened: none dated in the future', () => {
  it('refuses a future day on create, on a new step, on an edited step and on the decision; nothing changes', () => {
    const h = setup(); // 2026-06-15 12:00 UTC
    const message = (label: string, day: string) => `${label} on ${day} has not happened yet: record each step on the day it happens.`;
    expect(h.fail('specialOrders.create', { ...kelly, history: [{ status: 'placed', day: '2026-12-15' }] }).issues).toEqual([
      { path: ['history', 0, 'day'], message: message('Placed', 'Tue 15 Dec 2026') },
    ]);
    // The boutique's day may be ahead of the user's: tomorrow somewhere on Earth is still accepted.
    const order = h.call('specialOrders.create', { ...kelly, history: [{ status: 'offered', day: '2026-06-01' }, { status: 'placed', day: '2026-06-16' }] });
    const before = contentHash(h.journal);
    expect(h.fail('specialOrders.addEvent', { orderId: order.id, status: 'waiting', day: '2026-06-17', note: null }).issues).toEqual([
      { path: ['day'], message: message('Waiting', 'Wed 17 Jun 2026') },
    ]);
    expect(h.fail('specialOrders.updateEvent', { id: order.history[1]!.id, day: '2027-01-04' }).issues).toEqual([
      { path: ['day'], message: message('Placed', 'Mon 4 Jan 2027') },
    ]);
    expect(contentHash(h.journal)).toBe(before);
    // Several "waiting" updates follow one another (news as it comes).
    h.call('specialOrders.addEvent', { orderId: order.id, status: 'waiting', day: '2026-06-16', note: 'Atelier confirmed' });
    const twice = h.call('specialOrders.addEvent', { orderId: order.id, status: 'waiting', day: '2026-06-16', note: 'Leather chosen' });
    expect(twice.history.map((e) => e.status)).toEqual(['offered', 'placed', 'waiting', 'waiting']);
  });
});

describe('the decision on arrival', () => {
  it('accepting creates the purchase, its bag line and the decision note, linked to the order', () => {
    // The clock after the order's days: steps cannot be recorded before they happen.
    const h = harness({ clock: () => new Date('2028-03-10T12:00:00Z') });
    const contactId = addContact(h.journal);
    const order = h.call('specialOrders.create', {
      ...kelly,
      contactId,
      history: [{ status: 'placed', day: '2027-12-01' }, { status: 'arrived', day: '2028-03-01' }],
    });
    expect(order.wait.daysSincePlaced).toBe(91);
    const accepted = h.call('specialOrders.decide', {
      id: order.id,
      decision: 'accepted',
      day: '2028-03-04',
      reasons: 'Seeing it in the light of the boutique settled it.',
      confidence: 5,
      priceMinor: 1_150_000,
      currency: 'EUR',
    });
    expect(accepted.status).toBe('accepted');
    expect(accepted.history.map((e) => [e.status, e.day])).toEqual([
      ['placed', '2027-12-01'],
      ['arrived', '2028-03-01'],
      ['accepted', '2028-03-04'],
    ]);
    expect(accepted.purchaseId).toEqual(expect.any(Number));
    const purchase = h.journal.sqlite.prepare('SELECT * FROM purchases WHERE id = ?').get(accepted.purchaseId);
    expect(purchase).toMatchObject({
      day: '2028-03-04',
      boutique_id: 1,
      contact_id: contactId,
      trip_id: null,
      currency: 'EUR',
      detaxe_status: 'not_applicable',
      detaxe_amount_minor: null,
    });
    const items = h.journal.sqlite.prepare('SELECT * FROM purchase_items WHERE purchase_id = ?').all(accepted.purchaseId);
    expect(items).toEqual([
      {
        id: expect.any(Number),
        purchase_id: accepted.purchaseId,
        position: 0,
        category: 'bag',
        description: 'Special order: Kelly 25, exterior Togo Gold, interior Swift Craie, stitching White, hardware Gold',
        quota: 1, // a Kelly: a quota bag by the reported rule (issue 14 §2)
        price_minor: 1_150_000,
        offered: 1,
      },
    ]);
    const notes = h.call('notes.list', { subjectType: 'special_order', subjectId: order.id });
    expect(notes).toHaveLength(1);
    expect(notes[0]).toMatchObject({ day: '2028-03-04', kind: 'decision', body: 'Seeing it in the light of the boutique settled it.', confidence: 5, pinned: false });
    // Final: no second decision, no step after it.
    const before = contentHash(h.journal);
    const again = h.fail('specialOrders.decide', { id: order.id, decision: 'rejected', day: '2028-03-05', reasons: 'Changed my mind' });
    expect(again.code).toBe('conflict');
    expect(again.message).toBe('This order is already accepted (2028-03-04); that is final. Nothing was changed.');
    expect(h.fail('specialOrders.addEvent', { orderId: order.id, status: 'cancelled', day: '2028-03-05' }).message).toBe('Accepted is final: nothing can follow it.');
    expect(contentHash(h.journal)).toBe(before);
  });

  it('accepting needs the price and its currency; rejecting takes no price', () => {
    const h = setup();
    const order = orderAt(h, 'arrived');
    const before = contentHash(h.journal);
    const error = h.fail('specialOrders.decide', { id: order.id, decision: 'accepted', day: '2025-05-01', reasons: 'Yes' });
    expect(error.code).toBe('invalid_input');
    // Paths exact; the wording of a missing field may be dispatch's generic "… is required.".
    expect(error.issues?.map((i) => i.path)).toEqual([['priceMinor'], ['currency']]);
    expect(error.issues?.[0]?.message).toMatch(/price/i);
    expect(error.issues?.[1]?.message).toMatch(/currency/i);
    expect(h.fail('specialOrders.decide', { id: order.id, decision: 'accepted', day: '2025-05-01', reasons: 'Yes', priceMinor: 10.5, currency: 'EUR' }).issues?.[0]?.path).toEqual(['priceMinor']);
    expect(h.fail('specialOrders.decide', { id: order.id, decision: 'accepted', day: '2025-05-01', reasons: 'Yes', priceMinor: 100, currency: 'XYZ' }).issues?.[0]?.path).toEqual(['currency']);
    expect(h.fail('specialOrders.decide', { id: order.id, decision: 'rejected', day: '2025-05-01', reasons: 'No', priceMinor: 100 }).issues).toEqual([
      { path: ['priceMinor'], message: 'A price is recorded only when you accept the bag.' },
    ]);
    expect(h.fail('specialOrders.decide', { id: order.id, decision: 'rejected', day: '2025-05-01', reasons: ' ' }).issues?.[0]?.path).toEqual(['reasons']);
    expect(h.fail('specialOrders.decide', { id: order.id, decision: 'maybe', day: '2025-05-01', reasons: 'Hmm' }).issues?.[0]?.path).toEqual(['decision']);
    expect(h.fail('specialOrders.decide', { id: 999, decision: 'rejected', day: '2025-05-01', reasons: 'No' }).code).toBe('not_found');
    expect(contentHash(h.journal)).toBe(before);
  });

  it.each(SPECIAL_ORDER_STATUSES.filter((s) => s !== 'arrived'))('refuses a decision while the order is %s', (status) => {
    const h = setup();
    const order = orderAt(h, status);
    const before = contentHash(h.journal);
    for (const decision of ['accepted', 'rejected'] as const) {
      const price = decision === 'accepted' ? { priceMinor: 900_000, currency: 'EUR' } : {};
      const error = h.fail('specialOrders.decide', { id: order.id, decision, day: '2025-12-01', reasons: 'Deciding', ...price });
      expect(error.code).toBe('conflict');
      expect(error.message).toContain('Nothing was changed.');
      if (status === 'waiting') expect(error.message).toBe("This order's latest step is Waiting; you can accept or reject the bag once it has arrived. Nothing was changed.");
    }
    expect(contentHash(h.journal)).toBe(before);
  });

  it('rejecting keeps the whole history and the reasons, and creates no purchase', () => {
    const h = setup();
    const order = h.call('specialOrders.create', {
      ...kelly,
      history: [
        { status: 'offered', day: '2025-01-10' },
        { status: 'placed', day: '2025-01-20' },
        { status: 'waiting', day: '2025-02-01', note: 'Confirmed by Paris' },
        { status: 'arrived', day: '2026-03-01' },
      ],
    });
    h.call('notes.create', { subjectType: 'special_order', subjectId: order.id, day: '2025-06-01', kind: 'doubt', body: 'Is Gold too safe?', confidence: 2 });
    const rejected = h.call('specialOrders.decide', { id: order.id, decision: 'rejected', day: '2026-03-02', reasons: 'The Gold looked orange in person.', confidence: 4 });
    expect(rejected).toMatchObject({ status: 'rejected', purchaseId: null, placedOn: '2025-01-20', arrivedOn: '2026-03-01' });
    expect(rejected.history.map((e) => e.status)).toEqual(['offered', 'placed', 'waiting', 'arrived', 'rejected']);
    expect(rejected.history[2]!.note).toBe('Confirmed by Paris');
    expect(rejected.wait).toMatchObject({ daysSincePlaced: 405, ongoing: false, measuredTo: '2026-03-01' });
    expect(count(h.journal, 'purchases')).toBe(0);
    const notes = h.call('notes.list', { subjectType: 'special_order', subjectId: order.id });
    expect(notes.map((n) => [n.day, n.kind, n.body, n.confidence])).toEqual([
      ['2025-06-01', 'doubt', 'Is Gold too safe?', 2],
      ['2026-03-02', 'decision', 'The Gold looked orange in person.', 4],
    ]);
    // It stays in the list, under its final status.
    expect(h.call('specialOrders.list', { status: 'rejected' }).map((o) => o.id)).toEqual([order.id]);
  });

  it('is atomic: when the purchase cannot be written (its boutique is gone), there is no purchase, no step and no note', () => {
    const h = setup();
    const boutique = h.call('boutiques.create', { name: 'Hermès Ginza', city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo' });
    const order = h.call('specialOrders.create', { ...kelly, boutiqueId: boutique.id, history: [{ status: 'placed', day: '2025-01-01' }, { status: 'arrived', day: '2026-01-01' }] });
    // A journal damaged outside Carnet: the order's boutique row disappeared while foreign keys were off.
    h.journal.sqlite.pragma('foreign_keys = OFF');
    h.journal.sqlite.prepare('DELETE FROM boutiques WHERE id = ?').run(boutique.id);
    h.journal.sqlite.pragma('foreign_keys = ON');
    const before = contentHash(h.journal);
    const error = h.fail('specialOrders.decide', { id: order.id, decision: 'accepted', day: '2026-01-05', reasons: 'Love it', priceMinor: 1_000_000, currency: 'JPY' });
    expect(error.code).toBe('conflict');
    expect(contentHash(h.journal)).toBe(before);
    expect(count(h.journal, 'purchases')).toBe(0);
    expect(count(h.journal, 'purchase_items')).toBe(0);
    expect(count(h.journal, 'decision_notes')).toBe(0);
    const after = h.call('specialOrders.get', { id: order.id });
    expect(after.status).toBe('arrived');
    expect(after.purchaseId).toBeNull();
  });

  it('is atomic: when linking the purchase to the order fails last, the purchase and its line are rolled back too', () => {
    const h = setup();
    const order = orderAt(h, 'arrived');
    // A real SQLite failure on the very last write of the decision (as a full disk or a locked file would cause).
    h.journal.sqlite.exec(`CREATE TRIGGER refuse_link BEFORE UPDATE OF purchase_id ON special_orders
      WHEN NEW.purchase_id IS NOT NULL BEGIN SELECT RAISE(ABORT, 'link refused'); END`);
    const before = contentHash(h.journal);
    const error = h.fail('specialOrders.decide', { id: order.id, decision: 'accepted', day: '2025-05-01', reasons: 'Yes', priceMinor: 1_000_000, currency: 'EUR' });
    expect(error.code).toBe('internal');
    expect(contentHash(h.journal)).toBe(before);
    expect(count(h.journal, 'purchases')).toBe(0);
    expect(count(h.journal, 'purchase_items')).toBe(0);
    expect(count(h.journal, 'decision_notes')).toBe(0);
    expect(h.call('specialOrders.get', { id: order.id }).status).toBe('arrived');
    h.journal.sqlite.exec('DROP TRIGGER refuse_link');
    expect(h.call('specialOrders.decide', { id: order.id, decision: 'accepted', day: '2025-05-01', reasons: 'Yes', priceMinor: 1_000_000, currency: 'EUR' }).purchaseId).toEqual(expect.any(Number));
    expect(count(h.journal, 'purchases')).toBe(1);
  });
});

describe('deleting steps and orders', () => {
  it('deletes only the latest step, and keeps at least one', () => {
    const h = setup();
    const order = orderAt(h, 'waiting');
    const [offered, placed, waiting] = order.history;
    const before = contentHash(h.journal);
    const middle = h.fail('specialOrders.deleteEvent', { id: placed!.id });
    expect(middle.code).toBe('conflict');
    expect(middle.message).toBe('Only the latest step (Waiting on 2025-03-10) can be deleted; delete the later steps first. Nothing was deleted.');
    expect(contentHash(h.journal)).toBe(before);
    expect(h.call('specialOrders.deleteEvent', { id: waiting!.id }).status).toBe('placed');
    expect(h.call('specialOrders.deleteEvent', { id: placed!.id }).history.map((e) => e.status)).toEqual(['offered']);
    const mid = contentHash(h.journal);
    const last = h.fail('specialOrders.deleteEvent', { id: offered!.id });
    expect(last).toEqual({ code: 'conflict', message: 'An order keeps at least one step; delete the order itself instead. Nothing was deleted.' });
    expect(contentHash(h.journal)).toBe(mid);
    expect(h.fail('specialOrders.deleteEvent', { id: waiting!.id }).code).toBe('not_found');
  });

  it('deleting an acceptance unlinks its purchase, which stays', () => {
    const h = setup();
    const order = orderAt(h, 'accepted');
    const accepted = order.history[order.history.length - 1]!;
    const undone = h.call('specialOrders.deleteEvent', { id: accepted.id });
    expect(undone).toMatchObject({ status: 'arrived', purchaseId: null });
    expect(count(h.journal, 'purchases')).toBe(1);
    // The bag can now be decided again; the first purchase is not touched.
    const rejected = h.call('specialOrders.decide', { id: order.id, decision: 'rejected', day: '2025-05-21', reasons: 'Accepted by mistake' });
    expect(rejected).toMatchObject({ status: 'rejected', purchaseId: null });
    expect(count(h.journal, 'purchases')).toBe(1);
  });

  it('a decision step keeps its status when edited', () => {
    const h = setup();
    const order = orderAt(h, 'rejected');
    const rejected = order.history[order.history.length - 1]!;
    const before = contentHash(h.journal);
    const error = h.fail('specialOrders.updateEvent', { id: rejected.id, status: 'cancelled' });
    expect(error.issues?.[0]?.path).toEqual(['status']);
    expect(error.message).toContain('Rejected is a decision');
    expect(contentHash(h.journal)).toBe(before);
    expect(h.call('specialOrders.updateEvent', { id: rejected.id, day: '2025-05-21', note: 'Told Camille' }).history[4]).toMatchObject({ status: 'rejected', day: '2025-05-21', note: 'Told Camille' });
  });

  it('deletes an order with its history and its notes; the purchase it made stays; other notes stay', () => {
    const h = setup();
    const order = orderAt(h, 'accepted');
    const other = orderAt(h, 'waiting');
    h.call('notes.create', { subjectType: 'special_order', subjectId: order.id, kind: 'reflection', body: 'Worth the wait' });
    h.call('notes.create', { subjectType: 'special_order', subjectId: other.id, kind: 'doubt', body: 'Should I have chosen Etoupe?' });
    const trip = h.call('trips.create', { title: 'Paris', city: 'Paris', startDay: '2026-01-01', endDay: '2026-01-05' });
    h.call('notes.create', { subjectType: 'trip', subjectId: trip.id, kind: 'advice', body: 'Apply every day' });
    expect(h.call('specialOrders.delete', { id: order.id })).toEqual({ id: order.id, purchaseId: order.purchaseId });
    expect(h.fail('specialOrders.get', { id: order.id }).code).toBe('not_found');
    expect(h.journal.sqlite.prepare('SELECT count(*) AS n FROM special_order_events WHERE order_id = ?').get(order.id)).toEqual({ n: 0 });
    expect(h.call('notes.list', { subjectType: 'special_order', subjectId: order.id })).toEqual([]);
    expect(h.call('notes.list', undefined).map((n) => n.body)).toEqual(['Should I have chosen Etoupe?', 'Apply every day']);
    expect(h.journal.sqlite.prepare('SELECT id FROM purchases').all()).toEqual([{ id: order.purchaseId }]);
    expect(h.fail('specialOrders.delete', { id: order.id }).code).toBe('not_found');
  });
});
