/**
 * "Your data": where the journal and its backups are, exports (JSON, calendar, spreadsheet),
 * import, back up now, and restore. Exports come back from the journal as file content and are
 * saved with a download (Electron asks where, through its own save dialog); backups are named
 * only by the ids the journal lists, never by a path typed or picked here.
 */
import { DateTime } from 'luxon';
import { AlertTriangle, Archive, CalendarDays, Check, Download, FileJson, RotateCcw, Sheet, Upload } from 'lucide-react';
import { useId, useRef, useState, type ChangeEvent } from 'react';
import { BACKUP_KIND_LABELS, type BackupInfo, type ExportFile } from '../../../../shared/api/data';
import { ApiError, request } from '../../api';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorState, LoadingState } from '../../components/States';
import { formatDayRange } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { saveFile } from '../../lib/save-file';
import '../../styles/data.css';
import { OffsiteSection } from './OffsiteSection';

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

const when = (instant: string) => DateTime.fromISO(instant).toFormat("ccc d LLL yyyy, HH:mm");

type Status = { kind: 'done' | 'error'; text: string; details?: string[] } | null;

function StatusLine({ status }: { status: Status }) {
  return (
    <div className="data-status" role="status" aria-live="polite">
      {status?.kind === 'done' && (
        <p className="saved">
          <Check size={14} aria-hidden /> {status.text}
        </p>
      )}
      {status?.kind === 'error' && (
        <div className="banner banner--error data-error">
          <AlertTriangle size={16} aria-hidden />
          <div>
            <p>{status.text}</p>
            {status.details && status.details.length > 0 && (
              <ul>
                {status.details.map((d, i) => (
                  <li key={i}>{d}</li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </div>
  );
}

const errorStatus = (err: unknown, limit = 8): Status => {
  if (err instanceof ApiError) {
    const details = err.issues.slice(0, limit).map((i) => i.message);
    if (err.issues.length > limit) details.push(`…and ${err.issues.length - limit} more.`);
    return { kind: 'error', text: err.message, details: details.length > 1 || (details[0] && details[0] !== err.message) ? details : [] };
  }
  return { kind: 'error', text: 'Something went wrong; nothing was changed.' };
};

export function DataSection() {
  return (
    <section className="card settings-card data-section" aria-labelledby="your-data-title">
      <h2 className="card-title" id="your-data-title">
        Your data
      </h2>
      <Location />
      <Exports />
      <Import />
      <Backups />
      <OffsiteSection />
    </section>
  );
}

function Location() {
  const list = useChannel('data.listBackups');
  if (!list.data) return null;
  return (
    <p className="muted small data-location">
      Your journal is one file on this computer: <code>{list.data.journalPath}</code>. Backups are kept in <code>{list.data.backupsDir}</code>. To move to a
      new computer, copy a backup there and restore it, or export everything and import it.
      {list.data.logFile && (
        <>
          {' '}
          When something fails, Carnet writes what happened (never your names, notes or numbers) to <code>{list.data.logFile}</code>; Help › Show Log File opens it.
        </>
      )}
    </p>
  );
}

function Exports() {
  const [busy, setBusy] = useState<string | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [withIds, setWithIds] = useState(false);
  const [scope, setScope] = useState<'all' | 'trip' | 'range'>('all');
  const [tripId, setTripId] = useState<number | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const trips = useChannel('trips.list', { limit: 500 });
  const warnId = useId();

  const run = async (what: string, fn: () => Promise<ExportFile & { events?: number; rows?: number }>) => {
    setBusy(what);
    setStatus(null);
    try {
      const file = await fn();
      saveFile(file);
      const count = file.events !== undefined ? ` · ${file.events} events` : file.rows !== undefined ? ` · ${file.rows} rows` : '';
      setStatus({ kind: 'done', text: `Saved ${file.fileName} (${formatBytes(new Blob([file.content]).size)}${count}).` });
    } catch (err) {
      setStatus(errorStatus(err));
    } finally {
      setBusy(null);
    }
  };

  const tripChoices = trips.data ?? [];
  const chosenTrip = tripId ?? tripChoices[0]?.id ?? null;
  const icsInput = () => {
    if (scope === 'trip') return { scope, tripId: chosenTrip ?? 0 } as const;
    if (scope === 'range') return { scope, from, to } as const;
    return { scope: 'all' } as const;
  };

  return (
    <div className="data-block">
      <h3 className="settings-subtitle">Export</h3>
      <div className="data-export">
        <div className="data-export-row">
          <div>
            <p className="data-export-title">
              <FileJson size={16} aria-hidden /> Everything (JSON)
            </p>
            <p className="muted small">Every record and note, to keep or to import into Carnet on another computer.</p>
            <label className="checkbox data-identity-choice">
              <input type="checkbox" checked={withIds} onChange={(e) => setWithIds(e.target.checked)} aria-describedby={withIds ? warnId : undefined} />
              Include passport and ID numbers — anyone with the file can read them
            </label>
            {withIds && (
              <p className="banner banner--warn small" id={warnId}>
                <AlertTriangle size={14} aria-hidden /> The numbers will be written in the file in clear. Keep it private and delete it when done.
              </p>
            )}
          </div>
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void run('json', () => request('data.exportJson', { includeIdentityNumbers: withIds }))}
          >
            <Download size={15} aria-hidden /> Export JSON
          </button>
        </div>

        <div className="data-export-row">
          <div>
            <p className="data-export-title">
              <CalendarDays size={16} aria-hidden /> Calendar (.ics)
            </p>
            <p className="muted small">Trips, lottery windows, appointments and special-order steps, for Apple, Google or Outlook calendars. Importing a newer file updates the same events.</p>
            <div className="data-ics-scope">
              <div className="field">
                <label htmlFor="ics-scope">What to export</label>
                <select id="ics-scope" value={scope} onChange={(e) => setScope(e.target.value as typeof scope)}>
                  <option value="all">Everything</option>
                  <option value="trip" disabled={tripChoices.length === 0}>
                    One trip
                  </option>
                  <option value="range">A range of days</option>
                </select>
              </div>
              {scope === 'trip' && (
                <div className="field">
                  <label htmlFor="ics-trip">Trip</label>
                  <select id="ics-trip" value={chosenTrip ?? ''} onChange={(e) => setTripId(Number(e.target.value))}>
                    {tripChoices.map((t) => (
                      <option key={t.id} value={t.id}>
                        {t.title} · {formatDayRange(t.startDay, t.endDay)}
                      </option>
                    ))}
                  </select>
                </div>
              )}
              {scope === 'range' && (
                <>
                  <div className="field">
                    <label htmlFor="ics-from">From</label>
                    <input id="ics-from" type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
                  </div>
                  <div className="field">
                    <label htmlFor="ics-to">To</label>
                    <input id="ics-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
                  </div>
                </>
              )}
            </div>
          </div>
          <button
            type="button"
            className="button"
            disabled={busy !== null}
            onClick={() => void run('ics', () => request('data.exportIcs', icsInput()))}
          >
            <Download size={15} aria-hidden /> Export calendar
          </button>
        </div>

        <div className="data-export-row">
          <div>
            <p className="data-export-title">
              <Sheet size={16} aria-hidden /> Spreadsheet (CSV)
            </p>
            <p className="muted small">For Excel, Numbers or Google Sheets: purchases one row per item, and every appointment attempt.</p>
          </div>
          <div className="data-buttons">
            <button type="button" className="button" disabled={busy !== null} onClick={() => void run('purchases', () => request('data.exportCsv', { kind: 'purchases' }))}>
              <Download size={15} aria-hidden /> Purchases
            </button>
            <button type="button" className="button" disabled={busy !== null} onClick={() => void run('attempts', () => request('data.exportCsv', { kind: 'attempts' }))}>
              <Download size={15} aria-hidden /> Appointment attempts
            </button>
          </div>
        </div>
      </div>
      {busy && <LoadingState label="Preparing the file…" />}
      <StatusLine status={status} />
    </div>
  );
}

function Import() {
  const input = useRef<HTMLInputElement>(null);
  const importJson = useWrite('data.importJson');
  const [status, setStatus] = useState<Status>(null);
  const [pending, setPending] = useState<{ name: string; content: string; message: string } | null>(null);

  const submit = (name: string, content: string, replace: boolean) => {
    setStatus(null);
    importJson.mutate(
      { content, replace },
      {
        onSuccess: (summary) => {
          setPending(null);
          const records = Object.values(summary.tables).reduce((a, b) => a + b, 0);
          setStatus({
            kind: 'done',
            text: `Imported ${name}: ${records} records${summary.identityNumbers ? ` and ${summary.identityNumbers} identity numbers` : ''}.${summary.backup ? ' The journal as it was is kept as a backup.' : ''}`,
          });
        },
        onError: (err) => {
          if (err.code === 'conflict' && !replace) {
            setPending({ name, content, message: err.message });
            return;
          }
          setPending(null);
          setStatus(errorStatus(err));
        },
      },
    );
  };

  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    submit(file.name, await file.text(), false);
  };

  return (
    <div className="data-block">
      <h3 className="settings-subtitle">Import</h3>
      <p className="muted small">Brings back a Carnet export (.json). The whole file is checked first: if anything in it is wrong, nothing is imported and you see what.</p>
      <div className="data-buttons">
        <button type="button" className="button" disabled={importJson.isPending} onClick={() => input.current?.click()}>
          <Upload size={15} aria-hidden /> Import a Carnet export…
        </button>
        <input ref={input} type="file" accept=".json,application/json" className="sr-only" tabIndex={-1} aria-label="Carnet export file" onChange={(e) => void onFile(e)} />
      </div>
      {importJson.isPending && <LoadingState label="Checking and importing…" />}
      <StatusLine status={status} />
      <ConfirmDialog
        open={pending !== null}
        title="Replace everything in this journal?"
        message={
          <>
            <p>{pending?.message.replace(/ Nothing was changed\.$/, '')}</p>
            <p>
              Replacing puts everything from <strong>{pending?.name}</strong> in place of what this journal holds now. A backup of the journal as it is now is kept
              first, so you can restore it.
            </p>
          </>
        }
        confirmLabel="Replace everything"
        danger
        busy={importJson.isPending}
        onConfirm={() => pending && submit(pending.name, pending.content, true)}
        onClose={() => setPending(null)}
      />
    </div>
  );
}

function Backups() {
  const list = useChannel('data.listBackups');
  const backupNow = useWrite('data.backupNow');
  const restore = useWrite('data.restore');
  const [status, setStatus] = useState<Status>(null);
  const [choice, setChoice] = useState<BackupInfo | null>(null);

  return (
    <div className="data-block">
      <div className="data-block-head">
        <h3 className="settings-subtitle">Backups</h3>
        <button
          type="button"
          className="button button--primary"
          disabled={backupNow.isPending}
          onClick={() => {
            setStatus(null);
            backupNow.mutate(undefined, {
              onSuccess: (b) => setStatus({ kind: 'done', text: `Backed up (${formatBytes(b.sizeBytes)}).` }),
              onError: (err) => setStatus(errorStatus(err)),
            });
          }}
        >
          <Archive size={15} aria-hidden /> Back up now
        </button>
      </div>
      <p className="muted small">
        Carnet backs the journal up each day it starts, keeping the last 7 days and one backup a week for 8 weeks. Backups you make stay until you delete them.
      </p>
      <StatusLine status={status} />
      {list.isPending && <LoadingState label="Loading backups…" />}
      {list.error && <ErrorState message={list.error.message} onRetry={() => void list.refetch()} />}
      {list.data && list.data.backups.length === 0 && (
        <p className="data-empty">
          <Archive size={16} aria-hidden /> No backups yet. The first one is made the next time Carnet starts — or now, with “Back up now”.
        </p>
      )}
      {list.data && list.data.backups.length > 0 && (
        <table className="table data-backups">
          <caption className="sr-only">Backups, newest first</caption>
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Kind</th>
              <th scope="col" className="num">
                Size
              </th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {list.data.backups.map((b) => (
              <tr key={b.id}>
                <td className="nowrap">{when(b.createdAt)}</td>
                <td>{BACKUP_KIND_LABELS[b.kind]}</td>
                <td className="num nowrap">{formatBytes(b.sizeBytes)}</td>
                <td className="data-row-actions">
                  <button type="button" className="button button--small" onClick={() => setChoice(b)} aria-label={`Restore the backup of ${when(b.createdAt)}`}>
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
        title="Restore this backup?"
        message={
          <p>
            The journal goes back to how it was on <strong>{choice ? when(choice.createdAt) : ''}</strong>. Everything written since is replaced — but the
            journal as it is now is kept as a backup first, so this can be undone.
          </p>
        }
        confirmLabel="Restore"
        danger
        busy={restore.isPending}
        error={restore.error?.message ?? null}
        onConfirm={() =>
          choice &&
          restore.mutate(
            { id: choice.id },
            {
              onSuccess: (r) => {
                setChoice(null);
                setStatus({ kind: 'done', text: `Restored the backup of ${when(r.restored.createdAt)}. The journal as it was is kept as a backup.` });
              },
            },
          )
        }
        onClose={() => {
          setChoice(null);
          restore.reset();
        }}
      />
    </div>
  );
}
