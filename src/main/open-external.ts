/**
 * The one audited way to open something outside Carnet: a web page in the user's browser.
 * Only http and https are allowed — never file:, smb:, custom schemes or anything a system
 * handler would run — and only a URL without embedded credentials. The lint setup (oxlint,
 * .oxlintrc.json) bans calling shell.openExternal anywhere but here.
 */
import { shell } from 'electron';

const MAX_LENGTH = 2048;

/** The normalized URL to open, or null when it is not a plain http(s) address. */
export function externalUrl(raw: unknown): string | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_LENGTH) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return null;
  if (url.username || url.password || !url.hostname) return null;
  // The parsed, re-serialized form: what the browser opens is exactly what was checked.
  return url.href;
}

/** Opens an http(s) address in the user's browser; answers whether it did. */
export async function openExternal(raw: unknown): Promise<boolean> {
  const url = externalUrl(raw);
  if (!url) return false;
  try {
    await shell.openExternal(url);
    return true;
  } catch {
    return false;
  }
}
