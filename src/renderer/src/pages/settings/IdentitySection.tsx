/**
 * Passport and ID numbers, per person (you, or a companion by name), for the Paris lottery form.
 * The list shows them masked; the full number is fetched only when "Reveal" or "Copy" is pressed,
 * lives in this component's state (never in the query cache), and is masked again after 30
 * seconds or as soon as the window is hidden.
 */
import { DateTime } from 'luxon';
import { AlertTriangle, Check, Copy, Eye, EyeOff, IdCard, Pencil, Plus, Trash2 } from 'lucide-react';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { DOCUMENT_LABELS, IDENTITY_DOCUMENTS, type IdentityDocument, type IdentityNumber } from '../../../../shared/api/identities';
import type { Trip } from '../../../../shared/api/trips';
import { request } from '../../api';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { ErrorState, LoadingState } from '../../components/States';
import { applyApiError } from '../../lib/form-errors';
import { formatDay, formatDayRange } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import '../../styles/identities.css';
import { expiryFlag, VALIDITY_MONTHS } from './identity-expiry';

export const REVEAL_SECONDS = 30;

const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const countryName = (code: string) => {
  try {
    return regionNames.of(code) ?? code;
  } catch {
    return code;
  }
};

const whose = (person: string | null) => person ?? 'You';
/** 'passport', 'ID card': the label inside a sentence. */
const inSentence = (d: IdentityDocument) => (d === 'passport' ? 'passport' : DOCUMENT_LABELS[d]);
/** "your passport", "Marie's ID card": for button labels a screen reader reads alone. */
const docOf = (i: IdentityNumber) => `${i.person === null ? 'your' : `${i.person}’s`} ${inSentence(i.document)}`;

export function IdentitySection() {
  const list = useChannel('identities.list');
  const trips = useChannel('trips.list', { limit: 1000 });
  const [editing, setEditing] = useState<IdentityNumber | 'new' | null>(null);
  const [deleting, setDeleting] = useState<IdentityNumber | null>(null);
  // Bumped by each save, so a number shown before an edit is masked again.
  const [saves, setSaves] = useState(0);
  const remove = useWrite('identities.delete');
  const today = DateTime.local().toISODate() ?? '';

  const groups = new Map<string | null, IdentityNumber[]>();
  for (const i of list.data ?? []) groups.set(i.person, [...(groups.get(i.person) ?? []), i]);
  const companions = [...new Set((trips.data ?? []).flatMap((t) => t.companions.map((c) => c.name)))].sort((a, b) => a.localeCompare(b));

  return (
    <section className="card settings-card identities" aria-labelledby="identities-title">
      <div className="identities-head">
        <h2 className="card-title" id="identities-title">
          Passport and ID numbers
        </h2>
        {list.data && list.data.length > 0 && (
          <button type="button" className="button" onClick={() => setEditing('new')}>
            <Plus size={15} aria-hidden /> Add a number
          </button>
        )}
      </div>
      <p className="muted small">
        The Paris lottery form asks for a passport or ID card number for each person who applies. Carnet seals these numbers with a key kept by your
        operating system, shows them only when you ask, and never lets them leave this computer unless you tick “Include passport and ID numbers” when
        exporting.
      </p>
      {list.isPending && <LoadingState label="Loading identity numbers…" />}
      {list.error && <ErrorState message={list.error.message} onRetry={() => void list.refetch()} />}
      {list.data && list.data.length === 0 && (
        <div className="identities-empty">
          <IdCard size={18} aria-hidden />
          <p>No numbers yet. Add your passport or ID card — and your companions’ — to have them at hand when you fill in the lottery form in Paris.</p>
          <button type="button" className="button button--primary" onClick={() => setEditing('new')}>
            <Plus size={15} aria-hidden /> Add a number
          </button>
        </div>
      )}
      {[...groups].map(([person, items]) => (
        <table className="table identity-table" key={person ?? ''}>
          <caption>{whose(person)}</caption>
          <thead>
            <tr>
              <th scope="col">Document</th>
              <th scope="col">Issued by</th>
              <th scope="col">Expires</th>
              <th scope="col">Number</th>
              <th scope="col">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.id}>
                <td>{DOCUMENT_LABELS[i.document]}</td>
                <td>{i.issuingCountry ? countryName(i.issuingCountry) : <span className="muted">—</span>}</td>
                <td>
                  <Expiry identity={i} trips={trips.data ?? []} today={today} />
                </td>
                <td>
                  <NumberCell identity={i} key={saves} />
                </td>
                <td className="identity-actions">
                  <button type="button" className="icon-button" aria-label={`Edit ${docOf(i)}`} onClick={() => setEditing(i)}>
                    <Pencil size={16} aria-hidden />
                  </button>
                  <button type="button" className="icon-button" aria-label={`Delete ${docOf(i)}`} onClick={() => setDeleting(i)}>
                    <Trash2 size={16} aria-hidden />
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      {editing !== null && (
        <IdentityForm
          identity={editing === 'new' ? undefined : editing}
          companions={companions}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setSaves((n) => n + 1);
            setEditing(null);
          }}
        />
      )}
      <ConfirmDialog
        open={deleting !== null}
        title={`Delete ${deleting ? docOf(deleting) : ''} number?`}
        message={
          <p>
            The {deleting ? inSentence(deleting.document) : ''} number of <strong>{deleting ? whose(deleting.person) : ''}</strong>
            {deleting?.masked ? ` (${deleting.masked})` : ''} is removed from this journal. Backups made before today still hold it, sealed.
          </p>
        }
        confirmLabel="Delete"
        danger
        busy={remove.isPending}
        error={remove.error?.message ?? null}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id }, { onSuccess: () => setDeleting(null) })}
        onClose={() => {
          setDeleting(null);
          remove.reset();
        }}
      />
    </section>
  );
}

function Expiry({ identity, trips, today }: { identity: IdentityNumber; trips: Trip[]; today: string }) {
  if (!identity.expiresOn) return <span className="muted">Not given</span>;
  const flag = expiryFlag(identity.expiresOn, identity.person, trips, today);
  return (
    <div className="identity-expiry">
      <span className="nowrap">{formatDay(identity.expiresOn)}</span>
      {flag?.kind === 'expired' && (
        <span className="identity-flag identity-flag--expired">
          <AlertTriangle size={13} aria-hidden /> Expired
        </span>
      )}
      {flag?.kind === 'near-trip' && (
        <span className="identity-flag identity-flag--soon">
          <AlertTriangle size={13} aria-hidden /> Less than {VALIDITY_MONTHS} months left after {flag.trip.title} ({formatDayRange(flag.trip.startDay, flag.trip.endDay)})
        </span>
      )}
    </div>
  );
}

/** The masked number; Reveal shows it for REVEAL_SECONDS, Copy puts it on the clipboard unseen. */
function NumberCell({ identity }: { identity: IdentityNumber }) {
  const [shown, setShown] = useState<{ number: string; until: number } | null>(null);
  const [left, setLeft] = useState(REVEAL_SECONDS);
  const [busy, setBusy] = useState(false);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);

  useEffect(() => {
    if (!shown) return;
    const hide = setTimeout(() => setShown(null), REVEAL_SECONDS * 1000);
    const tick = setInterval(() => setLeft(Math.max(1, Math.ceil((shown.until - Date.now()) / 1000))), 1000);
    const onHidden = () => {
      if (document.visibilityState === 'hidden') setShown(null);
    };
    document.addEventListener('visibilitychange', onHidden);
    return () => {
      clearTimeout(hide);
      clearInterval(tick);
      document.removeEventListener('visibilitychange', onHidden);
    };
  }, [shown]);

  useEffect(() => {
    if (!note?.ok) return;
    const t = setTimeout(() => setNote(null), 4000);
    return () => clearTimeout(t);
  }, [note]);

  if (!identity.readable) {
    return <span className="muted small">Sealed on another computer: cannot be read here. Edit it to enter the number again.</span>;
  }

  const fetchNumber = async (): Promise<string | null> => {
    setBusy(true);
    setNote(null);
    try {
      return (await request('identities.reveal', { id: identity.id })).number;
    } catch (err) {
      setNote({ ok: false, text: err instanceof Error ? err.message : 'The number could not be read.' });
      return null;
    } finally {
      setBusy(false);
    }
  };

  const reveal = async () => {
    const number = await fetchNumber();
    if (number === null) return;
    setLeft(REVEAL_SECONDS);
    setShown({ number, until: Date.now() + REVEAL_SECONDS * 1000 });
  };

  const copy = async () => {
    const number = shown?.number ?? (await fetchNumber());
    if (number === null) return;
    try {
      await navigator.clipboard.writeText(number);
      setNote({ ok: true, text: 'Copied' });
    } catch {
      setNote({ ok: false, text: 'Carnet could not use the clipboard. Reveal the number and copy it by hand.' });
    }
  };

  return (
    <div className="identity-number-cell">
      <span className={`identity-number${shown ? ' identity-number--shown' : ''}`}>
        {shown ? shown.number : identity.masked}
      </span>
      {shown ? (
        <button type="button" className="button button--small" onClick={() => setShown(null)} aria-label={`Hide ${docOf(identity)} number`}>
          <EyeOff size={14} aria-hidden /> Hide
        </button>
      ) : (
        <button type="button" className="button button--small" disabled={busy} onClick={() => void reveal()} aria-label={`Reveal ${docOf(identity)} number`}>
          <Eye size={14} aria-hidden /> Reveal
        </button>
      )}
      <button type="button" className="button button--small" disabled={busy} onClick={() => void copy()} aria-label={`Copy ${docOf(identity)} number`}>
        <Copy size={14} aria-hidden /> Copy
      </button>
      {shown && <span className="muted small identity-countdown">Masked again in {left} s</span>}
      <span role="status" className={note?.ok ? 'saved small' : 'field-error'}>
        {note?.ok && <Check size={13} aria-hidden />}
        {note?.text}
      </span>
    </div>
  );
}

interface FormValues {
  person: string;
  document: IdentityDocument;
  number: string;
  issuingCountry: string;
  expiresOn: string;
}

const FIELDS = ['person', 'document', 'number', 'issuingCountry', 'expiresOn'];

interface IdentityFormProps {
  identity: IdentityNumber | undefined;
  companions: string[];
  onClose: () => void;
  onSaved: () => void;
}

function IdentityForm({ identity, companions, onClose, onSaved }: IdentityFormProps) {
  const add = useWrite('identities.add');
  const update = useWrite('identities.update');
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<FormValues>({
    defaultValues: {
      person: identity?.person ?? '',
      document: identity?.document ?? 'passport',
      // Never prefilled: editing does not reveal the stored number.
      number: '',
      issuingCountry: identity?.issuingCountry ?? '',
      expiresOn: identity?.expiresOn ?? '',
    },
  });

  const submit = handleSubmit(async (v) => {
    setFormError(null);
    const common = { person: v.person || null, document: v.document, issuingCountry: v.issuingCountry || null, expiresOn: v.expiresOn || null };
    try {
      if (identity) await update.mutateAsync({ id: identity.id, ...common, ...(v.number ? { number: v.number } : {}) });
      else await add.mutateAsync({ ...common, number: v.number });
      onSaved();
    } catch (err) {
      setFormError(applyApiError(err, setError, FIELDS));
    }
  });

  return (
    <Dialog
      title={identity ? `Edit ${docOf(identity)}` : 'Add a passport or ID number'}
      open
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="identity-form" className="button button--primary" disabled={isSubmitting}>
            {identity ? 'Save changes' : 'Add number'}
          </button>
        </>
      }
    >
      <form id="identity-form" className="form" onSubmit={submit} noValidate autoComplete="off">
        {formError && (
          <p className="banner banner--error" role="alert">
            {formError}
          </p>
        )}
        <div className="form-grid">
          <Field label="Whose document" error={errors.person?.message} hint="Leave empty for your own; otherwise the companion’s name.">
            {(a) => <input {...a} {...register('person')} list="identity-companions" placeholder="You" autoFocus />}
          </Field>
          <datalist id="identity-companions">
            {companions.map((c) => (
              <option key={c} value={c} />
            ))}
          </datalist>
          <Field label="Document" error={errors.document?.message}>
            {(a) => (
              <select {...a} {...register('document')}>
                {IDENTITY_DOCUMENTS.map((d) => (
                  <option key={d} value={d}>
                    {DOCUMENT_LABELS[d]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field
            label="Number"
            error={errors.number?.message}
            hint={identity ? `Leave empty to keep the number ending ${identity.masked?.slice(-4) ?? ''} as it is.` : 'As printed on the document; spaces and dashes are ignored.'}
          >
            {(a) => <input {...a} {...register('number')} spellCheck={false} autoCapitalize="characters" maxLength={40} />}
          </Field>
          <Field label="Issuing country" error={errors.issuingCountry?.message} hint="Two letters: FR, US, GB, JP…">
            {(a) => <input {...a} {...register('issuingCountry')} maxLength={2} className="identity-country-input" autoCapitalize="characters" />}
          </Field>
          <Field label="Expires on" error={errors.expiresOn?.message}>
            {(a) => <input {...a} type="date" {...register('expiresOn')} />}
          </Field>
        </div>
      </form>
    </Dialog>
  );
}
