/**
 * The native application menu: File (new records, back up, export, import), Edit, View (the
 * screens, zoom, theme), Window and Help, with each platform's conventions — the app menu and
 * ⌘ shortcuts on macOS, Quit under File and About under Help elsewhere. The template is built by
 * a plain function so its shape and shortcuts are tested under Node.
 */
import { Menu, type MenuItemConstructorOptions } from 'electron';
import type { Settings } from '../shared/api/settings';
import { menuSections, newRecordRoutes, SETTINGS_ROUTE } from '../shared/navigation';

/** Screens past ⌘9: Wishlist (L for list) and My collection (M for mine). */
const LETTER_SHORTCUTS: Record<string, string | undefined> = { '/wishlist': 'CmdOrCtrl+Shift+L', '/collection': 'CmdOrCtrl+Shift+M' };

export type Theme = Settings['theme'];

export interface MenuActions {
  /** Shows an app route in the window, e.g. '/trips' or '/trips/new'. */
  navigate(route: string): void;
  setTheme(theme: Theme): void;
  backUp(): void;
  exportJournal(): void;
  importJournal(): void;
  /** Shows the journal file in the system's file manager. */
  revealJournal(): void;
  /** Shows Carnet's log file (failures, without personal data) in the file manager. */
  revealLog(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  appName: string;
  theme: Theme;
  /** Development build: adds reload and the developer tools. */
  developer: boolean;
  actions: MenuActions;
}

const themes: { theme: Theme; label: string }[] = [
  { theme: 'system', label: 'Match System' },
  { theme: 'light', label: 'Light' },
  { theme: 'dark', label: 'Dark' },
];

export function menuTemplate({ platform, appName, theme, developer, actions }: MenuOptions): MenuItemConstructorOptions[] {
  const mac = platform === 'darwin';
  const go = (route: string) => () => actions.navigate(route);
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  const settings: MenuItemConstructorOptions = { id: 'settings', label: mac ? 'Settings…' : 'Settings', accelerator: 'CmdOrCtrl+,', click: go(SETTINGS_ROUTE) };

  const file: MenuItemConstructorOptions = {
    label: mac ? 'File' : '&File',
    submenu: [
      { id: 'new-trip', label: 'New Trip…', accelerator: 'CmdOrCtrl+N', click: go(newRecordRoutes.trip) },
      { id: 'new-contact', label: 'New Contact…', accelerator: 'CmdOrCtrl+Shift+N', click: go(newRecordRoutes.contact) },
      { id: 'new-purchase', label: 'New Purchase…', accelerator: 'CmdOrCtrl+Alt+N', click: go(newRecordRoutes.purchase) },
      sep,
      { id: 'back-up', label: 'Back Up Now', click: () => actions.backUp() },
      { id: 'export', label: 'Export…', click: () => actions.exportJournal() },
      { id: 'import', label: 'Import…', click: () => actions.importJournal() },
      sep,
      ...(mac ? [{ role: 'close' } as const] : [settings, sep, { role: 'quit' } as const]),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: mac ? 'View' : '&View',
    submenu: [
      ...menuSections.map((s, i): MenuItemConstructorOptions => ({
        id: `view-${s.route.slice(1)}`,
        label: s.label,
        // ⌘1…⌘9 in the sidebar's order; the screens after the ninth have a letter of their own.
        accelerator: i < 9 ? `CmdOrCtrl+${i + 1}` : LETTER_SHORTCUTS[s.route],
        click: go(s.route),
      })),
      sep,
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      // "+" needs Shift on most keyboards: also accept the unshifted key, without showing it twice.
      { role: 'zoomIn', accelerator: 'CmdOrCtrl+=', visible: false },
      { role: 'zoomOut' },
      sep,
      {
        id: 'theme',
        label: 'Theme',
        submenu: themes.map((t) => ({
          id: `theme-${t.theme}`,
          label: t.label,
          type: 'radio' as const,
          checked: t.theme === theme,
          click: () => actions.setTheme(t.theme),
        })),
      },
      sep,
      { role: 'togglefullscreen' },
      ...(developer ? [sep, { role: 'reload' } as const, { role: 'toggleDevTools' } as const] : []),
    ],
  };

  const help: MenuItemConstructorOptions = {
    role: 'help',
    label: mac ? 'Help' : '&Help',
    submenu: [
      { id: 'reveal-journal', label: mac ? 'Show Journal in Finder' : 'Show Journal File', click: () => actions.revealJournal() },
      { id: 'reveal-log', label: mac ? 'Show Log in Finder' : 'Show Log File', click: () => actions.revealLog() },
      ...(mac ? [] : [sep, { role: 'about' as const, label: `About ${appName}` }]),
    ],
  };

  return [
    ...(mac
      ? [
          {
            label: appName,
            submenu: [
              { role: 'about' },
              sep,
              settings,
              sep,
              { role: 'services' },
              sep,
              { role: 'hide' },
              { role: 'hideOthers' },
              { role: 'unhide' },
              sep,
              { role: 'quit' },
            ] satisfies MenuItemConstructorOptions[],
          },
        ]
      : []),
    file,
    { role: 'editMenu', label: mac ? 'Edit' : '&Edit' },
    view,
    { role: 'windowMenu', label: mac ? 'Window' : '&Window' },
    help,
  ];
}

export function installMenu(options: MenuOptions): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(menuTemplate(options)));
}
