/** A searchable list of the IANA time zones this system knows, with their current UTC offset. */
import { DateTime } from 'luxon';
import { useId, useMemo, useState } from 'react';
import { systemZone, timeZones } from '../../lib/format';

export interface ZoneOption {
  zone: string;
  label: string;
  offset: string;
}

function zoneOptions(now: DateTime): ZoneOption[] {
  const zones = timeZones.includes('UTC') ? timeZones : [...timeZones, 'UTC'];
  return zones.map((zone) => ({
    zone,
    label: zone.replace(/_/g, ' ').replace(/\//g, ' / '),
    offset: now.setZone(zone).toFormat("'UTC'ZZ"),
  }));
}

/** Words match anywhere in the zone, its label or its offset: 'new york', 'tokyo', 'UTC+09'. */
export function matchZones(options: ZoneOption[], query: string): ZoneOption[] {
  const words = query.toLowerCase().split(/[\s/_,]+/).filter(Boolean);
  if (words.length === 0) return options;
  return options.filter((o) => {
    const hay = `${o.zone} ${o.label} ${o.offset}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
}

export function ZonePicker({ value, onChange, describedBy }: { value: string; onChange: (zone: string) => void; describedBy?: string | undefined }) {
  const id = useId();
  const [query, setQuery] = useState('');
  const options = useMemo(() => zoneOptions(DateTime.now()), []);
  const matches = useMemo(() => matchZones(options, query), [options, query]);
  const shown = matches.some((o) => o.zone === value) || !options.some((o) => o.zone === value) ? matches : [options.find((o) => o.zone === value)!, ...matches];
  const local = systemZone();
  return (
    <div className="zone-picker">
      <label htmlFor={`${id}-search`} className="zone-picker-search-label">
        Search time zones
      </label>
      <input
        id={`${id}-search`}
        type="search"
        value={query}
        placeholder="City or region, e.g. New York, Tokyo"
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          // Enter picks the first match, the way a combobox would.
          if (e.key === 'Enter' && matches[0]) {
            e.preventDefault();
            onChange(matches[0].zone);
          }
        }}
      />
      <label htmlFor={`${id}-list`} className="sr-only">
        Time zones
      </label>
      <select id={`${id}-list`} size={7} value={value} onChange={(e) => onChange(e.target.value)} aria-describedby={describedBy} className="zone-picker-list">
        {shown.map((o) => (
          <option key={o.zone} value={o.zone}>
            {o.label} ({o.offset})
          </option>
        ))}
      </select>
      <p className="field-hint">
        {matches.length} of {options.length} zones{query ? ` match “${query}”` : ''} ·{' '}
        <button type="button" className="link-button" onClick={() => onChange(local)}>
          use this computer’s zone ({local.replace(/_/g, ' ')})
        </button>
      </p>
    </div>
  );
}
