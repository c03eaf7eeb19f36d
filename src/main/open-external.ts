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

/** What the user is asked before Carnet hands an address to the browser. Cancel is the default. */
export function leaveAppDialog(url: string) {
  return {
    type: 'question' as const,
    buttons: ['Open', 'Cancel'],
    defaultId: 1,
    cancelId: 1,
    noLink: true,
    title: 'Open in your browser',
    message: 'Open this address in your browser?',
    detail: url,
  };
}
/** The index of "Open" in leaveAppDialog's buttons. */
export const OPEN_BUTTON = 0;

export type LeaveOutcome = 'opened' | 'cancelled' | 'refused' | 'busy' | 'failed';

/**
 * Opening an address from the page (window.open, a link with target=_blank): only what
 * externalUrl accepts, only after the user confirms the full, normalized address, and one
 * question at a time — a page that asks again while a question is open is refused, not queued.
 */
export function createLeaveApp(confirm: (url: string) => Promise<boolean>, open: (url: string) => Promise<boolean> = openExternal): (raw: unknown) => Promise<LeaveOutcome> {
  let asking = false;
  return async (raw) => {
    const url = externalUrl(raw);
    if (!url) return 'refused';
    if (asking) return 'busy';
    asking = true;
    let yes = false;
    try {
      yes = await confirm(url);
    } catch {
      yes = false;
    } finally {
      asking = false;
    }
    if (!yes) return 'cancelled';
    return (await open(url)) ? 'opened' : 'failed';
  };
}
