/** Boutiques are the user's (013): details, backfill, archive rules, messages, search. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/main/db/migrations';
import { openJournal } from '../../src/main/db/open';
import { createDispatch } from '../../src/main/dispatch';
import type { SearchResult } from '../../src/shared/api/search';
import type { Result } from '../../src/shared/result';
import { contentHash, harness, tempDir } from './helpers';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const setup = () => harness({ clock: () => NOW });
const clock = () => NOW;

const beverlyHills = {
  name: 'Beverly Hills',
  city: 'Los Angeles',
  country: 'us',
  timeZone: 'America/Los_Angeles',
  currency: 'USD',
  address: '434 North Rodeo Drive, Beverly Hills, CA 90210',
  isHome: true,
};

describe('migration 013', () => {
  it('adds currency, address, online and archived_at, backfilling the Paris boutiques, and keeps an older journal’s stores and trips', () => {
    const file = path.join(tempDir(), 'journal.sqlite');
    const upTo012 = migrations.slice(0, migrations.findIndex((m) => m.id === '013-boutique-details'));
    const old = openJournal(file, { migrations: upTo012, clock });
    // Written as 012's columns allow (today's service writes 013's columns).
    old.sqlite
      .prepare("INSERT INTO boutiques (name, city, country, time_zone, is_home, created_at, updated_at) VALUES ('Madison Avenue', 'New York', 'US', 'America/New_York', 1, 'x', 'x')")
      .run();
    const ids = old.sqlite.prepare('SELECT id FROM boutiques ORDER BY id').pluck().all() as number[];
    old.sqlite.prepare("INSERT INTO trips (title, city, start_day, end_day, time_zone, created_at, updated_at) VALUES ('Spring', 'Paris', '2027-04-14', '2027-04-18', 'Europe/Paris', 'x', 'x')").run();
    const tripId = old.sqlite.prepare('SELECT id FROM trips').pluck().get() as number;
    old.sqlite.prepare('INSERT INTO trip_boutiques (trip_id, boutique_id, position) VALUES (?, ?, 0)').run(tripId, ids[2]);
    old.close();

    const journal = openJournal(file, { clock });
    const rows = journal.sqlite.prepare('SELECT code, name, currency, address, online, archived_at FROM boutiques ORDER BY id').all();
    expect(rows).toEqual([
      { code: 'fsh', name: 'Faubourg Saint-Honoré', currency: 'EUR', address: '24 Rue du Faubourg Saint-Honoré, 75008 Paris, France', online: 0, archived_at: null },
      { code: 'george_v', name: 'George V', currency: 'EUR', address: '42 Avenue George V, 75008 Paris, France', online: 0, archived_at: null },
      { code: 'sevres', name: 'Sèvres', currency: 'EUR', address: '17 Rue de Sèvres, 75006 Paris, France', online: 0, archived_at: null },
      { code: null, name: 'Madison Avenue', currency: null, address: null, online: 0, archived_at: null },
    ]);
    // The search index was rebuilt: the stores are found, and the trip by the boutique it visits.
    const found = createDispatch(journal)('search.query', { query: 'sevres' }) as Result<SearchResult[]>;
    expect(found.ok && found.value.map((r) => `${r.kind}:${r.id}`).sort()).toEqual([`boutique:${ids[2]}`, `trip:${tripId}`].sort());
    journal.close();
  });

  it('refuses a currency that is not an upper-case three-letter code in the table itself', () => {
    const h = setup();
    expect(() => h.journal.sqlite.prepare("UPDATE boutiques SET currency = 'usd' WHERE id = 1").run()).toThrow(/CHECK/);
    expect(() => h.journal.sqlite.prepare('UPDATE boutiques SET online = 2 WHERE id = 1').run()).toThrow(/CHECK/);
  });
});

describe('boutiques.create and update', () => {
  it('creates a home store with its currency and address; the new fields read back', () => {
    const h = setup();
    const b = h.call('boutiques.create', beverlyHills);
    expect(b).toMatchObject({ name: 'Beverly Hills', country: 'US', currency: 'USD', address: beverlyHills.address, isHome: true, online: false, archivedAt: null, code: null });
    const online = h.call('boutiques.create', { name: 'hermes.com', city: 'Online', country: 'US', timeZone: 'America/New_York', currency: 'USD', online: true });
    expect(online).toMatchObject({ online: true, isHome: false, takesLeatherAppointments: false, address: null });
  });

  it('changes only what an update sends: editing the notes keeps the home store and the currency', () => {
    const h = setup();
    const b = h.call('boutiques.create', beverlyHills);
    const edited = h.call('boutiques.update', { id: b.id, notes: 'Ask for Sophie.' });
    expect(edited).toMatchObject({ isHome: true, currency: 'USD', address: beverlyHills.address, notes: 'Ask for Sophie.' });
    expect(h.call('boutiques.update', { id: b.id, currency: null, address: '' })).toMatchObject({ currency: null, address: null, isHome: true });
  });

  it('lets the form send a built-in boutique’s name and zone unchanged, with a new address or currency; refuses a rename', () => {
    const h = setup();
    const sevres = h.call('boutiques.list', undefined).find((b) => b.code === 'sevres')!;
    const saved = h.call('boutiques.update', { id: sevres.id, name: 'Sèvres', city: 'Paris', country: 'FR', timeZone: 'Europe/Paris', notes: 'Left Bank.' });
    expect(saved).toMatchObject({ name: 'Sèvres', notes: 'Left Bank.', currency: 'EUR' });
    expect(h.fail('boutiques.update', { id: sevres.id, name: 'Rive Gauche' }).message).toBe(
      "Sèvres is one of Carnet's built-in Paris boutiques: its name, city and zone cannot be changed (notes can).",
    );
  });

  it.each([
    [{ currency: 'dollars' }, 'currency', 'Use a three-letter currency code such as EUR, USD or JPY.'],
    [{ name: '  ' }, 'name', 'Name is required.'],
    [{ city: '' }, 'city', 'City is required.'],
    [{ country: 'USA' }, 'country', 'Use a two-letter country code such as FR, US or JP.'],
    [{ timeZone: 'Los Angeles' }, 'timeZone', 'Choose a time zone from the list, like Europe/Paris.'],
    [{ address: 'x'.repeat(501) }, 'address', 'Address is at most 500 characters.'],
    [{ online: 'yes' }, 'online', 'Online store is yes or no.'],
    [{ isHome: 1 }, 'isHome', 'My home store is yes or no.'],
  ])('refuses %j with the form’s words on its field and writes nothing', (patch, field, message) => {
    const h = setup();
    const before = contentHash(h.journal);
    const error = h.fail('boutiques.create', { ...beverlyHills, ...patch });
    expect(error.code).toBe('invalid_input');
    expect(error.issues).toContainEqual({ path: [field], message });
    expect(contentHash(h.journal)).toBe(before);
  });
});

describe('archiving', () => {
  it('takes a store out of the list the pickers ask for, keeps it on its purchase, and brings it back', () => {
    const h = setup();
    const store = h.call('boutiques.create', { name: 'Ginza', city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo', currency: 'JPY' });
    const purchase = h.call('purchases.create', {
      day: '2026-06-01',
      currency: 'JPY',
      boutiqueId: store.id,
      items: [{ category: 'scarves', description: 'Carré 90', priceMinor: 71_500 }],
    });
    const archived = h.call('boutiques.archive', { id: store.id });
    expect(archived.archivedAt).toBe(NOW.toISOString());
    expect(h.call('boutiques.list', { includeArchived: false }).map((b) => b.name)).toEqual(['Faubourg Saint-Honoré', 'George V', 'Sèvres']);
    // Everything else still sees it: the records that name it show its name.
    expect(h.call('boutiques.list', undefined).map((b) => b.name)).toContain('Ginza');
    expect(h.call('purchases.get', { id: purchase.id }).boutiqueId).toBe(store.id);
    // Archiving twice changes nothing; unarchiving brings it back.
    expect(h.call('boutiques.archive', { id: store.id }).archivedAt).toBe(NOW.toISOString());
    expect(h.call('boutiques.unarchive', { id: store.id }).archivedAt).toBeNull();
    expect(h.call('boutiques.list', { includeArchived: false }).map((b) => b.name)).toContain('Ginza');
  });

  it('archives a built-in Paris boutique (a user who never goes to Sèvres) but never deletes one', () => {
    const h = setup();
    const sevres = h.call('boutiques.list', undefined).find((b) => b.code === 'sevres')!;
    expect(h.call('boutiques.archive', { id: sevres.id }).archivedAt).not.toBeNull();
    expect(h.fail('boutiques.delete', { id: sevres.id }).message).toBe("Sèvres is one of Carnet's built-in Paris boutiques and cannot be deleted.");
  });

  it('refuses to archive the home store, and to make an archived store the home store', () => {
    const h = setup();
    const home = h.call('boutiques.create', beverlyHills);
    const before = contentHash(h.journal);
    expect(h.fail('boutiques.archive', { id: home.id })).toMatchObject({
      code: 'conflict',
      message: 'Beverly Hills is your home store: choose another home store (or none) before archiving it.',
    });
    expect(contentHash(h.journal)).toBe(before);
    const other = h.call('boutiques.create', { name: 'Ginza', city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo' });
    h.call('boutiques.archive', { id: other.id });
    expect(h.fail('boutiques.update', { id: other.id, isHome: true }).message).toBe('Ginza is archived: unarchive it before making it your home store.');
  });

  it('still refuses to delete a store that records name, and offers to archive it instead', () => {
    const h = setup();
    const store = h.call('boutiques.create', beverlyHills);
    h.call('purchases.create', { day: '2026-06-01', currency: 'USD', boutiqueId: store.id, items: [{ category: 'other', description: 'H belt', priceMinor: 95_000 }] });
    expect(h.fail('boutiques.delete', { id: store.id }).message).toBe(
      'Beverly Hills is still named by 1 purchase; nothing was deleted. Archive it instead to take it out of the pickers.',
    );
    const unused = h.call('boutiques.create', { name: 'Ginza', city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo' });
    expect(h.call('boutiques.delete', { id: unused.id })).toEqual({ id: unused.id });
  });
});

describe('search finds boutiques', () => {
  it('finds Sèvres by "sevres", opening the boutique; a home store by its city and address; follows renames and deletes', () => {
    const h = setup();
    const sevres = h.call('boutiques.list', undefined).find((b) => b.code === 'sevres')!;
    const [hit] = h.call('search.query', { query: 'sevres' });
    expect(hit).toMatchObject({ kind: 'boutique', id: sevres.id, title: { text: 'Sèvres', matches: [[0, 6]] }, context: 'Paris', link: { screen: 'boutiques', id: sevres.id } });

    const home = h.call('boutiques.create', beverlyHills);
    expect(h.call('search.query', { query: 'rodeo' }).map((r) => r.id)).toEqual([home.id]);
    expect(h.call('search.query', { query: 'los angeles' }).map((r) => r.kind)).toEqual(['boutique']);
    h.call('boutiques.update', { id: home.id, name: 'Rodeo Drive' });
    expect(h.call('search.query', { query: 'beverly' }).map((r) => r.title.text)).toEqual(['Rodeo Drive']);
    h.call('boutiques.archive', { id: h.call('boutiques.update', { id: home.id, isHome: false }).id });
    expect(h.call('search.query', { query: 'rodeo' })[0]!.context).toBe('Los Angeles · Archived');
    h.call('boutiques.delete', { id: home.id });
    expect(h.call('search.query', { query: 'rodeo' })).toEqual([]);
  });

  it('finds a trip by the boutiques it visits, and follows a renamed boutique', () => {
    const h = setup();
    const home = h.call('boutiques.create', beverlyHills);
    const trip = h.call('trips.create', { title: 'Spring', city: 'Los Angeles', startDay: '2027-04-14', endDay: '2027-04-18', boutiqueIds: [home.id] });
    expect(h.call('search.query', { query: 'beverly' }).map((r) => `${r.kind}:${r.id}`).sort()).toEqual([`boutique:${home.id}`, `trip:${trip.id}`].sort());
    h.call('boutiques.update', { id: home.id, name: 'Rodeo Drive' });
    // The trip names the boutique as it is called now; the store is still found by its address.
    expect(h.call('search.query', { query: 'beverly' }).map((r) => r.kind)).toEqual(['boutique']);
    expect(h.call('search.query', { query: 'rodeo' }).map((r) => r.kind).sort()).toEqual(['boutique', 'trip']);
  });
});

describe('calendar export', () => {
  it('puts a home store’s own address in an appointment’s LOCATION, and the city when it has none', () => {
    const h = setup();
    const home = h.call('boutiques.create', beverlyHills);
    const ginza = h.call('boutiques.create', { name: 'Ginza', city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo' });
    for (const b of [home, ginza]) {
      h.call('attempts.create', { method: 'home_sa', wantedDay: '2026-12-10', boutiqueId: b.id, result: 'granted', appointmentAt: '2026-12-10T18:00:00Z' });
    }
    const { content } = h.call('data.exportIcs', undefined);
    const locations = [...content.replace(/\r\n /g, '').matchAll(/^LOCATION:(.*)$/gm)].map((m) => m[1]);
    expect(locations).toEqual(['Hermès Beverly Hills\\, 434 North Rodeo Drive\\, Beverly Hills\\, CA 90210', 'Hermès Ginza\\, Tokyo']);
  });
});

describe('JSON export and import', () => {
  it('carries a store’s currency, address, online flag and archive day into another journal', () => {
    const source = setup();
    const home = source.call('boutiques.create', beverlyHills);
    const web = source.call('boutiques.create', { name: 'hermes.com', city: 'Online', country: 'US', timeZone: 'America/New_York', currency: 'USD', online: true });
    const sevres = source.call('boutiques.list', undefined).find((b) => b.code === 'sevres')!;
    source.call('boutiques.archive', { id: sevres.id });
    const { content } = source.call('data.exportJson', undefined);
    const target = setup();
    target.call('data.importJson', { content });
    const byId = new Map(target.call('boutiques.list', undefined).map((b) => [b.id, b]));
    expect(byId.get(home.id)).toMatchObject({ currency: 'USD', address: beverlyHills.address, isHome: true, online: false, archivedAt: null });
    expect(byId.get(web.id)).toMatchObject({ online: true, currency: 'USD' });
    expect(byId.get(sevres.id)).toMatchObject({ archivedAt: NOW.toISOString(), address: '17 Rue de Sèvres, 75006 Paris, France' });
    // The imported stores are found by search too.
    expect(target.call('search.query', { query: 'rodeo' }).map((r) => r.id)).toEqual([home.id]);
  });
});
