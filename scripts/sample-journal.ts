/** A small, realistic journal for screenshots and for trying the app: written through dispatch. */
import type { Journal } from '../src/main/db/journal';
import { createDispatch } from '../src/main/dispatch';
import type { Channel, InputOf, OutputOf } from '../src/shared/api';
import type { Result } from '../src/shared/result';
import { seedOffers } from './sample-offers';

export function seedSample(journal: Journal): void {
  const dispatch = createDispatch(journal);
  const call = <C extends Channel>(channel: C, input: InputOf<C>): OutputOf<C> => {
    const r = dispatch(channel, input) as Result<OutputOf<C>>;
    if (!r.ok) throw new Error(`${channel}: ${r.error.message} ${JSON.stringify(r.error.issues ?? [])}`);
    return r.value;
  };
  const [fsh, georgeV, sevres] = call('boutiques.list', undefined);
  call('trips.create', {
    title: 'Paris in December',
    city: 'Paris',
    startDay: '2026-12-04',
    endDay: '2026-12-09',
    timeZone: 'Europe/Paris',
    hotelName: 'Le Bristol',
    hotelConcierge: 'Marc Duval · +33 1 53 43 43 00',
    companions: [
      { name: 'Anna', adult: true },
      { name: 'Léo', adult: false },
    ],
    boutiqueIds: [fsh!.id, georgeV!.id, sevres!.id],
    wishlist: [
      { model: 'Kelly', size: '25', leather: 'Epsom', colour: 'Gold', hardware: 'GHW', priority: 1 },
      { model: 'Constance', size: '18', leather: 'Epsom', colour: 'Rouge Casaque', hardware: 'PHW', priority: 2 },
      { model: 'Oran sandals', size: '38', colour: 'Noir', priority: 3, status: 'bought' },
    ],
    notes: 'Apply to the lottery every evening with Anna. Walk in at Sèvres in the afternoon.',
  });
  call('trips.create', {
    title: 'Spring in Paris',
    city: 'Paris',
    startDay: '2027-04-14',
    endDay: '2027-04-18',
    timeZone: 'Europe/Paris',
    hotelName: 'Hôtel Plaza Athénée',
    boutiqueIds: [fsh!.id],
  });
  call('trips.create', {
    title: 'Paris, autumn',
    city: 'Paris',
    startDay: '2026-09-18',
    endDay: '2026-09-22',
    timeZone: 'Europe/Paris',
    hotelName: 'Le Meurice',
    wishlist: [{ model: 'Evelyne', size: 'PM', colour: 'Étoupe', priority: 2, status: 'bought' }],
  });

  // ── Calendar sample (helper "cal"): the December trip's attempts, a purchase, a follow-up,
  // a special order and a note that resurfaces, so the month and week views show every kind.
  {
    const trip = call('trips.list', { query: 'Paris in December' })[0]!;
    const anna = trip.companions.find((c) => c.name === 'Anna')!;
    call('attempts.create', { method: 'lottery', wantedDay: '2026-12-07', boutiqueId: null, tripId: trip.id, result: 'not_granted' });
    call('attempts.create', { method: 'lottery', wantedDay: '2026-12-07', boutiqueId: null, tripId: trip.id, companionId: anna.id, result: 'not_granted' });
    call('attempts.create', {
      method: 'lottery',
      wantedDay: '2026-12-08',
      boutiqueId: fsh!.id,
      tripId: trip.id,
      result: 'granted',
      appointmentAt: '2026-12-08T14:30:00+01:00',
    });
    call('attempts.create', { method: 'lottery', wantedDay: '2026-12-09', boutiqueId: null, tripId: trip.id, companionId: anna.id });
    call('attempts.create', { method: 'walk_in', wantedDay: '2026-12-05', boutiqueId: sevres!.id, tripId: trip.id });
    const camille = call('contacts.create', {
      name: 'Camille Roche',
      role: 'sa',
      boutiqueId: georgeV!.id,
      department: 'Leather goods',
      languages: ['French', 'English'],
      metOn: '2026-09-19',
      followUpOn: '2026-12-16',
    });
    call('purchases.create', {
      day: '2026-12-05',
      boutiqueId: sevres!.id,
      tripId: trip.id,
      currency: 'EUR',
      items: [{ category: 'shoes', description: 'Oran sandals, Noir', priceMinor: 72000 }],
      detaxe: { status: 'eligible' },
    });
    call('purchases.create', {
      day: '2026-12-08',
      boutiqueId: georgeV!.id,
      contactId: camille.id,
      tripId: trip.id,
      currency: 'EUR',
      items: [
        { category: 'scarves', description: 'Carré 90 Brides de Gala', priceMinor: 52000 },
        { category: 'jewelry', description: 'Clic H bracelet', priceMinor: 72000 },
      ],
    });
    const order = call('specialOrders.create', {
      boutiqueId: georgeV!.id,
      contactId: camille.id,
      model: 'Kelly',
      size: '25',
      exteriorLeather: 'Epsom',
      exteriorColour: 'Gold',
      interiorLeather: 'Chèvre',
      interiorColour: 'Craie',
      hardware: 'Brushed gold',
      expectedFrom: '2027-09-01',
      expectedTo: '2027-12-15',
      history: [
        { status: 'offered', day: '2026-11-10', note: 'Camille called: a special-order slot, to confirm within the week.' },
        { status: 'placed', day: '2026-11-14', note: null },
      ],
    });
    call('notes.create', {
      subjectType: 'special_order',
      subjectId: order.id,
      day: '2026-11-14',
      kind: 'advice',
      body: 'Wait until you see the bag before deciding anything.',
      resurfaceOn: '2026-12-23',
    });
  }

  // ── Dashboard and search sample (helper "search"): what a user has on 23 November 2026 —
  // follow-ups due, a bag that arrived, a long wait, this year's receipts in two currencies.
  {
    const madison = call('boutiques.create', { name: 'Madison Avenue', city: 'New York', country: 'US', timeZone: 'America/New_York', isHome: true });
    const helene = call('contacts.create', {
      name: 'Hélène Marchand',
      role: 'manager',
      boutiqueId: fsh!.id,
      department: 'Leather goods',
      email: 'h.marchand@example.com',
      followUpOn: '2026-11-20',
      notes: 'Met through the home store. Prefers e-mail; ask about a December appointment.',
    });
    call('interactions.create', {
      contactId: helene.id,
      day: '2026-10-14',
      kind: 'asked_appointment',
      summary: 'Asked for a leather appointment during the December trip; she will check with the leather desk.',
    });
    const julien = call('contacts.create', { name: 'Julien Lefèvre', role: 'sa', boutiqueId: sevres!.id, department: 'Leather goods', followUpOn: '2026-11-23' });
    call('interactions.create', { contactId: julien.id, day: '2026-09-19', kind: 'visited', summary: 'Showed me an Evelyne PM in Étoupe; bought it with a Twilly.' });
    const grace = call('contacts.create', { name: 'Grace Park', role: 'sa', boutiqueId: madison.id, followUpOn: '2026-12-01', notes: 'Home-store SA. Knows I want a Kelly 25.' });
    call('purchases.create', {
      day: '2026-09-19',
      boutiqueId: sevres!.id,
      contactId: julien.id,
      currency: 'EUR',
      items: [
        { category: 'bag', description: 'Evelyne PM, Étoupe', priceMinor: 232_000, quota: false },
        { category: 'scarves', description: 'Twilly, Brides de Gala', priceMinor: 20_500 },
      ],
      detaxe: { status: 'validated' },
      notes: 'Détaxe validated at CDG on the way home.',
    });
    call('purchases.create', {
      day: '2026-05-06',
      boutiqueId: fsh!.id,
      currency: 'EUR',
      items: [{ category: 'bag', description: 'Kelly 28, Togo Gold', priceMinor: 1_050_000, quota: true, offered: true }],
    });
    call('purchases.create', {
      day: '2026-04-11',
      boutiqueId: madison.id,
      contactId: grace.id,
      currency: 'USD',
      items: [
        { category: 'scarves', description: 'Carré 90, Mors à la Conférence', priceMinor: 64_500 },
        { category: 'home', description: 'Avalon throw', priceMinor: 176_000 },
      ],
    });
    call('specialOrders.create', {
      boutiqueId: sevres!.id,
      contactId: julien.id,
      model: 'Constance',
      size: '18',
      exteriorLeather: 'Epsom',
      exteriorColour: 'Rouge Casaque',
      interiorColour: 'Rose Sakura',
      hardware: 'Palladium',
      expectedFrom: '2026-09-01',
      expectedTo: '2026-12-31',
      history: [
        { status: 'offered', day: '2025-10-02' },
        { status: 'placed', day: '2025-10-15' },
        { status: 'waiting', day: '2025-11-20' },
        { status: 'arrived', day: '2026-11-18', note: 'Julien called from Sèvres: the bag is in.' },
      ],
    });
    const birkin = call('specialOrders.create', {
      boutiqueId: madison.id,
      contactId: grace.id,
      model: 'Birkin',
      size: '25',
      exteriorLeather: 'Togo',
      exteriorColour: 'Étoupe',
      interiorColour: 'Craie',
      stitching: 'Contrast white',
      hardware: 'Gold',
      expectedFrom: '2026-08-01',
      expectedTo: '2027-02-01',
      history: [
        { status: 'offered', day: '2026-01-20' },
        { status: 'placed', day: '2026-02-03' },
        { status: 'waiting', day: '2026-03-01' },
      ],
    });
    call('notes.create', {
      subjectType: 'special_order',
      subjectId: birkin.id,
      day: '2026-06-02',
      kind: 'doubt',
      body: 'Still wondering whether Gris Meyer would have been wiser than Étoupe. Decide only when I see it.',
      confidence: 3,
    });
  }
  // ── Special orders sample (helper "orders"): an accepted order and a rejected one to compare
  // waits with, one that has just arrived, and the showcase: a Kelly Sellier 28 waiting, with a
  // step history, notes at each stage and Carnet's guidance pinned.
  {
    const helene = call('contacts.create', { name: 'Hélène Dubois', role: 'sa', boutiqueId: fsh!.id, department: 'Leather goods', languages: ['French', 'English'] });
    const constance = call('specialOrders.create', {
      boutiqueId: fsh!.id,
      contactId: helene.id,
      model: 'Constance',
      size: '18',
      exteriorLeather: 'Epsom',
      exteriorColour: 'Rouge Casaque',
      interiorLeather: 'Chèvre Mysore',
      interiorColour: 'Rose Sakura',
      stitching: 'Tone on tone',
      hardware: 'Gold',
      history: [
        { status: 'offered', day: '2023-03-10', note: 'Hélène mentioned a special-order slot for the spring season.' },
        { status: 'placed', day: '2023-03-14' },
        { status: 'arrived', day: '2024-02-02', note: 'Hélène sent a photo: the red is vivid.' },
      ],
    });
    call('specialOrders.decide', { id: constance.id, decision: 'accepted', day: '2024-02-10', reasons: 'Saw it in the light at FSH; the pink interior makes it.', confidence: 5, priceMinor: 1130000, currency: 'EUR' });

    const picotin = call('specialOrders.create', {
      boutiqueId: georgeV!.id,
      model: 'Picotin',
      size: '18',
      exteriorLeather: 'Clemence',
      exteriorColour: 'Vert Fizz',
      interiorLeather: 'Swift',
      interiorColour: 'Craie',
      hardware: 'Palladium',
      history: [
        { status: 'placed', day: '2024-05-02' },
        { status: 'waiting', day: '2024-11-15' },
        { status: 'arrived', day: '2025-06-20' },
      ],
    });
    call('colours.set', { name: 'Vert Fizz', hex: '#9dbb3a' });
    call('specialOrders.decide', {
      id: picotin.id,
      decision: 'rejected',
      day: '2025-06-24',
      reasons: 'The green is far more acid in person than on the swatch; I would not carry it. Told the SA with thanks.',
      confidence: 4,
    });

    const birkin = call('specialOrders.create', {
      boutiqueId: georgeV!.id,
      model: 'Birkin',
      size: '25',
      exteriorLeather: 'Togo',
      exteriorColour: 'Bleu Nuit',
      interiorLeather: 'Chèvre Mysore',
      interiorColour: 'Bleu Electrique',
      stitching: 'White',
      hardware: 'Palladium',
      expectedFrom: '2026-06-01',
      expectedTo: '2026-12-31',
      history: [
        { status: 'placed', day: '2025-10-02' },
        { status: 'arrived', day: '2026-11-20', note: 'Call from the boutique: it can be seen on Saturday.' },
      ],
    });
    call('notes.create', { subjectType: 'special_order', subjectId: birkin.id, day: '2026-02-14', kind: 'doubt', body: 'Is the electric-blue lining too loud with navy?', confidence: 2 });

    const kelly = call('specialOrders.create', {
      boutiqueId: fsh!.id,
      contactId: helene.id,
      model: 'Kelly Sellier',
      size: '28',
      exteriorLeather: 'Epsom',
      exteriorColour: 'Étoupe',
      interiorLeather: 'Chèvre Mysore',
      interiorColour: 'Rouge H',
      stitching: 'White',
      hardware: 'Palladium',
      expectedFrom: '2026-09-01',
      expectedTo: '2027-03-31',
      notes: 'Season list: Epsom or Togo only for the Sellier; no bicolour exterior this season.',
      history: [
        { status: 'offered', day: '2025-09-13', note: 'Hélène offered a slot at the end of the appointment.' },
        { status: 'placed', day: '2025-09-20', note: 'Choices made with Hélène in the salon upstairs.' },
        { status: 'waiting', day: '2026-04-08', note: 'Hélène: production has started, no date yet.' },
      ],
    });
    const kellyNote = (day: string, kind: 'reflection' | 'doubt' | 'decision' | 'advice', body: string, confidence: number | null, resurfaceOn: string | null = null) =>
      call('notes.create', { subjectType: 'special_order', subjectId: kelly.id, day, kind, body, confidence, resurfaceOn });
    kellyNote('2025-09-20', 'decision', 'Étoupe with a Rouge H lining: neutral outside for every day, a secret inside. White stitching to show the Sellier lines.', 4);
    kellyNote('2025-12-02', 'doubt', 'Saw a Gris Meyer Kelly on the street and it looked softer than Étoupe. Did I choose too safe?', 2);
    kellyNote('2026-04-08', 'reflection', 'Hearing production started made it real. Still happy with the lining; less sure about the white stitching.', 3);
    kellyNote('2026-08-30', 'advice', 'Re-read the first note before deciding. Judge it in daylight, not under the boutique lights.', null, '2026-11-23');
    call('guidance.pin', { orderId: kelly.id, key: 'whileWaiting' });
    const december = call('trips.list', { query: 'Paris in December' })[0]!;
    call('notes.create', {
      subjectType: 'trip',
      subjectId: december.id,
      day: '2026-11-20',
      kind: 'advice',
      body: 'If nothing is offered, that is fine: this trip is for Paris first. No buying to "build a profile".',
      confidence: 4,
    });
  }

  // ── Contacts and purchases sample (helper "people"): the home-store SA in New York with a
  // long interaction log, receipts over two years in EUR and USD, détaxe at every stage.
  {
    const boutiques = call('boutiques.list', undefined);
    const madison =
      boutiques.find((b) => b.isHome) ?? call('boutiques.create', { name: 'Madison Avenue', city: 'New York', country: 'US', timeZone: 'America/New_York', isHome: true });
    const contacts = call('contacts.list', { limit: 1000 });
    const named = (name: string, input: InputOf<'contacts.create'>) => contacts.find((c) => c.name === name) ?? call('contacts.create', input);
    const grace = named('Grace Park', { name: 'Grace Park', role: 'sa', boutiqueId: madison.id });
    const camille = named('Camille Roche', { name: 'Camille Roche', role: 'sa', boutiqueId: georgeV!.id });
    call('contacts.update', {
      id: grace.id,
      department: 'Leather goods',
      languages: ['English', 'Korean', 'French'],
      phone: '+1 212 759 7585',
      email: 'grace.park@example.com',
      messaging: 'WhatsApp +1 917 555 0142',
      metOn: '2024-03-09',
    });
    const log = (contactId: number, day: string, kind: InputOf<'interactions.create'>['kind'], summary: string) =>
      call('interactions.create', { contactId, day, kind, summary });
    log(grace.id, '2024-03-09', 'visited', 'First visit, introduced by Mei. Tried a Picotin 18; told her I hope for a Kelly 25 one day.');
    log(grace.id, '2024-12-02', 'gift', 'Sent a thank-you card and a box of macarons after the holiday event.');
    log(grace.id, '2025-06-14', 'visited', 'Picked up the Twilly she had put aside, and a Calvi in Gold.');
    log(grace.id, '2025-12-06', 'visited', 'Holiday shopping: Oran sandals in Gold and a Clic H. She asked about my Paris plans for next year.');
    log(grace.id, '2026-02-14', 'called', 'Called to say a Rodeo charm in Craie came in; collected it on Saturday.');
    log(grace.id, '2026-04-11', 'visited', 'Bought a Carré 90 and the Avalon throw. She noted the Kelly 25 wish again.');
    log(grace.id, '2026-07-08', 'offered', 'Offered a Picotin Lock 18 in Bleu Nuit (non-quota). Took it.');
    log(grace.id, '2026-10-30', 'messaged', 'Told her about the December trip to Paris. She said to write again before the end of November.');
    const olivia = named('Olivia Chen', { name: 'Olivia Chen', role: 'manager', boutiqueId: madison.id, department: 'Store manager', languages: ['English', 'Mandarin'] });
    log(olivia.id, '2025-12-06', 'visited', 'Grace introduced me to Olivia at the holiday event.');
    const marc = named('Marc Duval', {
      name: 'Marc Duval',
      role: 'concierge',
      department: 'Le Bristol',
      phone: '+33 1 53 43 43 00',
      languages: ['French', 'English'],
      notes: 'Chef concierge at Le Bristol. Booked dinner at Epicure; cannot book Hermès appointments any more.',
    });
    log(marc.id, '2026-11-02', 'messaged', 'Confirmed the room for 4–9 December and a car from CDG.');
    log(camille.id, '2026-09-19', 'visited', 'Met at George V on the autumn trip; showed me the new Chypre colours.');

    const autumn = call('trips.list', { query: 'Paris, autumn' })[0];
    const buy = (input: InputOf<'purchases.create'>) => call('purchases.create', input);
    buy({
      day: '2025-06-14',
      boutiqueId: madison.id,
      contactId: grace.id,
      currency: 'USD',
      items: [
        { category: 'scarves', description: 'Twilly, Faubourg Rainbow', priceMinor: 23_000 },
        { category: 'small_leather_goods', description: 'Calvi card holder, Gold', priceMinor: 49_000 },
      ],
    });
    buy({
      day: '2025-09-24',
      boutiqueId: fsh!.id,
      currency: 'EUR',
      items: [{ category: 'jewelry', description: "Chaîne d'Ancre bracelet, silver", priceMinor: 285_000 }],
      detaxe: { status: 'refunded', amountMinor: 41_000 },
    });
    buy({
      day: '2025-12-06',
      boutiqueId: madison.id,
      contactId: grace.id,
      currency: 'USD',
      items: [
        { category: 'shoes', description: 'Oran sandals, Gold, 38', priceMinor: 76_000 },
        { category: 'jewelry', description: 'Clic H bracelet, Rose', priceMinor: 80_000 },
      ],
    });
    buy({
      day: '2026-02-14',
      boutiqueId: madison.id,
      contactId: grace.id,
      currency: 'USD',
      items: [{ category: 'small_leather_goods', description: 'Rodeo charm PM, Craie', priceMinor: 65_000 }],
    });
    buy({
      day: '2026-07-08',
      boutiqueId: madison.id,
      contactId: grace.id,
      currency: 'USD',
      items: [{ category: 'bag', description: 'Picotin Lock 18, Bleu Nuit', quota: false, priceMinor: 340_000, offered: true }],
    });
    buy({
      day: '2026-08-28',
      boutiqueId: fsh!.id,
      currency: 'EUR',
      items: [{ category: 'small_leather_goods', description: 'Belt kit 32 mm, Gold', priceMinor: 79_000 }],
      detaxe: { status: 'form_issued' },
    });
    const chypre = buy({
      day: '2026-09-19',
      boutiqueId: georgeV!.id,
      contactId: camille.id,
      tripId: autumn?.id ?? null,
      currency: 'EUR',
      items: [
        { category: 'shoes', description: 'Chypre sandals, Noir, 38', priceMinor: 89_000 },
        { category: 'scarves', description: 'Carré 90, Brides de Gala', priceMinor: 52_000 },
      ],
    });
    const lindy = buy({
      day: '2026-09-21',
      boutiqueId: fsh!.id,
      tripId: autumn?.id ?? null,
      currency: 'EUR',
      items: [{ category: 'bag', description: 'Lindy 26, Étoupe', quota: false, priceMinor: 795_000 }],
      notes: 'Refund arrived on the card five weeks later.',
    });
    // George V on the 19th and the Faubourg on the 21st: one town, three days, one détaxe form.
    call('detaxe.create', {
      purchaseIds: [chypre.id, lindy.id],
      status: 'refunded',
      issuedOn: '2026-09-21',
      validatedOn: '2026-09-22',
      refundedOn: '2026-10-27',
      refundMinor: 121_000,
      reference: 'GB 0921-4471',
      notes: 'Validated at the PABLO kiosk in CDG terminal 2E.',
    });
  }

  seedOffers(call);

  // ── Lottery sample (helper "lottery"): the December trip's attempts, and the autumn trip's
  // tries by every route with their steps, so the planner, the tracker and the statistics have a story.
  {
    const december = call('trips.list', { query: 'Paris in December' })[0]!;
    const anna = december.companions.find((c) => c.name === 'Anna')!;
    const decAttempts = call('attempts.list', { tripId: december.id, method: 'lottery' });
    const of = (day: string, companionId: number | null) => decAttempts.find((a) => a.wantedDay === day && a.companionId === companionId);
    const steps = (id: number, times: [string, string, string, string] | [string]) => {
      const names = ['form_accepted', 'email_received', 'link_clicked', 'registered'] as const;
      times.forEach((at, i) => call('attempts.markStep', { id, step: names[i]!, at }));
    };
    // The December trip is still ahead on 23 November: its attempts have no steps yet (a step is
    // ticked when it happens).
    const anna7 = of('2026-12-07', anna.id);
    if (anna7) call('attempts.update', { id: anna7.id, notes: 'Practise the form on the hotel Wi-Fi the evening before.' });

    const autumn = call('trips.list', { query: 'Paris, autumn' })[0];
    if (autumn) {
      const lottery = (wantedDay: string, extra: Partial<InputOf<'attempts.create'>> = {}) =>
        call('attempts.create', { method: 'lottery', wantedDay, tripId: autumn.id, ...extra } as InputOf<'attempts.create'>);
      const reg = (day: string): [string, string, string, string] => [`${day}T08:35:00Z`, `${day}T08:37:00Z`, `${day}T08:38:00Z`, `${day}T08:38:20Z`];
      steps(lottery('2026-09-18', { boutiqueId: fsh!.id, result: 'not_granted' }).id, reg('2026-09-17'));
      steps(lottery('2026-09-19', { result: 'not_granted' }).id, reg('2026-09-18'));
      const won = lottery('2026-09-21', { result: 'granted', appointmentAt: '2026-09-21T11:00:00+02:00', outcomeOffered: 'Lindy 26 Étoupe', outcomeBought: 'Lindy 26 Étoupe' });
      steps(won.id, reg('2026-09-19'));
      call('attempts.update', { id: won.id, appointmentAt: '2026-09-21T12:30:00+02:00' });
      steps(lottery('2026-09-22', { boutiqueId: georgeV!.id, result: 'not_granted' }).id, reg('2026-09-21'));
      call('attempts.create', {
        method: 'walk_in',
        wantedDay: '2026-09-19',
        tripId: autumn.id,
        boutiqueId: sevres!.id,
        result: 'granted',
        appointmentAt: '2026-09-19T15:10:00+02:00',
        outcomeOffered: 'Evelyne PM Étoupe',
        outcomeBought: 'Evelyne PM Étoupe and a Twilly',
        notes: 'Asked at the leather desk mid-afternoon.',
      });
      call('attempts.create', { method: 'concierge', wantedDay: '2026-09-19', tripId: autumn.id, result: 'not_granted', notes: 'Le Meurice concierge: the boutique no longer takes hotel requests.' });
    }
    call('attempts.create', { method: 'home_sa', wantedDay: '2027-04-15', boutiqueId: fsh!.id, notes: 'Grace will ask Paris two months ahead.' });
  }

  // ── Relationships sample (issue 18): keep-in-touch cadences, a birthday this week, gifts given,
  // received and ideas, what each SA may offer, and an SA who moved on (with who to continue with).
  {
    const contacts = call('contacts.list', { limit: 1000 });
    const find = (name: string) => contacts.find((c) => c.name === name);
    const grace = find('Grace Park');
    const camille = find('Camille Roche');
    const julien = find('Julien Lefèvre');
    const olivia = find('Olivia Chen');
    if (grace) {
      call('contacts.update', {
        id: grace.id,
        cadence: { every: 6, unit: 'weeks' },
        birthday: { month: 11, day: 26, year: 1986 },
        remindDaysBefore: 7,
        mayOffer: 'leather',
        workingDays: [2, 3, 4, 5, 6],
      });
      const receipt = call('purchases.list', { contactId: grace.id, limit: 1000 }).find((p) => p.items.some((i) => i.description.startsWith('Twilly')));
      call('gifts.create', { contactId: grace.id, direction: 'given', what: 'Thank-you card and a box of macarons', day: '2024-12-02', amountMinor: 4_800, currency: 'USD' });
      call('gifts.create', { contactId: grace.id, direction: 'received', what: 'Hand-written card and a Hermès agenda', day: '2025-12-06' });
      call('gifts.create', {
        contactId: grace.id,
        direction: 'given',
        what: 'A Twilly for her birthday',
        day: '2025-11-26',
        amountMinor: 23_000,
        currency: 'USD',
        purchaseId: receipt?.id ?? null,
      });
      call('gifts.create', { contactId: grace.id, direction: 'idea', what: 'Ladurée macarons from Paris, pistachio', notes: 'She mentioned them at the holiday event.' });
    }
    if (camille) {
      call('contacts.update', { id: camille.id, cadence: { every: 4, unit: 'weeks' }, mayOffer: 'leather', workingDays: [1, 2, 4, 5, 6], nameDay: { month: 7, day: 17 } });
      call('gifts.create', { contactId: camille.id, direction: 'idea', what: 'A book on Parisian gardens' });
    }
    if (olivia) call('contacts.update', { id: olivia.id, mayOffer: 'leather', birthday: { month: 11, day: 28 } });
    if (julien) {
      call('contacts.update', { id: julien.id, mayOffer: 'non_quota', movedOn: { reason: 'changed_store', day: '2026-11-02', to: 'Hermès Milano, Via Montenapoleone' } });
      call('contacts.create', { name: 'Inès Garnier', role: 'sa', boutiqueId: julien.boutiqueId, department: 'Leather goods', languages: ['French', 'English', 'Italian'], mayOffer: 'non_quota', notes: 'Julien’s colleague; he suggested her before leaving.' });
    }
  }
  seedVisits(call, { fsh: fsh!.id, georgeV: georgeV!.id, sevres: sevres!.id });
}

/**
 * Visits sample (helper "visits"): the autumn trip's patrol of the three Paris stores on one day,
 * a home-store visit with Grace, a visit planned for the December trip; Hélène Dubois is the SA of
 * the granted 8 December appointment at FSH, with her log, and a pinned advice note for the brief.
 */
function seedVisits(call: <C extends Channel>(channel: C, input: InputOf<C>) => OutputOf<C>, paris: { fsh: number; georgeV: number; sevres: number }): void {
  const contacts = call('contacts.list', { limit: 1000 });
  const find = (name: string) => contacts.find((c) => c.name === name);
  const helene = find('Hélène Dubois');
  const camille = find('Camille Roche');
  const grace = find('Grace Park');
  call('visits.createPatrol', {
    day: '2026-09-18',
    stops: [
      { boutiqueId: paris.fsh, time: '10:40', asked: 'A Kelly 25 in Gold or Étoupe, gold hardware', shown: 'Nothing in leather; a Kelly Pochette behind the counter, reserved', leatherDesk: true, outcome: 'nothing' },
      {
        boutiqueId: paris.georgeV,
        time: '12:15',
        contactId: camille?.id ?? null,
        asked: 'Kelly 25, or a Constance 18',
        shown: 'A Picotin 18 in Vert Criquet',
        model: 'Picotin',
        size: '18',
        exteriorLeather: 'Clemence',
        exteriorColour: 'Vert Criquet',
        hardware: 'Palladium',
        outcome: 'appointment_later',
        notes: 'Camille suggested coming back on Monday at 11.',
      },
      { boutiqueId: paris.sevres, time: '16:05', asked: 'Anything in Étoupe', shown: 'An Evelyne PM in Étoupe', model: 'Evelyne', size: 'PM', exteriorColour: 'Étoupe', waitingList: true, outcome: 'offered' },
    ],
  });
  const madison = call('boutiques.list', undefined).find((b) => b.isHome);
  if (madison && grace) {
    call('visits.create', { day: '2026-11-14', time: '14:00', boutiqueId: madison.id, contactId: grace.id, asked: 'Any news on a Kelly 25', shown: 'A Lindy 26 in Gris Meyer', model: 'Lindy', size: '26', exteriorColour: 'Gris Meyer', outcome: 'nothing' });
  }
  call('visits.create', { day: '2026-12-05', time: '15:30', boutiqueId: paris.sevres, status: 'planned', asked: 'A walk-in at the leather desk, afternoon' });

  if (helene) {
    const appointment = call('attempts.list', { method: 'lottery' }).find((a) => a.wantedDay === '2026-12-08' && a.result === 'granted');
    if (appointment) call('attempts.update', { id: appointment.id, contactId: helene.id });
    call('interactions.create', { contactId: helene.id, day: '2025-06-20', kind: 'offered', summary: 'Offered a Kelly 28 in Noir; I said no, waiting for a 25.' });
    call('interactions.create', { contactId: helene.id, day: '2026-10-05', kind: 'messaged', summary: 'Told her about the 8 December appointment; she will be on the floor that afternoon and will look for a 25.' });
    call('notes.create', { subjectType: 'contact', subjectId: helene.id, day: '2026-10-05', kind: 'reflection', body: 'She remembers the Constance: start by thanking her for it.' });
    call('notes.create', {
      subjectType: 'contact',
      subjectId: helene.id,
      day: '2026-10-06',
      kind: 'advice',
      body: 'Ask for the Kelly 25 first; say yes to looking at anything else, decide nothing on the spot.',
      pinned: true,
    });
  }
  // The price book: what the user noted of prices over three years (their own figures, never fetched).
  {
    const price = (model: string, size: string, leather: string, hardware: string, country: string, currency: string, priceMinor: number, seenOn: string, source: string) =>
      call('prices.create', { model, size, leather, hardware, country, currency, priceMinor, seenOn, source });
    price('Kelly', '25', 'Togo', 'Gold', 'FR', 'EUR', 905_000, '2024-02-12', 'Seen at the Faubourg');
    price('Kelly', '25', 'Togo', 'Gold', 'FR', 'EUR', 960_000, '2025-02-20', 'A friend’s receipt');
    price('Kelly', '25', 'Togo', 'Gold', 'FR', 'EUR', 1_020_000, '2026-02-18', 'Seen at George V');
    price('Birkin', '25', 'Togo', 'Palladium', 'FR', 'EUR', 1_050_000, '2025-03-01', 'Asked at George V');
    price('Birkin', '25', 'Togo', 'Palladium', 'FR', 'EUR', 1_120_000, '2026-01-15', 'Asked at George V');
    price('Birkin', '25', 'Togo', 'Gold', 'US', 'USD', 1_310_000, '2026-05-10', 'Asked Grace at Madison');
    price('Picotin Lock', '18', 'Clemence', 'Palladium', 'US', 'USD', 340_000, '2025-07-08', 'My receipt');
    price('Picotin Lock', '18', 'Clemence', 'Palladium', 'US', 'USD', 362_500, '2026-05-10', 'Seen at Madison');
  }
}
