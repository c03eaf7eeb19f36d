/**
 * Desktop notifications, shown by the main process (the sandboxed page cannot). Thin: it checks
 * the notice, shows an Electron Notification, and on click calls back with the notice's route
 * so the window can open the record it is about.
 */
import { Notification } from 'electron';
import { isAppRoute } from '../shared/navigation';

export interface DesktopNotice {
  title: string;
  body: string;
  /** The app route to open when the notification is clicked, e.g. '/trips/12'. */
  route?: string;
}

const TITLE_MAX = 120;
const BODY_MAX = 400;

const clip = (text: string, max: number): string => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/** The notice as it will be shown, or null when it has nothing to say. */
export function normalizeNotice(notice: DesktopNotice): DesktopNotice | null {
  const title = typeof notice.title === 'string' ? notice.title.trim() : '';
  const body = typeof notice.body === 'string' ? notice.body.trim() : '';
  if (!title) return null;
  const shown: DesktopNotice = { title: clip(title, TITLE_MAX), body: clip(body, BODY_MAX) };
  if (notice.route !== undefined && isAppRoute(notice.route)) shown.route = notice.route;
  return shown;
}

// A notification that is garbage-collected loses its click handler on some platforms: keep each
// one until it is closed.
const live = new Set<Notification>();

/**
 * Shows a desktop notification; answers whether it was shown (false when the system has no
 * notification support or the notice is empty). `onOpen` receives the notice's route on click.
 */
export function showNotification(notice: DesktopNotice, onOpen?: (route: string | undefined) => void): boolean {
  const shown = normalizeNotice(notice);
  if (!shown || !Notification.isSupported()) return false;
  const notification = new Notification({ title: shown.title, body: shown.body });
  live.add(notification);
  notification.on('click', () => onOpen?.(shown.route));
  notification.on('close', () => live.delete(notification));
  notification.on('failed', () => live.delete(notification));
  notification.show();
  return true;
}

/** How many notifications are still held (for tests). */
export const liveNotifications = (): number => live.size;
