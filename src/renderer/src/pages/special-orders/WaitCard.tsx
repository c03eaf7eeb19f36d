/** The wait: days since placed, where today sits in the expected range, and the user's own earlier waits. */
import type { SpecialOrder } from '../../../../shared/api/special-orders';
import { daysBetween } from '../../../../shared/domain/special-order-timing';
import { formatDay } from '../../lib/format';
import { href } from '../../lib/router';
import { days, orderTitle } from './order-bits';

function monthDay(day: string): string {
  return formatDay(day).replace(/^\w+ /, '');
}

function RangeBar({ order }: { order: SpecialOrder }) {
  const { wait, expectedFrom, expectedTo } = order;
  if (!expectedFrom || !expectedTo || wait.progress === null) return null;
  const pct = Math.round(wait.progress * 100);
  const at = wait.measuredTo;
  const label = wait.ongoing ? 'Today' : order.arrivedOn ? 'Arrived' : 'Cancelled';
  let sentence: string;
  if (wait.rangePosition === 'before') {
    const n = daysBetween(at, expectedFrom);
    sentence = wait.ongoing ? `The range you expected starts in ${days(n)}.` : `${label} ${days(n)} before the range you expected.`;
  } else if (wait.rangePosition === 'after') {
    const n = daysBetween(expectedTo, at);
    sentence = wait.ongoing
      ? `${days(n)} past the end of the range you expected. Longer waits are common; there is never a firm date.`
      : `${label} ${days(n)} after the range you expected.`;
  } else {
    sentence = wait.ongoing ? `${pct}% of the way through the range you expected.` : `${label} within the range you expected.`;
  }
  return (
    <div className="so-range">
      <h3 className="so-wait-subtitle">Expected arrival</h3>
      <div
        className={`so-range-bar so-range-bar--${wait.rangePosition}`}
        role="progressbar"
        aria-label="Where today sits in the expected range"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={pct}
        aria-valuetext={sentence}
      >
        <div className="so-range-fill" style={{ width: `${pct}%` }} />
        <div className="so-range-marker" style={{ left: `${pct}%` }}>
          <span className="so-range-marker-label">{label}</span>
        </div>
      </div>
      <div className="so-range-ends">
        <span>{monthDay(expectedFrom)}</span>
        <span>{monthDay(expectedTo)}</span>
      </div>
      <p className="so-range-sentence">{sentence}</p>
    </div>
  );
}

function Comparison({ order }: { order: SpecialOrder }) {
  const c = order.wait.comparison;
  if (!c) {
    return (
      <p className="muted so-wait-note">
        Once one of your other orders has arrived, its wait (placed to arrived) is compared with this one here.
      </p>
    );
  }
  const mine = order.wait.daysSincePlaced;
  const scale = Math.max(c.longestDays, mine ?? 0, 1);
  const rows = c.orders.slice(-4);
  return (
    <div className="so-compare">
      <h3 className="so-wait-subtitle">Your other orders</h3>
      <ul className="so-compare-list">
        {mine !== null && (
          <li className="so-compare-row so-compare-row--this">
            <span className="so-compare-name">{order.wait.ongoing ? 'This order, so far' : 'This order'}</span>
            <span className="so-compare-track">
              <span className={`so-compare-bar${order.wait.ongoing ? ' so-compare-bar--ongoing' : ''}`} style={{ width: `${(mine / scale) * 100}%` }} />
            </span>
            <span className="so-compare-days">{days(mine)}</span>
          </li>
        )}
        {rows.map((o) => (
          <li key={o.orderId} className="so-compare-row">
            <a className="so-compare-name" href={href(`/special-orders/${o.orderId}`)} title={`Placed ${formatDay(o.placedOn)}, arrived ${formatDay(o.arrivedOn)}`}>
              {o.model} · {o.placedOn.slice(0, 4)}
            </a>
            <span className="so-compare-track">
              <span className="so-compare-bar so-compare-bar--other" style={{ width: `${(o.days / scale) * 100}%` }} />
            </span>
            <span className="so-compare-days">{days(o.days)}</span>
          </li>
        ))}
      </ul>
      <p className="muted so-wait-note">
        {c.orders.length === 1
          ? `Your one earlier order took ${days(c.medianDays)} from placed to arrived.`
          : `Your ${c.orders.length} other orders took ${c.shortestDays} to ${days(c.longestDays)} (median ${days(c.medianDays)}).`}
        {mine !== null && order.wait.ongoing && mine < c.medianDays && ` Their median is ${days(c.medianDays - mine)} away.`}
        {mine !== null && order.wait.ongoing && mine > c.longestDays && ' This wait is already longer than any of them.'}
      </p>
    </div>
  );
}

export function WaitCard({ order }: { order: SpecialOrder }) {
  const { wait } = order;
  const d = wait.daysSincePlaced;
  let caption: string;
  if (d === null) caption = order.status === 'cancelled' ? 'The order was cancelled before it was placed.' : 'The wait starts when the order is placed.';
  else if (wait.ongoing) caption = `since it was placed on ${formatDay(order.placedOn!)}`;
  else if (order.arrivedOn) caption = `from placed (${formatDay(order.placedOn!)}) to arrived (${formatDay(order.arrivedOn)})`;
  else caption = `from placed (${formatDay(order.placedOn!)}) to cancelled`;

  return (
    <section className="card so-wait-card" aria-labelledby="wait-title">
      <h2 className="card-title" id="wait-title">
        The wait
      </h2>
      <p className="so-wait-figure">
        {d === null ? <span className="so-wait-none">Not placed yet</span> : <span className="so-wait-number">{days(d)}</span>}
      </p>
      <p className="muted so-wait-caption">{caption}</p>
      {d !== null && (
        <>
          {order.expectedFrom && order.expectedTo ? (
            <RangeBar order={order} />
          ) : (
            wait.ongoing && <p className="muted so-wait-note">Add an expected range (Edit) to see where today sits in it.</p>
          )}
          <Comparison order={order} />
        </>
      )}
      {d === null && <p className="muted so-wait-note">{orderTitle(order)} was {order.status === 'offered' ? `offered on ${formatDay(order.offeredOn ?? order.history[0]!.day)}` : 'never placed'}.</p>}
    </section>
  );
}
