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

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const patterns = new Map<string, RegExp>();
/** The whole-word pattern of a list of models, compiled once per list. */
function quotaWords(models: readonly string[]): RegExp {
  const key = models.join('\n');
  let re = patterns.get(key);
  if (!re) {
    re = new RegExp(`\\b(${models.map((m) => escape(fold(m.trim()))).join('|')})\\b`);
    if (patterns.size > 50) patterns.clear();
    patterns.set(key, re);
  }
  return re;
}

/** ['Birkin', 'Kelly', 'Constance'] → 'Birkin, Kelly and Constance'; [] → 'No models'. */
export function listWords(names: readonly string[]): string {
  if (names.length === 0) return 'No models';
  return names.length === 1 ? names[0]! : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

/**
 * True when a bag's model or description names a quota model ("Kelly 25", "birkin"): the
 * reported ones, or the user's own list (Settings › Rules).
 */
export function isQuotaModel(text: string | null | undefined, models: readonly string[] = QUOTA_MODELS_RULE.models): boolean {
  return !!text && models.length > 0 && quotaWords(models).test(fold(text));
}

/**
 * The quota mark a bag line or offer gets: what the user chose, or, when they chose nothing
 * ("Not sure"), the reported rule for its model. Other categories carry no mark.
 */
export function quotaMark(
  category: string,
  chosen: boolean | null,
  model: string | null | undefined,
  models: readonly string[] = QUOTA_MODELS_RULE.models,
): boolean | null {
  if (category !== 'bag') return null;
  if (chosen !== null) return chosen;
  return isQuotaModel(model, models) ? true : null;
}
