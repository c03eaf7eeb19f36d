/**
 * Settings › Trash: what was deleted in the last 30 days, each with what went with it; restore
 * it as it was, delete it forever, or empty the Trash. Entries older than 30 days leave on start.
 */
import { DateTime } from 'luxon';
import { RotateCcw, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { TrashEntry } from '../../../../shared/api/trash';
import { describeCounts, TRASH_DAYS } from '../../../../shared/domain/trash';
import { undoDelete } from '../../components/DeleteRecordDialog';
import { ConfirmDialog } from '../../components/Dialog';
import { ErrorState, LoadingState } from '../../components/States';
import { formatDay } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import './trash.css';

const when = (instant: string) => DateTime.fromISO(instant).toFormat('ccc d LLL yyyy, HH:mm');

export function TrashSection() {
  const list = useChannel('trash.list');
  const purge = useWrite('trash.purge');
  const [restoring, setRestoring] = useState<number | null>(null);
  const [forever, setForever] = useState<TrashEntry | 'all' | null>(null);
  const entries = list.data ?? [];
  const close = () => {
    purge.reset();
    setForever(null);
  };
  return (
    <section className="card settings-card trash-section" id="trash" aria-labelledby="trash-title">
      <div className="trash-head">
        <h2 className="card-title" id="trash-title">
          Trash
        </h2>
        {entries.length > 0 && (
          <button type="button" className="button button--small button--danger-ghost" onClick={() => setForever('all')}>
            <Trash2 size={14} aria-hidden /> Empty the Trash
          </button>
        )}
      </div>
      <p className="muted small">
        What you delete waits here {TRASH_DAYS} days with everything that went with it (its notes, log entries, items, steps), then leaves for good. Restoring
        puts it back as it was.
      </p>
      {list.isPending && <LoadingState label="Loading the Trash…" />}
      {list.error && <ErrorState message={list.error.message} onRetry={() => void list.refetch()} />}
      {list.data && entries.length === 0 && (
        <p className="trash-empty">
          <Trash2 size={16} aria-hidden /> The Trash is empty.
        </p>
      )}
      {entries.length > 0 && (
        <ul className="trash-list" aria-label="Deleted records, newest first">
          {entries.map((e) => (
            <li key={e.id} className="trash-item">
              <div className="trash-item-text">
                <p className="trash-item-title">
                  <span className="chip chip--small">{e.kindLabel}</span> <strong>{e.label}</strong>
                </p>
                <p className="muted small">
                  Deleted {when(e.deletedAt)} · leaves the Trash after {formatDay(e.purgedAfter)}
                </p>
                {describeCounts(e.counts) && <p className="small">With it: {describeCounts(e.counts)}.</p>}
              </div>
              <div className="trash-item-actions">
                <button
                  type="button"
                  className="button button--small"
                  disabled={restoring !== null}
                  aria-label={`Restore ${e.kindLabel.toLowerCase()} ${e.label}`}
                  onClick={() => {
                    setRestoring(e.id);
                    void undoDelete(e.kind, e.recordId, false).finally(() => setRestoring(null));
                  }}
                >
                  <RotateCcw size={14} aria-hidden /> Restore
                </button>
                <button type="button" className="button button--small button--danger-ghost" aria-label={`Delete ${e.kindLabel.toLowerCase()} ${e.label} forever`} onClick={() => setForever(e)}>
                  Delete forever
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      <ConfirmDialog
        open={forever !== null}
        title={forever === 'all' ? 'Empty the Trash?' : 'Delete this forever?'}
        message={
          forever === 'all' ? (
            <p>
              {entries.length === 1 ? 'The record' : `All ${entries.length} records`} in the Trash, and everything that went with them, leave Carnet for good. Backups
              taken before today still hold them.
            </p>
          ) : (
            forever && (
              <p>
                <strong>{forever.label}</strong> {forever.goesWith ? 'and what went with it leave' : 'leaves'} Carnet for good. Backups taken before today still hold it.
              </p>
            )
          )
        }
        confirmLabel={forever === 'all' ? 'Empty the Trash' : 'Delete forever'}
        danger
        busy={purge.isPending}
        error={purge.error?.message ?? null}
        onClose={close}
        onConfirm={() => forever && purge.mutate(forever === 'all' ? { all: true } : { id: forever.id }, { onSuccess: close })}
      />
    </section>
  );
}
