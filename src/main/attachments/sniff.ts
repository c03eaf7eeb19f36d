/**
 * What a file is, from its first bytes (never from its name: an .exe named bag.jpg is refused),
 * and a name that is safe to show.
 */

export type SourceType = 'image/jpeg' | 'image/png' | 'image/webp' | 'image/heic' | 'image/avif' | 'application/pdf';

const startsWith = (bytes: Uint8Array, sig: readonly number[], at = 0): boolean =>
  bytes.length >= at + sig.length && sig.every((b, i) => bytes[at + i] === b);
const ascii = (bytes: Uint8Array, from: number, to: number): string => String.fromCharCode(...bytes.subarray(from, to));

/** HEIF brands: HEVC-coded (what iPhones write) and AV1-coded (AVIF). */
const HEVC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis', 'hevm', 'hevs']);
const AVIF_BRANDS = new Set(['avif', 'avis']);

function heifType(bytes: Uint8Array): SourceType | null {
  // ISO BMFF: [size:4]['ftyp'][major brand:4][minor:4][compatible brands:4 each]
  if (bytes.length < 16 || ascii(bytes, 4, 8) !== 'ftyp') return null;
  const size = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  const end = Math.min(bytes.length, Math.max(16, Math.min(size, 256)));
  const brands = [ascii(bytes, 8, 12)];
  for (let at = 16; at + 4 <= end; at += 4) brands.push(ascii(bytes, at, at + 4));
  if (brands.some((b) => AVIF_BRANDS.has(b))) return 'image/avif';
  if (brands.some((b) => HEVC_BRANDS.has(b))) return 'image/heic';
  // 'mif1' alone is a still-image HEIF whose coding only the decoder can tell: try HEVC.
  if (brands.includes('mif1') || brands.includes('msf1')) return 'image/heic';
  return null;
}

export function sniff(bytes: Uint8Array): SourceType | null {
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8)) return 'image/webp';
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'application/pdf'; // %PDF-
  return heifType(bytes);
}

/**
 * The name as shown: the last part of any path (a name holding ../ or C:\ is only a name here),
 * without control or bidirectional-override characters, at most 200 characters. The name is
 * never used to build a path: stored files are named by their SHA-256.
 */
export function safeName(name: string, fallback: string): string {
  const last = name.split(/[\\/]/).pop() ?? '';
  // eslint-disable-next-line no-control-regex
  const clean = last.replace(/[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').trim();
  const shown = clean === '' || clean === '.' || clean === '..' ? fallback : clean;
  return shown.length > 200 ? shown.slice(0, 200) : shown;
}
