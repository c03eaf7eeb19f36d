/** The decision on an offer: take it (its purchase is recorded at once), decline it, or set it back. */
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { Offer } from '../../../../shared/api/offers';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { localToday } from '../../components/notes-form';
import { formatDay, formatMoney } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { COMMON_CURRENCIES } from '../purchases/labels';
import { minorToInput } from '../../../../shared/domain/money';
import { MoneyController, readAmount } from '../../components/MoneyField';
import { placeErrors } from './place-errors';
import { describeOffer } from '../../../../shared/domain/offer-item';

const CURRENCY_OPTIONS = [...COMMON_CURRENCIES, ...Intl.supportedValuesOf('currency').filter((c) => !COMMON_CURRENCIES.includes(c))];

interface TakeValues {
  mode: 'new' | 'link';
  day: string;
  price: string;
  currency: string;
  tripId: string;
  purchaseId: string;
  reason: string;
}

const TAKE_FIELDS: Record<string, keyof TakeValues> = {
  day: 'day',
  priceMinor: 'price',
  currency: 'currency',
  tripId: 'tripId',
  purchaseId: 'purchaseId',
  reason: 'reason',
};

export function TakeDialog({ offer, onClose }: { offer: Offer; onClose: () => void }) {
  const take = useWrite('offers.take');
  const trips = useChannel('trips.list');
  const receipts = useChannel('purchases.list', { from: offer.day, ...(offer.boutiqueId ? { boutiqueId: offer.boutiqueId } : {}), limit: 50 });
  const settings = useChannel('settings.get');
  const [formError, setFormError] = useState<string | null>(null);
  const defaults = (): TakeValues => ({
    mode: 'new',
    day: offer.day,
    price: offer.priceMinor !== null && offer.currency ? minorToInput(offer.priceMinor, offer.currency) : '',
    currency: offer.currency ?? settings.data?.defaultCurrency ?? 'EUR',
    tripId: '',
    purchaseId: '',
    // A declined offer's reason was for declining; thoughts while deciding carry over.
    reason: offer.decision === 'pending' ? (offer.reason ?? '') : '',
  });
  // Mounted each time it opens (see OffersPage), so the defaults are the offer's as it is now and
  // nothing resets the form after it is shown (a reset could wipe what was typed first).
  const {
    register,
    control,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<TakeValues>({ defaultValues: defaults() });
  const mode = watch('mode');

  const submit = handleSubmit(async (v) => {
    setFormError(null);
    try {
      if (v.mode === 'link') {
        if (!v.purchaseId) {
          setError('purchaseId', { type: 'client', message: 'Choose the receipt of this offer.' }, { shouldFocus: true });
          return;
        }
        await take.mutateAsync({ id: offer.id, purchaseId: Number(v.purchaseId), reason: v.reason || null });
      } else {
        const price = readAmount(v.price, v.currency, { notAmount: 'Enter an amount like 10400 or 10,400.00.' });
        if (!price.ok) {
          setError('price', { type: 'client', message: price.message }, { shouldFocus: true });
          return;
        }
        await take.mutateAsync({
          id: offer.id,
          day: v.day,
          ...(price.minor !== null ? { priceMinor: price.minor, currency: v.currency } : {}),
          tripId: v.tripId ? Number(v.tripId) : null,
          reason: v.reason || null,
        });
      }
      onClose();
    } catch (err) {
      setFormError(placeErrors(err, setError, TAKE_FIELDS));
    }
  });

  return (
    <Dialog
      title="Take the offer"
      open
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="take-form" className="button button--primary" disabled={isSubmitting}>
            {mode === 'link' ? 'Take and link' : 'Take and record the purchase'}
          </button>
        </>
      }
    >
      <form id="take-form" className="form" onSubmit={submit} noValidate>
        <p className="offers-dialog-lead">
          <strong>{describeOffer(offer)}</strong>, offered {formatDay(offer.day)}. Taking it records the purchase in the same step.
        </p>
        {formError && (
          <p className="banner banner--error" role="alert">
            {formError}
          </p>
        )}
        <div className="offers-decision-row" role="radiogroup" aria-label="The purchase">
          <label className="checkbox offers-radio">
            <input type="radio" value="new" {...register('mode')} /> Record a new purchase
          </label>
          <label className="checkbox offers-radio">
            <input type="radio" value="link" {...register('mode')} /> Link a receipt already recorded
          </label>
        </div>
        {mode === 'new' ? (
          <div className="form-grid">
            <Field label="Bought on" error={errors.day?.message}>
              {(a) => <input {...a} type="date" {...register('day')} />}
            </Field>
            <Field label="Trip" error={errors.tripId?.message} hint="The appointment’s trip when empty.">
              {(a) => (
                <select {...a} {...register('tripId')}>
                  <option value="">No trip</option>
                  {trips.data?.map((t) => (
                    <option key={t.id} value={String(t.id)}>
                      {t.title}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <MoneyController
              control={control}
              name="price"
              label="Price paid"
              currency={watch('currency')}
              error={errors.price?.message}
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
          </div>
        ) : (
          <Field label="Receipt" error={errors.purchaseId?.message}>
            {(a) => (
              <select {...a} {...register('purchaseId')}>
                <option value="">Choose a receipt</option>
                {receipts.data?.map((p) => (
                  <option key={p.id} value={String(p.id)}>
                    {formatDay(p.day)} · {p.items.map((i) => i.description).join(', ')} · {formatMoney(p.totalMinor, p.currency)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label="Why you took it" error={errors.reason?.message}>
          {(a) => <input {...a} {...register('reason')} placeholder="The colour I hoped for" />}
        </Field>
      </form>
    </Dialog>
  );
}

interface DecideValues {
  day: string;
  reason: string;
}

/** Decline, or set back to "still deciding" (a taken offer keeps its purchase; only the link goes). */
export function DecideDialog({ offer, decision, onClose }: { offer: Offer; decision: 'declined' | 'pending'; onClose: () => void }) {
  const decide = useWrite('offers.decide');
  const [formError, setFormError] = useState<string | null>(null);
  // Mounted each time it opens (see OffersPage): the defaults are computed once, nothing resets it.
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<DecideValues>({
    defaultValues: { day: localToday() < offer.day ? offer.day : localToday(), reason: offer.decision === 'pending' ? (offer.reason ?? '') : '' },
  });

  const submit = handleSubmit(async (v) => {
    setFormError(null);
    try {
      await decide.mutateAsync({ id: offer.id, decision, ...(decision === 'declined' ? { day: v.day } : {}), reason: v.reason || null });
      onClose();
    } catch (err) {
      setFormError(placeErrors(err, setError, { day: 'day', reason: 'reason' }));
    }
  });
  const declining = decision === 'declined';

  return (
    <Dialog
      title={declining ? 'Decline the offer' : 'Set back to “still deciding”'}
      open
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="decide-form" className="button button--primary" disabled={isSubmitting}>
            {declining ? 'Decline' : 'Set back'}
          </button>
        </>
      }
    >
      <form id="decide-form" className="form" onSubmit={submit} noValidate>
        <p className="offers-dialog-lead">
          <strong>{describeOffer(offer)}</strong>, offered {formatDay(offer.day)}.
          {offer.purchaseId !== null && ' Its purchase stays in your purchases (it is money spent); only the link to this offer goes.'}
        </p>
        {formError && (
          <p className="banner banner--error" role="alert">
            {formError}
          </p>
        )}
        {declining && (
          <Field label="Declined on" error={errors.day?.message}>
            {(a) => <input {...a} type="date" {...register('day')} />}
          </Field>
        )}
        <Field label={declining ? 'Why you declined' : 'Your thoughts so far'} error={errors.reason?.message}>
          {(a) => <textarea {...a} rows={3} {...register('reason')} placeholder={declining ? 'Not my size; I am waiting for a Kelly' : ''} />}
        </Field>
      </form>
    </Dialog>
  );
}
