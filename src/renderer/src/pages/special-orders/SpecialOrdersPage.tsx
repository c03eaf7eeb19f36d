import { Hourglass, Plus, Stamp } from 'lucide-react';
import { useState } from 'react';
import type { DecisionNote } from '../../../../shared/api/notes';
import type { SpecialOrder } from '../../../../shared/api/special-orders';
import { isFinal, SPECIAL_ORDER_STATUSES, STATUS_LABELS, type SpecialOrderStatus } from '../../../../shared/domain/special-order-status';
import { ColourSwatch } from '../../components/ColourSwatch';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../components/States';
import { formatDay } from '../../lib/format';
import { useChannel } from '../../lib/query';
import { href, navigate } from '../../lib/router';
import '../../styles/special-orders.css';
import { OrderDetail } from './OrderDetail';
import { OrderForm } from './OrderForm';
import { days, orderTitle, placeLine, specLine, StatusChip, useNames } from './order-bits';

export function SpecialOrdersPage({ route }: { route: string[] }) {
  const id = route[0] ? Number(route[0]) : null;
  return id ? <OrderDetail key={id} id={id} /> : <OrderList />;
}

type Filter = 'all' | SpecialOrderStatus;

/** The decision note written with an accept / reject (same day, the latest one). */
export function reasonsOf(order: SpecialOrder, notes: readonly DecisionNote[]): DecisionNote | null {
  const last = order.history[order.history.length - 1];
  if (!last || (last.status !== 'accepted' && last.status !== 'rejected')) return null;
  const candidates = notes.filter((n) => n.subjectType === 'special_order' && n.subjectId === order.id && n.kind === 'decision' && n.day === last.day);
  return candidates.sort((a, b) => b.id - a.id)[0] ?? null;
}

function OrderList() {
  const orders = useChannel('specialOrders.list');
  const notes = useChannel('notes.list', { subjectType: 'special_order' });
  const names = useNames();
  const [creating, setCreating] = useState(false);
  const [filter, setFilter] = useState<Filter>('all');

  const all = orders.data ?? [];
  const counts = new Map<SpecialOrderStatus, number>();
  for (const o of all) counts.set(o.status, (counts.get(o.status) ?? 0) + 1);
  const shown = filter === 'all' ? all : all.filter((o) => o.status === filter);
  const open = shown.filter((o) => !isFinal(o.status));
  const history = shown.filter((o) => isFinal(o.status));
  const newOrder = (
    <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
      <Plus size={16} aria-hidden /> New special order
    </button>
  );

  return (
    <div className="page">
      <PageHeader title="Special orders" subtitle="Each order's specification, the long wait, and what you thought along the way." actions={newOrder} />
      {orders.isPending && <LoadingState label="Loading special orders…" />}
      {orders.error && <ErrorState message={orders.error.message} onRetry={() => void orders.refetch()} />}
      {orders.data && all.length === 0 && (
        <EmptyState
          icon={Stamp}
          title="No special orders yet"
          action={
            <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
              <Plus size={16} aria-hidden /> Record a special order
            </button>
          }
        >
          When a boutique offers you a special order, record it here: the choices you made, the day it was placed, and what you think while you wait.
        </EmptyState>
      )}
      {all.length > 0 && (
        <div className="so-filter-bar" role="group" aria-label="Show orders by status">
          <button type="button" className="so-filter-chip" aria-pressed={filter === 'all'} onClick={() => setFilter('all')}>
            All <span className="so-filter-count">{all.length}</span>
          </button>
          {SPECIAL_ORDER_STATUSES.filter((s) => counts.has(s)).map((s) => (
            <button key={s} type="button" className="so-filter-chip" aria-pressed={filter === s} onClick={() => setFilter(s)}>
              {STATUS_LABELS[s]} <span className="so-filter-count">{counts.get(s)}</span>
            </button>
          ))}
        </div>
      )}
      {open.length > 0 && <OrderGroup title="In progress" orders={open} notes={notes.data ?? []} names={names} />}
      {history.length > 0 && <OrderGroup title="History" orders={history} notes={notes.data ?? []} names={names} />}
      <OrderForm
        open={creating}
        onClose={() => setCreating(false)}
        onSaved={(o) => {
          setCreating(false);
          navigate(`/special-orders/${o.id}`);
        }}
      />
    </div>
  );
}

function waitLabel(o: SpecialOrder): string {
  const d = o.wait.daysSincePlaced;
  if (d === null) return o.status === 'cancelled' ? 'Cancelled before it was placed' : 'Not placed yet';
  if (o.wait.ongoing) return `${days(d)} waited`;
  if (o.arrivedOn) return `Arrived after ${days(d)}`;
  return `Cancelled after ${days(d)}`;
}

function OrderGroup({ title, orders, notes, names }: { title: string; orders: SpecialOrder[]; notes: DecisionNote[]; names: ReturnType<typeof useNames> }) {
  return (
    <section className="group" aria-label={title}>
      <h2 className="group-title">{title}</h2>
      <ul className="card-list">
        {orders.map((o) => {
          const place = placeLine(o, names);
          const spec = specLine(o);
          const reasons = reasonsOf(o, notes);
          const last = o.history[o.history.length - 1]!;
          return (
            <li key={o.id}>
              <a className="card card--link so-order-card" href={href(`/special-orders/${o.id}`)}>
                <span className="so-order-card-swatches" aria-hidden>
                  {o.exteriorColour ? <ColourSwatch name={o.exteriorColour} size="large" /> : <span className="colour-swatch colour-swatch--large colour-swatch--empty" />}
                  {o.interiorColour && (
                    <span className="so-order-card-inner">
                      <ColourSwatch name={o.interiorColour} size="small" />
                    </span>
                  )}
                </span>
                <span className="so-order-card-main">
                  <span className="so-order-card-title">{orderTitle(o)}</span>
                  {spec && <span className="so-order-card-spec">{spec}</span>}
                  {place && <span className="muted">{place}</span>}
                  {reasons && (
                    <span className="so-order-card-reasons">
                      {last.status === 'rejected' ? 'Why you rejected it: ' : 'Why you accepted it: '}
                      {reasons.body}
                    </span>
                  )}
                </span>
                <span className="so-order-card-meta">
                  <StatusChip status={o.status} />
                  <span className="so-order-card-wait">
                    <Hourglass size={13} aria-hidden /> {waitLabel(o)}
                  </span>
                  <span className="muted so-order-card-day">
                    {STATUS_LABELS[last.status]} {formatDay(last.day)}
                  </span>
                </span>
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
