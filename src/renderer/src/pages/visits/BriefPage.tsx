/**
 * The brief: one page to read the evening before — the appointment (Paris time and yours), what
 * to ask for, the SA at a glance, the spend at that store per currency, the quota year, days
 * since the last offer, open special orders, and your own pinned advice. The same page prints
 * on paper and reads on a phone.
 */
import { ArrowLeft, NotebookPen, Printer } from 'lucide-react';
import type { Brief, BriefSpend } from '../../../../shared/api/briefs';
import { describeBag } from '../../../../shared/domain/special-order-spec';
import { INTERACTION_LABELS } from '../../../../shared/domain/labels';
import { PRIORITY_WORDS } from '../../../../shared/domain/wishlist';
import { STATUS_LABELS } from '../../../../shared/domain/special-order-status';
import { ColourSwatch } from '../../components/ColourSwatch';
import { ErrorState, LoadingState } from '../../components/States';
import { formatDay, formatMoney } from '../../lib/format';
import { useChannel } from '../../lib/query';
import { href } from '../../lib/router';
import { inDaysWords } from './visit-bits';
import '../../styles/brief.css';

type Subject = Brief['subject'];

const backTo = (subject: Subject, id: number): { path: string; label: string } =>
  subject === 'attempt' ? { path: `/appointments/${id}`, label: 'The appointment' } : subject === 'visit' ? { path: `/visits/${id}`, label: 'The visit' } : { path: `/contacts/${id}`, label: 'The contact' };

const city = (zone: string): string => zone.split('/').pop()!.replace(/_/g, ' ');

export function BriefPage({ subject, id }: { subject: Subject; id: number }) {
  const brief = useChannel('briefs.get', { subject, id });
  const back = backTo(subject, id);
  const backLink = (
    <a className="back-link" href={href(back.path)}>
      <ArrowLeft size={16} aria-hidden /> {back.label}
    </a>
  );
  if (brief.isPending) return <LoadingState label="Preparing the brief…" />;
  if (!brief.data) {
    return (
      <div className="page">
        {backLink}
        <ErrorState message={brief.error?.message ?? 'This brief cannot be made.'} />
      </div>
    );
  }
  const b = brief.data;
  const canDebrief = subject !== 'contact' && b.moment !== null && b.moment.inDays <= 0;
  return (
    <div className="page brief-page">
      <div className="brief-toolbar">
        {backLink}
        <span className="brief-toolbar-actions">
          {canDebrief && (
            <a className="button" href={href(`/visits/debrief/${subject}/${id}`)}>
              <NotebookPen size={16} aria-hidden /> Debrief
            </a>
          )}
          <button type="button" className="button" onClick={() => window.print()}>
            <Printer size={16} aria-hidden /> Print
          </button>
        </span>
      </div>
      <article className="brief" aria-label="Brief">
        <header className="brief-head">
          <p className="brief-kicker">Brief</p>
          <h1>{b.title}</h1>
          {b.moment && (
            <p className="brief-when">
              <strong>{formatDay(b.moment.day)}</strong>
              {b.moment.time && (
                <>
                  {' '}
                  · <strong>{b.moment.time}</strong> {city(b.moment.zone)}
                  {b.moment.homeZone !== b.moment.zone && b.moment.homeTime && (
                    <span className="muted">
                      {' '}
                      ({b.moment.homeTime}
                      {b.moment.homeDay !== b.moment.day && b.moment.homeDay ? ` ${formatDay(b.moment.homeDay, false)}` : ''} {city(b.moment.homeZone)})
                    </span>
                  )}
                </>
              )}{' '}
              <span className="chip chip--small">{inDaysWords(b.moment.inDays)}</span>
            </p>
          )}
          <dl className="brief-where">
            {b.store && (
              <div>
                <dt>Boutique</dt>
                <dd>
                  {b.store.name}
                  {b.store.address && <span className="muted"> · {b.store.address}</span>}
                </dd>
              </div>
            )}
            <div>
              <dt>SA</dt>
              <dd>
                {b.contact ? (
                  <>
                    <a href={href(`/contacts/${b.contact.id}`)}>{b.contact.name}</a>
                    {b.contact.phone && <span className="muted"> · {b.contact.phone}</span>}
                  </>
                ) : (
                  <span className="muted">Not known yet</span>
                )}
              </dd>
            </div>
          </dl>
        </header>

        <div className="brief-grid">
          <section className="brief-section" aria-labelledby="brief-ask">
            <h2 id="brief-ask">What to ask for</h2>
            {b.wishlist.length === 0 ? (
              <p className="muted">
                Nothing on the <a href={href('/wishlist')}>wishlist</a> yet.
              </p>
            ) : (
              <ol className="brief-wishes">
                {b.wishlist.map((w) => (
                  <li key={w.id}>
                    {w.exteriorColour && <ColourSwatch name={w.exteriorColour} size="small" />}
                    <span>
                      <strong>{[w.model, w.size].filter(Boolean).join(' ')}</strong>
                      <span className="brief-spec">{describeBag({ ...w, model: '', size: null }).replace(/^,?\s*/, '')}</span>
                      {w.alternatives && <span className="muted"> · would also take {w.alternatives}</span>}
                    </span>
                    <span className={`tp-priority tp-priority--${w.priority}`}>{PRIORITY_WORDS[w.priority]}</span>
                  </li>
                ))}
              </ol>
            )}
          </section>

          <section className="brief-section" aria-labelledby="brief-spend">
            <h2 id="brief-spend">{b.store ? `Spend at ${b.store.name}` : 'Spend'}</h2>
            <SpendTable spend={b.storeSpend} year={b.year} empty={b.store ? 'Nothing bought at this store yet.' : 'No store for this brief.'} />
            {b.groups.map((g) => (
              <div key={g.id}>
                <h3 className="brief-sub">With its linked stores: {g.label}</h3>
                <SpendTable spend={g.spend} year={b.year} empty="Nothing bought in this group yet." />
              </div>
            ))}
            <dl className="brief-facts">
              <div>
                <dt>Last offer</dt>
                <dd>
                  {b.lastOffer ? (
                    <>
                      <strong>{b.daysSinceLastOffer} days ago</strong> · {b.lastOffer.model} on {formatDay(b.lastOffer.day)}
                    </>
                  ) : (
                    <span className="muted">No offer recorded{b.store ? ' at this store' : ''}</span>
                  )}
                </dd>
              </div>
              <div>
                <dt>Quota year {b.quota.currentYear}</dt>
                <dd>
                  {b.quota.current.counted} of {b.quota.limit} quota bags <span className="muted">(community-reported limit)</span>
                </dd>
              </div>
            </dl>
          </section>

          <section className="brief-section" aria-labelledby="brief-sa">
            <h2 id="brief-sa">{b.contact ? `${b.contact.name} at a glance` : 'The relationship'}</h2>
            {!b.contact && <p className="muted">No SA named: the brief shows the store only.</p>}
            {b.contact && b.interactions.length === 0 && <p className="muted">Nothing logged with {b.contact.name} yet.</p>}
            {b.interactions.length > 0 && (
              <ul className="brief-log">
                {b.interactions.map((i) => (
                  <li key={i.id}>
                    <span className="brief-log-day">{formatDay(i.day)}</span> <span className="chip chip--small">{INTERACTION_LABELS[i.kind]}</span> {i.summary}
                  </li>
                ))}
              </ul>
            )}
            {b.contactNotes.length > 0 && (
              <>
                <h3 className="brief-sub">Your notes on {b.contact?.name}</h3>
                <ul className="brief-log">
                  {b.contactNotes.slice(0, 5).map((n) => (
                    <li key={n.id}>
                      <span className="brief-log-day">{formatDay(n.day)}</span> {n.body}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {b.visits.length > 0 && (
              <>
                <h3 className="brief-sub">Earlier visits</h3>
                <ul className="brief-log">
                  {b.visits.map((v) => (
                    <li key={v.id}>
                      <span className="brief-log-day">{formatDay(v.day)}</span> {v.boutiqueName}
                      {v.shown && <span className="muted"> · shown {v.shown}</span>}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>

          <section className="brief-section" aria-labelledby="brief-orders">
            <h2 id="brief-orders">Open special orders</h2>
            {b.openOrders.length === 0 ? (
              <p className="muted">None open.</p>
            ) : (
              <ul className="brief-log">
                {b.openOrders.map((o) => (
                  <li key={o.id}>
                    <strong>{[o.model, o.size].filter(Boolean).join(' ')}</strong> · {STATUS_LABELS[o.status]}
                    {o.wait.daysSincePlaced !== null && <span> · {o.wait.ongoing ? `${o.wait.daysSincePlaced} days since placed` : `came after ${o.wait.daysSincePlaced} days`}</span>}
                    {o.wait.ongoing && o.expectedTo && <span className="muted"> · expected by {formatDay(o.expectedTo)}</span>}
                  </li>
                ))}
              </ul>
            )}
          </section>

          <section className="brief-section brief-advice" aria-labelledby="brief-advice">
            <h2 id="brief-advice">Advice to yourself</h2>
            {b.advice.length === 0 ? (
              <p className="muted">Pin an “advice” note anywhere in Carnet and it shows here, before every appointment.</p>
            ) : (
              <ul className="brief-advice-list">
                {b.advice.map((n) => (
                  <li key={n.id}>{n.body}</li>
                ))}
              </ul>
            )}
          </section>
        </div>
      </article>
    </div>
  );
}

function SpendTable({ spend, year, empty }: { spend: BriefSpend[]; year: number; empty: string }) {
  if (spend.length === 0) return <p className="muted">{empty}</p>;
  return (
    <table className="brief-spend">
      <thead>
        <tr>
          <th scope="col">Currency</th>
          <th scope="col" className="num">
            {year}
          </th>
          <th scope="col" className="num">
            All time
          </th>
        </tr>
      </thead>
      <tbody>
        {spend.map((s) => (
          <tr key={s.currency}>
            <th scope="row">{s.currency}</th>
            <td className="num">{formatMoney(s.thisYearMinor, s.currency)}</td>
            <td className="num">{formatMoney(s.allTimeMinor, s.currency)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
