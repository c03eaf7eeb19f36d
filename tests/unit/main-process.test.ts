/**
 * src/main/index.ts, run under Node against a fake Electron that records what the main process
 * asks of it: where the Electron binary is missing this is how its wiring is tested — the window's
 * security settings, the session's handlers, the hardening of every web contents, the IPC
 * handlers, the menu, the theme and the journal it opens. (tests/electron runs the real thing.)
 */
import { EventEmitter } from 'node:events';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { channels } from '../../src/shared/api';
import { CHANGED_CHANNEL, NAVIGATE_CHANNEL } from '../../src/shared/navigation';

const fake = vi.hoisted(() => {
  const calls: string[] = [];
  return {
    calls,
    appEvents: new Map<string, ((...args: unknown[]) => unknown)[]>(),
    windows: [] as { options: Record<string, unknown>; loaded: string | null; sent: [string, unknown][]; emitter: import('node:events').EventEmitter }[],
    ipc: new Map<string, (event: unknown, payload: unknown) => unknown>(),
    session: {} as Record<string, unknown>,
    menus: [] as unknown[],
    themeSource: 'system',
    ready: null as null | (() => void),
    userData: '',
    leaveAnswer: 1, // the leave-the-app dialog's answer: 0 Open, 1 Cancel
  };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  const on = (event: string, fn: (...args: unknown[]) => unknown) => {
    fake.appEvents.set(event, [...(fake.appEvents.get(event) ?? []), fn]);
  };
  const readyPromise = new Promise<void>((resolve) => {
    fake.ready = resolve;
  });
  class WebContents extends Emitter {
    sent: [string, unknown][] = [];
    windowOpenHandler: ((d: { url: string }) => unknown) | null = null;
    setWindowOpenHandler(fn: (d: { url: string }) => unknown) {
      this.windowOpenHandler = fn;
    }
    send(channel: string, value: unknown) {
      this.sent.push([channel, value]);
    }
    isLoading() {
      return false;
    }
    reload() {}
  }
  class BrowserWindow extends Emitter {
    static all: BrowserWindow[] = [];
    static getAllWindows = () => BrowserWindow.all;
    webContents = new WebContents();
    loaded: string | null = null;
    constructor(readonly options: Record<string, unknown>) {
      super();
      BrowserWindow.all.push(this);
      fake.windows.push({ options, loaded: null, sent: this.webContents.sent, emitter: this });
      // Every web contents the app creates goes through web-contents-created.
      for (const fn of fake.appEvents.get('web-contents-created') ?? []) fn({}, this.webContents);
    }
    loadFile(file: string) {
      this.loaded = file;
      fake.windows.at(-1)!.loaded = file;
      return Promise.resolve();
    }
    loadURL(url: string) {
      this.loaded = url;
      return Promise.resolve();
    }
    getNormalBounds = () => ({ x: 0, y: 0, width: 1280, height: 820 });
    isMaximized = () => false;
    isFullScreen = () => false;
    isDestroyed = () => false;
    isMinimized = () => false;
    restore() {}
    show() {}
    focus() {}
    maximize() {}
    setFullScreen() {}
  }
  const handler = (name: string) => (fn: unknown) => {
    fake.session[name] = fn;
  };
  return {
    app: {
      name: 'Carnet',
      isPackaged: true,
      enableSandbox: () => fake.calls.push('enableSandbox'),
      setAppUserModelId: (id: string) => fake.calls.push(`appUserModelId ${id}`),
      requestSingleInstanceLock: () => true,
      on,
      setAboutPanelOptions: () => {},
      whenReady: () => readyPromise,
      getPath: (name: string) => (name === 'userData' ? fake.userData : os.tmpdir()),
      getVersion: () => '0.1.0',
      quit: () => fake.calls.push('quit'),
      exit: (code: number) => fake.calls.push(`exit ${code}`),
    },
    BrowserWindow,
    dialog: {
      showErrorBox: (title: string, message: string) => fake.calls.push(`error ${title}: ${message}`),
      showMessageBox: async (...args: unknown[]) => {
        const options = args.at(-1) as { message: string; detail: string };
        fake.calls.push(`ask ${options.message} ${options.detail}`);
        return { response: fake.leaveAnswer, checkboxChecked: false };
      },
    },
    nativeTheme: {
      shouldUseDarkColors: false,
      get themeSource() {
        return fake.themeSource;
      },
      set themeSource(v: string) {
        fake.themeSource = v;
      },
    },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: handler('permissionRequest'),
        setPermissionCheckHandler: handler('permissionCheck'),
        setDevicePermissionHandler: handler('devicePermission'),
        webRequest: { onBeforeRequest: (filter: unknown, fn: unknown) => handler('beforeRequest')({ filter, fn }) },
        on: (event: string, fn: unknown) => handler(`on ${event}`)(fn),
      },
    },
    safeStorage: {
      isEncryptionAvailable: () => true,
      encryptString: (s: string) => Buffer.from(`sealed:${s}`),
      decryptString: (b: Buffer) => b.toString().replace(/^sealed:/, ''),
    },
    shell: { openExternal: async (url: string) => fake.calls.push(`openExternal ${url}`), showItemInFolder: () => {} },
    Menu: { buildFromTemplate: (t: unknown) => t, setApplicationMenu: (m: unknown) => fake.menus.push(m) },
    ipcMain: { handle: (channel: string, fn: (event: unknown, payload: unknown) => unknown) => fake.ipc.set(channel, fn) },
    Notification: Object.assign(class extends Emitter {}, { isSupported: () => false }),
  };
});

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-main-'));
const journalFile = path.join(dir, 'elsewhere', 'my-journal.sqlite');
const argv = process.argv;

beforeAll(async () => {
  fake.userData = path.join(dir, 'user-data');
  fs.mkdirSync(path.dirname(journalFile), { recursive: true });
  process.argv = [argv[0]!, 'main.js', '--journal', journalFile];
  await import('../../src/main/index');
  expect(fake.calls).toContain('enableSandbox'); // before ready
  expect(fake.windows).toHaveLength(0);
  fake.ready!();
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1));
});

afterAll(() => {
  process.argv = argv;
  for (const fn of fake.appEvents.get('will-quit') ?? []) fn();
  fs.rmSync(dir, { recursive: true, force: true });
});

const win = () => fake.windows[0]!;
const contents = () => (win().emitter as unknown as { webContents: EventEmitter & { windowOpenHandler: (d: { url: string }) => { action: string } } }).webContents;

describe('the main process, wired', () => {
  it('opens the journal named by --journal, not one in the user-data folder', () => {
    expect(fs.existsSync(journalFile)).toBe(true);
    expect(fs.existsSync(path.join(fake.userData, 'journal.sqlite'))).toBe(false);
    expect(fake.calls.filter((c) => c.startsWith('error') || c.startsWith('exit'))).toEqual([]);
  });

  it('takes the day’s automatic backup beside the journal, and seals identity numbers with the OS key store', async () => {
    const backups = path.join(path.dirname(journalFile), 'backups');
    await vi.waitFor(() => expect(fs.readdirSync(backups).filter((f) => f.endsWith('.sqlite'))).toHaveLength(1));
    expect(fs.existsSync(path.join(fake.userData, 'identity-key.bin'))).toBe(false); // made on first use only
  });

  it('an identity number added over IPC is sealed with a key that safeStorage wraps', () => {
    const page = `file://${win().loaded!.split(path.sep).join('/')}`;
    const added = fake.ipc.get('identities.add')!({ senderFrame: { url: page, parent: null } }, { person: null, document: 'passport', number: '18AB12345', issuingCountry: 'FR', expiresOn: null });
    expect(added).toMatchObject({ ok: true });
    const keyFile = fs.readFileSync(path.join(fake.userData, 'identity-key.bin'), 'utf8');
    expect(keyFile).toMatch(/^sealed:[0-9a-f]{64}$/);
  });

  it('creates the window with the security settings, the preload and the built page', () => {
    const prefs = win().options['webPreferences'] as Record<string, unknown>;
    expect(prefs).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      disableBlinkFeatures: 'Auxclick',
    });
    expect(prefs['preload']).toMatch(/preload[/\\]index\.cjs$/);
    expect(win().loaded).toMatch(/renderer[/\\]index\.html$/);
    expect(win().options).toMatchObject({ width: 1280, height: 820, minWidth: 900, minHeight: 600, show: false });
  });

  it('denies every permission request, check and device', () => {
    const answers: boolean[] = [];
    (fake.session['permissionRequest'] as (wc: unknown, p: string, cb: (ok: boolean) => void) => void)({}, 'media', (ok) => answers.push(ok));
    (fake.session['permissionRequest'] as (wc: unknown, p: string, cb: (ok: boolean) => void) => void)({}, 'notifications', (ok) => answers.push(ok));
    expect(answers).toEqual([false, false]);
    expect((fake.session['permissionCheck'] as (...a: unknown[]) => boolean)({}, 'clipboard-read')).toBe(false);
    expect((fake.session['devicePermission'] as (...a: unknown[]) => boolean)({})).toBe(false);
  });

  it('cancels every request to the network', () => {
    const { filter, fn } = fake.session['beforeRequest'] as { filter: { urls: string[] }; fn: (d: { url: string }, cb: (r: { cancel: boolean }) => void) => void };
    expect(filter.urls).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*']));
    const answers: boolean[] = [];
    for (const url of ['https://example.com/x.js', 'http://localhost:5173/', 'wss://example.com/']) fn({ url }, (r) => answers.push(r.cancel));
    expect(answers).toEqual([true, true, true]);
  });

  it('lets only the page’s own downloads through', () => {
    const willDownload = fake.session['on will-download'] as (e: { preventDefault(): void }, item: { getURL(): string }) => void;
    const prevented: string[] = [];
    for (const url of ['blob:file:///abc', 'https://example.com/file.exe']) willDownload({ preventDefault: () => prevented.push(url) }, { getURL: () => url });
    expect(prevented).toEqual(['https://example.com/file.exe']);
  });

  it('denies navigation, redirects, webviews and new windows; web links go to the browser, others nowhere', async () => {
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect', 'will-attach-webview']) {
      let prevented = false;
      contents().emit(event, { preventDefault: () => (prevented = true) }, 'https://example.com/');
      expect(prevented, event).toBe(true);
    }
    // Cancel (the default): asked, nothing opened.
    expect(contents().windowOpenHandler({ url: 'https://example.com/cancelled' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(fake.calls.filter((c) => c.startsWith('ask'))).toEqual(['ask Open this address in your browser? https://example.com/cancelled']));
    await new Promise((resolve) => setTimeout(resolve, 0)); // the question is answered (one at a time)
    fake.leaveAnswer = 0; // Open
    expect(contents().windowOpenHandler({ url: 'https://www.hermes.com/' })).toEqual({ action: 'deny' });
    expect(contents().windowOpenHandler({ url: 'file:///etc/passwd' })).toEqual({ action: 'deny' });
    await vi.waitFor(() => expect(fake.calls.filter((c) => c.startsWith('openExternal'))).toEqual(['openExternal https://www.hermes.com/']));
    expect(fake.calls.filter((c) => c.startsWith('ask'))).toHaveLength(2); // never asked about file:
    fake.leaveAnswer = 1;
  });

  it('answers every contract channel over IPC, for the app page only', () => {
    expect([...fake.ipc.keys()].sort()).toEqual([...channels].sort());
    const page = `file://${win().loaded!.split(path.sep).join('/')}`;
    const list = fake.ipc.get('trips.list')!;
    expect(list({ senderFrame: { url: `${page}#/trips`, parent: null } }, undefined)).toEqual({ ok: true, value: [] });
    expect(list({ senderFrame: { url: 'file:///tmp/evil.html', parent: null } }, undefined)).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('installs the menu; View › Theme applies the theme and keeps it in the journal', async () => {
    type Item = { id?: string; click?: () => void; submenu?: Item[]; checked?: boolean };
    const find = (items: Item[], id: string): Item | undefined => {
      for (const i of items) {
        if (i.id === id) return i;
        const inner = i.submenu ? find(i.submenu, id) : undefined;
        if (inner) return inner;
      }
      return undefined;
    };
    const menu = () => fake.menus.at(-1) as Item[];
    expect(find(menu(), 'theme-system')?.checked).toBe(true);
    win().sent.length = 0;
    find(menu(), 'theme-dark')!.click!();
    expect(fake.themeSource).toBe('dark');
    expect(win().sent).toEqual([[CHANGED_CHANNEL, undefined]]); // the page re-reads its settings
    expect(find(menu(), 'theme-dark')?.checked).toBe(true); // the menu was rebuilt
    const page = `file://${win().loaded!.split(path.sep).join('/')}`;
    expect(fake.ipc.get('settings.get')!({ senderFrame: { url: page, parent: null } }, undefined)).toMatchObject({ ok: true, value: { theme: 'dark' } });
    // A change from the page's own settings screen is applied too.
    fake.ipc.get('settings.update')!({ senderFrame: { url: page, parent: null } }, { theme: 'light' });
    expect(fake.themeSource).toBe('light');
  });

  it('File › New Trip sends the page its route on the one navigation channel', () => {
    const items = (fake.menus.at(-1) as { submenu?: { id?: string; click?: () => void }[] }[]).flatMap((m) => m.submenu ?? []);
    win().sent.length = 0;
    items.find((i) => i.id === 'new-trip')!.click!();
    items.find((i) => i.id === 'view-calendar')!.click!();
    expect(win().sent).toEqual([
      [NAVIGATE_CHANNEL, '/trips/new'],
      [NAVIGATE_CHANNEL, '/calendar'],
    ]);
  });

  it('a second launch focuses the window instead of opening another', () => {
    for (const fn of fake.appEvents.get('second-instance') ?? []) fn({}, ['carnet'], dir);
    expect(fake.windows).toHaveLength(1);
  });
});
