/**
 * The debrief: after an appointment or a visit, one form — what happened (for the SA's log), each
 * offer and whether you took it, what you bought, the next follow-up. Saving makes each its own
 * record (an interaction, offers, receipts) in one transaction; anything wrong and nothing is saved.
 */
import { ArrowLeft, Plus, X } from 'lucide-react';
import { useState } from 'react';
import { useFieldArray, useForm, type Path } from 'react-hook-form';
import type { DebriefInput } from '../../../../shared/api/briefs';
import { INTERACTION_KINDS } from '../../../../shared/api/contacts';
import { CATEGORY_LABELS, PURCHASE_CATEGORIES, type PurchaseCategory } from '../../../../shared/api/purchases';
import { INTERACTION_LABELS } from '../../../../shared/domain/labels';
import { ApiError } from '../../api';
import { Field } from '../../components/Field';
import { MoneyController, readAmount } from '../../components/MoneyField';
import { ErrorState, LoadingState, PageHeader } from '../../components/States';
import { CurrencySelect } from '../settings/CurrencySelect';
import { formatDay } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { href, navigate } from '../../lib/router';
import { showToast } from '../../components/toast/toast';

interface OfferValues {
  model: string;
  size: string;
  colour: string;
  category: PurchaseCategory;
  decision: 'declined' | 'taken' | 'pending';
  price: string;
  currency: string;
  reason: string;
}

interface PurchaseValues {
  description: string;
  category: PurchaseCategory;
  price: string;
  currency: string;
}

interface DebriefValues {
  kind: (typeof INTERACTION_KINDS)[number];
  summary: string;
  offers: OfferValues[];
  purchases: PurchaseValues[];
  followUpOn: string;
}

export function DebriefPage({ subject, id }: { subject: 'attempt' | 'visit'; id: number }) {
  const brief = useChannel('briefs.get', { subject, id });
  const settings = useChannel('settings.get');
  if (brief.isPending || settings.isPending) return <LoadingState label="Loading…" />;
  if (!brief.data) return <ErrorState message={brief.error?.message ?? 'This debrief cannot be written.'} />;
  const b = brief.data;
  return <DebriefForm subject={subject} id={id} title={b.title} day={b.moment?.day ?? null} sa={b.contact?.name ?? null} currency={settings.data?.defaultCurrency ?? 'EUR'} />;
}

function DebriefForm({ subject, id, title, day, sa, currency }: { subject: 'attempt' | 'visit'; id: number; title: string; day: string | null; sa: string | null; currency: string }) {
  const debrief = useWrite('briefs.debrief');
  const [formError, setFormError] = useState<string | null>(null);
  const back = subject === 'attempt' ? `/appointments/${id}` : `/visits/${id}`;
  const form = useForm<DebriefValues>({ defaultValues: { kind: 'visited', summary: '', offers: [], purchases: [], followUpOn: '' } });
  const { register, control, handleSubmit, setError, watch, setValue, formState } = form;
  const offers = useFieldArray({ control, name: 'offers' });
  const purchases = useFieldArray({ control, name: 'purchases' });

  const submit = handleSubmit(async (v) => {
    setFormError(null);
    let bad = false;
    const amount = (text: string, cur: string, path: Path<DebriefValues>, required: boolean): number | null => {
      const r = readAmount(text, cur, { empty: 'Enter the price.', notAmount: 'Enter the price like 10400 or 10,400.50.' });
      if (!r.ok || (required && r.minor === null)) {
        setError(path, { type: 'client', message: r.ok ? 'Enter the price paid.' : r.message }, { shouldFocus: !bad });
        bad = true;
        return null;
      }
      return r.minor;
    };
    const input: DebriefInput = {
      subject,
      id,
      interaction: v.summary.trim() ? { kind: v.kind, summary: v.summary } : undefined,
      offers: v.offers.map((o, i) => {
        const priceMinor = o.price.trim() ? amount(o.price, o.currency, `offers.${i}.price`, false) : null;
        return {
          model: o.model,
          size: o.size || null,
          colour: o.colour || null,
          category: o.category,
          decision: o.decision,
          priceMinor,
          currency: priceMinor !== null ? o.currency : null,
          reason: o.reason || null,
        };
      }),
      purchases: v.purchases.map((p, i) => ({
        currency: p.currency,
        items: [{ category: p.category, description: p.description, priceMinor: amount(p.price, p.currency, `purchases.${i}.price`, true) ?? 0 }],
      })),
      followUpOn: v.followUpOn || undefined,
    };
    if (bad) return;
    try {
      const done = await debrief.mutateAsync(input);
      const parts = [done.interaction && 'the interaction', done.offers.length > 0 && `${done.offers.length} offer${done.offers.length > 1 ? 's' : ''}`, done.purchases.length > 0 && `${done.purchases.length} purchase${done.purchases.length > 1 ? 's' : ''}`, done.followUpOn && `the follow-up on ${formatDay(done.followUpOn)}`].filter(Boolean);
      showToast({ message: `Debrief saved: ${parts.join(', ')}.` });
      navigate(back);
    } catch (err) {
      if (!(err instanceof ApiError)) return setFormError('Something went wrong; nothing was saved.');
      let unplaced = err.issues.length === 0;
      for (const issue of err.issues) {
        const [head, index, ...rest] = issue.path;
        let name: string | null = null;
        if (head === 'interaction') name = 'summary';
        else if (head === 'followUpOn') name = 'followUpOn';
        else if (head === 'offers' && typeof index === 'number') {
          const f = String(rest[0] ?? '');
          name = f === 'priceMinor' ? `offers.${index}.price` : ['model', 'size', 'colour', 'category', 'decision', 'currency', 'reason'].includes(f) ? `offers.${index}.${f}` : null;
        } else if (head === 'purchases' && typeof index === 'number') {
          const f = String(rest.at(-1) ?? '');
          name = f === 'priceMinor' ? `purchases.${index}.price` : ['description', 'category', 'currency'].includes(f) ? `purchases.${index}.${f}` : null;
        }
        if (name) setError(name as Path<DebriefValues>, { type: 'server', message: issue.message }, { shouldFocus: true });
        else unplaced = true;
      }
      setFormError(unplaced ? err.message : `Nothing was saved: ${err.message}`);
    }
  });

  return (
    <div className="page debrief-page">
      <a className="back-link" href={href(back)}>
        <ArrowLeft size={16} aria-hidden /> {subject === 'attempt' ? 'The appointment' : 'The visit'}
      </a>
      <PageHeader title={`Debrief · ${title}`} subtitle={day ? `${formatDay(day)}${sa ? ` · with ${sa}` : ''}. Each part becomes its own record; all are saved together, or none.` : undefined} />
      <form className="form debrief-form" onSubmit={(e) => void submit(e)} noValidate aria-label="Debrief">
        {formError && (
          <p className="banner banner--error" role="alert">
            {formError}
          </p>
        )}
        <fieldset className="form-section">
          <legend>What happened</legend>
          {!sa && <p className="field-hint">No SA is named on this {subject === 'attempt' ? 'appointment' : 'visit'}: the log needs one.</p>}
          <div className="form-grid">
            <Field label="Kind">
              {(a) => (
                <select {...a} {...register('kind')}>
                  {INTERACTION_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {INTERACTION_LABELS[k]}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Next follow-up" error={formState.errors.followUpOn?.message}>
              {(a) => <input {...a} type="date" {...register('followUpOn')} />}
            </Field>
          </div>
          <Field label={sa ? `What happened, for ${sa}'s log` : 'What happened'} error={formState.errors.summary?.message}>
            {(a) => <textarea {...a} rows={3} {...register('summary')} placeholder="Shown two bags; Camille will call when a Kelly comes in." />}
          </Field>
        </fieldset>

        <fieldset className="form-section">
          <legend>Offers</legend>
          {offers.fields.length === 0 && <p className="field-hint">Nothing offered? Leave this empty.</p>}
          {offers.fields.map((f, i) => {
            const e = formState.errors.offers?.[i];
            return (
              <div key={f.id} className="debrief-part" role="group" aria-label={`Offer ${i + 1}`}>
                <button type="button" className="icon-button debrief-remove" aria-label={`Remove offer ${i + 1}`} onClick={() => offers.remove(i)}>
                  <X size={16} aria-hidden />
                </button>
                <div className="form-grid">
                  <Field label="What was offered" error={e?.model?.message}>
                    {(a) => <input {...a} {...register(`offers.${i}.model`)} placeholder="Picotin" />}
                  </Field>
                  <Field label="Size" error={e?.size?.message}>
                    {(a) => <input {...a} {...register(`offers.${i}.size`)} placeholder="18" />}
                  </Field>
                  <Field label="Colour" error={e?.colour?.message}>
                    {(a) => <input {...a} {...register(`offers.${i}.colour`)} placeholder="Vert Criquet" />}
                  </Field>
                  <Field label="Category" error={e?.category?.message}>
                    {(a) => (
                      <select {...a} {...register(`offers.${i}.category`)}>
                        {PURCHASE_CATEGORIES.map((c) => (
                          <option key={c} value={c}>
                            {CATEGORY_LABELS[c]}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <Field label="Your answer" error={e?.decision?.message}>
                    {(a) => (
                      <select {...a} {...register(`offers.${i}.decision`)}>
                        <option value="declined">Declined</option>
                        <option value="taken">Taken (bought)</option>
                        <option value="pending">Still deciding</option>
                      </select>
                    )}
                  </Field>
                  <MoneyController control={control} name={`offers.${i}.price`} label="Price quoted" currency={watch(`offers.${i}.currency`)} error={e?.price?.message} placeholder="9800" />
                  <Field label="Currency" error={e?.currency?.message}>
                    {(a) => <CurrencySelect id={a.id} value={watch(`offers.${i}.currency`)} onChange={(c) => setValue(`offers.${i}.currency`, c)} />}
                  </Field>
                  <Field label="Why" error={e?.reason?.message}>
                    {(a) => <input {...a} {...register(`offers.${i}.reason`)} placeholder="Not the colour I want" />}
                  </Field>
                </div>
              </div>
            );
          })}
          <button type="button" className="button" onClick={() => offers.append({ model: '', size: '', colour: '', category: 'bag', decision: 'declined', price: '', currency, reason: '' })}>
            <Plus size={16} aria-hidden /> Add an offer
          </button>
        </fieldset>

        <fieldset className="form-section">
          <legend>Purchases</legend>
          <p className="field-hint">A taken offer becomes its purchase by itself; add here what else you bought.</p>
          {purchases.fields.map((f, i) => {
            const e = formState.errors.purchases?.[i];
            return (
              <div key={f.id} className="debrief-part" role="group" aria-label={`Purchase ${i + 1}`}>
                <button type="button" className="icon-button debrief-remove" aria-label={`Remove purchase ${i + 1}`} onClick={() => purchases.remove(i)}>
                  <X size={16} aria-hidden />
                </button>
                <div className="form-grid">
                  <Field label="Description" error={e?.description?.message}>
                    {(a) => <input {...a} {...register(`purchases.${i}.description`)} placeholder="Carré 90" />}
                  </Field>
                  <Field label="Category" error={e?.category?.message}>
                    {(a) => (
                      <select {...a} {...register(`purchases.${i}.category`)}>
                        {PURCHASE_CATEGORIES.map((c) => (
                          <option key={c} value={c}>
                            {CATEGORY_LABELS[c]}
                          </option>
                        ))}
                      </select>
                    )}
                  </Field>
                  <MoneyController control={control} name={`purchases.${i}.price`} label="Price paid" currency={watch(`purchases.${i}.currency`)} error={e?.price?.message} placeholder="550" />
                  <Field label="Currency" error={e?.currency?.message}>
                    {(a) => <CurrencySelect id={a.id} value={watch(`purchases.${i}.currency`)} onChange={(c) => setValue(`purchases.${i}.currency`, c)} />}
                  </Field>
                </div>
              </div>
            );
          })}
          <button type="button" className="button" onClick={() => purchases.append({ description: '', category: 'scarves', price: '', currency })}>
            <Plus size={16} aria-hidden /> Add a purchase
          </button>
        </fieldset>
        <div className="debrief-actions">
          <a className="button" href={href(back)}>
            Cancel
          </a>
          <button type="submit" className="button button--primary" disabled={formState.isSubmitting}>
            Save the debrief
          </button>
        </div>
      </form>
    </div>
  );
}
