/**
 * The Electron main process: lifecycle, the window and its security settings. Thin on purpose:
 * everything it wires together runs and is tested under plain Node.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, session, shell } from 'electron';
import { openJournal, JournalOpenError } from './db/open';
import { createDispatch } from './dispatch';
import { registerIpc } from './ipc';

const here = path.dirname(fileURLToPath(import.meta.url));
const devServerUrl = process.env['ELECTRON_RENDERER_URL'];

function journalPath(): string {
  const flag = process.argv.find((a) => a.startsWith('--journal='));
  if (flag) return path.resolve(flag.slice('--journal='.length));
  const i = process.argv.indexOf('--journal');
  if (i > 0 && process.argv[i + 1]) return path.resolve(process.argv[i + 1]!);
  return path.join(app.getPath('userData'), 'journal.sqlite');
}

function createWindow(): BrowserWindow {
  const win = new BrowserWindow({
    width: 1280,
    height: 820,
    minWidth: 900,
    minHeight: 600,
    title: 'Carnet',
    show: false,
    webPreferences: {
      preload: path.join(here, '../preload/index.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      spellcheck: true,
    },
  });
  win.once('ready-to-show', () => win.show());
  // Nothing navigates away from the app; links to the web open in the browser (http/https only).
  win.webContents.on('will-navigate', (event) => event.preventDefault());
  win.webContents.setWindowOpenHandler(({ url }) => {
    if (/^https?:\/\//i.test(url)) void shell.openExternal(url);
    return { action: 'deny' };
  });
  if (devServerUrl) void win.loadURL(devServerUrl);
  else void win.loadFile(path.join(here, '../renderer/index.html'));
  return win;
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', () => {
    const win = BrowserWindow.getAllWindows()[0];
    if (win) {
      if (win.isMinimized()) win.restore();
      win.focus();
    }
  });

  void app.whenReady().then(() => {
    session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
    let journal;
    try {
      journal = openJournal(journalPath());
    } catch (err) {
      const message = err instanceof JournalOpenError ? err.message : `Carnet could not open its journal: ${(err as Error).message}`;
      dialog.showErrorBox('Carnet could not open the journal', message);
      app.exit(1);
      return;
    }
    registerIpc(createDispatch(journal), devServerUrl);
    createWindow();
    app.on('activate', () => {
      if (BrowserWindow.getAllWindows().length === 0) createWindow();
    });
    app.on('will-quit', () => journal.close());
  });

  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
