/**
 * Who may talk to the main process: only the app's own page, in its top-level frame. Pure (no
 * Electron at run time) so it is tested under Node with fake events.
 */

/** The part of an IPC event this check reads (Electron's IpcMainInvokeEvent has it). */
export interface SenderEventLike {
  senderFrame: { url: string; parent: unknown } | null | undefined;
}

/**
 * The app's page: in a build, the exact file `out/renderer/index.html` (so no other local file
 * a frame might reach is trusted); in development, the dev server's origin.
 */
export type TrustedPage = { kind: 'file'; url: string } | { kind: 'dev-server'; url: string };

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function isTrustedSender(event: SenderEventLike, page: TrustedPage): boolean {
  const frame = event.senderFrame;
  // A destroyed or navigated-away frame has no senderFrame; an iframe has a parent.
  if (!frame || frame.parent !== null) return false;
  const url = parse(frame.url);
  const expected = parse(page.url);
  if (!url || !expected) return false;
  if (page.kind === 'dev-server') {
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === expected.origin;
  }
  // file: URLs have an opaque origin ("null"): compare the file itself, ignoring the hash route.
  return url.protocol === 'file:' && url.host === expected.host && url.pathname === expected.pathname;
}
