/**
 * One form for a store visit or a patrol: the day, then one stop per store (Add a stop…), each
 * with its boutique, time, who was seen, what was asked and shown (with the bag's specification,
 * the same fields as a special order), the leather desk / waiting list, and the outcome. One
 * stop saves a visit; several save a patrol in one go — all of them or none.
 */
import { Plus, X } from 'lucide-react';
import { forwardRef, useImperativeHandle, useRef, useState } from 'react';
import { Controller, FormProvider, useForm, type UseFormReturn } from 'react-hook-form';
import { MAX_PATROL_STOPS, VISIT_OUTCOME_LABELS, VISIT_OUTCOMES, type Visit, type VisitOutcome, type VisitStatus } from '../../../../shared/api/visits';
import { ApiError } from '../../api';
import { FormDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { SPEC_FIELDS, SpecFields, specValues, type SpecValues } from '../../components/SpecFields';
import { BoutiqueSelect } from '../../components/boutiques/BoutiqueSelect';
import { localToday } from '../../components/notes-form';
import { useChannel, useWrite } from '../../lib/query';

interface StopValues extends SpecValues {
  boutiqueId: string;
  time: string;
  contactId: string;
  asked: string;
  shown: string;
  leatherDesk: boolean;
  waitingList: boolean;
  outcome: VisitOutcome | '';
  notes: string;
}

const STOP_FIELDS = ['boutiqueId', 'time', 'contactId', 'asked', 'shown', 'leatherDesk', 'waitingList', 'outcome', 'notes', ...SPEC_FIELDS] as const;

const stopValues = (v?: Partial<Visit>): StopValues => ({
  ...specValues(v ? { ...v, model: v.model ?? '' } : null),
  boutiqueId: v?.boutiqueId ? String(v.boutiqueId) : '',
  time: v?.time ?? '',
  contactId: v?.contactId ? String(v.contactId) : '',
  asked: v?.asked ?? '',
  shown: v?.shown ?? '',
  leatherDesk: v?.leatherDesk ?? false,
  waitingList: v?.waitingList ?? false,
  outcome: v?.outcome ?? '',
  notes: v?.notes ?? '',
});

const stopInput = (v: StopValues, status: VisitStatus) => ({
  // 0 when none is chosen: the contract answers "Boutique is required." beside the field.
  boutiqueId: v.boutiqueId ? Number(v.boutiqueId) : 0,
  time: v.time || null,
  contactId: v.contactId ? Number(v.contactId) : null,
  status,
  asked: v.asked || null,
  shown: v.shown || null,
  model: v.model || null,
  size: v.size || null,
  exteriorLeather: v.exteriorLeather || null,
  exteriorColour: v.exteriorColour || null,
  interiorLeather: v.interiorLeather || null,
  interiorColour: v.interiorColour || null,
  stitching: v.stitching || null,
  hardware: v.hardware || null,
  leatherDesk: v.leatherDesk,
  waitingList: v.waitingList,
  outcome: status === 'planned' ? null : v.outcome || null,
  notes: v.notes || null,
});

interface StopHandle {
  form: UseFormReturn<StopValues>;
}

const Stop = forwardRef<StopHandle, { index: number; count: number; initial: StopValues; planned: boolean; onRemove: () => void }>(function Stop({ index, count, initial, planned, onRemove }, ref) {
  const form = useForm<StopValues>({ defaultValues: initial });
  useImperativeHandle(ref, () => ({ form }), [form]);
  const contacts = useChannel('contacts.list');
  const { register, control, watch, formState: { errors } } = form;
  const boutiqueId = watch('boutiqueId');
  const people = (contacts.data ?? []).slice().sort((a, b) => Number(String(b.boutiqueId) === boutiqueId) - Number(String(a.boutiqueId) === boutiqueId) || a.name.localeCompare(b.name));
  const legend = count > 1 ? `Stop ${index + 1}` : 'The visit';
  return (
    <FormProvider {...form}>
      <fieldset className="form-section visit-stop" aria-label={legend}>
        <legend>
          {legend}
          {count > 1 && (
            <button type="button" className="button button--small visit-stop-remove" aria-label={`Remove stop ${index + 1}`} onClick={onRemove}>
              <X size={14} aria-hidden /> Remove
            </button>
          )}
        </legend>
        <div className="form-grid">
          <Field label="Boutique" error={errors.boutiqueId?.message}>
            {(a) => (
              <Controller
                control={control}
                name="boutiqueId"
                render={({ field }) => <BoutiqueSelect {...a} name={field.name} value={field.value} onBlur={field.onBlur} onChange={field.onChange} emptyLabel="Choose a store…" />}
              />
            )}
          </Field>
          <Field label="Time" hint="On the boutique's clock" error={errors.time?.message}>
            {(a) => <input {...a} type="time" {...register('time')} />}
          </Field>
          <Field label="Who you saw" error={errors.contactId?.message}>
            {(a) => (
              <select {...a} {...register('contactId')}>
                <option value="">No one in particular</option>
                {people.map((c) => (
                  <option key={c.id} value={String(c.id)}>
                    {c.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Outcome" error={errors.outcome?.message} hint={planned ? 'Recorded once the visit is done' : undefined}>
            {(a) => (
              <select {...a} {...register('outcome')} disabled={planned}>
                <option value="">Not said</option>
                {VISIT_OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {VISIT_OUTCOME_LABELS[o]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <div className="form-grid">
          <Field label="What you asked for" error={errors.asked?.message}>
            {(a) => <textarea {...a} rows={2} {...register('asked')} placeholder="A Kelly 25 in a neutral, gold hardware" />}
          </Field>
          <Field label="What was available or shown" error={errors.shown?.message}>
            {(a) => <textarea {...a} rows={2} {...register('shown')} placeholder="Two Picotins, an Evelyne in Étoupe" />}
          </Field>
        </div>
        <div className="visit-flags">
          <label className="checkbox">
            <input type="checkbox" {...register('leatherDesk')} /> The leather desk was involved
          </label>
          <label className="checkbox">
            <input type="checkbox" {...register('waitingList')} /> A waiting list was mentioned
          </label>
        </div>
        <details className="visit-spec" open={Boolean(initial.model)}>
          <summary>The bag shown (specification)</summary>
          <SpecFields autoFocus={false} />
        </details>
        <Field label="Notes" error={errors.notes?.message}>
          {(a) => <textarea {...a} rows={2} {...register('notes')} />}
        </Field>
      </fieldset>
    </FormProvider>
  );
});

export function VisitForm({ visit, initial, onClose, onSaved }: { visit?: Visit; initial?: { day?: string; boutiqueId?: number; contactId?: number }; onClose: () => void; onSaved?: (ids: number[]) => void }) {
  const create = useWrite('visits.create');
  const patrol = useWrite('visits.createPatrol');
  const update = useWrite('visits.update');
  const [day, setDay] = useState(visit?.day ?? initial?.day ?? localToday());
  const [status, setStatus] = useState<VisitStatus>(visit?.status ?? (initial?.day && initial.day > localToday() ? 'planned' : 'done'));
  const [dayError, setDayError] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const nextKey = useRef(1);
  const [stops, setStops] = useState<{ key: number; initial: StopValues }[]>([
    { key: 0, initial: stopValues(visit ?? { boutiqueId: initial?.boutiqueId ?? null, contactId: initial?.contactId ?? null }) },
  ]);
  const handles = useRef(new Map<number, StopHandle>());

  const addStop = () => setStops((s) => [...s, { key: nextKey.current++, initial: stopValues() }]);
  const removeStop = (key: number) => setStops((s) => s.filter((x) => x.key !== key));

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    setFormError(null);
    setDayError(null);
    const forms = stops.map((s) => handles.current.get(s.key)!.form);
    forms.forEach((f) => f.clearErrors());
    const values = forms.map((f) => stopInput(f.getValues(), status));
    setBusy(true);
    try {
      if (visit) {
        const saved = await update.mutateAsync({ id: visit.id, day, ...values[0]!, boutiqueId: values[0]!.boutiqueId });
        onSaved?.([saved.id]);
      } else if (values.length === 1) {
        const saved = await create.mutateAsync({ day, ...values[0]! });
        onSaved?.([saved.id]);
      } else {
        const saved = await patrol.mutateAsync({ day, stops: values });
        onSaved?.(saved.map((v) => v.id));
      }
      onClose();
    } catch (err) {
      if (!(err instanceof ApiError)) {
        setFormError('Something went wrong; nothing was saved.');
        return;
      }
      let unplaced = err.issues.length === 0;
      for (const issue of err.issues) {
        const [head, index, ...rest] = issue.path;
        const stop = head === 'stops' && typeof index === 'number' ? forms[index] : values.length === 1 ? forms[0] : undefined;
        const field = head === 'stops' ? rest.join('.') : issue.path.join('.');
        if (field === 'day') {
          setDayError(issue.message);
          if (stop && head === 'stops') stop.setError('time', { type: 'server', message: issue.message });
        } else if (stop && (STOP_FIELDS as readonly string[]).includes(field)) {
          stop.setError(field as keyof StopValues, { type: 'server', message: issue.message }, { shouldFocus: true });
        } else unplaced = true;
      }
      setFormError(unplaced ? err.message : null);
    } finally {
      setBusy(false);
    }
  };

  const title = visit ? `Edit the visit to ${visit.boutiqueName ?? 'a boutique'}` : stops.length > 1 ? `New patrol · ${stops.length} stores` : 'New store visit';
  return (
    <FormDialog title={title} open onClose={onClose} formId="visit-form" submitLabel={visit ? 'Save changes' : stops.length > 1 ? `Save the patrol (${stops.length} stops)` : 'Save the visit'} busy={busy} error={formError} onSubmit={(e) => void submit(e)}>
      <div className="form-grid">
        <Field label="Day" error={dayError ?? undefined}>
          {(a) => <input {...a} type="date" value={day} onChange={(e) => setDay(e.target.value)} required />}
        </Field>
        <Field label="Status">
          {(a) => (
            <select {...a} value={status} onChange={(e) => setStatus(e.target.value as VisitStatus)}>
              <option value="done">Done — it happened</option>
              <option value="planned">Planned</option>
            </select>
          )}
        </Field>
      </div>
      {stops.map((s, i) => (
        <Stop
          key={s.key}
          ref={(h) => {
            if (h) handles.current.set(s.key, h);
            else handles.current.delete(s.key);
          }}
          index={i}
          count={stops.length}
          initial={s.initial}
          planned={status === 'planned'}
          onRemove={() => removeStop(s.key)}
        />
      ))}
      {!visit && stops.length < MAX_PATROL_STOPS && (
        <p className="visit-add-stop">
          <button type="button" className="button" onClick={addStop}>
            <Plus size={16} aria-hidden /> Add a stop
          </button>
          <span className="field-hint">A patrol: several stores the same day, saved together.</span>
        </p>
      )}
    </FormDialog>
  );
}
