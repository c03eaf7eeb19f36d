import { ArrowDown, ArrowUp, ArrowUpDown, Gift, Search } from 'lucide-react';
import type { RefObject } from 'react';
import type { Boutique } from '../../../../shared/api/boutiques';
import type { Contact } from '../../../../shared/api/contacts';
import { CATEGORY_LABELS, DETAXE_STATUSES, PURCHASE_CATEGORIES, type DetaxeStatus, type Purchase, type PurchaseCategory } from '../../../../shared/api/purchases';
import { BoutiqueSelect } from '../../components/boutiques/BoutiqueSelect';
import { formatDay, formatMoney } from '../../lib/format';
import { href } from '../../lib/router';
import { useChannel } from '../../lib/query';
import { TableScroll } from '../../components/TableScroll';
import { deadlineState, DETAXE_LABELS, itemsLine } from './labels';

/** Shorter status words for the table; the receipt page uses the full ones. */
const DETAXE_SHORT: Record<DetaxeStatus, string> = { ...DETAXE_LABELS, validated: 'Validated' };

export interface Filters {
  query: string;
  year: string;
  boutiqueId: string;
  contactId: string;
  category: '' | PurchaseCategory;
  quota: '' | 'yes' | 'no';
  currency: string;
  detaxeStatus: '' | DetaxeStatus;
}

export const NO_FILTERS: Filters = { query: '', year: '', boutiqueId: '', contactId: '', category: '', quota: '', currency: '', detaxeStatus: '' };

export const activeFilterCount = (f: Filters) => Object.values(f).filter((v) => v !== '').length;

export type SortKey = 'day' | 'boutique' | 'contact' | 'category' | 'amount' | 'detaxe';
export interface Sort {
  key: SortKey;
  dir: 'asc' | 'desc';
}

export function FilterBar({
  filters: f,
  onChange,
  years,
  currencies,
  contacts,
  searchRef,
}: {
  filters: Filters;
  onChange: (next: Filters) => void;
  years: string[];
  currencies: string[];
  contacts: Contact[];
  searchRef: RefObject<HTMLInputElement | null>;
}) {
  const set = <K extends keyof Filters>(key: K, value: Filters[K]) => onChange({ ...f, [key]: value });
  const sellers = contacts.filter((c) => c.role !== 'concierge');
  return (
    <form className="purchase-filters" role="search" aria-label="Filter purchases" onSubmit={(e) => e.preventDefault()}>
      <label className="search-box filter-search">
        <Search size={16} aria-hidden />
        <span className="sr-only">Search items and notes</span>
        <input ref={searchRef} type="search" value={f.query} onChange={(e) => set('query', e.target.value)} placeholder="Search items and notes" aria-keyshortcuts="/" />
      </label>
      <FilterSelect label="Year" value={f.year} onChange={(v) => set('year', v)} options={years.map((y) => [y, y])} all="All years" />
      <label className={`filter-select${f.boutiqueId ? ' filter-select--active' : ''}`}>
        <span className="sr-only">Boutique</span>
        <BoutiqueSelect
          aria-label="Boutique"
          value={f.boutiqueId}
          onChange={(v) => set('boutiqueId', v)}
          emptyLabel="All boutiques"
          showArchived
          allowAdd={false}
        />
      </label>
      <FilterSelect label="SA" value={f.contactId} onChange={(v) => set('contactId', v)} options={sellers.map((c) => [String(c.id), c.name])} all="All SAs" />
      <FilterSelect
        label="Category"
        value={f.category}
        onChange={(v) => set('category', v as Filters['category'])}
        options={PURCHASE_CATEGORIES.map((c) => [c, CATEGORY_LABELS[c]])}
        all="All categories"
      />
      <FilterSelect
        label="Quota"
        value={f.quota}
        onChange={(v) => set('quota', v as Filters['quota'])}
        options={[
          ['yes', 'Quota bags'],
          ['no', 'Non-quota bags'],
        ]}
        all="Quota or not"
      />
      <FilterSelect label="Currency" value={f.currency} onChange={(v) => set('currency', v)} options={currencies.map((c) => [c, c])} all="All currencies" />
      <FilterSelect
        label="Détaxe"
        value={f.detaxeStatus}
        onChange={(v) => set('detaxeStatus', v as Filters['detaxeStatus'])}
        options={DETAXE_STATUSES.map((s) => [s, DETAXE_LABELS[s]])}
        all="Any détaxe"
      />
      {activeFilterCount(f) > 0 && (
        <button type="button" className="button button--ghost" onClick={() => onChange(NO_FILTERS)}>
          Clear filters
        </button>
      )}
    </form>
  );
}

function FilterSelect({ label, value, onChange, options, all }: { label: string; value: string; onChange: (v: string) => void; options: [string, string][]; all: string }) {
  return (
    <label className={`filter-select${value ? ' filter-select--active' : ''}`}>
      <span className="sr-only">{label}</span>
      <select value={value} onChange={(e) => onChange(e.target.value)} aria-label={label}>
        <option value="">{all}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
}

const detaxeRank = (p: Purchase) => DETAXE_STATUSES.indexOf(p.detaxe.status);
const firstCategory = (p: Purchase) => Math.min(...p.items.map((i) => PURCHASE_CATEGORIES.indexOf(i.category)));

/**
 * Client-side order over the loaded receipts. Amounts are compared within a currency (EUR
 * before USD, each in order), never as raw numbers across currencies.
 */
export function sortPurchases(list: Purchase[], sort: Sort, names: { boutique: (p: Purchase) => string; contact: (p: Purchase) => string }): Purchase[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const text = (a: string, b: string) => {
    // Receipts without a boutique / SA go last in both directions.
    if (!a || !b) return a ? -1 : b ? 1 : 0;
    return sign * a.localeCompare(b);
  };
  const compare = (a: Purchase, b: Purchase): number => {
    switch (sort.key) {
      case 'day':
        return sign * a.day.localeCompare(b.day);
      case 'amount':
        return a.currency.localeCompare(b.currency) || sign * (a.totalMinor - b.totalMinor);
      case 'boutique':
        return text(names.boutique(a), names.boutique(b));
      case 'contact':
        return text(names.contact(a), names.contact(b));
      case 'category':
        // The items column groups receipts by their first category, then by what was bought.
        return sign * (firstCategory(a) - firstCategory(b) || itemsLine(a).localeCompare(itemsLine(b)));
      case 'detaxe':
        return sign * (detaxeRank(a) - detaxeRank(b)) || (a.detaxe.deadline ?? '').localeCompare(b.detaxe.deadline ?? '');
    }
  };
  return [...list].sort((a, b) => compare(a, b) || b.day.localeCompare(a.day) || b.id - a.id);
}

function SortHeader({ label, column, sort, onSort, numeric }: { label: string; column: SortKey; sort: Sort; onSort: (key: SortKey) => void; numeric?: boolean }) {
  const active = sort.key === column;
  const Icon = !active ? ArrowUpDown : sort.dir === 'asc' ? ArrowUp : ArrowDown;
  return (
    <th scope="col" className={numeric ? 'num' : undefined} aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" className={`sort-button${active ? ' sort-button--active' : ''}`} onClick={() => onSort(column)}>
        {label}
        <Icon size={13} aria-hidden />
      </button>
    </th>
  );
}

export function DetaxeCell({ purchase: p, today }: { purchase: Purchase; today: string }) {
  const d = deadlineState(p, today);
  return (
    <div className="detaxe-cell">
      {p.detaxe.status === 'not_applicable' ? (
        <span className="muted" title="Détaxe: not applicable">
          —<span className="sr-only"> not applicable</span>
        </span>
      ) : (
        <span className={`status status--detaxe-${p.detaxe.status}`}>{DETAXE_SHORT[p.detaxe.status]}</span>
      )}
      {p.detaxe.status === 'not_applicable' && p.detaxe.eligible && <span className="flag flag--info">Qualifies</span>}
      {d.kind === 'open' && (
        <span className={`flag ${d.urgent ? 'flag--warn' : ''}`} title={`Validate at customs by ${formatDay(d.deadline)}`}>
          by {formatDay(d.deadline, false).replace(/^\w+ /, '')}
        </span>
      )}
      {d.kind === 'missed' && <span className="flag flag--danger">Deadline passed</span>}
      {p.detaxe.status === 'refunded' && p.detaxe.amountMinor !== null && <span className="flag flag--ok">{formatMoney(p.detaxe.amountMinor, p.currency)}</span>}
    </div>
  );
}

/** The Paris flagship goes by the name clients use for it; the full name stays in the tooltip. */
function BoutiqueName({ boutique }: { boutique: Boutique | undefined }) {
  if (!boutique) return <span className="muted">—</span>;
  if (boutique.code === 'fsh') return <abbr title={boutique.name}>FSH</abbr>;
  return <>{boutique.name}</>;
}

export function PurchaseTable(props: {
  purchases: Purchase[];
  sort: Sort;
  onSort: (key: SortKey) => void;
  boutiqueOf: (p: Purchase) => Boutique | undefined;
  contactName: (p: Purchase) => string;
  today: string;
}) {
  const { purchases, sort, onSort, today } = props;
  // Each receipt's cover photo, when it has one (one request for the whole list).
  const covers = useChannel('attachments.covers', { recordKind: 'purchase', recordIds: purchases.slice(0, 1000).map((p) => p.id) }).data ?? {};
  const totals = new Map<string, { total: number; count: number }>();
  for (const p of purchases) {
    const t = totals.get(p.currency) ?? { total: 0, count: 0 };
    t.total += p.totalMinor;
    t.count += 1;
    totals.set(p.currency, t);
  }
  return (
    <TableScroll label="Receipts">
      <table className="table purchase-table">
        <caption className="sr-only">Purchases, {purchases.length} receipts. Column headers sort the table.</caption>
        <thead>
          <tr>
            <SortHeader label="Day" column="day" sort={sort} onSort={onSort} />
            <SortHeader label="Items" column="category" sort={sort} onSort={onSort} />
            <SortHeader label="Boutique" column="boutique" sort={sort} onSort={onSort} />
            <SortHeader label="SA" column="contact" sort={sort} onSort={onSort} />
            <th scope="col">Bag</th>
            <SortHeader label="Amount" column="amount" sort={sort} onSort={onSort} numeric />
            <SortHeader label="Détaxe" column="detaxe" sort={sort} onSort={onSort} />
          </tr>
        </thead>
        <tbody>
          {purchases.map((p) => {
            const bags = p.items.filter((i) => i.category === 'bag');
            const quota = bags.some((i) => i.quota === true) ? 'Quota' : bags.some((i) => i.quota === false) ? 'Non-quota' : bags.length > 0 ? 'Bag' : null;
            const categories = [...new Set(p.items.map((i) => CATEGORY_LABELS[i.category]))];
            return (
              <tr key={p.id}>
                <td className="nowrap">
                  <time dateTime={p.day}>{formatDay(p.day).replace(/^\w+ /, '')}</time>
                </td>
                <td className="purchase-items-cell">
                  {covers[p.id] && <img className="purchase-cover" src={covers[p.id]} alt="" />}
                  <a href={href(`/purchases/${p.id}`)}>{itemsLine(p)}</a>
                  {p.items.some((i) => i.offered) && (
                    <span className="offered-mark" title="Offered by the SA">
                      <Gift size={13} aria-hidden />
                      <span className="sr-only"> (offered by the SA)</span>
                    </span>
                  )}
                  <span className="purchase-categories">{categories.join(' · ')}</span>
                </td>
                <td className="nowrap">
                  <BoutiqueName boutique={props.boutiqueOf(p)} />
                  {p.online && (
                    <span className="chip chip--small chip--online" title="Bought online: shown apart from the store's spend">
                      Online
                    </span>
                  )}
                </td>
                <td className="nowrap">{props.contactName(p) || <span className="muted">—</span>}</td>
                <td>{quota ? <span className={`quota quota--${quota === 'Quota' ? 'yes' : quota === 'Non-quota' ? 'no' : 'unknown'}`}>{quota}</span> : <span className="muted">—</span>}</td>
                <td className="num nowrap">{formatMoney(p.totalMinor, p.currency)}</td>
                <td>
                  <DetaxeCell purchase={p} today={today} />
                </td>
              </tr>
            );
          })}
        </tbody>
        <tfoot>
          {[...totals.entries()]
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([currency, t]) => (
              <tr key={currency} className="purchase-table-total">
                <th scope="row" colSpan={5}>
                  Total in {currency} · {t.count} receipt{t.count === 1 ? '' : 's'}
                </th>
                <td className="num nowrap" data-testid={`table-total-${currency}`}>
                  {formatMoney(t.total, currency)}
                </td>
                <td />
              </tr>
            ))}
        </tfoot>
      </table>
    </TableScroll>
  );
}
