/**
 * What counts as a quota bag: reference data, kept once, with where it comes from and when it was
 * last checked. Hermès publishes no quota rule; clients report that Birkin and Kelly bags (every
 * size and leather, the Kelly Pochette included) are the ones a boutique limits to about two a
 * year per client. Some stores also count Constance or exotics; the user marks those lines "Yes"
 * by hand, and marks a Birkin or Kelly "No" where their store does not count it.
 */
import { fold } from '../fold';

export const QUOTA_MODELS_RULE = {
  models: ['Birkin', 'Kelly'],
  source: 'Community reports (PurseForum, PurseBop, MyQuotaBag), not Hermès policy',
  sourceShort: 'community reports',
  checked: '2026-12',
} as const;

const QUOTA_WORDS = new RegExp(`\\b(${QUOTA_MODELS_RULE.models.map((m) => fold(m)).join('|')})\\b`);

/** True when a bag's model or description names a model reported as quota ("Kelly 25", "birkin"). */
export function isQuotaModel(text: string | null | undefined): boolean {
  return !!text && QUOTA_WORDS.test(fold(text));
}

/**
 * The quota mark a bag line or offer gets: what the user chose, or, when they chose nothing
 * ("Not sure"), the reported rule for its model. Other categories carry no mark.
 */
export function quotaMark(category: string, chosen: boolean | null, model: string | null | undefined): boolean | null {
  if (category !== 'bag') return null;
  if (chosen !== null) return chosen;
  return isQuotaModel(model) ? true : null;
}
