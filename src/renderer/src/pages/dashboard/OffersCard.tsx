/**
 * Offers on the dashboard: the quota year ("1 of 2", Paris calendar year, exactly as the offers
 * screen counts it) and the time since the last offer and the last bag offer. Every figure is
 * the user's own record measured against community-reported lore, and the card says so.
 */
import { Gift } from 'lucide-react';
import type { DashboardSummary, RecentOffer } from '../../../../shared/api/dashboard';
import { DECISION_LABELS } from '../../../../shared/api/offers';
import { formatDay } from '../../lib/format';
import { href } from '../../lib/router';
import { ago, DashCard, DashEmpty } from './DashCard';


function OfferLine({ title, offer }: { title: string; offer: RecentOffer }) {
  return (
    <li className="dash-offer">
      <span className="dash-row-sub">{title}</span>
      <a href={href(`/offers/${offer.id}`)} className="dash-offer-link">
        {offer.label}
      </a>
      <span className="dash-row-sub">
        <strong className="dash-offer-ago">{ago(offer.daysSince)}</strong> · {formatDay(offer.day)}
        {offer.boutiqueName && ` · ${offer.boutiqueName}`} · {DECISION_LABELS[offer.decision].toLowerCase()}
      </span>
    </li>
  );
}

export function OffersCard({ summary }: { summary: DashboardSummary }) {
  const { quota, lastOffer, lastBagOffer, count } = summary.offers;
  const y = quota.current;
  const pips = Array.from({ length: Math.max(quota.limit, y.counted) }, (_, i) => i);
  return (
    <DashCard id="dash-offers" title="Offers" icon={Gift} to="/offers" toLabel="Offers" className="dash-offers">
      {count === 0 && y.counted === 0 ? (
        <DashEmpty action={{ to: '/offers', label: 'Record an offer' }}>
          Record what SAs offer you — taken or declined — to see your quota year and the time since your last bag offer here.
        </DashEmpty>
      ) : (
        <>
          <div className="dash-quota">
            <p className="dash-big" aria-describedby="dash-quota-lore">
              <strong>{y.counted}</strong> of {quota.limit} <span className="dash-quota-label">quota bags in {quota.year}</span>
            </p>
            <div className="dash-quota-pips" aria-hidden>
              {pips.map((i) => (
                <span key={i} className={`dash-quota-pip${i < y.counted ? ' dash-quota-pip--filled' : ''}${i >= quota.limit ? ' dash-quota-pip--over' : ''}`} />
              ))}
            </div>
          </div>
          <p className="dash-footnote">
            {y.offered} offered · {y.bought} bought
            {y.boughtWithoutOffer > 0 && <span className="muted"> ({y.boughtWithoutOffer} without a recorded offer, counted too)</span>}
          </p>
          <ul className="dash-offer-list">
            {lastBagOffer && <OfferLine title="Last bag offer" offer={lastBagOffer} />}
            {lastOffer && lastOffer.id !== lastBagOffer?.id && <OfferLine title="Last offer" offer={lastOffer} />}
            {!lastBagOffer && <li className="dash-row-sub">No bag offer recorded yet.</li>}
          </ul>
          <p className="dash-footnote">
            <a href={href('/offers/profile')}>Spend profile per store</a>
          </p>
        </>
      )}
      <p className="muted dash-footnote" id="dash-quota-lore">
        {quota.limitLabel} The year is counted in Paris time.
      </p>
    </DashCard>
  );
}
