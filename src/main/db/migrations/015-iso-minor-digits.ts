/**
 * 015: amounts in the currencies where Carnet used to take its minor digits from the runtime's
 * Intl (CLDR) data and now takes them from ISO 4217 (shared/domain/money.ts). CLDR gives these no
 * decimals, ISO 4217 gives them 2 (IQD: 3), so a price typed as 50 000 Ft was stored as 50000
 * "minor units" and would now read as 500,00 Ft: it is scaled to the ISO minor unit, exactly
 * (integer multiplication; SQLite's integers are exact to 2^63). The list is the disagreement
 * measured on Node 20's Intl data. The newer Chromium the UI tests run in (153) also drops the
 * decimals of RSD; Electron 45's Chromium 140 is taken to predate that (not measured), so RSD is
 * not scaled. A migration never imports app code, so the list is written out here.
 */
const HUNDRED = ['AFN', 'ALL', 'COP', 'HUF', 'IDR', 'IRR', 'KPW', 'LAK', 'LBP', 'MGA', 'MMK', 'PKR', 'SLL', 'SOS', 'SYP', 'YER'];
const THOUSAND = ['IQD'];

const scale = (codes: string[], factor: number): string => {
  const list = codes.map((c) => `'${c}'`).join(', ');
  return `
UPDATE purchase_items SET price_minor = price_minor * ${factor}
  WHERE purchase_id IN (SELECT id FROM purchases WHERE currency IN (${list}));
UPDATE purchases SET detaxe_amount_minor = detaxe_amount_minor * ${factor}
  WHERE detaxe_amount_minor IS NOT NULL AND currency IN (${list});
UPDATE offers SET price_minor = price_minor * ${factor}
  WHERE price_minor IS NOT NULL AND currency IN (${list});
UPDATE spend_targets SET price_minor = price_minor * ${factor}
  WHERE currency IN (${list});
`;
};

export const sql = scale(HUNDRED, 100) + scale(THOUSAND, 1000);
