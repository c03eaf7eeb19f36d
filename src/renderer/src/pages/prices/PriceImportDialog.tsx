/**
 * Import from CSV: the file is read here as text and checked by a preview (prices.importCsv with
 * dryRun) before anything is written: how many prices are new, how many already there, the first
 * rows; or every problem, by row and column, and nothing imported.
 */
import { useEffect, useState } from 'react';
import type { PriceImport } from '../../../../shared/api/prices';
import { ApiError, request } from '../../api';
import { Dialog } from '../../components/Dialog';
import { LoadingState } from '../../components/States';
import { showToast } from '../../components/toast/toast';
import { formatDay, formatMoney } from '../../lib/format';
import { useWrite } from '../../lib/query';

const prices = (n: number) => `${n} price${n === 1 ? '' : 's'}`;

export function PriceImportDialog({ file, onClose }: { file: { name: string; content: string }; onClose: () => void }) {
  const [preview, setPreview] = useState<PriceImport | null>(null);
  const [problem, setProblem] = useState<{ message: string; issues: string[] } | null>(null);
  const importCsv = useWrite('prices.importCsv');

  useEffect(() => {
    let live = true;
    request('prices.importCsv', { content: file.content, dryRun: true }).then(
      (p) => live && setPreview(p),
      (err: unknown) => {
        if (!live) return;
        const issues = err instanceof ApiError ? err.issues.map((i) => i.message) : [];
        const message = err instanceof Error ? err.message : 'The file could not be checked.';
        setProblem({ message, issues: issues.length === 1 && issues[0] === message ? [] : issues });
      },
    );
    return () => {
      live = false;
    };
  }, [file.content]);

  const run = () =>
    importCsv.mutate(
      { content: file.content },
      {
        onSuccess: (r) => {
          onClose();
          showToast({ message: `Added ${prices(r.added)}${r.skippedDuplicates ? ` (${r.skippedDuplicates} already in your price book)` : ''}.` });
        },
        onError: (err) => setProblem({ message: err.message, issues: err.issues.map((i) => i.message).filter((m) => m !== err.message) }),
      },
    );

  const canImport = preview !== null && preview.added > 0 && problem === null;
  return (
    <Dialog
      title="Import prices from a CSV file"
      open
      wide
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            {canImport ? 'Cancel' : 'Close'}
          </button>
          {canImport && (
            <button type="button" className="button button--primary" disabled={importCsv.isPending} onClick={run}>
              Import {prices(preview.added)}
            </button>
          )}
        </>
      }
    >
      <p className="muted small">{file.name}</p>
      {!preview && !problem && <LoadingState label="Checking the file…" />}
      {problem && (
        <div className="banner banner--error pb-import-problems" role="alert">
          <p>{problem.message}</p>
          {problem.issues.length > 0 && (
            <ul aria-label="Problems in the file">
              {problem.issues.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {preview && !problem && (
        <>
          <p className="pb-import-summary">
            {preview.added > 0 ? `${prices(preview.added)} will be added` : 'Nothing new to add'}
            {preview.skippedDuplicates > 0 ? `; ${preview.skippedDuplicates} already in your price book ${preview.skippedDuplicates === 1 ? 'is' : 'are'} skipped.` : '.'}
          </p>
          {preview.ignoredColumns.length > 0 && <p className="muted small">Not read: {preview.ignoredColumns.join(', ')}.</p>}
          <table className="table pb-import-rows" aria-label="First rows of the file">
            <thead>
              <tr>
                <th className="num">Row</th>
                <th>Item</th>
                <th>Country</th>
                <th className="num">Price</th>
                <th>Seen</th>
                <th>Where</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {preview.rows.map((r) => (
                <tr key={r.row} className={r.duplicate ? 'muted' : undefined}>
                  <td className="num">{r.row}</td>
                  <td>{[[r.model, r.size].filter(Boolean).join(' '), r.leather, r.hardware].filter(Boolean).join(' · ')}</td>
                  <td>{r.country}</td>
                  <td className="num">{formatMoney(r.priceMinor, r.currency)}</td>
                  <td>{formatDay(r.seenOn)}</td>
                  <td>{[r.boutique, r.source].filter(Boolean).join(' · ') || '—'}</td>
                  <td>{r.duplicate ? 'Already there' : 'New'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </Dialog>
  );
}
