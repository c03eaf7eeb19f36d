/**
 * My collection: every bag and small leather good you own, from your purchases and accepted
 * special orders (never entered twice) and the ones added by hand; grid or list, filters, and
 * what you paid per currency (never summed across currencies).
 */
import { BookOpen, Gem, LayoutGrid, List, Plus, ShieldCheck } from 'lucide-react';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { LEFT_HOWS, LEFT_LABELS, PROVENANCE_LABELS, PROVENANCES, SOURCE_LABELS, type CollectionEntry, type LeftHow, type Provenance } from '../../../../shared/api/collection';
import type { z } from 'zod';
import type { collectionList } from '../../../../shared/api/collection';
import { describeBag } from '../../../../shared/domain/special-order-spec';
import { ColourSwatch } from '../../components/ColourSwatch';
import { FormDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { MoneyController, readAmount } from '../../components/MoneyField';
import { SPEC_FIELDS, SpecFields, specInput, specValues, type SpecValues } from '../../components/SpecFields';
import { localToday } from '../../components/notes-form';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../components/States';
import { CurrencySelect } from '../settings/CurrencySelect';
import { applyApiError } from '../../lib/form-errors';
import { formatDay, formatMoney } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { href } from '../../lib/router';
import { usePieceCovers } from './covers';
import '../../styles/special-orders.css';
import '../../styles/wishlist.css';
import { PriceBookPage } from '../prices/PriceBookPage';
import { InsuranceList } from './InsuranceList';

type Filters = Exclude<z.input<typeof collectionList>, undefined>;

export function CollectionPage({ route }: { route: string[] }) {
  if (route[0] === 'prices') return <PriceBookPage />;
  if (route[0] === 'insurance') return <InsuranceList />;
  return <Collection />;
}

/** "Today €10,640.00 · +12 % since paid", with how the price book matched it. */
function TodayPrice({ entry }: { entry: CollectionEntry }) {
  const t = entry.todayPrice;
  if (!t) return null;
  const change = entry.changeSincePaid;
  return (
    <span className="cl-today" title={`From your price book, ${formatDay(t.seenOn)}: ${t.howWords}`}>
      Today {formatMoney(t.priceMinor, t.currency)}
      {change !== null && <span className={change > 0 ? 'cl-today-up' : undefined}>{` · ${change > 0 ? '+' : change < 0 ? '−' : ''}${Math.abs(change).toLocaleString(undefined, { maximumFractionDigits: 1 })} % since paid`}</span>}
    </span>
  );
}

function Collection() {
  const [view, setView] = useState<'grid' | 'list'>('grid');
  const [filters, setFilters] = useState<Filters>({ show: 'owned' });
  const collection = useChannel('collection.list', filters);
  const [adding, setAdding] = useState<CollectionEntry | 'new' | null>(null);
  const [leaving, setLeaving] = useState<CollectionEntry | null>(null);
  const data = collection.data;
  const coverOf = usePieceCovers(data?.entries);
  const set = (patch: Partial<Filters>) => setFilters((f) => ({ ...f, ...patch }));
  const filtered = !!(filters.model || filters.colour || filters.year || filters.quota !== undefined || filters.show !== 'owned');

  const actions = (
    <>
      <span className="so-filter-bar" role="group" aria-label="View">
        <button type="button" className="so-filter-chip" aria-pressed={view === 'grid'} onClick={() => setView('grid')}>
          <LayoutGrid size={14} aria-hidden /> Grid
        </button>
        <button type="button" className="so-filter-chip" aria-pressed={view === 'list'} onClick={() => setView('list')}>
          <List size={14} aria-hidden /> List
        </button>
      </span>
      <a className="button" href={href('/collection/insurance')}>
        <ShieldCheck size={16} aria-hidden /> Insurance list
      </a>
      <a className="button" href={href('/collection/prices')}>
        <BookOpen size={16} aria-hidden /> Price book
      </a>
      <button type="button" className="button button--primary" onClick={() => setAdding('new')}>
        <Plus size={16} aria-hidden /> Add a bag by hand
      </button>
    </>
  );

  const entryActions = (e: CollectionEntry) => (
    <span className="cl-card-actions">
      {e.left ? (
        <LeaveBack entry={e} />
      ) : (
        <button type="button" className="button button--small" onClick={() => setLeaving(e)}>
          Sold or given away…
        </button>
      )}
      {e.source === 'by_hand' && (
        <button type="button" className="button button--small" onClick={() => setAdding(e)}>
          Edit
        </button>
      )}
      {e.purchaseId && (
        <a className="button button--small" href={href(`/purchases/${e.purchaseId}`)}>
          Purchase
        </a>
      )}
    </span>
  );

  return (
    <div className="page">
      <PageHeader title="My collection" subtitle="Every bag and small leather good you own: from your purchases and special orders, and those added by hand." actions={actions} />
      {collection.isPending && <LoadingState label="Loading your collection…" />}
      {collection.error && <ErrorState message={collection.error.message} onRetry={() => void collection.refetch()} />}
      {data && (
        <div className="cl-filters">
          <label>
            Show
            <select value={filters.show} onChange={(e) => set({ show: e.target.value as 'owned' })}>
              <option value="owned">What I own</option>
              <option value="left">Sold or given away</option>
              <option value="all">Everything</option>
            </select>
          </label>
          <label>
            Model
            <select value={filters.model ?? ''} onChange={(e) => set({ model: e.target.value || undefined })}>
              <option value="">Any</option>
              {data.choices.models.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
          </label>
          <label>
            Colour
            <select value={filters.colour ?? ''} onChange={(e) => set({ colour: e.target.value || undefined })}>
              <option value="">Any</option>
              {data.choices.colours.map((m) => (
                <option key={m}>{m}</option>
              ))}
            </select>
          </label>
          <label>
            Year
            <select value={filters.year ?? ''} onChange={(e) => set({ year: e.target.value ? Number(e.target.value) : undefined })}>
              <option value="">Any</option>
              {data.choices.years.map((y) => (
                <option key={y}>{y}</option>
              ))}
            </select>
          </label>
          <label>
            Quota
            <select value={filters.quota === undefined ? '' : String(filters.quota)} onChange={(e) => set({ quota: e.target.value === '' ? undefined : e.target.value === 'true' })}>
              <option value="">Any</option>
              <option value="true">Quota bags</option>
              <option value="false">Non-quota</option>
            </select>
          </label>
        </div>
      )}
      {data && data.totals.length > 0 && (
        <p className="cl-totals" aria-label="Paid, per currency">
          {data.totals.map((t) => (
            <span key={t.currency} className="chip">
              {formatMoney(t.totalMinor, t.currency)} · {t.count} {t.count === 1 ? 'piece' : 'pieces'}
            </span>
          ))}
        </p>
      )}
      {data && data.todayTotals.length > 0 && (
        <p className="cl-totals" aria-label="Today’s prices, per currency">
          <span className="muted">Today, from your price book:</span>
          {data.todayTotals.map((t) => (
            <span key={t.currency} className="chip">
              {formatMoney(t.totalMinor, t.currency)} · {t.count} {t.count === 1 ? 'piece' : 'pieces'}
            </span>
          ))}
        </p>
      )}
      {data && data.entries.length === 0 && (
        <EmptyState icon={Gem} title={filtered ? 'Nothing matches these filters' : 'Your collection is empty'}>
          {filtered
            ? 'Try another model, colour or year.'
            : 'Bags and small leather goods you buy appear here from your purchases and accepted special orders; add the ones from before Carnet, gifts and pre-owned pieces by hand.'}
        </EmptyState>
      )}
      {data && data.entries.length > 0 && view === 'grid' && (
        <ul className="cl-grid" aria-label="Collection">
          {data.entries.map((e) => (
            <li key={e.key} className="card cl-card" aria-label={e.title}>
              {coverOf(e) && <img className="cl-cover" src={coverOf(e)} alt={`Photo of ${e.title}`} />}
              <span className="cl-card-top">
                {e.spec?.exteriorColour ? <ColourSwatch name={e.spec.exteriorColour} size="large" /> : <span className="colour-swatch colour-swatch--large colour-swatch--empty" aria-hidden />}
                <span className="cl-card-title">{e.title}</span>
              </span>
              {e.spec && <span className="wl-spec">{describeBag({ ...e.spec, model: '', size: null }).replace(/^, /, '')}</span>}
              <span className="muted">{acquired(e)}</span>
              {e.priceMinor !== null && e.currency && <span className="cl-price">{formatMoney(e.priceMinor, e.currency)}</span>}
              <TodayPrice entry={e} />
              {e.left && <span className="status status--cancelled">{`${LEFT_LABELS[e.left.how]} ${formatDay(e.left.day)}`}</span>}
              {entryActions(e)}
            </li>
          ))}
        </ul>
      )}
      {data && data.entries.length > 0 && view === 'list' && (
        <table className="table" aria-label="Collection">
          <thead>
            <tr>
              <th>Piece</th>
              <th>Came from</th>
              <th>When</th>
              <th>Where, from whom</th>
              <th className="num">Paid</th>
              <th className="num">Today</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {data.entries.map((e) => (
              <tr key={e.key}>
                <td>
                  {e.title}
                  {e.left && <span className="muted"> · {`${LEFT_LABELS[e.left.how]} ${formatDay(e.left.day)}`}</span>}
                </td>
                <td>{e.provenance ? PROVENANCE_LABELS[e.provenance] : SOURCE_LABELS[e.source]}</td>
                <td>{e.acquiredOn ? formatDay(e.acquiredOn) : '—'}</td>
                <td>{[e.where, e.from].filter(Boolean).join(' · ') || '—'}</td>
                <td className="num">{e.priceMinor !== null && e.currency ? formatMoney(e.priceMinor, e.currency) : '—'}</td>
                <td className="num">{e.todayPrice ? <TodayPrice entry={e} /> : '—'}</td>
                <td>{entryActions(e)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {adding && <OwnedForm entry={adding === 'new' ? undefined : adding} onClose={() => setAdding(null)} />}
      {leaving && <LeaveDialog entry={leaving} onClose={() => setLeaving(null)} />}
    </div>
  );
}

function acquired(e: CollectionEntry): string {
  const how = e.provenance ? PROVENANCE_LABELS[e.provenance] : SOURCE_LABELS[e.source];
  return [how, e.acquiredOn && formatDay(e.acquiredOn), e.where, e.from].filter(Boolean).join(' · ');
}

function LeaveBack({ entry }: { entry: CollectionEntry }) {
  const leave = useWrite('collection.leave');
  return (
    <button type="button" className="button button--small" onClick={() => leave.mutate({ ...(entry.purchaseItemId ? { purchaseItemId: entry.purchaseItemId } : { id: entry.id! }), how: null })}>
      Back in my collection
    </button>
  );
}

function LeaveDialog({ entry, onClose }: { entry: CollectionEntry; onClose: () => void }) {
  const leave = useWrite('collection.leave');
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, formState } = useForm<{ how: LeftHow; day: string; notes: string }>({ values: { how: 'sold', day: localToday(), notes: entry.notes ?? '' } });
  const submit = handleSubmit(async (v) => {
    try {
      await leave.mutateAsync({ ...(entry.purchaseItemId ? { purchaseItemId: entry.purchaseItemId } : { id: entry.id! }), how: v.how, day: v.day, notes: v.notes || null });
      onClose();
    } catch (err) {
      setFormError(applyApiError(err, setError, ['how', 'day', 'notes']));
    }
  });
  return (
    <FormDialog title={`${entry.title} leaves your collection`} open onClose={onClose} formId="leave-form" submitLabel="It left my collection" busy={formState.isSubmitting} error={formError} onSubmit={submit} wide={false}>
      <div className="form-grid">
        <Field label="How" error={formState.errors.how?.message}>
          {(a) => (
            <select {...a} {...register('how')}>
              {LEFT_HOWS.map((h) => (
                <option key={h} value={h}>
                  {LEFT_LABELS[h]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Day" error={formState.errors.day?.message}>
          {(a) => <input {...a} type="date" {...register('day')} />}
        </Field>
        <Field label="Notes" error={formState.errors.notes?.message} className="span-2">
          {(a) => <textarea {...a} rows={2} {...register('notes')} placeholder="To whom, for how much…" />}
        </Field>
      </div>
      <p className="field-hint">It stays in your history: choose “Sold or given away” under Show to see it.</p>
    </FormDialog>
  );
}

interface OwnedValues extends SpecValues {
  category: 'bag' | 'small_leather_goods';
  provenance: Provenance;
  acquiredOn: string;
  where: string;
  from: string;
  price: string;
  currency: string;
  notes: string;
}

function OwnedForm({ entry, onClose }: { entry?: CollectionEntry; onClose: () => void }) {
  const settings = useChannel('settings.get');
  const create = useWrite('collection.create');
  const update = useWrite('collection.update');
  const remove = useWrite('collection.delete');
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<OwnedValues>({
    values: {
      ...specValues(entry?.spec),
      category: entry?.category ?? 'bag',
      provenance: entry?.provenance ?? 'before_carnet',
      acquiredOn: entry?.acquiredOn ?? '',
      where: entry?.where ?? '',
      from: entry?.from ?? '',
      price: '',
      currency: entry?.currency ?? settings.data?.defaultCurrency ?? 'EUR',
      notes: entry?.notes ?? '',
    },
  });
  const { register, control, handleSubmit, setError, watch, setValue, formState } = form;
  const submit = handleSubmit(async (v) => {
    setFormError(null);
    const price = readAmount(v.price, v.currency, { notAmount: 'Enter the price like 10400 or 10,400.50.' });
    if (!price.ok) {
      setError('price', { type: 'client', message: price.message }, { shouldFocus: true });
      return;
    }
    const keepPrice = price.minor === null && entry ? {} : { priceMinor: price.minor, currency: price.minor === null ? null : v.currency };
    const input = {
      ...specInput(v),
      category: v.category,
      provenance: v.provenance,
      acquiredOn: v.acquiredOn || null,
      where: v.where || null,
      from: v.from || null,
      notes: v.notes || null,
      ...keepPrice,
    };
    try {
      if (entry?.id) await update.mutateAsync({ id: entry.id, ...input });
      else await create.mutateAsync(input);
      onClose();
    } catch (err) {
      setFormError(applyApiError(err, setError, [...SPEC_FIELDS, 'category', 'provenance', 'acquiredOn', 'where', 'from', 'currency', 'notes']));
    }
  });
  return (
    <FormProvider {...form}>
      <FormDialog title={entry ? `Edit ${entry.title}` : 'Add a bag by hand'} open onClose={onClose} formId="owned-form" submitLabel={entry ? 'Save changes' : 'Add to my collection'} busy={formState.isSubmitting} error={formError} onSubmit={submit}>
        <fieldset className="form-section">
          <legend>The piece</legend>
          <SpecFields />
        </fieldset>
        <fieldset className="form-section">
          <legend>Where it came from</legend>
          <div className="form-grid">
            <Field label="What it is" error={formState.errors.category?.message}>
              {(a) => (
                <select {...a} {...register('category')}>
                  <option value="bag">A bag</option>
                  <option value="small_leather_goods">A small leather good</option>
                </select>
              )}
            </Field>
            <Field label="Provenance" error={formState.errors.provenance?.message}>
              {(a) => (
                <select {...a} {...register('provenance')}>
                  {PROVENANCES.map((p) => (
                    <option key={p} value={p}>
                      {PROVENANCE_LABELS[p]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="When" error={formState.errors.acquiredOn?.message}>
              {(a) => <input {...a} type="date" {...register('acquiredOn')} />}
            </Field>
            <Field label="Where" error={formState.errors.where?.message}>
              {(a) => <input {...a} {...register('where')} placeholder="Faubourg, a reseller, Vestiaire…" />}
            </Field>
            <Field label="From whom" error={formState.errors.from?.message}>
              {(a) => <input {...a} {...register('from')} placeholder="Your SA, a friend…" />}
            </Field>
            <span />
            <MoneyController control={control} name="price" label="Price paid" currency={watch('currency')} error={formState.errors.price?.message} placeholder={entry?.priceMinor != null && entry.currency ? formatMoney(entry.priceMinor, entry.currency) : 'Optional'} />
            <Field label="Currency" error={formState.errors.currency?.message}>
              {(a) => <CurrencySelect id={a.id} value={watch('currency')} onChange={(c) => setValue('currency', c)} />}
            </Field>
            <Field label="Notes" error={formState.errors.notes?.message} className="span-2">
              {(a) => <textarea {...a} rows={2} {...register('notes')} />}
            </Field>
          </div>
        </fieldset>
        {entry?.id && (
          <button
            type="button"
            className="button button--danger"
            onClick={async () => {
              await remove.mutateAsync({ id: entry.id! });
              onClose();
            }}
          >
            Delete from my collection
          </button>
        )}
      </FormDialog>
    </FormProvider>
  );
}
