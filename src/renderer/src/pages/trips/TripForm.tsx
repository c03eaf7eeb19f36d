import { Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useFieldArray, useForm } from 'react-hook-form';
import type { Trip, TripCreateInput } from '../../../../shared/api/trips';
import { FormDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { MoneyController, readAmount } from '../../components/MoneyField';
import { minorToInput } from '../../../../shared/domain/money';
import { currencyForZone } from '../../../../shared/domain/zone-currency';
import { CurrencySelect } from '../settings/CurrencySelect';
import { applyApiError } from '../../lib/form-errors';
import { timeZones } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';

interface FormValues {
  title: string;
  city: string;
  startDay: string;
  endDay: string;
  timeZone: string;
  hotelName: string;
  hotelConcierge: string;
  companions: { id?: number; name: string; adult: boolean }[];
  boutiqueIds: string[];
  wishlist: { id?: number; model: string; size: string; leather: string; colour: string; hardware: string; priority: string; status: 'wanted' | 'offered' | 'bought' }[];
  notes: string;
  /** The budget as typed, read in `budgetCurrency` on save. */
  budget: string;
  budgetCurrency: string;
}

const FIELDS = ['title', 'city', 'startDay', 'endDay', 'timeZone', 'hotelName', 'hotelConcierge', 'companions', 'boutiqueIds', 'wishlist', 'notes', 'budgetMinor', 'budgetCurrency'];

function toValues(trip?: Trip): FormValues {
  return {
    title: trip?.title ?? '',
    city: trip?.city ?? 'Paris',
    startDay: trip?.startDay ?? '',
    endDay: trip?.endDay ?? '',
    timeZone: trip?.timeZone ?? 'Europe/Paris',
    hotelName: trip?.hotelName ?? '',
    hotelConcierge: trip?.hotelConcierge ?? '',
    companions: trip?.companions.map((c) => ({ id: c.id, name: c.name, adult: c.adult })) ?? [],
    boutiqueIds: trip?.boutiqueIds.map(String) ?? [],
    wishlist:
      trip?.wishlist.map((w) => ({
        id: w.id,
        model: w.model,
        size: w.size ?? '',
        leather: w.leather ?? '',
        colour: w.colour ?? '',
        hardware: w.hardware ?? '',
        priority: String(w.priority),
        status: w.status,
      })) ?? [],
    notes: trip?.notes ?? '',
    budget: trip?.budgetMinor != null && trip.budgetCurrency ? minorToInput(trip.budgetMinor, trip.budgetCurrency) : '',
    budgetCurrency: trip?.budgetCurrency ?? currencyForZone(trip?.timeZone ?? 'Europe/Paris'),
  };
}

function toInput(v: FormValues, budgetMinor: number | null): TripCreateInput {
  return {
    title: v.title,
    city: v.city,
    startDay: v.startDay,
    endDay: v.endDay,
    timeZone: v.timeZone,
    hotelName: v.hotelName || null,
    hotelConcierge: v.hotelConcierge || null,
    companions: v.companions.map((c) => ({ ...(c.id ? { id: c.id } : {}), name: c.name, adult: c.adult })),
    boutiqueIds: v.boutiqueIds.map(Number),
    wishlist: v.wishlist.map((w) => ({
      ...(w.id ? { id: w.id } : {}),
      model: w.model,
      size: w.size || null,
      leather: w.leather || null,
      colour: w.colour || null,
      hardware: w.hardware || null,
      priority: Number(w.priority) as 1 | 2 | 3,
      status: w.status,
    })),
    notes: v.notes || null,
    budgetMinor,
    budgetCurrency: budgetMinor === null ? null : v.budgetCurrency,
  };
}

export interface TripFormProps {
  open: boolean;
  trip?: Trip;
  /** Prefill for a new trip, e.g. days selected on the calendar. */
  initial?: Partial<Pick<FormValues, 'startDay' | 'endDay'>>;
  onClose: () => void;
  onSaved: (trip: Trip) => void;
}

export function TripForm({ open, trip, initial, onClose, onSaved }: TripFormProps) {
  const boutiques = useChannel('boutiques.list');
  const create = useWrite('trips.create');
  const update = useWrite('trips.update');
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({ values: { ...toValues(trip), ...initial } });
  const budgetCurrency = watch('budgetCurrency');
  const companions = useFieldArray({ control, name: 'companions' });
  const wishlist = useFieldArray({ control, name: 'wishlist' });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    const budget = readAmount(values.budget, values.budgetCurrency, { notAmount: 'Enter the budget as an amount, like 20000.' });
    if (!budget.ok) {
      setError('budget', { message: budget.message }, { shouldFocus: true });
      return;
    }
    try {
      const input = toInput(values, budget.minor);
      const saved = trip ? await update.mutateAsync({ id: trip.id, ...input }) : await create.mutateAsync(input);
      onSaved(saved);
    } catch (err) {
      setFormError(applyApiError(err, (name, e, o) => setError(name === 'budgetMinor' ? 'budget' : (name as keyof FormValues), e, o), FIELDS));
    }
  });

  return (
    <FormDialog
      title={trip ? `Edit ${trip.title}` : 'New trip'}
      open={open}
      onClose={onClose}
      formId="trip-form"
      submitLabel={trip ? 'Save changes' : 'Create trip'}
      busy={isSubmitting}
      error={formError}
      onSubmit={submit}
    >
      <fieldset className="form-section">
        <legend>The stay</legend>
        <div className="form-grid">
          <Field label="Title" error={errors.title?.message} className="span-2">
            {(a) => <input {...a} {...register('title')} placeholder="Paris in December" autoFocus />}
          </Field>
          <Field label="City" error={errors.city?.message}>
            {(a) => <input {...a} {...register('city')} />}
          </Field>
          <Field label="Time zone of the trip" error={errors.timeZone?.message}>
            {(a) => (
              <select {...a} {...register('timeZone')}>
                {timeZones.map((z) => (
                  <option key={z} value={z}>
                    {z.replace(/_/g, ' ')}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="First day" error={errors.startDay?.message}>
            {(a) => <input {...a} type="date" {...register('startDay')} />}
          </Field>
          <Field label="Last day" error={errors.endDay?.message}>
            {(a) => <input {...a} type="date" {...register('endDay')} />}
          </Field>
          <Field label="Hotel" error={errors.hotelName?.message}>
            {(a) => <input {...a} {...register('hotelName')} placeholder="Le Bristol" />}
          </Field>
          <Field label="Concierge contact" error={errors.hotelConcierge?.message}>
            {(a) => <input {...a} {...register('hotelConcierge')} placeholder="Name, phone or e-mail" />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Budget</legend>
        <div className="form-grid">
          <MoneyController
            control={control}
            name="budget"
            label="Budget"
            currency={budgetCurrency}
            error={errors.budget?.message}
            placeholder="Optional"
            hint="What you mean to spend on this trip. Receipts in this currency are weighed against it on the trip page."
          />
          <Field label="Budget currency" error={errors.budgetCurrency?.message}>
            {(a) => <CurrencySelect id={a.id} value={budgetCurrency} onChange={(c) => setValue('budgetCurrency', c)} />}
          </Field>
        </div>
      </fieldset>

      <fieldset className="form-section">
        <legend>Boutiques to visit</legend>
        <div className="checkbox-row">
          {/* An archived store shows only on the trip that already visits it. */}
          {boutiques.data?.filter((b) => !b.archivedAt || trip?.boutiqueIds.includes(b.id)).map((b) => (
            <label key={b.id} className="checkbox">
              <input type="checkbox" value={String(b.id)} {...register('boutiqueIds')} />
              {b.name}
              {b.city !== 'Paris' && <span className="muted"> · {b.city}</span>}
            </label>
          ))}
        </div>
        {errors.boutiqueIds && <p className="field-error">{errors.boutiqueIds.message ?? 'Check the boutiques.'}</p>}
      </fieldset>

      <fieldset className="form-section">
        <legend>Travel companions</legend>
        <p className="field-hint">Each adult may apply to the Paris lottery on their own phone.</p>
        {companions.fields.map((f, i) => (
          <div className="row-editor" key={f.id}>
            <Field label={`Companion ${i + 1}`} error={errors.companions?.[i]?.name?.message}>
              {(a) => <input {...a} {...register(`companions.${i}.name`)} placeholder="Name" />}
            </Field>
            <label className="checkbox checkbox--inline">
              <input type="checkbox" {...register(`companions.${i}.adult`)} />
              Adult (18+)
            </label>
            <button type="button" className="icon-button" onClick={() => companions.remove(i)} aria-label={`Remove companion ${i + 1}`}>
              <Trash2 size={16} aria-hidden />
            </button>
          </div>
        ))}
        {errors.companions?.message && <p className="field-error">{errors.companions.message}</p>}
        <button type="button" className="button button--ghost" onClick={() => companions.append({ name: '', adult: true })}>
          <Plus size={16} aria-hidden /> Add companion
        </button>
      </fieldset>

      <fieldset className="form-section">
        <legend>Wishlist</legend>
        {wishlist.fields.map((f, i) => (
          <div className="row-editor row-editor--wish" key={f.id}>
            <Field label="Model" error={errors.wishlist?.[i]?.model?.message}>
              {(a) => <input {...a} {...register(`wishlist.${i}.model`)} placeholder="Kelly" />}
            </Field>
            <Field label="Size">{(a) => <input {...a} {...register(`wishlist.${i}.size`)} placeholder="25" />}</Field>
            <Field label="Leather">{(a) => <input {...a} {...register(`wishlist.${i}.leather`)} placeholder="Epsom" />}</Field>
            <Field label="Colour">{(a) => <input {...a} {...register(`wishlist.${i}.colour`)} placeholder="Gold" />}</Field>
            <Field label="Hardware">{(a) => <input {...a} {...register(`wishlist.${i}.hardware`)} placeholder="GHW" />}</Field>
            <Field label="Priority">
              {(a) => (
                <select {...a} {...register(`wishlist.${i}.priority`)}>
                  <option value="1">1 · most wanted</option>
                  <option value="2">2</option>
                  <option value="3">3</option>
                </select>
              )}
            </Field>
            <Field label="Status">
              {(a) => (
                <select {...a} {...register(`wishlist.${i}.status`)}>
                  <option value="wanted">Wanted</option>
                  <option value="offered">Offered</option>
                  <option value="bought">Bought</option>
                </select>
              )}
            </Field>
            <button type="button" className="icon-button" onClick={() => wishlist.remove(i)} aria-label={`Remove wish ${i + 1}`}>
              <Trash2 size={16} aria-hidden />
            </button>
          </div>
        ))}
        <button
          type="button"
          className="button button--ghost"
          onClick={() => wishlist.append({ model: '', size: '', leather: '', colour: '', hardware: '', priority: '2', status: 'wanted' })}
        >
          <Plus size={16} aria-hidden /> Add to wishlist
        </button>
      </fieldset>

      <fieldset className="form-section">
        <legend>Notes</legend>
        <Field label="Notes" error={errors.notes?.message}>
          {(a) => <textarea {...a} rows={4} {...register('notes')} placeholder="Plans, walk-in ideas, what to ask the SA…" />}
        </Field>
      </fieldset>
    </FormDialog>
  );
}
