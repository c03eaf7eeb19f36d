/**
 * The price book (My collection › Price book, `#/collection/prices`): prices you saw, each for
 * one item in one country's currency on one day, with where you saw it. Each item's history as a
 * small chart and a table; the yearly increase per country from your own entries (never shown
 * as official). Carnet never fetches a price.
 */
import { ArrowLeft, BookOpen, Download, Plus, Upload } from 'lucide-react';
import { useMemo, useRef, useState, type ChangeEvent } from 'react';
import { useForm } from 'react-hook-form';
import type { PriceEntry, PriceHistory } from '../../../../shared/api/prices';
import { minorToInput } from '../../../../shared/domain/money';
import { request } from '../../api';
import { BoutiqueSelect } from '../../components/boutiques/BoutiqueSelect';
import { DeleteRecordDialog } from '../../components/DeleteRecordDialog';
import { FormDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { MoneyController, readAmount } from '../../components/MoneyField';
import { localToday } from '../../components/notes-form';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../components/States';
import { showToast } from '../../components/toast/toast';
import { CurrencySelect } from '../settings/CurrencySelect';
import { saveFile } from '../../lib/save-file';
import { PriceImportDialog } from './PriceImportDialog';
import { applyApiError } from '../../lib/form-errors';
import { formatDay, formatMoney } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { href } from '../../lib/router';
import './prices.css';

const itemTitle = (i: { model: string; size: string | null; leather: string | null; hardware: string | null }) =>
  [[i.model, i.size].filter(Boolean).join(' '), i.leather, i.hardware].filter(Boolean).join(' · ');

const signed = (p: number) => `${p > 0 ? '+' : p < 0 ? '−' : ''}${Math.abs(p).toLocaleString(undefined, { maximumFractionDigits: 1 })} %`;

export function PriceBookPage() {
  const [words, setWords] = useState('');
  const [country, setCountry] = useState('');
  const all = useChannel('prices.list', {});
  const book = useChannel('prices.list', { ...(words.trim() ? { model: words.trim() } : {}), ...(country ? { country } : {}) });
  const [editing, setEditing] = useState<PriceEntry | 'new' | null>(null);
  const [deleting, setDeleting] = useState<PriceEntry | null>(null);
  const countries = useMemo(() => [...new Set((all.data?.items ?? []).map((i) => i.country))].sort(), [all.data]);
  const data = book.data;
  const empty = all.data?.count === 0;
  const fileInput = useRef<HTMLInputElement>(null);
  const [importing, setImporting] = useState<{ name: string; content: string } | null>(null);
  const onFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (file) setImporting({ name: file.name, content: await file.text() });
  };

  return (
    <div className="page">
      <a className="back-link" href={href('/collection')}>
        <ArrowLeft size={14} aria-hidden /> My collection
      </a>
      <PageHeader
        title="Price book"
        subtitle="Prices you saw — in a boutique, on a receipt, in a source you trust. Carnet never fetches prices: every figure here is from your entries."
        actions={
          <>
            {!empty && (
              <button type="button" className="button" onClick={() => void request('data.exportCsv', { kind: 'prices' }).then(saveFile, (err: unknown) => showToast({ tone: 'error', message: err instanceof Error ? err.message : 'The spreadsheet could not be prepared.' }))}>
                <Download size={16} aria-hidden /> Spreadsheet (CSV)
              </button>
            )}
            <button type="button" className="button" onClick={() => fileInput.current?.click()}>
              <Upload size={16} aria-hidden /> Import from CSV…
            </button>
            <input ref={fileInput} type="file" accept=".csv,text/csv" className="sr-only" tabIndex={-1} aria-label="Price book CSV file" onChange={(e) => void onFile(e)} />
            <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
              <Plus size={16} aria-hidden /> Add a price
            </button>
          </>
        }
      />
      {book.isPending && <LoadingState label="Loading your price book…" />}
      {book.error && <ErrorState message={book.error.message} onRetry={() => void book.refetch()} />}
      {empty && (
        <EmptyState icon={BookOpen} title="No prices yet">
          Add the price of a bag when you see it — the model and size, leather and hardware, the country and the day. With two years of the same item, Carnet shows its increase, and your collection and wishlist show what each piece costs today.
        </EmptyState>
      )}
      {data && !empty && (
        <>
          <div className="cl-filters">
            <label>
              Find
              <input type="search" value={words} onChange={(e) => setWords(e.target.value)} placeholder="Kelly 25, Togo…" />
            </label>
            <label>
              Country
              <select value={country} onChange={(e) => setCountry(e.target.value)}>
                <option value="">Any</option>
                {countries.map((c) => (
                  <option key={c}>{c}</option>
                ))}
              </select>
            </label>
          </div>
          <section className="card pb-increases" aria-labelledby="pb-increases-title">
            <h2 id="pb-increases-title">Yearly increase, from your entries</h2>
            {all.data!.increases.length === 0 ? (
              <p className="muted">Record the same item in two consecutive years (a Kelly 25 Togo in February 2025 and again in 2026) and its increase shows here. These are your figures, not Hermès’s.</p>
            ) : (
              <table className="table">
                <thead>
                  <tr>
                    <th>Country</th>
                    <th>Year</th>
                    <th className="num">Median change</th>
                    <th className="num">Items compared</th>
                  </tr>
                </thead>
                <tbody>
                  {all.data!.increases.map((i) => (
                    <tr key={`${i.country}-${i.currency}-${i.year}`}>
                      <td>
                        {i.country} <span className="muted">({i.currency})</span>
                      </td>
                      <td>
                        {i.year - 1} → {i.year}
                      </td>
                      <td className="num">{signed(i.medianPercent)}</td>
                      <td className="num">{i.items}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </section>
          {data.items.length === 0 && <p className="muted">No price matches these words.</p>}
          <ul className="pb-items" aria-label="Price histories">
            {data.items.map((item) => (
              <li key={item.key} className="card pb-item" aria-label={`${itemTitle(item)}, ${item.country}`}>
                <header className="pb-item-head">
                  <h2>{itemTitle(item)}</h2>
                  <span className="chip">{item.country}</span>
                  {item.changePercent !== null && (
                    <span className={`pb-change ${item.changePercent > 0 ? 'pb-change--up' : ''}`}>
                      {signed(item.changePercent)} since {formatDay(item.entries[0]!.seenOn)}
                    </span>
                  )}
                </header>
                <PriceChart item={item} />
                <table className="table pb-entries">
                  <thead>
                    <tr>
                      <th>Seen</th>
                      <th className="num">Price</th>
                      <th>Where</th>
                      <th />
                    </tr>
                  </thead>
                  <tbody>
                    {[...item.entries].reverse().map((e) => (
                      <tr key={e.id}>
                        <td>{formatDay(e.seenOn)}</td>
                        <td className="num">{formatMoney(e.priceMinor, e.currency)}</td>
                        <td>{[e.boutique, e.source].filter(Boolean).join(' · ') || '—'}</td>
                        <td className="pb-row-actions">
                          <button type="button" className="button button--small" onClick={() => setEditing(e)} aria-label={`Edit the price of ${formatDay(e.seenOn)}`}>
                            Edit
                          </button>
                          <button type="button" className="button button--small" onClick={() => setDeleting(e)} aria-label={`Delete the price of ${formatDay(e.seenOn)}`}>
                            Delete
                          </button>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </li>
            ))}
          </ul>
        </>
      )}
      {importing && <PriceImportDialog file={importing} onClose={() => setImporting(null)} />}
      {editing && <PriceForm entry={editing === 'new' ? undefined : editing} onClose={() => setEditing(null)} />}
      {deleting && (
        <DeleteRecordDialog
          open
          channel="prices.delete"
          kind="price_entry"
          id={deleting.id}
          label={`${itemTitle(deleting)} (${deleting.country}, ${deleting.seenOn})`}
          title="Delete this price?"
          message={`${itemTitle(deleting)}: ${formatMoney(deleting.priceMinor, deleting.currency)} seen ${formatDay(deleting.seenOn)}.`}
          confirmLabel="Delete the price"
          onClose={() => setDeleting(null)}
          onDeleted={() => setDeleting(null)}
        />
      )}
    </div>
  );
}

/** The item's prices over time: a line through each entry, the first and latest labelled. */
function PriceChart({ item }: { item: PriceHistory }) {
  const points = item.entries;
  if (points.length < 2) return <p className="muted pb-one">One price so far: add another on a later day to see its history.</p>;
  const W = 320;
  const H = 96;
  const pad = 8;
  const times = points.map((p) => Date.parse(`${p.seenOn}T00:00:00Z`));
  const t0 = times[0]!;
  const t1 = times[times.length - 1]!;
  const prices = points.map((p) => p.priceMinor);
  const lo = Math.min(...prices);
  const hi = Math.max(...prices);
  const x = (t: number) => pad + (t1 === t0 ? (W - 2 * pad) / 2 : ((t - t0) / (t1 - t0)) * (W - 2 * pad));
  const y = (v: number) => H - pad - (hi === lo ? (H - 2 * pad) / 2 : ((v - lo) / (hi - lo)) * (H - 2 * pad));
  const path = points.map((p, i) => `${i ? 'L' : 'M'}${x(times[i]!).toFixed(1)},${y(p.priceMinor).toFixed(1)}`).join(' ');
  const first = points[0]!;
  const last = points[points.length - 1]!;
  return (
    <figure className="pb-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={`From ${formatMoney(first.priceMinor, first.currency)} on ${formatDay(first.seenOn)} to ${formatMoney(last.priceMinor, last.currency)} on ${formatDay(last.seenOn)}`}>
        <path d={path} className="pb-line" />
        {points.map((p, i) => (
          <circle key={p.id} cx={x(times[i]!)} cy={y(p.priceMinor)} r={3.5} className="pb-dot">
            <title>{`${formatDay(p.seenOn)}: ${formatMoney(p.priceMinor, p.currency)}`}</title>
          </circle>
        ))}
      </svg>
      <figcaption className="pb-chart-ends">
        <span>{formatMoney(first.priceMinor, first.currency)} · {formatDay(first.seenOn)}</span>
        <span>{formatMoney(last.priceMinor, last.currency)} · {formatDay(last.seenOn)}</span>
      </figcaption>
    </figure>
  );
}

interface PriceValues {
  model: string;
  size: string;
  leather: string;
  hardware: string;
  country: string;
  currency: string;
  price: string;
  seenOn: string;
  boutiqueId: string;
  source: string;
  notes: string;
}

const FIELDS = ['model', 'size', 'leather', 'hardware', 'country', 'currency', 'seenOn', 'boutiqueId', 'source', 'notes'] as const;

function PriceForm({ entry, onClose }: { entry?: PriceEntry; onClose: () => void }) {
  const settings = useChannel('settings.get');
  const create = useWrite('prices.create');
  const update = useWrite('prices.update');
  const [formError, setFormError] = useState<string | null>(null);
  const { register, control, handleSubmit, setError, watch, setValue, formState } = useForm<PriceValues>({
    values: {
      model: entry?.model ?? '',
      size: entry?.size ?? '',
      leather: entry?.leather ?? '',
      hardware: entry?.hardware ?? '',
      country: entry?.country ?? 'FR',
      currency: entry?.currency ?? settings.data?.defaultCurrency ?? 'EUR',
      price: entry ? minorToInput(entry.priceMinor, entry.currency) : '',
      seenOn: entry?.seenOn ?? localToday(),
      boutiqueId: entry?.boutiqueId ? String(entry.boutiqueId) : '',
      source: entry?.source ?? '',
      notes: entry?.notes ?? '',
    },
  });
  const submit = handleSubmit(async (v) => {
    setFormError(null);
    const price = readAmount(v.price, v.currency, { notAmount: 'Enter the price like 10400 or 10,400.50.' });
    if (!price.ok) {
      setError('price', { type: 'client', message: price.message }, { shouldFocus: true });
      return;
    }
    if (price.minor === null) {
      setError('price', { type: 'client', message: 'Enter the price you saw.' }, { shouldFocus: true });
      return;
    }
    const input = {
      model: v.model,
      size: v.size || null,
      leather: v.leather || null,
      hardware: v.hardware || null,
      country: v.country,
      currency: v.currency,
      priceMinor: price.minor,
      seenOn: v.seenOn,
      boutiqueId: v.boutiqueId ? Number(v.boutiqueId) : null,
      source: v.source || null,
      notes: v.notes || null,
    };
    try {
      if (entry) await update.mutateAsync({ id: entry.id, ...input });
      else await create.mutateAsync(input);
      onClose();
    } catch (err) {
      setFormError(applyApiError(err, setError, [...FIELDS, 'priceMinor']));
    }
  });
  return (
    <FormDialog title={entry ? 'Edit a price' : 'Add a price'} open onClose={onClose} formId="price-form" submitLabel={entry ? 'Save changes' : 'Add the price'} busy={formState.isSubmitting} error={formError} onSubmit={submit}>
      <div className="form-grid">
        <Field label="Model" error={formState.errors.model?.message}>
          {(a) => <input {...a} {...register('model')} placeholder="Kelly, Birkin, Evelyne…" autoFocus />}
        </Field>
        <Field label="Size" error={formState.errors.size?.message}>
          {(a) => <input {...a} {...register('size')} placeholder="25, PM…" />}
        </Field>
        <Field label="Leather" error={formState.errors.leather?.message}>
          {(a) => <input {...a} {...register('leather')} placeholder="Togo, Epsom…" />}
        </Field>
        <Field label="Hardware" error={formState.errors.hardware?.message}>
          {(a) => <input {...a} {...register('hardware')} placeholder="GHW, PHW…" />}
        </Field>
        <Field label="Country" error={formState.errors.country?.message} hint="Two letters: FR, US, JP…">
          {(a) => <input {...a} {...register('country')} maxLength={2} autoCapitalize="characters" />}
        </Field>
        <Field label="Currency" error={formState.errors.currency?.message}>
          {(a) => <CurrencySelect id={a.id} value={watch('currency')} onChange={(c) => setValue('currency', c)} />}
        </Field>
        <MoneyController control={control} name="price" label="Price" currency={watch('currency')} error={formState.errors.price?.message} />
        <Field label="Seen on" error={formState.errors.seenOn?.message}>
          {(a) => <input {...a} type="date" {...register('seenOn')} />}
        </Field>
        <Field label="Boutique" error={formState.errors.boutiqueId?.message}>
          {(a) => <BoutiqueSelect id={a.id} value={watch('boutiqueId')} onChange={(b) => setValue('boutiqueId', b)} />}
        </Field>
        <Field label="Where you saw it" error={formState.errors.source?.message}>
          {(a) => <input {...a} {...register('source')} placeholder="My receipt, a friend’s invoice, a link…" />}
        </Field>
        <Field label="Notes" error={formState.errors.notes?.message} className="span-2">
          {(a) => <textarea {...a} rows={2} {...register('notes')} />}
        </Field>
      </div>
    </FormDialog>
  );
}
