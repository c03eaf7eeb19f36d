import { BellRing, Stamp } from 'lucide-react';
import type { ContactRole } from '../../../../shared/api/contacts';
import type { DashboardSummary, WaitingOrder } from '../../../../shared/api/dashboard';
import { STATUS_LABELS } from '../../../../shared/domain/special-order-status';
import { formatDay } from '../../lib/format';
import { relativeDay } from '../../lib/relative-day';
import { href } from '../../lib/router';
import { DashCard, DashEmpty } from './DashCard';
import { FollowUpActions } from './KeepInTouchCards';

const ROLE_LABELS: Record<ContactRole, string> = { sa: 'SA', manager: 'Manager', leather_desk: 'Leather desk', concierge: 'Concierge', other: 'Contact' };

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function waitLine(o: WaitingOrder, today: string): string {
  if (o.status === 'arrived') return o.arrivedOn ? `Arrived ${relativeDay(o.arrivedOn, today)} · your decision` : 'Arrived · your decision';
  if (o.placedOn && o.placedOn > today) return `To be placed ${relativeDay(o.placedOn, today)}`;
  if (o.daysWaited !== null) return `${plural(o.daysWaited, 'day')} since ordered`;
  if (o.offeredOn) return `Offered ${relativeDay(o.offeredOn, today)} · not placed yet`;
  return 'Not placed yet';
}

const RANGE_TEXT = { before: 'before the expected range', within: 'within the expected range', after: 'past the expected range' } as const;

const ORDERS_SHOWN = 5;

export function OrdersCard({ summary }: { summary: DashboardSummary }) {
  const orders = summary.specialOrders.slice(0, ORDERS_SHOWN);
  const more = summary.specialOrders.length - orders.length;
  return (
    <DashCard id="dash-orders" title="Special orders" icon={Stamp} to="/special-orders" toLabel="All orders" className="dash-orders">
      {orders.length === 0 ? (
        <DashEmpty action={summary.counts.specialOrders === 0 ? { to: '/special-orders', label: 'Record an order' } : undefined}>
          {summary.counts.specialOrders === 0
            ? 'When an SA offers you a special order, record it here to follow the wait and your choices until the bag arrives.'
            : 'Nothing waiting: every special order is decided or cancelled.'}
        </DashEmpty>
      ) : (
        <>
          <ul className="dash-rows">
            {orders.map((o) => (
              <li key={o.id}>
                <a className="dash-row" href={href(`/special-orders/${o.id}`)}>
                  <span className="dash-row-main">
                    <span className="dash-row-title">{[o.model, o.size].filter(Boolean).join(' ')}</span>
                    <span className="dash-row-sub">
                      {waitLine(o, summary.today)}
                      {o.status !== 'arrived' && o.rangePosition && !(o.placedOn && o.placedOn > summary.today) ? ` · ${RANGE_TEXT[o.rangePosition]}` : ''}
                    </span>
                  </span>
                  <span className={`status status--${o.status}`}>{STATUS_LABELS[o.status]}</span>
                </a>
              </li>
            ))}
          </ul>
          {more > 0 && (
            <p className="dash-footnote">
              <a href={href('/special-orders')}>{plural(more, 'more order')} in play</a>
            </p>
          )}
        </>
      )}
    </DashCard>
  );
}

export function FollowUpsCard({ summary }: { summary: DashboardSummary }) {
  const due = summary.followUpsDue;
  const more = summary.followUpsDueCount - due.length;
  const next = summary.nextFollowUp;
  return (
    <DashCard id="dash-follow" title="Follow-ups due" icon={BellRing} to="/contacts" toLabel="Contacts" className="dash-follow">
      {due.length === 0 ? (
        summary.counts.contacts === 0 ? (
          <DashEmpty action={{ to: '/contacts', label: 'Add a contact' }}>
            Add the SAs and managers you deal with, and set a follow-up day to be reminded here.
          </DashEmpty>
        ) : next ? (
          <DashEmpty>
            Nothing due. Next: <a href={href(`/contacts/${next.id}`)}>{next.name}</a>, {formatDay(next.followUpOn)} ({relativeDay(next.followUpOn, summary.today)}).
          </DashEmpty>
        ) : (
          <DashEmpty>Nothing due. Set a follow-up day on a contact, or when you log a message, to be reminded here.</DashEmpty>
        )
      ) : (
        <>
          <ul className="dash-rows">
            {due.map((c) => (
              <li key={c.id} className="dash-follow-row">
                <a className="dash-row" href={href(`/contacts/${c.id}`)}>
                  <span className="dash-row-main">
                    <span className="dash-row-title">{c.name}</span>
                    <span className="dash-row-sub">
                      {[ROLE_LABELS[c.role], c.boutiqueName].filter(Boolean).join(' · ')}
                      {c.reason === 'cadence' ? ' · by cadence' : c.reason === 'snoozed' ? ' · snoozed' : ''}
                      {c.lastInteractionDay ? ` · last contact ${relativeDay(c.lastInteractionDay, summary.today)}` : ' · no contact logged'}
                    </span>
                  </span>
                  <span className={`dash-due${c.daysOverdue > 0 ? ' dash-due--late' : ''}`}>
                    {c.daysOverdue === 0 ? 'Today' : `${plural(c.daysOverdue, 'day')} late`}
                  </span>
                </a>
                <FollowUpActions id={c.id} name={c.name} today={summary.today} />
              </li>
            ))}
          </ul>
          {more > 0 && (
            <p className="dash-footnote">
              <a href={href('/contacts')}>{plural(more, 'more follow-up')} due</a>
            </p>
          )}
        </>
      )}
    </DashCard>
  );
}
