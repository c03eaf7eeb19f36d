/** Reminders in the exported calendar (.ics): on or off, and how many minutes before. */
import { useState } from 'react';
import type { Settings } from '../../../../shared/api/settings';
import { useWrite } from '../../lib/query';

type MinutesKey = 'alarmOpeningMinutes' | 'alarmClosingMinutes' | 'appointmentAlarmMinutes';
const FIELDS: { key: MinutesKey; label: string }[] = [
  { key: 'alarmOpeningMinutes', label: 'Minutes before a lottery window opens (0: at opening)' },
  { key: 'alarmClosingMinutes', label: 'Minutes before a lottery window closes' },
  { key: 'appointmentAlarmMinutes', label: 'Minutes before an appointment' },
];

export function ReminderSettings({ settings }: { settings: Settings }) {
  const update = useWrite('settings.update');
  const [draft, setDraft] = useState<Partial<Record<MinutesKey, string>>>({});
  // Shown at once while the journal saves.
  const [on, setOn] = useState(settings.calendarAlarms);
  const saveMinutes = (key: MinutesKey) => {
    const text = draft[key];
    if (text === undefined) return;
    update.mutate({ [key]: text.trim() === '' ? Number.NaN : Number(text) }, { onSuccess: () => setDraft((d) => ({ ...d, [key]: undefined })) });
  };
  return (
    <section className="card settings-card" aria-labelledby="reminders-title">
      <h2 className="card-title" id="reminders-title">
        Calendar reminders
      </h2>
      <label className="field">
        <span>
          <input type="checkbox" checked={on}
            onChange={(e) => {
              setOn(e.target.checked);
              update.mutate({ calendarAlarms: e.target.checked });
            }} /> Add reminders to
          exported calendar files
        </span>
      </label>
      {FIELDS.map(({ key, label }) => (
        <div className="field" key={key}>
          <label htmlFor={`reminder-${key}`}>{label}</label>
          <input
            id={`reminder-${key}`}
            type="number"
            min={0}
            max={1440}
            disabled={!on}
            value={draft[key] ?? String(settings[key])}
            onChange={(e) => setDraft((d) => ({ ...d, [key]: e.target.value }))}
            onBlur={() => saveMinutes(key)}
          />
        </div>
      ))}
      {update.error && (
        <p className="field-error" role="alert">
          {update.error.message}
        </p>
      )}
    </section>
  );
}
