/**
 * The wishlist and the collection on the dashboard: wishes an offer still being decided answers
 * (each one click from its offer), and the pieces owned with what they cost and cost today, per
 * currency (never summed across currencies; today's prices are from the user's own price book).
 */
import { Gem, Heart } from 'lucide-react';
import type { DashboardSummary } from '../../../../shared/api/dashboard';
import { formatDay, formatMoney } from '../../lib/format';
import { href } from '../../lib/router';
import { ago, DashCard, DashEmpty } from './DashCard';

const pieces = (n: number) => `${n} piece${n === 1 ? '' : 's'}`;

export function WishesCard({ summary }: { summary: DashboardSummary }) {
  const { offered, wanted } = summary.wishes;
  return (
    <DashCard id="dash-wishes" title="Wishlist" icon={Heart} to="/wishlist" toLabel="Wishlist" className="dash-wishes">
      {offered.length === 0 ? (
        <DashEmpty action={{ to: '/wishlist', label: wanted === 0 ? 'Add a wish' : 'Open the wishlist' }}>
          {wanted === 0
            ? 'Add the bags you hope for: an offer that answers one shows here while you decide.'
            : `${wanted} wish${wanted === 1 ? '' : 'es'} still wanted; no offer to decide on.`}
        </DashEmpty>
      ) : (
        <>
          <ul className="dash-offer-list" aria-label="Wishes offered, to decide on">
            {offered.map((w) => (
              <li key={w.wishId} className="dash-offer">
                <a href={href(`/offers/${w.offerId}`)} className="dash-offer-link">
                  {w.wish}
                </a>
                <span className="dash-row-sub">
                  Offered <strong>{ago(w.daysSince)}</strong> · {formatDay(w.offerDay)}
                  {w.boutiqueName && ` · ${w.boutiqueName}`} · still deciding
                </span>
              </li>
            ))}
          </ul>
          {wanted > 0 && <p className="muted dash-footnote">{wanted} more still wanted.</p>}
        </>
      )}
    </DashCard>
  );
}

export function CollectionCard({ summary }: { summary: DashboardSummary }) {
  const { pieces: count, paid, today } = summary.collection;
  return (
    <DashCard id="dash-collection" title="My collection" icon={Gem} to="/collection" toLabel="Collection" className="dash-collection">
      {count === 0 ? (
        <DashEmpty action={{ to: '/collection', label: 'Open My collection' }}>
          The bags and small leather goods you buy, or add by hand, are your collection: what they cost and what they cost today.
        </DashEmpty>
      ) : (
        <>
          <p className="dash-big">
            <strong>{count}</strong> {count === 1 ? 'piece' : 'pieces'} owned
          </p>
          <ul className="dash-spend-list" aria-label="Paid, per currency">
            {paid.map((t) => (
              <li key={t.currency}>
                <span className="dash-money">{formatMoney(t.totalMinor, t.currency)}</span>
                <span className="muted">paid · {pieces(t.count)}</span>
              </li>
            ))}
          </ul>
          {today.length > 0 ? (
            <ul className="dash-spend-list" aria-label="Today, from your price book">
              {today.map((t) => (
                <li key={t.currency}>
                  <span className="dash-money">{formatMoney(t.totalMinor, t.currency)}</span>
                  <span className="muted">today · {pieces(t.count)}, from your price book</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="muted dash-footnote">Add prices to your price book to see what they cost today.</p>
          )}
          {paid.length > 1 && <p className="muted dash-footnote">Each currency on its own line: amounts are never added across currencies.</p>}
        </>
      )}
    </DashCard>
  );
}
