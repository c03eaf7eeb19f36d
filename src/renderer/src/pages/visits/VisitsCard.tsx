/**
 * The store visits of a contact or of a trip's days, as a card of its own (the contact and trip
 * pages only place it), with "Record a visit" already filled in for them.
 */
import { Plus } from 'lucide-react';
import { useState } from 'react';
import { useChannel } from '../../lib/query';
import { href } from '../../lib/router';
import { VisitForm } from './VisitForm';
import { VisitRow } from './VisitsPage';
import '../../styles/visits.css';

export function VisitsCard({ contactId, tripId, initial, title = 'Store visits' }: { contactId?: number; tripId?: number; initial?: { day?: string; boutiqueId?: number; contactId?: number }; title?: string }) {
  const visits = useChannel('visits.list', contactId !== undefined ? { contactId } : { tripId });
  const [adding, setAdding] = useState(false);
  const id = `visits-card-${contactId ?? 'c'}-${tripId ?? 't'}`;
  return (
    <section className="card visits-card" aria-labelledby={id}>
      <h2 className="card-title" id={id}>
        {title}
        <button type="button" className="button button--small" onClick={() => setAdding(true)}>
          <Plus size={14} aria-hidden /> Record a visit
        </button>
      </h2>
      {visits.isPending && <p className="muted">Loading…</p>}
      {visits.error && <p className="field-error">{visits.error.message}</p>}
      {visits.data && visits.data.length === 0 && <p className="muted">No visit recorded{contactId !== undefined ? ' with them' : ' on these days'} yet.</p>}
      {visits.data && visits.data.length > 0 && (
        <ol className="card-list visit-list">
          {visits.data.map((v) => (
            <li key={v.id}>
              <VisitRow visit={v} compact />
            </li>
          ))}
        </ol>
      )}
      {visits.data && visits.data.length > 0 && (
        <p className="muted">
          <a href={href('/visits')}>All store visits</a>
        </p>
      )}
      {adding && <VisitForm initial={initial} onClose={() => setAdding(false)} />}
    </section>
  );
}
