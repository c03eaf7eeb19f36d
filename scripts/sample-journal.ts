/** A small, realistic journal for screenshots and for trying the app: written through dispatch. */
import type { Journal } from '../src/main/db/journal';
import { createDispatch } from '../src/main/dispatch';
import type { Channel, InputOf, OutputOf } from '../src/shared/api';
import type { Result } from '../src/shared/result';

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
}
