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
 * The app's screens, once, in navigation order; the first is the home screen. The renderer gives
 * each its icon and page (a screen without one fails to compile there), the application menu
 * lists them (View menu; Settings has its own place), and `/<path>/new` asks a screen to open its
 * "new record" form (File menu).
 */
export const SCREENS = [
  { path: 'calendar', label: 'Calendar' },
  { path: 'dashboard', label: 'Dashboard' },
  { path: 'trips', label: 'Trips' },
  { path: 'appointments', label: 'Appointments' },
  { path: 'contacts', label: 'Contacts' },
  { path: 'purchases', label: 'Purchases' },
  { path: 'special-orders', label: 'Special orders', menuLabel: 'Special Orders' },
  { path: 'offers', label: 'Offers' },
  { path: 'boutiques', label: 'Boutiques' },
  { path: 'wishlist', label: 'Wishlist' },
  { path: 'collection', label: 'My collection', menuLabel: 'My Collection' },
  { path: 'visits', label: 'Store visits', menuLabel: 'Store Visits' },
  { path: 'settings', label: 'Settings' },
] as const satisfies readonly { path: string; label: string; menuLabel?: string }[];

export type ScreenPath = (typeof SCREENS)[number]['path'];

export const SETTINGS_ROUTE = '/settings';

/** The View menu: every screen but Settings (which the app menu or Edit menu holds), in menu title case. */
export const menuSections = SCREENS.filter((s) => s.path !== 'settings').map((s) => ({
  label: 'menuLabel' in s ? s.menuLabel : s.label,
  route: `/${s.path}`,
}));

export const newRecordRoutes = {
  trip: '/trips/new',
  contact: '/contacts/new',
  purchase: '/purchases/new',
} as const;
