/**
 * The dashboard ('#/dashboard'): what is next and what is waiting, from one read
 * (dashboard.summary). Each card links to the screen that holds the records; an empty card
 * says what to do first.
 */
import { DateTime } from 'luxon';
import { BedDouble, Luggage, Receipt, UsersRound } from 'lucide-react';
import type { DashboardSummary } from '../../../../shared/api/dashboard';
import { ErrorState, LoadingState, PageHeader } from '../../components/States';
import { daysIn, formatDayRange, formatMoney } from '../../lib/format';
import { useChannel } from '../../lib/query';
import { href } from '../../lib/router';
import '../../styles/dashboard.css';
import { DashCard, DashEmpty } from './DashCard';
import { LotteryCard } from './LotteryCard';
import { OffersCard } from './OffersCard';
import { BriefsCard } from './BriefsCard';
import { FollowUpsCard, OrdersCard } from './WaitingCards';
import { BirthdaysCard, CadenceCard } from './KeepInTouchCards';
import { CollectionCard, WishesCard } from './WishCollectionCards';

export function DashboardPage() {
  const summary = useChannel('dashboard.summary', undefined);
  return (
    <div className="page dashboard">
      <PageHeader
        title="Dashboard"
        subtitle={summary.data ? `${DateTime.fromISO(summary.data.today).toFormat('cccc d LLLL yyyy')} · what is next, and what is waiting` : 'What is next, and what is waiting'}
      />
      {summary.isPending && <LoadingState label="Gathering your journal…" />}
      {summary.error && <ErrorState message={summary.error.message} onRetry={() => void summary.refetch()} />}
      {summary.data && (
        <div className="dash-grid">
          <LotteryCard summary={summary.data} receivedAt={summary.dataUpdatedAt} onWindowChange={() => void summary.refetch()} />
          <TripCard summary={summary.data} />
          <OrdersCard summary={summary.data} />
          <FollowUpsCard summary={summary.data} />
          <CadenceCard summary={summary.data} />
          <BirthdaysCard summary={summary.data} />
          <SpendCard summary={summary.data} />
          <OffersCard summary={summary.data} />
          <WishesCard summary={summary.data} />
          <CollectionCard summary={summary.data} />
          <BriefsCard today={summary.data.today} />
        </div>
      )}
    </div>
  );
}

function TripCard({ summary }: { summary: DashboardSummary }) {
  const t = summary.nextTrip;
  return (
    <DashCard id="dash-trip" title="Next trip" icon={Luggage} to={t ? `/trips/${t.id}` : '/trips'} toLabel={t ? 'Open trip' : 'Trips'} className="dash-trip">
      {!t ? (
        <DashEmpty action={{ to: '/trips', label: summary.counts.trips === 0 ? 'Plan your first trip' : 'Plan a trip' }}>
          {summary.counts.trips === 0
            ? 'Plan a trip to Paris to see its lottery windows, wishlist and boutiques here.'
            : 'No trip ahead. Plan the next one to see its lottery windows here.'}
        </DashEmpty>
      ) : (
        <div className="dash-trip-body">
          <a className="dash-trip-title" href={href(`/trips/${t.id}`)}>
            {t.title}
          </a>
          <p className="dash-trip-when">
            {t.city} · {formatDayRange(t.startDay, t.endDay)}
          </p>
          <p className="dash-big">
            {t.inProgress ? (
              <>
                Day <strong>{t.dayOfTrip}</strong> of {daysIn(t.startDay, t.endDay)}
              </>
            ) : t.daysUntil === 1 ? (
              <strong>Tomorrow</strong>
            ) : (
              <>
                in <strong>{t.daysUntil}</strong> days
              </>
            )}
          </p>
          <ul className="dash-facts">
            {t.hotelName && (
              <li>
                <BedDouble size={14} aria-hidden /> {t.hotelName}
              </li>
            )}
            <li>
              <UsersRound size={14} aria-hidden /> {t.travellers === 1 ? 'Travelling alone' : `${t.travellers} travelling`}
            </li>
            <li>{t.wanted === 0 ? 'Nothing on the wishlist yet' : `${t.wanted} still wanted on the wishlist`}</li>
          </ul>
          {t.laterTrips > 0 && (
            <p className="muted dash-footnote">
              {t.laterTrips} more trip{t.laterTrips === 1 ? '' : 's'} planned after this one.
            </p>
          )}
        </div>
      )}
    </DashCard>
  );
}

function SpendCard({ summary }: { summary: DashboardSummary }) {
  const { year, totals, quotaBags } = summary.spend;
  return (
    <DashCard id="dash-spend" title={`Spend in ${year}`} icon={Receipt} to="/purchases" toLabel="Purchases" className="dash-spend">
      {totals.length === 0 ? (
        <DashEmpty action={{ to: '/purchases', label: summary.counts.purchases === 0 ? 'Record a receipt' : 'Open purchases' }}>
          {summary.counts.purchases === 0
            ? 'Record what you buy to see your spend per boutique and SA, and to track détaxe refunds.'
            : `Nothing bought in ${year} yet.`}
        </DashEmpty>
      ) : (
        <>
          <ul className="dash-spend-list">
            {totals.map((t) => (
              <li key={t.currency}>
                <span className="dash-money">{formatMoney(t.totalMinor, t.currency)}</span>
                <span className="muted">
                  {t.purchases} receipt{t.purchases === 1 ? '' : 's'}
                </span>
              </li>
            ))}
          </ul>
          {totals.length > 1 && <p className="muted dash-footnote">Each currency on its own line: amounts are never added across currencies.</p>}
          <p className="dash-footnote">
            {quotaBags === 0 ? 'No quota bag bought this year.' : `${quotaBags} quota bag${quotaBags === 1 ? '' : 's'} bought this year`}
            <span className="muted"> · reported guidance: at most two a year.</span>
          </p>
        </>
      )}
    </DashCard>
  );
}
