/**
 * The Electron main process: lifecycle, the window, its security settings and the native
 * integration (menu, theme, notifications, files opened with the app). Thin on purpose: what
 * it wires together runs and is tested under plain Node. docs/security.md lists each security
 * setting here and the test that holds it.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { app, BrowserWindow, dialog, nativeTheme, safeStorage, screen, session, shell, type OpenDialogOptions, type WebContents } from 'electron';
import { isAnsweredLater } from '../shared/api';
import { THEMES } from '../shared/api/settings';
import type { Result } from '../shared/result';
import { CHANGED_CHANNEL, isAppRoute, NAVIGATE_CHANNEL } from '../shared/navigation';
import { APP_ID } from './app-identity';
import { configureData } from './backup/context';
import { backupOnStart } from './backup/files';
import { offsiteOnStart } from './backup/offsite';
import { checkInBackground } from './db/check';
import { journalLocation } from './backup/recovery';
import { openJournalOrRecover } from './recovery-dialog';
import { createDataActions, type DataActions } from './data-actions';
import { startDesktopReminders, type DesktopReminders } from './desktop-reminders';
import { createAsyncDispatch, createDispatch, type Dispatch } from './dispatch';
import { WrappedKeyFile } from './identity/keys';
import { registerIpc } from './ipc';
import { backupFilesFrom, BACKUP_EXTENSION, journalPathFrom } from './launch-args';
import { installMenu, type Theme } from './menu';
import { createLeaveApp, leaveAppDialog, OPEN_BUTTON } from './open-external';
import { devServerUrl as rendererDevServer } from './renderer-source';
import type { TrustedPage } from './trusted-sender';
import { loadPlacement, trackWindowState } from './window-state';
import { purgeExpiredTrash } from './journal/trash';
import { currentLog, logFailure, openLog, setLog } from './log';

const here = path.dirname(fileURLToPath(import.meta.url));
// The dev server only when not packaged: a packaged app ignores ELECTRON_RENDERER_URL.
const devServerUrl = rendererDevServer(process.env, app.isPackaged);
const rendererFile = path.join(here, '../renderer/index.html');
const page: TrustedPage = devServerUrl ? { kind: 'dev-server', url: devServerUrl } : { kind: 'file', url: pathToFileURL(rendererFile).href };

// Every renderer is sandboxed, whatever a window's own options say.
app.enableSandbox();
if (process.platform === 'win32') app.setAppUserModelId(APP_ID); // notifications carry the app's name

let mainWindow: BrowserWindow | null = null;
let ready = false;
let dataActions: DataActions | null = null;
const pendingFiles: string[] = backupFilesFrom(process.argv.slice(1));

/** Shows a route in the window: a fixed, one-way message the preload checks again. */
function navigate(route: string): void {
  const win = showWindow();
  if (!win || !isAppRoute(route)) return;
  const send = () => win.webContents.send(NAVIGATE_CHANNEL, route);
  if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send);
  else send();
}

function showWindow(): BrowserWindow | null {
  const win = mainWindow;
  if (!win || win.isDestroyed()) return null;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  return win;
}

function openBackupFiles(files: string[]): void {
  if (!ready || !dataActions) {
    pendingFiles.push(...files);
    return;
  }
  showWindow();
  void files.reduce((done, file) => done.then(() => dataActions!.importFile(file)), Promise.resolve());
}

/** Asks, in a native dialog naming the full address, before anything leaves for the browser. */
const leaveApp = createLeaveApp(async (url) => {
  const win = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
  const options = leaveAppDialog(url);
  const { response } = win ? await dialog.showMessageBox(win, options) : await dialog.showMessageBox(options);
  return response === OPEN_BUTTON;
});

/** Rules for every web contents the app ever creates: no navigation, no new windows, no webviews. */
function harden(contents: WebContents): void {
  // Links to the web open in the browser (http/https only, through the one audited opener) once
  // the user has confirmed the address; nothing ever opens inside Carnet.
  contents.setWindowOpenHandler(({ url }) => {
    void leaveApp(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => event.preventDefault());
  contents.on('will-frame-navigate', (event) => event.preventDefault());
  contents.on('will-redirect', (event) => event.preventDefault());
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  // The app never talks to the network: only its own files (and the dev server in development).
  const devOrigin = devServerUrl ? new URL(devServerUrl).origin : null;
  ses.webRequest.onBeforeRequest({ urls: ['http://*/*', 'https://*/*', 'ws://*/*', 'wss://*/*'] }, (details, callback) => {
    let allowed = false;
    try {
      const url = new URL(details.url);
      allowed = devOrigin !== null && (url.origin === devOrigin || url.origin === devOrigin.replace(/^http/, 'ws'));
    } catch {
      allowed = false;
    }
    callback({ cancel: !allowed });
  });
  // A page-made download (an export saved from the page) asks where to save; nothing from elsewhere.
  ses.on('will-download', (event, item) => {
    if (!/^(blob|data):/.test(item.getURL())) event.preventDefault();
  });
}

function createWindow(stateFile: string): BrowserWindow {
  const placement = loadPlacement(stateFile, screen);
  const win = new BrowserWindow({
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    width: placement.width,
    height: placement.height,
    minWidth: 900,
    minHeight: 600,
    title: 'Carnet',
    show: false,
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1c1a18' : '#faf8f5',
    ...(process.platform === 'linux' ? { icon: path.join(here, '../../resources/icon.png') } : {}),
    webPreferences: {
      preload: path.join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Middle-click on a link would otherwise try to open it in a new window.
      disableBlinkFeatures: 'Auxclick',
      spellcheck: true,
    },
  });
  trackWindowState(win, stateFile);
  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize();
    if (placement.fullScreen) win.setFullScreen(true);
    win.show();
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(rendererFile);
  return win;
}

/** Where the off-machine backup's passphrase is kept, in the user's words (shown beside the field). */
const KEY_STORE_WORDS: Record<string, string> = {
  darwin: 'The passphrase is kept on this Mac, protected by your macOS Keychain (as the key of your identity numbers is), so the daily copy runs without asking.',
  win32: 'The passphrase is kept on this PC, protected by your Windows account (as the key of your identity numbers is), so the daily copy runs without asking.',
  linux: 'The passphrase is kept on this computer, protected by your desktop’s key ring (as the key of your identity numbers is), so the daily copy runs without asking.',
};

const isTheme = (value: unknown): value is Theme => typeof value === 'string' && (THEMES as readonly string[]).includes(value);

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    showWindow();
    const files = backupFilesFrom(argv.slice(1), workingDirectory);
    if (files.length > 0) openBackupFiles(files);
  });
  // macOS hands files opened with the app (Finder, the Dock) through this event, even before ready.
  app.on('open-file', (event, file) => {
    if (!file.toLowerCase().endsWith(BACKUP_EXTENSION)) return;
    event.preventDefault();
    openBackupFiles([file]);
  });
  app.on('web-contents-created', (_event, contents) => harden(contents));
  app.setAboutPanelOptions({ applicationName: 'Carnet', applicationVersion: app.getVersion(), copyright: 'Your journal stays on this computer.' });

  void app.whenReady().then(async () => {
    hardenSession();
    // --journal PATH wins; else the journal the user last chose (after a recovery), else the default.
    const userData = app.getPath('userData');
    // Failures are written to rotating files in <user data>/logs (without personal data).
    setLog(openLog(path.join(userData, 'logs')));
    const locationFile = path.join(userData, 'journal-location.json');
    const args = process.argv.slice(1);
    const asked = args.some((a) => a === '--journal' || a.startsWith('--journal='));
    const journalPath = asked ? journalPathFrom(args, userData) : journalLocation(locationFile, journalPathFrom([], userData));
    let journal;
    try {
      journal = await openJournalOrRecover(journalPath, locationFile);
    } catch (err) {
      dialog.showErrorBox('Carnet could not open the journal', `Carnet could not open its journal: ${(err as Error).message}`);
      app.exit(1);
      return;
    }
    if (!journal) {
      app.exit(0);
      return;
    }
    // Identity numbers are sealed with a key the OS key store protects (never kept in the journal);
    // backups go beside the journal. Then the day's automatic backup, off the main path.
    // The off-machine backup's passphrase, when kept, is wrapped by the same OS key store.
    const data = configureData(journal, {
      keys: new WrappedKeyFile(path.join(app.getPath('userData'), 'identity-key.bin'), safeStorage),
      secrets: safeStorage,
      secretsHow: KEY_STORE_WORDS[process.platform] ?? KEY_STORE_WORDS['linux']!,
      folderDialog: true,
    });
    const openJournalNow = journal;
    void backupOnStart(journal.path, data.backupsDir, undefined, { retention: data.retention, zone: data.zone })
      .catch((err: unknown) => {
        logFailure('backup on start', err);
      })
      // The off-machine copy on the same schedule: once a day, after the day's automatic backup.
      .then(() => offsiteOnStart(openJournalNow))
      .catch((err: unknown) => {
        logFailure('off-machine backup on start', err);
      });
    // The full integrity check of the file, off the main thread: open checked only its structure.
    void checkInBackground(journal).then((c) => {
      if (c.state === 'damaged') logFailure('journal check', new Error('the background integrity check found damage'));
    });
    // What was deleted more than 30 days ago leaves the Trash for good.
    purgeExpiredTrash(journal);
    const base = createDispatch(journal);
    let reminders: DesktopReminders | null = null;
    let refreshTimer: ReturnType<typeof setTimeout> | null = null;
    let theme: Theme = 'system';

    const applyTheme = (next: Theme) => {
      theme = next;
      nativeTheme.themeSource = next; // the page follows through prefers-color-scheme
      rebuildMenu();
    };
    // The same dispatch for the page and the menu; a change of theme is applied to the window,
    // and any write may change which lottery reminders are due.
    const dispatch: Dispatch = (channel, payload) => {
      const result = base(channel, payload);
      if (result.ok && channel === 'settings.update') {
        const next = (result.value as { theme?: unknown }).theme;
        if (isTheme(next) && next !== theme) applyTheme(next);
      }
      if (result.ok && !/\.(get|list)/.test(channel)) {
        if (refreshTimer) clearTimeout(refreshTimer);
        refreshTimer = setTimeout(() => reminders?.scheduler.refresh(), 250);
      }
      return result;
    };

    dataActions = createDataActions({ dispatch, window: () => mainWindow, reload: () => mainWindow?.webContents.reload() });
    const rebuildMenu = () =>
      installMenu({
        platform: process.platform,
        appName: app.name,
        theme,
        developer: !app.isPackaged,
        actions: {
          navigate,
          setTheme: (next) => {
            if (dispatch('settings.update', { theme: next }).ok) mainWindow?.webContents.send(CHANGED_CHANNEL);
          },
          backUp: () => void dataActions!.backUp(),
          exportJournal: () => void dataActions!.exportJournal(),
          importJournal: () => void dataActions!.importJournal(),
          revealJournal: () => shell.showItemInFolder(journal.path),
          revealLog: () => {
            const file = currentLog().file;
            if (!file) return;
            // The folder may hold no file yet (nothing failed): then show the folder itself.
            if (fs.existsSync(file)) shell.showItemInFolder(file);
            else void shell.openPath(path.dirname(file));
          },
        },
      });
    const settings = base('settings.get', undefined);
    applyTheme(settings.ok && isTheme((settings.value as { theme?: unknown }).theme) ? ((settings.value as { theme: Theme }).theme) : 'system');

    // The page's door: the same dispatch, and the channels answered later (adding a photo) awaited.
    const later = createAsyncDispatch(journal);
    const chooseFolder = async (): Promise<Result<unknown>> => {
      const options = { title: 'Choose the Off-Machine Backup Folder', properties: ['openDirectory', 'createDirectory'] } satisfies OpenDialogOptions;
      const { canceled, filePaths } = mainWindow ? await dialog.showOpenDialog(mainWindow, options) : await dialog.showOpenDialog(options);
      return { ok: true, value: { folder: canceled ? null : (filePaths[0] ?? null) } };
    };
    registerIpc(
      (channel, payload) =>
        channel === 'data.offsiteChooseFolder' ? chooseFolder() : isAnsweredLater(channel) ? later(channel, payload) : dispatch(channel, payload),
      page,
    );
    const windowStateFile = path.join(app.getPath('userData'), 'window-state.json');
    mainWindow = createWindow(windowStateFile);
    reminders = startDesktopReminders({ journal, journalPath: journal.path, stateFile: path.join(app.getPath('userData'), 'reminders-last-run.json'), open: navigate });
    ready = true;
    if (pendingFiles.length > 0) mainWindow.webContents.once('did-finish-load', () => openBackupFiles(pendingFiles.splice(0)));

    app.on('activate', () => {
      if (!mainWindow || mainWindow.isDestroyed()) mainWindow = createWindow(windowStateFile);
      else showWindow();
    });
    app.on('will-quit', () => {
      reminders?.scheduler.stop();
      reminders?.saveLastRun();
      journal.close();
    });
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
