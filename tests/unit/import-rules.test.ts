/**
 * JSON import refuses files that break the channels' rules — settings values (with the
 * settings.update schemas) and required children (a receipt has items) — listing each problem,
 * with the journal file byte-identical; a valid export still imports.
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../src/shared/api/channel-names';
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

// Corruptions of the sample journal's export (it holds offers, price entries, a minor on a trip).
const first = (d: Doc, table: string) => d.tables[table]![0]!;
const SAMPLE_CORRUPTIONS: [string, (d: Doc) => void, RegExp][] = [
  ['a price over the cap', (d) => void (first(d, 'purchase_items')['price_minor'] = 1e15), /purchase items #1 \(id \d+\), price minor: That amount is too large\./],
  ['a price with cents of cents', (d) => void (first(d, 'purchase_items')['price_minor'] = 12.5), /price minor: must be a whole number\./],
  ['an offer at 29:59', (d) => void (first(d, 'offers')['time'] = '29:59'), /offers #1 \(id \d+\), time: Enter a time like 14:30 \(24-hour clock\)\./],
  ['an offer taken on no day', (d) => {
    const o = first(d, 'offers');
    o['decision'] = 'taken';
    o['decided_on'] = null;
  }, /offers #1 \(id \d+\), decision: /],
  ['a minor who applied to the lottery', (d) => {
    const minor = d.tables['trip_companions']!.find((c) => c['adult'] === 0)!;
    const attempt = d.tables['appointment_attempts']!.find((a) => a['method'] === 'lottery' && a['trip_id'] === minor['trip_id'])!;
    attempt['companion_id'] = minor['id'];
  }, /appointment attempts #\d+ \(id \d+\): \S+ is under 18 and cannot apply to the lottery/],
  ['a companion of another trip', (d) => {
    const companion = first(d, 'trip_companions');
    const attempt = d.tables['appointment_attempts']!.find((a) => a['trip_id'] !== companion['trip_id'])!;
    attempt['companion_id'] = companion['id'];
  }, /(is not a companion of this trip|applies as part of a trip)/],
  ['a special-order step no Carnet writes', (d) => void (first(d, 'special_order_events')['status'] = 'lost'), /"lost" is not a step of a special order: the steps are Offered, Placed/],
  ['a trip that ends before it starts', (d) => void (first(d, 'trips')['end_day'] = '2020-01-01'), /trips #1 \(id \d+\), end day: /],
  ['30 February', (d) => void (first(d, 'trips')['start_day'] = '2026-02-30'), /start day: must be a real calendar day written YYYY-MM-DD\./],
  ['a trip in the zone Mars/Olympus', (d) => void (first(d, 'trips')['time_zone'] = 'Mars/Olympus'), /time zone: must be a time zone such as Europe\/Paris\./],
  ['a receipt in currency XXXX', (d) => void (first(d, 'purchases')['currency'] = 'XXXX'), /purchases #1 \(id \d+\), currency: must be a three-letter currency code/],
  ['a receipt at a boutique not in the file', (d) => void (first(d, 'purchases')['boutique_id'] = 99_999), /boutique id: points at boutiques 99999, which is not in the file\./],
  ['two trips with one id', (d) => void d.tables['trips']!.push({ ...first(d, 'trips') }), /id: the same value appears in two records\./],
  ['an id that is text', (d) => void (first(d, 'trips')['id'] = 'one'), /trips #1, id: must be a whole number\./],
  ['a table no journal has', (d) => void (d.tables['bags'] = [{ id: 1 }]), /"bags" is not a table of a Carnet journal\./],
  ['a field no record has', (d) => void (first(d, 'trips')['colour'] = 'red'), /"colour" is not a field of trips\./],
  ['a record that is a list', (d) => void ((d.tables['trips'] as unknown[])[0] = [1, 2]), /trips #1: must be a record/],
  ['a price entry of zero', (d) => void (first(d, 'price_entries')['price_minor'] = 0), /price entries #1 \(id \d+\), price minor: Enter the price you saw: more than zero\./],
  ['a price seen in country X1', (d) => void (first(d, 'price_entries')['country'] = 'X1'), /country: Use a two-letter country code/],
  ['a store group member not in the file', (d) => void (first(d, 'store_group_members')['boutique_id'] = 999), /store group members #1, boutique id: points at boutiques 999/],
  ['an export from a newer format', (d) => void ((d as unknown as Record<string, unknown>)['version'] = 99), /This export format version is not one this Carnet reads/],
  ['an export from a newer Carnet', (d) => void (d as unknown as { migrations: string[] }).migrations.push('999-future'), /exported by a newer version of Carnet \(it has 999-future\)/],
  ['not a Carnet export', (d) => void ((d as unknown as Record<string, unknown>)['format'] = 'other'), /This is not a Carnet export/],
];

/** Imports `content` corrupted by `corrupt` into a fresh journal: refused as invalid input, saying `message`, the file byte-identical. */
function refusesUnchanged(content: string, corrupt: (d: Doc) => void, message: RegExp): void {
  const target = harness({ clock });
  target.call('settings.update', { theme: 'dark' });
  const before = fileHash(target.journal.path);
  const doc = JSON.parse(content) as Doc;
  corrupt(doc);
  const err = target.fail('data.importJson', { content: JSON.stringify(doc), replace: true });
  expect(err.code).toBe('invalid_input');
  expect([err.message, ...(err.issues ?? []).map((i) => i.message)].join('\n')).toMatch(message);
  expect(fileHash(target.journal.path)).toBe(before);
}

describe('JSON import follows the channels’ rules', () => {
  const source = harness({ clock });
  seedJournal(source.dispatch);
  const content = source.call('data.exportJson', undefined).content;

  for (const [kind, corrupt, message] of CORRUPTIONS) {
    it(`refuses ${kind}, listing the problem, with the journal byte-identical`, () => {
      refusesUnchanged(content, corrupt, message);
    });
  }

  const sample = harness({ clock });
  seedSample(sample.journal);
  const sampleContent = sample.call('data.exportJson', undefined).content;
  for (const [kind, corrupt, message] of SAMPLE_CORRUPTIONS) {
    it(`refuses ${kind} (in the sample journal), with the journal byte-identical`, () => {
      refusesUnchanged(sampleContent, corrupt, message);
    });
  }

  // Any one field of any record set to a hostile value: the import refuses it and changes nothing,
  // or accepts it, and then every screen's reading answers (no internal error) and the journal
  // exports and imports again as it is.
  const HOSTILE: unknown[] = [null, '', -1, 0, 1.5, 1e16, 2 ** 53, 'x'.repeat(400), 'n'.repeat(30_000), '2026-02-30', '2026-13-01', '29:59', 'Mars/Olympus', 'XXXX', 'eur', true, [], {}, 'a\u0000b', 99_999, '1999-01-01', '3000-01-01', 'lost', '=HYPERLINK("x")'];
  const READS = CHANNEL_NAMES.filter((c) => /\.(list|stats|summary|profile|book|status|get)$/.test(c) || c === 'calendar.range');
  const sampleDoc = JSON.parse(sampleContent) as Doc;
  const cells = Object.entries(sampleDoc.tables).flatMap(([table, rows]) => rows.flatMap((row, index) => Object.keys(row).map((column) => ({ table, index, column }))));
  it('refuses or reads whole: one hostile value in any field of any record (fast-check)', () => {
    const target = harness({ clock });
    let accepted = 0;
    fc.assert(
      fc.property(fc.constantFrom(...cells), fc.constantFrom(...HOSTILE), ({ table, index, column }, value) => {
        const doc = JSON.parse(sampleContent) as Doc;
        doc.tables[table]![index]![column] = value;
        const before = fileHash(target.journal.path);
        const r = target.dispatch('data.importJson', { content: JSON.stringify(doc), replace: true });
        if (!r.ok) {
          expect(r.error.code, `${table}.${column} = ${JSON.stringify(value).slice(0, 40)}: ${r.error.message}`).toBe('invalid_input');
          expect(fileHash(target.journal.path)).toBe(before);
          return;
        }
        accepted++;
        for (const channel of READS) {
          const read = target.dispatch(channel, channel === 'calendar.range' ? { from: '2026-11-30', to: '2027-01-11', zone: 'Europe/Paris' } : undefined);
          if (!read.ok) expect(read.error.code, `${channel} after ${table}.${column} = ${JSON.stringify(value).slice(0, 40)}: ${read.error.message}`).not.toBe('internal');
        }
        const again = target.call('data.exportJson', undefined).content;
        target.call('data.importJson', { content: again, replace: true });
      }),
      // A fixed seed keeps the run the same everywhere; RUNS=600 SEED=n explore further (found none).
      { numRuns: Number(process.env['RUNS'] ?? 60), seed: Number(process.env['SEED'] ?? 20261204) },
    );
    expect(accepted).toBeGreaterThan(0);
  }, 180_000);

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
