import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { CONTACT_ROLES, type Contact, type ContactCreateInput, type ContactRole } from '../../../../shared/api/contacts';
import type { Boutique } from '../../../../shared/api/boutiques';
import { BoutiqueSelect } from '../../components/boutiques/BoutiqueSelect';
import { FormDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { applyApiError } from '../../lib/form-errors';
import { useWrite } from '../../lib/query';
import { ROLE_LABELS } from './labels';
import { TagsInput } from './TagsInput';
import { useOnOpen } from '../../lib/form-opening';

interface FormValues {
  name: string;
  role: ContactRole;
  boutiqueId: string;
  department: string;
  languages: string[];
  phone: string;
  email: string;
  messaging: string;
  metOn: string;
  followUpOn: string;
  notes: string;
}

const FIELDS = ['name', 'role', 'boutiqueId', 'department', 'languages', 'phone', 'email', 'messaging', 'metOn', 'followUpOn', 'notes'];

const LANGUAGES = ['English', 'French', 'Mandarin', 'Cantonese', 'Japanese', 'Korean', 'Italian', 'Spanish', 'German', 'Portuguese', 'Arabic', 'Russian'];

function toValues(contact?: Contact, boutiqueId?: number | null): FormValues {
  return {
    name: contact?.name ?? '',
    role: contact?.role ?? 'sa',
    boutiqueId: String(contact ? (contact.boutiqueId ?? '') : (boutiqueId ?? '')),
    department: contact?.department ?? '',
    languages: contact?.languages ?? [],
    phone: contact?.phone ?? '',
    email: contact?.email ?? '',
    messaging: contact?.messaging ?? '',
    metOn: contact?.metOn ?? '',
    followUpOn: contact?.followUpOn ?? '',
    notes: contact?.notes ?? '',
  };
}

function toInput(v: FormValues): ContactCreateInput {
  return {
    name: v.name,
    role: v.role,
    boutiqueId: v.boutiqueId ? Number(v.boutiqueId) : null,
    department: v.department || null,
    languages: v.languages,
    phone: v.phone || null,
    email: v.email || null,
    messaging: v.messaging || null,
    metOn: v.metOn || null,
    followUpOn: v.followUpOn || null,
    notes: v.notes || null,
  };
}

/** Home store first, then the Paris leather boutiques, then the rest by name. */
export function boutiqueOrder(a: Boutique, b: Boutique): number {
  const rank = (x: Boutique) => (x.isHome ? 0 : x.takesLeatherAppointments ? 1 : 2);
  return rank(a) - rank(b) || (rank(a) === 1 ? 0 : a.name.localeCompare(b.name));
}

export interface ContactFormProps {
  open: boolean;
  contact?: Contact;
  /** Prefill for a new contact (the boutique group "Add" was pressed in). */
  boutiqueId?: number | null;
  onClose: () => void;
  onSaved: (contact: Contact) => void;
}

export function ContactForm({ open, contact, boutiqueId, onClose, onSaved }: ContactFormProps) {
  const create = useWrite('contacts.create');
  const update = useWrite('contacts.update');
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({ defaultValues: toValues(contact, boutiqueId) });

  useOnOpen(open, () => {
    reset(toValues(contact, boutiqueId));
    setFormError(null);
  });

  const submit = handleSubmit(async (values) => {
    setFormError(null);
    try {
      const input = toInput(values);
      const saved = contact ? await update.mutateAsync({ id: contact.id, ...input }) : await create.mutateAsync(input);
      onSaved(saved);
    } catch (err) {
      setFormError(applyApiError(err, setError, FIELDS));
    }
  });

  const close = () => {
    setFormError(null);
    onClose();
  };

  return (
    <FormDialog
      title={contact ? `Edit ${contact.name}` : 'New contact'}
      open={open}
      onClose={close}
      formId="contact-form"
      submitLabel={contact ? 'Save changes' : 'Create contact'}
      busy={isSubmitting}
      error={formError}
      onSubmit={submit}
    >
      <fieldset className="form-section">
        <legend>Who</legend>
        <div className="form-grid">
          <Field label="Name" error={errors.name?.message} className="span-2">
            {(a) => <input {...a} {...register('name')} placeholder="Claire Martin" autoFocus />}
          </Field>
          <Field label="Role" error={errors.role?.message}>
            {(a) => (
              <select {...a} {...register('role')}>
                {CONTACT_ROLES.map((r) => (
                  <option key={r} value={r}>
                    {ROLE_LABELS[r]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Boutique" error={errors.boutiqueId?.message}>
            {(a) => (
              <Controller
                control={control}
                name="boutiqueId"
                render={({ field }) => (
                  <BoutiqueSelect {...a} name={field.name} value={field.value} onChange={field.onChange} onBlur={field.onBlur} emptyLabel="No boutique (a concierge, a friend…)" />
                )}
              />
            )}
          </Field>
          <Field label="Department" error={errors.department?.message} hint="Leather, shoes, jewelry, RTW…">
            {(a) => <input {...a} {...register('department')} placeholder="Leather" />}
          </Field>
          <Field label="Languages" error={errors.languages?.message} hint="Enter or comma after each language.">
            {(a) => (
              <Controller
                control={control}
                name="languages"
                render={({ field }) => (
                  <TagsInput {...a} value={field.value} onChange={field.onChange} suggestions={LANGUAGES} placeholder="French" itemLabel="Remove language" />
                )}
              />
            )}
          </Field>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>How to reach them</legend>
        <div className="form-grid">
          <Field label="Phone" error={errors.phone?.message}>
            {(a) => <input {...a} type="tel" {...register('phone')} placeholder="+1 212 759 7585" />}
          </Field>
          <Field label="E-mail" error={errors.email?.message}>
            {(a) => <input {...a} type="email" {...register('email')} placeholder="name@example.com" />}
          </Field>
          <Field label="Messaging" error={errors.messaging?.message} hint="WhatsApp number, WeChat id…">
            {(a) => <input {...a} {...register('messaging')} />}
          </Field>
        </div>
      </fieldset>
      <fieldset className="form-section">
        <legend>History</legend>
        <div className="form-grid">
          <Field label="Met on" error={errors.metOn?.message}>
            {(a) => <input {...a} type="date" {...register('metOn')} />}
          </Field>
          <Field label="Follow up on" error={errors.followUpOn?.message} hint="Shown as due from that day.">
            {(a) => <input {...a} type="date" {...register('followUpOn')} />}
          </Field>
          <Field label="Notes" error={errors.notes?.message} className="span-2">
            {(a) => <textarea {...a} rows={4} {...register('notes')} placeholder="Preferences, what they offered, how they like to be contacted…" />}
          </Field>
        </div>
      </fieldset>
    </FormDialog>
  );
}
