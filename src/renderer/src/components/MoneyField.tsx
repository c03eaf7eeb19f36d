import { useId, useRef, type FocusEventHandler } from 'react';
import { Controller, type Control, type FieldValues, type Path } from 'react-hook-form';
import { formatMoney, minorToInput, moneyProblem, parseMoney, type MoneyReading } from '../../../shared/domain/money';
import '../styles/money-field.css';

/** The form's own words for an empty or unreadable amount ("Enter the price.", "Enter an amount like 1250.00."). */
export interface MoneyWords {
  empty?: string;
  notAmount?: string;
}

/**
 * Typed text → minor units for a form's submit, or the sentence to show beside the field. Empty
 * text is `null` unless `words.empty` is given (then the amount is required). An ambiguous amount
 * ("12.345") is an error here: nothing is saved until the user has answered the field's question.
 */
export function readAmount(text: string, currency: string, words: MoneyWords = {}): { ok: true; minor: number | null } | { ok: false; message: string } {
  const reading = parseMoney(text, currency);
  if (reading.ok) return { ok: true, minor: reading.minor };
  if (reading.reason === 'empty' && words.empty === undefined) return { ok: true, minor: null };
  return { ok: false, message: moneyProblem(reading, currency, words)! };
}

export interface MoneyFieldProps {
  label: string;
  currency: string;
  value: string;
  onChange: (text: string) => void;
  onBlur?: FocusEventHandler<HTMLInputElement>;
  name?: string;
  /** react-hook-form's field.ref, so the form can focus the field it complains about. */
  inputRef?: (el: HTMLInputElement | null) => void;
  /** The form's message after a save was tried (or the contract's); the field's own question comes first. */
  error?: string | undefined;
  /** Said under the field when there is nothing else to say. */
  hint?: string | undefined;
  placeholder?: string;
  className?: string;
  disabled?: boolean;
  autoFocus?: boolean;
}

/** Text that already says the amount plainly ("210", "12.50") needs no "Reads as". */
function plain(text: string, reading: MoneyReading, currency: string): boolean {
  if (!reading.ok) return true;
  const t = text.trim();
  return /^\d+$/.test(t) || t === minorToInput(reading.minor, currency);
}

/**
 * The one amount input: the typed text is read as the person types, in their locale. An amount
 * that could be read two ways ("12.345": twelve thousand or twelve?) is asked back with both
 * readings as buttons that rewrite the input; one above the cap is said to be too large in words;
 * a readable amount in a form other than the plain one shows what it reads as ("€1,250.50").
 */
export function MoneyField({ label, currency, value, onChange, onBlur, name, inputRef, error, hint, placeholder, className, disabled, autoFocus }: MoneyFieldProps) {
  const id = useId();
  const own = useRef<HTMLInputElement | null>(null);
  const reading = parseMoney(value ?? '', currency);
  const ambiguous = !reading.ok && reading.reason === 'ambiguous' ? reading.candidates : null;
  const live = !reading.ok && reading.reason === 'too_large' ? moneyProblem(reading, currency) : null;
  const message = ambiguous ? null : (live ?? error ?? null);
  const readAs = !ambiguous && !message && reading.ok && !plain(value, reading, currency) ? formatMoney(reading.minor, currency) : null;
  const note = !ambiguous && !message && !readAs ? hint : undefined;
  const messageId = `${id}-message`;
  const invalid = Boolean(message) || (Boolean(ambiguous) && Boolean(error));

  const setRef = (el: HTMLInputElement | null) => {
    own.current = el;
    inputRef?.(el);
  };
  const choose = (minor: number) => {
    onChange(minorToInput(minor, currency));
    own.current?.focus();
  };

  return (
    <div className={`field money-field${invalid ? ' field--invalid' : ''}${ambiguous ? ' money-field--asking' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        ref={setRef}
        name={name}
        className="num"
        inputMode="decimal"
        autoComplete="off"
        spellCheck={false}
        value={value ?? ''}
        onChange={(e) => onChange(e.target.value)}
        onBlur={onBlur}
        placeholder={placeholder ?? minorToInput(0, currency)}
        disabled={disabled}
        data-autofocus={autoFocus ? true : undefined}
        aria-invalid={invalid}
        aria-describedby={ambiguous || message || readAs || note ? messageId : undefined}
      />
      {ambiguous ? (
        <p className="money-message money-question" id={messageId} role={error ? 'alert' : 'status'}>
          <span>Did you mean</span>{' '}
          <button type="button" className="money-choice" onClick={() => choose(ambiguous[0])}>
            {formatMoney(ambiguous[0], currency)}
          </button>{' '}
          <span>or</span>{' '}
          <span className="money-last">
            <button type="button" className="money-choice" onClick={() => choose(ambiguous[1])}>
              {formatMoney(ambiguous[1], currency)}
            </button>
            ?
          </span>
        </p>
      ) : message ? (
        <p className="money-message field-error" id={messageId} role="alert">
          {message}
        </p>
      ) : readAs ? (
        <p className="money-message field-hint money-reads" id={messageId}>
          Reads as <strong>{readAs}</strong>
        </p>
      ) : note ? (
        <p className="money-message field-hint" id={messageId}>
          {note}
        </p>
      ) : null}
    </div>
  );
}

/** A MoneyField bound to a react-hook-form text field (value, change, blur, name and focus ref). */
export function MoneyController<T extends FieldValues>({
  control,
  name,
  ...rest
}: { control: Control<T>; name: Path<T> } & Omit<MoneyFieldProps, 'value' | 'onChange' | 'onBlur' | 'name' | 'inputRef'>) {
  return (
    <Controller
      control={control}
      name={name}
      render={({ field }) => (
        <MoneyField {...rest} value={field.value} onChange={field.onChange} onBlur={field.onBlur} name={field.name} inputRef={field.ref} />
      )}
    />
  );
}
