import { DateTime } from 'luxon';
import { contactPickLabel } from '../contacts/labels';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { ATTEMPT_SOURCES, OFFER_SOURCES, SOURCE_LABELS, type Offer, type OfferCreateInput, type OfferSource } from '../../../../shared/api/offers';
import { CATEGORY_LABELS, PURCHASE_CATEGORIES, type PurchaseCategory } from '../../../../shared/api/purchases';
import { BoutiqueSelect } from '../../components/boutiques/BoutiqueSelect';
import { FormDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { localToday } from '../../components/notes-form';
import { useChannel, useWrite } from '../../lib/query';
import { formatMonth } from '../../lib/format';
import { COMMON_CURRENCIES, storeCurrency } from '../purchases/labels';
import { minorToInput } from '../../../../shared/domain/money';
import { MoneyController, readAmount } from '../../components/MoneyField';
import { attemptLabel, boutiqueNamer, orderLabel } from './labels';
import { placeErrors } from './place-errors';
import { isQuotaModel, listWords, QUOTA_MODELS_RULE } from '../../../../shared/domain/quota-rule';
import { useRules } from '../../lib/rules';
import { bestWishFor } from '../../../../shared/domain/wishlist';
import { describeBag } from '../../../../shared/domain/special-order-spec';

interface FormValues {
  day: string;
  time: string;
  source: OfferSource;
  attemptId: string;
  specialOrderId: string;
  boutiqueId: string;
  contactId: string;
  category: PurchaseCategory;
  model: string;
  size: string;
  leather: string;
  colour: string;
  hardware: string;
  quota: '' | 'yes' | 'no';
  price: string;
  currency: string;
  decision: 'pending' | 'taken' | 'declined';
  reason: string;
  takeDay: string;
  notes: string;
  /** The wish on the wishlist it answers ('' = none). */
  wishId: string;
}

/** Where each contract path is shown in this form. */
const FIELD_OF: Record<string, keyof FormValues> = {
  day: 'day',
  time: 'time',
  source: 'source',
  attemptId: 'attemptId',
  specialOrderId: 'specialOrderId',
  boutiqueId: 'boutiqueId',
  contactId: 'contactId',
  category: 'category',
  model: 'model',
  size: 'size',
  leather: 'leather',
  colour: 'colour',
  hardware: 'hardware',
  quota: 'quota',
  priceMinor: 'price',
  currency: 'currency',
  decision: 'decision',
  reason: 'reason',
  notes: 'notes',
  wishId: 'wishId',
  'take.priceMinor': 'price',
  'take.currency': 'currency',
  'take.day': 'takeDay',
  'take.reason': 'reason',
};

const CURRENCY_OPTIONS = [...COMMON_CURRENCIES, ...Intl.supportedValuesOf('currency').filter((c) => !COMMON_CURRENCIES.includes(c))];

const reasonLabel = (d: Offer['decision']) => (d === 'taken' ? 'Why you took it' : d === 'declined' ? 'Why you declined' : 'Your thoughts so far');

function toValues(offer: Offer | undefined, defaultCurrency: string, prefill: OfferPrefill): FormValues {
  return {
    day: offer?.day ?? localToday(),
    time: offer?.time ?? '',
    source: offer?.source ?? 'appointment',
    attemptId: offer?.attemptId ? String(offer.attemptId) : '',
    specialOrderId: offer?.specialOrderId ? String(offer.specialOrderId) : '',
    boutiqueId: offer?.boutiqueId ? String(offer.boutiqueId) : '',
    contactId: offer?.contactId ? String(offer.contactId) : '',
    category: offer?.category ?? 'bag',
    model: offer?.model ?? '',
    size: offer?.size ?? '',
    leather: offer?.leather ?? '',
    colour: offer?.colour ?? '',
    hardware: offer?.hardware ?? '',
    quota: offer?.quota == null ? '' : offer.quota ? 'yes' : 'no',
    price: offer?.priceMinor != null && offer.currency ? minorToInput(offer.priceMinor, offer.currency) : '',
    currency: offer?.currency ?? defaultCurrency,
    decision: 'pending',
    reason: offer?.reason ?? '',
    takeDay: '',
    notes: offer?.notes ?? '',
    wishId: offer?.wishId ? String(offer.wishId) : '',
    ...prefill,
  };
}

/** For a new offer: where it came from ('#/offers/new/attempt/7'). */
export type OfferPrefill = Partial<Pick<FormValues, 'source' | 'attemptId' | 'specialOrderId'>>;

export interface OfferFormProps {
  open: boolean;
  offer?: Offer;
  prefill?: OfferPrefill;
  onClose: () => void;
  onSaved: (offer: Offer) => void;
}

export function OfferForm({ open, offer, prefill, onClose, onSaved }: OfferFormProps) {
  const boutiques = useChannel('boutiques.list');
  const contacts = useChannel('contacts.list');
  const attempts = useChannel('attempts.list');
  const orders = useChannel('specialOrders.list');
  const wishes = useChannel('wishlist.list');
  const settings = useChannel('settings.get');
  const rules = useRules();
  const ownModels = rules.overridden.includes('quotaModels');
  const create = useWrite('offers.create');
  const update = useWrite('offers.update');
  const [formError, setFormError] = useState<string | null>(null);
  const initial = useMemo(() => toValues(offer, settings.data?.defaultCurrency ?? 'EUR', prefill ?? {}), [offer, settings.data?.defaultCurrency, prefill]);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    getValues,
    watch,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({ defaultValues: initial });

  useEffect(() => {
    if (open) {
      reset(initial);
      setFormError(null);
    }
  }, [open, initial, reset]);

  const source = watch('source');
  const category = watch('category');
  const decision = watch('decision');
  const boutiqueId = watch('boutiqueId');
  const model = watch('model');
  const name = boutiqueNamer(boutiques.data);
  const sas = (contacts.data ?? []).filter((c) => !boutiqueId || c.boutiqueId === null || String(c.boutiqueId) === boutiqueId);

  /** Picking where it came from fills in the boutique and SA when they are still empty. */
  const adopt = (from: { boutiqueId: number | null; contactId: number | null } | undefined) => {
    if (!from) return;
    if (!getValues('boutiqueId') && from.boutiqueId) {
      setValue('boutiqueId', String(from.boutiqueId));
      const b = boutiques.data?.find((x) => x.id === from.boutiqueId);
      const guess = b && storeCurrency(b);
      if (!offer && guess && !getValues('price')) setValue('currency', guess);
    }
    if (!getValues('contactId') && from.contactId) setValue('contactId', String(from.contactId));
  };

  // A form opened from an attempt or a special order shows its boutique and SA once they are loaded.
  const adoptLoaded = useEffectEvent(adopt);
  useEffect(() => {
    if (!open || offer) return;
    if (prefill?.attemptId) adoptLoaded(attempts.data?.find((x) => String(x.id) === prefill.attemptId));
    if (prefill?.specialOrderId) adoptLoaded(orders.data?.find((x) => String(x.id) === prefill.specialOrderId));
    // adopt only fills empty fields, so running again when data arrives is harmless.
  }, [open, offer, prefill, attempts.data, orders.data, boutiques.data]);

  // A new offer suggests the wish it most likely answers, until the user picks one (or none).
  const wishPicked = useRef(false);
  useEffect(() => {
    if (open) wishPicked.current = Boolean(offer);
  }, [open, offer]);
  const [size, leather, colour, hardware] = watch(['size', 'leather', 'colour', 'hardware']);
  const suggested = useMemo(
    () => (model.trim() ? bestWishFor(wishes.data ?? [], { model, size: size || null, leather: leather || null, colour: colour || null, hardware: hardware || null }) : null),
    [wishes.data, model, size, leather, colour, hardware],
  );
  useEffect(() => {
    if (!open || wishPicked.current) return;
    setValue('wishId', suggested ? String(suggested.id) : '');
  }, [open, suggested, setValue]);
  const wishOptions = (wishes.data ?? []).filter((w) => w.status === 'wanted' || w.status === 'offered' || String(w.id) === initial.wishId);

  const submit = handleSubmit(async (v) => {
    setFormError(null);
    const price = readAmount(v.price, v.currency, { notAmount: 'Enter an amount like 10400 or 10,400.00.' });
    if (!price.ok) {
      setError('price', { type: 'client', message: price.message }, { shouldFocus: true });
      return;
    }
    const priceMinor = price.minor;
    const link = (s: string) => (s ? Number(s) : null);
    const fields = {
      day: v.day,
      time: v.time || null,
      source: v.source,
      attemptId: ATTEMPT_SOURCES.includes(v.source) ? link(v.attemptId) : null,
      specialOrderId: v.source === 'special_order' ? link(v.specialOrderId) : null,
      boutiqueId: link(v.boutiqueId),
      contactId: link(v.contactId),
      category: v.category,
      model: v.model,
      size: v.size || null,
      leather: v.leather || null,
      colour: v.colour || null,
      hardware: v.hardware || null,
      quota: v.category === 'bag' && v.quota ? v.quota === 'yes' : null,
      priceMinor,
      currency: priceMinor === null ? null : v.currency,
      reason: v.reason || null,
      notes: v.notes || null,
      wishId: link(v.wishId),
    };
    try {
      let saved: Offer;
      if (offer) {
        saved = await update.mutateAsync({ id: offer.id, ...fields });
      } else {
        const input: OfferCreateInput = { ...fields, decision: v.decision };
        // The price above is what was paid: the purchase takes it from the offer.
        if (v.decision === 'taken') input.take = v.takeDay ? { day: v.takeDay } : {};
        saved = await create.mutateAsync(input);
      }
      onSaved(saved);
    } catch (err) {
      setFormError(placeErrors(err, setError, FIELD_OF));
    }
  });

  // An offer comes from an appointment that has happened: later attempts are left out (but a linked one always shows).
  const latestDay = DateTime.local().plus({ days: 1 }).toISODate()!;
  const attemptOptions = (attempts.data ?? [])
    .filter((x) => x.wantedDay <= latestDay || String(x.id) === initial.attemptId)
    .sort((a, b) => b.wantedDay.localeCompare(a.wantedDay) || b.id - a.id);
  const orderOptions = orders.data ?? [];

  return (
    <FormDialog
      title={offer ? 'Edit the offer' : 'Record an offer'}
      open={open}
      onClose={onClose}
      formId="offer-form"
      submitLabel={offer ? 'Save changes' : 'Record offer'}
      busy={isSubmitting}
      error={formError}
      onSubmit={submit}
    >
      <fieldset className="form-section">
        <legend>When and how</legend>
        <div className="form-grid offers-form-grid">
          <Field label="Day offered" error={errors.day?.message}>
            {(a) => <input {...a} type="date" {...register('day')} />}
          </Field>
          <Field label="Time (optional)" error={errors.time?.message} hint="On the boutique’s clock; decides the quota year at New Year.">
            {(a) => <input {...a} type="time" {...register('time')} />}
          </Field>
          <Field label="How it came" error={errors.source?.message}>
            {(a) => (
              <select {...a} {...register('source')}>
                {OFFER_SOURCES.map((s) => (
                  <option key={s} value={s}>
                    {SOURCE_LABELS[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {ATTEMPT_SOURCES.includes(source) && (
            <Field label="From the appointment attempt" error={errors.attemptId?.message} className="span-2">
              {(a) => (
                <select
                  {...a}
                  {...register('attemptId', {
                    onChange: (e: { target: { value: string } }) => adopt(attemptOptions.find((x) => String(x.id) === e.target.value)),
                  })}
                >
                  <option value="">None recorded</option>
                  {attemptOptions.map((x) => (
                    <option key={x.id} value={String(x.id)}>
                      {attemptLabel(x, name)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          {source === 'special_order' && (
            <Field label="The special order that arrived" error={errors.specialOrderId?.message} className="span-2">
              {(a) => (
                <select
                  {...a}
                  {...register('specialOrderId', {
                    onChange: (e: { target: { value: string } }) => {
                      const order = orderOptions.find((x) => String(x.id) === e.target.value);
                      adopt(order);
                      if (order && !getValues('model')) {
                        setValue('model', order.model);
                        setValue('size', order.size ?? '');
                        setValue('leather', order.exteriorLeather ?? '');
                        setValue('colour', order.exteriorColour ?? '');
                        setValue('hardware', order.hardware ?? '');
                      }
                    },
                  })}
                >
                  <option value="">None recorded</option>
                  {orderOptions.map((x) => (
                    <option key={x.id} value={String(x.id)}>
                      {orderLabel(x)}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field label="Boutique" error={errors.boutiqueId?.message}>
            {(a) => (
              <Controller
                control={control}
                name="boutiqueId"
                render={({ field }) => (
                  <BoutiqueSelect
                    {...a}
                    name={field.name}
                    value={field.value}
                    onBlur={field.onBlur}
                    onChange={(value) => {
                      field.onChange(value);
                      // A new offer follows the boutique's currency until a price is typed.
                      const b = boutiques.data?.find((x) => String(x.id) === value);
                      const guess = b && storeCurrency(b);
                      if (!offer && guess && !getValues('price')) setValue('currency', guess);
                    }}
                  />
                )}
              />
            )}
          </Field>
          <Field label="SA" error={errors.contactId?.message}>
            {(a) => (
              <select {...a} {...register('contactId')}>
                <option value="">Not recorded</option>
                {sas.map((c) => (
                  <option key={c.id} value={String(c.id)}>
                    {contactPickLabel(c)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>What was offered</legend>
        <div className="form-grid offers-form-grid">
          <Field label="Category" error={errors.category?.message}>
            {(a) => (
              <select {...a} {...register('category')}>
                {PURCHASE_CATEGORIES.map((c) => (
                  <option key={c} value={c}>
                    {CATEGORY_LABELS[c]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Model" error={errors.model?.message}>
            {(a) => <input {...a} {...register('model')} placeholder="Kelly" autoFocus />}
          </Field>
          {category === 'bag' && (
            <Field
              label="Quota bag?"
              error={errors.quota?.message}
              hint={
                ownModels
                  ? `${listWords(rules.quotaModels)} count, as you set in Settings › Rules. Choose Non-quota where your store does not count it.`
                  : `${listWords(rules.quotaModels)} count, as ${QUOTA_MODELS_RULE.sourceShort} say (checked ${formatMonth(QUOTA_MODELS_RULE.checked)}). Choose Non-quota where your store does not count it.`
              }
            >
              {(a) => (
                <select {...a} {...register('quota')}>
                  <option value="">{isQuotaModel(model, rules.quotaModels) ? `Quota by ${ownModels ? 'your' : 'the reported'} rule (${model.trim()})` : 'Not sure'}</option>
                  <option value="yes">Quota</option>
                  <option value="no">Non-quota</option>
                </select>
              )}
            </Field>
          )}
          <Field label="Size" error={errors.size?.message}>
            {(a) => <input {...a} {...register('size')} placeholder="25" />}
          </Field>
          <Field label="Leather" error={errors.leather?.message}>
            {(a) => <input {...a} {...register('leather')} placeholder="Togo" />}
          </Field>
          <Field label="Colour" error={errors.colour?.message}>
            {(a) => <input {...a} {...register('colour')} placeholder="Gold" />}
          </Field>
          <Field label="Hardware" error={errors.hardware?.message}>
            {(a) => <input {...a} {...register('hardware')} placeholder="Gold hardware" />}
          </Field>
          <MoneyController
            control={control}
            name="price"
            label="Price"
            currency={watch('currency')}
            error={errors.price?.message}
            hint={offer ? 'The price quoted.' : 'Quoted, or paid if you took it.'}
            placeholder="10400"
          />
          <Field label="Currency" error={errors.currency?.message}>
            {(a) => (
              <select {...a} {...register('currency')}>
                {CURRENCY_OPTIONS.map((c) => (
                  <option key={c} value={c}>
                    {c}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label="For a wish on your list"
            error={errors.wishId?.message}
            className="span-2"
            hint={suggested && watch('wishId') === String(suggested.id) && !wishPicked.current ? 'Suggested: it matches this wish. Choose None if it does not answer it.' : 'Taking the offer marks the wish bought; declining it, wanted again.'}
          >
            {(a) => (
              <select {...a} {...register('wishId', { onChange: () => void (wishPicked.current = true) })}>
                <option value="">None</option>
                {wishOptions.map((w) => (
                  <option key={w.id} value={String(w.id)}>
                    {describeBag(w)}
                    {w.status === 'offered' ? ' (offered)' : ''}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>{offer ? 'Notes' : 'Your decision'}</legend>
        {!offer && (
          <div className="offers-decision-row" role="radiogroup" aria-label="Decision">
            {(['pending', 'taken', 'declined'] as const).map((d) => (
              <label key={d} className="checkbox offers-radio">
                <input type="radio" value={d} {...register('decision')} />
                {d === 'pending' ? 'Still deciding' : d === 'taken' ? 'Taken — record the purchase' : 'Declined'}
              </label>
            ))}
          </div>
        )}
        <div className="form-grid offers-form-grid">
          {!offer && decision === 'taken' && (
            <Field label="Bought on" error={errors.takeDay?.message} hint="The offer’s day when empty.">
              {(a) => <input {...a} type="date" {...register('takeDay')} />}
            </Field>
          )}
          {(offer || decision !== 'pending') && (
            <Field label={reasonLabel(offer ? offer.decision : decision)} error={errors.reason?.message} className="span-2">
              {(a) => <input {...a} {...register('reason')} placeholder={(offer ? offer.decision : decision) === 'taken' ? 'The colour I hoped for' : 'Not my size'} />}
            </Field>
          )}
          <Field label="Notes" error={errors.notes?.message} className="span-3">
            {(a) => <textarea {...a} rows={3} {...register('notes')} placeholder="What the SA said, what else was shown…" />}
          </Field>
        </div>
      </fieldset>
    </FormDialog>
  );
}
