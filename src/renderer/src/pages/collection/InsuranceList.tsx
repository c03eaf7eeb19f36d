/**
 * The insurance list (My collection › Insurance list, `#/collection/insurance`): a dated, printed
 * valuation of every piece still owned — its specification, where and when it came, what was paid
 * and its replacement value from the price book (with the day that price was seen and how it was
 * matched, never presented as official) — eight pieces to a page, totals per currency at the end.
 * Printed through the same path as the trip sheet; the same list as a spreadsheet (CSV).
 */
import { ArrowLeft, Download, Printer } from 'lucide-react';
import type { CollectionEntry, CollectionTotal } from '../../../../shared/api/collection';
import { PROVENANCE_LABELS, SOURCE_LABELS } from '../../../../shared/api/collection';
import { describeBag } from '../../../../shared/domain/special-order-spec';
import { ColourSwatch } from '../../components/ColourSwatch';
import { localToday } from '../../components/notes-form';
import { ErrorState, LoadingState } from '../../components/States';
import { request } from '../../api';
import { formatDay, formatMoney } from '../../lib/format';
import { useChannel } from '../../lib/query';
import { usePieceCovers } from './covers';
import { href } from '../../lib/router';
import { saveFile } from '../../lib/save-file';
import { showToast } from '../../components/toast/toast';
import './insurance.css';

/** Pieces per printed page: each piece's block is at most 30 mm high, so eight fit on A4 or Letter with the heading. */
export const PIECES_PER_PAGE = 8;

const totalsLine = (totals: CollectionTotal[]) => (totals.length ? totals.map((t) => `${formatMoney(t.totalMinor, t.currency)} (${t.count})`).join(' · ') : '—');

export function InsuranceList() {
  const collection = useChannel('collection.list', { show: 'owned' });
  const coverOf = usePieceCovers(collection.data?.entries);
  const data = collection.data;
  const pages: CollectionEntry[][] = [];
  for (const e of data?.entries ?? []) {
    if (pages.length === 0 || pages[pages.length - 1]!.length === PIECES_PER_PAGE) pages.push([]);
    pages[pages.length - 1]!.push(e);
  }
  const today = formatDay(localToday());
  return (
    <div className="page ins-page">
      <div className="ins-toolbar">
        <a className="back-link" href={href('/collection')}>
          <ArrowLeft size={14} aria-hidden /> My collection
        </a>
        <div className="ins-toolbar-row">
          <h1>Insurance list</h1>
          <span className="ins-buttons">
            <button type="button" className="button" onClick={() => void request('data.exportCsv', { kind: 'collection' }).then(saveFile, (err: unknown) => showToast({ tone: 'error', message: err instanceof Error ? err.message : 'The spreadsheet could not be prepared.' }))}>
              <Download size={16} aria-hidden /> Spreadsheet (CSV)
            </button>
            <button type="button" className="button button--primary" onClick={() => window.print()}>
              <Printer size={16} aria-hidden /> Print
            </button>
          </span>
        </div>
        <p className="muted">Every piece you own, with what you paid and a replacement value from your price book (the latest price you recorded for the same model and size). These are your figures: an insurer may ask for receipts or a valuation.</p>
      </div>
      {collection.isPending && <LoadingState label="Loading your collection…" />}
      {collection.error && <ErrorState message={collection.error.message} onRetry={() => void collection.refetch()} />}
      {data && (
        <article className="ins-paper" aria-label="Insurance list">
          {pages.length === 0 && <p>Your collection is empty: nothing to list.</p>}
          {pages.map((page, i) => (
            <section key={i} className="ins-sheet" aria-label={`Page ${i + 1} of ${pages.length}`}>
              <header className="ins-head">
                <strong>My collection — valued list</strong>
                <span>
                  {today} · page {i + 1} of {pages.length}
                </span>
              </header>
              <ol className="ins-items" start={i * PIECES_PER_PAGE + 1}>
                {page.map((e) => (
                  <li key={e.key} className="ins-item">
                    <span className="ins-swatch">{coverOf(e) ? <img className="ins-photo" src={coverOf(e)} alt={`Photo of ${e.title}`} /> : e.spec?.exteriorColour ? <ColourSwatch name={e.spec.exteriorColour} size="large" /> : <span className="colour-swatch colour-swatch--large colour-swatch--empty" aria-hidden />}</span>
                    <span className="ins-what">
                      <strong>{e.title}</strong>
                      {e.spec && <span>{describeBag({ ...e.spec, model: '', size: null }).replace(/^, /, '') || '—'}</span>}
                      <span className="muted">{[e.provenance ? PROVENANCE_LABELS[e.provenance] : SOURCE_LABELS[e.source], e.acquiredOn && formatDay(e.acquiredOn), e.where, e.from].filter(Boolean).join(' · ')}</span>
                    </span>
                    <span className="ins-money">
                      <span className="ins-label">Paid</span>
                      {e.priceMinor !== null && e.currency ? formatMoney(e.priceMinor, e.currency) : 'Not recorded'}
                    </span>
                    <span className="ins-money">
                      <span className="ins-label">Replacement</span>
                      {e.todayPrice ? (
                        <>
                          {formatMoney(e.todayPrice.priceMinor, e.todayPrice.currency)}
                          <span className="ins-seen">seen {formatDay(e.todayPrice.seenOn)}</span>
                        </>
                      ) : (
                        'No price recorded'
                      )}
                    </span>
                  </li>
                ))}
              </ol>
              {i === pages.length - 1 && (
                <footer className="ins-totals">
                  <span>
                    <span className="ins-label">Paid, per currency</span> {totalsLine(data.totals)}
                  </span>
                  <span>
                    <span className="ins-label">Replacement, per currency</span> {totalsLine(data.todayTotals)}
                  </span>
                  <span className="muted">Amounts in different currencies are never added together.</span>
                </footer>
              )}
            </section>
          ))}
        </article>
      )}
    </div>
  );
}
