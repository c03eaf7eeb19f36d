import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { configureData } from '../../src/main/backup/context';
import { fixedKey, KeyUnavailableError, plainWrapper, WrappedKeyFile, type KeyWrapper } from '../../src/main/identity/keys';
import { mask, seal, unseal, UnsealError } from '../../src/main/identity/seal';
import { seedJournal } from './fixtures/data-seed';
import { contentHash, harness, tempDir } from './helpers';

const clock = () => new Date('2026-11-23T10:00:00.000Z');

function withKey() {
  const h = harness({ clock });
  configureData(h.journal, { keys: fixedKey(crypto.randomBytes(32)) });
  return h;
}

const sealedOf = (h: ReturnType<typeof harness>, id: number) =>
  h.journal.sqlite.prepare('SELECT number_sealed FROM identity_numbers WHERE id = ?').pluck().get(id) as Buffer;

/** Stands in for Electron's safeStorage: really encrypts, with a key of its own. */
function fakeSafeStorage(available = true): KeyWrapper & { calls: number } {
  const osKey = crypto.randomBytes(32);
  return {
    calls: 0,
    isEncryptionAvailable: () => available,
    encryptString(plain) {
      this.calls++;
      return seal(plain, osKey);
    },
    decryptString(sealed) {
      this.calls++;
      return unseal(sealed, osKey);
    },
  };
}

describe('identity numbers', () => {
  it('stores numbers sealed, lists them masked, and reveals one only when asked', () => {
    const h = withKey();
    const mine = h.call('identities.add', { document: 'passport', number: '12 ab-34567', issuingCountry: 'us', expiresOn: '2031-04-30' });
    expect(mine).toEqual({
      id: 1,
      person: null,
      document: 'passport',
      issuingCountry: 'US',
      expiresOn: '2031-04-30',
      masked: '••••••4567',
      readable: true,
      createdAt: '2026-11-23T10:00:00.000Z',
      updatedAt: '2026-11-23T10:00:00.000Z',
    });
    const marie = h.call('identities.add', { person: 'Marie', document: 'national_id', number: 'X4RTBPFW4' });
    h.call('identities.add', { person: 'Arthur', document: 'passport', number: '998877665' });
    // You first, then companions by name.
    expect(h.call('identities.list', undefined).map((i) => [i.person, i.masked])).toEqual([
      [null, '••••••4567'],
      ['Arthur', '••••••7665'],
      ['Marie', '••••••PFW4'],
    ]);
    expect(JSON.stringify(h.call('identities.list', {}))).not.toContain('12AB34567');
    expect(h.call('identities.reveal', { id: mine.id })).toEqual({ id: 1, number: '12AB34567' });
    expect(h.call('identities.reveal', { id: marie.id }).number).toBe('X4RTBPFW4');
    // Not in clear anywhere in the journal.
    expect(contentHash(h.journal)).not.toContain('12AB34567');
    expect(sealedOf(h, 1).includes(Buffer.from('34567'))).toBe(false);
  });

  it('updates and deletes', () => {
    const h = withKey();
    const added = h.call('identities.add', { document: 'passport', number: 'AA1111111' });
    const sealedBefore = sealedOf(h, added.id);
    const updated = h.call('identities.update', { id: added.id, person: 'Marie', number: 'BB2222222', expiresOn: '2030-01-01' });
    expect(updated).toMatchObject({ person: 'Marie', document: 'passport', masked: '••••••2222', expiresOn: '2030-01-01' });
    expect(sealedOf(h, added.id).equals(sealedBefore)).toBe(false);
    // Fields not given stay as they were; null clears.
    const again = h.call('identities.update', { id: added.id, document: 'national_id', expiresOn: null });
    expect(again).toMatchObject({ person: 'Marie', document: 'national_id', masked: '••••••2222', expiresOn: null });
    expect(h.call('identities.update', { id: added.id, person: null }).person).toBeNull();
    expect(h.call('identities.delete', { id: added.id })).toEqual({ id: added.id });
    expect(h.call('identities.list', undefined)).toEqual([]);
    const before = contentHash(h.journal);
    expect(h.fail('identities.reveal', { id: added.id })).toEqual({ code: 'not_found', message: `Identity number ${added.id} does not exist (it may have been deleted).` });
    expect(h.fail('identities.update', { id: 42, number: 'CC3333333' }).code).toBe('not_found');
    expect(h.fail('identities.delete', { id: 42 }).code).toBe('not_found');
    expect(contentHash(h.journal)).toBe(before);
  });

  it('checks input and says what is wrong beside each field', () => {
    const h = withKey();
    const before = contentHash(h.journal);
    const cases: [unknown, (string | number)[], string][] = [
      [{ document: 'passport', number: '12-3' }, ['number'], 'A passport or ID number has at least 5 letters or digits.'],
      [{ document: 'passport', number: '1234567890123456789012' }, ['number'], 'A passport or ID number has at most 20 letters or digits.'],
      [{ document: 'passport', number: '12345/678' }, ['number'], 'Use only the letters and digits printed on the document.'],
      [{ document: 'driving_licence', number: '12345678' }, ['document'], 'Choose passport or ID card.'],
      [{ document: 'passport', number: '12345678', issuingCountry: 'France' }, ['issuingCountry'], 'Issuing country is a two-letter code such as FR or US.'],
      [{ document: 'passport', number: '12345678', expiresOn: '2031-02-30' }, ['expiresOn'], 'Enter a real calendar day like 2026-12-07.'],
      [{ document: 'passport', number: '12345678', person: 'M'.repeat(101) }, ['person'], 'Name is at most 100 characters.'],
      [{ document: 'passport', number: '12345678', secret: true }, [], 'Unknown field: secret.'],
    ];
    for (const [input, p, message] of cases) {
      const error = h.fail('identities.add', input);
      expect(error.code).toBe('invalid_input');
      expect(error.issues).toContainEqual({ path: p, message });
    }
    expect(contentHash(h.journal)).toBe(before);
    // An empty name means you.
    expect(h.call('identities.add', { document: 'passport', number: '12345678', person: '   ' }).person).toBeNull();
  });

  it('refuses to store or read numbers when there is no key store, and changes nothing', () => {
    const h = harness({ clock });
    const before = contentHash(h.journal);
    const message = 'Identity numbers cannot be stored or read here: Carnet has no protected key store on this computer. Nothing was changed.';
    expect(h.fail('identities.add', { document: 'passport', number: '12345678' })).toEqual({ code: 'conflict', message });
    expect(h.fail('identities.list', undefined)).toEqual({ code: 'conflict', message });
    expect(contentHash(h.journal)).toBe(before);
    configureData(h.journal, { keys: new WrappedKeyFile(path.join(tempDir(), 'key.bin'), fakeSafeStorage(false)) });
    expect(h.fail('identities.add', { document: 'passport', number: '12345678' })).toEqual({
      code: 'conflict',
      message: 'This computer offers no protected key store, so identity numbers cannot be stored or read here. Nothing was changed.',
    });
    expect(contentHash(h.journal)).toBe(before);
  });

  it('lists a number sealed under another key as unreadable, and will not reveal it', () => {
    const h = withKey();
    h.call('identities.add', { document: 'passport', number: '12345678' });
    configureData(h.journal, { keys: fixedKey(crypto.randomBytes(32)) }); // a journal restored on another computer
    expect(h.call('identities.list', undefined)).toMatchObject([{ id: 1, masked: null, readable: false }]);
    expect(h.fail('identities.reveal', { id: 1 })).toEqual({
      code: 'conflict',
      message: 'This identity number was sealed with another key (for example on another computer) or was altered, and cannot be read here. Delete it and enter the number again.',
    });
    // It can still be deleted, and replaced.
    h.call('identities.delete', { id: 1 });
    expect(h.call('identities.add', { document: 'passport', number: '12345678' }).readable).toBe(true);
  });

  it('detects a changed byte in a sealed number', () => {
    const key = crypto.randomBytes(32);
    const sealed = seal('12AB34567', key);
    expect(sealed[0]).toBe(1);
    expect(sealed).toHaveLength(1 + 12 + 16 + 9);
    expect(unseal(sealed, key)).toBe('12AB34567');
    for (const at of [0, 5, 20, sealed.length - 1]) {
      const tampered = Buffer.from(sealed);
      tampered[at] = tampered[at]! ^ 0x01;
      expect(() => unseal(tampered, key)).toThrow(UnsealError);
    }
    expect(() => unseal(sealed.subarray(0, 20), key)).toThrow(UnsealError);
    // Two seals of the same number differ (a fresh nonce each time).
    expect(seal('12AB34567', key).equals(sealed)).toBe(false);
    expect(mask('AB12')).toBe('••••••AB12');
  });

  it('stays out of the calendar and spreadsheet exports', () => {
    const h = withKey();
    seedJournal(h.dispatch, { identities: true });
    for (const content of [
      h.call('data.exportIcs', undefined).content,
      h.call('data.exportCsv', { kind: 'purchases' }).content,
      h.call('data.exportCsv', { kind: 'attempts' }).content,
      h.call('data.exportJson', undefined).content,
    ]) {
      expect(content).not.toContain('12AB34567');
      expect(content).not.toContain('X4RTBPFW4');
      expect(content).not.toContain('number_sealed');
    }
  });
});

describe('the key file', () => {
  it('creates a random key once, wrapped (safeStorage in the app), and reads the same key back', () => {
    const file = path.join(tempDir(), 'keys', 'identity-key.bin');
    const wrapper = fakeSafeStorage();
    const first = new WrappedKeyFile(file, wrapper).key();
    expect(first).toHaveLength(32);
    expect(fs.readFileSync(file).toString('latin1')).not.toContain(first.toString('hex'));
    expect((fs.statSync(file).mode & 0o777).toString(8)).toBe('600');
    const again = new WrappedKeyFile(file, wrapper).key();
    expect(again.equals(first)).toBe(true);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['identity-key.bin']);
  });

  it('never replaces a key file it cannot read', () => {
    const file = path.join(tempDir(), 'identity-key.bin');
    fs.writeFileSync(file, 'not a key');
    expect(() => new WrappedKeyFile(file, plainWrapper).key()).toThrow(KeyUnavailableError);
    expect(fs.readFileSync(file, 'utf8')).toBe('not a key');
  });

  it('seals with the key from the file through the channels (the web harness setup)', () => {
    const h = harness({ clock });
    const file = path.join(tempDir(), 'identity-key.bin');
    configureData(h.journal, { keys: new WrappedKeyFile(file, plainWrapper) });
    h.call('identities.add', { document: 'passport', number: '55566677' });
    const key = Buffer.from(fs.readFileSync(file, 'utf8'), 'hex');
    expect(unseal(sealedOf(h, 1), key)).toBe('55566677');
  });
});
