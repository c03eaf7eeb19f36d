/**
 * Store visits: every visit to a boutique, patrols grouped as one day's sequence; a visit's page
 * with its patrol, notes and photos, and the doors to its brief and debrief. The brief and the
 * debrief of an appointment, a visit or a contact live here too (#/visits/brief/attempt/12).
 */
import { ArrowLeft, ClipboardList, Footprints, NotebookPen, Pencil, Plus, Trash2 } from 'lucide-react';
import { useState } from 'react';
import type { Visit } from '../../../../shared/api/visits';
import { DecisionNotes } from '../../components/DecisionNotes';
import { DeleteRecordDialog } from '../../components/DeleteRecordDialog';
import { Attachments } from '../../components/attachments/Attachments';
import { EmptyState, ErrorState, LoadingState, PageHeader } from '../../components/States';
import { useChannel } from '../../lib/query';
import { href, navigate } from '../../lib/router';
import { BriefPage } from './BriefPage';
import { DebriefPage } from './DebriefPage';
import { VisitForm } from './VisitForm';
import { OutcomeChip, SpecChips, visitWhen, visitWhere } from './visit-bits';
import '../../styles/visits.css';

const SUBJECTS = ['attempt', 'visit', 'contact'] as const;
type Subject = (typeof SUBJECTS)[number];
const isSubject = (s: string | undefined): s is Subject => (SUBJECTS as readonly string[]).includes(s ?? '');

export function VisitsPage({ route }: { route: string[] }) {
  const [head, kind, rawId] = route;
  if ((head === 'brief' || head === 'debrief') && isSubject(kind) && rawId && /^\d+$/.test(rawId)) {
    if (head === 'brief') return <BriefPage subject={kind} id={Number(rawId)} />;
    if (kind !== 'contact') return <DebriefPage subject={kind} id={Number(rawId)} />;
  }
  if (head && /^\d+$/.test(head)) return <VisitDetail id={Number(head)} />;
  return <VisitList creating={head === 'new'} />;
}

/** Visits by day, a patrol's stops together under their day. */
function groupByDay(visits: Visit[]): { day: string; visits: Visit[] }[] {
  const days: { day: string; visits: Visit[] }[] = [];
  for (const v of visits) {
    const last = days.at(-1);
    if (last && last.day === v.day) last.visits.push(v);
    else days.push({ day: v.day, visits: [v] });
  }
  return days;
}

function VisitList({ creating }: { creating: boolean }) {
  const visits = useChannel('visits.list');
  const [adding, setAdding] = useState(creating);
  const all = visits.data ?? [];
  const action = (
    <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
      <Plus size={16} aria-hidden /> Record a visit
    </button>
  );
  return (
    <div className="page">
      <PageHeader title="Store visits" subtitle="Every visit to a boutique, with or without an appointment — and patrols, store after store in one day." actions={action} />
      {visits.isPending && <LoadingState label="Loading the visits…" />}
      {visits.error && <ErrorState message={visits.error.message} onRetry={() => void visits.refetch()} />}
      {visits.data && all.length === 0 && (
        <EmptyState icon={Footprints} title="No store visits yet" action={action}>
          Write down each visit: who you saw, what you asked for, what was shown, and what came of it. A patrol of several stores is one form.
        </EmptyState>
      )}
      {groupByDay(all).map((d) => (
        <section key={d.day} className="visit-day" aria-label={visitWhen({ day: d.day, time: null, timeZone: 'Europe/Paris' })}>
          <h2 className="visit-day-title">
            {visitWhen({ day: d.day, time: null, timeZone: 'Europe/Paris' })}
            {d.visits.some((v) => v.patrolId !== null) && <span className="chip chip--small">Patrol · {d.visits.filter((v) => v.patrolId !== null).length} stores</span>}
          </h2>
          <ol className="card-list visit-list">
            {d.visits.map((v) => (
              <li key={v.id}>
                <VisitRow visit={v} />
              </li>
            ))}
          </ol>
        </section>
      ))}
      {adding && <VisitForm onClose={() => setAdding(false)} />}
    </div>
  );
}

export function VisitRow({ visit: v, compact = false }: { visit: Visit; compact?: boolean }) {
  return (
    <a className="card card--link visit-row" href={href(`/visits/${v.id}`)}>
      <span className="visit-row-main">
        <span className="visit-row-title">
          {v.patrolStop !== null && <span className="visit-stop-no">{v.patrolStop + 1}</span>}
          {visitWhere(v)}
          {v.time && <span className="muted"> · {v.time}</span>}
          {compact && <span className="muted"> · {visitWhen({ ...v, time: null })}</span>}
        </span>
        {v.contactName && <span className="muted">with {v.contactName}</span>}
        {v.asked && <span>Asked: {v.asked}</span>}
        {v.shown && <span>Shown: {v.shown}</span>}
        <SpecChips spec={v} />
      </span>
      <span className="visit-row-meta">
        <OutcomeChip visit={v} />
        {v.leatherDesk && <span className="chip chip--small">Leather desk</span>}
        {v.waitingList && <span className="chip chip--small">Waiting list</span>}
      </span>
    </a>
  );
}

function VisitDetail({ id }: { id: number }) {
  const visit = useChannel('visits.get', { id });
  const v = visit.data;
  const patrol = useChannel('visits.list', { patrolId: v?.patrolId ?? 0 }, { enabled: Boolean(v?.patrolId) });
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const back = (
    <a className="back-link" href={href('/visits')}>
      <ArrowLeft size={16} aria-hidden /> All visits
    </a>
  );
  if (visit.isPending) return <LoadingState label="Loading the visit…" />;
  if (!v) {
    return (
      <div className="page">
        {back}
        <ErrorState message={visit.error?.message ?? 'This visit is not in the journal.'} />
      </div>
    );
  }
  const label = `Visit to ${visitWhere(v)}`;
  return (
    <div className="page">
      {back}
      <PageHeader
        title={label}
        subtitle={
          <span>
            {visitWhen(v)} {v.contactName && <>· with <a href={href(`/contacts/${v.contactId}`)}>{v.contactName}</a></>}
          </span>
        }
        actions={
          <>
            <a className="button" href={href(`/visits/brief/visit/${v.id}`)}>
              <ClipboardList size={16} aria-hidden /> Brief
            </a>
            {v.status === 'done' && (
              <a className="button" href={href(`/visits/debrief/visit/${v.id}`)}>
                <NotebookPen size={16} aria-hidden /> Debrief
              </a>
            )}
            <button type="button" className="button" onClick={() => setEditing(true)}>
              <Pencil size={16} aria-hidden /> Edit
            </button>
            <button type="button" className="button button--danger-ghost" onClick={() => setDeleting(true)}>
              <Trash2 size={16} aria-hidden /> Delete
            </button>
          </>
        }
      />
      <div className="visit-layout">
        <section className="card" aria-labelledby="visit-facts">
          <h2 className="card-title" id="visit-facts">
            What happened <OutcomeChip visit={v} />
          </h2>
          <dl className="visit-facts">
            <div>
              <dt>What you asked for</dt>
              <dd>{v.asked ?? <span className="muted">Not written</span>}</dd>
            </div>
            <div>
              <dt>What was available or shown</dt>
              <dd>
                {v.shown ?? <span className="muted">Not written</span>}
                <SpecChips spec={v} />
              </dd>
            </div>
            <div>
              <dt>Leather desk</dt>
              <dd>{v.leatherDesk ? 'Involved' : 'No'}</dd>
            </div>
            <div>
              <dt>Waiting list</dt>
              <dd>{v.waitingList ? 'Mentioned' : 'No'}</dd>
            </div>
          </dl>
          {v.notes && <p className="prose visit-notes">{v.notes}</p>}
        </section>
        {v.patrolId !== null && (
          <section className="card" aria-labelledby="visit-patrol">
            <h2 className="card-title" id="visit-patrol">
              The patrol of {visitWhen({ ...v, time: null })}
            </h2>
            <ol className="visit-patrol">
              {(patrol.data ?? []).map((s) => (
                <li key={s.id} aria-current={s.id === v.id ? 'true' : undefined}>
                  <a href={href(`/visits/${s.id}`)}>{visitWhere(s)}</a>
                  {s.time && <span className="muted"> · {s.time}</span>} <OutcomeChip visit={s} />
                </li>
              ))}
            </ol>
          </section>
        )}
        <Attachments recordKind="visit" recordId={v.id} title="Photos" />
      </div>
      <DecisionNotes subjectType="visit" subjectId={v.id} subjectLabel={label} title="Notes on this visit" />
      {editing && <VisitForm visit={v} onClose={() => setEditing(false)} />}
      <DeleteRecordDialog
        open={deleting}
        channel="visits.delete"
        kind="visit"
        id={v.id}
        label={label}
        title="Delete this visit?"
        message={
          <p>
            <strong>{label}</strong> goes to the Trash with its notes and photos.{v.patrolId !== null && ' The other stops of the patrol stay.'}
          </p>
        }
        confirmLabel="Delete visit"
        reopenOnUndo
        onClose={() => setDeleting(false)}
        onDeleted={() => {
          setDeleting(false);
          navigate('/visits');
        }}
      />
    </div>
  );
}
