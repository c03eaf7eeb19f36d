/**
 * The wishlist with its status turned in one click (wanted → offered → bought), saved at once
 * through trips.update (the whole list, ids kept). The new status shows while the journal saves;
 * each save carries every change still in flight, so a later click never undoes an earlier one.
 */
import { Check, Pencil, Plus } from 'lucide-react';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { WISH_STATUSES, type Trip, type WishlistItem } from '../../../../shared/api/trips';
import { useWrite } from '../../lib/query';

type Status = WishlistItem['status'];

export const STATUS_WORDS: Record<Status, string> = { wanted: 'Wanted', offered: 'Offered', bought: 'Bought' };
const PRIORITY_WORDS: Record<1 | 2 | 3, string> = { 1: 'most wanted', 2: 'wanted', 3: 'if the chance comes' };

/** "Kelly 25 · Epsom Gold GHW" */
export function wishName(w: Pick<WishlistItem, 'model' | 'size'>): string {
  return [w.model, w.size].filter(Boolean).join(' ');
}

export function WishlistCard({ trip, onEdit }: { trip: Trip; onEdit: () => void }) {
  const update = useWrite('trips.update');
  const queryClient = useQueryClient();
  const [pending, setPending] = useState<Record<number, Status>>({});
  const [error, setError] = useState<string | null>(null);
  const [said, setSaid] = useState('');

  const statusOf = (w: WishlistItem): Status => pending[w.id] ?? w.status;
  /** Drops the shown-while-saving status, unless a later click on the same wish replaced it. */
  const settle = (id: number, status: Status) =>
    setPending((p) => {
      if (p[id] !== status) return p;
      const { [id]: _settled, ...rest } = p;
      return rest;
    });

  const setStatus = (w: WishlistItem, status: Status) => {
    if (statusOf(w) === status) return;
    setError(null);
    const next = { ...pending, [w.id]: status };
    setPending(next);
    // mutateAsync: each click's own promise settles (mutate's callbacks fire for the latest call only).
    update
      .mutateAsync({
        id: trip.id,
        wishlist: trip.wishlist.map((x) => ({
          id: x.id,
          model: x.model,
          size: x.size,
          leather: x.leather,
          colour: x.colour,
          hardware: x.hardware,
          priority: x.priority,
          status: next[x.id] ?? x.status,
        })),
      })
      .then(
        (saved) => {
          // The journal's answer is the trip as saved: show it at once (the refetch confirms it).
          queryClient.setQueryData(['trips', 'trips.get', { id: trip.id }], saved);
          settle(w.id, status);
          setSaid(`${wishName(w)} marked ${STATUS_WORDS[status].toLowerCase()}.`);
        },
        (e: Error) => {
          settle(w.id, status);
          setError(`${wishName(w)} could not be marked ${STATUS_WORDS[status].toLowerCase()}: ${e.message}`);
        },
      );
  };

  const counts = WISH_STATUSES.map((s) => [s, trip.wishlist.filter((w) => statusOf(w) === s).length] as const).filter(([, n]) => n > 0);

  return (
    <section className="card tp-section" aria-labelledby="tp-wishlist-title">
      <header className="tp-section-header">
        <div>
          <h2 className="card-title" id="tp-wishlist-title">
            Wishlist
          </h2>
          {trip.wishlist.length > 0 && <p className="tp-section-sub">{counts.map(([s, n]) => `${n} ${STATUS_WORDS[s].toLowerCase()}`).join(' · ')}</p>}
        </div>
        <button type="button" className="button button--small" onClick={onEdit}>
          {trip.wishlist.length === 0 ? <Plus size={14} aria-hidden /> : <Pencil size={14} aria-hidden />} {trip.wishlist.length === 0 ? 'Add to the wishlist' : 'Edit the wishlist'}
        </button>
      </header>
      {trip.wishlist.length === 0 ? (
        <p className="tp-empty">Nothing on the wishlist yet. Add the bags and pieces you hope for (model, size, leather, colour, hardware): they are printed on the trip sheet and ticked here when offered or bought.</p>
      ) : (
        <div className="tp-table-scroll">
          <table className="table tp-wishlist">
            <thead>
              <tr>
                <th scope="col">Priority</th>
                <th scope="col">Model</th>
                <th scope="col">Size</th>
                <th scope="col">Leather</th>
                <th scope="col">Colour</th>
                <th scope="col">Hardware</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {trip.wishlist.map((w) => {
                const status = statusOf(w);
                return (
                  <tr key={w.id} className={`tp-wish tp-wish--${status}`}>
                    <td>
                      <span className={`tp-priority tp-priority--${w.priority}`} title={PRIORITY_WORDS[w.priority]}>
                        {w.priority}
                      </span>
                    </td>
                    <td className="tp-wish-model">
                      {status !== 'wanted' && <Check size={14} className="tp-wish-tick" aria-hidden />}
                      <span id={`tp-wish-${w.id}-model`}>{w.model}</span>
                    </td>
                    <td id={`tp-wish-${w.id}-size`}>{w.size ?? '—'}</td>
                    <td>{w.leather ?? '—'}</td>
                    <td>{w.colour ?? '—'}</td>
                    <td>{w.hardware ?? '—'}</td>
                    <td>
                      <div
                        className="tp-seg"
                        role="radiogroup"
                        aria-label="Status"
                        aria-describedby={`tp-wish-${w.id}-model${w.size ? ` tp-wish-${w.id}-size` : ''}`}
                      >
                        {WISH_STATUSES.map((s) => (
                          <label key={s} className={`tp-seg-option tp-seg-option--${s}`}>
                            <input type="radio" name={`tp-wish-${w.id}`} value={s} checked={status === s} onChange={() => setStatus(w, s)} />
                            <span>{STATUS_WORDS[s]}</span>
                          </label>
                        ))}
                      </div>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <p className="sr-only" aria-live="polite">
        {said}
      </p>
    </section>
  );
}
