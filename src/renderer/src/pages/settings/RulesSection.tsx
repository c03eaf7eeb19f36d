/**
 * Settings › Rules: the rules Carnet takes from outside — what each says, its source and check
 * date — and, for those whose values a user may know better (the Paris window's hours, quota
 * models and limit, the spend band, détaxe, special-order waits), their own values: the user's
 * value wins everywhere Carnet uses the rule, and "Restore the reported values" removes it.
 */
import { Pencil, RotateCcw } from 'lucide-react';
import { useState } from 'react';
import type { Settings } from '../../../../shared/api/settings';
import { minorToInput, parseMoney } from '../../../../shared/domain/money';
import { listWords } from '../../../../shared/domain/quota-rule';
import { ordinal, REFERENCE_RULES, type ReferenceRule } from '../../../../shared/domain/reference-rules';
import { REPORTED_OVERRIDE_VALUES, RULE_FIELDS, type RuleOverrideKey, type RuleOverrides } from '../../../../shared/domain/rule-values';
import { ApiError } from '../../api';
import { formatMonth } from '../../lib/format';
import { useWrite } from '../../lib/query';
import { useRules, type ScreenRules } from '../../lib/rules';

type FieldKind = 'time' | 'whole' | 'decimal' | 'euros' | 'list';

/** Each value as the form asks for it. */
const FIELD_META: Record<RuleOverrideKey, { label: string; kind: FieldKind; hint?: string }> = {
  lotteryOpensAt: { label: 'The window opens at (Paris time)', kind: 'time' },
  lotteryClosesAt: { label: 'The window closes at (Paris time)', kind: 'time' },
  quotaModels: { label: 'Quota models', kind: 'list', hint: 'Separated by commas, like Birkin, Kelly, Constance.' },
  quotaLimit: { label: 'Quota bags a year', kind: 'whole' },
  ratioLow: { label: 'Spend band from (times the bag’s price)', kind: 'decimal' },
  ratioHigh: { label: 'Spend band to (times the bag’s price)', kind: 'decimal' },
  detaxeMinSpendMinor: { label: 'A form needs more than (€)', kind: 'euros' },
  detaxeGroupingDays: { label: 'Consecutive days on one form', kind: 'whole' },
  detaxeDeadlineMonths: { label: 'Validate by the end of the month, months after purchase', kind: 'whole' },
  detaxeRefundLow: { label: 'Refund from (% of the price)', kind: 'whole' },
  detaxeRefundHigh: { label: 'Refund to (% of the price)', kind: 'whole' },
  waitMonthsLow: { label: 'Shortest wait (months)', kind: 'whole' },
  waitMonthsHigh: { label: 'Longest wait (months)', kind: 'whole' },
};

/** The threshold is stored as the least spend (€100.01) and asked for as what a form must be more than (€100.00). */
function toText(key: RuleOverrideKey, value: unknown): string {
  const kind = FIELD_META[key].kind;
  if (kind === 'list') return (value as string[]).join(', ');
  if (kind === 'euros') return minorToInput((value as number) - 1, 'EUR');
  return String(value);
}

function fromText(key: RuleOverrideKey, text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  const kind = FIELD_META[key].kind;
  const t = text.trim();
  if (kind === 'time') return { ok: true, value: t };
  if (kind === 'list') return { ok: true, value: t.split(',').map((s) => s.trim()).filter((s) => s !== '') };
  if (kind === 'euros') {
    const reading = parseMoney(t, 'EUR');
    return reading.ok && reading.minor !== null ? { ok: true, value: reading.minor + 1 } : { ok: false, message: 'Enter an amount in euros, like 100.00.' };
  }
  if (t === '') return { ok: false, message: `${FIELD_META[key].label.replace(/ \(.*\)$/, '')} is a number.` };
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, message: `${FIELD_META[key].label.replace(/ \(.*\)$/, '')} is a number.` };
}

/** "Yours: …": the rule as the user set it, in the words of its reported sentence. */
function yoursSentence(id: string, r: ScreenRules): string {
  switch (id) {
    case 'lottery-window':
      return `The window runs ${r.hoursText.hours} Paris time.`;
    case 'quota-models':
      return `${listWords(r.quotaModels)} count as quota, ${r.quotaLimit} a year.`;
    case 'spend-ratio':
      return `Your band: ${r.ratio.low} to ${r.ratio.high} times a bag’s price on other items.`;
    case 'detaxe':
      return `More than ${r.detaxeThreshold} on one form, over up to ${r.detaxe.groupingDays} consecutive day${r.detaxe.groupingDays === 1 ? '' : 's'}; validate by the end of the ${ordinal(r.detaxe.deadlineMonthsAfter)} month after; about ${r.detaxe.refundPercentRange[0]}–${r.detaxe.refundPercentRange[1]}% back.`;
    case 'special-order-wait':
      return `Waits of ${r.waitMonths[0]} to ${r.waitMonths[1]} months.`;
    default:
      return '';
  }
}

export function RulesSection({ settings }: { settings: Settings }) {
  const rules = useRules();
  return (
    <section className="card settings-card" aria-labelledby="rules-title">
      <h2 className="card-title" id="rules-title">
        Rules Carnet uses
      </h2>
      <p className="muted">
        Reported practice and official rules, each with its source and when it was last checked. Carnet never fetches them. Where you know better — the hours changed,
        your store counts a Constance — set your own values: yours are used everywhere the rule is, until you restore the reported ones.
      </p>
      <dl className="rules-list">
        {REFERENCE_RULES.map((r) => (
          <RuleEntry key={r.id} rule={r} settings={settings} rules={rules} />
        ))}
      </dl>
    </section>
  );
}

function RuleEntry({ rule: r, settings, rules }: { rule: ReferenceRule; settings: Settings; rules: ScreenRules }) {
  const fields = RULE_FIELDS[r.id] ?? [];
  const mine = fields.filter((k) => rules.overridden.includes(k));
  const [editing, setEditing] = useState(false);
  const update = useWrite('settings.update');
  const [restoreError, setRestoreError] = useState<string | null>(null);

  const restore = () => {
    setRestoreError(null);
    const next: RuleOverrides = { ...settings.rules };
    for (const k of fields) delete next[k];
    update.mutate({ rules: next }, { onError: (e) => setRestoreError(e.message) });
  };

  return (
    <div className="rule-entry" data-rule={r.id}>
      <dt>{r.title}</dt>
      <dd>
        <p className={mine.length > 0 ? 'rule-reported' : undefined}>
          {mine.length > 0 && <span className="rule-tag">Reported</span>}
          {r.says}
        </p>
        {mine.length > 0 && (
          <p className="rule-own">
            <span className="rule-tag rule-tag--yours">Yours</span>
            {yoursSentence(r.id, rules)}
          </p>
        )}
        <p className="muted small">
          {r.source} · checked {formatMonth(r.checked)}
          {r.url && (
            <>
              {' '}
              · <span className="rule-url">{r.url}</span>
            </>
          )}
        </p>
        {r.yours && <p className="small rule-yours">{r.yours}</p>}
        {fields.length > 0 && !editing && (
          <div className="rule-actions">
            <button type="button" className="button button--small" onClick={() => setEditing(true)} aria-label={`Set your own values: ${r.title}`}>
              <Pencil size={14} aria-hidden /> Set your own
            </button>
            {mine.length > 0 && (
              <button type="button" className="button button--small button--ghost" onClick={restore} disabled={update.isPending} aria-label={`Restore the reported values: ${r.title}`}>
                <RotateCcw size={14} aria-hidden /> Restore the reported values
              </button>
            )}
          </div>
        )}
        {restoreError && (
          <p className="field-error" role="alert">
            {restoreError}
          </p>
        )}
        {editing && <RuleEditor rule={r} fields={fields} settings={settings} onDone={() => setEditing(false)} />}
      </dd>
    </div>
  );
}

function RuleEditor({ rule: r, fields, settings, onDone }: { rule: ReferenceRule; fields: readonly RuleOverrideKey[]; settings: Settings; onDone: () => void }) {
  const update = useWrite('settings.update');
  const current = { ...REPORTED_OVERRIDE_VALUES, ...settings.rules };
  const [text, setText] = useState<Record<string, string>>(() => Object.fromEntries(fields.map((k) => [k, toText(k, current[k])])));
  const [errors, setErrors] = useState<Partial<Record<RuleOverrideKey, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);

  const save = (e: React.FormEvent) => {
    e.preventDefault();
    setFormError(null);
    const next: RuleOverrides = { ...settings.rules };
    const problems: Partial<Record<RuleOverrideKey, string>> = {};
    for (const k of fields) {
      const read = fromText(k, text[k] ?? '');
      if (!read.ok) {
        problems[k] = read.message;
        continue;
      }
      // A value typed back to the reported one is no longer the user's own.
      if (JSON.stringify(read.value) === JSON.stringify(REPORTED_OVERRIDE_VALUES[k])) delete next[k];
      else (next as Record<string, unknown>)[k] = read.value;
    }
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    update.mutate(
      { rules: next },
      {
        onSuccess: onDone,
        onError: (err) => {
          const placed: Partial<Record<RuleOverrideKey, string>> = {};
          let unplaced = !(err instanceof ApiError) || err.issues.length === 0;
          for (const issue of err instanceof ApiError ? err.issues : []) {
            const key = issue.path[1] as RuleOverrideKey | undefined;
            if (issue.path[0] === 'rules' && key && fields.includes(key)) placed[key] = issue.message;
            else unplaced = true;
          }
          setErrors(placed);
          if (unplaced) setFormError(err.message);
        },
      },
    );
  };

  return (
    <form className="rule-editor" onSubmit={save} aria-label={`Your values: ${r.title}`} noValidate>
      <div className="rule-editor-fields">
        {fields.map((k) => {
          const meta = FIELD_META[k];
          const id = `rule-${k}`;
          const error = errors[k];
          return (
            <div className={`field${meta.kind === 'list' ? ' rule-editor-wide' : ''}`} key={k}>
              <label htmlFor={id}>{meta.label}</label>
              <input
                id={id}
                type={meta.kind === 'time' ? 'time' : 'text'}
                inputMode={meta.kind === 'whole' ? 'numeric' : meta.kind === 'decimal' || meta.kind === 'euros' ? 'decimal' : undefined}
                value={text[k] ?? ''}
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${id}-error` : `${id}-hint`}
                onChange={(e) => setText((t) => ({ ...t, [k]: e.target.value }))}
              />
              {error ? (
                <p className="field-error" id={`${id}-error`} role="alert">
                  {error}
                </p>
              ) : (
                <p className="field-hint" id={`${id}-hint`}>
                  {meta.hint ? `${meta.hint} ` : ''}Reported: {meta.kind === 'euros' ? `more than €${toText(k, REPORTED_OVERRIDE_VALUES[k])}` : toText(k, REPORTED_OVERRIDE_VALUES[k])}.
                </p>
              )}
            </div>
          );
        })}
      </div>
      {formError && (
        <p className="field-error" role="alert">
          {formError}
        </p>
      )}
      <div className="rule-actions">
        <button type="submit" className="button button--primary button--small" disabled={update.isPending}>
          Use my values
        </button>
        <button type="button" className="button button--small button--ghost" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
