/**
 * The only file that knows ipcMain: one handler per contract channel, each checking that the
 * message comes from the app's own top-level page before handing it to dispatch.
 */
import { ipcMain } from 'electron';
import { channels } from '../shared/api';
import type { Result } from '../shared/result';
import type { PageDispatch } from './dispatch';
import { isTrustedSender, type TrustedPage } from './trusted-sender';

export { isTrustedSender, type TrustedPage } from './trusted-sender';

export const refusedSender: Result<never> = {
  ok: false,
  error: { code: 'invalid_input', message: 'This request did not come from Carnet’s own window and was refused.' },
};

export function registerIpc(dispatch: PageDispatch, page: TrustedPage): void {
  for (const channel of channels) {
    ipcMain.handle(channel, (event, payload: unknown): Result<unknown> | Promise<Result<unknown>> => {
      if (!isTrustedSender(event, page)) return refusedSender;
      return dispatch(channel, payload);
    });
  }
}
