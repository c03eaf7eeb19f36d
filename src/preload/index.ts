/**
 * The preload: exposes `window.carnet`, one function per contract channel, and nothing else.
 * Bundled into one CommonJS file whose only runtime import is 'electron' (a sandboxed preload
 * can require nothing more). The channel list comes from the contract itself.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { channels, type CarnetApi } from '../shared/api';

const api = Object.fromEntries(
  channels.map((channel) => [channel, (input?: unknown) => ipcRenderer.invoke(channel, input)]),
) as unknown as CarnetApi;

// Compile-time proof that every channel is present with its typed signature.
api satisfies CarnetApi;

contextBridge.exposeInMainWorld('carnet', Object.freeze(api));
