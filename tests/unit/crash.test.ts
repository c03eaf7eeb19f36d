/**
 * Crash safety: a child process writes records through dispatch in a loop and is killed with
 * SIGKILL at a random moment, 50 times over the same journal (most of them a random 0–60 ms after
 * its first returned write, some while it starts). After every kill the journal
 * must open (openJournal runs integrity_check and foreign_key_check), pass integrity_check
 * again here, hold every record whose write had returned (the child logs each id, fsynced,
 * before its next write), and hold no half-written record.
 *
 * The child is the real code bundled once with esbuild (starting it through a TypeScript
 * loader costs seconds per start; bundled, a start takes a fifth of a second).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openJournal } from '../../src/main/db/open';

const here = path.dirname(fileURLToPath(import.meta.url));
const KILLS = 50;
let workDir: string;
let bundle: string;

beforeAll(() => {
  workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-crash-'));
  bundle = path.join(workDir, 'crash-writer.cjs');
  buildSync({
    entryPoints: [path.join(here, 'fixtures', 'crash-writer.ts')],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node22',
    external: ['better-sqlite3'],
    outfile: bundle,
    logLevel: 'error',
  });
});

afterAll(() => fs.rmSync(workDir, { recursive: true, force: true }));

interface Run {
  /** The child had reported a returned write (so writes were under way when it was killed). */
  wasWriting: boolean;
  signal: NodeJS.Signals | null;
  stderr: string;
}

/**
 * Starts the writer and kills it with SIGKILL `delayMs` after its first returned write (when
 * `afterWriting`), or after it was started (so possibly while it opens or migrates the journal).
 */
function runAndKill(journal: string, side: string, delayMs: number, afterWriting: boolean): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, journal, side], {
      env: { ...process.env, NODE_PATH: path.resolve(here, '../../node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let wasWriting = false;
    let stderr = '';
    const kill = () => setTimeout(() => child.kill('SIGKILL'), delayMs);
    if (!afterWriting) kill();
    child.stdout.on('data', (chunk: Buffer) => {
      if (!wasWriting && /^(trip|purchase) \d+$/m.test(chunk.toString())) {
        wasWriting = true;
        if (afterWriting) kill();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const guard = setTimeout(() => child.kill('SIGKILL'), 15_000);
    child.on('error', reject);
    child.on('exit', (_code, signal) => {
      clearTimeout(guard);
      resolve({ wasWriting, signal, stderr });
    });
  });
}

/** The ids the child reported as returned: only complete lines count (a kill can cut the last one). */
function returnedIds(side: string): { trip: number[]; purchase: number[] } {
  const text = fs.existsSync(side) ? fs.readFileSync(side, 'utf8') : '';
  const complete = text.slice(0, text.lastIndexOf('\n') + 1);
  const ids = { trip: [] as number[], purchase: [] as number[] };
  for (const line of complete.split('\n').filter(Boolean)) {
    const [kind, id] = line.split(' ');
    ids[kind as 'trip' | 'purchase'].push(Number(id));
  }
  return ids;
}

describe('crash safety', () => {
  it(`keeps every returned write and no half write across ${KILLS} SIGKILLs`, { timeout: 120_000 }, async () => {
    const journalFile = path.join(workDir, 'journal.sqlite');
    const side = path.join(workDir, 'returned.txt');
    let killedWhileWriting = 0;
    let lastCount = 0;
    for (let i = 0; i < KILLS; i++) {
      // Most kills land while records are being written; some during start-up (opening, migrating).
      const duringStartup = i % 7 === 0;
      const run = await runAndKill(journalFile, side, Math.floor(Math.random() * (duringStartup ? 250 : 60)), !duringStartup);
      expect(run.signal, `run ${i} ended by itself: ${run.stderr}`).toBe('SIGKILL');
      expect(run.stderr).toBe('');
      if (run.wasWriting) killedWhileWriting++;

      const journal = openJournal(journalFile);
      try {
        expect(journal.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(journal.sqlite.pragma('foreign_key_check')).toEqual([]);
        const returned = returnedIds(side);
        const trips = new Set(journal.sqlite.prepare('SELECT id FROM trips').pluck().all() as number[]);
        const purchases = new Set(journal.sqlite.prepare('SELECT id FROM purchases').pluck().all() as number[]);
        expect(returned.trip.filter((id) => !trips.has(id)), `run ${i}: returned trips missing`).toEqual([]);
        expect(returned.purchase.filter((id) => !purchases.has(id)), `run ${i}: returned purchases missing`).toEqual([]);
        // Every record is whole: all its parts landed with it, or none of it did.
        const partial = journal.sqlite
          .prepare(
            `SELECT t.id FROM trips t
              WHERE (SELECT count(*) FROM trip_companions c WHERE c.trip_id = t.id) <> 2
                 OR (SELECT count(*) FROM trip_wishlist w WHERE w.trip_id = t.id) <> 3
                 OR (SELECT count(*) FROM trip_boutiques b WHERE b.trip_id = t.id) <> 2
             UNION ALL
             SELECT p.id FROM purchases p WHERE (SELECT count(*) FROM purchase_items i WHERE i.purchase_id = p.id) <> 3`,
          )
          .all();
        expect(partial, `run ${i}: half-written records`).toEqual([]);
        const count = trips.size + purchases.size;
        expect(count).toBeGreaterThanOrEqual(lastCount);
        lastCount = count;
      } finally {
        journal.close();
      }
    }
    // The kills really did hit a writing process, and records piled up across runs.
    expect(killedWhileWriting).toBeGreaterThanOrEqual(42);
    const returned = returnedIds(side);
    expect(returned.trip.length + returned.purchase.length).toBeGreaterThanOrEqual(42);
  });
});
