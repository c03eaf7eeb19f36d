/** Who was met during the stay (interactions dated within the trip's days), and what was offered. */
import { Gift, Users } from 'lucide-react';
import { DECISION_LABELS, type OfferDecision } from '../../../../shared/api/offers';
import type { Trip } from '../../../../shared/api/trips';
import { ErrorState, LoadingState } from '../../components/States';
import { formatDay } from '../../lib/format';
import { todayDay } from '../../lib/relative-day';
import { href } from '../../lib/router';
import { KIND_ICONS, KIND_LABELS, ROLE_LABELS } from '../contacts/labels';
import { priceText, quotaWord } from '../offers/labels';
import { byContact, offersDuring } from './trip-model';
import type { TripData } from './use-trip-data';

export function ContactsMet({ trip, data }: { trip: Trip; data: TripData }) {
  const { interactions, contacts, boutiques } = data;
  const groups = byContact(interactions.data ?? []);
  const upcoming = todayDay() < trip.startDay;
  const contactOf = (id: number) => contacts.data?.find((c) => c.id === id) ?? null;
  const boutiqueName = (id: number | null) => (id === null ? null : (boutiques.data?.find((b) => b.id === id)?.name ?? null));
  return (
    <section className="card tp-section" aria-labelledby="tp-met-title">
      <header className="tp-section-header">
        <div>
          <h2 className="card-title" id="tp-met-title">
            Contacts met
          </h2>
          {groups.length > 0 && (
            <p className="tp-section-sub">
              {groups.length} {groups.length === 1 ? 'person' : 'people'} · from {formatDay(trip.startDay, false)} to {formatDay(trip.endDay, false)}
            </p>
          )}
        </div>
      </header>
      {interactions.isPending && <LoadingState label="Loading who you met…" />}
      {interactions.error && <ErrorState message={interactions.error.message} onRetry={() => void interactions.refetch()} />}
      {interactions.data && groups.length === 0 && (
        <p className="tp-empty">
          {upcoming ? 'The stay has not begun.' : 'Nobody logged during the stay yet.'} On a <a href={href('/contacts')}>contact’s page</a>, log a visit, a call
          or a gift dated within the trip and it shows here.
        </p>
      )}
      {groups.length > 0 && (
        <ul className="tp-people">
          {groups.map(({ contactId, entries }) => {
            const c = contactOf(contactId);
            const where = [c ? ROLE_LABELS[c.role] : null, c?.department, boutiqueName(c?.boutiqueId ?? null)].filter(Boolean).join(' · ');
            return (
              <li key={contactId} className="tp-person">
                <div className="tp-person-head">
                  <a className="tp-person-name" href={href(`/contacts/${contactId}`)}>
                    {c?.name ?? `Contact ${contactId}`}
                  </a>
                  {where && <span className="tp-small muted">{where}</span>}
                </div>
                <ul className="tp-log">
                  {entries.map((x) => {
                    const Icon = KIND_ICONS[x.kind];
                    return (
                      <li key={x.id}>
                        <Icon size={13} aria-hidden />
                        <span className="tp-log-day">{formatDay(x.day, false)}</span>
                        <span>
                          <span className="tp-log-kind">{KIND_LABELS[x.kind]}</span> — {x.summary}
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

const DECISION_TONE: Record<OfferDecision, string> = { pending: 'pending', taken: 'granted', declined: 'not_granted' };

export function TripOffers({ trip, data }: { trip: Trip; data: TripData }) {
  const { offers } = data;
  const list = offersDuring(offers.data ?? [], trip.startDay, trip.endDay);
  const upcoming = todayDay() < trip.startDay;
  const boutiqueName = (id: number | null) => (id === null ? null : (data.boutiques.data?.find((b) => b.id === id)?.name ?? null));
  const contactName = (id: number | null) => (id === null ? null : (data.contacts.data?.find((c) => c.id === id)?.name ?? null));
  return (
    <section className="card tp-section" aria-labelledby="tp-offers-title">
      <header className="tp-section-header">
        <div>
          <h2 className="card-title" id="tp-offers-title">
            Offers during the trip
          </h2>
          {list.length > 0 && (
            <p className="tp-section-sub">
              {list.length} offer{list.length === 1 ? '' : 's'} · {list.filter((o) => o.decision === 'taken').length} taken
            </p>
          )}
        </div>
      </header>
      {offers.isPending && <LoadingState label="Loading offers…" />}
      {offers.error && <ErrorState message={offers.error.message} onRetry={() => void offers.refetch()} />}
      {offers.data && list.length === 0 && (
        <p className="tp-empty">
          {upcoming ? 'The stay has not begun.' : 'No offer recorded during the stay.'} When an SA offers you a bag or a piece, <a href={href('/offers')}>record it on the Offers screen</a>: what, by whom,
          and whether you took it.
        </p>
      )}
      {list.length > 0 && (
        <ul className="tp-offers">
          {list.map((o) => {
            const spec = [o.leather, o.colour, o.hardware].filter(Boolean).join(' · ');
            const who = [boutiqueName(o.boutiqueId), contactName(o.contactId)].filter(Boolean).join(' · ');
            const price = priceText(o);
            const quota = quotaWord(o);
            return (
              <li key={o.id} className="tp-offer">
                <Gift size={15} aria-hidden className="tp-offer-icon" />
                <div className="tp-offer-main">
                  <a className="tp-offer-model" href={href(`/offers/${o.id}`)}>
                    {[o.model, o.size].filter(Boolean).join(' ')}
                  </a>
                  {spec && <span className="tp-small">{spec}</span>}
                  <span className="tp-small muted">
                    {formatDay(o.day, false)}
                    {o.time && ` · ${o.time}`}
                    {who && ` · ${who}`}
                    {quota && ` · ${quota}`}
                    {price && ` · ${price}`}
                  </span>
                </div>
                <span className={`status status--${DECISION_TONE[o.decision]}`}>{DECISION_LABELS[o.decision]}</span>
              </li>
            );
          })}
        </ul>
      )}
      {offers.data && list.length === 0 && groupsHint(data)}
    </section>
  );
}

/** When the SA log mentions an offer during the stay that was never recorded as one. */
function groupsHint(data: TripData) {
  const mentioned = data.interactions.data?.filter((x) => x.kind === 'offered') ?? [];
  if (mentioned.length === 0) return null;
  return (
    <p className="tp-hint">
      <Users size={13} aria-hidden /> {mentioned.length} interaction{mentioned.length === 1 ? '' : 's'} of the stay say{mentioned.length === 1 ? 's' : ''} something was
      offered: record {mentioned.length === 1 ? 'it' : 'them'} as an offer to keep the quota count right.
    </p>
  );
}
