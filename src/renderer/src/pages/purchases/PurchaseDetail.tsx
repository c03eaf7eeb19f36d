import { ArrowLeft, Gift, Pencil, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { CATEGORY_LABELS } from '../../../../shared/api/purchases';
import { DeleteRecordDialog } from '../../components/DeleteRecordDialog';
import { labelDay } from '../../../../shared/domain/trash';
import { ErrorState, LoadingState, PageHeader } from '../../components/States';
import { formatDay, formatMoney } from '../../lib/format';
import { useChannel } from '../../lib/query';
import { href, navigate } from '../../lib/router';
import { DetaxeCard } from './DetaxeCard';
import { Attachments } from '../../components/attachments/Attachments';
import { itemsLine, quotaLabel } from './labels';
import { ReceiptForm } from './ReceiptForm';

export function PurchaseDetail({ id }: { id: number }) {
  const purchase = useChannel('purchases.get', { id });
  const boutiques = useChannel('boutiques.list');
  const contacts = useChannel('contacts.list', { limit: 1000 });
  const trips = useChannel('trips.list');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);

  const back = (
    <a className="back-link" href={href('/purchases')}>
      <ArrowLeft size={16} aria-hidden /> All purchases
    </a>
  );
  if (purchase.isPending) return <LoadingState label="Loading the receipt…" />;
  if (purchase.error) {
    return (
      <div className="page">
        {back}
        <ErrorState message={purchase.error.message} onRetry={purchase.error.code === 'not_found' ? undefined : () => void purchase.refetch()} />
      </div>
    );
  }
  const p = purchase.data;
  const boutique = boutiques.data?.find((b) => b.id === p.boutiqueId);
  const contact = contacts.data?.find((c) => c.id === p.contactId);
  const trip = trips.data?.find((t) => t.id === p.tripId);
  const offered = p.items.filter((i) => i.offered).length;

  return (
    <div className="page">
      {back}
      <PageHeader
        title={itemsLine(p)}
        subtitle={[formatDay(p.day), boutique?.name, contact ? `with ${contact.name}` : null].filter(Boolean).join(' · ')}
        actions={
          <>
            <button type="button" className="button" onClick={() => setEditing(true)}>
              <Pencil size={16} aria-hidden /> Edit
            </button>
            <button type="button" className="button button--danger-ghost" onClick={() => setDeleting(true)}>
              <Trash2 size={16} aria-hidden /> Delete
            </button>
          </>
        }
      />
      <div className="purchase-layout">
        <section className="card purchase-receipt" aria-labelledby="receipt-title">
          <h2 className="card-title" id="receipt-title">
            Receipt · {p.items.length} item{p.items.length === 1 ? '' : 's'}
          </h2>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Item</th>
                <th scope="col">Category</th>
                <th scope="col">Bag</th>
                <th scope="col" className="num">
                  Price
                </th>
              </tr>
            </thead>
            <tbody>
              {p.items.map((i) => (
                <tr key={i.id}>
                  <td>
                    {i.description}
                    {i.offered && (
                      <span className="chip chip--small chip--offered">
                        <Gift size={12} aria-hidden /> offered by the SA
                      </span>
                    )}
                  </td>
                  <td>{CATEGORY_LABELS[i.category]}</td>
                  <td>{quotaLabel(i) ? <span className={`quota quota--${i.quota ? 'yes' : 'no'}`}>{quotaLabel(i)}</span> : <span className="muted">—</span>}</td>
                  <td className="num">{formatMoney(i.priceMinor, p.currency)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row" colSpan={3}>
                  Total
                </th>
                <td className="num">
                  <strong>{formatMoney(p.totalMinor, p.currency)}</strong>
                </td>
              </tr>
            </tfoot>
          </table>
          {offered > 0 && (
            <p className="muted purchase-offered-note">
              {offered} of {p.items.length} item{p.items.length === 1 ? ' was' : 's were'} offered by the SA rather than asked for.
            </p>
          )}
        </section>
        <div className="purchase-side">
          <section className="card" aria-labelledby="purchase-details-title">
            <h2 className="card-title" id="purchase-details-title">
              Details
            </h2>
            <dl className="facts">
              <dt>Day</dt>
              <dd>{formatDay(p.day)}</dd>
              <dt>Boutique</dt>
              <dd>
                {boutique ? `${boutique.name}${boutique.city !== 'Paris' ? ` · ${boutique.city}` : ''}` : <span className="muted">Not recorded</span>}
                {p.online && <span className="chip chip--small chip--online">Bought online</span>}
              </dd>
              <dt>SA</dt>
              <dd>{contact ? <a href={href(`/contacts/${contact.id}`)}>{contact.name}</a> : <span className="muted">Not recorded</span>}</dd>
              <dt>Trip</dt>
              <dd>{trip ? <a href={href(`/trips/${trip.id}`)}>{trip.title}</a> : <span className="muted">None</span>}</dd>
              <dt>Currency</dt>
              <dd>{p.currency}</dd>
            </dl>
            {p.notes && (
              <>
                <h3 className="details-notes-title">Notes</h3>
                <p className="prose">{p.notes}</p>
              </>
            )}
          </section>
          <DetaxeCard purchase={p} />
        </div>
      </div>
      <Attachments recordKind="purchase" recordId={p.id} title="Photos, receipt and détaxe form" className="purchase-attachments" />
      <ReceiptForm open={editing} purchase={p} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
      <DeleteRecordDialog
        open={deleting}
        channel="purchases.delete"
        kind="purchase"
        id={p.id}
        label={`Receipt of ${labelDay(p.day)}`}
        title="Delete this receipt?"
        message={
          <p>
            The receipt of {formatDay(p.day)} ({formatMoney(p.totalMinor, p.currency)}, {p.items.length} item{p.items.length === 1 ? '' : 's'}) goes to the Trash with
            its items and decision notes. A receipt that pays for a special order cannot be deleted.
          </p>
        }
        confirmLabel="Delete receipt"
        reopenOnUndo
        onClose={() => setDeleting(false)}
        onDeleted={() => {
          setDeleting(false);
          navigate('/purchases');
        }}
      />
    </div>
  );
}
