/**
 * Photos and documents on records: real SQLite journals and real files in temporary folders,
 * real image bytes made with sharp.
 */
import fs from 'node:fs';
import path from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { createAsyncDispatch } from '../../src/main/dispatch';
import { storeOf } from '../../src/main/journal/attachments';
import { decodeHeicInWorker } from '../../src/main/attachments/images';
import { sha256 } from '../../src/main/attachments/store';
import { safeName, sniff } from '../../src/main/attachments/sniff';
import type { Attachment, AttachmentCheck, AttachmentView } from '../../src/shared/api/attachments';
import type { CarnetError, Result } from '../../src/shared/result';
import { contentHash, harness } from './helpers';

/** A JPEG as a phone writes it: GPS position, maker, model and serial number, orientation 6 (turned). */
async function phoneJpeg(width = 120, height = 80): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, background: '#c8a070' } })
    .jpeg({ quality: 85 })
    .withMetadata({ orientation: 6 })
    .withExif({
      IFD0: { Make: 'Apple', Model: 'iPhone 15 Pro', Software: 'Carnet-test-17.1' },
      IFD2: { BodySerialNumber: 'SERIAL-F2LXQ9', DateTimeOriginal: '2026:11:20 14:03:00' },
      IFD3: { GPSLatitudeRef: 'N', GPSLatitude: '48/1 52/1 12/1', GPSLongitudeRef: 'E', GPSLongitude: '2/1 19/1 30/1' },
    })
    .toBuffer();
}

const pdf = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1');

function setup() {
  const h = harness({ clock: () => new Date('2026-11-23T10:00:00.000Z') });
  const later = createAsyncDispatch(h.journal);
  const purchase = h.call('purchases.create', {
    day: '2026-11-20',
    currency: 'EUR',
    items: [{ category: 'bag', description: 'Picotin 18 Clemence Gold', priceMinor: 317000 }],
  });
  async function add(input: Record<string, unknown>): Promise<Result<Attachment>> {
    return (await later('attachments.add', { recordKind: 'purchase', recordId: purchase.id, name: 'IMG_0412.JPG', ...input })) as Result<Attachment>;
  }
  async function added(bytes: Buffer, input: Record<string, unknown> = {}): Promise<Attachment> {
    const r = await add({ data: bytes.toString('base64'), ...input });
    if (!r.ok) throw new Error(`attachments.add failed: ${r.error.message}`);
    return r.value;
  }
  async function refused(bytes: Buffer, input: Record<string, unknown> = {}): Promise<CarnetError> {
    const before = contentHash(h.journal);
    const r = await add({ data: bytes.toString('base64'), ...input });
    if (r.ok) throw new Error('attachments.add should have refused the file');
    expect(contentHash(h.journal)).toBe(before);
    return r.error;
  }
  return { ...h, purchase, add, added, refused, store: storeOf(h.journal) };
}

describe('attachments: adding a photo', () => {
  it('keeps the photo upright and without its GPS position, device or serial number; renditions made once', async () => {
    const { added, store, call } = setup();
    const original = await phoneJpeg(120, 80);
    const before = await sharp(original).metadata();
    expect(before.exif?.toString('latin1')).toContain('iPhone 15 Pro');
    expect(before.orientation).toBe(6);

    const a = await added(original, { caption: 'The Picotin at the counter' });
    expect(a).toMatchObject({ kind: 'photo', mime: 'image/jpeg', sourceMime: 'image/jpeg', width: 80, height: 120, isCover: true, problem: null, caption: 'The Picotin at the counter' });
    expect(a.thumbnail).toMatch(/^data:image\/webp;base64,/);

    const kept = store.read(a.sha256)!;
    expect(sha256(kept)).toBe(a.sha256);
    const meta = await sharp(kept).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(meta.iptc).toBeUndefined();
    expect(meta.orientation ?? 1).toBe(1);
    expect([meta.width, meta.height]).toEqual([80, 120]);
    const text = kept.toString('latin1');
    for (const trace of ['GPS', 'iPhone', 'Apple', 'SERIAL-F2LXQ9', 'Carnet-test']) expect(text).not.toContain(trace);
    for (const r of ['thumb', 'screen'] as const) expect((await sharp(store.read(a.sha256, r)!).metadata()).exif).toBeUndefined();

    const view = call('attachments.get', { id: a.id }) as AttachmentView;
    expect(view.screen).toMatch(/^data:image\/webp;base64,/);
  });

  it('stores a photo added twice once, and removes the file only when its last attachment goes', async () => {
    const { added, store, call } = setup();
    const bytes = await phoneJpeg();
    const one = await added(bytes);
    const two = await added(bytes, { name: 'copy.jpg' });
    expect(two.sha256).toBe(one.sha256);
    expect(two.isCover).toBe(false);
    const folder = path.dirname(store.pathOf(one.sha256));
    expect(fs.readdirSync(folder).sort()).toEqual([one.sha256, `${one.sha256}.screen.webp`, `${one.sha256}.thumb.webp`]);

    call('attachments.delete', { id: one.id });
    expect(store.intact(one.sha256)).toBe(true);
    // The cover passes to the photo that is left.
    expect(call('attachments.list', { recordKind: 'purchase', recordId: two.recordId }).map((a) => [a.id, a.isCover])).toEqual([[two.id, true]]);
    call('attachments.delete', { id: two.id });
    expect(store.has(one.sha256)).toBe(false);
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('keeps captions, days and one cover per record', async () => {
    const { added, call, fail } = setup();
    const a = await added(await phoneJpeg());
    const b = await added(await phoneJpeg(60, 60));
    const d = await added(pdf, { name: 'facture.pdf' });
    expect(d).toMatchObject({ kind: 'document', mime: 'application/pdf', thumbnail: null, isCover: false, width: null });
    expect(call('attachments.update', { id: b.id, isCover: true, caption: '  Receipt  ', takenOn: '2026-11-20' })).toMatchObject({ isCover: true, caption: 'Receipt', takenOn: '2026-11-20' });
    expect(call('attachments.list', { recordKind: 'purchase', recordId: a.recordId }).map((x) => x.isCover)).toEqual([false, true, false]);
    expect(fail('attachments.update', { id: d.id, isCover: true }).message).toBe('A document cannot be the cover; choose a photo.');
    expect(fail('attachments.update', { id: a.id, takenOn: '2026-02-30' }).message).toBe('Enter a real calendar day like 2026-12-07.');
    expect(call('attachments.covers', { recordKind: 'purchase', recordIds: [a.recordId, 999] })).toEqual({ [a.recordId]: expect.stringMatching(/^data:image\/webp/) });
  });
});

describe('attachments: refusals, each with a sentence, nothing written', () => {
  it('refuses by content, never by name: an .exe named .jpg, a zero-byte file, a truncated JPEG, a cut PDF', async () => {
    const { refused, store } = setup();
    const exe = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(2000, 7)]);
    expect((await refused(exe, { name: 'bag.jpg' })).message).toBe('This file is not a photo or a PDF Carnet can read (JPEG, PNG, WebP, HEIC, AVIF or PDF), whatever its name says; nothing was added.');
    expect((await refused(Buffer.alloc(0))).message).toBe('This file is empty (0 bytes); there is nothing to add.');
    const jpeg = await sharp({ create: { width: 400, height: 300, channels: 3, background: '#336699' } }).jpeg().toBuffer();
    expect((await refused(jpeg.subarray(0, Math.floor(jpeg.length / 2)))).message).toBe('This JPEG photo is damaged or incomplete, so Carnet could not read it; nothing was added.');
    expect((await refused(pdf.subarray(0, 30), { name: 'scan.pdf' })).message).toBe('This PDF is damaged or incomplete, so Carnet could not read it; nothing was added.');
    const heicHeader = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(500, 1)]);
    expect((await refused(heicHeader, { name: 'IMG_2201.HEIC' })).message).toBe('This HEIC photo is damaged or incomplete, so Carnet could not read it; nothing was added.');
    expect(fs.existsSync(store.root) ? fs.readdirSync(store.root, { recursive: true }).filter((f) => !fs.statSync(path.join(store.root, String(f))).isDirectory()) : []).toEqual([]);
  });

  it('refuses a file above 50 MB with its size, and a record that does not exist', async () => {
    const { refused, add } = setup();
    const big = Buffer.alloc(50.6 * 1024 * 1024);
    big.set([0xff, 0xd8, 0xff], 0);
    expect((await refused(big)).message).toBe('This file is 50.6 MB; Carnet keeps files up to 50 MB.');
    const huge = await add({ data: 'A'.repeat(80 * 1024 * 1024) });
    expect(huge.ok ? null : huge.error.message).toBe('This file is larger than 50 MB; Carnet keeps files up to 50 MB.');
    const r = await add({ recordId: 999, data: (await phoneJpeg()).toString('base64') });
    expect(r.ok ? null : r.error.message).toBe('Purchase 999 does not exist (it may have been deleted).');
    const wrongKind = await add({ recordKind: 'boutique', data: 'AAAA' });
    expect(wrongKind.ok ? null : wrongKind.error.code).toBe('invalid_input');
  });

  it('shows a name holding ../ or control characters as a plain name; the stored file is named by its hash', async () => {
    expect(safeName('../../etc/passwd', 'photo')).toBe('passwd');
    expect(safeName('C:\\Users\\me\\IMG\u0000_1\u202e.jpg', 'photo')).toBe('IMG_1.jpg');
    expect(safeName('..', 'photo')).toBe('photo');
    const { added, store } = setup();
    const a = await added(await phoneJpeg(), { name: '../../../outside\n.jpg' });
    expect(a.name).toBe('outside.jpg');
    expect(store.pathOf(a.sha256).startsWith(store.root + path.sep)).toBe(true);
  });

  it('decodes HEIC in a worker thread where libheif itself answers (not a worker that failed to start)', async () => {
    const heicHeader = Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), Buffer.alloc(500, 1)]);
    expect(await decodeHeicInWorker(heicHeader)).toEqual({ ok: false, reason: 'HEIF image not found' });
  });

  it('sniffs HEIC, AVIF, PNG, WebP and PDF by their first bytes', async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 4, background: '#00000000' } }).png().toBuffer();
    const webp = await sharp(png).webp().toBuffer();
    const avif = await sharp(png).avif().toBuffer();
    expect([sniff(png), sniff(webp), sniff(avif), sniff(pdf)]).toEqual(['image/png', 'image/webp', 'image/avif', 'application/pdf']);
    expect(sniff(Buffer.from('\0\0\0\x18ftypheic\0\0\0\0mif1heic', 'latin1'))).toBe('image/heic');
    expect(sniff(Buffer.from('GIF89a'))).toBeNull();
  });

  it('is answered only through the asynchronous door (the sync dispatch refuses before decoding)', () => {
    const { fail } = setup();
    expect(fail('attachments.add', { recordKind: 'purchase', recordId: 1, name: 'a.jpg', data: 'AAAA' }).code).toBe('invalid_input');
  });
});

describe('attachments: records and files', () => {
  it('removes a deleted record’s attachments with it, and keeps a file another record still uses', async () => {
    const { added, call, store, journal } = setup();
    const bytes = await phoneJpeg();
    const onPurchase = await added(bytes);
    const trip = call('trips.create', { title: 'Paris, November', city: 'Paris', startDay: '2026-11-19', endDay: '2026-11-22' });
    const later = createAsyncDispatch(journal);
    const onTrip = (await later('attachments.add', { recordKind: 'trip', recordId: trip.id, name: 'same.jpg', data: bytes.toString('base64') })) as Result<Attachment>;
    expect(onTrip.ok).toBe(true);
    call('purchases.delete', { id: onPurchase.recordId });
    expect(journal.sqlite.prepare("SELECT count(*) FROM attachments WHERE record_kind = 'purchase'").pluck().get()).toBe(0);
    expect(call('attachments.list', { recordKind: 'trip', recordId: trip.id })).toHaveLength(1);
    expect(store.intact(onPurchase.sha256)).toBe(true);
  });

  it('lists what is missing or damaged instead of showing a broken image', async () => {
    const { added, call, store } = setup();
    const a = await added(await phoneJpeg());
    const b = await added(pdf, { name: 'détaxe.pdf' });
    expect(call('attachments.check', undefined)).toEqual({ checked: 2, problems: [] });
    fs.rmSync(store.pathOf(a.sha256));
    fs.writeFileSync(store.pathOf(b.sha256), Buffer.from(pdf.toString('latin1').replace('Catalog', 'Catalof'), 'latin1'));
    const check = call('attachments.check', undefined) as AttachmentCheck;
    expect(check.problems).toEqual([
      { id: a.id, recordKind: 'purchase', recordId: a.recordId, recordLabel: `Purchase ${a.recordId}`, name: 'IMG_0412.JPG', problem: 'missing' },
      { id: b.id, recordKind: 'purchase', recordId: b.recordId, recordLabel: `Purchase ${b.recordId}`, name: 'détaxe.pdf', problem: 'damaged' },
    ]);
    const list = call('attachments.list', { recordKind: 'purchase', recordId: a.recordId });
    expect(list.map((x) => [x.problem, x.thumbnail])).toEqual([['missing', null], [null, null]]);
  });
});

describe('attachments: the JSON export', () => {
  it('carries the attachments’ descriptions, so export → import → export is identical (the files stay in the folder)', async () => {
    const { added, call, purchase } = setup();
    await added(await phoneJpeg(), { caption: 'At the counter', takenOn: '2026-11-20' });
    await added(pdf, { name: 'détaxe.pdf' });
    const first = call('data.exportJson', undefined).content;
    const doc = JSON.parse(first) as { tables: Record<string, Record<string, unknown>[]> };
    expect(doc.tables['attachments']!.map((r) => [r['record_kind'], r['record_id'], r['original_name'], r['caption'], r['is_cover']])).toEqual([
      ['purchase', purchase.id, 'IMG_0412.JPG', 'At the counter', 1],
      ['purchase', purchase.id, 'détaxe.pdf', null, 0],
    ]);
    const target = harness({ clock: () => new Date('2026-11-23T10:00:00.000Z') });
    expect(target.call('data.importJson', { content: first }).tables['attachments']).toBe(2);
    expect(target.call('data.exportJson', undefined).content).toBe(first);
    // The new journal's folder has no files yet: it says so instead of showing broken images.
    expect(target.call('attachments.check', undefined).problems.map((p) => p.problem)).toEqual(['missing', 'missing']);
  });
});

describe('attachments: search', () => {
  it('finds a photo by its caption or file name, opening its record; a changed caption is found by its new words only', async () => {
    const { added, call, purchase } = setup();
    const a = await added(await phoneJpeg(), { caption: 'Picotin at the counter' });
    const hits = call('search.query', { query: 'counter' });
    expect(hits.map((h) => [h.kind, h.title.text, h.context, h.link])).toEqual([
      ['attachment', 'Picotin at the counter', 'Photo on purchase · Picotin 18 Clemence Gold', { screen: 'purchases', id: purchase.id }],
    ]);
    expect(call('search.query', { query: 'IMG_0412' }).map((h) => h.kind)).toEqual(['attachment']);
    call('attachments.update', { id: a.id, caption: 'Wrapped in orange' });
    expect(call('search.query', { query: 'counter' })).toEqual([]);
    expect(call('search.query', { query: 'orange' }).map((h) => h.id)).toEqual([a.id]);
    call('purchases.delete', { id: purchase.id });
    expect(call('search.query', { query: 'orange' })).toEqual([]);
  });
});

describe('attachments: corrupted files through the decoders', () => {
  it('answers every damaged JPEG, PNG, WebP, AVIF or HEIC with a photo or a sentence, never a crash, and leaves nothing behind a refusal', { timeout: 120_000 }, async () => {
    const { add, store, journal } = setup();
    const base = sharp({ create: { width: 64, height: 48, channels: 3, background: '#a0522d' } });
    const samples = [
      await base.clone().jpeg().toBuffer(),
      await base.clone().png().toBuffer(),
      await base.clone().webp().toBuffer(),
      await base.clone().avif().toBuffer(),
      Buffer.concat([Buffer.from([0, 0, 0, 24]), Buffer.from('ftypheic\0\0\0\0mif1heic', 'latin1'), (await base.clone().png().toBuffer()).subarray(8)]),
    ];
    const fc = await import('fast-check');
    let accepted = 0;
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.nat(samples.length - 1),
        fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 12 }),
        fc.option(fc.nat(), { nil: null }),
        async (which, flips, cut) => {
          const bytes = Buffer.from(samples[which]!);
          for (const [at, value] of flips) bytes[at % bytes.length] = value;
          const data = cut === null ? bytes : bytes.subarray(0, cut % bytes.length);
          const before = contentHash(journal);
          const r = await add({ data: data.toString('base64') });
          if (r.ok) {
            accepted++;
            expect(store.intact(r.value.sha256)).toBe(true);
          } else {
            refused++;
            expect(r.error.code).toBe('invalid_input');
            expect(r.error.message).toMatch(/^This .+\.$/);
            expect(contentHash(journal)).toBe(before);
          }
        },
      ),
      { numRuns: 150 },
    );
    expect(refused).toBeGreaterThan(10);
    // Whatever was refused left no file: only the accepted photos' files are in the folder.
    const named = new Set((journal.sqlite.prepare('SELECT sha256 FROM attachments').pluck().all() as string[]));
    const files = fs.existsSync(store.root) ? (fs.readdirSync(store.root, { recursive: true }) as string[]).map(String).filter((f) => !fs.statSync(path.join(store.root, f)).isDirectory()) : [];
    expect(files.filter((f) => !named.has(path.basename(f).slice(0, 64)))).toEqual([]);
    expect(accepted + refused).toBe(150);
  });
});
