/**
 * Listens to the desktop shell: the application menu (View › Trips, File › New Trip…), a
 * notification click or a file opened with the app asks the page to show a route. In the web
 * harness there is no shell and this does nothing.
 */
import type { CarnetShell } from '../../../shared/navigation';
import { isAppRoute } from '../../../shared/navigation';
import { navigate } from './router';

declare global {
  interface Window {
    /** Exposed by the Electron preload only. */
    readonly carnetShell?: CarnetShell;
  }
}

/** `onChanged` runs when the journal changed outside the page (e.g. the theme picked in the menu). */
export function connectShell(onChanged: () => void): () => void {
  const shell = window.carnetShell;
  if (!shell) return () => {};
  const offNavigate = shell.onNavigate((route) => {
    if (isAppRoute(route)) navigate(route);
  });
  const offChanged = shell.onChanged(onChanged);
  return () => {
    offNavigate();
    offChanged();
  };
}
