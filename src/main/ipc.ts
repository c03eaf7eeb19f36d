/**
 * The only file that knows ipcMain: one handler per contract channel, each checking that the
 * message comes from the app's own top-level page before handing it to dispatch.
 */
import { ipcMain, type IpcMainInvokeEvent } from 'electron';
import { channels } from '../shared/api';
import type { Result } from '../shared/result';
import type { Dispatch } from './dispatch';

/** The page is loaded from the app's own files (or the dev server in development). */
export function isTrustedSender(event: IpcMainInvokeEvent, devServerUrl: string | undefined): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false; // only the top-level frame, never an iframe
  let url: URL;
  try {
    url = new URL(frame.url);
  } catch {
    return false;
  }
  if (devServerUrl) return url.origin === new URL(devServerUrl).origin;
  return url.protocol === 'file:';
}

export function registerIpc(dispatch: Dispatch, devServerUrl: string | undefined): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown): Result<unknown> => {
      if (!isTrustedSender(event, devServerUrl)) {
        return { ok: false, error: { code: 'invalid_input', message: 'This request did not come from Carnet’s own window and was refused.' } };
      }
      return dispatch(channel, payload);
    });
  }
}
