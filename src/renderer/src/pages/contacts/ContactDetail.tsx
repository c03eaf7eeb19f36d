import { DateTime } from 'luxon';
import { ArrowLeft, BellRing, CalendarClock, ClipboardList, Combine, Mail, MessageCircle, Pencil, Phone, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { CATEGORY_LABELS, type Purchase } from '../../../../shared/api/purchases';
import type { Contact } from '../../../../shared/api/contacts';
import { DeleteRecordDialog } from '../../components/DeleteRecordDialog';
import { Attachments } from '../../components/attachments/Attachments';
import { ErrorState, LoadingState, PageHeader } from '../../components/States';
import { formatDay, formatMoney } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { relativeDay, todayDay } from '../../lib/relative-day';
import { href, navigate } from '../../lib/router';
import { ContactForm } from './ContactForm';
import { Avatar } from './Avatar';
import { InteractionLog } from './InteractionLog';
import { GiftsCard } from './GiftsCard';
import { KeepInTouchCard } from './KeepInTouchCard';
import { MergeDialog } from './MergeDialog';
import { MovedOnNotice } from './MovedOnNotice';
import { ROLE_LABELS } from './labels';
import { VisitsCard } from '../visits/VisitsCard';

export function ContactDetail({ id }: { id: number }) {
  const contact = useChannel('contacts.get', { id });
  const boutiques = useChannel('boutiques.list');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [merging, setMerging] = useState(false);

  const back = (
    <a className="back-link" href={href('/contacts')}>
      <ArrowLeft size={16} aria-hidden /> All contacts
    </a>
  );
  if (contact.isPending) return <LoadingState label="Loading the contact…" />;
  if (contact.error) {
    return (
      <div className="page">
        {back}
        <ErrorState message={contact.error.message} onRetry={contact.error.code === 'not_found' ? undefined : () => void contact.refetch()} />
      </div>
    );
  }
  const c = contact.data;
  const boutique = boutiques.data?.find((b) => b.id === c.boutiqueId);

  return (
    <div className="page">
      {back}
      <PageHeader
        title={c.name}
        subtitle={
          <span className="contact-subtitle">
            <Avatar name={c.name} large />
            <span>
              {[ROLE_LABELS[c.role], c.department].filter(Boolean).join(' · ')}
              {boutique ? (
                <>
                  {' '}
                  at <strong>{boutique.name}</strong>
                  {boutique.city !== 'Paris' || boutique.isHome ? ` (${boutique.city}${boutique.isHome ? ', home store' : ''})` : ''}
                </>
              ) : (
                c.boutiqueId === null && ' · not tied to a boutique'
              )}
            </span>
          </span>
        }
        actions={
          <>
            <a className="button" href={href(`/visits/brief/contact/${c.id}`)}>
              <ClipboardList size={16} aria-hidden /> Brief
            </a>
            <button type="button" className="button" onClick={() => setEditing(true)}>
              <Pencil size={16} aria-hidden /> Edit
            </button>
            <button type="button" className="button" onClick={() => setMerging(true)}>
              <Combine size={16} aria-hidden /> Merge a duplicate
            </button>
            <button type="button" className="button button--danger-ghost" onClick={() => setDeleting(true)}>
              <Trash2 size={16} aria-hidden /> Delete
            </button>
          </>
        }
      />
      <MovedOnNotice contact={c} />
      <div className="contact-layout">
        <div className="contact-main">
          <ContactStats contact={c} />
          <InteractionLog contactId={c.id} />
          <VisitsCard contactId={c.id} initial={{ contactId: c.id, boutiqueId: c.boutiqueId ?? undefined }} />
        </div>
        <aside className="contact-side" aria-label="About this contact">
          <KeepInTouchCard contact={c} />
          <FollowUpCard contact={c} />
          <ContactPurchases contactId={c.id} />
          <GiftsCard contactId={c.id} name={c.name} />
          <DetailsCard contact={c} />
          <Attachments recordKind="contact" recordId={c.id} title="Business card and photos" />
        </aside>
      </div>
      <ContactForm open={editing} contact={c} onClose={() => setEditing(false)} onSaved={() => setEditing(false)} />
      <MergeDialog open={merging} contact={c} onClose={() => setMerging(false)} />
      <DeleteRecordDialog
        open={deleting}
        channel="contacts.delete"
        kind="contact"
        id={c.id}
        label={c.name}
        title="Delete this contact?"
        message={
          <p>
            <strong>{c.name}</strong> goes to the Trash with their interaction log and decision notes. A contact that purchases, appointment attempts,
            special orders or offers still name cannot be deleted.
          </p>
        }
        confirmLabel="Delete contact"
        reopenOnUndo
        onClose={() => setDeleting(false)}
        onDeleted={() => {
          setDeleting(false);
          navigate('/contacts');
        }}
      />
    </div>
  );
}

function ContactStats({ contact: c }: { contact: Contact }) {
  const totals = useChannel('purchases.totals', { groupBy: 'contact', contactId: c.id });
  return (
    <dl className="contact-stats">
      <div className="stat">
        <dt>Last contact</dt>
        <dd>
          {c.lastInteractionDay ? (
            <>
              <span className="stat-value">{formatDay(c.lastInteractionDay, false)}</span>
              <span className="muted">{relativeDay(c.lastInteractionDay)}</span>
            </>
          ) : (
            <span className="stat-value muted">None logged</span>
          )}
        </dd>
      </div>
      <div className="stat">
        <dt>Interactions</dt>
        <dd>
          <span className="stat-value">{c.interactionCount}</span>
          {c.metOn && <span className="muted">since {formatDay(c.metOn, false)}</span>}
        </dd>
      </div>
      <div className="stat">
        <dt>Spent with {c.name.split(' ')[0]}</dt>
        <dd>
          {totals.data && totals.data.length > 0 ? (
            totals.data.map((t) => (
              <span key={t.currency} className="stat-value">
                {formatMoney(t.totalMinor, t.currency)}
              </span>
            ))
          ) : (
            <span className="stat-value muted">{totals.isPending ? '…' : 'Nothing yet'}</span>
          )}
        </dd>
      </div>
    </dl>
  );
}

function FollowUpCard({ contact: c }: { contact: Contact }) {
  const update = useWrite('contacts.update');
  const today = todayDay();
  const [day, setDay] = useState(c.followUpOn ?? '');
  const [prev, setPrev] = useState(c.followUpOn);
  // Keep the box in step with the saved value when it changes elsewhere (the edit form).
  if (prev !== c.followUpOn) {
    setPrev(c.followUpOn);
    setDay(c.followUpOn ?? '');
  }
  const set = (value: string | null) => update.mutate({ id: c.id, followUpOn: value });
  const due = c.followUpOn !== null && c.followUpOn <= today;
  const plus = (amount: { weeks?: number; months?: number }) => DateTime.fromISO(today).plus(amount).toISODate()!;

  return (
    <section className={`card follow-up${due ? ' follow-up--due' : ''}`} aria-labelledby="follow-up-title">
      <h2 className="card-title" id="follow-up-title">
        Follow-up
      </h2>
      {c.followUpOn ? (
        <p className="follow-up-status">
          {due ? <BellRing size={16} aria-hidden /> : <CalendarClock size={16} aria-hidden />}
          <span>
            {due ? (c.followUpOn === today ? 'Due today' : `Due since ${formatDay(c.followUpOn, false)}`) : `On ${formatDay(c.followUpOn)}`}
            <span className="muted"> · {relativeDay(c.followUpOn, today)}</span>
          </span>
        </p>
      ) : (
        <p className="muted follow-up-status">No follow-up planned.</p>
      )}
      <form
        className="follow-up-form"
        onSubmit={(e) => {
          e.preventDefault();
          set(day || null);
        }}
      >
        <label className="sr-only" htmlFor="follow-up-day">
          Follow-up day
        </label>
        <input id="follow-up-day" type="date" value={day} onChange={(e) => setDay(e.target.value)} />
        <button type="submit" className="button" disabled={update.isPending || day === (c.followUpOn ?? '')}>
          Set
        </button>
      </form>
      <div className="follow-up-quick">
        <button type="button" className="button button--small" onClick={() => set(plus({ weeks: 1 }))}>
          In a week
        </button>
        <button type="button" className="button button--small" onClick={() => set(plus({ months: 1 }))}>
          In a month
        </button>
        {c.followUpOn && (
          <button type="button" className="button button--small button--danger-ghost" onClick={() => set(null)}>
            {due ? 'Done · clear' : 'Clear'}
          </button>
        )}
      </div>
      {update.error && (
        <p className="field-error" role="alert">
          {update.error.issues[0]?.message ?? update.error.message}
        </p>
      )}
    </section>
  );
}

function itemsLine(p: Purchase): string {
  const first = p.items[0];
  if (!first) return 'Receipt';
  return p.items.length === 1 ? first.description : `${first.description} + ${p.items.length - 1} more`;
}

function ContactPurchases({ contactId }: { contactId: number }) {
  const purchases = useChannel('purchases.list', { contactId, limit: 1000 });
  const totals = useChannel('purchases.totals', { groupBy: 'contact', contactId });
  return (
    <section className="card" aria-labelledby="contact-purchases-title">
      <h2 className="card-title" id="contact-purchases-title">
        Purchases with them
      </h2>
      {purchases.isPending && <p className="muted">Loading…</p>}
      {purchases.error && <p className="field-error">{purchases.error.message}</p>}
      {purchases.data && purchases.data.length === 0 && (
        <p className="muted">
          No purchase names this contact yet. <a href={href('/purchases')}>Record a receipt</a> and choose them as the SA.
        </p>
      )}
      {purchases.data && purchases.data.length > 0 && (
        <>
          <ul className="contact-purchases">
            {purchases.data.map((p) => (
              <li key={p.id}>
                <a href={href(`/purchases/${p.id}`)} className="contact-purchase">
                  <span className="contact-purchase-what">
                    <span>{itemsLine(p)}</span>
                    <span className="muted">
                      {formatDay(p.day)} · {[...new Set(p.items.map((i) => CATEGORY_LABELS[i.category]))].join(', ')}
                    </span>
                  </span>
                  <span className="num">{formatMoney(p.totalMinor, p.currency)}</span>
                </a>
              </li>
            ))}
          </ul>
          {totals.data && (
            <dl className="contact-purchase-totals">
              {totals.data.map((t) => (
                <div key={t.currency}>
                  <dt>
                    Total in {t.currency} · {t.count} receipt{t.count === 1 ? '' : 's'}
                  </dt>
                  <dd className="num">{formatMoney(t.totalMinor, t.currency)}</dd>
                </div>
              ))}
            </dl>
          )}
        </>
      )}
    </section>
  );
}

function DetailsCard({ contact: c }: { contact: Contact }) {
  return (
    <section className="card" aria-labelledby="details-title">
      <h2 className="card-title" id="details-title">
        Details
      </h2>
      <dl className="facts">
        <dt>Phone</dt>
        <dd>
          {c.phone ? (
            <span className="fact-icon">
              <Phone size={14} aria-hidden /> {c.phone}
            </span>
          ) : (
            <span className="muted">Not set</span>
          )}
        </dd>
        <dt>E-mail</dt>
        <dd>
          {c.email ? (
            <span className="fact-icon">
              <Mail size={14} aria-hidden /> {c.email}
            </span>
          ) : (
            <span className="muted">Not set</span>
          )}
        </dd>
        <dt>Messaging</dt>
        <dd>
          {c.messaging ? (
            <span className="fact-icon">
              <MessageCircle size={14} aria-hidden /> {c.messaging}
            </span>
          ) : (
            <span className="muted">Not set</span>
          )}
        </dd>
        <dt>Languages</dt>
        <dd>
          {c.languages.length > 0 ? (
            <span className="tag-row">
              {c.languages.map((l) => (
                <span key={l} className="chip chip--small">
                  {l}
                </span>
              ))}
            </span>
          ) : (
            <span className="muted">Not set</span>
          )}
        </dd>
        <dt>Met on</dt>
        <dd>{c.metOn ? formatDay(c.metOn) : <span className="muted">Not set</span>}</dd>
      </dl>
      {c.notes && (
        <>
          <h3 className="details-notes-title">Notes</h3>
          <p className="prose">{c.notes}</p>
        </>
      )}
    </section>
  );
}
