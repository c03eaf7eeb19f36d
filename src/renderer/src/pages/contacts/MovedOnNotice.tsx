/** A contact who moved on: since when, where to, and who at the same boutique to continue with. */
import { UserRoundX } from 'lucide-react';
import { MOVED_ON_LABELS, type Contact } from '../../../../shared/api/contacts';
import { formatDay } from '../../lib/format';
import { useChannel } from '../../lib/query';
import { relativeDay } from '../../lib/relative-day';
import { href } from '../../lib/router';
import { ROLE_LABELS } from './labels';
import './relationship.css';

export function MovedOnNotice({ contact: c }: { contact: Contact }) {
  const next = useChannel('contacts.continueWith', { id: c.id }, { enabled: c.movedOn !== null });
  if (!c.movedOn) return null;
  const suggestions = (next.data ?? []).slice(0, 3);
  return (
    <section className="banner banner--warn moved-on" aria-label="Moved on">
      <UserRoundX size={18} aria-hidden className="moved-on-icon" />
      <div>
        <p className="moved-on-text">
          <strong>{MOVED_ON_LABELS[c.movedOn.reason]}</strong> on {formatDay(c.movedOn.day)}
          {c.movedOn.to ? ` — ${c.movedOn.to}` : ''}. Their history with you stays here; a keep-in-touch cadence no longer produces follow-ups.
        </p>
        {suggestions.length > 0 ? (
          <p className="moved-on-text">
            Continue with:{' '}
            {suggestions.map((s, i) => (
              <span key={s.id}>
                {i > 0 && ', '}
                <a href={href(`/contacts/${s.id}`)}>{s.name}</a>
                <span className="muted">
                  {' '}
                  ({[ROLE_LABELS[s.role], s.lastInteractionDay ? `last contact ${relativeDay(s.lastInteractionDay)}` : 'not contacted yet'].join(', ')})
                </span>
              </span>
            ))}
          </p>
        ) : (
          next.data && <p className="moved-on-text muted">Nobody else is recorded at this boutique yet.</p>
        )}
      </div>
    </section>
  );
}
