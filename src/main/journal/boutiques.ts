/**
 * Boutiques: the three Paris boutiques are built in (created by migration 001, cannot be
 * deleted, can be archived); the user adds a home store and any other, online ones included.
 * A boutique that records point at cannot be deleted (`conflict`): it can be archived, which
 * takes it out of the pickers and leaves it on every record that names it.
 */
import type { ParsedInputOf } from '../../shared/api';
import type { Boutique, ParisBoutiqueCode, boutiquesContract } from '../../shared/api/boutiques';
import { conflict, notFound } from '../../shared/result';
import type { Journal } from '../db/journal';
import type { BoutiquesTable } from '../db/tables';
import { containsAny, countWhere, describeLinks, flag, type DomainHandlers } from './handler';
import { moveToTrash } from './trash';

type Row = Omit<BoutiquesTable, 'id' | 'online'> & { id: number; online: 0 | 1 };

const toBoutique = (r: Row): Boutique => ({
  id: r.id,
  code: r.code as ParisBoutiqueCode | null,
  name: r.name,
  city: r.city,
  country: r.country,
  timeZone: r.time_zone,
  takesLeatherAppointments: r.takes_leather_appointments === 1,
  isHome: r.is_home === 1,
  currency: r.currency,
  address: r.address,
  online: r.online === 1,
  archivedAt: r.archived_at,
  notes: r.notes,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
});

export function getBoutique(journal: Journal, { id }: { id: number }): Boutique {
  const row = journal.first(journal.q.selectFrom('boutiques').selectAll().where('id', '=', id));
  if (!row) throw notFound('Boutique', id);
  return toBoutique(row);
}

/** Only one boutique is the home store: marking one clears the others, in the same transaction. */
function clearOtherHomes(journal: Journal, keep: number): void {
  journal.run(journal.q.updateTable('boutiques').set({ is_home: 0 }).where('id', '!=', keep).where('is_home', '=', 1));
}

export function createBoutique(journal: Journal, input: ParsedInputOf<'boutiques.create'>): Boutique {
  return journal.tx(() => {
    const now = journal.now();
    const id = journal.insert(
      journal.q.insertInto('boutiques').values({
        name: input.name,
        city: input.city,
        country: input.country,
        time_zone: input.timeZone,
        is_home: flag(input.isHome),
        takes_leather_appointments: flag(input.takesLeatherAppointments),
        currency: input.currency,
        address: input.address,
        online: flag(input.online),
        notes: input.notes,
        created_at: now,
        updated_at: now,
      }),
    );
    if (input.isHome) clearOtherHomes(journal, id);
    return getBoutique(journal, { id });
  });
}

export function updateBoutique(journal: Journal, input: ParsedInputOf<'boutiques.update'>): Boutique {
  return journal.tx(() => {
    const current = getBoutique(journal, { id: input.id });
    const differs = <T>(sent: T | undefined, saved: T) => sent !== undefined && sent !== saved;
    if (current.code && (differs(input.name, current.name) || differs(input.city, current.city) || differs(input.country, current.country) || differs(input.timeZone, current.timeZone))) {
      throw conflict(`${current.name} is one of Carnet's built-in Paris boutiques: its name, city and zone cannot be changed (notes can).`);
    }
    if (input.isHome && !current.isHome && current.archivedAt) {
      throw conflict(`${current.name} is archived: unarchive it before making it your home store.`);
    }
    // Kysely leaves out what is undefined: only what was sent changes.
    journal.run(
      journal.q
        .updateTable('boutiques')
        .set({
          name: input.name,
          city: input.city,
          country: input.country,
          time_zone: input.timeZone,
          is_home: input.isHome === undefined ? undefined : flag(input.isHome),
          takes_leather_appointments: input.takesLeatherAppointments === undefined ? undefined : flag(input.takesLeatherAppointments),
          currency: input.currency,
          address: input.address,
          online: input.online === undefined ? undefined : flag(input.online),
          notes: input.notes,
          updated_at: journal.now(),
        })
        .where('id', '=', input.id),
    );
    if (input.isHome) clearOtherHomes(journal, input.id);
    return getBoutique(journal, { id: input.id });
  });
}

export function deleteBoutique(journal: Journal, { id }: { id: number }): { id: number } {
  return journal.tx(() => {
    const current = getBoutique(journal, { id });
    if (current.code) throw conflict(`${current.name} is one of Carnet's built-in Paris boutiques and cannot be deleted.`);
    const links = describeLinks([
      [countWhere(journal, 'contacts', 'boutique_id', id), 'contact', 'contacts'],
      [countWhere(journal, 'purchases', 'boutique_id', id), 'purchase', 'purchases'],
      [countWhere(journal, 'appointment_attempts', 'boutique_id', id), 'appointment attempt', 'appointment attempts'],
      [countWhere(journal, 'appointment_attempts', 'appointment_boutique_id', id), 'appointment', 'appointments'],
      [countWhere(journal, 'special_orders', 'boutique_id', id), 'special order', 'special orders'],
      [countWhere(journal, 'offers', 'boutique_id', id), 'offer', 'offers'],
      [countWhere(journal, 'trip_boutiques', 'boutique_id', id), 'trip', 'trips'],
    ]);
    if (links) throw conflict(`${current.name} is still named by ${links}; nothing was deleted. Archive it instead to take it out of the pickers.`);
    moveToTrash(journal, 'boutique', id, current.name);
    return { id };
  });
}

/** Archived: out of the pickers, still on its records. The home store must be replaced first. */
export function archiveBoutique(journal: Journal, { id }: { id: number }): Boutique {
  return journal.tx(() => {
    const current = getBoutique(journal, { id });
    if (current.archivedAt) return current;
    if (current.isHome) throw conflict(`${current.name} is your home store: choose another home store (or none) before archiving it.`);
    journal.run(journal.q.updateTable('boutiques').set({ archived_at: journal.now(), updated_at: journal.now() }).where('id', '=', id));
    return getBoutique(journal, { id });
  });
}

export function unarchiveBoutique(journal: Journal, { id }: { id: number }): Boutique {
  return journal.tx(() => {
    const current = getBoutique(journal, { id });
    if (!current.archivedAt) return current;
    journal.run(journal.q.updateTable('boutiques').set({ archived_at: null, updated_at: journal.now() }).where('id', '=', id));
    return getBoutique(journal, { id });
  });
}

export function listBoutiques(journal: Journal, input: ParsedInputOf<'boutiques.list'>): Boutique[] {
  let q = journal.q.selectFrom('boutiques').selectAll();
  if (input?.query) q = q.where(containsAny(['name', 'city', 'country'], input.query));
  if (input?.includeArchived === false) q = q.where('archived_at', 'is', null);
  // Built-in Paris boutiques first (in their fixed order), then the home store, then the others; archived last.
  q = q
    .orderBy((eb) => eb.case().when('archived_at', 'is not', null).then(1).else(0).end())
    .orderBy((eb) => eb.case().when('code', 'is not', null).then(0).when('is_home', '=', 1).then(1).else(2).end())
    .orderBy('id');
  return journal.all(q).map(toBoutique);
}

export const boutiquesHandlers = {
  'boutiques.create': createBoutique,
  'boutiques.get': getBoutique,
  'boutiques.update': updateBoutique,
  'boutiques.delete': deleteBoutique,
  'boutiques.archive': archiveBoutique,
  'boutiques.unarchive': unarchiveBoutique,
  'boutiques.list': listBoutiques,
} satisfies DomainHandlers<typeof boutiquesContract>;
