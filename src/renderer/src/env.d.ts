import type { CarnetApi } from '../../shared/api';

declare global {
  interface Window {
    /** The contract, exposed by the preload (Electron) or the web harness bridge. */
    readonly carnet: CarnetApi;
  }
}

export {};
