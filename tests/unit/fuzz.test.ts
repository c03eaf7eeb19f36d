/**
 * Fuzzing the one door. Thousands of generated payloads go to every channel of the contract
 * through dispatch — near-valid ones shaped by each channel's own schema, and anything at
 * all — and raw malformed bodies go to the web harness over HTTP. Every answer must be a value
 * or a typed error with a readable message (never `internal`, never a throw), and a rejected
 * call must leave the journal's content exactly as it was.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureData } from '../../src/main/backup/context';
import { createDispatch } from '../../src/main/dispatch';
import { fixedKey } from '../../src/main/identity/keys';
import { channels, contract } from '../../src/shared/api';
import type { Result } from '../../src/shared/result';
import { startHarness, type Harness } from '../harness/server';
import { seedJournal } from './fixtures/data-seed';
import { payloadFor } from './fixtures/zod-arbitrary';
import { contentHash, harness, tempDir } from './helpers';

const RUNS_PER_CHANNEL = 40;
/** Channels that write and fsync a whole backup file on success: fewer runs keep the suite quick. */
const RUNS_FOR: Record<string, number> = { 'data.backupNow': 5 };
const HTTP_RUNS = 500;
const CODES = ['invalid_input', 'not_found', 'conflict'];

const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
  process.on('uncaughtException', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  process.off('uncaughtException', onUnhandled);
});

/** The shape every answer must have; returns a description of what is wrong, or null. */
function problemWith(result: unknown): string | null {
  if (!result || typeof result !== 'object') return 'not an object';
  const r = result as Result<unknown>;
  if (r.ok === true) return 'value' in r ? null : 'ok without a value';
  if (r.ok !== false) return 'no ok flag';
  const e = r.error;
  if (!e || !CODES.includes(e.code)) return `error code ${JSON.stringify(e?.code)}: ${e?.message}`;
  if (typeof e.message !== 'string' || e.message.trim().length < 5) return 'no readable message';
  if (e.issues !== undefined) {
    if (!Array.isArray(e.issues)) return 'issues is not a list';
    for (const i of e.issues) {
      if (!Array.isArray(i.path) || typeof i.message !== 'string' || i.message.length === 0) return `bad issue ${JSON.stringify(i)}`;
    }
  }
  return null;
}

describe('fuzzing every channel through dispatch', () => {
  it(`answers ${RUNS_PER_CHANNEL} generated payloads per channel with a value or a typed error; rejections change nothing`, { timeout: 120_000 }, () => {
    const h = harness({ clock: () => new Date('2026-11-23T10:00:00.000Z') });
    configureData(h.journal, { keys: fixedKey(crypto.randomBytes(32)) });
    seedJournal(h.dispatch, { identities: true });
    // A backup whose id the generator knows, so restore is reached too.
    expect(h.call('data.backupNow', undefined).id).toBe('carnet-manual-20261123T100000000Z.sqlite');

    let calls = 0;
    let accepted = 0;
    let rejected = 0;
    // Nothing touches the journal between two calls, so the hash after one call is the hash before the next.
    let hash = contentHash(h.journal);
    for (const channel of channels) {
      fc.assert(
        fc.property(payloadFor(contract[channel].input), (payload) => {
          const before = hash;
          let result: unknown;
          try {
            result = h.dispatch(channel, payload);
          } catch (err) {
            throw new Error(`${channel} threw ${String(err)} for ${JSON.stringify(payload)?.slice(0, 300)}`);
          }
          calls++;
          const problem = problemWith(result);
          if (problem) throw new Error(`${channel}: ${problem} for ${JSON.stringify(payload)?.slice(0, 300)}`);
          hash = contentHash(h.journal);
          if ((result as Result<unknown>).ok) {
            accepted++;
          } else {
            rejected++;
            if (hash !== before) throw new Error(`${channel} was rejected but changed the journal, for ${JSON.stringify(payload)?.slice(0, 300)}`);
          }
        }),
        { numRuns: RUNS_FOR[channel] ?? RUNS_PER_CHANNEL },
      );
    }
    expect(calls).toBeGreaterThan(3000);
    if (process.env.CARNET_FUZZ_STATS) console.log({ calls, accepted, rejected });
    // The generator reaches the services, not only the schemas.
    expect(accepted).toBeGreaterThan(calls / 20);
    expect(rejected).toBeGreaterThan(calls / 10);
    // The journal is still whole.
    expect(h.journal.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(h.journal.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(unhandled).toEqual([]);
  });

  it('refuses channel names that are not in the contract', () => {
    const h = harness();
    const before = contentHash(h.journal);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'trips.', '.create', 'trips.create ')), fc.anything(), (name, payload) => {
        fc.pre(!(channels as string[]).includes(name));
        const r = h.dispatch(name, payload);
        expect(r).toEqual({ ok: false, error: { code: 'invalid_input', message: `There is no channel named "${name}".` } });
      }),
      { numRuns: 300 },
    );
    expect(h.dispatch(42 as unknown as string, {}).ok).toBe(false);
    expect(contentHash(h.journal)).toBe(before);
  });
});

describe('fuzzing the web harness with raw malformed requests', () => {
  let server: Harness;
  beforeAll(async () => {
    const rendererDir = tempDir();
    fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><html><body><script type="module" src="./app.js"></script></body></html>');
    server = await startHarness({ port: 0, rendererDir, db: path.join(tempDir(), 'journal.sqlite') });
    seedJournal(createDispatch(server.journal));
  });
  afterAll(async () => server?.close());

  const bodies: fc.Arbitrary<string | Uint8Array> = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.uint8Array({ maxLength: 200 }),
    fc.jsonValue({ maxDepth: 4 }).map((v) => JSON.stringify(v)),
    fc.tuple(fc.jsonValue({ maxDepth: 4 }), fc.nat()).map(([v, n]) => {
      const s = JSON.stringify(v) ?? '';
      return s.slice(0, n % (s.length + 1)); // cut short
    }),
    fc.integer({ min: 1, max: 100_000 }).map((n) => '['.repeat(n) + ']'.repeat(n)),
    fc.integer({ min: 1, max: 50_000 }).map((n) => '{"title":'.repeat(n) + '1' + '}'.repeat(n)),
    fc.constantFrom(
      '{"__proto__": {"polluted": true}}',
      '{"constructor": {"prototype": {"polluted": true}}}',
      '1e999',
      '-',
      'NaN',
      'null',
      '""',
      '{"id": 1, "id": 2}',
      '{"title": "\\ud800"}',
      '\uFEFF{}',
      '{"id": 1e309}',
    ),
  );
  const names = fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...channels) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }).map((s) => encodeURIComponent(s)) },
    { weight: 1, arbitrary: fc.constantFrom('%E0%A4%A', '%', '%zz', '..%2F..%2Fetc%2Fpasswd', '%00', 'trips.create%20') },
  );

  it(`answers ${HTTP_RUNS} malformed requests with typed errors, stays up, and changes nothing it refused`, { timeout: 120_000 }, async () => {
    let refused = 0;
    let hash = contentHash(server.journal);
    await fc.assert(
      fc.asyncProperty(names, bodies, async (name, body) => {
        const before = hash;
        const res = await fetch(`${server.url}ipc/${name}`, { method: 'POST', body, headers: { 'content-type': 'application/json' } });
        expect([200, 400]).toContain(res.status);
        const result = JSON.parse(await res.text()) as Result<unknown>;
        const problem = problemWith(result);
        if (problem) throw new Error(`${name}: ${problem}`);
        hash = contentHash(server.journal);
        if (!result.ok) {
          refused++;
          expect(hash).toBe(before);
        }
      }),
      { numRuns: HTTP_RUNS },
    );
    expect(refused).toBeGreaterThan(HTTP_RUNS / 2);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    // Still serving, and other methods are refused politely.
    expect((await fetch(server.url)).status).toBe(200);
    const get = await fetch(`${server.url}ipc/trips.list`);
    expect(get.status).toBe(405);
    expect(problemWith(await get.json())).toBeNull();
    expect(server.journal.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(unhandled).toEqual([]);
  });

  /** A raw request with headers fetch() would not let us set (Host). */
  function raw(pathname: string, headers: Record<string, string>, method = 'GET', body = ''): Promise<{ status: number; body: string }> {
    const { port } = new URL(server.url);
    return new Promise((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: pathname, method, headers: { ...headers, 'content-length': Buffer.byteLength(body) } }, (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString('utf8')));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text }));
      });
      req.on('error', reject);
      req.end(body);
    });
  }

  it('answers only its own names: a DNS-rebinding page (Host evil.example) cannot read or change the journal', async () => {
    const { port } = new URL(server.url);
    const before = contentHash(server.journal);
    for (const host of [`evil.example:${port}`, 'evil.example', `127.0.0.1.evil.example:${port}`]) {
      const origin = `http://${host}`;
      const reveal = await raw('/ipc/identities.list', { host, origin }, 'POST', '');
      expect(reveal.status, host).toBe(421);
      expect((JSON.parse(reveal.body) as Result<unknown>).ok).toBe(false);
      expect((await raw('/', { host })).status, host).toBe(421);
      const write = await raw('/ipc/trips.create', { host, origin, 'content-type': 'application/json' }, 'POST', JSON.stringify({ title: 'x', city: 'Paris', startDay: '2026-12-05', endDay: '2026-12-06' }));
      expect(write.status, host).toBe(421);
    }
    expect(contentHash(server.journal)).toBe(before);
    expect((await raw('/', { host: `127.0.0.1:${port}` })).status).toBe(200);
    expect((await raw('/', { host: `localhost:${port}` })).status).toBe(200);
  });

  it('survives a GET with a malformed %-escape', async () => {
    const { port } = new URL(server.url);
    const bad = await raw('/%E0%A4%A', { host: `127.0.0.1:${port}` });
    expect(bad.status).toBe(400);
    expect((await fetch(server.url)).status).toBe(200);
  });
});
