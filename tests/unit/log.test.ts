/**
 * The log "Details are in the log" points at (issue 15 §3): rotating files, and no personal data
 * in them — a failure is its channel, error name, code and stack frames, never its message.
 */
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createDispatch } from '../../src/main/dispatch';
import { handlers } from '../../src/main/journal';
import { openLog, setLog } from '../../src/main/log';
import { tempDir, tempJournal } from './helpers';

afterEach(() => setLog(null));

describe('the log', () => {
  it('gets an unexpected failure without its message: no name, note or number in the file', () => {
    const dir = path.join(tempDir(), 'logs');
    const log = openLog(dir, { clock: () => new Date('2026-11-23T10:00:00.000Z') });
    setLog(log);
    const journal = tempJournal();
    const dispatch = createDispatch(journal, {
      ...handlers,
      'trips.list': () => {
        throw new Error('Camille Roux, passport 12AB34567, “the Kelly is mine”');
      },
    });
    const result = dispatch('trips.list', undefined);
    expect(result).toMatchObject({ ok: false, error: { code: 'internal', message: 'Something went wrong inside Carnet; nothing was changed. Details are in the log.' } });
    const text = fs.readFileSync(log.file!, 'utf8');
    expect(text).toMatch(/^2026-11-23T10:00:00\.000Z trips\.list failed: Error\n {4}at /);
    expect(text).not.toMatch(/Camille|12AB34567|Kelly/);
  });

  it('rotates: carnet.log, then carnet.1.log … up to the number kept, each under the size limit', () => {
    const dir = path.join(tempDir(), 'logs');
    const log = openLog(dir, { maxBytes: 200, keep: 2 });
    for (let i = 0; i < 20; i++) log.write(`line ${i} ${'x'.repeat(40)}`);
    expect(fs.readdirSync(dir).sort()).toEqual(['carnet.1.log', 'carnet.2.log', 'carnet.log']);
    for (const f of fs.readdirSync(dir)) expect(fs.statSync(path.join(dir, f)).size).toBeLessThanOrEqual(200);
    expect(fs.readFileSync(path.join(dir, 'carnet.log'), 'utf8')).toContain('line 19');
  });
});

describe('where the log is', () => {
  it('is told with the journal and backup folders (Settings › Your data shows it)', () => {
    const dir = path.join(tempDir(), 'logs');
    setLog(openLog(dir));
    const dispatch = createDispatch(tempJournal());
    const result = dispatch('data.listBackups', undefined);
    expect(result).toMatchObject({ ok: true, value: { logFile: path.join(dir, 'carnet.log') } });
    setLog(null);
    expect(dispatch('data.listBackups', undefined)).toMatchObject({ ok: true, value: { logFile: null } });
  });
});
