/**
 * Hash routes ('#/trips/12'): the app has a handful of screens and no server, so a hash
 * router is enough and survives reloads in Electron (file://) and in the web harness alike.
 */
import { useSyncExternalStore } from 'react';

const subscribe = (notify: () => void) => {
  window.addEventListener('hashchange', notify);
  return () => window.removeEventListener('hashchange', notify);
};

const current = () => window.location.hash.replace(/^#/, '') || '/';

export function useRoute(): string[] {
  const path = useSyncExternalStore(subscribe, current);
  return path.split('/').filter(Boolean);
}

export function navigate(path: string): void {
  window.location.hash = path;
}

export const href = (path: string): string => `#${path}`;
