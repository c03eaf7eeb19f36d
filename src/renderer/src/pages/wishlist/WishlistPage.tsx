/**
 * The standing wishlist: what you want, in the special-order specification, most wanted first,
 * with the trips carrying each item; "Show my SA" is the same list as clean cards for a phone or
 * a printed page, without priorities or private notes unless you choose them.
 */
import { ArrowDown, ArrowUp, Heart, Plus, Printer, ShoppingBag } from 'lucide-react';
import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { WishlistItem, WishStatus } from '../../../../shared/api/wishlist';
import { describeBag } from '../../../../shared/domain/special-order-spec';
import { PRIORITY_WORDS, WISH_STATUS_LABELS, WISH_STATUSES } from '../../../../shared/domain/wishlist';
import { ColourSwatch } from '../../components/ColourSwatch';
import { DecisionNotes } from '../../components/DecisionNotes';
import { FormDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { MoneyController, readAmount } from '../../components/MoneyField';
import { SPEC_FIELDS, SpecFields, specInput, specValues, type SpecValues } from '../../components/SpecFields';
import { BoutiqueSelect } from '../../components/boutiques/BoutiqueSelect';
import { localToday } from '../../components/notes-form';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../components/States';
import { CurrencySelect } from '../settings/CurrencySelect';
import { applyApiError } from '../../lib/form-errors';
import { formatDay, formatMoney } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { href, navigate } from '../../lib/router';
import '../../styles/special-orders.css';
import '../../styles/wishlist.css';

export function WishlistPage({ route }: { route: string[] }) {
  if (route[0] === 'sa') return <ShowMySa />;
  const id = route[0] ? Number(route[0]) : null;
  return <WishList focus={id} />;
}

const title = (w: Pick<WishlistItem, 'model' | 'size'>) => [w.model, w.size].filter(Boolean).join(' ');
/** "exterior Epsom Gold, hardware Gold" — the spec after the model and size. */
const specRest = (w: WishlistItem) => describeBag({ ...w, size: null }).replace(/^[^,]*(, )?/, '');

type Filter = 'open' | 'all' | WishStatus;

function WishList({ focus }: { focus: number | null }) {
  const wishes = useChannel('wishlist.list');
  const reorder = useWrite('wishlist.reorder');
  const [filter, setFilter] = useState<Filter>('open');
  const [editing, setEditing] = useState<WishlistItem | 'new' | null>(null);
  const [buying, setBuying] = useState<WishlistItem | null>(null);
  const all = wishes.data ?? [];
  const shown = all.filter((w) => (filter === 'all' ? true : filter === 'open' ? w.status === 'wanted' || w.status === 'offered' : w.status === filter));
  const focused = focus ? all.find((w) => w.id === focus) : undefined;

  const move = (w: WishlistItem, by: -1 | 1) => {
    const ids = all.map((x) => x.id);
    const i = ids.indexOf(w.id);
    const j = i + by;
    if (j < 0 || j >= ids.length) return;
    [ids[i], ids[j]] = [ids[j]!, ids[i]!];
    reorder.mutate({ ids });
  };

  const actions = (
    <>
      {all.length > 0 && (
        <a className="button" href={href('/wishlist/sa')}>
          <Printer size={16} aria-hidden /> Show my SA
        </a>
      )}
      <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
        <Plus size={16} aria-hidden /> New wish
      </button>
    </>
  );

  return (
    <div className="page">
      <PageHeader title="Wishlist" subtitle="What you are looking for, in the words your SA uses; each trip takes its wishes from here." actions={actions} />
      {wishes.isPending && <LoadingState label="Loading the wishlist…" />}
      {wishes.error && <ErrorState message={wishes.error.message} onRetry={() => void wishes.refetch()} />}
      {wishes.data && all.length === 0 && (
        <EmptyState
          icon={Heart}
          title="Nothing on your wishlist yet"
          action={
            <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
              <Plus size={16} aria-hidden /> Add a wish
            </button>
          }
        >
          Write down the bag you are hoping for — model, size, leather, colour, hardware — and what you would accept instead.
        </EmptyState>
      )}
      {all.length > 0 && (
        <div className="so-filter-bar" role="group" aria-label="Show wishes by status">
          {(['open', ...WISH_STATUSES, 'all'] as Filter[]).map((f) => (
            <button key={f} type="button" className="so-filter-chip" aria-pressed={filter === f} onClick={() => setFilter(f)}>
              {f === 'open' ? 'Still wanted' : f === 'all' ? 'All' : WISH_STATUS_LABELS[f]}{' '}
              <span className="so-filter-count">
                {f === 'all' ? all.length : f === 'open' ? all.filter((w) => w.status === 'wanted' || w.status === 'offered').length : all.filter((w) => w.status === f).length}
              </span>
            </button>
          ))}
        </div>
      )}
      {all.length > 0 && shown.length === 0 && <p className="muted">No wish with that status.</p>}
      <ul className="card-list" aria-label="Wishes">
        {shown.map((w) => (
          <li key={w.id} className={`card wl-card${focused?.id === w.id ? ' wl-card--focus' : ''}`} aria-label={title(w)}>
            <span className="wl-swatch" aria-hidden>
              {w.exteriorColour ? <ColourSwatch name={w.exteriorColour} size="large" /> : <span className="colour-swatch colour-swatch--large colour-swatch--empty" />}
            </span>
            <div className="wl-main">
              <a className="wl-title" href={href(`/wishlist/${w.id}`)}>
                {title(w)}
              </a>
              {specRest(w) && <span className="wl-spec">{specRest(w)}</span>}
              {w.alternatives && <span className="muted">Would also take: {w.alternatives}</span>}
              {w.price && (
                <span className="cl-today" title={`From your price book: ${w.price.howWords}`}>
                  About {formatMoney(w.price.priceMinor, w.price.currency)} · price book, {formatDay(w.price.seenOn)}
                </span>
              )}
              {w.trips.length > 0 && (
                <span className="muted">
                  On the wishlist of{' '}
                  {w.trips.map((t, i) => (
                    <span key={t.tripId}>
                      {i > 0 && ', '}
                      <a href={href(`/trips/${t.tripId}`)}>{t.title}</a>
                    </span>
                  ))}
                </span>
              )}
              {w.purchaseId && (
                <a className="muted" href={href(`/purchases/${w.purchaseId}`)}>
                  The purchase that fulfilled it
                </a>
              )}
            </div>
            <div className="wl-meta">
              <span className={`status status--${w.status === 'let_go' ? 'cancelled' : w.status}`}>{WISH_STATUS_LABELS[w.status]}</span>
              <span className={`tp-priority tp-priority--${w.priority}`} title={PRIORITY_WORDS[w.priority]}>
                {PRIORITY_WORDS[w.priority]}
              </span>
              <span className="wl-actions">
                <button type="button" className="icon-button" aria-label={`Move ${title(w)} up`} onClick={() => move(w, -1)} disabled={all[0]?.id === w.id}>
                  <ArrowUp size={15} aria-hidden />
                </button>
                <button type="button" className="icon-button" aria-label={`Move ${title(w)} down`} onClick={() => move(w, 1)} disabled={all.at(-1)?.id === w.id}>
                  <ArrowDown size={15} aria-hidden />
                </button>
                <button type="button" className="button button--small" onClick={() => setEditing(w)}>
                  Edit
                </button>
                {w.status !== 'bought' && w.status !== 'let_go' && (
                  <button type="button" className="button button--small" onClick={() => setBuying(w)}>
                    <ShoppingBag size={14} aria-hidden /> Mark bought
                  </button>
                )}
              </span>
            </div>
          </li>
        ))}
      </ul>
      {focused && <DecisionNotes subjectType="wishlist_item" subjectId={focused.id} subjectLabel={title(focused)} title={`Notes on ${title(focused)}`} />}
      {editing && <WishForm wish={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {buying && <BoughtDialog wish={buying} onClose={() => setBuying(null)} />}
    </div>
  );
}

interface WishValues extends SpecValues {
  priority: string;
  alternatives: string;
  status: WishStatus;
  notes: string;
}

function WishForm({ wish, onClose }: { wish?: WishlistItem; onClose: () => void }) {
  const create = useWrite('wishlist.create');
  const update = useWrite('wishlist.update');
  const remove = useWrite('wishlist.delete');
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<WishValues>({
    values: { ...specValues(wish), priority: String(wish?.priority ?? 2), alternatives: wish?.alternatives ?? '', status: wish?.status ?? 'wanted', notes: wish?.notes ?? '' },
  });
  const { register, handleSubmit, setError, formState } = form;
  const submit = handleSubmit(async (v) => {
    setFormError(null);
    const input = { ...specInput(v), priority: Number(v.priority) as 1 | 2 | 3, alternatives: v.alternatives || null, status: v.status, notes: v.notes || null };
    try {
      if (wish) await update.mutateAsync({ id: wish.id, ...input });
      else await create.mutateAsync(input);
      onClose();
    } catch (err) {
      setFormError(applyApiError(err, setError, [...SPEC_FIELDS, 'priority', 'alternatives', 'status', 'notes', 'purchaseId']));
    }
  });
  return (
    <FormProvider {...form}>
      <FormDialog title={wish ? `Edit ${title(wish)}` : 'New wish'} open onClose={onClose} formId="wish-form" submitLabel={wish ? 'Save changes' : 'Add to my wishlist'} busy={formState.isSubmitting} error={formError} onSubmit={submit}>
        <fieldset className="form-section">
          <legend>The bag</legend>
          <SpecFields />
          <p className="field-hint">The same fields as a special order. A swatch shows beside each colour Carnet knows; any other name is kept as you write it.</p>
        </fieldset>
        <fieldset className="form-section">
          <legend>How much you want it</legend>
          <div className="form-grid">
            <Field label="Priority" error={formState.errors.priority?.message}>
              {(a) => (
                <select {...a} {...register('priority')}>
                  {([1, 2, 3] as const).map((p) => (
                    <option key={p} value={String(p)}>
                      {p} · {PRIORITY_WORDS[p]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Status" error={formState.errors.status?.message}>
              {(a) => (
                <select {...a} {...register('status')}>
                  {WISH_STATUSES.map((s) => (
                    <option key={s} value={s}>
                      {WISH_STATUS_LABELS[s]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Acceptable alternatives" error={formState.errors.alternatives?.message} className="span-2">
              {(a) => <input {...a} {...register('alternatives')} placeholder="Gold or Etoupe, GHW or PHW" />}
            </Field>
            <Field label="Notes" error={formState.errors.notes?.message} className="span-2" hint="Private: not shown on the card for your SA unless you choose.">
              {(a) => <textarea {...a} rows={2} {...register('notes')} />}
            </Field>
          </div>
        </fieldset>
        {wish && (
          <button
            type="button"
            className="button button--danger"
            onClick={async () => {
              await remove.mutateAsync({ id: wish.id });
              onClose();
              navigate('/wishlist');
            }}
          >
            Delete this wish
          </button>
        )}
      </FormDialog>
    </FormProvider>
  );
}

interface BoughtValues {
  day: string;
  boutiqueId: string;
  price: string;
  currency: string;
  category: 'bag' | 'small_leather_goods';
}

function BoughtDialog({ wish, onClose }: { wish: WishlistItem; onClose: () => void }) {
  const settings = useChannel('settings.get');
  const markBought = useWrite('wishlist.markBought');
  const [formError, setFormError] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, watch, setValue, formState } = useForm<BoughtValues>({
    values: { day: localToday(), boutiqueId: '', price: '', currency: settings.data?.defaultCurrency ?? 'EUR', category: 'bag' },
  });
  const submit = handleSubmit(async (v) => {
    setFormError(null);
    const price = readAmount(v.price, v.currency, { empty: 'Enter the price paid.', notAmount: 'Enter the price like 10400 or 10,400.50.' });
    if (!price.ok || price.minor === null) {
      setError('price', { type: 'client', message: price.ok ? 'Enter the price paid.' : price.message }, { shouldFocus: true });
      return;
    }
    try {
      await markBought.mutateAsync({ id: wish.id, day: v.day, boutiqueId: v.boutiqueId ? Number(v.boutiqueId) : null, priceMinor: price.minor, currency: v.currency, category: v.category });
      onClose();
    } catch (err) {
      setFormError(applyApiError<BoughtValues>(err, (name, e, o) => setError((name as string) === 'priceMinor' ? 'price' : name, e, o), ['day', 'boutiqueId', 'priceMinor', 'currency', 'category']));
    }
  });
  return (
    <FormDialog title={`You bought ${title(wish)}`} open onClose={onClose} formId="bought-form" submitLabel="Record the purchase" busy={formState.isSubmitting} error={formError} onSubmit={submit}>
      <p className="field-hint">Carnet records the purchase (one line describing the bag); it then appears in My collection with the price you paid.</p>
      <div className="form-grid">
        <Field label="Day bought" error={formState.errors.day?.message}>
          {(a) => <input {...a} type="date" {...register('day')} />}
        </Field>
        <Field label="Boutique" error={formState.errors.boutiqueId?.message}>
          {(a) => <BoutiqueSelect {...a} name="boutiqueId" value={watch('boutiqueId')} onChange={(v) => setValue('boutiqueId', v)} />}
        </Field>
        <MoneyController control={control} name="price" label="Price paid" currency={watch('currency')} error={formState.errors.price?.message} placeholder="10400" />
        <Field label="Currency" error={formState.errors.currency?.message}>
          {(a) => <CurrencySelect id={a.id} value={watch('currency')} onChange={(c) => setValue('currency', c)} />}
        </Field>
        <Field label="What it is" error={formState.errors.category?.message}>
          {(a) => (
            <select {...a} {...register('category')}>
              <option value="bag">A bag</option>
              <option value="small_leather_goods">A small leather good</option>
            </select>
          )}
        </Field>
      </div>
    </FormDialog>
  );
}

/** The list for the SA: a clean card per wish, phone-sized, printable; nothing private unless chosen. */
function ShowMySa() {
  const wishes = useChannel('wishlist.list', { status: ['wanted', 'offered'] });
  const [withPriority, setWithPriority] = useState(false);
  const [withNotes, setWithNotes] = useState(false);
  const [withPrices, setWithPrices] = useState(false);
  return (
    <div className="page wl-sa-page">
      <div className="wl-sa-toolbar">
        <a className="button" href={href('/wishlist')}>
          Back to the wishlist
        </a>
        <label className="wl-sa-option">
          <input type="checkbox" checked={withPriority} onChange={(e) => setWithPriority(e.target.checked)} /> Show priorities
        </label>
        <label className="wl-sa-option">
          <input type="checkbox" checked={withNotes} onChange={(e) => setWithNotes(e.target.checked)} /> Show my notes
        </label>
        <label className="wl-sa-option">
          <input type="checkbox" checked={withPrices} onChange={(e) => setWithPrices(e.target.checked)} /> Show prices
        </label>
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          <Printer size={16} aria-hidden /> Print
        </button>
      </div>
      {wishes.isPending && <LoadingState label="Loading the wishlist…" />}
      <h1 className="wl-sa-heading">What I am looking for</h1>
      <p className="wl-sa-date">{formatDay(localToday())}</p>
      <ol className="wl-sa-list">
        {(wishes.data ?? []).map((w) => (
          <li key={w.id} className="wl-sa-card">
            <span className="wl-sa-title">
              {w.exteriorColour && <ColourSwatch name={w.exteriorColour} size="small" />} {title(w)}
            </span>
            <dl className="wl-sa-spec">
              {(
                [
                  ['Exterior', [w.exteriorLeather, w.exteriorColour].filter(Boolean).join(' ')],
                  ['Interior', [w.interiorLeather, w.interiorColour].filter(Boolean).join(' ')],
                  ['Stitching', w.stitching],
                  ['Hardware', w.hardware],
                  ['Would also take', w.alternatives],
                  ...(withPriority ? [['Priority', PRIORITY_WORDS[w.priority]] as const] : []),
                  ...(withNotes ? [['Notes', w.notes] as const] : []),
                  ...(withPrices && w.price ? [['Price', `${formatMoney(w.price.priceMinor, w.price.currency)} (seen ${formatDay(w.price.seenOn)})`] as const] : []),
                ] as const
              )
                .filter(([, v]) => !!v)
                .map(([k, v]) => (
                  <div key={k}>
                    <dt>{k}</dt>
                    <dd>{v}</dd>
                  </div>
                ))}
            </dl>
          </li>
        ))}
      </ol>
    </div>
  );
}
