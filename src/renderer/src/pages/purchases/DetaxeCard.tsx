import { BadgeCheck, Clock, FileText, TriangleAlert } from 'lucide-react';
import { useState } from 'react';
import { DETAXE_STATUSES, type DetaxeStatus, type Purchase } from '../../../../shared/api/purchases';
import { formatDay, formatMoney, formatMonth } from '../../lib/format';
import { useWrite } from '../../lib/query';
import { todayDay } from '../../lib/relative-day';
import { deadlineState, DETAXE_LABELS, type DeadlineState } from './labels';
import { minorToInput } from '../../../../shared/domain/money';
import { MoneyField, readAmount } from '../../components/MoneyField';
import { useChannel } from '../../lib/query';
import { href } from '../../lib/router';
import { DETAXE_FORM_LABELS } from '../../../../shared/api/detaxe';
import { DETAXE_RULE } from '../../../../shared/domain/detaxe';
import { useRules } from '../../lib/rules';
import { DetaxeFormDialog } from './DetaxeFormDialog';

/**
 * The détaxe of one receipt: what the official rule says, the deadline, and either the form it is
 * on (whose status it takes) or the user's own status and refund, with a way to record its form.
 */
export function DetaxeCard({ purchase: p }: { purchase: Purchase }) {
  if (p.detaxe.formId !== null) return <OnFormCard purchase={p} formId={p.detaxe.formId} />;
  return <OwnStatusCard purchase={p} />;
}

/** The customs deadline as facts of the card: days left (warned in the last three weeks), or missed. */
function DeadlineFacts({ deadline, what }: { deadline: DeadlineState; what: string }) {
  if (deadline.kind === 'open') {
    return (
      <li className={deadline.urgent ? 'warn' : undefined}>
        <Clock size={16} aria-hidden />
        <span>
          Validate the form at customs (PABLO) by <strong>{formatDay(deadline.deadline)}</strong> · {deadline.daysLeft === 0 ? 'today' : `${deadline.daysLeft} days left`}.
        </span>
      </li>
    );
  }
  if (deadline.kind === 'missed') {
    return (
      <li className="danger">
        <TriangleAlert size={16} aria-hidden />
        <span>
          The deadline was {formatDay(deadline.deadline)} ({deadline.daysAgo} days ago). Update {what} if the form was validated.
        </span>
      </li>
    );
  }
  return null;
}

const ruleSource = `${DETAXE_RULE.sourceShort}, checked ${formatMonth(DETAXE_RULE.checked)}`;

function OnFormCard({ purchase: p, formId }: { purchase: Purchase; formId: number }) {
  const form = useChannel('detaxe.get', { id: formId });
  const today = todayDay();
  const deadline = deadlineState(p, today);
  const f = form.data;
  return (
    <section className="card detaxe-card" aria-labelledby="detaxe-title">
      <h2 className="card-title" id="detaxe-title">
        Détaxe (VAT refund)
      </h2>
      <ul className="detaxe-facts">
        <li className={f?.status === 'refunded' || f?.status === 'validated' ? 'ok' : undefined}>
          <FileText size={16} aria-hidden />
          <span>
            On a détaxe form{f ? ` with ${f.receipts.length === 1 ? 'no other receipt' : `${f.receipts.length - 1} other receipt${f.receipts.length === 2 ? '' : 's'}`} (${formatMoney(f.totalMinor, 'EUR')} in all)` : ''}:{' '}
            <strong>{f ? DETAXE_FORM_LABELS[f.status] : '…'}</strong>.
          </span>
        </li>
        <DeadlineFacts deadline={deadline} what="the form" />
        {f?.status === 'refunded' && f.refundMinor !== null && (
          <li className="ok">
            <BadgeCheck size={16} aria-hidden />
            <span>
              Refund received for the form: <strong>{formatMoney(f.refundMinor, 'EUR')}</strong>
            </span>
          </li>
        )}
        {f && f.problems.length > 0 && (
          <li className="danger">
            <TriangleAlert size={16} aria-hidden />
            <span>{f.problems.join(' ')}</span>
          </li>
        )}
      </ul>
      <p className="detaxe-actions">
        <a className="button" href={href(`/purchases/detaxe/${formId}`)}>
          Open the form
        </a>
        <span className="muted">Its status and refund change on the form.</span>
      </p>
    </section>
  );
}

function OwnStatusCard({ purchase: p }: { purchase: Purchase }) {
  const update = useWrite('purchases.update');
  const { detaxe: rule, detaxeThreshold } = useRules();
  const [recording, setRecording] = useState(false);
  const suggestions = useChannel('detaxe.suggestions', undefined);
  const suggested = suggestions.data?.find((s) => s.purchaseIds.includes(p.id))?.purchaseIds ?? [p.id];
  const [status, setStatus] = useState<DetaxeStatus>(p.detaxe.status);
  const [amount, setAmount] = useState(p.detaxe.amountMinor === null ? '' : minorToInput(p.detaxe.amountMinor, p.currency));
  const [amountError, setAmountError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [seen, setSeen] = useState(p.updatedAt);
  // Follow the saved record when it changes (the receipt form, another window).
  if (seen !== p.updatedAt) {
    setSeen(p.updatedAt);
    setStatus(p.detaxe.status);
    setAmount(p.detaxe.amountMinor === null ? '' : minorToInput(p.detaxe.amountMinor, p.currency));
  }
  const today = todayDay();
  const deadline = deadlineState(p, today);
  const dirty = status !== p.detaxe.status || (status === 'refunded' && amount !== (p.detaxe.amountMinor === null ? '' : minorToInput(p.detaxe.amountMinor, p.currency)));

  const save = () => {
    setAmountError(null);
    setSaved(false);
    let amountMinor: number | null = null;
    if (status === 'refunded' && amount.trim()) {
      const read = readAmount(amount, p.currency, { notAmount: 'Enter an amount like 180.00.' });
      if (!read.ok) {
        setAmountError(read.message);
        return;
      }
      amountMinor = read.minor;
    }
    update.mutate({ id: p.id, detaxe: { status, amountMinor } }, { onSuccess: () => setSaved(true) });
  };
  const serverAmountError = update.error?.issues.find((i) => i.path.join('.') === 'detaxe.amountMinor')?.message ?? null;
  const rate = p.detaxe.status === 'refunded' && p.detaxe.amountMinor !== null && p.totalMinor > 0 ? (p.detaxe.amountMinor / p.totalMinor) * 100 : null;

  return (
    <section className="card detaxe-card" aria-labelledby="detaxe-title">
      <h2 className="card-title" id="detaxe-title">
        Détaxe (VAT refund)
      </h2>
      <ul className="detaxe-facts">
        <li>
          {p.detaxe.eligible ? <BadgeCheck size={16} aria-hidden className="ok" /> : <span className="detaxe-dot" aria-hidden />}
          <span>
            {p.detaxe.eligible
              ? suggested.length > 1
                ? `Qualifies with ${suggested.length - 1} other receipt${suggested.length === 2 ? '' : 's'} of the same town within ${rule.groupingDays} days: one form can hold them (${ruleSource}).`
                : `Qualifies: over ${detaxeThreshold} in the stores of one town over up to ${rule.groupingDays} days (${ruleSource}).`
              : p.currency !== 'EUR'
                ? `Not in euros, so the French rule does not apply to this receipt.`
                : p.online
                  ? `Bought online: online orders are not eligible for détaxe (${ruleSource}).`
                  : `Does not qualify: a form needs more than ${detaxeThreshold} in the stores of one town of France or Monaco over up to ${rule.groupingDays} days (${ruleSource}).`}
          </span>
        </li>
        <DeadlineFacts deadline={deadline} what="the status" />
        {p.detaxe.status === 'refunded' && p.detaxe.amountMinor !== null && (
          <li className="ok">
            <BadgeCheck size={16} aria-hidden />
            <span>
              Refund received: <strong>{formatMoney(p.detaxe.amountMinor, p.currency)}</strong>
              {rate !== null && <span className="muted"> · {rate.toFixed(1)}% of the receipt</span>}
            </span>
          </li>
        )}
      </ul>
      <form
        className="detaxe-form"
        onSubmit={(e) => {
          e.preventDefault();
          save();
        }}
      >
        <div className="field">
          <label htmlFor="detaxe-status">Status</label>
          <select id="detaxe-status" value={status} onChange={(e) => setStatus(e.target.value as DetaxeStatus)}>
            {DETAXE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {DETAXE_LABELS[s]}
              </option>
            ))}
          </select>
        </div>
        {status === 'refunded' && (
          <MoneyField
            label={`Refund received (${p.currency})`}
            currency={p.currency}
            value={amount}
            onChange={(text) => {
              setAmount(text);
              setAmountError(null);
            }}
            error={amountError ?? serverAmountError ?? undefined}
            hint="Reported refunds are about 12–16% of the price after operator fees."
          />
        )}
        <div className="detaxe-actions">
          <button type="submit" className="button button--primary" disabled={!dirty || update.isPending}>
            Save détaxe
          </button>
          {p.detaxe.eligible && (
            <button type="button" className="button" onClick={() => setRecording(true)}>
              <FileText size={16} aria-hidden /> Record its form…
            </button>
          )}
          <span className="muted" role="status">
            {saved && !dirty ? 'Saved.' : ''}
          </span>
        </div>
        {update.error && !serverAmountError && (
          <p className="field-error" role="alert">
            {update.error.message}
          </p>
        )}
      </form>
      {recording && <DetaxeFormDialog open initialIds={suggested} onClose={() => setRecording(false)} />}
    </section>
  );
}
