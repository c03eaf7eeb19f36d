/**
 * Add or edit a store: the Boutiques screen and every store picker's "Add a store…" open this.
 * Rendered in a portal and fenced off from the form it may be opened from (a receipt, a contact):
 * its submit, keys and Escape stay its own.
 */
import { useState, type SyntheticEvent } from 'react';
import { createPortal } from 'react-dom';
import { Controller, useForm } from 'react-hook-form';
import type { Boutique } from '../../../../shared/api/boutiques';
import { applyApiError } from '../../lib/form-errors';
import { systemZone } from '../../lib/format';
import { useWrite } from '../../lib/query';
import { COMMON_CURRENCIES, COUNTRY_CURRENCY } from '../../pages/purchases/labels';
import { ZonePicker } from '../../pages/settings/ZonePicker';
import '../../styles/settings.css';
import { FormDialog } from '../Dialog';
import { Field } from '../Field';
import './boutiques.css';
import { useOnOpen } from '../../lib/form-opening';

interface FormValues {
  name: string;
  city: string;
  country: string;
  timeZone: string;
  currency: string;
  address: string;
  isHome: boolean;
  online: boolean;
  takesLeatherAppointments: boolean;
  notes: string;
}

const FIELDS = ['name', 'city', 'country', 'timeZone', 'currency', 'address', 'isHome', 'online', 'takesLeatherAppointments', 'notes'];
const CURRENCIES = [...COMMON_CURRENCIES, ...Intl.supportedValuesOf('currency').filter((c) => !COMMON_CURRENCIES.includes(c))];

/** What a new store starts as, by the group it is added from ("Add an online store"…). */
export type BoutiqueDraft = Partial<Pick<FormValues, 'name' | 'isHome' | 'online'>>;

function toValues(b: Boutique | undefined, draft: BoutiqueDraft | undefined): FormValues {
  return {
    name: b?.name ?? draft?.name ?? '',
    city: b?.city ?? (draft?.online ? 'Online' : ''),
    country: b?.country ?? '',
    timeZone: b?.timeZone ?? systemZone(),
    currency: b?.currency ?? '',
    address: b?.address ?? '',
    isHome: b?.isHome ?? draft?.isHome ?? false,
    online: b?.online ?? draft?.online ?? false,
    takesLeatherAppointments: b?.takesLeatherAppointments ?? false,
    notes: b?.notes ?? '',
  };
}

const fence = (e: SyntheticEvent) => e.stopPropagation();

export interface BoutiqueDialogProps {
  open: boolean;
  boutique?: Boutique | undefined;
  draft?: BoutiqueDraft | undefined;
  onClose: () => void;
  onSaved: (boutique: Boutique) => void;
}

export function BoutiqueDialog({ open, boutique, draft, onClose, onSaved }: BoutiqueDialogProps) {
  const create = useWrite('boutiques.create');
  const update = useWrite('boutiques.update');
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    setValue,
    getValues,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({ defaultValues: toValues(boutique, draft) });
  const builtIn = Boolean(boutique?.code);

  useOnOpen(open, () => {
    reset(toValues(boutique, draft));
    setFormError(null);
  });

  const submit = handleSubmit(async (v) => {
    setFormError(null);
    const input = {
      name: v.name,
      city: v.city,
      country: v.country,
      timeZone: v.timeZone,
      currency: v.currency || null,
      address: v.address || null,
      isHome: v.isHome,
      online: v.online,
      takesLeatherAppointments: v.takesLeatherAppointments,
      notes: v.notes || null,
    };
    try {
      const saved = boutique ? await update.mutateAsync({ id: boutique.id, ...input }) : await create.mutateAsync(input);
      onSaved(saved);
    } catch (err) {
      setFormError(applyApiError(err, setError, FIELDS));
    }
  });

  return createPortal(
    <div onSubmit={fence} onKeyDown={fence} onKeyUp={fence} onChange={fence} onInput={fence}>
      <FormDialog
        title={boutique ? `Edit ${boutique.name}` : 'New store'}
        open={open}
        onClose={onClose}
        formId="boutique-form"
        submitLabel={boutique ? 'Save changes' : 'Add store'}
        busy={isSubmitting}
        error={formError}
        onSubmit={(e) => {
          e.stopPropagation();
          void submit(e);
        }}
      >
        {builtIn && <p className="field-hint">One of the three Paris boutiques Carnet knows: its name, city and zone are fixed; the rest is yours.</p>}
        <fieldset className="form-section">
          <legend>Store</legend>
          <div className="form-grid boutique-grid">
            <Field label="Name" error={errors.name?.message} className="boutique-grid-full">
              {(a) => <input {...a} {...register('name')} readOnly={builtIn} placeholder="Beverly Hills, Madison Avenue, Ginza, hermes.com…" />}
            </Field>
            <Field label="City" error={errors.city?.message}>
              {(a) => <input {...a} {...register('city')} readOnly={builtIn} placeholder="Los Angeles" />}
            </Field>
            <Field label="Country" error={errors.country?.message} hint="Two letters: FR, US, JP…">
              {(a) => (
                <input
                  {...a}
                  {...register('country', {
                    onChange: (e: { target: { value: string } }) => {
                      // The store's currency follows its country until one is chosen.
                      const guess = COUNTRY_CURRENCY[e.target.value.trim().toUpperCase()];
                      if (guess && !getValues('currency')) setValue('currency', guess);
                    },
                  })}
                  readOnly={builtIn}
                  maxLength={2}
                  placeholder="US"
                  className="boutique-country"
                />
              )}
            </Field>
            <Field label="Currency" error={errors.currency?.message} hint="A receipt there starts in it.">
              {(a) => (
                <select {...a} {...register('currency')}>
                  <option value="">Not set</option>
                  {CURRENCIES.map((c) => (
                    <option key={c} value={c}>
                      {c}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field label="Address" error={errors.address?.message} hint="Shown on calendar exports of appointments there." className="boutique-grid-full">
              {(a) => <textarea {...a} rows={2} {...register('address')} placeholder="434 North Rodeo Drive, Beverly Hills, CA 90210" />}
            </Field>
          </div>
        </fieldset>
        <fieldset className="form-section">
          <legend>Time zone</legend>
          {builtIn ? (
            <p className="muted">{boutique!.timeZone.replace(/_/g, ' ')}</p>
          ) : (
            <Controller
              control={control}
              name="timeZone"
              render={({ field }) => (
                <>
                  <p className="boutique-zone-chosen">
                    Its clock: <strong>{field.value.replace(/_/g, ' ')}</strong>
                  </p>
                  <ZonePicker value={field.value} onChange={field.onChange} describedBy={errors.timeZone ? 'boutique-zone-error' : undefined} />
                </>
              )}
            />
          )}
          {errors.timeZone && (
            <p className="field-error" id="boutique-zone-error" role="alert">
              {errors.timeZone.message}
            </p>
          )}
        </fieldset>
        <fieldset className="form-section">
          <legend>Kind</legend>
          <div className="checkbox-row boutique-flags">
            <label className="checkbox">
              <input type="checkbox" {...register('isHome')} />
              My home store
            </label>
            <label className="checkbox">
              <input type="checkbox" {...register('online')} />
              Online (hermes.com)
            </label>
            <label className="checkbox">
              <input type="checkbox" {...register('takesLeatherAppointments')} />
              Takes leather appointments
            </label>
          </div>
          {(errors.isHome || errors.online || errors.takesLeatherAppointments) && (
            <p className="field-error" role="alert">
              {errors.isHome?.message ?? errors.online?.message ?? errors.takesLeatherAppointments?.message}
            </p>
          )}
        </fieldset>
        <Field label="Notes" error={errors.notes?.message}>
          {(a) => <textarea {...a} rows={2} {...register('notes')} placeholder="Opening hours, parking, who to ask for…" />}
        </Field>
      </FormDialog>
    </div>,
    document.body,
  );
}
