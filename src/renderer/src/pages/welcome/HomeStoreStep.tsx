/**
 * The welcome's third question: the boutique the user usually buys at, or "skip". Kept to itself
 * (its own fields, written with boutiques.create as the home store) so the boutique screens can
 * change without it.
 */
import type { InputOf } from '../../../../shared/api';
import { Field } from '../../components/Field';
import { ZonePicker } from '../settings/ZonePicker';

export interface HomeStoreDraft {
  add: boolean;
  name: string;
  city: string;
  country: string;
  /** null: the home time zone chosen above. */
  timeZone: string | null;
}

export const emptyStore: HomeStoreDraft = { add: false, name: '', city: '', country: '', timeZone: null };

/** What boutiques.create receives; null when the step is skipped. */
export function storeInput(draft: HomeStoreDraft, homeZone: string): InputOf<'boutiques.create'> | null {
  if (!draft.add) return null;
  return { name: draft.name, city: draft.city, country: draft.country, timeZone: draft.timeZone ?? homeZone, isHome: true };
}

export function HomeStoreStep({
  draft,
  onChange,
  homeZone,
  errors,
}: {
  draft: HomeStoreDraft;
  onChange: (draft: HomeStoreDraft) => void;
  homeZone: string;
  errors: Partial<Record<'name' | 'city' | 'country' | 'timeZone', string>>;
}) {
  const set = (patch: Partial<HomeStoreDraft>) => onChange({ ...draft, ...patch });
  return (
    <fieldset className="welcome-question">
      <legend>
        <span className="welcome-step" aria-hidden>
          3
        </span>
        Your home store <span className="welcome-optional">optional</span>
      </legend>
      <p className="muted small welcome-why">The boutique you usually buy at: purchases and contacts can start from it.</p>
      <div className="segmented welcome-store-choice">
        <label className="segment">
          <input type="radio" name="home-store" checked={!draft.add} onChange={() => set({ add: false })} />
          <span>Skip for now</span>
        </label>
        <label className="segment">
          <input type="radio" name="home-store" checked={draft.add} onChange={() => set({ add: true })} />
          <span>Add my home store</span>
        </label>
      </div>
      {draft.add && (
        <div className="welcome-store-fields">
          <Field label="Name" error={errors.name} className="welcome-store-name">
            {(p) => <input {...p} value={draft.name} placeholder="e.g. Hermès Madison" onChange={(e) => set({ name: e.target.value })} />}
          </Field>
          <Field label="City" error={errors.city}>
            {(p) => <input {...p} value={draft.city} placeholder="e.g. New York" onChange={(e) => set({ city: e.target.value })} />}
          </Field>
          <Field label="Country" error={errors.country} hint="Two letters: FR, US, JP…">
            {(p) => <input {...p} value={draft.country} maxLength={2} className="welcome-country" onChange={(e) => set({ country: e.target.value.toUpperCase() })} />}
          </Field>
          <div className="welcome-store-zone">
            <p className="welcome-store-zone-line">
              Store’s time zone: <strong>{(draft.timeZone ?? homeZone).replace(/_/g, ' ')}</strong>
              {draft.timeZone === null ? (
                <>
                  {' '}
                  (your home zone) ·{' '}
                  <button type="button" className="link-button" onClick={() => set({ timeZone: homeZone })}>
                    another zone
                  </button>
                </>
              ) : (
                <>
                  {' '}
                  ·{' '}
                  <button type="button" className="link-button" onClick={() => set({ timeZone: null })}>
                    same as home
                  </button>
                </>
              )}
            </p>
            {draft.timeZone !== null && <ZonePicker value={draft.timeZone} onChange={(z) => set({ timeZone: z })} />}
            {errors.timeZone && (
              <p className="field-error" role="alert">
                {errors.timeZone}
              </p>
            )}
          </div>
        </div>
      )}
    </fieldset>
  );
}
