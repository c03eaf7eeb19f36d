/**
 * The preload: exposes `window.carnet`, one function per contract channel, and
 * `window.carnetShell` (onNavigate, onChanged), the two messages the main process sends the page — and nothing
 * else (no ipcRenderer, no event objects, no Node). Bundled into one CommonJS file whose only
 * runtime import is 'electron' (a sandboxed preload can require nothing more).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import type { CarnetApi, Channel } from '../shared/api';
// Only the names: importing the contract itself would bundle zod and every schema into the preload.
import { CHANNEL_NAMES } from '../shared/api/channel-names';
import { CHANGED_CHANNEL, isAppRoute, NAVIGATE_CHANNEL, type CarnetShell } from '../shared/navigation';

/**
 * One function per channel. The main process's dispatch answers each with the Result its
 * contract entry declares, which is what `CarnetApi[C]` says; that the list names every channel
 * of the contract is proven where it is generated (channel-names.ts fails to compile otherwise)
 * and by a unit test against the contract's keys.
 */
const invoker = <C extends Channel>(channel: C) => ((input?: unknown) => ipcRenderer.invoke(channel, input)) as CarnetApi[C];
const api = Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, invoker(channel)])) as CarnetApi;

const shell: CarnetShell = {
  onNavigate(callback) {
    if (typeof callback !== 'function') throw new TypeError('onNavigate needs a function.');
    // The page gets the route string only, and only when it is one of the app's routes.
    const listener = (_event: IpcRendererEvent, route: unknown) => {
      if (isAppRoute(route)) callback(route);
    };
    ipcRenderer.on(NAVIGATE_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(NAVIGATE_CHANNEL, listener);
    };
  },
  onChanged(callback) {
    if (typeof callback !== 'function') throw new TypeError('onChanged needs a function.');
    const listener = () => callback();
    ipcRenderer.on(CHANGED_CHANNEL, listener);
    return () => {
      ipcRenderer.removeListener(CHANGED_CHANNEL, listener);
    };
  },
};

contextBridge.exposeInMainWorld('carnet', Object.freeze(api));
contextBridge.exposeInMainWorld('carnetShell', Object.freeze(shell));
