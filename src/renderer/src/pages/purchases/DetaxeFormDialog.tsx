import { TriangleAlert } from 'lucide-react';
import { useMemo, useState } from 'react';
import { DETAXE_FORM_LABELS, DETAXE_FORM_STATUSES, type DetaxeForm, type DetaxeFormStatus } from '../../../../shared/api/detaxe';
import type { Boutique } from '../../../../shared/api/boutiques';
import type { Purchase } from '../../../../shared/api/purchases';
import { countsTowardDetaxe, DETAXE_RULE, expectedRefund, formDeadline, formProblems, inDetaxeArea, type DetaxeReceipt } from '../../../../shared/domain/detaxe';
import { latestDayBegun } from '../../../../shared/domain/special-order-status';
import { minorToInput } from '../../../../shared/domain/money';
import { FormDialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { MoneyField, readAmount } from '../../components/MoneyField';
import { formatDay, formatMoney } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { useRules } from '../../lib/rules';
import { todayDay } from '../../lib/relative-day';
import { itemsLine } from './labels';

const EUR = DETAXE_RULE.currency;

/** A receipt as the shared rule reads it, from what the renderer has. */
export function asDetaxeReceipt(p: Purchase, boutique: Boutique | undefined): DetaxeReceipt {
  return {
    id: p.id,
    day: p.day,
    currency: p.currency,
    online: p.online,
    totalMinor: p.totalMinor,
    boutique: boutique ? { name: boutique.name, city: boutique.city, country: boutique.country, online: boutique.online } : null,
  };
}

interface Values {
  purchaseIds: number[];
  status: DetaxeFormStatus;
  issuedOn: string;
  validatedOn: string;
  refundedOn: string;
  refund: string;
  reference: string;
  notes: string;
}

const fromForm = (f: DetaxeForm | undefined, initialIds: number[]): Values => ({
  purchaseIds: f ? f.receipts.map((r) => r.id) : initialIds,
  status: f?.status ?? 'issued',
  issuedOn: f?.issuedOn ?? (f ? '' : todayDay()),
  validatedOn: f?.validatedOn ?? '',
  refundedOn: f?.refundedOn ?? '',
  refund: f?.refundMinor == null ? '' : minorToInput(f.refundMinor, EUR),
  reference: f?.reference ?? '',
  notes: f?.notes ?? '',
});

const FIELD_PATHS = ['purchaseIds', 'status', 'issuedOn', 'validatedOn', 'refundedOn', 'refundMinor', 'reference', 'notes'] as const;

/**
 * Mounted when opened (its state starts from the form or the receipts given), so a second opening starts afresh.
 *
 * Create or edit a détaxe form: which receipts it groups (those that could share one: euros, in a
 * store of France or Monaco, on no other form), where it stands, and what came back. What the
 * rule says about the chosen receipts is shown as they are ticked, in the rule's own sentences.
 */
export function DetaxeFormDialog({
  open,
  form,
  initialIds = [],
  onClose,
  onSaved,
}: {
  open: boolean;
  form?: DetaxeForm;
  initialIds?: number[];
  onClose: () => void;
  onSaved?: (form: DetaxeForm) => void;
}) {
  const purchases = useChannel('purchases.list', { currency: EUR, limit: 1000 });
  const boutiques = useChannel('boutiques.list');
  const rules = useRules();
  const create = useWrite('detaxe.create');
  const update = useWrite('detaxe.update');
  const [v, setV] = useState<Values>(() => fromForm(form, initialIds));
  const [errors, setErrors] = useState<Partial<Record<(typeof FIELD_PATHS)[number], string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const set = <K extends keyof Values>(k: K, value: Values[K]) => {
    setV((old) => ({ ...old, [k]: value }));
    setErrors((e) => ({ ...e, [k === 'refund' ? 'refundMinor' : k]: undefined }));
  };

  const boutiqueById = useMemo(() => new Map((boutiques.data ?? []).map((b) => [b.id, b])), [boutiques.data]);
  const today = todayDay();
  const [latest] = useState(() => latestDayBegun(new Date().toISOString()));
  // Receipts that could go on this form: on it already, or on none, counted by the rule and still within their deadline.
  const candidates = (purchases.data ?? []).filter((p) => {
    if (v.purchaseIds.includes(p.id) || (form && p.detaxe.formId === form.id)) return true;
    if (p.detaxe.formId !== null) return false;
    const b = p.boutiqueId === null ? undefined : boutiqueById.get(p.boutiqueId);
    if (!b || !inDetaxeArea(b.country) || !countsTowardDetaxe(asDetaxeReceipt(p, b))) return false;
    return formDeadline([p.day], rules.detaxe) >= today;
  });
  const chosen = candidates.filter((p) => v.purchaseIds.includes(p.id));
  const receipts = chosen.map((p) => asDetaxeReceipt(p, p.boutiqueId === null ? undefined : boutiqueById.get(p.boutiqueId)));
  const problems = chosen.length === 0 ? [] : formProblems(receipts, rules.detaxe);
  const total = chosen.reduce((sum, p) => sum + p.totalMinor, 0);
  const [low, high] = expectedRefund(total, rules.detaxe);
  const byTown = new Map<string, Purchase[]>();
  for (const p of candidates) {
    const town = (p.boutiqueId !== null && boutiqueById.get(p.boutiqueId)?.city) || 'No boutique';
    byTown.set(town, [...(byTown.get(town) ?? []), p]);
  }

  const busy = create.isPending || update.isPending;
  const submit = async () => {
    setErrors({});
    setFormError(null);
    let refundMinor: number | null = null;
    if (v.status === 'refunded' && v.refund.trim()) {
      const read = readAmount(v.refund, EUR, { notAmount: 'Enter an amount like 180.00.' });
      if (!read.ok) {
        setErrors({ refundMinor: read.message });
        return;
      }
      refundMinor = read.minor;
    }
    const input = {
      purchaseIds: v.purchaseIds,
      status: v.status,
      issuedOn: v.issuedOn || null,
      validatedOn: v.validatedOn || null,
      refundedOn: v.status === 'refunded' ? v.refundedOn || null : null,
      refundMinor: v.status === 'refunded' ? refundMinor : null,
      reference: v.reference || null,
      notes: v.notes || null,
    };
    try {
      const saved = form ? await update.mutateAsync({ id: form.id, ...input }) : await create.mutateAsync(input);
      onSaved?.(saved);
      onClose();
    } catch (err) {
      const issues = (err as { issues?: { path: (string | number)[]; message: string }[] }).issues ?? [];
      const byField: typeof errors = {};
      for (const i of issues) {
        const key = String(i.path[0]) as (typeof FIELD_PATHS)[number];
        if ((FIELD_PATHS as readonly string[]).includes(key)) byField[key] = byField[key] ? `${byField[key]} ${i.message}` : i.message;
      }
      setErrors(byField);
      if (Object.keys(byField).length === 0) setFormError((err as Error).message);
    }
  };

  return (
    <FormDialog
      title={form ? 'Edit the détaxe form' : 'New détaxe form'}
      open={open}
      onClose={onClose}
      formId="detaxe-form-dialog"
      submitLabel={form ? 'Save form' : 'Create form'}
      busy={busy}
      error={formError}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <fieldset className="form-section">
        <legend>Receipts on the form</legend>
        <p className="field-hint">
          One form covers the receipts of one town over up to {rules.detaxe.groupingDays} consecutive days, more than {rules.detaxeThreshold} in all; online orders never count ({DETAXE_RULE.sourceShort}).
        </p>
        {purchases.isPending && <p className="muted">Loading receipts…</p>}
        {purchases.data && candidates.length === 0 && <p className="muted">No receipt in euros at a store in France or Monaco is waiting for a form.</p>}
        <div className="detaxe-choices" role="group" aria-label="Receipts on the form" aria-describedby={errors.purchaseIds ? 'detaxe-receipts-error' : undefined}>
          {[...byTown.entries()].map(([town, list]) => (
            <div key={town} className="detaxe-town">
              <h3 className="detaxe-town-name">{town}</h3>
              <ul>
                {list.map((p) => (
                  <li key={p.id}>
                    <label className="detaxe-choice">
                      <input
                        type="checkbox"
                        checked={v.purchaseIds.includes(p.id)}
                        onChange={(e) => set('purchaseIds', e.target.checked ? [...v.purchaseIds, p.id] : v.purchaseIds.filter((id) => id !== p.id))}
                      />
                      <span className="detaxe-choice-day">{formatDay(p.day)}</span>
                      <span className="detaxe-choice-what">
                        {p.boutiqueId !== null ? boutiqueById.get(p.boutiqueId)?.name : 'No boutique'} · {itemsLine(p)}
                      </span>
                      <span className="num">{formatMoney(p.totalMinor, p.currency)}</span>
                    </label>
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
        {chosen.length > 0 && problems.length === 0 && (
          <p className="detaxe-summary" role="status">
            {chosen.length} receipt{chosen.length === 1 ? '' : 's'} · <strong>{formatMoney(total, EUR)}</strong> · validate at customs by{' '}
            <strong>{formatDay(formDeadline(chosen.map((p) => p.day), rules.detaxe))}</strong> · about {formatMoney(low, EUR)}–{formatMoney(high, EUR)} back after the operator’s fee
          </p>
        )}
        {problems.length > 0 && !errors.purchaseIds && (
          <ul className="detaxe-problems" role="status">
            {problems.map((p) => (
              <li key={p}>
                <TriangleAlert size={14} aria-hidden /> {p}
              </li>
            ))}
          </ul>
        )}
        {errors.purchaseIds && (
          <p className="field-error" id="detaxe-receipts-error" role="alert">
            {errors.purchaseIds}
          </p>
        )}
      </fieldset>
      <fieldset className="form-section">
        <legend>Where it stands</legend>
        <div className="form-grid">
          <Field label="Status" error={errors.status}>
            {(a) => (
              <select {...a} value={v.status} onChange={(e) => set('status', e.target.value as DetaxeFormStatus)}>
                {DETAXE_FORM_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {DETAXE_FORM_LABELS[s]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label="Form number (optional)" error={errors.reference} hint="As printed on the form or the operator’s receipt.">
            {(a) => <input {...a} value={v.reference} maxLength={100} onChange={(e) => set('reference', e.target.value)} />}
          </Field>
          <Field label="Issued on" error={errors.issuedOn}>
            {(a) => <input {...a} type="date" max={latest} value={v.issuedOn} onChange={(e) => set('issuedOn', e.target.value)} />}
          </Field>
          <Field label="Validated at customs on" error={errors.validatedOn} hint="At the PABLO kiosk, before check-in.">
            {(a) => <input {...a} type="date" max={latest} value={v.validatedOn} onChange={(e) => set('validatedOn', e.target.value)} />}
          </Field>
          {v.status === 'refunded' && (
            <>
              <Field label="Refunded on" error={errors.refundedOn}>
                {(a) => <input {...a} type="date" max={latest} value={v.refundedOn} onChange={(e) => set('refundedOn', e.target.value)} />}
              </Field>
              <MoneyField
                label="Refund received (EUR)"
                currency={EUR}
                value={v.refund}
                onChange={(text) => set('refund', text)}
                error={errors.refundMinor}
                hint={`Reported refunds are about ${rules.detaxe.refundPercentRange[0]}–${rules.detaxe.refundPercentRange[1]}% of the price after the operator’s fee.`}
              />
            </>
          )}
          <Field label="Notes" error={errors.notes} className="span-2">
            {(a) => <textarea {...a} rows={2} value={v.notes} onChange={(e) => set('notes', e.target.value)} placeholder="Operator, where the refund goes (card, cash)…" />}
          </Field>
        </div>
      </fieldset>
    </FormDialog>
  );
}
