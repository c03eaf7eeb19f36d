import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../src/main/db/migrations';
import { openJournal } from '../../src/main/db/open';
import { createDispatch } from '../../src/main/dispatch';
import { findHits, parseMarked, RANK_ALL_UP_TO, toMatchExpression, type Hit } from '../../src/main/journal/search';
import { SEARCH_KIND_BY_CODE } from '../../src/shared/domain/records';
import type { MatchedText, SearchResult } from '../../src/shared/api/search';
import type { Result } from '../../src/shared/result';
import { contentHash, harness, tempDir, tempJournal } from './helpers';

const NOW = new Date('2026-11-23T10:00:00.000Z');
const setup = () => harness({ clock: () => NOW });
type H = ReturnType<typeof setup>;

/** The words a result marks as matched, in order. */
const marked = (t: MatchedText | null): string[] => (t ? t.matches.map(([a, b]) => t.text.slice(a, b)) : []);
/** Records only: the boutiques themselves are documents too (013), tested on their own below. */
const find = (h: H, query: string) => h.call('search.query', { query }).filter((r) => r.kind !== 'boutique');
const keys = (results: SearchResult[]) => results.map((r) => `${r.kind}:${r.id}`);

describe('search ranking, accents and prefixes', () => {
  it('ranks a match in what a record is called above a match in its notes', () => {
    const h = setup();
    // Created first, so a tie-break on id could not explain the order.
    const inNotes = h.call('trips.create', {
      title: 'Spring in Paris',
      city: 'Paris',
      startDay: '2027-04-14',
      endDay: '2027-04-18',
      notes: 'Ask the leather desk about a Constance; maybe a Picotin.',
    });
    const inTitle = h.call('trips.create', { title: 'Constance hunt', city: 'Paris', startDay: '2027-09-01', endDay: '2027-09-04' });
    const purchase = h.call('purchases.create', {
      day: '2026-06-01',
      currency: 'EUR',
      items: [{ category: 'bag', description: 'Constance 18 Epsom', priceMinor: 1_010_000, quota: false }],
    });
    const results = find(h, 'constance');
    expect(keys(results)).toHaveLength(3);
    // Both title matches come before the notes match.
    expect(keys(results).slice(0, 2).sort()).toEqual([`purchase:${purchase.id}`, `trip:${inTitle.id}`].sort());
    expect(keys(results)[2]).toBe(`trip:${inNotes.id}`);

    const byTitle = results.find((r) => r.id === inTitle.id && r.kind === 'trip')!;
    expect(byTitle.title).toEqual({ text: 'Constance hunt', matches: [[0, 9]] });
    expect(byTitle.snippet).toBeNull();
    expect(byTitle.link).toEqual({ screen: 'trips', id: inTitle.id });
    expect(byTitle).toMatchObject({ context: 'Paris', day: '2027-09-01', endDay: '2027-09-04' });

    const byNotes = results[2]!;
    expect(byNotes.title).toEqual({ text: 'Spring in Paris', matches: [] });
    expect(marked(byNotes.snippet)).toEqual(['Constance']);
  });

  it('finds "Sèvres" by "sevres" and "sevres" by "Sèvres", "Étoupe" by "etoupe", in any case', () => {
    const h = setup();
    const accented = h.call('contacts.create', { name: 'Camille Martin', department: 'Maroquinerie', notes: 'Works at Sèvres on Saturdays.' });
    const plain = h.call('contacts.create', { name: 'Julien Petit', notes: 'Moved from sevres to George V.' });
    const order = h.call('specialOrders.create', {
      model: 'Kelly',
      size: '25',
      exteriorLeather: 'Togo',
      exteriorColour: 'Étoupe',
      history: [{ status: 'placed', day: '2026-01-10' }],
    });

    for (const q of ['sevres', 'Sèvres', 'SÈVRES', 'sèvres', 'Sevres']) {
      expect(keys(find(h, q)).sort(), q).toEqual([`contact:${accented.id}`, `contact:${plain.id}`].sort());
    }
    const camille = find(h, 'sevres').find((r) => r.id === accented.id)!;
    expect(marked(camille.snippet)).toEqual(['Sèvres']);
    const julien = find(h, 'Sèvres').find((r) => r.id === plain.id)!;
    expect(marked(julien.snippet)).toEqual(['sevres']);

    for (const q of ['etoupe', 'ÉTOUPE', 'Etoupe', 'étoupe']) {
      const results = find(h, q);
      expect(keys(results), q).toEqual([`special_order:${order.id}`]);
      expect(marked(results[0]!.snippet)).toEqual(['Étoupe']);
    }
    // A decomposed é (e + combining accent), as some keyboards type it, is the same word.
    expect(keys(find(h, 'E\u0301toupe'))).toEqual([`special_order:${order.id}`]);
  });

  it('finds as the user types: every word a prefix, all words required, in any order', () => {
    const h = setup();
    const kelly = h.call('purchases.create', {
      day: '2026-03-02',
      currency: 'EUR',
      items: [{ category: 'bag', description: 'Kelly 28 Togo', priceMinor: 1_000_000, quota: true }],
    });
    const birkin = h.call('purchases.create', {
      day: '2026-05-02',
      currency: 'EUR',
      items: [{ category: 'bag', description: 'Birkin 30 Togo', priceMinor: 1_100_000, quota: true }],
    });
    for (const q of ['k', 'ke', 'kel', 'kell', 'kelly']) {
      // One letter is a prefix too (slower without a 1-letter prefix index, still correct).
      const results = find(h, q);
      expect(keys(results), q).toContain(`purchase:${kelly.id}`);
      expect(keys(results), q).not.toContain(`purchase:${birkin.id}`);
    }
    expect(marked(find(h, 'kel')[0]!.title)).toEqual(['Kelly']);
    expect(keys(find(h, 'tog'))).toHaveLength(2);
    expect(keys(find(h, 'tog bir'))).toEqual([`purchase:${birkin.id}`]);
    expect(keys(find(h, 'bir tog'))).toEqual([`purchase:${birkin.id}`]);
    expect(marked(find(h, 'tog bir')[0]!.title)).toEqual(['Birkin', 'Togo']);
    expect(find(h, 'kelly birkin')).toEqual([]);
  });

  it('marks ranges in JavaScript string indices, right after accents and emoji', () => {
    const h = setup();
    const trip = h.call('trips.create', { title: '🧳 Sèvres et Étoupe', city: 'Paris', startDay: '2026-12-04', endDay: '2026-12-09' });
    const [result] = find(h, 'etoupe sevres');
    expect(result!.id).toBe(trip.id);
    expect(result!.title.text).toBe('🧳 Sèvres et Étoupe');
    expect(marked(result!.title)).toEqual(['Sèvres', 'Étoupe']);
  });
});

describe('two common words in very many records (two tiers, nothing left out)', () => {
  /** A trip, a receipt and notes holding "kelly" and "gold"; one note only "golden". */
  function manyMatches(h: H, count: number) {
    const trip = h.call('trips.create', { title: 'Paris spring', city: 'Paris', startDay: '2026-04-01', endDay: '2026-04-05' });
    const receipt = h.call('purchases.create', { day: '2020-03-02', currency: 'EUR', items: [{ category: 'bag', description: 'Kelly Sellier Gold', priceMinor: 1_000_000, quota: true }] });
    const golden = h.call('notes.create', { subjectType: 'trip', subjectId: trip.id, day: '2026-01-01', kind: 'reflection', body: 'A Kelly in the golden hour light.' });
    const notes: number[] = [];
    h.journal.tx(() => {
      for (let i = 0; i < count; i++) notes.push(h.call('notes.create', { subjectType: 'trip', subjectId: trip.id, day: '2026-02-01', kind: 'doubt', body: `Kelly in Gold, again (${i}).` }).id);
    });
    return { receipt: receipt.id, golden: golden.id, notes };
  }
  const ids = (hits: Hit[]) => hits.map((hit) => hit.rowid).sort((a, b) => a - b);

  it('lists every match: the very words first, newest first, then words they only begin; the same records bm25 ranks', () => {
    const h = setup();
    const m = manyMatches(h, 6);
    // Seven records hold the words; with tiers from 3 matches on, every one of them still comes.
    const tiered = findHits(h.journal, 'kelly gold', 50, 3);
    const ranked = findHits(h.journal, 'kelly gold', 50);
    expect(tiered).toHaveLength(8);
    expect(ids(tiered)).toEqual(ids(ranked));
    const kinds = tiered.map((hit) => SEARCH_KIND_BY_CODE.get(hit.rowid % 16));
    expect(kinds.filter((k) => k === 'note')).toHaveLength(7);
    expect(kinds).toContain('purchase');
    // Whole words first, newest first (the rowid is the record's id and kind); "golden" last.
    const whole = tiered.slice(0, -1).map((hit) => hit.rowid);
    expect(whole).toEqual([...whole].sort((a, b) => b - a));
    expect(tiered.at(-1)!.rowid).toBe(m.golden * 16 + [...SEARCH_KIND_BY_CODE].find(([, k]) => k === 'note')![0]);
    // A limit takes the first of that order.
    expect(findHits(h.journal, 'kelly gold', 2, 3).map((hit) => hit.rowid)).toEqual(whole.slice(0, 2));
  });

  it('over a thousand matching records: the newest with both words, and each record still found by a narrower search', () => {
    const h = setup();
    const m = manyMatches(h, RANK_ALL_UP_TO + 1);
    const results = h.call('search.query', { query: 'kelly gold', limit: 50 });
    expect(results).toHaveLength(50);
    expect(results.every((r) => r.kind === 'note' && m.notes.includes(r.id))).toBe(true);
    expect(results.map((r) => r.id)).toEqual([...m.notes].reverse().slice(0, 50));
    expect(results[0]!.snippet && marked(results[0]!.snippet)).toEqual(['Kelly', 'Gold']);
    // The receipt and the "golden" note are not lost: a word more finds each.
    expect(keys(h.call('search.query', { query: 'kelly gold sellier' }))).toEqual([`purchase:${m.receipt}`]);
    expect(keys(h.call('search.query', { query: 'kelly golden' }))).toEqual([`note:${m.golden}`]);
    // While a word is being typed ("gol"), every prefix match is ranked as before.
    expect(h.call('search.query', { query: 'kelly gol' })).toHaveLength(20);
  });
});

describe('every kind of record and note, each opening the right screen', () => {
  function journalWithEverything(h: H) {
    const trip = h.call('trips.create', {
      title: 'Paris in December',
      city: 'Paris',
      startDay: '2026-12-04',
      endDay: '2026-12-09',
      hotelName: 'Le Bristol',
      hotelConcierge: 'Marc Duval',
      companions: [{ name: 'Anna Lindqvist', adult: true }],
      wishlist: [{ model: 'Picotin', size: '18', leather: 'Clemence', colour: 'Vert Criquet' }],
    });
    const contact = h.call('contacts.create', { name: 'Camille Martin', boutiqueId: 3, department: 'Leather', email: 'camille@example.com' });
    const interaction = h.call('interactions.create', { contactId: contact.id, day: '2026-10-02', kind: 'messaged', summary: 'Sent photos of the Lindy in Nata.' });
    const purchase = h.call('purchases.create', {
      day: '2026-10-03',
      boutiqueId: 1,
      currency: 'EUR',
      items: [
        { category: 'shoes', description: 'Oran sandals', priceMinor: 72_000 },
        { category: 'scarves', description: 'Twilly', priceMinor: 20_500 },
      ],
      notes: 'Paid with the travel card.',
    });
    const attempt = h.call('attempts.create', {
      method: 'lottery',
      wantedDay: '2026-12-07',
      boutiqueId: 2,
      tripId: trip.id,
      outcomeOffered: 'Bolide 27 in Gris Meyer',
      notes: 'Applied from the hotel Wi-Fi.',
    });
    const order = h.call('specialOrders.create', {
      boutiqueId: 1,
      model: 'Kelly',
      size: '25',
      exteriorLeather: 'Epsom',
      exteriorColour: 'Rouge Casaque',
      interiorColour: 'Gold',
      history: [
        { status: 'offered', day: '2026-02-01', note: 'Offered after the Constance purchase.' },
        { status: 'placed', day: '2026-02-15' },
      ],
    });
    const note = h.call('notes.create', { subjectType: 'special_order', subjectId: order.id, day: '2026-05-01', kind: 'doubt', body: 'Wondering whether Craie lining would have been wiser.' });
    const attemptNote = h.call('notes.create', { subjectType: 'attempt', subjectId: attempt.id, day: '2026-12-06', kind: 'advice', body: 'Use a French SIM for the confirmation e-mail.' });
    return { trip, contact, interaction, purchase, attempt, order, note, attemptNote };
  }

  it('finds each field the index covers', () => {
    const h = setup();
    const r = journalWithEverything(h);
    const cases: [string, string][] = [
      ['bristol', `trip:${r.trip.id}`],
      ['duval', `trip:${r.trip.id}`],
      ['lindqvist', `trip:${r.trip.id}`],
      ['camille', `contact:${r.contact.id}`],
      ['example.com', `contact:${r.contact.id}`],
      ['nata', `interaction:${r.interaction.id}`],
      ['oran', `purchase:${r.purchase.id}`],
      ['twilly', `purchase:${r.purchase.id}`],
      ['travel card', `purchase:${r.purchase.id}`],
      ['bolide', `attempt:${r.attempt.id}`],
      ['wi-fi', `attempt:${r.attempt.id}`],
      ['casaque', `special_order:${r.order.id}`],
      ['constance purchase', `special_order:${r.order.id}`],
      ['craie', `note:${r.note.id}`],
      ['sim', `note:${r.attemptNote.id}`],
    ];
    for (const [q, key] of cases) expect(keys(find(h, q)), q).toEqual([key]);
    // A trip's wish is also an item of the standing wishlist (019).
    const wish = h.call('wishlist.list', undefined).find((w) => w.model === 'Picotin')!;
    for (const q of ['criquet', 'picotin']) expect(keys(find(h, q)).sort(), q).toEqual([`trip:${r.trip.id}`, `wishlist_item:${wish.id}`]);
  });

  it('names each result and links it to the screen that shows it; a note opens its subject', () => {
    const h = setup();
    const r = journalWithEverything(h);
    const one = (q: string) => {
      const results = find(h, q);
      expect(results, q).toHaveLength(1);
      return results[0]!;
    };
    expect(one('camille')).toMatchObject({
      kind: 'contact',
      title: { text: 'Camille Martin', matches: [[0, 7]] },
      context: 'SA · Sèvres',
      link: { screen: 'contacts', id: r.contact.id },
    });
    expect(one('nata')).toMatchObject({
      kind: 'interaction',
      id: r.interaction.id,
      title: { text: 'Camille Martin', matches: [] },
      context: 'Messaged',
      day: '2026-10-02',
      link: { screen: 'contacts', id: r.contact.id },
    });
    expect(marked(one('nata').snippet)).toEqual(['Nata']);
    expect(one('twilly')).toMatchObject({
      kind: 'purchase',
      title: { text: 'Oran sandals, Twilly', matches: [[14, 20]] },
      context: 'Faubourg Saint-Honoré',
      day: '2026-10-03',
      link: { screen: 'purchases', id: r.purchase.id },
    });
    expect(one('bolide')).toMatchObject({
      kind: 'attempt',
      title: { text: 'Online lottery · George V', matches: [] },
      context: 'Pending',
      day: '2026-12-07',
      link: { screen: 'appointments', id: r.attempt.id },
    });
    expect(one('casaque')).toMatchObject({
      kind: 'special_order',
      title: { text: 'Kelly 25', matches: [] },
      context: 'Placed · Faubourg Saint-Honoré',
      link: { screen: 'special-orders', id: r.order.id },
    });
    expect(one('craie')).toMatchObject({
      kind: 'note',
      id: r.note.id,
      title: { text: 'Doubt · Kelly 25', matches: [] },
      context: 'Note on special order',
      day: '2026-05-01',
      link: { screen: 'special-orders', id: r.order.id },
    });
    expect(one('sim')).toMatchObject({
      title: { text: 'Advice to self · Online lottery · George V, 7 Dec 2026', matches: [] },
      link: { screen: 'appointments', id: r.attempt.id },
    });
  });

  it('finds what happened at a boutique by its name, and follows a renamed boutique', () => {
    const h = setup();
    const home = h.call('boutiques.create', { name: 'Madison Avenue', city: 'New York', country: 'US', timeZone: 'America/New_York' });
    const contact = h.call('contacts.create', { name: 'Grace', boutiqueId: home.id });
    const purchase = h.call('purchases.create', { day: '2026-06-06', boutiqueId: home.id, currency: 'USD', items: [{ category: 'scarves', description: 'Carré 90', priceMinor: 59_500 }] });
    const order = h.call('specialOrders.create', { boutiqueId: home.id, model: 'Birkin', history: [{ status: 'placed', day: '2026-01-10' }] });
    const attempt = h.call('attempts.create', { method: 'home_sa', wantedDay: '2026-12-07', boutiqueId: home.id });
    const elsewhere = h.call('contacts.create', { name: 'Odile', boutiqueId: 1 });
    const atHome = [`contact:${contact.id}`, `purchase:${purchase.id}`, `special_order:${order.id}`, `attempt:${attempt.id}`].sort();
    expect(keys(find(h, 'madison')).sort()).toEqual(atHome);
    expect(marked(find(h, 'madison').find((r) => r.kind === 'purchase')!.snippet)).toEqual(['Madison']);
    h.call('boutiques.update', { id: home.id, name: 'Wall Street' });
    expect(find(h, 'madison')).toEqual([]);
    expect(keys(find(h, 'wall street')).sort()).toEqual(atHome);
    // Moving a record to another boutique moves it in the index too.
    h.call('contacts.update', { id: elsewhere.id, boutiqueId: home.id });
    expect(keys(find(h, 'wall street'))).toContain(`contact:${elsewhere.id}`);
    expect(keys(find(h, 'faubourg'))).not.toContain(`contact:${elsewhere.id}`);
  });

  it('shows the subject’s new name at once after a rename (titles are read, not indexed copies)', () => {
    const h = setup();
    const r = journalWithEverything(h);
    h.call('contacts.update', { id: r.contact.id, name: 'Camille Martin-Roux' });
    expect(find(h, 'nata')[0]!.title.text).toBe('Camille Martin-Roux');
  });
});

describe('the index follows every write, in the same transaction', () => {
  it('an edited record is found by its new words and no longer by its old ones', () => {
    const h = setup();
    const trip = h.call('trips.create', { title: 'Autumn escape', city: 'Paris', startDay: '2026-09-18', endDay: '2026-09-22', notes: 'Hotel Meurice' });
    h.call('trips.update', { id: trip.id, title: 'Winter escape', notes: 'Hotel Lutetia' });
    expect(find(h, 'autumn')).toEqual([]);
    expect(find(h, 'meurice')).toEqual([]);
    expect(keys(find(h, 'winter'))).toEqual([`trip:${trip.id}`]);
    expect(keys(find(h, 'lutetia'))).toEqual([`trip:${trip.id}`]);

    const contact = h.call('contacts.create', { name: 'Hélène', notes: 'Prefers WhatsApp' });
    h.call('contacts.update', { id: contact.id, notes: null });
    expect(find(h, 'whatsapp')).toEqual([]);
    expect(keys(find(h, 'helene'))).toEqual([`contact:${contact.id}`]);
  });

  it('follows the parts of a record: wishlist, companions, receipt items, order history', () => {
    const h = setup();
    const trip = h.call('trips.create', {
      title: 'Paris',
      city: 'Paris',
      startDay: '2026-12-04',
      endDay: '2026-12-09',
      wishlist: [{ model: 'Evelyne' }],
      companions: [{ name: 'Ottilie', adult: true }],
    });
    h.call('trips.update', { id: trip.id, wishlist: [{ model: 'Lindy' }], companions: [] });
    // The trip no longer wants it; the standing wishlist still does (019).
    const [evelyne, lindy] = h.call('wishlist.list', undefined);
    expect(keys(find(h, 'evelyne'))).toEqual([`wishlist_item:${evelyne!.id}`]);
    expect(find(h, 'ottilie')).toEqual([]);
    expect(keys(find(h, 'lindy')).sort()).toEqual([`trip:${trip.id}`, `wishlist_item:${lindy!.id}`]);

    const purchase = h.call('purchases.create', { day: '2026-10-03', currency: 'EUR', items: [{ category: 'jewelry', description: 'Clic H bracelet', priceMinor: 70_000 }] });
    h.call('purchases.update', { id: purchase.id, items: [{ category: 'home', description: 'Avalon blanket', priceMinor: 150_000 }] });
    expect(find(h, 'clic')).toEqual([]);
    expect(find(h, 'avalon')[0]!.title).toEqual({ text: 'Avalon blanket', matches: [[0, 6]] });

    const order = h.call('specialOrders.create', { model: 'Constance', history: [{ status: 'placed', day: '2026-01-10' }] });
    const withEvent = h.call('specialOrders.addEvent', { orderId: order.id, status: 'waiting', day: '2026-03-01', note: 'SA says the atelier confirmed.' });
    expect(keys(find(h, 'atelier'))).toEqual([`special_order:${order.id}`]);
    h.call('specialOrders.deleteEvent', { id: withEvent.history[1]!.id });
    // The step's words stay, as a decision note on the order (the Trash's rule): found as that note only.
    expect(find(h, 'atelier').map((r) => r.kind)).toEqual(['note']);
  });

  it('a deleted record is no longer found, nor are its parts, its log or its notes', () => {
    const h = setup();
    const contact = h.call('contacts.create', { name: 'Bérénice Faure', notes: 'Saint-Germain regular' });
    h.call('interactions.create', { contactId: contact.id, day: '2026-10-01', kind: 'called', summary: 'Called about the Mosaique.' });
    h.call('notes.create', { subjectType: 'contact', subjectId: contact.id, kind: 'reflection', body: 'Very kind, remember the macarons.' });
    expect(find(h, 'mosaique')).toHaveLength(1);
    expect(find(h, 'macarons')).toHaveLength(1);
    h.call('contacts.delete', { id: contact.id });
    for (const q of ['berenice', 'saint-germain', 'mosaique', 'macarons']) expect(find(h, q), q).toEqual([]);
    // Nothing of the contact is left in the index at all.
    expect(h.journal.sqlite.prepare('SELECT count(*) FROM search_index WHERE rowid % 16 != 9').pluck().get()).toBe(0);

    const trip = h.call('trips.create', { title: 'Lisbon', city: 'Lisbon', startDay: '2027-01-01', endDay: '2027-01-03', wishlist: [{ model: 'Herbag' }] });
    const note = h.call('notes.create', { subjectType: 'trip', subjectId: trip.id, kind: 'doubt', body: 'Too soon after Paris?' });
    h.call('notes.update', { id: note.id, body: 'Fine after all.' });
    expect(find(h, 'soon')).toEqual([]);
    expect(keys(find(h, 'fine'))).toEqual([`note:${note.id}`]);
    h.call('trips.delete', { id: trip.id });
    // The trip and its note are gone; its wish stays on the standing wishlist (019).
    expect(keys(find(h, 'herbag'))).toEqual([`wishlist_item:${h.call('wishlist.list', undefined)[0]!.id}`]);
    expect(find(h, 'fine')).toEqual([]);
    expect(h.journal.sqlite.prepare('SELECT count(*) FROM search_index WHERE rowid % 16 NOT IN (9, 14)').pluck().get()).toBe(0);
  });

  it('a write that fails leaves the index as it was (rolled back with the record)', () => {
    const h = setup();
    const trip = h.call('trips.create', { title: 'Original title', city: 'Paris', startDay: '2026-12-04', endDay: '2026-12-09', companions: [{ name: 'Anna', adult: true }] });
    h.call('attempts.create', { method: 'lottery', wantedDay: '2026-12-07', tripId: trip.id, companionId: trip.companions[0]!.id });
    const before = contentHash(h.journal);
    // The title is written, then removing a companion who applied is refused: all of it rolls back.
    const error = h.fail('trips.update', { id: trip.id, title: 'Renamed title', companions: [] });
    expect(error.code).toBe('conflict');
    expect(contentHash(h.journal)).toBe(before);
    expect(keys(find(h, 'original'))).toEqual([`trip:${trip.id}`]);
    expect(find(h, 'renamed')).toEqual([]);
  });
});

describe('what the user types is words, never query syntax', () => {
  it('builds one quoted prefix phrase per word, quotes doubled', () => {
    expect(toMatchExpression('kel')).toBe('"kel"*');
    expect(toMatchExpression('  Kelly   25 ')).toBe('"Kelly"* "25"*');
    expect(toMatchExpression('say "hi"')).toBe('"say"* """hi"""*');
    expect(toMatchExpression('NEAR(kelly sèvres)')).toBe('"NEAR(kelly"* "sèvres)"*');
    expect(toMatchExpression('- * " ( ) ^ :')).toBeNull();
    expect(toMatchExpression('')).toBeNull();
    expect(toMatchExpression('e\u0301')).toBe('"é"*');
  });

  it('never fails on search syntax characters, and finds the words inside them', () => {
    const h = setup();
    const trip = h.call('trips.create', { title: 'Kelly near Sèvres', city: 'Paris', startDay: '2026-12-04', endDay: '2026-12-09', notes: 'or not' });
    const before = contentHash(h.journal);
    const hostile = [
      '"',
      '""',
      '"kelly',
      'kelly"',
      '*',
      'kel*',
      '*kel',
      '-kelly',
      'kelly -birkin',
      'NOT',
      'kelly NOT birkin',
      'kelly OR birkin',
      'kelly AND',
      'AND',
      'NEAR',
      'NEAR(kelly sèvres, 2)',
      'NEAR/2',
      'title:kelly',
      '{title body}: kelly',
      '^kelly',
      '+kelly',
      '(kelly',
      'kelly)',
      "'; DROP TABLE trips; --",
      '\\',
      '%_',
      '\u0000',
      'kelly\u0000sèvres',
      '㐀\u0000',
      '\uE000kelly\uE001',
      '🧳',
      'a'.repeat(200),
    ];
    for (const q of hostile) {
      const result = h.dispatch('search.query', { query: q });
      expect(result.ok, q).toBe(true);
    }
    expect(keys(find(h, '-kelly'))).toEqual([`trip:${trip.id}`]);
    expect(keys(find(h, '"kelly'))).toEqual([`trip:${trip.id}`]);
    expect(keys(find(h, 'kel*'))).toEqual([`trip:${trip.id}`]);
    expect(keys(find(h, 'NEAR'))).toEqual([`trip:${trip.id}`]);
    expect(keys(find(h, 'kelly\u0000sèvres'))).toEqual([`trip:${trip.id}`]);
    expect(keys(find(h, 'NEAR(kelly sèvres, 2)'))).toEqual([]);
    expect(keys(find(h, 'kelly OR birkin'))).toEqual([]);
    expect(keys(find(h, 'kelly or'))).toEqual([`trip:${trip.id}`]);
    expect(find(h, '"')).toEqual([]);
    expect(find(h, '   ')).toEqual([]);
    expect(h.journal.sqlite.prepare('SELECT count(*) FROM trips').pluck().get()).toBe(1);
    expect(contentHash(h.journal)).toBe(before);
  });

  it('any text at all is answered without an error', () => {
    const h = setup();
    h.call('trips.create', { title: 'Kelly near Sèvres', city: 'Paris', startDay: '2026-12-04', endDay: '2026-12-09' });
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (q) => {
        const result = h.dispatch('search.query', { query: q });
        expect(result.ok).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('parses marked text into ranges and drops an unmatched marker', () => {
    expect(parseMarked('a \uE000Kelly\uE001 b')).toEqual({ text: 'a Kelly b', matches: [[2, 7]] });
    expect(parseMarked('\uE000x\uE001\uE000y\uE001')).toEqual({ text: 'xy', matches: [[0, 1], [1, 2]] });
    expect(parseMarked('no marks')).toEqual({ text: 'no marks', matches: [] });
    expect(parseMarked('\uE001stray')).toEqual({ text: 'stray', matches: [] });
  });
});

describe('the contract', () => {
  it('refuses a too long query or a bad limit with a readable message, and limits results', () => {
    const h = setup();
    expect(h.fail('search.query', { query: 'a'.repeat(201) })).toMatchObject({
      code: 'invalid_input',
      issues: [{ path: ['query'], message: 'Search for at most 200 characters.' }],
    });
    expect(h.fail('search.query', { query: 'kelly', limit: 0 })).toMatchObject({ code: 'invalid_input', issues: [{ path: ['limit'], message: 'Ask for at least one result.' }] });
    expect(h.fail('search.query', { query: 'kelly', limit: 51 })).toMatchObject({ code: 'invalid_input', issues: [{ path: ['limit'], message: 'Ask for at most 50 results.' }] });
    expect(h.fail('search.query', {}).code).toBe('invalid_input');
    for (let i = 0; i < 25; i++) h.call('contacts.create', { name: `Kelly fan ${i}` });
    expect(find(h, 'kelly')).toHaveLength(20);
    expect(h.call('search.query', { query: 'kelly', limit: 5 })).toHaveLength(5);
    expect(h.call('search.query', { query: 'kelly', limit: 50 })).toHaveLength(25);
  });
});

describe('offers (migration 007)', () => {
  function offers(h: H) {
    const camille = h.call('contacts.create', { name: 'Camille Martin', boutiqueId: 3 });
    const kelly = h.call('offers.create', {
      day: '2026-03-10',
      boutiqueId: 3,
      contactId: camille.id,
      source: 'appointment',
      model: 'Kelly',
      size: '25',
      leather: 'Epsom',
      colour: 'Vert Amande',
      hardware: 'Palladium',
      quota: true,
      notes: 'Shown in the back room.',
    });
    const lindy = h.call('offers.create', { day: '2026-06-02', source: 'walk_in', model: 'Lindy', size: '26', leather: 'Clemence', colour: 'Étoupe' });
    h.call('offers.decide', { id: lindy.id, decision: 'declined', day: '2026-06-02', reason: 'Too heavy for travel.' });
    return { camille, kelly, lindy };
  }

  it('finds an offer by its model, leather, colour, hardware, reason, notes, boutique and SA, and opens the offers screen', () => {
    const h = setup();
    const { camille, kelly, lindy } = offers(h);
    const cases: [string, string[]][] = [
      ['amande', [`offer:${kelly.id}`]],
      ['epsom', [`offer:${kelly.id}`]],
      ['palladium', [`offer:${kelly.id}`]],
      ['back room', [`offer:${kelly.id}`]],
      ['etoupe', [`offer:${lindy.id}`]],
      ['clemence', [`offer:${lindy.id}`]],
      ['heavy travel', [`offer:${lindy.id}`]],
      ['lindy 26', [`offer:${lindy.id}`]],
      // The SA's own record and the offer that names her.
      ['camille', [`contact:${camille.id}`, `offer:${kelly.id}`]],
    ];
    for (const [q, expected] of cases) expect(keys(find(h, q)).sort(), q).toEqual(expected.sort());

    expect(find(h, 'kelly')).toEqual([
      {
        kind: 'offer',
        id: kelly.id,
        title: { text: 'Kelly 25', matches: [[0, 5]] },
        context: 'Still deciding · Sèvres',
        day: '2026-03-10',
        endDay: null,
        snippet: null,
        link: { screen: 'offers', id: kelly.id },
      },
    ]);
    const declined = find(h, 'heavy')[0]!;
    expect(declined).toMatchObject({ title: { text: 'Lindy 26', matches: [] }, context: 'Declined', link: { screen: 'offers', id: lindy.id } });
    expect(marked(declined.snippet)).toEqual(['heavy']);
    expect(marked(find(h, 'sevres').find((r) => r.kind === 'offer')!.snippet)).toEqual(['Sèvres']);
  });

  it('follows edits, renamed boutiques and SAs, and deletes', () => {
    const h = setup();
    const { camille, kelly, lindy } = offers(h);
    h.call('offers.update', { id: kelly.id, colour: 'Rouge Casaque', notes: null });
    expect(find(h, 'amande')).toEqual([]);
    expect(find(h, 'back room')).toEqual([]);
    expect(keys(find(h, 'casaque'))).toEqual([`offer:${kelly.id}`]);

    // Moved to a boutique of the user's own, then that boutique renamed.
    const madison = h.call('boutiques.create', { name: 'Madison Avenue', city: 'New York', country: 'US', timeZone: 'America/New_York' });
    h.call('offers.update', { id: kelly.id, boutiqueId: madison.id });
    expect(keys(find(h, 'sevres'))).toEqual([`contact:${camille.id}`]);
    expect(keys(find(h, 'madison'))).toEqual([`offer:${kelly.id}`]);
    h.call('boutiques.update', { id: madison.id, name: 'Wall Street' });
    expect(find(h, 'madison')).toEqual([]);
    expect(keys(find(h, 'wall street'))).toEqual([`offer:${kelly.id}`]);
    h.call('contacts.update', { id: camille.id, name: 'Camille Roux' });
    expect(keys(find(h, 'roux')).sort()).toEqual([`contact:${camille.id}`, `offer:${kelly.id}`].sort());
    expect(find(h, 'martin')).toEqual([]);

    // Moving the offer to another SA moves it in the index.
    const other = h.call('contacts.create', { name: 'Odile Blanc' });
    h.call('offers.update', { id: kelly.id, contactId: other.id });
    expect(keys(find(h, 'roux'))).toEqual([`contact:${camille.id}`]);
    expect(keys(find(h, 'odile')).sort()).toEqual([`contact:${other.id}`, `offer:${kelly.id}`].sort());

    const note = h.call('notes.create', { subjectType: 'offer', subjectId: lindy.id, day: '2026-06-03', kind: 'reflection', body: 'Maybe a Garden Party instead.' });
    expect(find(h, 'garden')).toMatchObject([{ kind: 'note', id: note.id, title: { text: 'Reflection · Lindy 26, 2 Jun 2026' }, link: { screen: 'offers', id: lindy.id } }]);
    h.call('offers.delete', { id: lindy.id });
    expect(find(h, 'lindy')).toEqual([]);
    expect(find(h, 'garden')).toEqual([]);
    expect(h.journal.sqlite.prepare('SELECT count(*) FROM search_index WHERE rowid % 16 = 8').pluck().get()).toBe(1);
  });

  it('a failed offer write leaves the index as it was', () => {
    const h = setup();
    const { kelly } = offers(h);
    const before = contentHash(h.journal);
    expect(h.fail('offers.update', { id: kelly.id, colour: 'Bleu Nuit', contactId: 999 }).code).toBe('invalid_input');
    expect(find(h, 'nuit')).toEqual([]);
    expect(contentHash(h.journal)).toBe(before);
  });

  it('the migration indexes the offers an existing journal already holds', () => {
    const file = path.join(tempDir(), 'journal.sqlite');
    const old = openJournal(file, { migrations: migrations.filter((m) => m.id < '007-search-offers'), clock: () => NOW });
    // The offer as rows of that schema (today's offers service reads the 019 wishlist).
    const offerId = Number(
      old.sqlite
        .prepare("INSERT INTO offers (day, time_zone, quota_year, boutique_id, source, category, model, size, colour, decision, created_at, updated_at) VALUES ('2025-05-02', 'Europe/Paris', 2025, 2, 'sa_call', 'bag', 'Bolide', '27', 'Gris Meyer', 'pending', ?, ?)")
        .run(NOW.toISOString(), NOW.toISOString()).lastInsertRowid,
    );
    expect(old.sqlite.prepare("SELECT count(*) FROM search_index WHERE search_index MATCH 'meyer'").pluck().get()).toBe(0);
    old.close();

    const journal = tempJournal({ clock: () => NOW }, file);
    const result = createDispatch(journal)('search.query', { query: 'meyer george' });
    expect(result.ok && keys(result.value as SearchResult[])).toEqual([`offer:${offerId}`]);
  });
});

describe('the 005 migration', () => {
  it('indexes what an existing journal already holds', () => {
    const file = path.join(tempDir(), 'journal.sqlite');
    // A journal from before 005 (and so before 007, which indexes offers in 005's index).
    const before = migrations.filter((m) => m.id < '005-search');
    const old = openJournal(file, { migrations: before, clock: () => NOW });
    const dispatch = createDispatch(old);
    const ok = <T = unknown>(r: Result<unknown>): T => {
      if (!r.ok) throw new Error(r.error.message);
      return r.value as T;
    };
    // The trip as that Carnet wrote it (today's trips service links wishes to the 019 wishlist).
    const trip = { id: Number(old.sqlite.prepare("INSERT INTO trips (title, city, start_day, end_day, time_zone, created_at, updated_at) VALUES ('Old trip', 'Paris', '2025-05-01', '2025-05-04', 'Europe/Paris', ?, ?)").run(NOW.toISOString(), NOW.toISOString()).lastInsertRowid) };
    old.sqlite.prepare("INSERT INTO trip_wishlist (trip_id, position, model, colour, priority, status) VALUES (?, 0, 'Garden Party', 'Étoupe', 2, 'wanted')").run(trip.id);
    // The contact as rows of that schema too (today's contacts service writes the 021 columns).
    const contact = {
      id: Number(
        old.sqlite
          .prepare("INSERT INTO contacts (name, role, notes, created_at, updated_at) VALUES ('Sévérine', 'sa', 'Sèvres leather desk', ?, ?)")
          .run(NOW.toISOString(), NOW.toISOString()).lastInsertRowid,
      ),
    };
    ok(dispatch('interactions.create', { contactId: contact.id, day: '2025-05-02', kind: 'visited', summary: 'Showed a Halzan' }));
    // A receipt as rows of that schema (today's purchases service reads columns added since).
    const purchase = {
      id: Number(
        old.sqlite
          .prepare("INSERT INTO purchases (day, currency, detaxe_status, created_at, updated_at) VALUES ('2025-05-02', 'EUR', 'not_applicable', ?, ?)")
          .run(NOW.toISOString(), NOW.toISOString()).lastInsertRowid,
      ),
    };
    old.sqlite.prepare("INSERT INTO purchase_items (purchase_id, position, category, description, price_minor) VALUES (?, 0, 'scarves', 'Carré 90', 55000)").run(purchase.id);
    // A special order as rows of that schema (today's service reads the price book, 026).
    const order = {
      id: Number(
        old.sqlite
          .prepare("INSERT INTO special_orders (model, exterior_colour, created_at, updated_at) VALUES ('Birkin', 'Bleu Nuit', ?, ?)")
          .run(NOW.toISOString(), NOW.toISOString()).lastInsertRowid,
      ),
    };
    old.sqlite.prepare("INSERT INTO special_order_events (order_id, status, day, created_at) VALUES (?, 'placed', '2025-05-03', ?)").run(order.id, NOW.toISOString());
    ok(dispatch('notes.create', { subjectType: 'purchase', subjectId: purchase.id, kind: 'reflection', body: 'The silk twill was lovely.' }));
    old.close();

    const journal = tempJournal({ clock: () => NOW }, file);
    const h = createDispatch(journal);
    const search = (query: string) => {
      const r = h('search.query', { query });
      if (!r.ok) throw new Error(r.error.message);
      return keys(r.value as SearchResult[]);
    };
    // The trip, and its wish carried into the standing wishlist by 019.
    expect(search('etoupe').sort()).toEqual([`trip:${trip.id}`, 'wishlist_item:1']);
    expect(search('severine')).toEqual([`contact:${contact.id}`]);
    expect(search('halzan')).toHaveLength(1);
    expect(search('carre')).toEqual([`purchase:${purchase.id}`]);
    expect(search('nuit')).toEqual([`special_order:${order.id}`]);
    expect(search('twill')).toHaveLength(1);
    // …and keeps following writes after the migration.
    h('trips.update', { id: trip.id, title: 'Older trip' });
    expect(search('older')).toEqual([`trip:${trip.id}`]);
  });

  it('searching writes nothing', () => {
    const h = setup();
    h.call('trips.create', { title: 'Kelly', city: 'Paris', startDay: '2026-12-04', endDay: '2026-12-09' });
    const before = contentHash(h.journal);
    find(h, 'kelly');
    find(h, 'nothing here');
    expect(contentHash(h.journal)).toBe(before);
  });
});
