/**
 * The preload: exposes `window.carnet`, one function per contract channel, and
 * `window.carnetShell` (onNavigate, onChanged), the two messages the main process sends the page — and nothing
 * else (no ipcRenderer, no event objects, no Node). Bundled into one CommonJS file whose only
 * runtime import is 'electron' (a sandboxed preload can require nothing more).
 */
import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { channels, type CarnetApi } from '../shared/api';
import { CHANGED_CHANNEL, isAppRoute, NAVIGATE_CHANNEL, type CarnetShell } from '../shared/navigation';

const api = Object.fromEntries(
  channels.map((channel) => [channel, (input?: unknown) => ipcRenderer.invoke(channel, input)]),
) as unknown as CarnetApi;

// Compile-time proof that every channel is present with its typed signature.
api satisfies CarnetApi;

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
