import { useState } from 'react';
import { Controller, FormProvider, useForm } from 'react-hook-form';
import type { SpecialOrder, SpecialOrderCreateInput } from '../../../../shared/api/special-orders';
import { latestDayBegun } from '../../../../shared/domain/special-order-status';
import { SpecFields } from '../../components/SpecFields';
import { BoutiqueSelect } from '../../components/boutiques/BoutiqueSelect';
import { FormDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { localToday } from '../../components/notes-form';
import { applyApiError } from '../../lib/form-errors';
import { useWrite } from '../../lib/query';
import { useRules } from '../../lib/rules';
import { waitGuidance } from '../../../../shared/domain/special-order-timing';
import { useNames } from './order-bits';

interface FormValues {
  model: string;
  size: string;
  exteriorLeather: string;
  exteriorColour: string;
  interiorLeather: string;
  interiorColour: string;
  stitching: string;
  hardware: string;
  boutiqueId: string;
  contactId: string;
  expectedFrom: string;
  expectedTo: string;
  notes: string;
  history: { status: 'offered' | 'placed'; day: string; note: string }[];
}

const FIELDS = [
  'model',
  'size',
  'exteriorLeather',
  'exteriorColour',
  'interiorLeather',
  'interiorColour',
  'stitching',
  'hardware',
  'boutiqueId',
  'contactId',
  'expectedFrom',
  'expectedTo',
  'notes',
  'history',
];

function toValues(o?: SpecialOrder): FormValues {
  return {
    model: o?.model ?? '',
    size: o?.size ?? '',
    exteriorLeather: o?.exteriorLeather ?? '',
    exteriorColour: o?.exteriorColour ?? '',
    interiorLeather: o?.interiorLeather ?? '',
    interiorColour: o?.interiorColour ?? '',
    stitching: o?.stitching ?? '',
    hardware: o?.hardware ?? '',
    boutiqueId: o?.boutiqueId ? String(o.boutiqueId) : '',
    contactId: o?.contactId ? String(o.contactId) : '',
    expectedFrom: o?.expectedFrom ?? '',
    expectedTo: o?.expectedTo ?? '',
    notes: o?.notes ?? '',
    history: [{ status: 'offered', day: localToday(), note: '' }],
  };
}

export interface OrderFormProps {
  open: boolean;
  order?: SpecialOrder;
  onClose: () => void;
  onSaved: (order: SpecialOrder) => void;
}

export function OrderForm({ open, order, onClose, onSaved }: OrderFormProps) {
  const names = useNames();
  const rules = useRules();
  const create = useWrite('specialOrders.create');
  const update = useWrite('specialOrders.update');
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<FormValues>({ values: toValues(order) });
  const {
    register,
    control,
    handleSubmit,
    setError,
    watch,
    formState: { errors, isSubmitting },
  } = form;
  const boutiqueId = watch('boutiqueId');

  const submit = handleSubmit(async (v) => {
    setFormError(null);
    const spec = {
      model: v.model,
      size: v.size || null,
      exteriorLeather: v.exteriorLeather || null,
      exteriorColour: v.exteriorColour || null,
      interiorLeather: v.interiorLeather || null,
      interiorColour: v.interiorColour || null,
      stitching: v.stitching || null,
      hardware: v.hardware || null,
      boutiqueId: v.boutiqueId ? Number(v.boutiqueId) : null,
      contactId: v.contactId ? Number(v.contactId) : null,
      expectedFrom: v.expectedFrom || null,
      expectedTo: v.expectedTo || null,
      notes: v.notes || null,
    };
    try {
      const input: SpecialOrderCreateInput = { ...spec, history: v.history.map((h) => ({ status: h.status, day: h.day, note: h.note || null })) };
      const saved = order ? await update.mutateAsync({ id: order.id, ...spec }) : await create.mutateAsync(input);
      onSaved(saved);
    } catch (err) {
      setFormError(applyApiError(err, setError, FIELDS));
    }
  });

  // The boutique's people first; anyone else (a manager elsewhere, a concierge) after.
  const contacts = [...names.contacts].sort(
    (a, b) => Number(String(b.boutiqueId) === boutiqueId) - Number(String(a.boutiqueId) === boutiqueId) || a.name.localeCompare(b.name),
  );

  return (
    <FormProvider {...form}>
      <FormDialog
        title={order ? 'Edit the special order' : 'New special order'}
        open={open}
        onClose={onClose}
        formId="order-form"
        submitLabel={order ? 'Save changes' : 'Record the order'}
        busy={isSubmitting}
        error={formError}
        onSubmit={submit}
      >
        <fieldset className="form-section">
          <legend>The bag</legend>
          <SpecFields />
          <p className="field-hint">A swatch shows beside each colour Carnet knows; for any other name you can pick its colour on the order's page.</p>
        </fieldset>

        <fieldset className="form-section">
          <legend>Where, and with whom</legend>
          <div className="form-grid">
            <Field label="Boutique" error={errors.boutiqueId?.message}>
              {(a) => (
                <Controller
                  control={control}
                  name="boutiqueId"
                  render={({ field }) => <BoutiqueSelect {...a} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} />}
                />
              )}
            </Field>
            <Field label="Sales associate" error={errors.contactId?.message} hint={names.contacts.length === 0 ? 'Add your SA under Contacts to choose them here.' : ''}>
              {(a) => (
                <select {...a} {...register('contactId')}>
                  <option value="">Not recorded</option>
                  {contacts.map((c) => (
                    <option key={c.id} value={String(c.id)}>
                      {c.name}
                      {c.boutiqueId !== null && names.boutique(c.boutiqueId) ? ` · ${names.boutique(c.boutiqueId)}` : ''}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          </div>
        </fieldset>

        {!order && (
          <fieldset className="form-section">
            <legend>Where it stands</legend>
            <div className="form-grid">
              <Field label="First step" error={errors.history?.[0]?.status?.message}>
                {(a) => (
                  <select {...a} {...register('history.0.status')}>
                    <option value="offered">Offered: you were offered a special order</option>
                    <option value="placed">Placed: your choices were sent</option>
                  </select>
                )}
              </Field>
              <Field label="Day of that step" error={errors.history?.[0]?.day?.message ?? errors.history?.message}>
                {(a) => <input {...a} type="date" max={latestDayBegun(new Date().toISOString())} {...register('history.0.day')} />}
              </Field>
              <Field label="About that day" error={errors.history?.[0]?.note?.message} className="span-2">
                {(a) => <input {...a} {...register('history.0.note')} placeholder="Optional: who offered it, what was on the season's list…" />}
              </Field>
            </div>
            <p className="field-hint">Later steps (placed, waiting, arrived) are added on the order's timeline, each with its day.</p>
          </fieldset>
        )}

        <fieldset className="form-section">
          <legend>Expected arrival</legend>
          <div className="form-grid">
            <Field label="Not before" error={errors.expectedFrom?.message}>
              {(a) => <input {...a} type="date" {...register('expectedFrom')} />}
            </Field>
            <Field label="At the latest" error={errors.expectedTo?.message}>
              {(a) => <input {...a} type="date" {...register('expectedTo')} />}
            </Field>
          </div>
          <p className="field-hint">Optional. {waitGuidance(rules.waitMonths)}</p>
        </fieldset>

        <fieldset className="form-section">
          <legend>Notes</legend>
          <Field label="Notes" error={errors.notes?.message}>
            {(a) => <textarea {...a} rows={3} {...register('notes')} placeholder="Anything about the order itself; your thoughts go in decision notes." />}
          </Field>
        </fieldset>
      </FormDialog>
    </FormProvider>
  );
}
