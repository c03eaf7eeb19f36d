/**
 * The user's own swatches for colour names (a season's colour Carnet does not know, or a shade
 * they see differently). Names are found by their folded key, so "Étoupe" and "etoupe" are one.
 */
import type { ParsedInputOf } from '../../shared/api';
import type { coloursContract, CustomColour } from '../../shared/api/colours';
import { colourKey } from '../../shared/domain/colours';
import { notFound } from '../../shared/result';
import type { Journal } from '../db/journal';
import type { CustomColoursTable } from '../db/tables';
import type { DomainHandlers } from './handler';

const toColour = (r: CustomColoursTable): CustomColour => ({ name: r.name, key: r.name_key, hex: r.hex, updatedAt: r.updated_at });

export function listColours(journal: Journal): CustomColour[] {
  return journal.all(journal.q.selectFrom('custom_colours').selectAll().orderBy('name_key')).map(toColour);
}

export function setColour(journal: Journal, input: ParsedInputOf<'colours.set'>): CustomColour {
  return journal.tx(() => {
    const row = { name_key: colourKey(input.name), name: input.name, hex: input.hex, updated_at: journal.now() };
    journal.run(
      journal.q
        .insertInto('custom_colours')
        .values(row)
        .onConflict((oc) => oc.column('name_key').doUpdateSet({ name: row.name, hex: row.hex, updated_at: row.updated_at })),
    );
    return toColour(row);
  });
}

export function deleteColour(journal: Journal, input: ParsedInputOf<'colours.delete'>): { key: string } {
  return journal.tx(() => {
    const key = colourKey(input.name);
    const res = journal.run(journal.q.deleteFrom('custom_colours').where('name_key', '=', key));
    if (res.changes === 0) throw notFound('Your colour for', `"${input.name}"`);
    return { key };
  });
}

export const coloursHandlers = {
  'colours.list': listColours,
  'colours.set': setColour,
  'colours.delete': deleteColour,
} satisfies DomainHandlers<typeof coloursContract>;
