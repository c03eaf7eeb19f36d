/**
 * File › Back Up Now, Export… and Import…, and opening a Carnet backup file with the app: the
 * native dialogs around the `data.*` channels. File paths stay in the main process; the journal
 * work itself is the same `dispatch` the page uses, so it is validated the same way.
 */
import fs from 'node:fs';
import path from 'node:path';
import { app, dialog, shell, type BrowserWindow, type MessageBoxOptions, type OpenDialogOptions, type SaveDialogOptions } from 'electron';
import type { Result } from '../shared/result';
import type { Dispatch } from './dispatch';
import { BACKUP_EXTENSION } from './launch-args';

export interface DataActionDeps {
  dispatch: Dispatch;
  /** The app's window, for dialogs shown as its sheets; null before it exists. */
  window: () => BrowserWindow | null;
  /** After an import: the page reloads so every screen shows the new content. */
  reload: () => void;
}

/** Larger than any Carnet export can be (the contract stops at 50 million characters). */
const MAX_IMPORT_BYTES = 200 * 1024 * 1024;

const backupFilters = [
  { name: 'Carnet backup', extensions: [BACKUP_EXTENSION.slice(1)] },
  { name: 'Carnet export (JSON)', extensions: ['json'] },
];

function issuesText(result: Result<unknown>): string {
  if (result.ok) return '';
  const lines = (result.error.issues ?? []).slice(0, 8).map((i) => `• ${i.path.length ? `${i.path.join(' › ')}: ` : ''}${i.message}`);
  const more = (result.error.issues?.length ?? 0) - lines.length;
  return [result.error.message, ...lines, ...(more > 0 ? [`…and ${more} more.`] : [])].join('\n');
}

export function createDataActions({ dispatch, window, reload }: DataActionDeps) {
  const box = (options: MessageBoxOptions) => {
    const win = window();
    return win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options);
  };
  const save = (options: SaveDialogOptions) => {
    const win = window();
    return win ? dialog.showSaveDialog(win, options) : dialog.showSaveDialog(options);
  };
  const open = (options: OpenDialogOptions) => {
    const win = window();
    return win ? dialog.showOpenDialog(win, options) : dialog.showOpenDialog(options);
  };
  const failed = (message: string, detail: string) => box({ type: 'error', message, detail, buttons: ['OK'] });
  const doneWithFile = async (message: string, detail: string, file: string) => {
    const { response } = await box({ type: 'info', message, detail, buttons: ['OK', process.platform === 'darwin' ? 'Show in Finder' : 'Show in Folder'], defaultId: 0, cancelId: 0 });
    if (response === 1) shell.showItemInFolder(file);
  };

  async function backUp(): Promise<void> {
    const made = dispatch('data.backupNow', undefined);
    if (!made.ok) return void (await failed('Carnet could not back up the journal.', issuesText(made)));
    const { id } = made.value as { id: string };
    const list = dispatch('data.listBackups', undefined);
    const dir = list.ok ? (list.value as { backupsDir: string }).backupsDir : null;
    if (!dir) return void (await box({ type: 'info', message: 'The journal is backed up.', detail: `Saved as ${id}.`, buttons: ['OK'] }));
    await doneWithFile('The journal is backed up.', `Saved as ${id} in ${dir}, beside the automatic daily and weekly copies.`, path.join(dir, id));
  }

  async function exportJournal(): Promise<void> {
    const day = new Date().toISOString().slice(0, 10);
    const { canceled, filePath } = await save({
      title: 'Export the Journal',
      defaultPath: path.join(app.getPath('documents'), `carnet-${day}${BACKUP_EXTENSION}`),
      filters: backupFilters,
    });
    if (canceled || !filePath) return;
    // The quick export from the menu leaves passport and ID numbers out; the Your data screen
    // offers to include them, with the warning that goes with it.
    const made = dispatch('data.exportJson', { includeIdentityNumbers: false });
    if (!made.ok) return void (await failed('Carnet could not export the journal.', issuesText(made)));
    try {
      await fs.promises.writeFile(filePath, (made.value as { content: string }).content, 'utf8');
    } catch (err) {
      return void (await failed('The export could not be saved.', `${(err as Error).message}\nChoose another folder and try again.`));
    }
    await doneWithFile('The journal is exported.', `Saved to ${filePath}. Passport and ID numbers are not in it.`, filePath);
  }

  async function importFile(file: string): Promise<void> {
    let content: string;
    try {
      const stat = await fs.promises.stat(file);
      if (!stat.isFile()) throw new Error('That is not a file.');
      if (stat.size > MAX_IMPORT_BYTES) throw new Error('The file is too large to be a Carnet export.');
      content = await fs.promises.readFile(file, 'utf8');
    } catch (err) {
      return void (await failed(`Carnet could not read ${path.basename(file)}.`, (err as Error).message));
    }
    const { response } = await box({
      type: 'question',
      message: `Import ${path.basename(file)}?`,
      detail: 'Carnet checks the whole file first: if anything in it is wrong, nothing is imported and you are told what.',
      buttons: ['Import', 'Cancel'],
      defaultId: 0,
      cancelId: 1,
    });
    if (response !== 0) return;
    let result = dispatch('data.importJson', { content, replace: false });
    if (!result.ok && result.error.code === 'conflict') {
      const replace = await box({
        type: 'warning',
        message: 'This journal already holds records.',
        detail: `${result.error.message}\n\nReplace everything in it with the file’s content? A backup of the journal as it is now is kept first.`,
        buttons: ['Replace Journal', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
      });
      if (replace.response !== 0) return;
      result = dispatch('data.importJson', { content, replace: true });
    }
    if (!result.ok) return void (await failed('Nothing was imported.', issuesText(result)));
    reload();
    const tables = (result.value as { tables?: Record<string, number> }).tables ?? {};
    const rows = Object.values(tables).reduce((a, b) => a + b, 0);
    await box({ type: 'info', message: 'The journal is imported.', detail: `${rows} records from ${path.basename(file)}.`, buttons: ['OK'] });
  }

  async function importJournal(): Promise<void> {
    const { canceled, filePaths } = await open({ title: 'Import a Carnet Backup', properties: ['openFile'], filters: backupFilters });
    if (canceled || !filePaths[0]) return;
    await importFile(filePaths[0]);
  }

  return { backUp, exportJournal, importJournal, importFile };
}

export type DataActions = ReturnType<typeof createDataActions>;
