/**
 * Offers and purchases on one time axis, one lane per store, drawn in SVG to the width of its
 * container. The drawing is hidden from assistive technology and described in one sentence;
 * the same events are in a table (visually hidden unless the user asks for it), so everything
 * can be read as text.
 */
import { DateTime } from 'luxon';
import { Table2 } from 'lucide-react';
import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { DECISION_LABELS } from '../../../../shared/api/offers';
import type { Timeline, TimelineEvent } from '../../../../shared/api/profile';
import { formatDay, formatMoney } from '../../lib/format';
import { href } from '../../lib/router';

const LABEL_WIDTH = 168;
const LANE_HEIGHT = 46;
const AXIS_HEIGHT = 30;
const PAD_RIGHT = 18;

function useWidth(): [RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    const observer = new ResizeObserver((entries) => setWidth(Math.floor(entries[0]?.contentRect.width ?? el.clientWidth)));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

const dayNumber = (day: string) => DateTime.fromISO(day, { zone: 'utc' }).toMillis() / 86_400_000;

/**
 * Ticks at each 1 January, or each quarter when the span is under two years; the axis' first
 * day is labelled with its year when no January tick is near it, so every part reads as a date.
 */
function ticks(from: string, to: string): { day: string; label: string; major: boolean }[] {
  const start = DateTime.fromISO(from, { zone: 'utc' });
  const end = DateTime.fromISO(to, { zone: 'utc' });
  const months = end.diff(start, 'months').months;
  const step = months <= 24 ? 3 : 12;
  const out: { day: string; label: string; major: boolean }[] = [];
  if (start.month > 1 && start.month < 11) out.push({ day: from, label: start.toFormat(months <= 24 ? 'LLL yyyy' : 'yyyy'), major: false });
  let t = start.startOf('year');
  while (t <= end) {
    if (t >= start) out.push({ day: t.toISODate()!, label: t.month === 1 ? String(t.year) : t.toFormat('LLL'), major: t.month === 1 });
    t = t.plus({ months: step });
  }
  return out;
}

function eventText(e: TimelineEvent): string {
  if (e.kind === 'offer') {
    return `Offer: ${e.label}${e.quota ? ' (quota)' : ''} — ${DECISION_LABELS[e.decision].toLowerCase()}`;
  }
  return `Purchase: ${e.label} — ${formatMoney(e.totalMinor, e.currency)}`;
}

function Marker({ e, x, y }: { e: TimelineEvent; x: number; y: number }) {
  const title = `${formatDay(e.day)} · ${eventText(e)}`;
  if (e.kind === 'purchase') {
    return (
      <circle className={`offers-tl-purchase${e.hasBag ? ' offers-tl-purchase--bag' : ''}`} cx={x} cy={y} r={e.hasBag ? 6 : 4.5}>
        <title>{title}</title>
      </circle>
    );
  }
  const r = e.quota ? 9 : 7;
  return (
    <path className={`offers-tl-offer offers-tl-offer--${e.decision}${e.quota ? ' offers-tl-offer--quota' : ''}`} d={`M ${x} ${y - r} L ${x + r} ${y} L ${x} ${y + r} L ${x - r} ${y} Z`}>
      <title>{title}</title>
    </path>
  );
}

export function OfferTimeline({ timeline }: { timeline: Timeline }) {
  const id = useId();
  const [ref, width] = useWidth();
  const [showTable, setShowTable] = useState(false);
  const { lanes } = timeline;
  const offers = lanes.reduce((n, l) => n + l.events.filter((e) => e.kind === 'offer').length, 0);
  const purchases = lanes.reduce((n, l) => n + l.events.filter((e) => e.kind === 'purchase').length, 0);
  const summary =
    lanes.length === 0
      ? 'Nothing recorded yet.'
      : `${offers} offer${offers === 1 ? '' : 's'} and ${purchases} purchase${purchases === 1 ? '' : 's'} at ${lanes.length} place${lanes.length === 1 ? '' : 's'}, from ${formatDay(timeline.from)} to ${formatDay(timeline.to)}.`;

  const start = dayNumber(timeline.from);
  const span = Math.max(1, dayNumber(timeline.to) - start);
  const plot = Math.max(0, width - LABEL_WIDTH - PAD_RIGHT);
  const x = (day: string) => LABEL_WIDTH + ((dayNumber(day) - start) / span) * plot;
  const height = AXIS_HEIGHT + lanes.length * LANE_HEIGHT;

  return (
    <figure className="offers-timeline" aria-labelledby={`${id}-title`}>
      <div className="offers-timeline-header">
        <figcaption id={`${id}-title`}>
          <span className="offers-timeline-title">Offers and purchases over time</span>
          <span className="muted offers-timeline-summary"> · {summary}</span>
        </figcaption>
        {lanes.length > 0 && (
          <button type="button" className="button button--small offers-toggle" aria-pressed={showTable} onClick={() => setShowTable((s) => !s)}>
            <Table2 size={14} aria-hidden /> Table
          </button>
        )}
      </div>
      {lanes.length > 0 && (
        <>
          <ul className="offers-tl-legend" aria-hidden>
            <li>
              <svg width="16" height="16" viewBox="-8 -8 16 16">
                <circle className="offers-tl-purchase" r={4.5} />
              </svg>
              Purchase
            </li>
            <li>
              <svg width="16" height="16" viewBox="-8 -8 16 16">
                <circle className="offers-tl-purchase offers-tl-purchase--bag" r={6} />
              </svg>
              Purchase with a bag
            </li>
            {(['taken', 'declined', 'pending'] as const).map((d) => (
              <li key={d}>
                <svg width="16" height="16" viewBox="-8 -8 16 16">
                  <path className={`offers-tl-offer offers-tl-offer--${d}`} d="M 0 -6 L 6 0 L 0 6 L -6 0 Z" />
                </svg>
                Offer {DECISION_LABELS[d].toLowerCase()}
              </li>
            ))}
            <li>
              <svg width="20" height="20" viewBox="-10 -10 20 20">
                <path className="offers-tl-offer offers-tl-offer--quota offers-tl-offer--legend" d="M 0 -8 L 8 0 L 0 8 L -8 0 Z" />
              </svg>
              Quota bag (larger)
            </li>
          </ul>
          <div ref={ref} className="offers-timeline-canvas" aria-hidden>
            {width > 0 && (
              <svg className="offers-tl-svg" width={width} height={height} role="presentation">
                {ticks(timeline.from, timeline.to).map((t) => (
                  <g key={t.day}>
                    <line className={`offers-tl-grid${t.major ? ' offers-tl-grid--major' : ''}`} x1={x(t.day)} x2={x(t.day)} y1={AXIS_HEIGHT - 6} y2={height} />
                    <text className="offers-tl-tick" x={x(t.day) + 4} y={AXIS_HEIGHT - 12}>
                      {t.label}
                    </text>
                  </g>
                ))}
                {timeline.today >= timeline.from && timeline.today <= timeline.to && (
                  <g>
                    <line className="offers-tl-today" x1={x(timeline.today)} x2={x(timeline.today)} y1={AXIS_HEIGHT - 6} y2={height} />
                    <text className="offers-tl-today-label" x={x(timeline.today)} y={AXIS_HEIGHT - 12} textAnchor="middle">
                      Today
                    </text>
                  </g>
                )}
                {lanes.map((lane, i) => {
                  const y = AXIS_HEIGHT + i * LANE_HEIGHT + LANE_HEIGHT / 2;
                  return (
                    <g key={lane.key}>
                      <line className="offers-tl-lane" x1={LABEL_WIDTH} x2={width - PAD_RIGHT} y1={y} y2={y} />
                      <text className="offers-tl-label" x={0} y={y + 4}>
                        {lane.label.length > 22 ? `${lane.label.slice(0, 21)}…` : lane.label}
                      </text>
                      {lane.events
                        .filter((e) => e.kind === 'purchase')
                        .map((e) => (
                          <Marker key={`p${e.id}`} e={e} x={x(e.day)} y={y} />
                        ))}
                      {lane.events
                        .filter((e) => e.kind === 'offer')
                        .map((e) => (
                          <Marker key={`o${e.id}`} e={e} x={x(e.day)} y={y} />
                        ))}
                    </g>
                  );
                })}
              </svg>
            )}
          </div>
          <div className={showTable ? 'offers-timeline-table' : 'sr-only'}>
            <table className="table">
              <caption className="sr-only">Offers and purchases by store, oldest first</caption>
              <thead>
                <tr>
                  <th scope="col">Store</th>
                  <th scope="col">Day</th>
                  <th scope="col">What</th>
                </tr>
              </thead>
              <tbody>
                {lanes.flatMap((lane) =>
                  lane.events.map((e) => (
                    <tr key={`${lane.key}-${e.kind}-${e.id}`}>
                      <td>{lane.label}</td>
                      <td>{formatDay(e.day)}</td>
                      <td>
                        {/* Links only when the table is shown: no focus stops on hidden text. */}
                        {e.kind === 'offer' && showTable ? <a href={href(`/offers/${e.id}`)}>{eventText(e)}</a> : eventText(e)}
                      </td>
                    </tr>
                  )),
                )}
              </tbody>
            </table>
          </div>
        </>
      )}
    </figure>
  );
}
