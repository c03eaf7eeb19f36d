import { DateTime } from 'luxon';
import { ArrowLeft, BellRing, Lightbulb, Pencil, Pin, Plus, Trash2, X } from 'lucide-react';
import { useState } from 'react';
import { guidanceKeyFor, type GuidanceChoice } from '../../../../shared/api/guidance';
import type { DecisionNote } from '../../../../shared/api/notes';
import type { SpecialOrder } from '../../../../shared/api/special-orders';
import { GUIDANCE } from '../../../../shared/domain/special-order-timing';
import { DeleteRecordDialog } from '../../components/DeleteRecordDialog';
import { noteBannerKey, resurfacedText } from '../../components/banners/AppBanners';
import { Banner } from '../../components/banners/BannerStack';
import { useDismissals } from '../../components/banners/dismissals';
import { RESURFACE_SHOWN_DAYS } from '../../../../shared/api/banners';
import { isFinal } from '../../../../shared/domain/special-order-status';
import { useNow } from '../appointments/time';
import { sortNotes } from '../../components/DecisionNotes';
import { Attachments } from '../../components/attachments/Attachments';
import { NOTE_KIND_META, NoteCard } from '../../components/notes-card';
import { useNoteEditing } from '../../components/notes-editing';
import { localToday } from '../../components/notes-form';
import { ErrorState, LoadingState, PageHeader } from '../../components/States';
import { formatDay } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { href, navigate } from '../../lib/router';
import '../../styles/notes.css';
import { DecisionPanel } from './Decision';
import { OrderForm } from './OrderForm';
import { orderTitle, placeLine, StatusChip, useNames } from './order-bits';
import { SpecCard } from './SpecCard';
import { Timeline } from './Timeline';
import { WaitCard } from './WaitCard';

const BackLink = () => (
  <a className="back-link" href={href('/special-orders')}>
    <ArrowLeft size={16} aria-hidden /> All special orders
  </a>
);

export function OrderDetail({ id }: { id: number }) {
  const order = useChannel('specialOrders.get', { id });
  const notes = useChannel('notes.list', { subjectType: 'special_order', subjectId: id });
  const guidance = useChannel('guidance.list', { orderId: id }, { enabled: order.isSuccess });

  if (order.isPending) return <LoadingState label="Loading the order…" />;
  if (order.error) {
    return (
      <div className="page">
        <BackLink />
        <ErrorState message={order.error.message} />
      </div>
    );
  }
  return <OrderScreen order={order.data} notes={notes.data ?? []} notesError={notes.error?.message ?? null} choices={guidance.data ?? []} />;
}

function OrderScreen({ order, notes, notesError, choices }: { order: SpecialOrder; notes: DecisionNote[]; notesError: string | null; choices: GuidanceChoice[] }) {
  const names = useNames();
  const title = orderTitle(order);
  const editing = useNoteEditing('special_order', order.id, title);
  const [editingOrder, setEditingOrder] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const today = localToday();
  const pinned = sortNotes(notes.filter((n) => n.pinned));
  const inTimeline = notes.filter((n) => !n.pinned);
  const place = placeLine(order, names);
  const fortnightAgo = DateTime.fromISO(today).minus({ days: RESURFACE_SHOWN_DAYS }).toISODate()!;
  const dismissals = useDismissals(useNow(60_000));
  // A decided order has settled its doubts: its notes no longer resurface.
  const resurfacing = isFinal(order.status)
    ? []
    : notes.filter((n) => n.resurfaceOn !== null && n.resurfaceOn <= today && n.resurfaceOn >= fortnightAgo && !dismissals.hidden(noteBannerKey(n.id)));

  return (
    <div className="page so-page--order">
      <BackLink />
      <PageHeader
        title={title}
        subtitle={
          <span className="so-order-subtitle">
            <StatusChip status={order.status} />
            {place && <span>{place}</span>}
            {order.offeredOn && <span>offered {formatDay(order.offeredOn)}</span>}
          </span>
        }
        actions={
          <>
            <button type="button" className="button" onClick={() => setEditingOrder(true)}>
              <Pencil size={16} aria-hidden /> Edit
            </button>
            <button type="button" className="button button--danger-ghost" onClick={() => setDeleting(true)}>
              <Trash2 size={16} aria-hidden /> Delete
            </button>
          </>
        }
      />
      <div className="so-order-layout">
        <div className="so-order-main">
          {resurfacing.map((n) => (
            <Banner
              key={n.id}
              role="status"
              actions={dismissals}
              item={{
                key: noteBannerKey(n.id),
                tone: 'note',
                icon: <BellRing size={16} aria-hidden />,
                text: <p>{resurfacedText(n, today)}</p>,
                what: `the ${NOTE_KIND_META[n.kind].label.toLowerCase()} of ${formatDay(n.day)}`,
                snoozable: true,
                action: (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => {
                      const el = document.getElementById(`note-${n.id}`);
                      el?.scrollIntoView({ behavior: 'smooth', block: 'center' });
                      el?.focus({ preventScroll: true });
                    }}
                  >
                    Read it
                  </button>
                ),
              }}
            />
          ))}
          <GuidanceOffer order={order} choices={choices} />
          <DecisionPanel order={order} notes={notes} />
          <section className="card so-timeline-card" aria-labelledby="timeline-title">
            <header className="so-timeline-card-header">
              <h2 className="card-title" id="timeline-title">
                Timeline and notes
              </h2>
              <button type="button" className="button button--small" onClick={() => editing.write()}>
                <Plus size={15} aria-hidden /> Add a note
              </button>
            </header>
            {notesError && <ErrorState message={notesError} />}
            {editing.pinError && (
              <p className="banner banner--error" role="alert">
                {editing.pinError}
              </p>
            )}
            {pinned.length > 0 && (
              <section className="so-pinned" aria-label="Pinned notes">
                <h3 className="so-pinned-title">
                  <Pin size={13} aria-hidden /> Pinned
                </h3>
                <ul className="notes-list">
                  {pinned.map((n) => (
                    <li key={n.id}>
                      <NoteCard
                        note={n}
                        today={today}
                        onEdit={() => editing.edit(n)}
                        onDelete={() => editing.askDelete(n)}
                        onTogglePin={() => editing.togglePin(n)}
                        pinBusy={editing.pinning === n.id}
                      />
                    </li>
                  ))}
                </ul>
              </section>
            )}
            <Timeline order={order} notes={inTimeline} editing={editing} today={today} />
            {notes.length === 0 && (
              <p className="muted so-timeline-hint">
                Add a note whenever you think about this order: why you chose these colours, a doubt while waiting, how you feel when it arrives. Each
                note takes its place in the timeline.
              </p>
            )}
          </section>
        </div>
        <aside className="so-order-side" aria-label="Specification and wait">
          <SpecCard order={order} />
          <WaitCard order={order} />
          <Attachments recordKind="special_order" recordId={order.id} title="Spec sheet, swatches and photos" />
          {order.notes && (
            <section className="card">
              <h2 className="card-title">About the order</h2>
              <p className="prose">{order.notes}</p>
            </section>
          )}
        </aside>
      </div>
      {editing.dialogs}
      <OrderForm open={editingOrder} order={order} onClose={() => setEditingOrder(false)} onSaved={() => setEditingOrder(false)} />
      <DeleteRecordDialog
        open={deleting}
        channel="specialOrders.delete"
        kind="special_order"
        id={order.id}
        label={title}
        title="Delete this special order?"
        message={
          <>
            <p>
              <strong>{title}</strong> goes to the Trash with its timeline and {notes.length === 1 ? 'its note' : `its ${notes.length} notes`}.
            </p>
            {order.purchaseId !== null && <p>The purchase recorded when you accepted the bag stays in your purchases.</p>}
            {order.status === 'rejected' && <p>A rejected order is kept in your history with your reasons; delete it only if it was entered by mistake.</p>}
          </>
        }
        confirmLabel="Delete order"
        reopenOnUndo
        onClose={() => setDeleting(false)}
        onDeleted={() => navigate('/special-orders')}
      />
    </div>
  );
}

/**
 * Deleting goes back to the list before the reads refresh: refreshing first would show this
 * page's "does not exist" for a moment (and unmount it before a per-call callback could run).
 */
function GuidanceOffer({ order, choices }: { order: SpecialOrder; choices: GuidanceChoice[] }) {
  const pin = useWrite('guidance.pin');
  const dismiss = useWrite('guidance.dismiss');
  const restore = useWrite('guidance.restore');
  const key = guidanceKeyFor(order.status);
  if (!key) return null;
  const choice = choices.find((c) => c.key === key);
  if (choice?.choice === 'pinned') return null;
  if (choice?.choice === 'dismissed') {
    return (
      <p className="so-guidance-dismissed muted">
        You dismissed Carnet's guidance for this stage.{' '}
        <button type="button" className="so-link-button" onClick={() => restore.mutate({ orderId: order.id, key })} disabled={restore.isPending}>
          Show it again
        </button>
      </p>
    );
  }
  const error = pin.error?.message ?? dismiss.error?.message ?? null;
  return (
    <section className="so-guidance" aria-labelledby="guidance-title">
      <div className="so-guidance-icon">
        <Lightbulb size={18} aria-hidden />
      </div>
      <div className="so-guidance-body">
        <h2 className="so-guidance-title" id="guidance-title">
          {key === 'whileWaiting' ? 'While you wait' : 'Now that it has arrived'}
        </h2>
        <p className="so-guidance-text">{GUIDANCE[key]}</p>
        <p className="so-guidance-source">Carnet's reading of what clients commonly report, not Hermès policy.</p>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </div>
      <div className="so-guidance-actions">
        <button type="button" className="button button--small" onClick={() => pin.mutate({ orderId: order.id, key })} disabled={pin.isPending}>
          <Pin size={14} aria-hidden /> Pin to this order
        </button>
        <button type="button" className="icon-button icon-button--small" onClick={() => dismiss.mutate({ orderId: order.id, key })} disabled={dismiss.isPending} aria-label="Dismiss this guidance" title="Dismiss">
          <X size={16} aria-hidden />
        </button>
      </div>
    </section>
  );
}
