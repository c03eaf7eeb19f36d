/**
 * One scope of the spend profile (a store, a group of linked stores, receipts without a
 * boutique, online): spend per currency — never added across currencies — with the share by
 * category, leather called out, spend since the last bag offer, and the ratio to the bag the
 * user hopes for next to the 1:1 – 1:2 folklore.
 */
import { Globe, House, Link2 } from 'lucide-react';
import type { CurrencySpend, SpendRatio, SpendScope } from '../../../../shared/api/profile';
import { CATEGORY_LABELS } from '../../../../shared/api/purchases';
import { useRules } from '../../lib/rules';
import { formatDay, formatMoney } from '../../lib/format';
import { daysText, percent, ratioText } from './labels';

function LastOffers({ scope }: { scope: SpendScope }) {
  if (scope.kind === 'online') {
    return <p className="offers-scope-note">Bought online. Clients report that online purchases may not count toward a store’s profile, so they are kept apart here.</p>;
  }
  return (
    <dl className="offers-scope-facts">
      <div>
        <dt>Since the last offer</dt>
        <dd>
          {scope.lastOffer ? (
            <>
              <strong className="offers-fact-big">{daysText(scope.daysSinceLastOffer ?? 0)}</strong>
              <span className="offers-fact-small">
                {scope.lastOffer.model} · {formatDay(scope.lastOffer.day)}
              </span>
            </>
          ) : (
            <span className="muted offers-fact-none">No offer recorded</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Since the last bag offer</dt>
        <dd>
          {scope.lastBagOffer ? (
            <>
              <strong className="offers-fact-big">{daysText(scope.daysSinceLastBagOffer ?? 0)}</strong>
              <span className="offers-fact-small">
                {scope.lastBagOffer.model} · {formatDay(scope.lastBagOffer.day)}
              </span>
            </>
          ) : (
            <span className="muted offers-fact-none">No bag offer recorded</span>
          )}
        </dd>
      </div>
      <div>
        <dt>Recorded here</dt>
        <dd>
          <strong className="offers-fact-big">
            {scope.purchaseCount} receipt{scope.purchaseCount === 1 ? '' : 's'}
          </strong>
          <span className="offers-fact-small">
            {scope.offerCount} offer{scope.offerCount === 1 ? '' : 's'}
          </span>
        </dd>
      </div>
    </dl>
  );
}

function CategoryBar({ spend }: { spend: CurrencySpend }) {
  return (
    <div className="offers-categories">
      <div className="offers-stack" aria-hidden>
        {spend.categories
          .filter((c) => c.minor > 0)
          .map((c) => (
            <span key={c.category} className={`offers-stack-part offers-cat--${c.category}`} style={{ flexGrow: c.minor }} />
          ))}
      </div>
      <ul className="offers-legend" aria-label={`Spend in ${spend.currency} by category`}>
        {spend.categories.map((c) => (
          <li key={c.category}>
            <span className={`offers-swatch offers-cat--${c.category}`} aria-hidden />
            <span className="offers-legend-name">{CATEGORY_LABELS[c.category]}</span>
            <span className="offers-legend-value">
              {formatMoney(c.minor, spend.currency)} · {percent(c.share)}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function CurrencyBlock({ spend, showSince, lastBagOfferDay }: { spend: CurrencySpend; showSince: boolean; lastBagOfferDay: string | null }) {
  const money = (minor: number) => formatMoney(minor, spend.currency);
  return (
    <div className="offers-currency">
      <div className="offers-currency-head">
        <span className="offers-currency-code">{spend.currency}</span>
        <span className="offers-currency-total">{money(spend.allTimeMinor)}</span>
        <span className="muted">all time</span>
      </div>
      <table className="offers-years">
        <caption className="sr-only">Spend in {spend.currency} by year</caption>
        <tbody>
          {spend.byYear.map((y) => (
            <tr key={y.year}>
              <th scope="row">{y.year}</th>
              <td>{money(y.minor)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <CategoryBar spend={spend} />
      <p className="offers-leather">
        <span className="offers-leather-label">Leather</span> (bags + small leather goods):{' '}
        <strong>{spend.leatherShare === null ? '—' : percent(spend.leatherShare)}</strong> · {money(spend.leatherMinor)}
      </p>
      {showSince && (
        <p className="offers-since">
          {lastBagOfferDay ? <>Since the last bag offer ({formatDay(lastBagOfferDay)}): </> : <>No bag offer recorded, so all time: </>}
          <strong>{money(spend.sinceLastBagOfferMinor)}</strong>
          {spend.sinceLastBagOfferMinor !== spend.nonBagSinceLastBagOfferMinor && <> · {money(spend.nonBagSinceLastBagOfferMinor)} on items other than bags</>}
        </p>
      )}
    </div>
  );
}

const STANDING_TEXT: Record<SpendRatio['standing'], string> = {
  no_spend: 'no spend yet',
  below: 'below the 1:1 – 1:2 people talk of',
  within: 'within the 1:1 – 1:2 people talk of',
  above: 'above the 1:1 – 1:2 people talk of',
};

/** The ratio on a scale from 0 to at least 1:2.5, with the folklore band shaded. */
function RatioGauge({ ratio }: { ratio: SpendRatio }) {
  const band = useRules().ratio;
  const money = (minor: number) => formatMoney(minor, ratio.currency);
  const bag = `${ratio.label ? `${ratio.label} · ` : ''}${money(ratio.priceMinor)}`;
  if (ratio.ratio === null) {
    return (
      <p className="offers-ratio offers-ratio--empty">
        <span className="offers-currency-code">{ratio.currency}</span> <strong>no spend yet</strong> on other items since the last bag offer, so no
        ratio to {bag}.
      </p>
    );
  }
  const max = Math.max(2.5, band.high + 0.5, Math.ceil(ratio.ratio * 2) / 2);
  const at = (x: number) => `${(Math.min(x, max) / max) * 100}%`;
  return (
    <div className="offers-ratio">
      <p>
        <span className="offers-currency-code">{ratio.currency}</span> <span className="offers-ratio-value">{ratioText(ratio.ratio)}</span> <span className={`offers-standing offers-standing--${ratio.standing}`}>{STANDING_TEXT[ratio.standing]}</span>
      </p>
      <div className="offers-gauge" aria-hidden>
        <span className="offers-gauge-band" style={{ left: at(band.low), width: `calc(${at(band.high)} - ${at(band.low)})` }} />
        <span className="offers-gauge-fill" style={{ width: at(ratio.ratio) }} />
        <span className="offers-gauge-tick" style={{ left: at(1) }}>
          1:1
        </span>
        <span className="offers-gauge-tick" style={{ left: at(2) }}>
          1:2
        </span>
      </div>
      <p className="offers-ratio-detail">
        {money(ratio.spendMinor)} on other items since the last bag offer, for the bag you hope for ({bag}).
      </p>
    </div>
  );
}

export function ScopeCard({ scope, storeNames }: { scope: SpendScope; storeNames: (id: number) => string }) {
  const showSince = scope.kind !== 'online';
  return (
    <section className={`card offers-scope offers-scope--${scope.kind}`} aria-labelledby={`scope-${scope.key}`}>
      <header className="offers-scope-header">
        <h2 className="offers-scope-title" id={`scope-${scope.key}`}>
          {scope.kind === 'online' && <Globe size={17} aria-hidden />}
          {scope.kind === 'group' && <Link2 size={17} aria-hidden />}
          {scope.isHome && <House size={17} aria-hidden />}
          {scope.label}
        </h2>
        <div className="offers-scope-chips">
          {scope.isHome && <span className="chip chip--small">Home store</span>}
          {scope.kind === 'group' && <span className="chip chip--small">Linked: {scope.boutiqueIds.map(storeNames).join(', ')}</span>}
          {scope.kind === 'online' && <span className="chip chip--small">Shown apart</span>}
        </div>
      </header>
      <LastOffers scope={scope} />
      {scope.currencies.length === 0 ? (
        <p className="muted offers-scope-empty">No purchases recorded here yet.</p>
      ) : (
        <div className="offers-currencies">
          {scope.currencies.map((c) => (
            <CurrencyBlock key={c.currency} spend={c} showSince={showSince} lastBagOfferDay={scope.lastBagOffer?.day ?? null} />
          ))}
        </div>
      )}
      {showSince && scope.ratios.length > 0 && (
        <div className="offers-ratios">
          <h3 className="offers-subtitle">Spend-to-bag ratio</h3>
          {[...scope.ratios]
            .sort((a, b) => Number(a.ratio === null) - Number(b.ratio === null))
            .map((r) => (
              <RatioGauge key={r.currency} ratio={r} />
            ))}
        </div>
      )}
    </section>
  );
}
