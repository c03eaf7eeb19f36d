import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { configureData } from '../../src/main/backup/context';
import {
  NOT_A_BACKUP,
  offsiteOnStart,
  pruneOffsite,
  setOffsiteWorkFactorForTests,
  WRONG_PASSPHRASE,
  listOffsite,
  writeOffsiteBackup,
} from '../../src/main/backup/offsite';
import { createAsyncDispatch, createDispatch } from '../../src/main/dispatch';
import { buildExport } from '../../src/main/export/json';
import { plainWrapper } from '../../src/main/identity/keys';
import type { Result } from '../../src/shared/result';
import { seedJournal } from './fixtures/data-seed';
import { contentHash, harness, tempDir } from './helpers';

const at = (iso: string) => () => new Date(iso);
const tablesOf = (journal: Parameters<typeof buildExport>[0]) => buildExport(journal, false).tables;
const PASS = 'correct horse battery staple';

beforeAll(() => setOffsiteWorkFactorForTests(10));
afterAll(() => setOffsiteWorkFactorForTests(null));

function setup(clock = '2026-11-23T10:00:00.000Z') {
  const h = harness({ clock: at(clock) });
  configureData(h.journal, { secrets: plainWrapper, secretsHow: 'test store', offsiteKeep: 3 });
  const later = createAsyncDispatch(h.journal);
  async function callLater(channel: string, input: unknown): Promise<Result<unknown>> {
    return later(channel, input);
  }
  return { ...h, callLater };
}

describe('off-machine encrypted backups', () => {
  it('refuses a short or mistyped passphrase and an absent folder, keeping nothing', () => {
    const { fail, journal } = setup();
    const folder = tempDir();
    expect(fail('data.offsiteSetup', { folder, passphrase: 'short', confirm: 'short' }).issues?.[0]?.message).toBe('The passphrase needs at least 12 characters.');
    expect(fail('data.offsiteSetup', { folder, passphrase: PASS, confirm: PASS + 'x' }).issues?.[0]?.message).toBe('The two passphrases are not the same.');
    expect(fail('data.offsiteSetup', { folder: path.join(folder, 'nope'), passphrase: PASS, confirm: PASS }).message).toMatch(/does not exist/);
    expect(fs.existsSync(path.join(path.dirname(journal.path), 'offsite.json'))).toBe(false);
  });

  it('encrypts and writes the snapshot, never keeping the passphrase in the journal in clear', async () => {
    const { call, callLater, journal } = setup();
    seedJournal(createDispatch(journal));
    const folder = tempDir();
    const status = call('data.offsiteSetup', { folder, passphrase: PASS, confirm: PASS });
    expect(status).toMatchObject({ folder, passphraseKept: true, backups: [] });
    const made = await callLater('data.offsiteBackupNow', undefined);
    expect(made.ok).toBe(true);
    const info = (made as { value: { fileName: string; sizeBytes: number; createdAt: string } }).value;
    expect(info.fileName).toBe('Carnet-20261123T100000000Z.carnetbackup.age');
    expect(info.createdAt).toBe('2026-11-23T10:00:00.000Z');
    const bytes = fs.readFileSync(path.join(folder, info.fileName));
    expect(bytes.length).toBe(info.sizeBytes);
    expect(bytes.subarray(0, 21).toString()).toBe('age-encryption.org/v1');
    expect(bytes.includes(Buffer.from('SQLite format 3'))).toBe(false);
    expect(fs.readdirSync(folder).filter((n) => n.endsWith('.partial'))).toEqual([]);
    // Neither the journal nor the config file holds the passphrase.
    expect(fs.readFileSync(journal.path).includes(Buffer.from(PASS))).toBe(false);
    expect(fs.readFileSync(path.join(path.dirname(journal.path), 'offsite.json'), 'utf8')).not.toContain(PASS);
    expect(call('data.offsiteStatus', undefined).backups).toEqual([info]);
  });

  it('restores onto a fresh journal with identical records, keeping a before-restore backup', async () => {
    const source = setup();
    seedJournal(createDispatch(source.journal));
    const folder = tempDir();
    const written = await writeOffsiteBackup(source.journal.sqlite, folder, PASS, new Date('2026-11-23T10:00:00.000Z'), 5);

    const fresh = setup('2026-11-24T09:00:00.000Z');
    fresh.call('data.offsiteSetup', { folder, passphrase: 'another passphrase here', confirm: 'another passphrase here' });
    const result = await fresh.callLater('data.offsiteRestore', { fileName: written.fileName, passphrase: PASS });
    expect(result.ok).toBe(true);
    expect((result as { value: { keptBefore: { kind: string } } }).value.keptBefore.kind).toBe('before-restore');
    expect(tablesOf(fresh.journal)).toEqual(tablesOf(source.journal));
  });

  it('refuses a wrong passphrase and a damaged or truncated file, changing nothing', async () => {
    const source = setup();
    seedJournal(createDispatch(source.journal));
    const folder = tempDir();
    const written = await writeOffsiteBackup(source.journal.sqlite, folder, PASS, new Date('2026-11-23T10:00:00.000Z'), 5);
    const full = fs.readFileSync(path.join(folder, written.fileName));
    const truncated = 'Carnet-20261122T100000000Z.carnetbackup.age';
    fs.writeFileSync(path.join(folder, truncated), full.subarray(0, Math.floor(full.length / 2)));
    const garbage = 'Carnet-20261121T100000000Z.carnetbackup.age';
    fs.writeFileSync(path.join(folder, garbage), 'not an age file at all');

    const target = setup('2026-11-24T09:00:00.000Z');
    target.call('trips.create', { title: 'Tokyo', city: 'Tokyo', startDay: '2027-04-01', endDay: '2027-04-05', timeZone: 'Asia/Tokyo' });
    target.call('data.offsiteSetup', { folder, passphrase: PASS, confirm: PASS });
    const before = contentHash(target.journal);
    const backupsDir = path.join(path.dirname(target.journal.path), 'backups');

    const wrong = await target.callLater('data.offsiteRestore', { fileName: written.fileName, passphrase: 'not the right passphrase' });
    expect(wrong.ok ? null : wrong.error.message).toBe(WRONG_PASSPHRASE);
    const cut = await target.callLater('data.offsiteRestore', { fileName: truncated, passphrase: PASS });
    expect(cut.ok ? null : cut.error.message).toBe(NOT_A_BACKUP);
    const junk = await target.callLater('data.offsiteRestore', { fileName: garbage, passphrase: PASS });
    expect(junk.ok ? null : junk.error.message).toBe(NOT_A_BACKUP);

    expect(contentHash(target.journal)).toBe(before);
    expect(fs.existsSync(backupsDir) ? fs.readdirSync(backupsDir) : []).toEqual([]);
    expect(fs.readFileSync(path.join(folder, written.fileName))).toEqual(full);
  });

  it('refuses an age file that opens but is not a Carnet journal', async () => {
    const { Encrypter } = await import('age-encryption');
    const e = new Encrypter();
    e.setPassphrase(PASS);
    e.setScryptWorkFactor(10);
    const folder = tempDir();
    const name = 'Carnet-20261120T100000000Z.carnetbackup.age';
    fs.writeFileSync(path.join(folder, name), await e.encrypt('hello, not a journal'));
    const target = setup();
    target.call('data.offsiteSetup', { folder, passphrase: PASS, confirm: PASS });
    const before = contentHash(target.journal);
    const res = await target.callLater('data.offsiteRestore', { fileName: name, passphrase: PASS });
    expect(res.ok ? null : res.error.message).toBe(NOT_A_BACKUP);
    expect(contentHash(target.journal)).toBe(before);
  });

  it('keeps the last N and never touches other files; the daily copy runs once a day', async () => {
    const { call, journal } = setup('2026-11-23T10:00:00.000Z');
    const folder = tempDir();
    fs.writeFileSync(path.join(folder, 'holiday.jpg'), 'mine');
    for (let d = 10; d < 16; d++) await writeOffsiteBackup(journal.sqlite, folder, PASS, new Date(`2026-11-${d}T08:00:00.000Z`), 4);
    expect(listOffsite(folder).map((b) => b.createdAt.slice(0, 10))).toEqual(['2026-11-15', '2026-11-14', '2026-11-13', '2026-11-12']);
    expect(pruneOffsite(folder, 2)).toHaveLength(2);
    expect(fs.readFileSync(path.join(folder, 'holiday.jpg'), 'utf8')).toBe('mine');

    expect(await offsiteOnStart(journal)).toBeNull(); // off: nothing
    call('data.offsiteSetup', { folder, passphrase: PASS, confirm: PASS });
    expect((await offsiteOnStart(journal))?.fileName).toBe('Carnet-20261123T100000000Z.carnetbackup.age');
    expect(await offsiteOnStart(journal)).toBeNull(); // already one today
    expect(listOffsite(folder)).toHaveLength(3);

    const off = call('data.offsiteOff', undefined);
    expect(off).toMatchObject({ folder: null, passphraseKept: false });
    expect(fs.existsSync(path.join(path.dirname(journal.path), 'offsite-passphrase.bin'))).toBe(false);
  });
});
