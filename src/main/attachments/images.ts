/**
 * A photo made ready to keep: decoded (HEIC through libheif's WebAssembly build, since sharp's
 * prebuilt binaries carry no HEVC decoder; the rest through sharp), turned upright by its EXIF
 * orientation, and re-encoded without any metadata (no GPS position, camera serial number or
 * capture software), plus two renditions made once: a thumbnail for strips and lists, a
 * screen-size one for the lightbox. sharp works on libuv's thread pool, off the main thread.
 */
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type { Sharp, SharpConstructor } from 'sharp';
import { DomainError } from '../../shared/result';
import type { StoredType } from '../../shared/api/attachments';
import type { SourceType } from './sniff';

/** 120 megapixels: above any phone or camera a client carries; a larger "photo" is a decompression bomb. */
const MAX_PIXELS = 120_000_000;
export const THUMB_EDGE = 480;
export const SCREEN_EDGE = 2048;

export interface PreparedPhoto {
  stored: Buffer;
  mime: StoredType;
  width: number;
  height: number;
  thumbnail: Buffer;
  screen: Buffer;
}

const damaged = (what: string) =>
  new DomainError('invalid_input', `This ${what} is damaged or incomplete, so Carnet could not read it; nothing was added.`, [
    { path: ['data'], message: `This ${what} is damaged or incomplete, so Carnet could not read it; nothing was added.` },
  ]);

const tooManyPixels = () =>
  new DomainError('invalid_input', 'This photo is larger than 120 megapixels; Carnet keeps photos up to that size.', [
    { path: ['data'], message: 'This photo is larger than 120 megapixels; Carnet keeps photos up to that size.' },
  ]);

/**
 * sharp (libvips, a native library) is loaded with the first photo, not when the journal opens:
 * starting Carnet, and every process that only reads the journal, do without it.
 */
let sharpModule: SharpConstructor | null = null;
const loadSharp = async (): Promise<SharpConstructor> => (sharpModule ??= (await import('sharp')).default);

/**
 * libheif is WebAssembly: it would decode on the main thread and hold every other request for a
 * second or two. It runs in a worker thread instead, one per photo, which loads heic-decode from
 * where this process resolves it (inside the app's asar too).
 */
const HEIC_WORKER = `
const { parentPort, workerData } = require('node:worker_threads');
const decode = require(workerData.modulePath);
decode({ buffer: workerData.bytes }).then(
  (image) => parentPort.postMessage({ ok: true, width: image.width, height: image.height, data: image.data }, [image.data.buffer]),
  (err) => parentPort.postMessage({ ok: false, reason: String(err && err.message) }),
);
`;

export type HeicResult = { ok: true; width: number; height: number; data: Uint8ClampedArray } | { ok: false; reason: string };

/** Exported for the test that shows libheif itself ran (not a worker that failed to start). */
export function decodeHeicInWorker(bytes: Buffer): Promise<HeicResult> {
  // A worker thread may not read inside the asar: heic-decode and libheif-js are unpacked beside it.
  const modulePath = createRequire(import.meta.url).resolve('heic-decode').replace(/([\\/])app\.asar([\\/])/, '$1app.asar.unpacked$2');
  return new Promise((resolve) => {
    const worker = new Worker(HEIC_WORKER, { eval: true, workerData: { modulePath, bytes: new Uint8Array(bytes) } });
    worker.once('message', (m: HeicResult) => {
      resolve(m);
      void worker.terminate();
    });
    worker.once('error', (err) => resolve({ ok: false, reason: `worker: ${err.message}` }));
    worker.once('exit', () => resolve({ ok: false, reason: 'worker: ended without an answer' }));
  });
}

/** HEIC to raw RGBA. libheif applies the container's rotation and mirroring itself. */
async function decodeHeic(sharp: SharpConstructor, bytes: Buffer): Promise<Sharp> {
  const image = await decodeHeicInWorker(bytes);
  if (!image.ok) throw damaged('HEIC photo');
  if (image.width * image.height > MAX_PIXELS) throw tooManyPixels();
  return sharp(Buffer.from(image.data.buffer, image.data.byteOffset, image.data.byteLength), {
    raw: { width: image.width, height: image.height, channels: 4 },
  });
}

const STORED_AS: Record<Exclude<SourceType, 'application/pdf'>, StoredType> = {
  'image/jpeg': 'image/jpeg',
  'image/png': 'image/png',
  'image/webp': 'image/webp',
  // Neither HEIC nor AVIF shows in every viewer a backup may be opened with: kept as JPEG.
  'image/heic': 'image/jpeg',
  'image/avif': 'image/jpeg',
};

const WORDS: Record<Exclude<SourceType, 'application/pdf'>, string> = {
  'image/jpeg': 'JPEG photo',
  'image/png': 'PNG image',
  'image/webp': 'WebP image',
  'image/heic': 'HEIC photo',
  'image/avif': 'AVIF photo',
};

export async function preparePhoto(bytes: Buffer, type: Exclude<SourceType, 'application/pdf'>): Promise<PreparedPhoto> {
  const sharp = await loadSharp();
  try {
    // failOn 'warning' (sharp's default, said here on purpose): a truncated JPEG is refused, not half-kept.
    const source = type === 'image/heic' ? await decodeHeic(sharp, bytes) : sharp(bytes, { failOn: 'warning', limitInputPixels: MAX_PIXELS });
    // Upright first, once; then every output is encoded from the same pixels. No keepMetadata /
    // withMetadata anywhere: sharp writes no EXIF, XMP or IPTC unless asked (the ICC profile is
    // converted to sRGB instead of being kept).
    const upright = source.autoOrient();
    const { data: pixels, info } = await upright.toColourspace('srgb').raw().toBuffer({ resolveWithObject: true });
    const base = () => sharp(pixels, { raw: { width: info.width, height: info.height, channels: info.channels } });
    const mime = STORED_AS[type];
    const encodeStored = () =>
      mime === 'image/png'
        ? base().png({ compressionLevel: 9 }).toBuffer()
        : mime === 'image/webp'
          ? base().webp({ quality: 90 }).toBuffer()
          : base().flatten({ background: '#ffffff' }).jpeg({ quality: 90 }).toBuffer();
    // effort 2 of 6: WebP's slower settings buy a few per cent of size for seconds on a 12 MP photo.
    const rendition = (edge: number, quality: number) =>
      base().resize({ width: edge, height: edge, fit: 'inside', withoutEnlargement: true }).webp({ quality, effort: 2 }).toBuffer();
    const [stored, thumbnail, screen] = await Promise.all([encodeStored(), rendition(THUMB_EDGE, 72), rendition(SCREEN_EDGE, 82)]);
    return { stored, mime, width: info.width, height: info.height, thumbnail, screen };
  } catch (err) {
    if (err instanceof DomainError) throw err;
    const message = err instanceof Error ? err.message : '';
    if (/pixel limit/i.test(message)) throw tooManyPixels();
    throw damaged(WORDS[type]);
  }
}

/** A PDF is kept as it came; "ends with %%EOF" catches a file cut short in a copy or a download. */
export function checkPdf(bytes: Buffer): void {
  const tail = bytes.subarray(Math.max(0, bytes.length - 2048)).toString('latin1');
  if (!tail.includes('%%EOF')) throw damaged('PDF');
}
