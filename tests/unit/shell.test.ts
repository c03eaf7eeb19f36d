/**
 * The desktop shell's logic under plain Node: where the window reopens, the application menu,
 * the routes the main process may send, the command line, notifications and the File menu's
 * import flow. Electron itself is replaced by small fakes; the logic is the app's own.
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { MenuItemConstructorOptions } from 'electron';
import { afterAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDataActions } from '../../src/main/data-actions';
import { routeOfReminder } from '../../src/main/desktop-reminders';
import { backupFilesFrom, journalPathFrom } from '../../src/main/launch-args';
import { installMenu, menuTemplate, type MenuActions } from '../../src/main/menu';
import { liveNotifications, normalizeNotice, showNotification } from '../../src/main/notifications';
import type { Reminder } from '../../src/main/reminders';
import {
  DEFAULT_SIZE,
  loadPlacement,
  MIN_SIZE,
  parseWindowState,
  placeWindow,
  readWindowState,
  trackWindowState,
  writeWindowState,
  type Rect,
  type TrackedWindow,
  type WindowState,
} from '../../src/main/window-state';
import { isAppRoute, menuSections, newRecordRoutes } from '../../src/shared/navigation';
import type { Result } from '../../src/shared/result';

const fake = vi.hoisted(() => ({
  menu: null as unknown,
  notifications: [] as { options: { title: string; body: string }; shown: boolean; emit(e: string): void }[],
  supported: true,
  boxes: [] as { message: string; buttons?: string[] }[],
  answers: [] as number[],
  openPaths: [] as string[],
  revealed: [] as string[],
}));

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class Notification extends Emitter {
    static isSupported = () => fake.supported;
    shown = false;
    constructor(readonly options: { title: string; body: string }) {
      super();
      fake.notifications.push(this as never);
    }
    show() {
      this.shown = true;
    }
  }
  return {
    Notification,
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => {
        fake.menu = menu;
      },
    },
    app: { getPath: () => os.tmpdir() },
    shell: { showItemInFolder: (p: string) => fake.revealed.push(p) },
    dialog: {
      showMessageBox: async (...args: unknown[]) => {
        const options = args.at(-1) as { message: string; buttons?: string[] };
        fake.boxes.push({ message: options.message, buttons: options.buttons });
        return { response: fake.answers.shift() ?? 0 };
      },
      showOpenDialog: async () => ({ canceled: fake.openPaths.length === 0, filePaths: fake.openPaths.splice(0) }),
      showSaveDialog: async () => ({ canceled: true }),
    },
  };
});

const dirs: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-shell-'));
  dirs.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

const laptop: Rect = { x: 0, y: 0, width: 1440, height: 875 };
const external: Rect = { x: 1440, y: -200, width: 2560, height: 1400 };
const state = (bounds: Rect, more: Partial<WindowState> = {}): WindowState => ({ bounds, maximized: false, fullScreen: false, ...more });

describe('window state: where the window reopens', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(placeWindow(null, [laptop], laptop)).toEqual({ width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height, maximized: false, fullScreen: false });
  });

  it('comes back exactly where it was when that display is still there', () => {
    expect(placeWindow(state({ x: 1600, y: 0, width: 1500, height: 1000 }, { maximized: true }), [laptop, external], laptop)).toEqual({
      x: 1600,
      y: 0,
      width: 1500,
      height: 1000,
      maximized: true,
      fullScreen: false,
    });
  });

  it('opens centred on the primary display when the display it was on is gone', () => {
    const placement = placeWindow(state({ x: 1600, y: 0, width: 1500, height: 1000 }), [laptop], laptop);
    expect(placement).toEqual({ width: 1440, height: 875, maximized: false, fullScreen: false });
    expect(placement.x).toBeUndefined();
  });

  it('moves a window hanging off the edge back fully onto its display', () => {
    expect(placeWindow(state({ x: 1000, y: 700, width: 1000, height: 700 }), [laptop], laptop)).toMatchObject({ x: 440, y: 175, width: 1000, height: 700 });
    expect(placeWindow(state({ x: -300, y: -50, width: 1000, height: 700 }), [laptop], laptop)).toMatchObject({ x: 0, y: 0 });
  });

  it('fits a window larger than its display now (resolution lowered) and never below the minimum size that fits', () => {
    expect(placeWindow(state({ x: 0, y: 0, width: 3000, height: 2000 }), [laptop], laptop)).toMatchObject({ x: 0, y: 0, width: 1440, height: 875 });
    expect(placeWindow(state({ x: 10, y: 10, width: 200, height: 100 }), [laptop], laptop)).toMatchObject({ width: MIN_SIZE.width, height: MIN_SIZE.height });
    const tiny: Rect = { x: 0, y: 0, width: 800, height: 500 };
    expect(placeWindow(null, [tiny], tiny)).toMatchObject({ width: 800, height: 500 });
  });

  it('picks the display the window mostly sat on, with negative coordinates too', () => {
    const left: Rect = { x: -1920, y: 0, width: 1920, height: 1080 };
    expect(placeWindow(state({ x: -1500, y: 100, width: 1200, height: 800 }), [laptop, left], laptop)).toMatchObject({ x: -1500, y: 100 });
    // Mostly on the left display, a little on the laptop: moved fully onto the left one.
    expect(placeWindow(state({ x: -1000, y: 100, width: 1200, height: 800 }), [laptop, left], laptop)).toMatchObject({ x: -1200, y: 100 });
  });

  it.each([
    ['nothing', null],
    ['a string', 'x'],
    ['no bounds', { maximized: true }],
    ['fractional size', { bounds: { x: 0, y: 0, width: 10.5, height: 10 } }],
    ['zero size', { bounds: { x: 0, y: 0, width: 0, height: 10 } }],
    ['absurd position', { bounds: { x: 1e9, y: 0, width: 10, height: 10 } }],
    ['text numbers', { bounds: { x: '0', y: 0, width: 10, height: 10 } }],
  ])('ignores a saved state that is %s', (_label, raw) => {
    expect(parseWindowState(raw)).toBeNull();
  });

  it('saves as the window moves (debounced) and on close, and reads it back onto the displays of the day', async () => {
    const file = path.join(tempDir(), 'nested', 'window-state.json');
    const win = Object.assign(new EventEmitter(), {
      bounds: { x: 100, y: 80, width: 1200, height: 800 },
      maximized: false,
      destroyed: false,
      getNormalBounds() {
        return this.bounds;
      },
      isMaximized() {
        return this.maximized;
      },
      isFullScreen: () => false,
      isDestroyed() {
        return this.destroyed;
      },
    });
    trackWindowState(win as unknown as TrackedWindow, file, 20);
    win.emit('move');
    expect(fs.existsSync(file)).toBe(false); // not on every pixel
    await new Promise((r) => setTimeout(r, 60));
    expect(readWindowState(file)).toEqual(state({ x: 100, y: 80, width: 1200, height: 800 }));
    win.bounds = { x: 50, y: 40, width: 1000, height: 700 };
    win.maximized = true;
    win.emit('close');
    expect(readWindowState(file)).toEqual(state({ x: 50, y: 40, width: 1000, height: 700 }, { maximized: true }));
    const screen = { getAllDisplays: () => [{ workArea: laptop }], getPrimaryDisplay: () => ({ workArea: laptop }) };
    expect(loadPlacement(file, screen)).toEqual({ x: 50, y: 40, width: 1000, height: 700, maximized: true, fullScreen: false });
    fs.writeFileSync(file, '{ damaged');
    expect(loadPlacement(file, screen)).toEqual({ width: DEFAULT_SIZE.width, height: DEFAULT_SIZE.height, maximized: false, fullScreen: false });
    writeWindowState(file, state({ x: 1, y: 2, width: 1000, height: 700 }));
    expect(fs.readdirSync(path.dirname(file))).toEqual(['window-state.json']); // no temp file left behind
  });
});

describe('routes the main process may send the page', () => {
  it.each(['/', '/trips', '/trips/new', '/trips/12', '/special-orders/3', ...menuSections.map((s) => s.route), ...Object.values(newRecordRoutes)])('accepts %s', (route) => {
    expect(isAppRoute(route)).toBe(true);
  });

  it.each(['', 'trips', '//evil.example', '/trips?x=1', '/trips#x', '/Trips', '/trips/../..', '/trips/ 1', 'javascript:alert(1)', 'https://example.com', `/${'a'.repeat(300)}`, '/a/b/c/d/e/f/g'])(
    'refuses %s',
    (route) => {
      expect(isAppRoute(route)).toBe(false);
    },
  );

  it('refuses what is not a string', () => {
    for (const value of [null, undefined, 1, ['/trips'], { route: '/trips' }]) expect(isAppRoute(value)).toBe(false);
  });
});

describe('the application menu', () => {
  const calls: string[] = [];
  const actions: MenuActions = {
    navigate: (r) => calls.push(`navigate ${r}`),
    setTheme: (t) => calls.push(`theme ${t}`),
    backUp: () => calls.push('backUp'),
    exportJournal: () => calls.push('export'),
    importJournal: () => calls.push('import'),
    revealJournal: () => calls.push('reveal'),
    revealLog: () => calls.push('reveal log'),
  };
  beforeEach(() => {
    calls.length = 0;
  });
  const items = (menu: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
    menu.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? items(item.submenu) : [])]);
  const byId = (menu: MenuItemConstructorOptions[], id: string) => items(menu).find((i) => i.id === id)!;
  const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();

  it('follows macOS conventions: the app menu first with About, Settings… (⌘,) and Quit; Close under File', () => {
    const menu = menuTemplate({ platform: 'darwin', appName: 'Carnet', theme: 'system', developer: false, actions });
    expect(menu.map((m) => m.role ?? m.label)).toEqual(['Carnet', 'File', 'editMenu', 'View', 'windowMenu', 'help']);
    const appMenu = menu[0]!.submenu as MenuItemConstructorOptions[];
    expect(appMenu.filter((i) => i.type !== 'separator').map((i) => i.role ?? i.label)).toEqual(['about', 'Settings…', 'services', 'hide', 'hideOthers', 'unhide', 'quit']);
    const file = menu[1]!.submenu as MenuItemConstructorOptions[];
    expect(file.at(-1)).toEqual({ role: 'close' });
    expect(items(file).some((i) => i.id === 'settings')).toBe(false);
    expect((menu.at(-1)!.submenu as MenuItemConstructorOptions[]).some((i) => i.role === 'about')).toBe(false);
    expect(byId(menu, 'reveal-journal').label).toBe('Show Journal in Finder');
    expect(byId(menu, 'reveal-log').label).toBe('Show Log in Finder');
    click(byId(menu, 'reveal-log'));
    expect(calls).toEqual(['reveal log']);
  });

  it('follows Windows and Linux conventions: mnemonics, Settings and Quit under File, About under Help', () => {
    for (const platform of ['win32', 'linux'] as const) {
      const menu = menuTemplate({ platform, appName: 'Carnet', theme: 'system', developer: false, actions });
      expect(menu.map((m) => m.role ?? m.label)).toEqual(['&File', 'editMenu', '&View', 'windowMenu', 'help']);
      const file = menu[0]!.submenu as MenuItemConstructorOptions[];
      expect(file.at(-1)).toEqual({ role: 'quit' });
      expect(file.find((i) => i.id === 'settings')).toMatchObject({ label: 'Settings', accelerator: 'CmdOrCtrl+,' });
      expect(items(menu).find((i) => i.role === 'about')?.label).toBe('About Carnet');
    }
  });

  it('File: new trip, contact and purchase open their forms; back up, export and import run', () => {
    const menu = menuTemplate({ platform: 'linux', appName: 'Carnet', theme: 'system', developer: false, actions });
    for (const id of ['new-trip', 'new-contact', 'new-purchase', 'back-up', 'export', 'import', 'settings']) click(byId(menu, id));
    expect(calls).toEqual(['navigate /trips/new', 'navigate /contacts/new', 'navigate /purchases/new', 'backUp', 'export', 'import', 'navigate /settings']);
    expect(byId(menu, 'new-trip').accelerator).toBe('CmdOrCtrl+N');
  });

  it('View: each screen with ⌘1…⌘9 in the sidebar’s order, zoom, theme as radio items; no developer tools in a packaged app', () => {
    const menu = menuTemplate({ platform: 'darwin', appName: 'Carnet', theme: 'dark', developer: false, actions });
    const view = menu[3]!.submenu as MenuItemConstructorOptions[];
    const screens = view.filter((i) => i.id?.startsWith('view-'));
    expect(screens.map((i) => [i.label, i.accelerator])).toEqual([
      ['Calendar', 'CmdOrCtrl+1'],
      ['Dashboard', 'CmdOrCtrl+2'],
      ['Trips', 'CmdOrCtrl+3'],
      ['Appointments', 'CmdOrCtrl+4'],
      ['Contacts', 'CmdOrCtrl+5'],
      ['Purchases', 'CmdOrCtrl+6'],
      ['Special Orders', 'CmdOrCtrl+7'],
      ['Offers', 'CmdOrCtrl+8'],
      ['Boutiques', 'CmdOrCtrl+9'],
      ['Wishlist', 'CmdOrCtrl+Shift+L'],
      ['My Collection', 'CmdOrCtrl+Shift+M'],
      ['Store Visits', undefined],
    ]);
    screens.forEach(click);
    expect(calls).toEqual(menuSections.map((s) => `navigate ${s.route}`));
    expect(view.filter((i) => i.role).map((i) => i.role)).toEqual(['resetZoom', 'zoomIn', 'zoomIn', 'zoomOut', 'togglefullscreen']);
    const themes = byId(menu, 'theme').submenu as MenuItemConstructorOptions[];
    expect(themes.map((t) => [t.label, t.type, t.checked])).toEqual([
      ['Match System', 'radio', false],
      ['Light', 'radio', false],
      ['Dark', 'radio', true],
    ]);
    calls.length = 0;
    themes.forEach(click);
    expect(calls).toEqual(['theme system', 'theme light', 'theme dark']);
    const dev = menuTemplate({ platform: 'darwin', appName: 'Carnet', theme: 'dark', developer: true, actions });
    expect(items(dev).some((i) => i.role === 'toggleDevTools')).toBe(true);
  });

  it('no two visible items share a shortcut', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const accelerators = items(menuTemplate({ platform, appName: 'Carnet', theme: 'system', developer: true, actions }))
        .filter((i) => i.accelerator && i.visible !== false)
        .map((i) => i.accelerator);
      expect(new Set(accelerators).size).toBe(accelerators.length);
    }
  });

  it('is installed as the application menu', () => {
    installMenu({ platform: 'linux', appName: 'Carnet', theme: 'light', developer: false, actions });
    expect((fake.menu as { template: MenuItemConstructorOptions[] }).template[0]!.label).toBe('&File');
  });
});

describe('the command line', () => {
  const userData = '/home/ana/.config/Carnet';
  it('opens the journal in the user-data folder, or the one --journal names', () => {
    expect(journalPathFrom(['/opt/Carnet/carnet'], userData)).toBe(path.join(userData, 'journal.sqlite'));
    expect(journalPathFrom(['carnet', '--journal', 'j.sqlite'], userData, '/work')).toBe('/work/j.sqlite');
    expect(journalPathFrom(['carnet', '--journal=/data/j.sqlite'], userData)).toBe('/data/j.sqlite');
    expect(journalPathFrom(['carnet', '--journal'], userData)).toBe(path.join(userData, 'journal.sqlite'));
    expect(journalPathFrom(['carnet', '--journal', '--other'], userData)).toBe(path.join(userData, 'journal.sqlite'));
  });

  it('finds Carnet backups opened with the app, and nothing else', () => {
    expect(backupFilesFrom(['carnet', 'Paris 2026.carnetbackup', '--flag', 'notes.txt', '/a/B.CARNETBACKUP'], '/home/ana')).toEqual(['/home/ana/Paris 2026.carnetbackup', '/a/B.CARNETBACKUP']);
    expect(backupFilesFrom(['carnet', '--journal', 'x.carnetbackup'])).toEqual([]);
    expect(backupFilesFrom(['carnet', '.carnetbackup', '--x=y.carnetbackup'])).toEqual([]);
    expect(backupFilesFrom(['a.carnetbackup', 'b.carnetbackup', 'c.carnetbackup', 'd.carnetbackup', 'a.carnetbackup'], '/')).toHaveLength(3);
  });
});

describe('desktop notifications', () => {
  beforeEach(() => {
    fake.notifications.length = 0;
    fake.supported = true;
  });

  it('shows the notice and opens its route on click', () => {
    const opened: (string | undefined)[] = [];
    expect(showNotification({ title: ' Lottery open ', body: 'Apply now.', route: '/trips/4' }, (r) => opened.push(r))).toBe(true);
    const [n] = fake.notifications;
    expect(n!.options).toEqual({ title: 'Lottery open', body: 'Apply now.' });
    expect(n!.shown).toBe(true);
    n!.emit('click');
    expect(opened).toEqual(['/trips/4']);
    const before = liveNotifications();
    n!.emit('close');
    expect(liveNotifications()).toBe(before - 1);
  });

  it('shows nothing without a title or without system support, and drops a route that is not the app’s', () => {
    expect(showNotification({ title: '  ', body: 'x' })).toBe(false);
    fake.supported = false;
    expect(showNotification({ title: 'Hello', body: 'x' })).toBe(false);
    expect(fake.notifications).toHaveLength(0);
    expect(normalizeNotice({ title: 'T', body: 'B', route: 'https://example.com' })).toEqual({ title: 'T', body: 'B' });
    expect(normalizeNotice({ title: 'x'.repeat(500), body: 'y'.repeat(1000) })).toEqual({ title: `${'x'.repeat(119)}…`, body: `${'y'.repeat(399)}…` });
  });

  it('leads a lottery reminder to its trip, or to the calendar', () => {
    const reminder = (trips: { id: number; title: string }[]) => ({ window: { trips } }) as unknown as Reminder;
    expect(routeOfReminder(reminder([{ id: 7, title: 'Paris' }]))).toBe('/trips/7');
    expect(routeOfReminder(reminder([]))).toBe('/calendar');
    expect(routeOfReminder(undefined)).toBe('/calendar');
  });
});

describe('File › Import and opening a .carnetbackup', () => {
  beforeEach(() => {
    fake.boxes.length = 0;
    fake.answers.length = 0;
  });
  const setup = (answers: (replace: boolean) => Result<unknown>) => {
    const calls: unknown[] = [];
    let reloads = 0;
    const actions = createDataActions({
      dispatch: (channel, payload) => {
        calls.push([channel, payload]);
        return answers((payload as { replace: boolean }).replace);
      },
      window: () => null,
      reload: () => reloads++,
    });
    return { actions, calls, reloads: () => reloads };
  };
  const backup = () => {
    const file = path.join(tempDir(), 'Paris.carnetbackup');
    fs.writeFileSync(file, '{"format":"carnet"}');
    return file;
  };

  it('asks first, imports the file’s content, reloads the page and says how many records came in', async () => {
    const { actions, calls, reloads } = setup(() => ({ ok: true, value: { tables: { trips: 2, purchases: 3 } } }));
    await actions.importFile(backup());
    expect(calls).toEqual([['data.importJson', { content: '{"format":"carnet"}', replace: false }]]);
    expect(reloads()).toBe(1);
    expect(fake.boxes.map((b) => b.message)).toEqual(['Import Paris.carnetbackup?', 'The journal is imported.']);
  });

  it('changes nothing when the user cancels', async () => {
    const { actions, calls } = setup(() => ({ ok: true, value: {} }));
    fake.answers.push(1);
    await actions.importFile(backup());
    expect(calls).toEqual([]);
  });

  it('asks before replacing a journal that holds records, and replaces only on yes', async () => {
    const conflict: Result<unknown> = { ok: false, error: { code: 'conflict', message: 'The journal already holds 4 trips.' } };
    const no = setup((replace) => (replace ? { ok: true, value: {} } : conflict));
    fake.answers.push(0, 1);
    await no.actions.importFile(backup());
    expect(no.calls).toHaveLength(1);
    expect(no.reloads()).toBe(0);
    const yes = setup((replace) => (replace ? { ok: true, value: { tables: { trips: 1 } } } : conflict));
    fake.answers.push(0, 0);
    await yes.actions.importFile(backup());
    expect(yes.calls.map((c) => (c as [string, { replace: boolean }])[1].replace)).toEqual([false, true]);
    expect(yes.reloads()).toBe(1);
  });

  it('shows what is wrong, field by field, and does not reload when the file is refused', async () => {
    const { actions, reloads } = setup(() => ({
      ok: false,
      error: { code: 'invalid_input', message: 'The file is not a Carnet export.', issues: [{ path: ['trips', 0, 'startDay'], message: 'Start day is not a real day.' }] },
    }));
    await actions.importFile(backup());
    expect(reloads()).toBe(0);
    expect(fake.boxes.at(-1)!.message).toBe('Nothing was imported.');
  });

  it('says so when the file cannot be read', async () => {
    const { actions, calls } = setup(() => ({ ok: true, value: {} }));
    await actions.importFile(path.join(tempDir(), 'missing.carnetbackup'));
    expect(calls).toEqual([]);
    expect(fake.boxes.map((b) => b.message)).toEqual(['Carnet could not read missing.carnetbackup.']);
  });
});
