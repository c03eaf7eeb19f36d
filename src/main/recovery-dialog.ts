/**
 * When the journal cannot be opened (damaged, not a Carnet journal, written by a newer Carnet):
 * a clear native screen with the choices — restore a backup, open another file, start a new
 * journal elsewhere — never overwriting or deleting the file that failed. The decisions and
 * file work are the tested functions of ./backup/recovery; this is only the Electron dialogs.
 */
import path from 'node:path';
import { dialog } from 'electron';
import { defaultBackupsDir } from './backup/context';
import { backupsForRecovery, openOtherJournal, recoverFromBackup, recoveryScreen, rememberJournalLocation, startNewJournal } from './backup/recovery';
import type { Journal } from './db/journal';
import { JournalOpenError, openJournal } from './db/open';

const JOURNAL_FILTERS = [{ name: 'Carnet journal', extensions: ['sqlite'] }];

/** Opens the journal, or walks the user through recovering; null when they choose to quit. */
export async function openJournalOrRecover(journalPath: string, locationFile: string): Promise<Journal | null> {
  let target = journalPath;
  for (;;) {
    try {
      return openJournal(target);
    } catch (err) {
      if (!(err instanceof JournalOpenError)) throw err;
      const screen = recoveryScreen(err);
      const backups = backupsForRecovery(defaultBackupsDir(target)).filter((b) => b.usable);
      const actions: { label: string; run: () => Promise<Journal | 'retry' | 'quit' | null> }[] = [];
      if (screen.choices.includes('restore_backup') && backups.length > 0) {
        actions.push({
          label: `Restore the newest backup (${backups[0]!.createdAt.slice(0, 10)})`,
          run: async () => {
            recoverFromBackup(target, backups[0]!.file);
            return 'retry';
          },
        });
        actions.push({
          label: 'Restore another backup…',
          run: async () => {
            const picked = await dialog.showOpenDialog({ title: 'Choose a backup to restore', defaultPath: defaultBackupsDir(target), filters: JOURNAL_FILTERS, properties: ['openFile'] });
            if (picked.canceled || !picked.filePaths[0]) return null;
            recoverFromBackup(target, picked.filePaths[0]);
            return 'retry';
          },
        });
      }
      actions.push({
        label: 'Open another journal…',
        run: async () => {
          const picked = await dialog.showOpenDialog({ title: 'Open a Carnet journal', filters: JOURNAL_FILTERS, properties: ['openFile'] });
          if (picked.canceled || !picked.filePaths[0]) return null;
          const journal = openOtherJournal(picked.filePaths[0]);
          rememberJournalLocation(locationFile, journal.path);
          return journal;
        },
      });
      actions.push({
        label: 'Start a new journal elsewhere…',
        run: async () => {
          const picked = await dialog.showSaveDialog({ title: 'Where should the new journal be?', defaultPath: path.join(path.dirname(target), 'journal-new.sqlite'), filters: JOURNAL_FILTERS });
          if (picked.canceled || !picked.filePath) return null;
          const journal = startNewJournal(picked.filePath);
          rememberJournalLocation(locationFile, journal.path);
          target = journal.path;
          return journal;
        },
      });
      actions.push({ label: 'Quit', run: async () => 'quit' });

      const { response } = await dialog.showMessageBox({
        type: 'error',
        title: 'Carnet could not open the journal',
        message: 'Carnet could not open your journal',
        detail: `${screen.message}\n\nThe file stays exactly as it is: ${target}`,
        buttons: actions.map((a) => a.label),
        cancelId: actions.length - 1,
        defaultId: 0,
        noLink: true,
      });
      try {
        const outcome = await actions[response]!.run();
        if (outcome === 'quit') return null;
        if (outcome && outcome !== 'retry') return outcome;
      } catch (failure) {
        await dialog.showMessageBox({ type: 'warning', title: 'That did not work', message: (failure as Error).message, buttons: ['Back to the choices'], noLink: true });
      }
    }
  }
}
