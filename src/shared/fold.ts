/** Lower case without accents, so "sevres" finds "Sèvres" and "KELLY" matches "kelly". */
export const fold = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
