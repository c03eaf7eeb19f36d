/**
 * "Off-machine backup" (issue 15): a second backup place the user picks (a cloud-drive folder, a
 * USB key). Carnet writes an encrypted copy there (age, passphrase) each day it backs up, and on
 * "Back up there now". The passphrase is entered twice; what the page sends is checked again by
 * the journal, and the passphrase is never shown back or kept in the journal.
 */
import { DateTime } from 'luxon';
import { CloudUpload, FolderOpen, RotateCcw } from 'lucide-react';
import { useState, type FormEvent } from 'react';
import { OFFSITE_MIN_PASSPHRASE, type OffsiteBackupInfo } from '../../../../shared/api/data';
import { ApiError, request } from '../../api';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorState, LoadingState } from '../../components/States';
import { useChannel, useWrite } from '../../lib/query';
import { formatBytes } from './DataSection';

const when = (instant: string) => DateTime.fromISO(instant).toFormat('ccc d LLL yyyy, HH:mm');

export function OffsiteSection() {
  const status = useChannel('data.offsiteStatus');
  const setup = useWrite('data.offsiteSetup');
  const off = useWrite('data.offsiteOff');
  const now = useWrite('data.offsiteBackupNow');
  const restore = useWrite('data.offsiteRestore');
  const [folder, setFolder] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [confirm, setConfirm] = useState('');
  const [editing, setEditing] = useState(false);
  const [message, setMessage] = useState<{ kind: 'done' | 'error'; text: string } | null>(null);
  const [choice, setChoice] = useState<OffsiteBackupInfo | null>(null);
  const [restorePass, setRestorePass] = useState('');

  if (status.isPending) return <LoadingState label="Loading the off-machine backup…" />;
  if (status.error) return <ErrorState message={status.error.message} onRetry={() => void status.refetch()} />;
  const s = status.data;
  const last = s.backups[0] ?? null;
  const fieldError = (field: string) => (setup.error instanceof ApiError ? setup.error.issues.find((i) => i.path[0] === field)?.message : undefined);
  const showForm = editing || s.folder === null;

  const submit = (e: FormEvent) => {
    e.preventDefault();
    setMessage(null);
    setup.mutate(
      { folder, passphrase, confirm },
      {
        onSuccess: () => {
          setPassphrase('');
          setConfirm('');
          setEditing(false);
          setMessage({ kind: 'done', text: 'The off-machine backup is on.' });
        },
      },
    );
  };

  const choose = async () => {
    const picked = await request('data.offsiteChooseFolder', undefined);
    if (picked.folder) setFolder(picked.folder);
  };

  return (
    <div className="data-block" aria-labelledby="offsite-title">
      <div className="data-block-head">
        <h3 className="settings-subtitle" id="offsite-title">
          Off-machine backup
        </h3>
        {s.folder && (
          <button
            type="button"
            className="button button--primary"
            disabled={now.isPending}
            onClick={() => {
              setMessage(null);
              now.mutate(undefined, {
                onSuccess: (b) => setMessage({ kind: 'done', text: `Backed up there (${formatBytes(b.sizeBytes)}).` }),
                onError: (err) => setMessage({ kind: 'error', text: err.message }),
              });
            }}
          >
            <CloudUpload size={15} aria-hidden /> {now.isPending ? 'Backing up…' : 'Back up there now'}
          </button>
        )}
      </div>
      <p className="muted small">
        A second copy, somewhere that survives this computer: a cloud-drive folder or a USB key. Each day Carnet backs up, it also writes an encrypted copy
        there, keeping the last {s.keep}. Without the passphrase nobody can open it — not even you, so write it down somewhere safe.
      </p>
      {s.folder && !showForm && (
        <dl className="data-location">
          <dt>Folder</dt>
          <dd data-testid="offsite-folder">{s.folder}</dd>
          <dt>Last off-machine backup</dt>
          <dd data-testid="offsite-last">{last ? `${when(last.createdAt)} · ${formatBytes(last.sizeBytes)}` : 'None yet'}</dd>
          {!s.passphraseKept && (
            <>
              <dt>Passphrase</dt>
              <dd>Not kept on this computer: set it again to resume the daily copy.</dd>
            </>
          )}
        </dl>
      )}
      {s.problem && <p className="banner banner--error">{s.problem}</p>}
      {message && (
        <p className={message.kind === 'done' ? 'saved' : 'banner banner--error'} role="status">
          {message.text}
        </p>
      )}
      {showForm ? (
        <form className="offsite-form" onSubmit={submit} noValidate>
          <div className="field">
            <label htmlFor="offsite-folder-input">Folder</label>
            <div className="row">
              <input
                id="offsite-folder-input"
                value={folder}
                onChange={(e) => setFolder(e.target.value)}
                placeholder="/Volumes/KEY/Carnet"
                spellCheck={false}
                readOnly={s.folderDialog}
              />
              {s.folderDialog && (
                <button type="button" className="button" onClick={() => void choose()}>
                  <FolderOpen size={15} aria-hidden /> Choose…
                </button>
              )}
            </div>
            {fieldError('folder') && <p className="field-error">{fieldError('folder')}</p>}
          </div>
          <div className="field">
            <label htmlFor="offsite-pass">Passphrase (at least {OFFSITE_MIN_PASSPHRASE} characters)</label>
            <input id="offsite-pass" type="password" autoComplete="new-password" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} />
            {fieldError('passphrase') && <p className="field-error">{fieldError('passphrase')}</p>}
          </div>
          <div className="field">
            <label htmlFor="offsite-confirm">Passphrase again</label>
            <input id="offsite-confirm" type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} />
            {fieldError('confirm') && <p className="field-error">{fieldError('confirm')}</p>}
          </div>
          <p className="muted small">{s.keptHow}</p>
          {setup.error && !setup.error.issues.some((i) => ['folder', 'passphrase', 'confirm'].includes(String(i.path[0]))) && (
            <p className="banner banner--error">{setup.error.message}</p>
          )}
          <div className="row">
            <button type="submit" className="button button--primary" disabled={setup.isPending}>
              Save
            </button>
            {s.folder && (
              <button type="button" className="button" onClick={() => setEditing(false)}>
                Cancel
              </button>
            )}
          </div>
        </form>
      ) : (
        <div className="row">
          <button
            type="button"
            className="button"
            onClick={() => {
              setFolder(s.folder ?? '');
              setEditing(true);
            }}
          >
            Change folder or passphrase
          </button>
          <button type="button" className="button" disabled={off.isPending} onClick={() => off.mutate(undefined, { onSuccess: () => setMessage({ kind: 'done', text: 'The off-machine backup is off. The copies already there were left as they are.' }) })}>
            Turn off
          </button>
        </div>
      )}
      {s.backups.length > 0 && (
        <table className="table data-backups">
          <caption className="sr-only">Off-machine backups, newest first</caption>
          <tbody>
            {s.backups.map((b) => (
              <tr key={b.fileName}>
                <td className="nowrap">{when(b.createdAt)}</td>
                <td className="num nowrap">{formatBytes(b.sizeBytes)}</td>
                <td className="data-row-actions">
                  <button type="button" className="button button--small" onClick={() => setChoice(b)} aria-label={`Restore the off-machine backup of ${when(b.createdAt)}`}>
                    <RotateCcw size={14} aria-hidden /> Restore
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ConfirmDialog
        open={choice !== null}
        title="Restore this off-machine backup?"
        message={
          <>
            <p>
              The journal goes back to how it was on <strong>{choice ? when(choice.createdAt) : ''}</strong>. The journal as it is now is kept as a backup
              first.
            </p>
            <div className="field">
              <label htmlFor="offsite-restore-pass">Its passphrase</label>
              <input id="offsite-restore-pass" type="password" autoComplete="off" value={restorePass} onChange={(e) => setRestorePass(e.target.value)} />
            </div>
          </>
        }
        confirmLabel="Restore"
        danger
        busy={restore.isPending}
        error={restore.error?.message ?? null}
        onConfirm={() =>
          choice &&
          restore.mutate(
            { fileName: choice.fileName, passphrase: restorePass },
            {
              onSuccess: (r) => {
                setChoice(null);
                setRestorePass('');
                setMessage({ kind: 'done', text: `Restored the off-machine backup of ${when(r.restored.createdAt)}. The journal as it was is kept as a backup.` });
              },
            },
          )
        }
        onClose={() => {
          setChoice(null);
          setRestorePass('');
          restore.reset();
        }}
      />
    </div>
  );
}
