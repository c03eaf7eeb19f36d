/**
 * JSON import refuses files that break the channels' rules — settings values (with the
 * settings.update schemas) and required children (a receipt has items) — listing each problem,
 * with the journal file byte-identical; a valid export still imports.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { seedJournal } from './fixtures/data-seed';
import { seedSample } from '../../scripts/sample-journal';
import { harness } from './helpers';

const clock = () => new Date('2026-11-23T10:00:00.000Z');

function fileHash(p: string): string {
  const h = createHash('sha256');
  for (const f of [p, `${p}-wal`]) if (fs.existsSync(f)) h.update(fs.readFileSync(f));
  return h.digest('hex');
}

type Doc = { tables: Record<string, Record<string, unknown>[]> };
const setSetting = (key: string, value: string) => (d: Doc) => {
  const rows = d.tables['settings']!;
  const row = rows.find((r) => r['key'] === key);
  if (row) row['value'] = value;
  else rows.push({ key, value });
};

const CORRUPTIONS: [string, (d: Doc) => void, RegExp][] = [
  ['home zone Mars/Olympus', setSetting('homeZone', '"Mars/Olympus"'), /Setting "homeZone", value "Mars\/Olympus": Choose a time zone/],
  ['own rules whose window closes before it opens', setSetting('rules', JSON.stringify({ lotteryOpensAt: '19:00', lotteryClosesAt: '10:00' })), /Setting "rules", value .*: The window closes after it opens\./],
  ['currency XXXX', setSetting('defaultCurrency', '"XXXX"'), /Setting "defaultCurrency", value "XXXX": Use a three-letter currency code/],
  ['unknown theme', setSetting('theme', '"neon"'), /Setting "theme", value "neon": Theme is system, light or dark/],
  ['negative reminder minutes', setSetting('alarmClosingMinutes', '-5'), /cannot be negative/],
  ['a welcome answer that is not one', setSetting('welcome', '"someday"'), /Setting "welcome", value "someday": The welcome is completed or skipped/],
  ['setting not JSON', setSetting('theme', 'dark'), /not readable/],
  ['unknown setting', setSetting('favouriteColour', '"orange"'), /is not a setting of Carnet/],
  ['no purchase_items table', (d) => void delete d.tables['purchase_items'], /no "purchase_items" table: every receipt needs its items/],
  ['a receipt without items', (d) => {
    const first = d.tables['purchases']![0]!['id'];
    d.tables['purchase_items'] = d.tables['purchase_items']!.filter((i) => i['purchase_id'] !== first);
  }, /has no items; a receipt needs at least one/],
  ['a détaxe form whose receipts do not fit one form', (d) => {
    d.tables['detaxe_forms'] = [{ id: 900, status: 'issued', issued_on: null, validated_on: null, refunded_on: null, refund_minor: null, reference: null, notes: null, created_at: '2026-11-23T10:00:00.000Z', updated_at: '2026-11-23T10:00:00.000Z' }];
    for (const p of d.tables['purchases']!) p['detaxe_form_id'] = 900;
  }, /(one form covers|a détaxe form covers receipts in euros)/],
  // The contract's own field rules, in the words of the forms (src/main/export/contract-rules.ts).
  ['a 10,000-character title', (d) => void (d.tables['trips']![0]!['title'] = 'x'.repeat(10_000)), /trips #1 \(id \d+\), title: Title is at most 120 characters\./],
  ['an empty title', (d) => void (d.tables['trips']![0]!['title'] = ''), /trips #1 \(id \d+\), title: Title is required\./],
  ['5 MB of notes', (d) => void (d.tables['trips']![0]!['notes'] = 'n'.repeat(5_000_000)), /notes: Notes is at most 20000 characters\./],
  ['an item with no description', (d) => void (d.tables['purchase_items']![0]!['description'] = ''), /purchase items #1 \(id \d+\), description: Description is required\./],
  ['a blocked count below zero', (d) => void (d.tables['appointment_attempts']![0]!['blocked_count'] = -3), /appointment attempts #1 \(id \d+\), blocked count: /],
  ['a contact name of 500 characters', (d) => void (d.tables['contacts']![0]!['name'] = 'N'.repeat(500)), /contacts #1 \(id \d+\), name: /],
  // Rules between fields and records, in the services' words.
  ['a granted appointment with no time', (d) => {
    const a = d.tables['appointment_attempts']![0]!;
    a['result'] = 'granted';
    a['appointment_at'] = null;
  }, /appointment attempts #1 \(id \d+\): A granted appointment needs its date and time\./],
  ['a refund larger than its receipt', (d) => {
    const p = d.tables['purchases']![0]!;
    p['detaxe_status'] = 'refunded';
    p['detaxe_amount_minor'] = 999_999_999;
  }, /purchases #1 \(id \d+\): The refund cannot be more than the purchase total\./],
  ['a special-order history that goes backwards', (d) => {
    const events = d.tables['special_order_events']!;
    events[events.length - 1]!['day'] = '1999-01-01';
  }, /special order events #\d+ \(id \d+\): /],
  ['a photo of a receipt that is not in the file', (d) => {
    d.tables['attachments'] = [{ id: 1, record_kind: 'purchase', record_id: 99999, sha256: 'a'.repeat(64), original_name: 'bag.jpg', mime: 'image/jpeg', source_mime: 'image/jpeg', byte_size: 10, width: null, height: null, caption: null, taken_on: null, is_cover: 0, position: 0, created_at: '2026-11-23T10:00:00.000Z' }];
  }, /points at purchase 99999, which is not in the file/],
  ['a photo on a kind of record that takes none', (d) => {
    d.tables['attachments'] = [{ id: 1, record_kind: 'boutique', record_id: 1, sha256: 'a'.repeat(64), original_name: 'bag.jpg', mime: 'image/jpeg', source_mime: 'image/jpeg', byte_size: 10, width: null, height: null, caption: null, taken_on: null, is_cover: 0, position: 0, created_at: '2026-11-23T10:00:00.000Z' }];
  }, /"boutique" is not a kind of record photos attach to/],
];

describe('JSON import follows the channels’ rules', () => {
  const source = harness({ clock });
  seedJournal(source.dispatch);
  const content = source.call('data.exportJson', undefined).content;

  for (const [kind, corrupt, message] of CORRUPTIONS) {
    it(`refuses ${kind}, listing the problem, with the journal byte-identical`, () => {
      const target = harness({ clock });
      target.call('settings.update', { theme: 'dark' });
      const before = fileHash(target.journal.path);
      const doc = JSON.parse(content) as Doc;
      corrupt(doc);
      const err = target.fail('data.importJson', { content: JSON.stringify(doc), replace: true });
      expect(err.code).toBe('invalid_input');
      expect([err.message, ...(err.issues ?? []).map((i) => i.message)].join('\n')).toMatch(message);
      expect(fileHash(target.journal.path)).toBe(before);
    });
  }

  it('imports the whole sample journal back as it was exported (no rule refuses what Carnet itself wrote)', () => {
    const sample = harness({ clock });
    seedSample(sample.journal);
    const file = sample.call('data.exportJson', undefined).content;
    const target = harness({ clock });
    target.call('data.importJson', { content: file, replace: true });
    const again = JSON.parse(target.call('data.exportJson', undefined).content) as Doc;
    expect(again.tables).toEqual((JSON.parse(file) as Doc).tables);
  });

  it('still imports a valid export', () => {
    const target = harness({ clock });
    const summary = target.call('data.importJson', { content });
    expect(summary).toBeTruthy();
    expect(target.call('purchases.list', undefined).length).toBeGreaterThan(0);
  });

  it('imports a valid export holding a détaxe form, the form and its receipts as they were', () => {
    const h = harness({ clock: () => new Date('2026-12-12T10:00:00.000Z') });
    const fsh = h.call('boutiques.list', undefined).find((b) => b.code === 'fsh')!.id;
    const buy = (day: string) => h.call('purchases.create', { day, currency: 'EUR', boutiqueId: fsh, items: [{ category: 'jewelry', description: 'Clic H', priceMinor: 6000 }] });
    const form = h.call('detaxe.create', { purchaseIds: [buy('2026-12-07').id, buy('2026-12-09').id], reference: 'GB 1' });
    const exported = h.call('data.exportJson', undefined).content;
    const target = harness({ clock });
    target.call('data.importJson', { content: exported, replace: true });
    expect(target.call('detaxe.get', { id: form.id })).toMatchObject({ reference: 'GB 1', totalMinor: 12000, problems: [] });
    expect(target.call('data.exportJson', undefined).content.replace(/"exportedAt": "[^"]+"/, '')).toBe(exported.replace(/"exportedAt": "[^"]+"/, ''));
  });
});
