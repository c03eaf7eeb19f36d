/**
 * The one message the main process may send the page: "go to this route" (from the application
 * menu, a notification click, a file opened with the app). It travels on a fixed channel, one
 * way, and both ends check it is one of the app's own hash routes ('/trips', '/trips/new',
 * '/trips/12') — never a URL, a script or anything the page would evaluate.
 */

export const NAVIGATE_CHANNEL = 'carnet-shell:navigate';
/** "The journal changed outside the page" (a theme picked in the menu…): the page re-reads. No payload. */
export const CHANGED_CHANNEL = 'carnet-shell:changed';

// Lower-case segments of letters, digits and dashes: all the app's routes, and nothing that a
// browser would read as another origin, a scheme, a query or a path outside the hash.
const ROUTE = /^\/(?:[a-z0-9][a-z0-9-]{0,63}(?:\/[a-z0-9][a-z0-9-]{0,63}){0,4})?$/;

export function isAppRoute(value: unknown): value is string {
  return typeof value === 'string' && value.length <= 200 && ROUTE.test(value);
}

/** What the preload exposes as `window.carnetShell`. */
export interface CarnetShell {
  /** Calls `callback` with each route the main process asks for; returns an unsubscribe function. */
  onNavigate(callback: (route: string) => void): () => void;
  /** Calls `callback` (with no argument) when the journal changed outside the page. */
  onChanged(callback: () => void): () => void;
}

/**
 * The screens the application menu opens (View menu) and the record forms it starts (File menu).
 * Routes follow the renderer's sections registry; `/<section>/new` asks a screen to open its
 * "new record" form.
 */
export const menuSections = [
  { label: 'Calendar', route: '/calendar' },
  { label: 'Dashboard', route: '/dashboard' },
  { label: 'Trips', route: '/trips' },
  { label: 'Appointments', route: '/appointments' },
  { label: 'Contacts', route: '/contacts' },
  { label: 'Purchases', route: '/purchases' },
  { label: 'Special Orders', route: '/special-orders' },
  { label: 'Offers', route: '/offers' },
] as const;

export const SETTINGS_ROUTE = '/settings';

export const newRecordRoutes = {
  trip: '/trips/new',
  contact: '/contacts/new',
  purchase: '/purchases/new',
} as const;
