/**
 * The decision on the arrived bag, made with the whole story in view; and once made, its
 * record: the day, the reasons, and for an accepted bag the purchase it became.
 */
import { ArrowRight, Ban, CircleCheck, CircleX, PackageCheck, ShoppingBag } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { DecisionNote } from '../../../../shared/api/notes';
import type { SpecialOrder } from '../../../../shared/api/special-orders';
import { latestDayBegun, STATUS_LABELS } from '../../../../shared/domain/special-order-status';
import { GUIDANCE } from '../../../../shared/domain/special-order-timing';
import { Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { CONFIDENCE_LABELS, ConfidenceDots, NoteKindChip } from '../../components/notes-card';
import { localToday } from '../../components/notes-form';
import { applyApiError } from '../../lib/form-errors';
import { formatDay, formatMoney } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { href } from '../../lib/router';
import { MoneyController, readAmount } from '../../components/MoneyField';
import { days, orderTitle } from './order-bits';

const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CNY', 'HKD', 'SGD', 'KRW', 'AUD', 'CAD', 'AED'];

export function DecisionPanel({ order, notes }: { order: SpecialOrder; notes: readonly DecisionNote[] }) {
  const [deciding, setDeciding] = useState<'accepted' | 'rejected' | null>(null);
  const last = order.history[order.history.length - 1]!;

  if (last.status === 'arrived') {
    return (
      <section className="card so-decision so-decision--pending" aria-labelledby="decision-title">
        <div className="so-decision-icon">
          <PackageCheck size={22} aria-hidden />
        </div>
        <div className="so-decision-body">
          <h2 className="so-decision-title" id="decision-title">
            The bag arrived on {formatDay(last.day)}
          </h2>
          <p>
            Nothing is paid until you accept it. See it, then decide with what you wrote along the way in view
            {order.wait.daysSincePlaced !== null ? ` (${days(order.wait.daysSincePlaced)} after it was placed)` : ''}.
          </p>
          <div className="so-decision-actions">
            <button type="button" className="button button--primary" onClick={() => setDeciding('accepted')}>
              <CircleCheck size={16} aria-hidden /> Accept the bag
            </button>
            <button type="button" className="button" onClick={() => setDeciding('rejected')}>
              <CircleX size={16} aria-hidden /> Reject the bag
            </button>
          </div>
        </div>
        <DecisionDialog order={order} notes={notes} decision={deciding} onClose={() => setDeciding(null)} />
      </section>
    );
  }

  if (last.status === 'accepted' || last.status === 'rejected') {
    const reasons = [...notes].filter((n) => n.kind === 'decision' && n.day === last.day).sort((a, b) => b.id - a.id)[0] ?? null;
    return <DecisionRecord order={order} status={last.status} day={last.day} reasons={reasons} />;
  }

  if (last.status === 'cancelled') {
    return (
      <section className="card so-decision so-decision--cancelled" aria-labelledby="decision-title">
        <div className="so-decision-icon">
          <Ban size={22} aria-hidden />
        </div>
        <div className="so-decision-body">
          <h2 className="so-decision-title" id="decision-title">
            Cancelled on {formatDay(last.day)}
          </h2>
          {last.note ? <p className="so-decision-quote">{last.note}</p> : <p className="muted">The order stays in your history.</p>}
        </div>
      </section>
    );
  }
  return null;
}

function DecisionRecord({ order, status, day, reasons }: { order: SpecialOrder; status: 'accepted' | 'rejected'; day: string; reasons: DecisionNote | null }) {
  const purchase = useChannel('purchases.get', { id: order.purchaseId ?? 0 }, { enabled: status === 'accepted' && order.purchaseId !== null });
  const accepted = status === 'accepted';
  const Icon = accepted ? CircleCheck : CircleX;
  return (
    <section className={`card so-decision so-decision--${status}`} aria-labelledby="decision-title">
      <div className="so-decision-icon">
        <Icon size={22} aria-hidden />
      </div>
      <div className="so-decision-body">
        <h2 className="so-decision-title" id="decision-title">
          {STATUS_LABELS[status]} on {formatDay(day)}
          {reasons && <ConfidenceDots value={reasons.confidence} />}
        </h2>
        {reasons ? (
          <blockquote className="so-decision-quote">
            <span className="visually-hidden">Your reasons: </span>
            {reasons.body}
          </blockquote>
        ) : (
          <p className="muted">No reasons were kept with this decision.</p>
        )}
        {accepted && order.purchaseId !== null && (
          <p className="so-decision-purchase">
            <ShoppingBag size={15} aria-hidden />
            {purchase.data ? <span>Paid {formatMoney(purchase.data.totalMinor, purchase.data.currency)}.</span> : <span>Recorded as a purchase.</span>}
            <a href={href(`/purchases/${order.purchaseId}`)}>
              Open the purchase <ArrowRight size={14} aria-hidden />
            </a>
          </p>
        )}
        {accepted && order.purchaseId === null && <p className="muted">The purchase made when accepting was deleted from your purchases.</p>}
        {!accepted && <p className="muted so-decision-aftermath">You let the bag go. This order stays in your history with your reasons.</p>}
      </div>
    </section>
  );
}

interface DecisionValues {
  decision: 'accepted' | 'rejected';
  day: string;
  price: string;
  currency: string;
  reasons: string;
  confidence: string;
}

function DecisionDialog({ order, notes, decision, onClose }: { order: SpecialOrder; notes: readonly DecisionNote[]; decision: 'accepted' | 'rejected' | null; onClose: () => void }) {
  const decide = useWrite('specialOrders.decide');
  const settings = useChannel('settings.get');
  const [formError, setFormError] = useState<string | null>(null);
  const defaultCurrency = settings.data?.defaultCurrency ?? 'EUR';
  const currencies = CURRENCIES.includes(defaultCurrency) ? CURRENCIES : [defaultCurrency, ...CURRENCIES];
  const {
    register,
    control,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<DecisionValues>({
    values: { decision: decision ?? 'accepted', day: localToday(), price: '', currency: defaultCurrency, reasons: '', confidence: '' },
  });
  const chosen = watch('decision');
  const confidence = watch('confidence');
  const story = [...notes].sort((a, b) => a.day.localeCompare(b.day) || a.id - b.id);

  const submit = handleSubmit(async (v) => {
    setFormError(null);
    let priceMinor: number | undefined;
    if (v.decision === 'accepted') {
      const price = readAmount(v.price, v.currency, { empty: 'Enter the price paid for the bag.', notAmount: 'Enter the price like 10400 or 10,400.50.' });
      if (!price.ok) {
        setError('price', { type: 'client', message: price.message }, { shouldFocus: true });
        return;
      }
      priceMinor = price.minor ?? undefined;
    }
    try {
      await decide.mutateAsync({
        id: order.id,
        decision: v.decision,
        day: v.day,
        reasons: v.reasons,
        ...(v.confidence ? { confidence: Number(v.confidence) } : {}),
        ...(v.decision === 'accepted' ? { priceMinor, currency: v.currency } : {}),
      });
      onClose();
    } catch (err) {
      // The contract names the price "priceMinor"; the form calls it "price".
      const message = applyApiError<DecisionValues>(
        err,
        (name, e, o) => setError((name as string) === 'priceMinor' ? 'price' : name, e, o),
        ['decision', 'day', 'reasons', 'confidence', 'priceMinor', 'currency'],
      );
      setFormError(message);
    }
  });

  return (
    <Dialog
      title={`Your decision on ${orderTitle(order)}`}
      open={decision !== null}
      onClose={onClose}
      wide
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Not yet
          </button>
          <button type="submit" form="decision-form" className={`button ${chosen === 'accepted' ? 'button--primary' : 'button--danger'}`} disabled={isSubmitting}>
            {chosen === 'accepted' ? 'Accept and record the purchase' : 'Reject the bag'}
          </button>
        </>
      }
    >
      <div className="so-decision-dialog">
        <form id="decision-form" className="form" onSubmit={submit} noValidate>
          {formError && (
            <p className="banner banner--error" role="alert">
              {formError}
            </p>
          )}
          <fieldset className="form-section">
            <legend>Your decision</legend>
            <div className="dn-choices">
              <label className={`dn-choice${chosen === 'accepted' ? ' dn-choice--on' : ''}`}>
                <input type="radio" value="accepted" {...register('decision')} />
                <CircleCheck size={15} aria-hidden /> Accept the bag
              </label>
              <label className={`dn-choice${chosen === 'rejected' ? ' dn-choice--on' : ''}`}>
                <input type="radio" value="rejected" {...register('decision')} />
                <CircleX size={15} aria-hidden /> Reject the bag
              </label>
            </div>
          </fieldset>
          {chosen === 'rejected' && (
            <p className="banner banner--warn so-guidance-inline">
              <span>
                <strong>From Carnet:</strong> {GUIDANCE.atArrival}
              </span>
            </p>
          )}
          <div className="form-grid">
            <Field label="Day of the decision" error={errors.day?.message}>
              {(a) => <input {...a} type="date" max={latestDayBegun(new Date().toISOString())} {...register('day')} />}
            </Field>
            <span />
            {chosen === 'accepted' && (
              <>
                <MoneyController
                  control={control}
                  name="price"
                  label="Price paid"
                  currency={watch('currency')}
                  error={errors.price?.message}
                  hint="The price in force on the day it arrived."
                  placeholder="10400"
                />
                <Field label="Currency" error={errors.currency?.message}>
                  {(a) => (
                    <select {...a} {...register('currency')}>
                      {currencies.map((c) => (
                        <option key={c} value={c}>
                          {c}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
              </>
            )}
            <Field label="Your reasons" error={errors.reasons?.message} className="span-2" hint="Kept as a decision note in the timeline.">
              {(a) => (
                <textarea
                  {...a}
                  rows={4}
                  {...register('reasons')}
                  placeholder={chosen === 'accepted' ? 'What you see in it, why it is right…' : 'What is not right, and why you are sure…'}
                />
              )}
            </Field>
          </div>
          <fieldset className="form-section">
            <legend>How sure you feel</legend>
            <div className="confidence-picker">
              <label className={`confidence-option${confidence === '' ? ' confidence-option--on' : ''}`}>
                <input type="radio" value="" {...register('confidence')} />
                Not said
              </label>
              {[1, 2, 3, 4, 5].map((n) => (
                <label key={n} className={`confidence-option${confidence === String(n) ? ' confidence-option--on' : ''}`} title={CONFIDENCE_LABELS[n]}>
                  <input type="radio" value={String(n)} {...register('confidence')} />
                  <span className="confidence" aria-hidden>
                    {[1, 2, 3, 4, 5].map((d) => (
                      <span key={d} className={`confidence-dot${d <= n ? ' confidence-dot--on' : ''}`} />
                    ))}
                  </span>
                  <span className="visually-hidden">
                    {n} of 5: {CONFIDENCE_LABELS[n]}
                  </span>
                </label>
              ))}
            </div>
            {errors.confidence && <p className="field-error">{errors.confidence.message}</p>}
          </fieldset>
        </form>
        <aside className="so-decision-story" aria-labelledby="story-title">
          <h3 className="card-title" id="story-title">
            What you wrote along the way
          </h3>
          {story.length === 0 ? (
            <p className="muted">No notes on this order.</p>
          ) : (
            <ol className="so-story-list">
              {story.map((n) => (
                <li key={n.id} className="so-story-item">
                  <div className="so-story-head">
                    <NoteKindChip kind={n.kind} />
                    <span className="muted">{formatDay(n.day)}</span>
                    <ConfidenceDots value={n.confidence} />
                  </div>
                  <p className="so-story-body">{n.body}</p>
                </li>
              ))}
            </ol>
          )}
        </aside>
      </div>
    </Dialog>
  );
}
