/**
 * The first-run welcome, on a new journal only (settings.welcome): what Carnet is, three
 * questions — home time zone, currency, home store — each with a default or a "skip", and where
 * to start. Answered or skipped, it is not shown again; everything can be changed in Settings.
 */
import { useQueryClient } from '@tanstack/react-query';
import { DateTime } from 'luxon';
import { ArrowRight, Luggage, Upload, Users } from 'lucide-react';
import { useState, type ReactNode } from 'react';
import { currencyForZone } from '../../../../shared/domain/zone-currency';
import { ApiError, request } from '../../api';
import { systemZone } from '../../lib/format';
import { navigate } from '../../lib/router';
import { CurrencySelect } from '../settings/CurrencySelect';
import { ZonePicker } from '../settings/ZonePicker';
import { emptyStore, HomeStoreStep, storeInput, type HomeStoreDraft } from './HomeStoreStep';
import '../../styles/settings.css';
import './welcome.css';

type StoreErrors = Partial<Record<'name' | 'city' | 'country' | 'timeZone', string>>;

const START: { route: string; title: string; text: string; icon: ReactNode }[] = [
  { route: '/trips/new', title: 'Plan a Paris trip', text: 'Your days in Paris, with each lottery window in Paris time and yours.', icon: <Luggage size={18} aria-hidden /> },
  { route: '/contacts/new', title: 'Record a contact', text: 'Your sales associate, their boutique, and what you talked about.', icon: <Users size={18} aria-hidden /> },
  { route: '/settings', title: 'Import a journal', text: 'Bring in a Carnet export from another computer (Settings › Your data).', icon: <Upload size={18} aria-hidden /> },
];

export function Welcome() {
  const client = useQueryClient();
  const [zone, setZone] = useState(systemZone);
  const [pickingZone, setPickingZone] = useState(false);
  const [currency, setCurrency] = useState<string | null>(null);
  const [store, setStore] = useState<HomeStoreDraft>(emptyStore);
  const [storeErrors, setStoreErrors] = useState<StoreErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  // Follows the zone until the user picks a currency of their own.
  const shownCurrency = currency ?? currencyForZone(zone);

  const finish = async (answer: 'completed' | 'skipped', route = '/') => {
    setBusy(true);
    setError(null);
    setStoreErrors({});
    try {
      const input = answer === 'completed' ? storeInput(store, zone) : null;
      if (input) await request('boutiques.create', input);
      await request('settings.update', answer === 'completed' ? { homeZone: zone, defaultCurrency: shownCurrency, welcome: 'completed' } : { welcome: 'skipped' });
      navigate(route);
      await client.invalidateQueries();
    } catch (e) {
      if (e instanceof ApiError) {
        const placed: StoreErrors = {};
        for (const issue of e.issues) {
          const field = issue.path[0];
          if (field === 'name' || field === 'city' || field === 'country' || field === 'timeZone') placed[field] ??= issue.message;
        }
        setStoreErrors(placed);
        setError(Object.keys(placed).length > 0 ? 'Check the home store, or choose “Skip for now”. Nothing was saved.' : e.message);
      } else {
        setError('Something went wrong; nothing was saved.');
      }
      setBusy(false);
    }
  };

  return (
    <main className="welcome" id="main">
      <div className="welcome-inner">
        <header className="welcome-header">
          <span className="brand-mark welcome-mark" aria-hidden>
            C
          </span>
          <div>
            <h1>Welcome to Carnet</h1>
            <p className="welcome-lede">
              Your private journal of Hermès: Paris trips planned around the leather lottery, sales associates and what they said, purchases, quota and
              special orders. It stays on this computer.
            </p>
          </div>
        </header>

        <div className="welcome-grid">
          <form
            className="card welcome-card"
            aria-labelledby="welcome-questions"
            onSubmit={(e) => {
              e.preventDefault();
              void finish('completed');
            }}
          >
            <h2 className="card-title" id="welcome-questions">
              Three questions, each with an answer ready
            </h2>
            <fieldset className="welcome-question">
              <legend>
                <span className="welcome-step" aria-hidden>
                  1
                </span>
                Your home time zone
              </legend>
              <p className="muted small welcome-why">Lottery windows open in Paris time; Carnet shows them in yours too.</p>
              <div className="welcome-choice">
                <span>
                  <strong>{zone.replace(/_/g, ' ')}</strong>{' '}
                  <span className="muted">
                    ({DateTime.now().setZone(zone).toFormat("'UTC'ZZ")}
                    {zone === systemZone() ? ', this computer’s zone' : ''})
                  </span>
                </span>
                {!pickingZone && (
                  <button type="button" className="button button--small" aria-expanded={false} onClick={() => setPickingZone(true)}>
                    Choose another zone
                  </button>
                )}
              </div>
              {pickingZone && <ZonePicker value={zone} onChange={setZone} />}
            </fieldset>
            <fieldset className="welcome-question">
              <legend>
                <span className="welcome-step" aria-hidden>
                  2
                </span>
                <label htmlFor="welcome-currency">Your currency</label>
              </legend>
              <CurrencySelect id="welcome-currency" value={shownCurrency} onChange={setCurrency} describedBy="welcome-currency-hint" />
              <p className="field-hint" id="welcome-currency-hint">
                {currency === null ? `Suggested for ${zone.split('/').pop()!.replace(/_/g, ' ')}. ` : ''}New purchases start in it; each keeps its own.
              </p>
            </fieldset>
            <HomeStoreStep draft={store} onChange={setStore} homeZone={zone} errors={storeErrors} />
            {error && (
              <p className="banner banner--error" role="alert">
                {error}
              </p>
            )}
            <div className="welcome-actions">
              <button type="submit" className="button button--primary" disabled={busy}>
                Save and open Carnet
              </button>
              <button type="button" className="button button--ghost" disabled={busy} onClick={() => void finish('skipped')}>
                Skip all, keep the defaults
              </button>
              <span className="muted small">You can change all of this later in Settings.</span>
            </div>
          </form>

          <section className="welcome-start" aria-labelledby="welcome-start-title">
            <h2 className="welcome-start-title" id="welcome-start-title">
              Where to start
            </h2>
            <ul>
              {START.map((s) => (
                <li key={s.route}>
                  <button type="button" className="welcome-start-link" disabled={busy} onClick={() => void finish('completed', s.route)}>
                    <span className="welcome-start-icon">{s.icon}</span>
                    <span className="welcome-start-body">
                      <strong>{s.title}</strong>
                      <span className="muted small">{s.text}</span>
                    </span>
                    <ArrowRight size={16} aria-hidden className="welcome-start-arrow" />
                  </button>
                </li>
              ))}
            </ul>
            <p className="muted small welcome-start-note">These save your answers first. Your calendar of lottery windows and boutique days is the home screen.</p>
          </section>
        </div>
      </div>
    </main>
  );
}
