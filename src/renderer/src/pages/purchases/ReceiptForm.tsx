import { Plus, Trash2 } from 'lucide-react';
import { contactPickLabel } from '../contacts/labels';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { Controller, useFieldArray, useForm, useWatch } from 'react-hook-form';
import {
  CATEGORY_LABELS,
  DETAXE_STATUSES,
  PURCHASE_CATEGORIES,
  type DetaxeStatus,
  type Purchase,
  type PurchaseCategory,
  type PurchaseCreateInput,
} from '../../../../shared/api/purchases';
import { countsTowardDetaxe, DETAXE_RULE, reachesDetaxeMinimum } from '../../../../shared/domain/detaxe';
import { useRules } from '../../lib/rules';
import { DETAXE_FORM_LABELS } from '../../../../shared/api/detaxe';
import { DateTime } from 'luxon';
import { href } from '../../lib/router';
import { ApiError } from '../../api';
import { BoutiqueSelect } from '../../components/boutiques/BoutiqueSelect';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { MoneyField, readAmount } from '../../components/MoneyField';
import { applyApiError } from '../../lib/form-errors';
import { formatMoney } from '../../lib/format';
import { minorToInput, parseMoney } from '../../../../shared/domain/money';
import { useChannel, useWrite } from '../../lib/query';
import { todayDay } from '../../lib/relative-day';
import { guessCategory } from './category-guess';
import { COMMON_CURRENCIES, DETAXE_LABELS, storeCurrency } from './labels';
import { useOnOpen } from '../../lib/form-opening';

interface ItemValues {
  id?: number;
  description: string;
  category: PurchaseCategory;
  /** '' not said, 'yes' quota, 'no' non-quota (bags only). */
  quota: '' | 'yes' | 'no';
  /** Typed text; becomes minor units on save. */
  priceMinor: string;
  offered: boolean;
}

interface FormValues {
  day: string;
  boutiqueId: string;
  contactId: string;
  tripId: string;
  currency: string;
  items: ItemValues[];
  online: boolean;
  detaxe: { status: DetaxeStatus; amountMinor: string };
  notes: string;
}

const FIELDS = ['day', 'boutiqueId', 'contactId', 'tripId', 'currency', 'items', 'online', 'detaxe', 'notes'];

/** The form status a receipt's status mirrors. */
const formStatusOf = (s: DetaxeStatus) => (s === 'form_issued' ? 'issued' : s === 'validated' || s === 'refunded' || s === 'refused' ? s : 'issued');

const blankItem = (): ItemValues => ({ description: '', category: 'other', quota: '', priceMinor: '', offered: false });

function toValues(purchase: Purchase | undefined, currency: string): FormValues {
  if (!purchase) {
    return {
      day: todayDay(),
      boutiqueId: '',
      contactId: '',
      tripId: '',
      currency,
      items: [blankItem()],
      online: false,
      detaxe: { status: 'not_applicable', amountMinor: '' },
      notes: '',
    };
  }
  return {
    day: purchase.day,
    boutiqueId: purchase.boutiqueId === null ? '' : String(purchase.boutiqueId),
    contactId: purchase.contactId === null ? '' : String(purchase.contactId),
    tripId: purchase.tripId === null ? '' : String(purchase.tripId),
    currency: purchase.currency,
    items: purchase.items.map((i) => ({
      id: i.id,
      description: i.description,
      category: i.category,
      quota: i.quota === null ? '' : i.quota ? 'yes' : 'no',
      priceMinor: minorToInput(i.priceMinor, purchase.currency),
      offered: i.offered,
    })),
    online: purchase.online,
    detaxe: { status: purchase.detaxe.status, amountMinor: purchase.detaxe.amountMinor === null ? '' : minorToInput(purchase.detaxe.amountMinor, purchase.currency) },
    notes: purchase.notes ?? '',
  };
}

export interface ReceiptFormProps {
  open: boolean;
  purchase?: Purchase;
  /** Prefill for a new receipt (from a contact page: that SA and their boutique). */
  initial?: { contactId?: number; boutiqueId?: number | null };
  onClose: () => void;
  onSaved: (purchase: Purchase) => void;
}

/**
 * Quick entry of a receipt: one row per item; Enter in a row adds the next row, Ctrl/Cmd+Enter
 * saves; the running total is kept below the rows in the receipt's currency.
 */
export function ReceiptForm({ open, purchase, initial, onClose, onSaved }: ReceiptFormProps) {
  const boutiques = useChannel('boutiques.list');
  const contacts = useChannel('contacts.list', { limit: 1000 });
  const trips = useChannel('trips.list');
  const settings = useChannel('settings.get', undefined);
  const rules = useRules();
  const create = useWrite('purchases.create');
  const update = useWrite('purchases.update');
  const [formError, setFormError] = useState<string | null>(null);
  const currencyTouched = useRef(false);
  /** Rows (by field key) whose category the user chose: their description no longer guesses it. */
  const categoryChosen = useRef(new Set<string>());
  const tripTouched = useRef(false);
  const dayTouched = useRef(false);
  const defaultCurrency = settings.data?.defaultCurrency ?? 'EUR';

  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    setFocus,
    reset,
    getValues,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({ defaultValues: toValues(purchase, defaultCurrency) });
  const items = useFieldArray({ control, name: 'items' });
  const watched = useWatch({ control });

  useOnOpen(open, () => {
    const values = toValues(purchase, defaultCurrency);
    if (!purchase && initial) {
      if (initial.contactId) values.contactId = String(initial.contactId);
      if (initial.boutiqueId) values.boutiqueId = String(initial.boutiqueId);
    }
    reset(values);
    currencyTouched.current = Boolean(purchase);
    categoryChosen.current.clear();
    tripTouched.current = Boolean(purchase);
    dayTouched.current = Boolean(purchase);
    setFormError(null);
  });

  const currency = watched.currency || defaultCurrency;
  const boutique = boutiques.data?.find((b) => String(b.id) === watched.boutiqueId);

  // A new receipt follows the boutique's currency and the trip of its day, until the user picks them.
  useEffect(() => {
    if (!open || currencyTouched.current || !boutique) return;
    const guess = storeCurrency(boutique);
    if (guess && guess !== getValues('currency')) setValue('currency', guess);
  }, [open, boutique, getValues, setValue]);
  // A new receipt's day is today where the store is (from Tokyo, late on 30 Nov in Paris is
  // still the 30th there, and its détaxe deadline follows), until the user picks the day.
  useEffect(() => {
    if (!open || purchase || dayTouched.current || !boutique) return;
    const there = DateTime.local().setZone(boutique.timeZone).toISODate();
    if (there && there !== getValues('day')) setValue('day', there);
  }, [open, boutique, purchase, getValues, setValue]);
  // A new receipt at an online store (hermes.com) is bought online.
  useEffect(() => {
    if (open && !purchase && boutique?.online) setValue('online', true);
  }, [open, boutique, purchase, setValue]);
  useEffect(() => {
    if (!open || tripTouched.current || !trips.data || !watched.day) return;
    const trip = trips.data.find((t) => t.startDay <= watched.day! && watched.day! <= t.endDay);
    setValue('tripId', trip ? String(trip.id) : '');
  }, [open, watched.day, trips.data, setValue]);

  const prices = (watched.items ?? []).map((i) => {
    const r = i?.priceMinor?.trim() ? parseMoney(i.priceMinor, currency) : null;
    return r?.ok ? r.minor : null;
  });
  const unreadable = (watched.items ?? []).filter((i, n) => i?.priceMinor?.trim() && prices[n] === null).length;
  const total = prices.reduce<number>((sum, p) => sum + (p ?? 0), 0);
  const itemCount = (watched.items ?? []).filter((i) => i?.description?.trim() || i?.priceMinor?.trim()).length;
  // The receipt alone; with others of the same town over three days it may qualify on a form too.
  const qualifies =
    reachesDetaxeMinimum(total, rules.detaxe) &&
    countsTowardDetaxe({ currency, online: Boolean(watched.online), boutique: boutique ? { name: boutique.name, city: boutique.city, country: boutique.country, online: boutique.online } : null });
  const onForm = purchase?.detaxe.formId ?? null;

  const addRow = () => {
    items.append(blankItem(), { shouldFocus: false });
    // Focus after React has rendered the new row.
    requestAnimationFrame(() => setFocus(`items.${items.fields.length}.description`));
  };

  const onItemKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if (e.key !== 'Enter' || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    if ((e.target as HTMLElement).tagName === 'BUTTON') return;
    e.preventDefault();
    addRow();
  };

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    let bad = false;
    const parsed = values.items.map((item, i) => {
      const read = readAmount(item.priceMinor, values.currency, { empty: 'Enter the price.', notAmount: 'Enter an amount like 1250.00.' });
      if (!read.ok) {
        setError(`items.${i}.priceMinor`, { type: 'client', message: read.message }, { shouldFocus: !bad });
        bad = true;
      }
      return read.ok ? (read.minor ?? 0) : 0;
    });
    const refundRead = values.detaxe.status === 'refunded' ? readAmount(values.detaxe.amountMinor, values.currency, { notAmount: 'Enter an amount like 180.00.' }) : null;
    const refund = refundRead?.ok ? refundRead.minor : null;
    if (refundRead && !refundRead.ok) {
      setError('detaxe.amountMinor', { type: 'client', message: refundRead.message }, { shouldFocus: !bad });
      bad = true;
    }
    if (bad) return;
    const input: PurchaseCreateInput = {
      day: values.day,
      boutiqueId: values.boutiqueId ? Number(values.boutiqueId) : null,
      contactId: values.contactId ? Number(values.contactId) : null,
      tripId: values.tripId ? Number(values.tripId) : null,
      currency: values.currency,
      items: values.items.map((item, i) => ({
        ...(item.id ? { id: item.id } : {}),
        description: item.description,
        category: item.category,
        quota: item.category === 'bag' && item.quota ? item.quota === 'yes' : null,
        priceMinor: parsed[i]!,
        offered: item.offered,
      })),
      online: values.online,
      detaxe: { status: values.detaxe.status, amountMinor: refund },
      notes: values.notes || null,
    };
    // A receipt on a détaxe form takes the form's status: the form is where it changes.
    if (onForm !== null) delete input.detaxe;
    try {
      const saved = purchase ? await update.mutateAsync({ id: purchase.id, ...input }) : await create.mutateAsync(input);
      onSaved(saved);
    } catch (err) {
      setFormError(applyApiError(err, setError, FIELDS));
      if (err instanceof ApiError && err.issues.some((i) => i.path[0] === 'items' && i.path.length === 1)) setFormError(err.issues[0]!.message);
    }
  });

  /** Rows left completely empty (an Enter too many) are dropped, as long as one row remains. */
  const save = () => {
    const rows = getValues('items');
    const blank = rows.flatMap((r, i) => (!r.description.trim() && !r.priceMinor.trim() ? [i] : []));
    if (blank.length > 0 && blank.length < rows.length) items.remove(blank);
    void submit();
  };

  const sortedContacts = [...(contacts.data ?? [])].sort((a, b) => {
    const here = (c: { boutiqueId: number | null }) => (watched.boutiqueId && String(c.boutiqueId) === watched.boutiqueId ? 0 : 1);
    return here(a) - here(b) || a.name.localeCompare(b.name);
  });

  return (
    <Dialog
      title={purchase ? 'Edit receipt' : 'New receipt'}
      open={open}
      onClose={onClose}
      wide
      footer={
        <>
          <span className="receipt-footer-hint muted">
            <kbd className="kbd">Enter</kbd> adds an item · <kbd className="kbd">Ctrl</kbd>+<kbd className="kbd">Enter</kbd> saves
          </span>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="receipt-form" className="button button--primary" disabled={isSubmitting}>
            {purchase ? 'Save changes' : 'Save receipt'}
          </button>
        </>
      }
    >
      <form
        id="receipt-form"
        className="form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
        noValidate
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            save();
          }
        }}
      >
        {formError && (
          <p className="banner banner--error" role="alert">
            {formError}
          </p>
        )}
        <div className="receipt-head">
          <Field label="Day" error={errors.day?.message}>
            {(a) => <input {...a} type="date" {...register('day', { onChange: () => (dayTouched.current = true) })} />}
          </Field>
          <Field label="Boutique" error={errors.boutiqueId?.message}>
            {(a) => (
              <Controller
                control={control}
                name="boutiqueId"
                render={({ field }) => <BoutiqueSelect {...a} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />}
              />
            )}
          </Field>
          <Field label="SA" error={errors.contactId?.message}>
            {(a) => (
              <select {...a} {...register('contactId')}>
                <option value="">Not recorded</option>
                {sortedContacts.map((c) => (
                  <option key={c.id} value={String(c.id)}>
                    {contactPickLabel(c)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Currency" error={errors.currency?.message}>
            {(a) => (
              <select {...a} {...register('currency', { onChange: () => (currencyTouched.current = true) })}>
                {[...new Set([currency, ...COMMON_CURRENCIES])].map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Trip" error={errors.tripId?.message}>
            {(a) => (
              <select {...a} {...register('tripId', { onChange: () => (tripTouched.current = true) })}>
                <option value="">No trip</option>
                {trips.data?.map((t) => (
                  <option key={t.id} value={String(t.id)}>
                    {t.title}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="receipt-online">
          <label className="checkbox">
            <input type="checkbox" {...register('online')} aria-describedby="receipt-online-hint" aria-invalid={Boolean(errors.online)} />
            Bought online
          </label>
          <p className="field-hint" id="receipt-online-hint">
            On hermes.com rather than in a boutique: the spend profile shows it apart, as online purchases are reported not to count toward a store’s profile.
          </p>
          {errors.online && (
            <p className="field-error" role="alert">
              {errors.online.message}
            </p>
          )}
        </div>

        <fieldset className="form-section">
          <legend>Items</legend>
          <div className="receipt-items" role="group" aria-label="Items of the receipt">
            <div className="receipt-item receipt-item--header" aria-hidden>
              <span>Description</span>
              <span>Category</span>
              <span>Bag</span>
              <span className="num">Price ({currency})</span>
              <span>Offered</span>
              <span />
            </div>
            {items.fields.map((f, i) => {
              const category = watched.items?.[i]?.category;
              const e = errors.items?.[i];
              return (
                <div className="receipt-item" key={f.id} onKeyDown={onItemKeyDown}>
                  <Field label={`Item ${i + 1} description`} error={e?.description?.message}>
                    {(a) => (
                      <input
                        {...a}
                        {...register(`items.${i}.description`, {
                          onChange: (ev: { target: { value: string } }) => {
                            // A new row's category follows what is typed until the user picks one.
                            if (f.id && getValues(`items.${i}.id`) === undefined && !categoryChosen.current.has(f.id)) {
                              const guess = guessCategory(ev.target.value, rules.quotaModels);
                              if (guess) {
                                setValue(`items.${i}.category`, guess.category);
                                setValue(`items.${i}.quota`, guess.quota ? 'yes' : '');
                              }
                            }
                          },
                        })}
                        placeholder={i === 0 ? 'Oran sandals, Noir, 38' : 'Description'}
                        data-autofocus={i === 0 ? true : undefined}
                      />
                    )}
                  </Field>
                  <Field label={`Item ${i + 1} category`} error={e?.category?.message}>
                    {(a) => (
                      <select
                        {...a}
                        {...register(`items.${i}.category`, {
                          onChange: (ev: { target: { value: string } }) => {
                            categoryChosen.current.add(f.id);
                            if (ev.target.value !== 'bag') setValue(`items.${i}.quota`, '');
                          },
                        })}
                      >
                        {PURCHASE_CATEGORIES.map((c) => (
                          <option key={c} value={c}>
                            {CATEGORY_LABELS[c]}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field label={`Item ${i + 1} quota`} error={e?.quota?.message}>
                    {(a) => (
                      <select {...a} {...register(`items.${i}.quota`, { onChange: () => categoryChosen.current.add(f.id) })} disabled={category !== 'bag'}>
                        <option value="">{category === 'bag' ? 'Not said' : '—'}</option>
                        <option value="yes">Quota</option>
                        <option value="no">Non-quota</option>
                      </select>
                    )}
                  </Field>
                  <Controller
                    control={control}
                    name={`items.${i}.priceMinor`}
                    render={({ field }) => (
                      <MoneyField
                        label={`Item ${i + 1} price`}
                        currency={currency}
                        value={field.value}
                        onChange={field.onChange}
                        onBlur={field.onBlur}
                        name={field.name}
                        inputRef={field.ref}
                        error={e?.priceMinor?.message}
                      />
                    )}
                  />
                  <label className="checkbox receipt-offered" title="Offered by the SA">
                    <input type="checkbox" {...register(`items.${i}.offered`)} aria-label={`Item ${i + 1} offered by the SA`} />
                  </label>
                  <button
                    type="button"
                    className="icon-button"
                    onClick={() => items.remove(i)}
                    disabled={items.fields.length === 1}
                    aria-label={`Remove item ${i + 1}`}
                  >
                    <Trash2 size={16} aria-hidden />
                  </button>
                </div>
              );
            })}
          </div>
          {errors.items?.message && <p className="field-error">{errors.items.message}</p>}
          <div className="receipt-total-row">
            <button type="button" className="button button--ghost" onClick={addRow}>
              <Plus size={16} aria-hidden /> Add item
            </button>
            <p className="receipt-total" id="receipt-total">
              <span className="muted">
                {itemCount} item{itemCount === 1 ? '' : 's'}
                {unreadable > 0 && ` · ${unreadable} price${unreadable === 1 ? '' : 's'} to check`}
              </span>
              <span>
                Total <strong data-testid="receipt-total">{formatMoney(total, currency)}</strong>
              </span>
            </p>
          </div>
        </fieldset>

        <fieldset className="form-section">
          <legend>Détaxe and notes</legend>
          <div className="form-grid">
            {onForm !== null ? (
              <div className="span-2 receipt-on-form">
                <p>
                  On a <a href={href('/purchases/detaxe')}>détaxe form</a> ({DETAXE_FORM_LABELS[formStatusOf(purchase!.detaxe.status)]}): its status and refund change on the form.
                </p>
              </div>
            ) : (
              <>
                <Field
                  label="Détaxe status"
                  error={errors.detaxe?.status?.message}
                  hint={qualifies ? `This receipt alone qualifies for détaxe (over ${rules.detaxeThreshold} at a store in France or Monaco; ${DETAXE_RULE.sourceShort}).` : undefined}
                >
                  {(a) => (
                    <select {...a} {...register('detaxe.status')}>
                      {DETAXE_STATUSES.map((s) => (
                        <option key={s} value={s}>
                          {DETAXE_LABELS[s]}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                {watched.detaxe?.status === 'refunded' ? (
                  <Controller
                    control={control}
                    name="detaxe.amountMinor"
                    render={({ field }) => (
                      <MoneyField
                        label={`Refund received (${currency})`}
                        currency={currency}
                        value={field.value}
                        onChange={field.onChange}
                        onBlur={field.onBlur}
                        name={field.name}
                        inputRef={field.ref}
                        error={errors.detaxe?.amountMinor?.message}
                      />
                    )}
                  />
                ) : (
                  <span />
                )}
              </>
            )}
            <Field label="Notes" error={errors.notes?.message} className="span-2">
              {(a) => <textarea {...a} rows={2} {...register('notes')} placeholder="Who offered what, the mood of the visit…" />}
            </Field>
          </div>
        </fieldset>
      </form>
    </Dialog>
  );
}
