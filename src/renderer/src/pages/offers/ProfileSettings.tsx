/** What the user sets for the spend profile: the bag they hope for, linked stores, online purchases. */
import { Globe, Link2, Pencil, Plus, Target, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { StoreGroup, SpendTarget } from '../../../../shared/api/profile';
import { RATIO_FOLKLORE_LABEL } from '../../../../shared/domain/spend-profile';
import { ConfirmDialog, Dialog } from '../../components/Dialog';
import { Field } from '../../components/Field';
import { formatDay, formatMoney } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { COMMON_CURRENCIES } from '../purchases/labels';
import { MoneyController, readAmount } from '../../components/MoneyField';
import { placeErrors } from './place-errors';
import { useOnOpen } from '../../lib/form-opening';

const CURRENCY_OPTIONS = [...COMMON_CURRENCIES, ...Intl.supportedValuesOf('currency').filter((c) => !COMMON_CURRENCIES.includes(c))];

interface TargetValues {
  label: string;
  price: string;
  currency: string;
}

export function TargetsCard({ targets, defaultCurrency }: { targets: SpendTarget[]; defaultCurrency: string }) {
  const set = useWrite('profile.setTarget');
  const remove = useWrite('profile.deleteTarget');
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    watch,
    formState: { errors, isSubmitting },
  } = useForm<TargetValues>({ defaultValues: { label: '', price: '', currency: defaultCurrency } });

  const submit = handleSubmit(async (v) => {
    setFormError(null);
    const price = readAmount(v.price, v.currency, { empty: 'Enter the price, like 10400 or 10,400.00.', notAmount: 'Enter the price, like 10400 or 10,400.00.' });
    const priceMinor = price.ok ? price.minor : null;
    if (!price.ok || priceMinor === null) {
      setError('price', { type: 'client', message: price.ok ? 'Enter the price, like 10400 or 10,400.00.' : price.message }, { shouldFocus: true });
      return;
    }
    try {
      await set.mutateAsync({ currency: v.currency, priceMinor, label: v.label || null });
      reset({ label: '', price: '', currency: v.currency });
    } catch (err) {
      setFormError(placeErrors(err, setError, { priceMinor: 'price', currency: 'currency', label: 'label' }));
    }
  });

  return (
    <section className="card offers-targets" aria-labelledby="targets-title">
      <h2 className="card-title" id="targets-title">
        The bag you hope for
      </h2>
      {targets.length === 0 ? (
        <p className="muted offers-targets-empty">Enter its price to see your spend-to-bag ratio at each store, in that currency only.</p>
      ) : (
        <ul className="plain-list offers-target-list">
          {targets.map((t) => (
            <li key={t.currency}>
              <Target size={15} aria-hidden />
              <span>
                {t.label && <strong>{t.label} · </strong>}
                {formatMoney(t.priceMinor, t.currency)}
              </span>
              <button
                type="button"
                className="icon-button"
                aria-label={`Remove the ${t.currency} price`}
                disabled={remove.isPending}
                onClick={() => remove.mutate({ currency: t.currency })}
              >
                <Trash2 size={15} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="offers-target-form" onSubmit={submit} noValidate aria-label="Set the price of the bag you hope for">
        {formError && (
          <p className="banner banner--error" role="alert">
            {formError}
          </p>
        )}
        <Field label="Bag" error={errors.label?.message}>
          {(a) => <input {...a} {...register('label')} placeholder="Kelly 25 Togo" />}
        </Field>
        <MoneyController
          control={control}
          name="price"
          label="Price"
          currency={watch('currency')}
          error={errors.price?.message}
          placeholder="10400"
        />
        <Field label="Currency" error={errors.currency?.message}>
          {(a) => (
            <select {...a} {...register('currency')}>
              {CURRENCY_OPTIONS.map((c) => (
                <option key={c} value={c}>
                  {c}
                </option>
              ))}
            </select>
          )}
        </Field>
        <button type="submit" className="button" disabled={isSubmitting}>
          Save price
        </button>
      </form>
      <p className="offers-folklore">{RATIO_FOLKLORE_LABEL}</p>
    </section>
  );
}

interface GroupValues {
  name: string;
  boutiqueIds: string[];
  notes: string;
}

function GroupForm({ open, group, onClose }: { open: boolean; group?: StoreGroup; onClose: () => void }) {
  const boutiques = useChannel('boutiques.list');
  const create = useWrite('profile.createGroup');
  const update = useWrite('profile.updateGroup');
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isSubmitting },
  } = useForm<GroupValues>({ defaultValues: { name: '', boutiqueIds: [], notes: '' } });
  useOnOpen(open, () => {
    reset({ name: group?.name ?? '', boutiqueIds: group?.boutiqueIds.map(String) ?? [], notes: group?.notes ?? '' });
    setFormError(null);
  });

  const submit = handleSubmit(async (v) => {
    setFormError(null);
    const input = { name: v.name, boutiqueIds: (v.boutiqueIds || []).map(Number), notes: v.notes || null };
    try {
      if (group) await update.mutateAsync({ id: group.id, ...input });
      else await create.mutateAsync(input);
      onClose();
    } catch (err) {
      setFormError(placeErrors(err, setError, { name: 'name', boutiqueIds: 'boutiqueIds', notes: 'notes' }));
    }
  });

  return (
    <Dialog
      title={group ? `Edit ${group.name}` : 'Link stores'}
      open={open}
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" form="group-form" className="button button--primary" disabled={isSubmitting}>
            {group ? 'Save changes' : 'Create group'}
          </button>
        </>
      }
    >
      <form id="group-form" className="form" onSubmit={submit} noValidate>
        <p className="offers-dialog-lead">
          Stores whose spend you want read together — for example the Paris boutiques, or a home store and the stores it is said to share client
          profiles with.
        </p>
        {formError && (
          <p className="banner banner--error" role="alert">
            {formError}
          </p>
        )}
        <Field label="Group name" error={errors.name?.message}>
          {(a) => <input {...a} {...register('name')} placeholder="Paris boutiques" autoFocus />}
        </Field>
        <fieldset className="form-section">
          <legend>Stores</legend>
          <div className="checkbox-row">
            {boutiques.data?.filter((b) => !b.archivedAt || group?.boutiqueIds.includes(b.id)).map((b) => (
              <label key={b.id} className="checkbox">
                <input type="checkbox" value={String(b.id)} {...register('boutiqueIds')} />
                {b.name}
                {b.city !== 'Paris' && <span className="muted"> · {b.city}</span>}
              </label>
            ))}
          </div>
          {errors.boutiqueIds && (
            <p className="field-error" role="alert">
              {errors.boutiqueIds.message}
            </p>
          )}
        </fieldset>
        <Field label="Notes" error={errors.notes?.message}>
          {(a) => <textarea {...a} rows={2} {...register('notes')} />}
        </Field>
      </form>
    </Dialog>
  );
}

export function GroupsCard({ groups, storeNames }: { groups: StoreGroup[]; storeNames: (id: number) => string }) {
  const remove = useWrite('profile.deleteGroup');
  const [editing, setEditing] = useState<StoreGroup | 'new' | null>(null);
  const [deleting, setDeleting] = useState<StoreGroup | null>(null);
  return (
    <section className="card" aria-labelledby="groups-title">
      <header className="offers-card-header">
        <h2 className="card-title" id="groups-title">
          Linked stores
        </h2>
        <button type="button" className="button button--small" onClick={() => setEditing('new')}>
          <Plus size={15} aria-hidden /> Link stores
        </button>
      </header>
      {groups.length === 0 ? (
        <p className="muted">No groups yet. Link stores to read their spend together — each store is still shown on its own too.</p>
      ) : (
        <ul className="plain-list offers-groups">
          {groups.map((g) => (
            <li key={g.id}>
              <Link2 size={15} aria-hidden />
              <span>
                <strong>{g.name}</strong> <span className="muted">· {g.boutiqueIds.map(storeNames).join(', ')}</span>
              </span>
              <button type="button" className="icon-button" aria-label={`Edit ${g.name}`} onClick={() => setEditing(g)}>
                <Pencil size={15} aria-hidden />
              </button>
              <button type="button" className="icon-button" aria-label={`Delete ${g.name}`} onClick={() => setDeleting(g)}>
                <Trash2 size={15} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <GroupForm open={editing !== null} {...(editing && editing !== 'new' ? { group: editing } : {})} onClose={() => setEditing(null)} />
      <ConfirmDialog
        open={deleting !== null}
        title="Delete this group?"
        message={<p>{deleting?.name} will no longer be read together. The stores, purchases and offers stay as they are.</p>}
        confirmLabel="Delete group"
        danger
        busy={remove.isPending}
        error={remove.error?.message ?? null}
        onClose={() => {
          remove.reset();
          setDeleting(null);
        }}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id }, { onSuccess: () => setDeleting(null) })}
      />
    </section>
  );
}

/** Ticking a purchase flags it as bought online at once (one small write per tick). */
function OnlineDialog({ open, onlineIds, onClose }: { open: boolean; onlineIds: number[]; onClose: () => void }) {
  const purchases = useChannel('purchases.list', { limit: 1000 }, { enabled: open });
  const setOnline = useWrite('profile.setOnline');
  const online = new Set(onlineIds);
  return (
    <Dialog
      title="Online purchases"
      open={open}
      onClose={onClose}
      wide
      footer={
        <button type="button" className="button button--primary" onClick={onClose}>
          Done
        </button>
      }
    >
      <p className="offers-dialog-lead">Tick what you bought online. It is then shown apart, never in a store’s or a group’s spend.</p>
      {setOnline.error && (
        <p className="banner banner--error" role="alert">
          {setOnline.error.message}
        </p>
      )}
      {purchases.data && purchases.data.length === 0 && <p className="muted">No purchases recorded yet.</p>}
      <ul className="plain-list offers-online-list">
        {purchases.data?.map((p) => (
          <li key={p.id}>
            <label className="checkbox">
              <input
                type="checkbox"
                checked={online.has(p.id)}
                disabled={setOnline.isPending}
                onChange={(e) => setOnline.mutate({ purchaseIds: [p.id], online: e.target.checked })}
              />
              <span>
                {formatDay(p.day)} · {p.items.map((i) => i.description).join(', ')} · {formatMoney(p.totalMinor, p.currency)}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </Dialog>
  );
}

export function OnlineCard({ onlineIds }: { onlineIds: number[] }) {
  const [open, setOpen] = useState(false);
  return (
    <section className="card" aria-labelledby="online-title">
      <header className="offers-card-header">
        <h2 className="card-title" id="online-title">
          Online purchases
        </h2>
        <button type="button" className="button button--small" onClick={() => setOpen(true)}>
          <Globe size={15} aria-hidden /> Choose
        </button>
      </header>
      <p className="muted">
        {onlineIds.length === 0
          ? 'None flagged. Purchases made on hermes.com are reported not to count toward a store’s profile; flag them to keep them apart.'
          : `${onlineIds.length} purchase${onlineIds.length === 1 ? '' : 's'} flagged as bought online, shown apart from every store.`}
      </p>
      <OnlineDialog open={open} onlineIds={onlineIds} onClose={() => setOpen(false)} />
    </section>
  );
}
