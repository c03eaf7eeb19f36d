/**
 * Offers and the spend profile's sample (helper "offers"): offers across three years at Paris
 * and at the home store, a store in Tokyo (JPY), an online purchase, linked stores and the price
 * of the bag the user hopes for in EUR and USD — so the profile shows several stores and
 * currencies side by side. Runs after the other samples and reuses what they created.
 */
import type { Channel, InputOf, OutputOf } from '../src/shared/api';

type Call = <C extends Channel>(channel: C, input: InputOf<C>) => OutputOf<C>;

export function seedOffers(call: Call): void {
  const boutiques = call('boutiques.list', undefined);
  const byCode = (code: string) => boutiques.find((b) => b.code === code)!;
  const fsh = byCode('fsh');
  const georgeV = byCode('george_v');
  const sevres = byCode('sevres');
  const madison =
    boutiques.find((b) => b.isHome) ?? call('boutiques.create', { name: 'Madison Avenue', city: 'New York', country: 'US', timeZone: 'America/New_York', isHome: true });
  const ginza = call('boutiques.create', { name: 'Ginza', city: 'Tokyo', country: 'JP', timeZone: 'Asia/Tokyo' });
  const contacts = call('contacts.list', undefined);
  const sa = (boutiqueId: number) => contacts.find((c) => c.boutiqueId === boutiqueId)?.id ?? null;

  // Tokyo, in yen: a scarf and a small leather good on a stopover.
  call('purchases.create', {
    day: '2025-04-03',
    boutiqueId: ginza.id,
    currency: 'JPY',
    items: [
      { category: 'scarves', description: 'Carré 90, Tokyo edition', priceMinor: 92_400 },
      { category: 'small_leather_goods', description: 'Bastia coin purse', priceMinor: 59_400 },
    ],
  });
  call('purchases.create', { day: '2026-03-12', boutiqueId: ginza.id, currency: 'JPY', items: [{ category: 'jewelry', description: 'Kelly Clochette earrings', priceMinor: 118_800 }] });

  // Bought on hermes.com: shown apart.
  const web = call('purchases.create', {
    day: '2026-05-18',
    boutiqueId: null,
    currency: 'USD',
    items: [{ category: 'home', description: 'Mosaïque au 24 plates (2)', priceMinor: 64_000 }],
    notes: 'Ordered on hermes.com.',
  });
  call('profile.setOnline', { purchaseIds: [web.id], online: true });

  // Offers over the years.
  const y24 = call('offers.create', {
    day: '2024-10-14',
    boutiqueId: madison.id,
    contactId: sa(madison.id),
    source: 'sa_call',
    model: 'Picotin',
    size: '18',
    leather: 'Clémence',
    colour: 'Étoupe',
    hardware: 'PHW',
    quota: false,
    priceMinor: 310_000,
    currency: 'USD',
  });
  call('offers.take', { id: y24.id, reason: 'A first bag at the home store.' });
  const declined = call('offers.create', {
    day: '2025-06-20',
    time: '15:40',
    boutiqueId: fsh.id,
    contactId: sa(fsh.id),
    source: 'walk_in',
    model: 'Kelly',
    size: '32',
    leather: 'Togo',
    colour: 'Noir',
    hardware: 'GHW',
    quota: true,
    priceMinor: 1_060_000,
    currency: 'EUR',
  });
  call('offers.decide', { id: declined.id, decision: 'declined', day: '2025-06-20', reason: 'Too large for me; I am waiting for a 25.' });
  call('notes.create', {
    subjectType: 'offer',
    subjectId: declined.id,
    day: '2025-06-21',
    kind: 'reflection',
    body: 'Declining a Kelly felt terrible, but a 32 would have stayed in the closet.',
    confidence: 4,
  });
  // The appointment of the autumn trip, when the attempts sample recorded one.
  const attempt = call('attempts.list', { result: 'granted', to: '2026-09-22' })[0];
  const kelly = call('offers.create', {
    day: attempt?.wantedDay ?? '2026-09-21',
    time: '14:50',
    ...(attempt ? { attemptId: attempt.id } : { boutiqueId: fsh.id }),
    source: 'appointment',
    model: 'Kelly',
    size: '25',
    leather: 'Epsom',
    colour: 'Gold',
    hardware: 'GHW',
    quota: true,
    priceMinor: 1_040_000,
    currency: 'EUR',
  });
  call('offers.take', { id: kelly.id, reason: 'The one I hoped for.' });
  call('offers.create', {
    day: '2026-06-02',
    boutiqueId: madison.id,
    contactId: sa(madison.id),
    source: 'sa_call',
    category: 'shoes',
    model: 'Oran sandals',
    size: '38',
    colour: 'Gold',
    reason: 'Asked Grace to hold them until Saturday.',
  });
  const evelyne = call('offers.create', { day: '2026-10-30', boutiqueId: georgeV.id, source: 'walk_in', model: 'Evelyne', size: 'PM', colour: 'Bleu Nuit', quota: false });
  call('offers.decide', { id: evelyne.id, decision: 'declined', reason: 'Already have one.' });

  call('profile.createGroup', { name: 'Paris boutiques', boutiqueIds: [fsh.id, georgeV.id, sevres.id] });
  call('profile.createGroup', { name: 'Home + Paris (linked profile)', boutiqueIds: [madison.id, fsh.id, georgeV.id, sevres.id], notes: 'Profiles are said to be linked between Paris and the US.' });
  call('profile.setTarget', { currency: 'EUR', priceMinor: 1_040_000, label: 'Kelly 25 Epsom' });
  call('profile.setTarget', { currency: 'USD', priceMinor: 1_280_000, label: 'Kelly 25 Togo' });
}
