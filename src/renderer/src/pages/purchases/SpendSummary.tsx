import { DateTime } from 'luxon';
import { useState, type ReactNode } from 'react';
import type { Purchase, PurchaseTotalRow, TotalsGroup } from '../../../../shared/api/purchases';
import { BarChart, type BarDatum } from '../../components/BarChart';
import { formatMoney } from '../../lib/format';
import { formatMoneyCompact } from '../../../../shared/domain/money';
import { useChannel } from '../../lib/query';
import { href } from '../../lib/router';


interface PivotRow {
  key: string;
  label: string;
  link: string | null;
  count: number;
  byCurrency: Map<string, number>;
}

/** Rows of purchases.totals (one per group and currency) → one row per group, one column per currency. */
function pivot(rows: PurchaseTotalRow[], link: (key: PurchaseTotalRow['key']) => string | null): { currencies: string[]; rows: PivotRow[] } {
  const currencies = [...new Set(rows.map((r) => r.currency))].sort();
  const out = new Map<string, PivotRow>();
  for (const r of rows) {
    const key = String(r.key);
    const row = out.get(key) ?? { key, label: r.label, link: link(r.key), count: 0, byCurrency: new Map() };
    row.count += r.count;
    row.byCurrency.set(r.currency, r.totalMinor);
    out.set(key, row);
  }
  return { currencies, rows: [...out.values()] };
}

function TotalsTable({
  title,
  column,
  group,
  input,
  link,
  label = (r) => r.label,
  countLabel = (n) => (n === 1 ? 'receipt' : 'receipts'),
}: {
  title: string;
  column: string;
  group: TotalsGroup;
  input: { from?: string; to?: string };
  link: (key: PurchaseTotalRow['key']) => string | null;
  label?: (row: PivotRow) => ReactNode;
  countLabel?: (count: number) => string;
}) {
  const totals = useChannel('purchases.totals', { groupBy: group, ...input });
  const id = `totals-${group}`;
  return (
    <section className="card totals-card" aria-labelledby={id}>
      <h3 className="card-title" id={id}>
        {title}
      </h3>
      {totals.isPending && <p className="muted">Loading…</p>}
      {totals.error && <p className="field-error">{totals.error.message}</p>}
      {totals.data && totals.data.length === 0 && <p className="muted">Nothing in this period.</p>}
      {totals.data &&
        totals.data.length > 0 &&
        (() => {
          const { currencies, rows } = pivot(totals.data, link);
          return (
            <table className="table totals-table" data-testid={id}>
              <thead>
                <tr>
                  <th scope="col">{column}</th>
                  {currencies.map((c) => (
                    <th key={c} scope="col" className="num">
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.key}>
                    <th scope="row">
                      {r.link ? <a href={r.link}>{label(r)}</a> : label(r)}
                      <span className="totals-count">
                        {r.count} {countLabel(r.count)}
                      </span>
                    </th>
                    {currencies.map((c) => (
                      <td key={c} className="num nowrap">
                        {r.byCurrency.has(c) ? formatMoney(r.byCurrency.get(c)!, c) : <span className="muted">—</span>}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          );
        })()}
    </section>
  );
}

/** The months shown: Jan–Dec of a chosen year, or the last twelve months up to this one. */
function monthsOf(period: string): string[] {
  const start = period ? DateTime.fromObject({ year: Number(period), month: 1 }) : DateTime.local().startOf('month').minus({ months: 11 });
  return Array.from({ length: 12 }, (_, i) => start.plus({ months: i }).toFormat('yyyy-LL'));
}

export function SpendSummary({ years, purchases, currencies }: { years: string[]; purchases: Purchase[]; currencies: string[] }) {
  const [period, setPeriod] = useState('');
  const [chosenCurrency, setChosenCurrency] = useState('');
  const range = period ? { from: `${period}-01-01`, to: `${period}-12-31` } : {};
  const months = monthsOf(period);
  const inRange = purchases.filter((p) => p.day.slice(0, 7) >= months[0]! && p.day.slice(0, 7) <= months[11]!);
  const chartCurrencies = currencies.length > 0 ? currencies : ['EUR'];
  const currency = chartCurrencies.includes(chosenCurrency) ? chosenCurrency : chartCurrencies[0]!;
  const categories = useChannel('purchases.totals', { groupBy: 'category', ...range });
  const boutiques = useChannel('boutiques.list');
  // The flagship goes by the name clients use for it, as in the table above.
  const boutiqueLabel = (r: PivotRow) =>
    boutiques.data?.find((b) => String(b.id) === r.key)?.code === 'fsh' ? <abbr title={r.label}>FSH</abbr> : r.label;

  const monthData: BarDatum[] = months.map((m) => {
    const d = DateTime.fromFormat(m, 'yyyy-LL');
    const value = inRange.filter((p) => p.currency === currency && p.day.startsWith(m)).reduce((s, p) => s + p.totalMinor, 0);
    return { key: m, label: d.toFormat('LLL'), fullLabel: d.toFormat('LLLL yyyy'), value, valueText: formatMoney(value, currency) };
  });
  const categoryData: BarDatum[] = (categories.data ?? [])
    .filter((r) => r.currency === currency)
    .map((r) => ({ key: String(r.key), label: r.label, value: r.totalMinor, valueText: formatMoney(r.totalMinor, currency) }))
    .sort((a, b) => b.value - a.value);
  const periodText = period || 'the last 12 months';

  return (
    <section className="spend" aria-labelledby="spend-title">
      <div className="spend-header">
        <h2 className="spend-title" id="spend-title">
          Spend
        </h2>
        <div className="spend-controls">
          <label className="filter-select">
            <span className="sr-only">Period</span>
            <select value={period} onChange={(e) => setPeriod(e.target.value)} aria-label="Period">
              <option value="">Last 12 months · all years</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </label>
          {chartCurrencies.length > 1 && (
            <div className="currency-switch" role="radiogroup" aria-label="Currency of the charts">
              {chartCurrencies.map((c) => (
                <button key={c} type="button" role="radio" aria-checked={c === currency} className="currency-switch-option" onClick={() => setChosenCurrency(c)}>
                  {c}
                </button>
              ))}
            </div>
          )}
        </div>
      </div>
      <p className="muted spend-note">Each currency is totalled on its own; amounts in different currencies are never added together.</p>
      <div className="spend-charts">
        <div className="card">
          <BarChart
            title={`By month, ${periodText} (${currency})`}
            data={monthData}
            formatTick={(v) => formatMoneyCompact(v, currency)}
            labelHeader="Month"
            valueHeader={`Spend in ${currency}`}
            emptyText={`No spend in ${currency} in ${periodText}.`}
          />
        </div>
        <div className="card">
          <BarChart
            title={`By category, ${period || 'all years'} (${currency})`}
            data={categoryData}
            orientation="horizontal"
            formatTick={(v) => formatMoneyCompact(v, currency)}
            labelHeader="Category"
            valueHeader={`Spend in ${currency}`}
            emptyText={categories.isPending ? 'Loading…' : `No spend in ${currency} in ${period || 'any year'}.`}
          />
        </div>
      </div>
      <div className="spend-totals">
        <TotalsTable title="By year" column="Year" group="year" input={{}} link={() => null} />
        <TotalsTable title={`By boutique${period ? `, ${period}` : ''}`} column="Boutique" group="boutique" input={range} link={() => null} label={boutiqueLabel} />
        <TotalsTable title={`By SA${period ? `, ${period}` : ''}`} column="SA" group="contact" input={range} link={(key) => (key === null ? null : href(`/contacts/${String(key)}`))} />
      </div>
    </section>
  );
}
