import { DateTime } from 'luxon';
import { Plus, Receipt, SearchX, Stamp } from 'lucide-react';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { InputOf } from '../../../../shared/api';
import type { Purchase } from '../../../../shared/api/purchases';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../components/States';
import { formatMoney } from '../../lib/format';
import { useChannel } from '../../lib/query';
import { todayDay } from '../../lib/relative-day';
import { href, navigate } from '../../lib/router';
import '../../styles/purchases.css';
import { DetaxeFormsPage } from './DetaxeFormsPage';
import { PurchaseDetail } from './PurchaseDetail';
import { activeFilterCount, FilterBar, NO_FILTERS, PurchaseTable, sortPurchases, type Filters, type Sort, type SortKey } from './PurchaseTable';
import { ReceiptForm } from './ReceiptForm';
import { SpendSummary } from './SpendSummary';
import { useKeptChannel } from './use-kept-channel';

export function PurchasesPage({ route }: { route: string[] }) {
  // '#/purchases/new' (the File menu's "New receipt") is the list with the receipt form open.
  if (route[0] === 'new') return <PurchaseList routeNew />;
  // '#/purchases/detaxe' the détaxe forms; '#/purchases/detaxe/3' with form 3 in view.
  if (route[0] === 'detaxe') return <DetaxeFormsPage focus={route[1] ? Number(route[1]) : null} />;
  const id = route[0] ? Number(route[0]) : null;
  return id ? <PurchaseDetail id={id} /> : <PurchaseList />;
}

// Filters and order survive a visit to a receipt and back (for the session).
let rememberedFilters: Filters = NO_FILTERS;
let rememberedSort: Sort = { key: 'day', dir: 'desc' };

function listInput(f: Filters): InputOf<'purchases.list'> {
  return {
    limit: 1000,
    ...(f.query.trim() ? { query: f.query.trim() } : {}),
    ...(f.year ? { from: `${f.year}-01-01`, to: `${f.year}-12-31` } : {}),
    ...(f.boutiqueId ? { boutiqueId: Number(f.boutiqueId) } : {}),
    ...(f.contactId ? { contactId: Number(f.contactId) } : {}),
    ...(f.category ? { category: f.category } : {}),
    ...(f.quota ? { quota: f.quota === 'yes' } : {}),
    ...(f.currency ? { currency: f.currency } : {}),
    ...(f.detaxeStatus ? { detaxeStatus: f.detaxeStatus } : {}),
  };
}

function PurchaseList({ routeNew = false }: { routeNew?: boolean }) {
  const [filters, setFiltersState] = useState(rememberedFilters);
  const [sort, setSortState] = useState(rememberedSort);
  const [creating, setCreating] = useState(false);
  const searchRef = useRef<HTMLInputElement>(null);
  const setFilters = (f: Filters) => {
    rememberedFilters = f;
    setFiltersState(f);
  };
  const onSort = (key: SortKey) => {
    const next: Sort = sort.key === key ? { key, dir: sort.dir === 'asc' ? 'desc' : 'asc' } : { key, dir: key === 'day' || key === 'amount' ? 'desc' : 'asc' };
    rememberedSort = next;
    setSortState(next);
  };

  const all = useChannel('purchases.list', { limit: 1000 });
  const filtered = useKeptChannel('purchases.list', listInput(filters));
  const byYear = useChannel('purchases.totals', { groupBy: 'year' });
  const boutiques = useChannel('boutiques.list');
  const contacts = useChannel('contacts.list', { limit: 1000 });
  // The form starts in the default currency: opened from the route, it waits for the settings.
  const settings = useChannel('settings.get');
  const today = todayDay();
  const suggestions = useChannel('detaxe.suggestions', undefined);
  const toRecord = suggestions.data?.length ?? 0;

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.target as HTMLElement;
      if (target.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
      if (e.key === '/') {
        e.preventDefault();
        searchRef.current?.focus();
      } else if (e.key === 'n') {
        e.preventDefault();
        setCreating(true);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  const boutiqueById = useMemo(() => new Map((boutiques.data ?? []).map((b) => [b.id, b])), [boutiques.data]);
  const contactById = useMemo(() => new Map((contacts.data ?? []).map((c) => [c.id, c.name])), [contacts.data]);
  const names = {
    boutique: (p: Purchase) => (p.boutiqueId === null ? '' : (boutiqueById.get(p.boutiqueId)?.name ?? '')),
    contact: (p: Purchase) => (p.contactId === null ? '' : (contactById.get(p.contactId) ?? '')),
  };
  const years = [...new Set((byYear.data ?? []).map((r) => r.label))].sort().reverse();
  const currencies = [...new Set((byYear.data ?? []).map((r) => r.currency))].sort();
  const thisYear = String(DateTime.local().year);
  const thisYearRows = (byYear.data ?? []).filter((r) => r.label === thisYear);
  const rows = filtered.data ? sortPurchases(filtered.data, sort, names) : [];
  const error = all.error ?? filtered.error;
  const newButton = (label: string) => (
    <button type="button" className="button button--primary" onClick={() => setCreating(true)} aria-keyshortcuts="n">
      <Plus size={16} aria-hidden /> {label}
    </button>
  );

  return (
    <div className="page purchases-page">
      <PageHeader
        title="Purchases"
        subtitle="Every receipt with its items, the SA, the détaxe, and what you spent where."
        actions={
          <>
            <a className="button" href={href('/purchases/detaxe')}>
              <Stamp size={16} aria-hidden /> Détaxe forms
              {toRecord > 0 && (
                <span className="count-badge" aria-label={`${toRecord} to record`}>
                  {toRecord}
                </span>
              )}
            </a>
            {newButton('New receipt')}
          </>
        }
      />
      {all.isPending && !error && <LoadingState label="Loading purchases…" />}
      {error && (
        <ErrorState
          message={error.message}
          onRetry={() => {
            void all.refetch();
            void filtered.refetch();
          }}
        />
      )}
      {all.data && all.data.length === 0 && (
        <EmptyState icon={Receipt} title="No purchases yet" action={newButton('Record your first receipt')}>
          Enter a receipt item by item: the day, the boutique, the SA, each piece with its price. Totals per boutique, SA and year follow, in each currency.
        </EmptyState>
      )}
      {all.data && all.data.length > 0 && (
        <>
          {thisYearRows.length > 0 && (
            <dl className="year-strip" aria-label={`Spend in ${thisYear}`}>
              {thisYearRows.map((r) => (
                <div className="year-stat" key={r.currency}>
                  <dt>
                    {thisYear} in {r.currency}
                  </dt>
                  <dd>
                    <span className="year-stat-value" data-testid={`year-total-${r.currency}`}>
                      {formatMoney(r.totalMinor, r.currency)}
                    </span>
                    <span className="muted">
                      {r.count} receipt{r.count === 1 ? '' : 's'}
                    </span>
                  </dd>
                </div>
              ))}
            </dl>
          )}
          <FilterBar
            filters={filters}
            onChange={setFilters}
            years={years}
            currencies={currencies}
            contacts={contacts.data ?? []}
            searchRef={searchRef}
          />
          <section className="card purchase-table-card" aria-label="Receipts" aria-busy={filtered.isFetching}>
            <p className="purchase-count muted" role="status">
              {filtered.data
                ? activeFilterCount(filters) > 0
                  ? `${rows.length} of ${all.data.length} receipts match`
                  : `${rows.length} receipt${rows.length === 1 ? '' : 's'}`
                : 'Loading…'}
              {sort.key === 'amount' && ' · amounts sort within each currency'}
            </p>
            {filtered.data && rows.length === 0 && (
              <EmptyState
                icon={SearchX}
                title="No receipt matches"
                action={
                  <button type="button" className="button" onClick={() => setFilters(NO_FILTERS)}>
                    Clear filters
                  </button>
                }
              >
                Nothing matches these filters.
              </EmptyState>
            )}
            {rows.length > 0 && <PurchaseTable purchases={rows} sort={sort} onSort={onSort} boutiqueOf={(p) => (p.boutiqueId === null ? undefined : boutiqueById.get(p.boutiqueId))} contactName={names.contact} today={today} />}
            {filtered.data && filtered.data.length >= 1000 && <p className="muted">Showing the first 1,000 receipts; narrow the filters to see the rest.</p>}
          </section>
          <SpendSummary years={years} purchases={all.data} currencies={currencies} />
        </>
      )}
      <ReceiptForm
        open={creating || (routeNew && !settings.isPending)}
        onClose={() => {
          setCreating(false);
          if (routeNew) navigate('/purchases');
        }}
        onSaved={(p) => {
          setCreating(false);
          navigate(`/purchases/${p.id}`);
        }}
      />
    </div>
  );
}
