/** The specification as a card a person reads: a leather sample drawn from the colours, then each choice with its swatch. */
import type { SpecialOrder } from '../../../../shared/api/special-orders';
import { isToneOnTone } from '../../../../shared/domain/colours';
import { ColourSwatch, useSwatch } from '../../components/ColourSwatch';
import { formatDay, formatMoney } from '../../lib/format';

const NEUTRAL = '#b9b0a4';

function Sample({ order }: { order: SpecialOrder }) {
  const exterior = useSwatch(order.exteriorColour, 'leather');
  const interior = useSwatch(order.interiorColour, 'leather');
  const stitching = useSwatch(order.stitching, 'leather', order.exteriorColour);
  const hardware = useSwatch(order.hardware, 'hardware');
  const outside = exterior.hex ?? NEUTRAL;
  const thread = order.stitching && isToneOnTone(order.stitching) ? 'rgb(0 0 0 / 22%)' : (stitching.hex ?? 'rgb(255 255 255 / 70%)');
  return (
    <div className="so-sample" style={{ backgroundColor: outside }} aria-hidden>
      <div className="so-sample-stitch" style={{ borderColor: thread }} />
      <div className="so-sample-lining" style={{ backgroundColor: interior.hex ?? outside }} />
      {order.hardware && <div className="so-sample-hardware" style={{ backgroundColor: hardware.hex ?? NEUTRAL }} />}
    </div>
  );
}

function Row({ label, leather, colour, kind = 'leather', toneOf }: { label: string; leather?: string | null; colour: string | null; kind?: 'leather' | 'hardware'; toneOf?: string | null }) {
  if (!leather && !colour) {
    return (
      <>
        <dt>{label}</dt>
        <dd className="muted">Not recorded</dd>
      </>
    );
  }
  return (
    <>
      <dt>{label}</dt>
      <dd className="so-spec-value">
        {colour && <ColourSwatch name={colour} kind={kind} toneOf={toneOf ?? null} editable />}
        <span>
          {leather && <span className="so-spec-leather">{leather}</span>}
          {leather && colour && ' · '}
          {colour}
        </span>
      </dd>
    </>
  );
}

export function SpecCard({ order }: { order: SpecialOrder }) {
  return (
    <section className="card spec-card" aria-labelledby="spec-title">
      <h2 className="card-title" id="spec-title">
        Specification
      </h2>
      <Sample order={order} />
      <dl className="facts so-spec-facts">
        <dt>Model</dt>
        <dd>
          <strong>{order.model}</strong>
        </dd>
        <dt>Size</dt>
        <dd>{order.size ?? <span className="muted">Not recorded</span>}</dd>
        <Row label="Exterior" leather={order.exteriorLeather} colour={order.exteriorColour} />
        <Row label="Interior" leather={order.interiorLeather} colour={order.interiorColour} />
        <Row label="Stitching" colour={order.stitching} toneOf={order.exteriorColour} />
        <Row label="Hardware" colour={order.hardware} kind="hardware" />
        <PriceRows order={order} />
      </dl>
    </section>
  );
}

/** What it cost when placed and what it costs now, from the price book: it is paid at the price in force when it arrives. */
function PriceRows({ order }: { order: SpecialOrder }) {
  const { atPlacing, latest, changePercent } = order.prices;
  if (!atPlacing && !latest) return null;
  const same = atPlacing && latest && atPlacing.entryId === latest.entryId;
  const line = (p: NonNullable<typeof latest>) => (
    <span title={`From your price book: ${p.howWords}`}>
      {formatMoney(p.priceMinor, p.currency)} <span className="muted">· seen {formatDay(p.seenOn)}</span>
    </span>
  );
  return (
    <>
      {atPlacing && (
        <>
          <dt>Price when placed</dt>
          <dd>{line(atPlacing)}</dd>
        </>
      )}
      {latest && !same && (
        <>
          <dt>Latest known price</dt>
          <dd>
            {line(latest)}
            {changePercent !== null && <span className="so-price-up">{` · ${changePercent > 0 ? '+' : changePercent < 0 ? '−' : ''}${Math.abs(changePercent).toLocaleString(undefined, { maximumFractionDigits: 1 })} % since placed`}</span>}
          </dd>
        </>
      )}
      {same && (
        <>
          <dt>Latest known price</dt>
          <dd className="muted">No later price in your price book.</dd>
        </>
      )}
    </>
  );
}
