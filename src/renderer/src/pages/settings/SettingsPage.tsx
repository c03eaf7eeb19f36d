/** Settings: home time zone, default currency, theme, the boutique calendar's own changes, identity numbers, your data and the Trash. */
import { DateTime } from 'luxon';
import { Check, Monitor, Moon, Sun } from 'lucide-react';
import { useState } from 'react';
import { THEMES, type Settings } from '../../../../shared/api/settings';
import { ErrorState, LoadingState, PageHeader } from '../../components/States';
import { useChannel, useWrite } from '../../lib/query';
import '../../styles/settings.css';
import { BoutiqueCalendarSettings } from './CalendarSettings';
import { CurrencySelect } from './CurrencySelect';
import { DataSection } from './DataSection';
import { IdentitySection } from './IdentitySection';
import { ReminderSettings } from './ReminderSettings';
import { RulesSection } from './RulesSection';
import { TrashSection } from './TrashSection';
import { ZonePicker } from './ZonePicker';
import { useRules } from '../../lib/rules';

export function SettingsPage() {
  const settings = useChannel('settings.get');
  return (
    <div className="page">
      <PageHeader title="Settings" subtitle="How Carnet shows times, money and itself, which days the Paris boutiques are open, passport and ID numbers, your data and the Trash." />
      {settings.isPending && <LoadingState label="Loading settings…" />}
      {settings.error && <ErrorState message={settings.error.message} onRetry={() => void settings.refetch()} />}
      {settings.data && (
        <div className="settings">
          <HomeZone settings={settings.data} />
          <MoneyAndTheme settings={settings.data} />
          <ReminderSettings settings={settings.data} />
          <BoutiqueCalendarSettings />
          <RulesSection settings={settings.data} />
          <IdentitySection />
          <DataSection />
          <TrashSection />
        </div>
      )}
    </div>
  );
}

function HomeZone({ settings }: { settings: Settings }) {
  const update = useWrite('settings.update');
  const [zone, setZone] = useState(settings.homeZone);
  const now = DateTime.now();
  const changed = zone !== settings.homeZone;
  return (
    <section className="card settings-card" aria-labelledby="home-zone-title">
      <h2 className="card-title" id="home-zone-title">
        Home time zone
      </h2>
      <p className="muted small">
        Lottery windows and appointment times are shown in Paris time and in this zone. Now:{' '}
        <strong>{settings.homeZone.replace(/_/g, ' ')}</strong> ({now.setZone(settings.homeZone).toFormat("HH:mm 'UTC'ZZ")}).
      </p>
      <div className="zone-row">
        <ZonePicker value={zone} onChange={setZone} describedBy={update.error ? 'home-zone-error' : undefined} />
        <ZonePreview zone={zone} />
      </div>
      {update.error && (
        <p className="field-error" id="home-zone-error" role="alert">
          {update.error.message}
        </p>
      )}
      <div className="settings-actions">
        <button type="button" className="button button--primary" disabled={!changed || update.isPending} onClick={() => update.mutate({ homeZone: zone })}>
          Use {zone.replace(/_/g, ' ')}
        </button>
        {!changed && update.isSuccess && (
          <span className="saved" role="status">
            <Check size={14} aria-hidden /> Saved
          </span>
        )}
      </div>
    </section>
  );
}

/** Today's lottery window (Paris), read in `zone`: what the planner will show. */
function ZonePreview({ zone }: { zone: string }) {
  const { windowHours, hoursText } = useRules();
  const paris = DateTime.now().setZone('Europe/Paris');
  const opens = paris.set({ ...windowHours.opens, second: 0, millisecond: 0 }).setZone(zone);
  const closes = paris.set({ ...windowHours.closes, second: 0, millisecond: 0 }).setZone(zone);
  if (!opens.isValid) return null;
  const sameDay = opens.hasSame(closes, 'day');
  return (
    <div className="zone-preview" aria-live="polite">
      <p className="zone-preview-title">How a lottery window reads</p>
      <p>
        <span className="zone-preview-time">{hoursText.hours}</span> Paris
      </p>
      <p>
        <span className="zone-preview-time">
          {opens.toFormat('HH:mm')}–{closes.toFormat('HH:mm')}
        </span>{' '}
        {zone.split('/').pop()?.replace(/_/g, ' ')}
        {!sameDay && <span className="muted"> (ends the next day)</span>}
        {!opens.hasSame(paris, 'day') && sameDay && <span className="muted"> (the day before)</span>}
      </p>
      <p className="muted small">On {paris.toFormat('ccc d LLL')}; offsets shift with daylight saving, and the planner follows them day by day.</p>
    </div>
  );
}

const THEME_CHOICES: Record<(typeof THEMES)[number], { label: string; icon: typeof Sun }> = {
  system: { label: 'Like the system', icon: Monitor },
  light: { label: 'Light', icon: Sun },
  dark: { label: 'Dark', icon: Moon },
};

function MoneyAndTheme({ settings }: { settings: Settings }) {
  const update = useWrite('settings.update');
  const [saved, setSaved] = useState<string | null>(null);
  // Shown at once while the journal saves; the stored value takes over when it answers.
  const [pending, setPending] = useState<Partial<Settings> | null>(null);
  const shown = { ...settings, ...pending };
  const save = (input: Partial<Settings>, what: string) => {
    setSaved(null);
    setPending(input);
    update.mutate(input, { onSuccess: () => setSaved(what), onSettled: () => setPending(null) });
  };
  return (
    <section className="card settings-card" aria-labelledby="display-title">
      <h2 className="card-title" id="display-title">
        Money and appearance
      </h2>
      <div className="display-grid">
      <div className="field">
        <label htmlFor="default-currency">Default currency</label>
        <CurrencySelect id="default-currency" value={shown.defaultCurrency} onChange={(c) => save({ defaultCurrency: c }, 'Currency saved')} describedBy="currency-hint" />
        <p className="field-hint" id="currency-hint">
          New purchases start in this currency; each purchase keeps its own.
        </p>
      </div>
      <fieldset className="theme-choice">
        <legend>Theme</legend>
        <div className="segmented">
          {THEMES.map((t) => {
            const { label, icon: Icon } = THEME_CHOICES[t];
            return (
              <label key={t} className="segment">
                <input type="radio" name="theme" value={t} checked={shown.theme === t} onChange={() => save({ theme: t }, 'Theme saved')} />
                <span>
                  <Icon size={14} aria-hidden /> {label}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      </div>
      {update.error && (
        <p className="field-error" role="alert">
          {update.error.message}
        </p>
      )}
      <p className="saved-line" role="status">
        {saved && (
          <span className="saved">
            <Check size={14} aria-hidden /> {saved}
          </span>
        )}
      </p>
    </section>
  );
}
