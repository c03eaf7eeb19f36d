/**
 * The receipts of the trip with their totals in each currency (never added across currencies),
 * per boutique; and receipts dated during the stay that are not linked to the trip, to link.
 */
import { Link2, Receipt } from 'lucide-react';
import type { Purchase } from '../../../../shared/api/purchases';
import type { Trip } from '../../../../shared/api/trips';
import { ErrorState, LoadingState } from '../../components/States';
import { formatDay, formatMoney } from '../../lib/format';
import { useWrite } from '../../lib/query';
import { href } from '../../lib/router';
import { DETAXE_LABELS, itemsLine } from '../purchases/labels';
import { totalsByCurrency } from './trip-model';
import type { TripData } from './use-trip-data';

export function TripPurchases({ trip, data }: { trip: Trip; data: TripData }) {
  const { purchases, totals, duringStay } = data;
  const boutiqueName = (id: number | null) => (id === null ? null : (data.boutiques.data?.find((b) => b.id === id)?.name ?? `Boutique ${id}`));
  const contactName = (id: number | null) => (id === null ? null : (data.contacts.data?.find((c) => c.id === id)?.name ?? `Contact ${id}`));
  const unlinked = duringStay.data?.filter((p) => p.tripId === null) ?? [];
  const list = purchases.data ?? [];
  const sums = totalsByCurrency(list);
  const perBoutique = totals.data ?? [];

  return (
    <section className="card tp-section" aria-labelledby="tp-purchases-title">
      <header className="tp-section-header">
        <div>
          <h2 className="card-title" id="tp-purchases-title">
            Purchases
          </h2>
          {sums.length > 0 && (
            <p className="tp-section-sub">
              {list.length} receipt{list.length === 1 ? '' : 's'} · {sums.map((s) => formatMoney(s.totalMinor, s.currency)).join(' · ')}
            </p>
          )}
        </div>
        <a className="button button--small" href={href('/purchases')}>
          <Receipt size={14} aria-hidden /> Purchases screen
        </a>
      </header>
      {trip.budgetMinor !== null && trip.budgetCurrency !== null && purchases.data && (
        <Budget budgetMinor={trip.budgetMinor} currency={trip.budgetCurrency} sums={sums} />
      )}
      {purchases.isPending && <LoadingState label="Loading purchases…" />}
      {purchases.error && <ErrorState message={purchases.error.message} onRetry={() => void purchases.refetch()} />}
      {purchases.data && list.length === 0 && (
        <p className="tp-empty">
          No purchases recorded for this trip yet. <a href={href('/purchases')}>Add a receipt on the Purchases screen</a> and choose this trip: it shows here and
          on its day above.
        </p>
      )}
      {list.length > 0 && (
        <div className="tp-table-scroll">
          <table className="table tp-purchases">
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Boutique</th>
                <th scope="col">Items</th>
                <th scope="col">SA</th>
                <th scope="col">Détaxe</th>
                <th scope="col" className="num">
                  Amount
                </th>
              </tr>
            </thead>
            <tbody>
              {list.map((p) => (
                <tr key={p.id}>
                  <td className="tp-nowrap">{formatDay(p.day, false)}</td>
                  <td>{boutiqueName(p.boutiqueId) ?? <span className="muted">Not recorded</span>}</td>
                  <td>
                    <a href={href(`/purchases/${p.id}`)}>{itemsLine(p)}</a>
                    {p.items.some((i) => i.offered) && <span className="chip chip--small tp-offered-chip">offered by the SA</span>}
                  </td>
                  <td>
                    {p.contactId !== null ? <a href={href(`/contacts/${p.contactId}`)}>{contactName(p.contactId)}</a> : <span className="muted">—</span>}
                  </td>
                  <td>{p.detaxe.status === 'not_applicable' ? <span className="muted">—</span> : DETAXE_LABELS[p.detaxe.status]}</td>
                  <td className="num">{formatMoney(p.totalMinor, p.currency)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              {sums.map((s) => (
                <tr key={s.currency} className="tp-total">
                  <th scope="row" colSpan={5}>
                    Total in {s.currency}
                    <span className="tp-small muted">
                      {' '}
                      · {s.count} receipt{s.count === 1 ? '' : 's'}
                    </span>
                  </th>
                  <td className="num">{formatMoney(s.totalMinor, s.currency)}</td>
                </tr>
              ))}
            </tfoot>
          </table>
        </div>
      )}
      {perBoutique.length > 1 && (
        <div className="tp-by-boutique">
          <span className="tp-small muted">By boutique:</span>
          <ul aria-label="Totals by boutique">
            {perBoutique.map((r) => (
              <li key={`${r.key}-${r.currency}`} className="chip">
                {r.label} <strong>{formatMoney(r.totalMinor, r.currency)}</strong>
              </li>
            ))}
          </ul>
        </div>
      )}
      {unlinked.length > 0 && <Unlinked trip={trip} purchases={unlinked} boutiqueName={boutiqueName} />}
    </section>
  );
}

/**
 * The trip's receipts in the budget's currency against the budget; receipts in other currencies
 * are named beside it, never converted into it.
 */
function Budget({ budgetMinor, currency, sums }: { budgetMinor: number; currency: string; sums: { currency: string; totalMinor: number }[] }) {
  const spent = sums.find((s) => s.currency === currency)?.totalMinor ?? 0;
  const others = sums.filter((s) => s.currency !== currency);
  const left = budgetMinor - spent;
  const share = Math.round((spent / budgetMinor) * 100);
  return (
    <div className="tp-budget" role="group" aria-label="Budget">
      <p className="tp-small">
        <strong>Budget {formatMoney(budgetMinor, currency)}</strong> · spent {formatMoney(spent, currency)} ({share} %) ·{' '}
        {left >= 0 ? <>{formatMoney(left, currency)} left</> : <strong className="field-error">{formatMoney(-left, currency)} over budget</strong>}
      </p>
      <meter min={0} max={budgetMinor} low={budgetMinor * 0.8} high={budgetMinor} optimum={0} value={Math.min(spent, budgetMinor)} aria-label={`Spent ${share} % of the budget`} style={{ width: '100%' }} />
      {others.length > 0 && (
        <p className="tp-small muted">
          Also spent {others.map((s) => formatMoney(s.totalMinor, s.currency)).join(' and ')}: not counted against a budget in {currency}.
        </p>
      )}
    </div>
  );
}

function Unlinked({ trip, purchases, boutiqueName }: { trip: Trip; purchases: Purchase[]; boutiqueName: (id: number | null) => string | null }) {
  const link = useWrite('purchases.update');
  return (
    <div className="tp-unlinked">
      <p className="tp-small">
        <strong>Also during the stay, not linked to this trip</strong> — link a receipt to count it here:
      </p>
      <ul className="tp-unlinked-list">
        {purchases.map((p) => (
          <li key={p.id}>
            <span>
              {formatDay(p.day, false)} · {boutiqueName(p.boutiqueId) ?? 'boutique not recorded'} · <a href={href(`/purchases/${p.id}`)}>{itemsLine(p)}</a> ·{' '}
              {formatMoney(p.totalMinor, p.currency)}
            </span>
            <button
              type="button"
              className="button button--small"
              disabled={link.isPending}
              aria-label={`Link ${itemsLine(p)} to ${trip.title}`}
              onClick={() => link.mutate({ id: p.id, tripId: trip.id })}
            >
              <Link2 size={14} aria-hidden /> Link to this trip
            </button>
          </li>
        ))}
      </ul>
      {link.error && (
        <p className="field-error" role="alert">
          {link.error.message}
        </p>
      )}
    </div>
  );
}
