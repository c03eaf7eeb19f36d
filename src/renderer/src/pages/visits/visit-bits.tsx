/** Small pieces a visit is shown with: its time, its outcome, and the bag shown as chips. */
import { DateTime } from 'luxon';
import { VISIT_OUTCOME_LABELS, type Visit } from '../../../../shared/api/visits';
import { ColourSwatch } from '../../components/ColourSwatch';
import { formatDay } from '../../lib/format';

export const visitWhere = (v: Pick<Visit, 'boutiqueName'>): string => v.boutiqueName ?? 'A boutique no longer in Carnet';

/** "Sat 21 Nov 2026 · 15:30 Paris" */
export function visitWhen(v: Pick<Visit, 'day' | 'time' | 'timeZone'>): string {
  const city = v.timeZone.split('/').pop()!.replace(/_/g, ' ');
  return `${formatDay(v.day)}${v.time ? ` · ${v.time} ${city}` : ''}`;
}

export function OutcomeChip({ visit: v }: { visit: Pick<Visit, 'status' | 'outcome'> }) {
  if (v.status === 'planned') return <span className="status status--pending">Planned</span>;
  if (!v.outcome) return <span className="status">Done</span>;
  const tone = v.outcome === 'bought' ? ' status--bought' : v.outcome === 'offered' ? ' status--offered' : v.outcome === 'appointment_later' ? ' status--granted' : ' visit-status--nothing';
  return <span className={`status${tone}`}>{VISIT_OUTCOME_LABELS[v.outcome]}</span>;
}

/** The bag shown, one chip per part written (model and size, leathers and colours, hardware). */
export function SpecChips({ spec }: { spec: Pick<Visit, 'model' | 'size' | 'exteriorLeather' | 'exteriorColour' | 'interiorLeather' | 'interiorColour' | 'stitching' | 'hardware'> }) {
  const parts: { label: string; colour?: string | null; kind?: 'hardware' }[] = [];
  if (spec.model || spec.size) parts.push({ label: [spec.model, spec.size].filter(Boolean).join(' ') });
  if (spec.exteriorLeather || spec.exteriorColour) parts.push({ label: [spec.exteriorLeather, spec.exteriorColour].filter(Boolean).join(' '), colour: spec.exteriorColour });
  if (spec.interiorLeather || spec.interiorColour) parts.push({ label: `inside ${[spec.interiorLeather, spec.interiorColour].filter(Boolean).join(' ')}`, colour: spec.interiorColour });
  if (spec.stitching) parts.push({ label: `${spec.stitching} stitching` });
  if (spec.hardware) parts.push({ label: spec.hardware, colour: spec.hardware, kind: 'hardware' });
  if (parts.length === 0) return null;
  return (
    <span className="visit-chips" aria-label="The bag shown">
      {parts.map((p) => (
        <span key={p.label} className="chip chip--small">
          {p.colour && <ColourSwatch name={p.colour} kind={p.kind ?? 'leather'} size="small" />} {p.label}
        </span>
      ))}
    </span>
  );
}

/** "in 2 days", "today", "3 days ago" */
export function inDaysWords(n: number): string {
  if (n === 0) return 'today';
  if (n === 1) return 'tomorrow';
  if (n === -1) return 'yesterday';
  return n > 0 ? `in ${n} days` : `${-n} days ago`;
}

/** '14:30' of an instant in a zone. */
export const clockIn = (instant: string, zone: string): string => DateTime.fromISO(instant).setZone(zone).toFormat('HH:mm');
