/**
 * Gifts given to and received from the contact, and gift ideas (no day until given). A value is in
 * the one money field of the app; a gift bought at Hermès can name its receipt. Deleting one goes
 * to the Trash, with Undo.
 */
import { Gift as GiftIcon, Lightbulb, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { GIFT_DIRECTION_LABELS, GIFT_DIRECTIONS, type Gift, type GiftDirection } from '../../../../shared/api/gifts';
import type { Purchase } from '../../../../shared/api/purchases';
import { minorToInput } from '../../../../shared/domain/money';
import { FormDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { MoneyController, readAmount } from '../../components/MoneyField';
import { toastDeleted } from '../../components/DeleteRecordDialog';
import { applyApiError } from '../../lib/form-errors';
import { formatDay, formatMoney } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { href } from '../../lib/router';
import { CurrencySelect } from '../settings/CurrencySelect';
import './relationship.css';
import { useOnOpen } from '../../lib/form-opening';

const itemsLine = (p: Purchase): string => {
  const first = p.items[0];
  if (!first) return 'Receipt';
  return p.items.length === 1 ? first.description : `${first.description} + ${p.items.length - 1} more`;
};

export function GiftsCard({ contactId, name }: { contactId: number; name: string }) {
  const gifts = useChannel('gifts.list', { contactId });
  const purchases = useChannel('purchases.list', { contactId, limit: 1000 });
  const remove = useWrite('gifts.delete');
  const [editing, setEditing] = useState<Gift | 'new' | null>(null);
  const first = name.split(' ')[0];
  const ideas = (gifts.data ?? []).filter((g) => g.direction === 'idea');
  const dated = (gifts.data ?? []).filter((g) => g.direction !== 'idea');
  const receiptOf = (id: number | null) => (id === null ? undefined : purchases.data?.find((p) => p.id === id));

  const del = (g: Gift) =>
    remove.mutate(
      { id: g.id },
      { onSuccess: () => toastDeleted('gift', g.id, g.what, false) },
    );

  const row = (g: Gift) => {
    const receipt = receiptOf(g.purchaseId);
    return (
      <li key={g.id} className="gift-row">
        <span className={`gift-direction gift-direction--${g.direction}`}>{GIFT_DIRECTION_LABELS[g.direction]}</span>
        <span className="gift-main">
          <span className="gift-what">{g.what}</span>
          <span className="muted gift-sub">
            {[g.day ? formatDay(g.day) : null, g.amountMinor !== null && g.currency ? formatMoney(g.amountMinor, g.currency) : null].filter(Boolean).join(' · ')}
            {receipt && (
              <>
                {g.day || g.amountMinor !== null ? ' · ' : ''}
                <a href={href(`/purchases/${receipt.id}`)}>bought at Hermès</a>
              </>
            )}
          </span>
        </span>
        <span className="gift-actions">
          <button type="button" className="icon-button" aria-label={`Edit ${g.what}`} onClick={() => setEditing(g)}>
            <Pencil size={14} aria-hidden />
          </button>
          <button type="button" className="icon-button" aria-label={`Delete ${g.what}`} onClick={() => del(g)}>
            <Trash2 size={14} aria-hidden />
          </button>
        </span>
      </li>
    );
  };

  return (
    <section className="card" aria-labelledby="gifts-title">
      <header className="keep-in-touch-header">
        <h2 className="card-title" id="gifts-title">
          Gifts
        </h2>
        <button type="button" className="button button--small" onClick={() => setEditing('new')}>
          <Plus size={14} aria-hidden /> Add a gift
        </button>
      </header>
      {gifts.error && <p className="field-error">{gifts.error.message}</p>}
      {gifts.data && gifts.data.length === 0 && (
        <p className="muted">
          <GiftIcon size={14} aria-hidden /> Nothing yet: what you gave {first}, what {first} gave you, and ideas for next time.
        </p>
      )}
      {dated.length > 0 && <ul className="gift-list">{dated.map(row)}</ul>}
      {ideas.length > 0 && (
        <>
          <h3 className="gift-subtitle">
            <Lightbulb size={14} aria-hidden /> Ideas
          </h3>
          <ul className="gift-list">{ideas.map(row)}</ul>
        </>
      )}
      {remove.error && <p className="field-error">{remove.error.message}</p>}
      <GiftForm
        open={editing !== null}
        gift={editing === 'new' ? undefined : (editing ?? undefined)}
        contactId={contactId}
        purchases={purchases.data ?? []}
        onClose={() => setEditing(null)}
      />
    </section>
  );
}

interface GiftValues {
  direction: GiftDirection;
  what: string;
  day: string;
  value: string;
  currency: string;
  purchaseId: string;
  notes: string;
}

function GiftForm({ open, gift, contactId, purchases, onClose }: { open: boolean; gift?: Gift; contactId: number; purchases: Purchase[]; onClose: () => void }) {
  const settings = useChannel('settings.get', undefined);
  const create = useWrite('gifts.create');
  const update = useWrite('gifts.update');
  const [formError, setFormError] = useState<string | null>(null);
  const blank = (): GiftValues => ({
    direction: gift?.direction ?? 'given',
    what: gift?.what ?? '',
    day: gift?.day ?? '',
    value: gift?.amountMinor != null && gift.currency ? minorToInput(gift.amountMinor, gift.currency) : '',
    currency: gift?.currency ?? settings.data?.defaultCurrency ?? 'EUR',
    purchaseId: gift?.purchaseId ? String(gift.purchaseId) : '',
    notes: gift?.notes ?? '',
  });
  const { register, control, handleSubmit, setError, reset, watch, setValue, formState } = useForm<GiftValues>({ defaultValues: blank() });
  useOnOpen(open, () => {
    reset(blank());
    setFormError(null);
  });
  const direction = watch('direction');
  const currency = watch('currency');

  const submit = handleSubmit(async (v) => {
    setFormError(null);
    if (v.value.trim().startsWith('-')) {
      setError('value', { type: 'client', message: 'A gift’s value cannot be negative.' }, { shouldFocus: true });
      return;
    }
    const amount = readAmount(v.value, v.currency);
    if (!amount.ok) {
      setError('value', { type: 'client', message: amount.message }, { shouldFocus: true });
      return;
    }
    const input = {
      direction: v.direction,
      what: v.what,
      day: v.direction === 'idea' ? null : v.day || null,
      amountMinor: amount.minor,
      currency: amount.minor === null ? null : v.currency,
      purchaseId: v.purchaseId ? Number(v.purchaseId) : null,
      notes: v.notes || null,
    };
    try {
      if (gift) await update.mutateAsync({ id: gift.id, ...input });
      else await create.mutateAsync({ contactId, ...input });
      onClose();
    } catch (err) {
      setFormError(applyApiError(err, (name, e, o) => setError(name === 'amountMinor' ? 'value' : (name as keyof GiftValues), e, o), ['direction', 'what', 'day', 'amountMinor', 'currency', 'purchaseId', 'notes']));
    }
  });

  return (
    <FormDialog title={gift ? `Edit “${gift.what}”` : 'Add a gift'} open={open} onClose={onClose} formId="gift-form" submitLabel={gift ? 'Save' : 'Add gift'} busy={formState.isSubmitting} error={formError} onSubmit={submit}>
      <div className="form-grid">
        <Field label="Kind" error={formState.errors.direction?.message}>
          {(a) => (
            <select {...a} {...register('direction')}>
              {GIFT_DIRECTIONS.map((d) => (
                <option key={d} value={d}>
                  {d === 'idea' ? 'An idea (not given yet)' : GIFT_DIRECTION_LABELS[d]}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="What" error={formState.errors.what?.message}>
          {(a) => <input {...a} {...register('what')} placeholder="Macarons, a candle, a card…" />}
        </Field>
        {direction !== 'idea' && (
          <Field label={direction === 'given' ? 'Day given' : 'Day received'} error={formState.errors.day?.message}>
            {(a) => <input {...a} type="date" {...register('day')} />}
          </Field>
        )}
        <MoneyController control={control} name="value" label="Value" currency={currency} error={formState.errors.value?.message} placeholder="Optional" />
        <Field label="Currency" error={formState.errors.currency?.message}>
          {(a) => <CurrencySelect id={a.id} value={currency} onChange={(c) => setValue('currency', c)} />}
        </Field>
        <Field label="Bought at Hermès" error={formState.errors.purchaseId?.message} hint="A receipt with this contact, when the gift came from it.">
          {(a) => (
            <select {...a} {...register('purchaseId')}>
              <option value="">No receipt</option>
              {purchases.map((p) => (
                <option key={p.id} value={p.id}>
                  {formatDay(p.day)} · {itemsLine(p)} · {formatMoney(p.totalMinor, p.currency)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label="Notes" error={formState.errors.notes?.message} className="span-2">
          {(a) => <textarea {...a} rows={2} {...register('notes')} />}
        </Field>
      </div>
    </FormDialog>
  );
}
