import { ArrowLeft, BadgeCheck, Clock, FileText, Pencil, Plus, Stamp, Trash2, TriangleAlert } from 'lucide-react';
import { useEffect, useState } from 'react';
import { DETAXE_FORM_LABELS, type DetaxeForm, type DetaxeSuggestion } from '../../../../shared/api/detaxe';
import { DETAXE_RULE } from '../../../../shared/domain/detaxe';
import { ordinal } from '../../../../shared/domain/reference-rules';
import { ConfirmDialog } from '../../components/Dialog';
import { toastDeleted } from '../../components/DeleteRecordDialog';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../components/States';
import { formatDay, formatDayRange, formatMoney, formatMonth } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { useRules } from '../../lib/rules';
import { daysBetween, todayDay } from '../../lib/relative-day';
import { href } from '../../lib/router';
import '../../styles/purchases.css';
import { DetaxeFormDialog } from './DetaxeFormDialog';

const EUR = DETAXE_RULE.currency;
const span = (first: string | null, last: string | null) => (!first || !last ? '' : first === last ? formatDay(first) : formatDayRange(first, last));

/** Where a form stands against its deadline, in a short sentence. */
function deadlineLine(f: DetaxeForm, today: string): { tone: 'ok' | 'warn' | 'danger' | 'muted'; text: string } {
  if (f.status === 'refused') return { tone: 'danger', text: 'Refused' };
  if (f.status === 'refunded') return { tone: 'ok', text: f.refundedOn ? `Refunded on ${formatDay(f.refundedOn)}` : 'Refunded' };
  if (f.status === 'validated') return { tone: 'ok', text: f.validatedOn ? `Validated at customs on ${formatDay(f.validatedOn)} · waiting for the refund` : 'Validated at customs · waiting for the refund' };
  if (!f.deadline) return { tone: 'muted', text: 'No receipt left on this form' };
  const left = daysBetween(today, f.deadline);
  if (left < 0) return { tone: 'danger', text: `The deadline was ${formatDay(f.deadline)} (${-left} days ago)` };
  return { tone: left <= 21 ? 'warn' : 'muted', text: `Validate at customs by ${formatDay(f.deadline)} · ${left === 0 ? 'today' : `${left} day${left === 1 ? '' : 's'} left`}` };
}

export function DetaxeFormsPage({ focus }: { focus: number | null }) {
  const forms = useChannel('detaxe.list', undefined);
  const suggestions = useChannel('detaxe.suggestions', undefined);
  const remove = useWrite('detaxe.delete');
  const { detaxe: rule, detaxeThreshold, overridden } = useRules();
  const yours = overridden.some((k) => k.startsWith('detaxe'));
  const [editing, setEditing] = useState<{ form?: DetaxeForm; ids?: number[] } | null>(null);
  const [deleting, setDeleting] = useState<DetaxeForm | null>(null);
  const today = todayDay();

  useEffect(() => {
    if (focus !== null && forms.data) document.getElementById(`detaxe-form-${focus}`)?.scrollIntoView({ block: 'center' });
  }, [focus, forms.data]);

  const newButton = (
    <button type="button" className="button button--primary" onClick={() => setEditing({})}>
      <Plus size={16} aria-hidden /> New form
    </button>
  );
  const error = forms.error ?? suggestions.error;
  return (
    <div className="page detaxe-page">
      <a className="back-link" href={href('/purchases')}>
        <ArrowLeft size={16} aria-hidden /> All purchases
      </a>
      <PageHeader
        title="Détaxe forms"
        subtitle={`One form covers the receipts of one town over up to ${rule.groupingDays} consecutive days; validate it at customs, then follow the refund.`}
        actions={newButton}
      />
      {error && <ErrorState message={error.message} onRetry={() => void Promise.all([forms.refetch(), suggestions.refetch()])} />}
      {(forms.isPending || suggestions.isPending) && !error && <LoadingState label="Loading détaxe forms…" />}
      {forms.data && suggestions.data && (
        <div className="detaxe-layout">
          <div className="detaxe-main">
            {suggestions.data.length > 0 && (
              <section className="card" aria-labelledby="detaxe-suggestions-title">
                <h2 className="card-title" id="detaxe-suggestions-title">
                  Could go on a form
                </h2>
                <ul className="detaxe-suggestions">
                  {suggestions.data.map((s) => (
                    <Suggestion key={s.purchaseIds.join('-')} s={s} today={today} onCreate={() => setEditing({ ids: s.purchaseIds })} />
                  ))}
                </ul>
              </section>
            )}
            {forms.data.length === 0 ? (
              <EmptyState icon={Stamp} title="No détaxe form yet" action={suggestions.data.length === 0 ? newButton : undefined}>
                When the boutique prints a détaxe form, record it here with the receipts it covers; Carnet keeps the customs deadline and the refund in view.
              </EmptyState>
            ) : (
              <section aria-label="Forms" className="detaxe-forms">
                {forms.data.map((f) => (
                  <FormCard key={f.id} f={f} today={today} focused={f.id === focus} onEdit={() => setEditing({ form: f })} onDelete={() => setDeleting(f)} />
                ))}
              </section>
            )}
          </div>
          <aside className="card detaxe-rule" aria-labelledby="detaxe-rule-title">
            <h2 className="card-title" id="detaxe-rule-title">
              The rule
            </h2>
            <ul>
              <li>More than {detaxeThreshold} on one form, in euros.</li>
              <li>
                The stores of one town (every Hermès boutique is the same retailer) over up to {rule.groupingDays} consecutive days; France and Monaco.
              </li>
              <li>Online orders never count.</li>
              <li>Validate at customs (PABLO kiosk, before check-in) by the end of the {ordinal(rule.deadlineMonthsAfter)} month after the month of purchase (a form’s earliest receipt counts).</li>
              <li>
                About {rule.refundPercentRange[0]}–{rule.refundPercentRange[1]}% of the price comes back after the operator’s fee ({DETAXE_RULE.vatPercent}% VAT).
              </li>
              <li>For visitors aged 16 or more living outside the EU, staying under 6 months: your call.</li>
            </ul>
            <p className="muted detaxe-source">
              Source: {DETAXE_RULE.source}, checked {formatMonth(DETAXE_RULE.checked, 'long')} · <span className="detaxe-url">{DETAXE_RULE.sourceUrl}</span>
            </p>
            <p className="small rule-yours">
              {yours ? 'Some values are yours, set in ' : 'The rule changed before Carnet did? Set your own values in '}
              <a href={href('/settings')}>Settings › Rules</a>
              {yours ? '; the official ones are shown there.' : '.'}
            </p>
          </aside>
        </div>
      )}
      {editing && <DetaxeFormDialog open form={editing.form} initialIds={editing.ids} onClose={() => setEditing(null)} />}
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this détaxe form?"
        message={
          <p>
            The form goes to the Trash{deleting?.refundMinor != null ? ` with the refund of ${formatMoney(deleting.refundMinor, EUR)} recorded on it` : ''}; its{' '}
            {deleting?.receipts.length ?? 0} receipt{deleting?.receipts.length === 1 ? '' : 's'} stay, each keeping its status. You can restore it from Settings › Trash for 30 days.
          </p>
        }
        confirmLabel="Delete form"
        danger
        busy={remove.isPending}
        error={remove.error?.message ?? null}
        onClose={() => {
          remove.reset();
          setDeleting(null);
        }}
        onConfirm={() => {
          if (!deleting) return;
          const gone = deleting;
          remove.mutate({ id: gone.id }, { onSuccess: () => {
            setDeleting(null);
            toastDeleted('detaxe_form', gone.id, [gone.town, span(gone.firstDay, gone.lastDay)].filter(Boolean).join(' · ') || 'Détaxe form', false);
          } });
        }}
      />
    </div>
  );
}

function Suggestion({ s, today, onCreate }: { s: DetaxeSuggestion; today: string; onCreate: () => void }) {
  const left = daysBetween(today, s.deadline);
  return (
    <li className="detaxe-suggestion">
      <div>
        <p className="detaxe-suggestion-title">
          <strong>{s.town}</strong> · {span(s.firstDay, s.lastDay)} · {s.receipts.length} receipt{s.receipts.length === 1 ? '' : 's'} · {formatMoney(s.totalMinor, EUR)}
        </p>
        <p className="muted">
          {s.receipts.map((r) => `${r.boutiqueName ?? 'No boutique'}: ${r.summary}`).join(' · ')} — validate by {formatDay(s.deadline)} ({left} day{left === 1 ? '' : 's'} left)
        </p>
      </div>
      <button type="button" className="button" onClick={onCreate}>
        <FileText size={16} aria-hidden /> Record the form…
      </button>
    </li>
  );
}

function FormCard({ f, today, focused, onEdit, onDelete }: { f: DetaxeForm; today: string; focused: boolean; onEdit: () => void; onDelete: () => void }) {
  const line = deadlineLine(f, today);
  const rate = f.refundMinor !== null && f.totalMinor > 0 ? (f.refundMinor / f.totalMinor) * 100 : null;
  return (
    <article id={`detaxe-form-${f.id}`} className={`card detaxe-form-card${focused ? ' is-focused' : ''}`} aria-labelledby={`detaxe-form-${f.id}-title`}>
      <header className="detaxe-form-head">
        <div>
          <h2 className="card-title" id={`detaxe-form-${f.id}-title`}>
            {f.town ?? 'Détaxe form'}
            {f.firstDay && ` · ${span(f.firstDay, f.lastDay)}`}
          </h2>
          <p className="muted">
            {f.receipts.length} receipt{f.receipts.length === 1 ? '' : 's'} · {formatMoney(f.totalMinor, EUR)}
            {f.reference && ` · form ${f.reference}`}
            {f.issuedOn && ` · issued ${formatDay(f.issuedOn)}`}
          </p>
        </div>
        <span className={`status status--detaxe-form-${f.status}`}>{DETAXE_FORM_LABELS[f.status]}</span>
      </header>
      <p className={`detaxe-deadline detaxe-deadline--${line.tone}`}>
        {line.tone === 'ok' ? <BadgeCheck size={16} aria-hidden /> : line.tone === 'danger' ? <TriangleAlert size={16} aria-hidden /> : <Clock size={16} aria-hidden />}
        <span>{line.text}</span>
      </p>
      {f.problems.length > 0 && (
        <ul className="detaxe-problems">
          {f.problems.map((p) => (
            <li key={p}>
              <TriangleAlert size={14} aria-hidden /> {p}
            </li>
          ))}
        </ul>
      )}
      <table className="table detaxe-receipts">
        <tbody>
          {f.receipts.map((r) => (
            <tr key={r.id}>
              <td>{formatDay(r.day)}</td>
              <td>{r.boutiqueName ?? <span className="muted">No boutique</span>}</td>
              <td>
                <a href={href(`/purchases/${r.id}`)}>{r.summary}</a>
              </td>
              <td className="num">{formatMoney(r.totalMinor, EUR)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <footer className="detaxe-form-foot">
        <p>
          {f.status === 'refunded' && f.refundMinor !== null ? (
            <>
              Refund received: <strong>{formatMoney(f.refundMinor, EUR)}</strong>
              {rate !== null && <span className="muted"> · {rate.toFixed(1)}% of the receipts</span>}
            </>
          ) : (
            <span className="muted">
              Expected back: about {formatMoney(f.expectedRefundMinor[0], EUR)}–{formatMoney(f.expectedRefundMinor[1], EUR)}
            </span>
          )}
        </p>
        <div className="detaxe-form-actions">
          <button type="button" className="button" onClick={onEdit}>
            <Pencil size={16} aria-hidden /> Edit
          </button>
          <button type="button" className="button button--danger-ghost" onClick={onDelete}>
            <Trash2 size={16} aria-hidden /> Delete
          </button>
        </div>
      </footer>
    </article>
  );
}
