/**
 * A reproducible (seeded) synthetic journal of twenty years of a heavy user: 300 trips,
 * 3,000 contacts with 60,000 interactions, 25,000 purchases, 15,000 appointment attempts,
 * 400 special orders and 100,000 decision notes, with French and English text.
 * Rows go in with prepared statements in one transaction (the services would take minutes
 * for the same volume and measure nothing we care about here).
 *
 *   npx tsx bench/generate.ts [file] [--scale 1] [--seed 42] [--years 20]
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DateTime } from 'luxon';
import type { Migration } from '../src/main/db/migrations';
import { openJournal } from '../src/main/db/open';

export interface GenerateOptions {
  seed?: number;
  /** 1 = the full journal of a heavy user; smaller for quick runs. */
  scale?: number;
  /** How many years the journal spans (20 by default); the volume grows with it (60 years: three times 20). */
  years?: number;
  /** Write under these migrations only (to measure migrating an older journal). */
  migrations?: readonly Migration[];
}

function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
  };
}

const WORDS = [
  'Kelly', 'Birkin', 'Constance', 'Evelyne', 'Picotin', 'Lindy', 'Bolide', 'Herbag', 'Garden', 'Party', 'Oran', 'Chypre', 'carré', 'twilly',
  'Épsom', 'Togo', 'Clémence', 'Swift', 'Box', 'Barénia', 'Chèvre', 'Étoupe', 'Gold', 'Noir', 'Craie', 'Rouge', 'Casaque', 'Bleu', 'Nuit',
  'Sèvres', 'Faubourg', 'George', 'boutique', 'vendeuse', 'rendez-vous', 'loterie', 'maroquinerie', 'cadeau', 'offert', 'déçue', 'ravie',
  'appointment', 'lottery', 'leather', 'desk', 'offered', 'waiting', 'special', 'order', 'colour', 'hardware', 'palladium', 'doré', 'lovely',
  'SA', 'manager', 'walk-in', 'afternoon', 'matin', 'après-midi', 'hôtel', 'concierge', 'spend', 'ratio', 'quota', 'profile', 'patience',
  'décision', 'réflexion', 'doubt', 'sure', 'maybe', 'attendre', 'voir', 'sac', 'avant', 'rejeter', 'thank', 'merci', 'beaucoup', 'très',
];
const MODELS = ['Kelly', 'Birkin', 'Constance', 'Evelyne', 'Picotin', 'Lindy', 'Bolide', 'Herbag', 'Garden Party', 'Roulis'];
const COLOURS = ['Gold', 'Étoupe', 'Noir', 'Craie', 'Rouge Casaque', 'Bleu Nuit', 'Vert Criquet', 'Rose Sakura', 'Etain', 'Biscuit'];
const LEATHERS = ['Epsom', 'Togo', 'Clémence', 'Swift', 'Box', 'Chèvre Mysore', 'Barenia'];
const NAMES = ['Camille', 'Hélène', 'Sophie', 'Amélie', 'Léa', 'Chloé', 'Inès', 'Jules', 'Louis', 'Émile', 'Marc', 'Anna', 'Yuki', 'Grace', 'Olivia'];
const CATEGORIES = ['bag', 'small_leather_goods', 'shoes', 'jewelry', 'scarves', 'ready_to_wear', 'home', 'other'] as const;

export function generateJournal(file: string, options: GenerateOptions = {}): Record<string, number> {
  const years = options.years ?? 20;
  const scale = (options.scale ?? 1) * (years / 20);
  const r = rng(options.seed ?? 42);
  const n = (count: number) => Math.max(1, Math.round(count * scale));
  const text = (min: number, max: number) => Array.from({ length: r.int(min, max) }, () => r.pick(WORDS)).join(' ');
  const start = DateTime.fromISO('2026-01-01').minus({ years });
  const days = years * 365;
  const day = () => start.plus({ days: r.int(0, days) }).toISODate()!;
  const instant = () => start.plus({ minutes: r.int(0, days * 1440) }).toUTC().toISO()!;

  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const journal = openJournal(file, { clock: () => new Date('2026-11-23T10:00:00.000Z'), ...(options.migrations ? { migrations: options.migrations } : {}) });
  const db = journal.sqlite;
  const now = '2026-11-23T10:00:00.000Z';
  const counts: Record<string, number> = {};
  const insert = (sql: string) => db.prepare(sql);

  db.transaction(() => {
    const boutiqueIds = [1, 2, 3];
    const addBoutique = insert('INSERT INTO boutiques (name, city, country, time_zone, is_home, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
    for (const [name, city, country, zone, home] of [
      ['Madison Avenue', 'New York', 'US', 'America/New_York', 1],
      ['Ginza', 'Tokyo', 'JP', 'Asia/Tokyo', 0],
      ['London Bond Street', 'London', 'GB', 'Europe/London', 0],
      ['Sydney', 'Sydney', 'AU', 'Australia/Sydney', 0],
    ] as const) {
      boutiqueIds.push(Number(addBoutique.run(name, city, country, zone, home, now, now).lastInsertRowid));
    }

    const addTrip = insert('INSERT INTO trips (title, city, start_day, end_day, time_zone, hotel_name, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const addCompanion = insert('INSERT INTO trip_companions (trip_id, position, name, adult) VALUES (?, ?, ?, ?)');
    const addWish = insert("INSERT INTO trip_wishlist (trip_id, position, model, colour, priority, status) VALUES (?, ?, ?, ?, ?, 'wanted')");
    const tripIds: number[] = [];
    for (let i = 0; i < n(300); i++) {
      const s = DateTime.fromISO(day());
      const id = Number(addTrip.run(`Paris ${s.toFormat('LLLL yyyy')}`, 'Paris', s.toISODate(), s.plus({ days: r.int(2, 9) }).toISODate(), 'Europe/Paris', r.pick(['Le Bristol', 'Le Meurice', 'Ritz', 'Plaza Athénée']), text(5, 30), now, now).lastInsertRowid);
      tripIds.push(id);
      for (let c = 0; c < r.int(0, 2); c++) addCompanion.run(id, c, r.pick(NAMES), r.chance(0.8) ? 1 : 0);
      for (let w = 0; w < r.int(0, 3); w++) addWish.run(id, w, r.pick(MODELS), r.pick(COLOURS), r.int(1, 3));
    }
    counts['trips'] = tripIds.length;

    const addContact = insert('INSERT INTO contacts (name, role, boutique_id, department, languages, email, met_on, follow_up_on, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const contactIds: number[] = [];
    for (let i = 0; i < n(3000); i++) {
      const name = `${r.pick(NAMES)} ${r.pick(['Martin', 'Bernard', 'Dubois', 'Lefèvre', 'Moreau', 'Tanaka', 'Smith', 'Rossi'])}`;
      contactIds.push(Number(addContact.run(name, r.pick(['sa', 'sa', 'sa', 'manager', 'leather_desk', 'concierge']), r.pick(boutiqueIds), r.pick(['Leather', 'Shoes', 'Jewelry', 'Home', 'RTW']), '["French","English"]', `${name.split(' ')[0]!.toLowerCase()}${i}@example.com`, day(), r.chance(0.05) ? day() : null, text(0, 20), now, now).lastInsertRowid));
    }
    counts['contacts'] = contactIds.length;
    const addInteraction = insert('INSERT INTO contact_interactions (contact_id, day, kind, summary, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < n(60000); i++) addInteraction.run(r.pick(contactIds), day(), r.pick(['visited', 'messaged', 'called', 'offered', 'asked_appointment', 'gift', 'other']), text(3, 25), now, now);
    counts['interactions'] = n(60000);

    const addPurchase = insert('INSERT INTO purchases (day, boutique_id, contact_id, trip_id, currency, detaxe_status, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const addItem = insert('INSERT INTO purchase_items (purchase_id, position, category, description, quota, price_minor, offered) VALUES (?, ?, ?, ?, ?, ?, ?)');
    const purchaseIds: number[] = [];
    for (let i = 0; i < n(25000); i++) {
      const b = r.pick(boutiqueIds);
      const currency = b <= 3 ? 'EUR' : b === 4 ? 'USD' : r.pick(['JPY', 'GBP', 'AUD']);
      const id = Number(addPurchase.run(day(), b, r.chance(0.8) ? r.pick(contactIds) : null, r.chance(0.3) ? r.pick(tripIds) : null, currency, b <= 3 ? r.pick(['eligible', 'validated', 'refunded', 'not_applicable']) : 'not_applicable', r.chance(0.3) ? text(2, 15) : null, now, now).lastInsertRowid);
      purchaseIds.push(id);
      for (let k = 0; k < r.int(1, 3); k++) {
        const category = r.pick(CATEGORIES);
        addItem.run(id, k, category, `${category === 'bag' ? r.pick(MODELS) : r.pick(WORDS)} ${r.pick(COLOURS)}`, category === 'bag' ? (r.chance(0.4) ? 1 : 0) : null, r.int(50, 15000) * 100, r.chance(0.1) ? 1 : 0);
      }
    }
    counts['purchases'] = purchaseIds.length;

    const addAttempt = insert('INSERT INTO appointment_attempts (method, wanted_day, boutique_id, trip_id, form_accepted_at, result, appointment_at, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < n(15000); i++) {
      const granted = r.chance(0.05);
      addAttempt.run(r.pick(['lottery', 'lottery', 'lottery', 'walk_in', 'concierge', 'home_sa', 'sa_relationship']), day(), r.chance(0.5) ? r.pick([1, 2, 3]) : null, r.chance(0.7) ? r.pick(tripIds) : null, instant(), granted ? 'granted' : r.pick(['not_granted', 'pending', 'cancelled']), granted ? instant() : null, r.chance(0.3) ? text(3, 20) : null, now, now);
    }
    counts['attempts'] = n(15000);

    const addOrder = insert('INSERT INTO special_orders (boutique_id, contact_id, model, size, exterior_leather, exterior_colour, interior_leather, interior_colour, stitching, hardware, expected_from, expected_to, notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    const addEvent = insert('INSERT INTO special_order_events (order_id, status, day, note, created_at) VALUES (?, ?, ?, ?, ?)');
    const orderIds: number[] = [];
    for (let i = 0; i < n(400); i++) {
      const offered = DateTime.fromISO(day());
      const id = Number(addOrder.run(r.pick(boutiqueIds), r.pick(contactIds), r.pick(MODELS), r.pick(['25', '28', '30', '32']), r.pick(LEATHERS), r.pick(COLOURS), r.pick(LEATHERS), r.pick(COLOURS), r.pick(COLOURS), r.pick(['GHW', 'PHW', 'RGHW']), offered.plus({ months: 9 }).toISODate(), offered.plus({ months: 18 }).toISODate(), text(0, 30), now, now).lastInsertRowid);
      orderIds.push(id);
      let d = offered;
      for (const status of ['offered', 'placed', 'waiting', 'arrived', r.pick(['accepted', 'rejected'])].slice(0, r.int(1, 5))) {
        addEvent.run(id, status, d.toISODate(), r.chance(0.5) ? text(3, 15) : null, now);
        d = d.plus({ days: status === 'waiting' ? r.int(150, 500) : r.int(0, 20) });
      }
    }
    counts['special_orders'] = orderIds.length;

    const addNote = insert('INSERT INTO decision_notes (subject_type, subject_id, day, kind, body, confidence, pinned, resurface_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
    for (let i = 0; i < n(100000); i++) {
      const kind = r.pick(['special_order', 'purchase', 'trip', 'contact', 'attempt'] as const);
      const subject = kind === 'special_order' ? r.pick(orderIds) : kind === 'purchase' ? r.pick(purchaseIds) : kind === 'trip' ? r.pick(tripIds) : kind === 'contact' ? r.pick(contactIds) : r.int(1, n(15000));
      addNote.run(kind, subject, day(), r.pick(['reflection', 'doubt', 'decision', 'advice']), text(5, 60), r.chance(0.5) ? r.int(1, 5) : null, r.chance(0.02) ? 1 : 0, r.chance(0.01) ? day() : null, now, now);
    }
    counts['decision_notes'] = n(100000);
  })();
  db.pragma('optimize');
  journal.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  journal.close();
  return counts;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { scale: { type: 'string', default: '1' }, seed: { type: 'string', default: '42' }, years: { type: 'string', default: '20' } } });
  const file = path.resolve(positionals[0] ?? '.bench/journal.sqlite');
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const started = performance.now();
  const counts = generateJournal(file, { scale: Number(values.scale), seed: Number(values.seed), years: Number(values.years) });
  console.log(`Generated ${file} in ${((performance.now() - started) / 1000).toFixed(1)} s (${(fs.statSync(file).size / 1e6).toFixed(1)} MB):`, counts);
}
