import { ArrowLeft, BadgeCheck, ChartNoAxesCombined, Gift, Pencil, Plus, RotateCcw, Trash2, X } from 'lucide-react';
import { useMemo, useState } from 'react';
import { DECISION_LABELS, SOURCE_LABELS, type Offer, type OfferDecision } from '../../../../shared/api/offers';
import { describeOffer } from '../../../../shared/domain/offer-item';
import { DecisionNotes } from '../../components/DecisionNotes';
import { Attachments } from '../../components/attachments/Attachments';
import { BoutiqueSelect } from '../../components/boutiques/BoutiqueSelect';
import { DeleteRecordDialog } from '../../components/DeleteRecordDialog';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../components/States';
import { formatDay } from '../../lib/format';
import { useChannel } from '../../lib/query';
import { href, navigate } from '../../lib/router';
import { DecideDialog, TakeDialog } from './Decision';
import { OfferForm, type OfferPrefill } from './OfferForm';
import { QuotaCard } from './QuotaCard';
import { SpendProfilePage } from './SpendProfilePage';
import { boutiqueNamer, CATEGORY_ONE, offerWhen, priceText, quotaWord, quotaYearNote } from './labels';
import '../../styles/offers.css';

/**
 * '#/offers' the list and the quota year; '#/offers/12' one offer; '#/offers/profile' the spend
 * profile; '#/offers/new/attempt/7' (or '/special-order/3') opens the form for an offer from there.
 */
export function OffersPage({ route }: { route: string[] }) {
  const key = route.join('/');
  const startWith = useMemo((): OfferPrefill | undefined => {
    const [first, kind, from] = key.split('/');
    if (first !== 'new') return undefined;
    if (kind === 'attempt' && from) return { source: 'appointment', attemptId: from };
    if (kind === 'special-order' && from) return { source: 'special_order', specialOrderId: from };
    return {};
  }, [key]);
  if (route[0] === 'profile') return <SpendProfilePage />;
  if (startWith) return <OfferList startWith={startWith} />;
  const id = route[0] ? Number(route[0]) : null;
  return id ? <OfferDetail id={id} /> : <OfferList />;
}

type Filter = 'all' | OfferDecision;

function OfferList({ startWith }: { startWith?: OfferPrefill }) {
  const offers = useChannel('offers.list');
  const quota = useChannel('profile.quota');
  const boutiques = useChannel('boutiques.list');
  const contacts = useChannel('contacts.list');
  const [creating, setCreating] = useState(Boolean(startWith));
  const [filter, setFilter] = useState<Filter>('all');
  const [boutique, setBoutique] = useState('');
  const name = boutiqueNamer(boutiques.data);
  const saName = (id: number | null) => (id === null ? null : (contacts.data?.find((c) => c.id === id)?.name ?? null));

  const shown = (offers.data ?? []).filter((o) => (filter === 'all' || o.decision === filter) && (!boutique || String(o.boutiqueId) === boutique));
  const years = useMemo(() => [...new Set(shown.map((o) => o.quotaYear))].sort((a, b) => b - a), [shown]);
  const usedBoutiques = [...new Set((offers.data ?? []).map((o) => o.boutiqueId).filter((b): b is number => b !== null))];

  const record = (
    <button type="button" className="button button--primary" onClick={() => setCreating(true)}>
      <Plus size={16} aria-hidden /> Record an offer
    </button>
  );

  return (
    <div className="page">
      <PageHeader
        title="Offers"
        subtitle="What was offered, by whom and when — and what you decided."
        actions={
          <>
            <a className="button" href={href('/offers/profile')}>
              <ChartNoAxesCombined size={16} aria-hidden /> Spend profile
            </a>
            {record}
          </>
        }
      />
      {(offers.isPending || quota.isPending) && <LoadingState label="Loading offers…" />}
      {offers.error && <ErrorState message={offers.error.message} onRetry={() => void offers.refetch()} />}
      {quota.error && <ErrorState message={quota.error.message} onRetry={() => void quota.refetch()} />}
      {quota.data && <QuotaCard quota={quota.data} />}
      {offers.data && offers.data.length === 0 && (
        <EmptyState icon={Gift} title="No offers yet" action={record}>
          When an SA offers you something — at an appointment, on a call, as a walk-in, or when a special order arrives — record it here, with what you
          decided. The quota year and your spend profile are counted from it.
        </EmptyState>
      )}
      {offers.data && offers.data.length > 0 && (
        <>
          <div className="offers-filters">
            <div className="offers-segmented" role="group" aria-label="Show offers">
              {(['all', 'pending', 'taken', 'declined'] as const).map((f) => (
                <button key={f} type="button" className={`offers-segment${filter === f ? ' offers-segment--on' : ''}`} aria-pressed={filter === f} onClick={() => setFilter(f)}>
                  {f === 'all' ? 'All' : DECISION_LABELS[f]}
                </button>
              ))}
            </div>
            {usedBoutiques.length > 1 && (
              <label className="offers-filter-select">
                <span>Boutique</span>
                <BoutiqueSelect
                  value={boutique}
                  onChange={setBoutique}
                  emptyLabel="All boutiques"
                  include={(b) => usedBoutiques.includes(b.id)}
                  showArchived
                  allowAdd={false}
                />
              </label>
            )}
          </div>
          {shown.length === 0 && <p className="muted offers-none">No offers match these filters.</p>}
          {years.map((year) => (
            <section className="group" key={year} aria-label={`Offers of ${year}`}>
              <h2 className="group-title">{year}</h2>
              <ul className="card-list">
                {shown
                  .filter((o) => o.quotaYear === year)
                  .map((o) => (
                    <li key={o.id}>
                      <OfferCard offer={o} boutique={name(o.boutiqueId)} sa={saName(o.contactId)} />
                    </li>
                  ))}
              </ul>
            </section>
          ))}
        </>
      )}
      <OfferForm
        open={creating}
        {...(startWith ? { prefill: startWith } : {})}
        onClose={() => {
          setCreating(false);
          if (startWith) navigate('/offers');
        }}
        onSaved={(offer) => {
          setCreating(false);
          navigate(`/offers/${offer.id}`);
        }}
      />
    </div>
  );
}

function DecisionChip({ decision }: { decision: OfferDecision }) {
  return <span className={`status offers-status offers-status--${decision}`}>{DECISION_LABELS[decision]}</span>;
}

function OfferCard({ offer: o, boutique, sa }: { offer: Offer; boutique: string | null; sa: string | null }) {
  const quota = quotaWord(o);
  const price = priceText(o);
  return (
    <a className="card card--link offers-card" href={href(`/offers/${o.id}`)}>
      <div className="offers-card-main">
        <span className="offers-card-title">{describeOffer(o)}</span>
        <span className="muted">
          {offerWhen(o)}
          {boutique && ` · ${boutique}`}
          {sa && ` · ${sa}`}
        </span>
        {o.reason && <span className="offers-card-reason">“{o.reason}”</span>}
      </div>
      <div className="offers-card-meta">
        <span className="chip chip--small">{SOURCE_LABELS[o.source]}</span>
        {o.category !== 'bag' && <span className="chip chip--small">{CATEGORY_ONE[o.category]}</span>}
        {quota && <span className={`chip chip--small${o.quota ? ' offers-chip--quota' : ''}`}>{quota}</span>}
        {price && <span className="offers-card-price">{price}</span>}
        <DecisionChip decision={o.decision} />
      </div>
    </a>
  );
}

function OfferDetail({ id }: { id: number }) {
  const offer = useChannel('offers.get', { id });
  const boutiques = useChannel('boutiques.list');
  const contacts = useChannel('contacts.list');
  const [dialog, setDialog] = useState<null | 'edit' | 'take' | 'decline' | 'reopen' | 'delete'>(null);

  if (offer.isPending) return <LoadingState label="Loading the offer…" />;
  if (offer.error) {
    return (
      <div className="page">
        <a className="back-link" href={href('/offers')}>
          <ArrowLeft size={16} aria-hidden /> All offers
        </a>
        <ErrorState message={offer.error.message} />
      </div>
    );
  }
  const o = offer.data;
  const name = boutiqueNamer(boutiques.data);
  const sa = o.contactId === null ? null : contacts.data?.find((c) => c.id === o.contactId);
  const yearNote = quotaYearNote(o);
  const title = describeOffer(o);

  return (
    <div className="page">
      <a className="back-link" href={href('/offers')}>
        <ArrowLeft size={16} aria-hidden /> All offers
      </a>
      <PageHeader
        title={title}
        subtitle={
          <>
            Offered {offerWhen(o)}
            {o.boutiqueId !== null && ` · ${name(o.boutiqueId)}`} · <DecisionChip decision={o.decision} />
          </>
        }
        actions={
          <>
            {o.decision !== 'taken' && (
              <button type="button" className="button button--primary" onClick={() => setDialog('take')}>
                <BadgeCheck size={16} aria-hidden /> Take it
              </button>
            )}
            {o.decision === 'pending' && (
              <button type="button" className="button" onClick={() => setDialog('decline')}>
                <X size={16} aria-hidden /> Decline
              </button>
            )}
            {o.decision !== 'pending' && (
              <button type="button" className="button" onClick={() => setDialog('reopen')}>
                <RotateCcw size={16} aria-hidden /> Still deciding
              </button>
            )}
            <button type="button" className="button" onClick={() => setDialog('edit')}>
              <Pencil size={16} aria-hidden /> Edit
            </button>
            <button type="button" className="button button--danger-ghost" onClick={() => setDialog('delete')}>
              <Trash2 size={16} aria-hidden /> Delete
            </button>
          </>
        }
      />
      <div className="offers-detail-grid">
        <section className="card" aria-labelledby="offer-facts">
          <h2 className="card-title" id="offer-facts">
            The offer
          </h2>
          <dl className="facts">
            <dt>When</dt>
            <dd>
              {offerWhen(o)}
              {yearNote && <span className="offers-year-note">{yearNote}</span>}
            </dd>
            <dt>Boutique</dt>
            <dd>{name(o.boutiqueId) ?? <span className="muted">Not recorded</span>}</dd>
            <dt>SA</dt>
            <dd>{sa ? <a href={href(`/contacts/${sa.id}`)}>{sa.name}</a> : <span className="muted">Not recorded</span>}</dd>
            <dt>How it came</dt>
            <dd>
              {SOURCE_LABELS[o.source]}
              {o.attemptId !== null && (
                <>
                  {' · '}
                  <a href={href(`/appointments/${o.attemptId}`)}>the appointment attempt</a>
                </>
              )}
              {o.specialOrderId !== null && (
                <>
                  {' · '}
                  <a href={href(`/special-orders/${o.specialOrderId}`)}>the special order</a>
                </>
              )}
            </dd>
            <dt>Item</dt>
            <dd>
              {CATEGORY_ONE[o.category]}
              {quotaWord(o) && ` · ${quotaWord(o)}`}
            </dd>
            <dt>Price</dt>
            <dd>{priceText(o) ?? <span className="muted">Not noted</span>}</dd>
          </dl>
        </section>
        <section className="card" aria-labelledby="offer-decision">
          <h2 className="card-title" id="offer-decision">
            Your decision
          </h2>
          <dl className="facts">
            <dt>Decision</dt>
            <dd>
              <DecisionChip decision={o.decision} />
              {o.decidedOn && <span className="muted"> on {formatDay(o.decidedOn)}</span>}
            </dd>
            <dt>{o.decision === 'taken' ? 'Why' : o.decision === 'declined' ? 'Why not' : 'Thoughts'}</dt>
            <dd>{o.reason ?? <span className="muted">Not written</span>}</dd>
            {o.decision === 'taken' && (
              <>
                <dt>Purchase</dt>
                <dd>
                  {o.purchaseId !== null ? (
                    <a href={href(`/purchases/${o.purchaseId}`)}>Purchase of {formatDay(o.decidedOn ?? o.day)}</a>
                  ) : (
                    <span className="muted">Its purchase was deleted.</span>
                  )}
                </dd>
              </>
            )}
          </dl>
        </section>
        {o.notes && (
          <section className="card span-all" aria-labelledby="offer-notes">
            <h2 className="card-title" id="offer-notes">
              Notes
            </h2>
            <p className="prose">{o.notes}</p>
          </section>
        )}
        <div className="span-all">
          <Attachments recordKind="offer" recordId={o.id} title="Photos of the offer" />
        </div>
        <div className="span-all">
          <DecisionNotes subjectType="offer" subjectId={o.id} subjectLabel={title} />
        </div>
      </div>
      <OfferForm open={dialog === 'edit'} offer={o} onClose={() => setDialog(null)} onSaved={() => setDialog(null)} />
      {dialog === 'take' && <TakeDialog offer={o} onClose={() => setDialog(null)} />}
      {dialog === 'decline' && <DecideDialog offer={o} decision="declined" onClose={() => setDialog(null)} />}
      {dialog === 'reopen' && <DecideDialog offer={o} decision="pending" onClose={() => setDialog(null)} />}
      <DeleteRecordDialog
        open={dialog === 'delete'}
        channel="offers.delete"
        kind="offer"
        id={o.id}
        label={title}
        title="Delete this offer?"
        message={
          <p>
            <strong>{title}</strong> goes to the Trash with its decision notes.
            {o.purchaseId !== null && ' Its purchase stays in your purchases.'}
          </p>
        }
        confirmLabel="Delete offer"
        reopenOnUndo
        onClose={() => setDialog(null)}
        onDeleted={() => navigate('/offers')}
      />
    </div>
  );
}
