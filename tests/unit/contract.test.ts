/**
 * The contract as a whole: every channel refuses malformed input with a typed, readable error
 * and changes nothing. Table-driven over every channel, plus generated payloads.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { channels } from '../../src/shared/api';
import { contentHash, harness } from './helpers';

const malformed: [string, unknown][] = [
  ['a string', 'trips'],
  ['a number', 42],
  ['an array', [1, 2]],
  ['true', true],
  ['an object with an unknown field', { thisFieldDoesNotExist: 1 }],
  ['an object with a __proto__ key', JSON.parse('{"__proto__": {"polluted": true}, "alsoUnknown": 1}')],
];

describe('every channel refuses malformed input and changes nothing', () => {
  it('lists the channels of every domain', () => {
    const domains = new Set(channels.map((c) => c.split('.')[0]));
    for (const d of ['boutiques', 'trips', 'contacts', 'interactions', 'purchases', 'attempts', 'specialOrders', 'notes', 'settings']) {
      expect(domains.has(d), d).toBe(true);
    }
    for (const c of channels) expect(c).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
  });

  it.each(channels)('%s', (channel) => {
    const { journal, fail } = harness();
    const before = contentHash(journal);
    for (const [label, payload] of malformed) {
      const error = fail(channel, payload);
      expect(error.code, `${channel} with ${label}`).toBe('invalid_input');
      expect(error.message.length, `${channel} with ${label}: a readable message`).toBeGreaterThan(10);
      expect(error.message).not.toMatch(/zod|ZodError|undefined|\[object/);
    }
    expect(contentHash(journal)).toBe(before);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('an unknown channel is refused by name', () => {
    const { fail } = harness();
    expect(fail('trips.drop', {})).toEqual({ code: 'invalid_input', message: 'There is no channel named "trips.drop".' });
    expect(fail('constructor', {}).code).toBe('invalid_input');
    expect(fail('__proto__', {}).code).toBe('invalid_input');
  });

  it('generated payloads never crash dispatch and, when refused, change nothing', () => {
    const { journal, dispatch } = harness();
    const before = contentHash(journal);
    fc.assert(
      fc.property(fc.constantFrom(...channels.filter((c) => !/\.(create|update|set|delete|decide|take|import|restore|markStep|recordBlocked|addEvent|updateEvent|deleteEvent)/.test(c))), fc.jsonValue(), (channel, payload) => {
        const result = dispatch(channel, payload);
        if (!result.ok) {
          expect(['invalid_input', 'not_found', 'conflict']).toContain(result.error.code);
          expect(typeof result.error.message).toBe('string');
        }
      }),
      { numRuns: 600 },
    );
    expect(contentHash(journal)).toBe(before);
  });

  it('generated payloads against writing channels: refusals leave the journal exactly as it was', () => {
    const { journal, dispatch } = harness();
    fc.assert(
      fc.property(fc.constantFrom(...channels), fc.jsonValue(), (channel, payload) => {
        const before = contentHash(journal);
        const result = dispatch(channel, payload);
        if (!result.ok) {
          expect(result.error.code).not.toBe('internal');
          expect(contentHash(journal)).toBe(before);
        }
      }),
      { numRuns: 300 },
    );
  });
});
