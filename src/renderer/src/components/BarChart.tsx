/**
 * A small bar chart in SVG, drawn to the width of its container. The drawing is hidden from
 * assistive technology; the same numbers are in a table (visually hidden unless the user asks
 * for it with the "Table" toggle), so every value can be read as text.
 */
import { Table2 } from 'lucide-react';
import { useId, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import '../styles/bar-chart.css';

export interface BarDatum {
  key: string;
  /** Axis label (short: 'Jan'). */
  label: string;
  /** Label in the table and tooltip, when longer than the axis label ('January 2026'). */
  fullLabel?: string;
  /** Non-negative; in whatever unit the chart shows (minor units of one currency). */
  value: number;
  /** The value as people read it ('€1,250.00'). */
  valueText: string;
}

export interface BarChartProps {
  title: string;
  data: BarDatum[];
  orientation?: 'vertical' | 'horizontal';
  /** Formats an axis tick of the same unit as `value` ('€5K'). */
  formatTick: (value: number) => string;
  /** Header of the value column in the table ('Spend in EUR'). */
  valueHeader: string;
  /** Header of the label column in the table ('Month'). */
  labelHeader: string;
  /** Shown instead of the bars when every value is zero. */
  emptyText?: string;
  height?: number;
}

function useWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
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

/** Round tick steps (1, 2, 2.5, 5 × 10^n) giving about `count` intervals up to at least `max`. */
export function niceTicks(max: number, count = 4): number[] {
  if (max <= 0) return [0];
  const rough = max / count;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  const ticks: number[] = [];
  for (let v = 0; v < max + step - 1e-9; v += step) ticks.push(Math.round(v));
  return ticks;
}

export function BarChart({ title, data, orientation = 'vertical', formatTick, valueHeader, labelHeader, emptyText = 'Nothing to show.', height = 220 }: BarChartProps) {
  const id = useId();
  const [ref, width] = useWidth<HTMLDivElement>();
  const [showTable, setShowTable] = useState(false);
  const max = Math.max(0, ...data.map((d) => d.value));
  const empty = max === 0;

  return (
    <figure className="bar-chart" aria-labelledby={`${id}-title`}>
      <div className="bar-chart-header">
        <figcaption className="bar-chart-title" id={`${id}-title`}>
          {title}
        </figcaption>
        <button type="button" className="button button--small bar-chart-toggle" aria-pressed={showTable} onClick={() => setShowTable((s) => !s)}>
          <Table2 size={14} aria-hidden /> Table
        </button>
      </div>
      <div ref={ref} className="bar-chart-canvas">
        {empty ? (
          <p className="bar-chart-empty muted">{emptyText}</p>
        ) : width > 0 && !showTable ? (
          orientation === 'vertical' ? (
            <VerticalBars data={data} width={width} height={height} max={max} formatTick={formatTick} />
          ) : (
            <HorizontalBars data={data} width={width} max={max} />
          )
        ) : null}
      </div>
      <table className={showTable ? 'table bar-chart-table' : 'sr-only'}>
        <caption className="sr-only">{title}</caption>
        <thead>
          <tr>
            <th scope="col">{labelHeader}</th>
            <th scope="col" className="num">
              {valueHeader}
            </th>
          </tr>
        </thead>
        <tbody>
          {data.map((d) => (
            <tr key={d.key}>
              <th scope="row">{d.fullLabel ?? d.label}</th>
              <td className="num">{d.valueText}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function VerticalBars({ data, width, height, max, formatTick }: { data: BarDatum[]; width: number; height: number; max: number; formatTick: (v: number) => string }) {
  const ticks = niceTicks(max);
  const top = ticks[ticks.length - 1] ?? max;
  const margin = { top: 10, right: 4, bottom: 26, left: Math.max(44, ...ticks.map((t) => formatTick(t).length * 7 + 10)) };
  const plotW = Math.max(10, width - margin.left - margin.right);
  const plotH = height - margin.top - margin.bottom;
  const band = plotW / data.length;
  const barW = Math.max(4, Math.min(42, band * 0.62));
  const y = (v: number) => margin.top + plotH - (v / top) * plotH;

  return (
    <svg className="bar-chart-svg" width={width} height={height} aria-hidden="true" focusable="false">
      {ticks.map((t) => (
        <g key={t}>
          <line className="bar-chart-grid" x1={margin.left} x2={width - margin.right} y1={y(t)} y2={y(t)} />
          <text className="bar-chart-tick" x={margin.left - 8} y={y(t)} dy="0.32em" textAnchor="end">
            {formatTick(t)}
          </text>
        </g>
      ))}
      {data.map((d, i) => {
        const x = margin.left + i * band + (band - barW) / 2;
        const h = (d.value / top) * plotH;
        return (
          <g key={d.key}>
            {d.value > 0 && (
              <rect className="bar-chart-bar" x={x} y={y(d.value)} width={barW} height={Math.max(h, 1.5)} rx={3}>
                <title>{`${d.fullLabel ?? d.label}: ${d.valueText}`}</title>
              </rect>
            )}
            <text className="bar-chart-label" x={margin.left + i * band + band / 2} y={height - 8} textAnchor="middle">
              {d.label}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

function HorizontalBars({ data, width, max }: { data: BarDatum[]; width: number; max: number }) {
  const row = 30;
  const labelW = Math.min(170, Math.max(90, ...data.map((d) => d.label.length * 7 + 12)));
  const valueW = Math.max(70, ...data.map((d) => d.valueText.length * 7 + 12));
  const plotW = Math.max(10, width - labelW - valueW);
  const height = data.length * row;
  return (
    <svg className="bar-chart-svg" width={width} height={height} aria-hidden="true" focusable="false">
      {data.map((d, i) => {
        const w = (d.value / max) * plotW;
        const cy = i * row + row / 2;
        return (
          <g key={d.key}>
            <text className="bar-chart-label" x={labelW - 10} y={cy} dy="0.32em" textAnchor="end">
              {d.label}
            </text>
            <rect className="bar-chart-track" x={labelW} y={cy - 8} width={plotW} height={16} rx={3} />
            {d.value > 0 && (
              <rect className="bar-chart-bar" x={labelW} y={cy - 8} width={Math.max(w, 2)} height={16} rx={3}>
                <title>{`${d.fullLabel ?? d.label}: ${d.valueText}`}</title>
              </rect>
            )}
            <text className="bar-chart-value" x={labelW + Math.max(w, 2) + 8} y={cy} dy="0.32em">
              {d.valueText}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
