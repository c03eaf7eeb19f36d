/** The quota year: "1 of 2" this calendar year (Paris time), the reported limit named as such, and the years before. */
import type { QuotaSummary, QuotaYearCount } from '../../../../shared/api/profile';
import { TableScroll } from '../../components/TableScroll';

function breakdown(y: QuotaYearCount): string {
  const parts = [
    y.taken > 0 && `${y.taken} taken`,
    y.declined > 0 && `${y.declined} declined`,
    y.pending > 0 && `${y.pending} still deciding`,
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(' · ') : 'none recorded';
}

export function QuotaCard({ quota, compact = false }: { quota: QuotaSummary; compact?: boolean }) {
  const y = quota.current;
  const over = y.counted > quota.limit;
  const past = quota.history.filter((h) => h.year !== quota.currentYear);
  const meter = Array.from({ length: Math.max(quota.limit, y.counted) }, (_, i) => i < y.counted);
  return (
    <section className={`card offers-quota${compact ? '' : ' offers-quota--wide'}`} aria-labelledby="quota-title">
      <h2 className="card-title" id="quota-title">
        Quota bags in {quota.currentYear}
      </h2>
      <div className="offers-quota-main">
        <p className="offers-quota-count" aria-describedby="quota-limit">
          <span className="offers-quota-number">{y.counted}</span> of {quota.limit}
        </p>
        <div className="offers-quota-meter" aria-hidden>
          {meter.map((filled, i) => (
            <span key={i} className={`offers-quota-pip${filled ? ' offers-quota-pip--filled' : ''}${i >= quota.limit ? ' offers-quota-pip--over' : ''}`} />
          ))}
        </div>
      </div>
      <dl className="facts offers-quota-facts">
        <dt>Offered</dt>
        <dd>
          {y.offered} <span className="muted">({breakdown(y)})</span>
        </dd>
        <dt>Bought</dt>
        <dd>
          {y.bought}
          {y.boughtWithoutOffer > 0 && (
            <span className="muted">
              {' '}
              ({y.boughtWithoutOffer} without a recorded offer, counted too)
            </span>
          )}
        </dd>
      </dl>
      <p className="offers-folklore" id="quota-limit">
        {over ? 'More than the reported limit this year. ' : ''}
        {quota.limitLabel} The year is counted in Paris time.
      </p>
      {!compact && past.length === 0 && <p className="muted offers-quota-empty-history">Earlier years appear here once you record offers or quota bags from before {quota.currentYear}.</p>}
      {!compact && past.length > 0 && (
        <TableScroll label="Earlier years">
          <table className="table offers-quota-history">
            <caption className="offers-caption">Earlier years</caption>
            <thead>
              <tr>
                <th scope="col">Year</th>
                <th scope="col" className="num">
                  Counted
                </th>
                <th scope="col" className="num">
                  Offered
                </th>
                <th scope="col" className="num">
                  Taken
                </th>
                <th scope="col" className="num">
                  Declined
                </th>
                <th scope="col" className="num">
                  Bought
                </th>
              </tr>
            </thead>
            <tbody>
              {past.map((h) => (
                <tr key={h.year}>
                  <th scope="row">{h.year}</th>
                  <td className="num">
                    {h.counted} of {quota.limit}
                  </td>
                  <td className="num">{h.offered}</td>
                  <td className="num">{h.taken}</td>
                  <td className="num">{h.declined}</td>
                  <td className="num">{h.bought}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
