/**
 * Swatches for the colour names a client writes on a special order. Hermès publishes no colour
 * values: these are approximations of common leather colours and hardware finishes, close
 * enough to recognise an order at a glance. The user can set their own colour for any name
 * (custom_colours), which wins over this map.
 */

/** "Étoupe", " ETOUPE ", "étoupe" → "etoupe": the key names are compared by. */
export function colourKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’'`-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Leather colours, by the name as Hermès writes it. */
const LEATHER: [name: string, hex: string, aliases?: string[]][] = [
  ['Noir', '#1c1b1a', ['black']],
  ['Blanc', '#f6f3ec', ['white']],
  ['Craie', '#ebe4d6', ['chalk']],
  ['Nata', '#efe5cf'],
  ['Gris Perle', '#c9c6bf', ['pearl grey']],
  ['Gris Tourterelle', '#9f968c', ['tourterelle']],
  ['Gris Meyer', '#8d8a84'],
  ['Gris Asphalte', '#5c5d60', ['asphalte']],
  ['Etain', '#7b756d', ['etain grey']],
  ['Étoupe', '#8a7866', ['etoupe grey']],
  ['Trench', '#c2b293'],
  ['Beige de Weimar', '#cbbfa8', ['weimar']],
  ['Biscuit', '#caa878'],
  ['Chai', '#b99d80'],
  ['Sesame', '#cdb78e'],
  ['Kraft', '#b08c61'],
  ['Gold', '#a8703a'],
  ['Barenia natural', '#c48a4e', ['barenia', 'barenia naturel', 'natural', 'naturel', 'natural sable']],
  ['Fauve', '#ae743c', ['barenia fauve']],
  ['Caramel', '#a66c3a'],
  ['Cognac', '#97582b'],
  ['Alezan', '#8d4a29'],
  ['Havane', '#5b3a27'],
  ['Chocolat', '#4a2f23', ['chocolate']],
  ['Ébène', '#3a2b23', ['ebene']],
  ['Rouge H', '#6d1f25'],
  ['Rouge Casaque', '#c4172c', ['casaque']],
  ['Rouge de Coeur', '#a51a2f', ['rouge coeur']],
  ['Rouge Grenat', '#6a1f2c', ['grenat']],
  ['Rouge Sellier', '#8a1d25', ['sellier']],
  ['Bordeaux', '#5a1a25'],
  ['Rose Sakura', '#f1d3d5', ['sakura']],
  ['Rose Confetti', '#efb6c3', ['confetti']],
  ['Rose Azalée', '#dd4a7d', ['azalee']],
  ['Rose Shocking', '#e03f89', ['shocking']],
  ['Rose Pourpre', '#be4b83'],
  ['Anémone', '#7a2a5b', ['anemone']],
  ['Ultraviolet', '#593a8a'],
  ['Orange', '#ee6a24', ['orange h']],
  ['Orange Poppy', '#f2662a', ['poppy']],
  ['Feu', '#e5552d'],
  ['Capucine', '#e96a3f'],
  ['Terre Battue', '#b35a3a'],
  ['Cuivre', '#a3593b'],
  ['Curry', '#c79a2f'],
  ['Jaune Ambre', '#dfa52b', ['ambre']],
  ['Mimosa', '#f3d23c'],
  ['Lime', '#cbd83b'],
  ['Vert Criquet', '#6db13f', ['criquet']],
  ['Bambou', '#6c9f4a', ['bamboo']],
  ['Vert Amande', '#a8b98b', ['amande']],
  ['Vert Olive', '#6a6939', ['olive']],
  ['Vert Cypress', '#3d4a3b', ['cypress']],
  ['Malachite', '#0d6b4f'],
  ['Vert Vertigo', '#0f6a55', ['vertigo']],
  ['Bleu Brume', '#a8b6c2', ['brume']],
  ['Bleu Jean', '#6b8db3', ['blue jean']],
  ['Bleu Zanzibar', '#1c8db0', ['zanzibar']],
  ['Bleu Paradis', '#1f7d93', ['paradis']],
  ['Bleu Electrique', '#1f5ebd', ['electrique', 'bleu electric']],
  ['Bleu Royal', '#2540a0', ['royal']],
  ['Bleu Saphir', '#27306a', ['saphir']],
  ['Bleu Indigo', '#2b2e4b', ['indigo']],
  ['Bleu Nuit', '#1e2a43', ['nuit']],
];

/** Hardware finishes, with the usual abbreviations. */
const HARDWARE: [name: string, hex: string, aliases?: string[]][] = [
  ['Gold', '#caa24a', ['ghw', 'gold hardware', 'gold plated']],
  ['Palladium', '#c6c6c3', ['phw', 'palladium hardware', 'silver']],
  ['Rose gold', '#d7a48f', ['rghw', 'rose gold hardware', 'rose']],
  ['Permabrass', '#b89b5a', ['pbhw', 'permabrass hardware']],
  ['Brushed gold', '#bfa062', ['bghw', 'brushed gold hardware']],
  ['Brushed palladium', '#b3b3b0', ['bphw', 'brushed palladium hardware']],
  ['Ruthenium', '#4a4a4d', ['ruhw', 'ruthenium hardware']],
  ['Champagne gold', '#d6c39c', ['chw', 'champagne']],
];

/** Stitching words that are not a colour of their own: they take the exterior's colour. */
const TONE_ON_TONE = new Set(['tone on tone', 'ton sur ton', 'matching', 'self']);

function index(rows: [string, string, string[]?][]): Map<string, { name: string; hex: string }> {
  const map = new Map<string, { name: string; hex: string }>();
  for (const [name, hex, aliases = []] of rows) {
    for (const n of [name, ...aliases]) map.set(colourKey(n), { name, hex });
  }
  return map;
}

const leather = index(LEATHER);
const hardware = index(HARDWARE);

export type ColourKind = 'leather' | 'hardware';

/** The curated swatch for a name, or null when Carnet does not know it. */
export function knownColour(name: string, kind: ColourKind = 'leather'): { name: string; hex: string } | null {
  const key = colourKey(name);
  if (!key) return null;
  return (kind === 'hardware' ? hardware : leather).get(key) ?? null;
}

export const isToneOnTone = (name: string): boolean => TONE_ON_TONE.has(colourKey(name));

/** The names Carnet knows, for suggestions in forms. */
export const LEATHER_COLOUR_NAMES: readonly string[] = LEATHER.map(([n]) => n);
export const HARDWARE_NAMES: readonly string[] = HARDWARE.map(([n]) => n);

/** Common leathers, for suggestions. */
export const LEATHER_NAMES: readonly string[] = [
  'Togo',
  'Epsom',
  'Clemence',
  'Swift',
  'Box',
  'Barenia',
  'Barenia Faubourg',
  'Chèvre Mysore',
  'Evercolor',
  'Novillo',
  'Tadelakt',
  'Butler',
  'Madame',
  'Ostrich',
  'Porosus crocodile',
  'Niloticus crocodile',
  'Alligator',
  'Lizard',
];

/** '#a8703a'-style, lower case: the form a stored swatch takes. */
export const HEX_RE = /^#[0-9a-f]{6}$/;

/** Whether text on this colour should be dark (for the "?" or initials drawn on a swatch). */
export function isLight(hex: string): boolean {
  const n = Number.parseInt(hex.slice(1), 16);
  const [r, g, b] = [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b! > 0.4;
}
