import { z } from 'zod';
import { channel } from './channel';
import { requiredText } from './fields';
import { HEX_RE } from '../domain/colours';

/** The user's own swatch for a colour name; it wins over Carnet's curated map. */
export interface CustomColour {
  /** As the user last wrote it ("Bleu Frida"). */
  name: string;
  /** The folded name it is found by (see domain/colours.ts colourKey). */
  key: string;
  /** '#rrggbb', lower case. */
  hex: string;
  updatedAt: string;
}

const name = requiredText('Colour name', 60);
const hex = z
  .string({ error: 'Pick a colour.' })
  .trim()
  .toLowerCase()
  .refine((s) => HEX_RE.test(s), { error: 'Enter a colour like #a8703a.' });

export const coloursContract = {
  'colours.list': channel<CustomColour[]>()(z.undefined().or(z.strictObject({}))),
  /** Sets (or replaces) the swatch for a name. */
  'colours.set': channel<CustomColour>()(z.strictObject({ name, hex })),
  /** Forgets the user's swatch for a name (Carnet's own, if it has one, shows again). */
  'colours.delete': channel<{ key: string }>()(z.strictObject({ name })),
};
