/**
 * The in-app side of the reminders: a lottery window open now (with the time left, urgent in its
 * last hour), the next one opening within half a day, or one that closed in the last day with
 * nobody's attempt recorded. The same plan the desktop notifications come from; shown in the
 * app's banners (components/banners).
 */
import { AlarmClock, BellRing, CalendarX2 } from 'lucide-react';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { OutputOf } from '../../../../shared/api';
import { ApiError, request } from '../../api';
import { CLOSING_REMINDER_MS, type PlannedWindow } from '../../../../shared/api/reminders';
import { PARIS_ZONE } from '../../../../shared/domain/lottery';
import type { BannerItem } from '../../components/banners/BannerStack';
import { href } from '../../lib/router';
import '../../styles/appointments.css';
import { clock, countdown, dayAndClock, isParis, shortDay, zoneCity } from './time';

const HOUR = 3600_000;
const SOON_MS = 12 * HOUR;
const MISSED_MS = 24 * HOUR;
/** The range asked of the journal moves in 10-minute steps, so the query is not re-keyed every second. */
const STEP_MS = 10 * 60_000;

function names(w: PlannedWindow, onlyWithout = false): string {
  const list = w.applicants.filter((a) => !a.done && (!onlyWithout || a.attemptId === null)).map((a) => (a.companionId === null ? 'you' : a.name));
  if (list.length <= 1) return list[0] ?? '';
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

const linkOf = (w: PlannedWindow): string => {
  const trip = w.trips[0];
  if (trip) return href(`/appointments/plan/${trip.id}`);
  const attempt = w.applicants.find((a) => a.attemptId !== null);
  return attempt ? href(`/appointments/${attempt.attemptId}`) : href('/appointments');
};

type Item = { key: string; kind: 'open' | 'closing' | 'soon' | 'missed'; window: PlannedWindow };

/** The lottery reminders due at `now`, most pressing first, as banners (keys 'lottery:<day>:<kind>'). */
export function useLotteryBanners(now: number, homeZone: string | undefined): BannerItem[] {
  const base = Math.floor(now / STEP_MS) * STEP_MS;
  const range = { from: new Date(base - MISSED_MS).toISOString(), to: new Date(base + SOON_MS + STEP_MS).toISOString() };
  // Keeps showing the last plan while the next range loads, so the banner does not blink every 10 minutes.
  const plan = useQuery<OutputOf<'reminders.upcoming'>, ApiError>({
    queryKey: ['reminders', 'reminders.upcoming', range],
    queryFn: () => request('reminders.upcoming', range),
    placeholderData: keepPreviousData,
  });
  if (!plan.data || homeZone === undefined) return [];

  const items: Item[] = [];
  for (const w of plan.data) {
    const opens = Date.parse(w.opensAt);
    const closes = Date.parse(w.closesAt);
    if (opens <= now && now < closes) {
      const kind = closes - now <= CLOSING_REMINDER_MS ? 'closing' : 'open';
      items.push({ key: `lottery:${w.appointmentDay}:${kind}`, kind, window: w });
    } else if (now < opens && opens - now <= SOON_MS) {
      items.push({ key: `lottery:${w.appointmentDay}:soon`, kind: 'soon', window: w });
    } else if (closes <= now && now - closes <= MISSED_MS && w.applicants.some((a) => !a.done && a.attemptId === null)) {
      items.push({ key: `lottery:${w.appointmentDay}:missed`, kind: 'missed', window: w });
    }
  }
  const order = { closing: 0, open: 1, soon: 2, missed: 3 };
  const both = (iso: string) => (isParis(homeZone) ? `${clock(iso, PARIS_ZONE)} Paris` : `${clock(iso, PARIS_ZONE)} Paris · ${clock(iso, homeZone)} ${zoneCity(homeZone)}`);

  return items
    .sort((a, b) => order[a.kind] - order[b.kind])
    .map(({ key, kind, window: w }) => {
      const forDay = shortDay(w.appointmentDay);
      let icon;
      let text;
      if (kind === 'open' || kind === 'closing') {
        icon = kind === 'closing' ? <AlarmClock size={17} aria-hidden /> : <BellRing size={17} aria-hidden />;
        text = (
          <>
            <strong>{kind === 'closing' ? 'Lottery closes soon' : 'Lottery open now'}</strong> for {forDay}: <span className="live-count">{countdown(Date.parse(w.closesAt) - now)}</span> left,
            until {both(w.closesAt)}. Still to register: {names(w)}.
          </>
        );
      } else if (kind === 'soon') {
        icon = <BellRing size={17} aria-hidden />;
        text = (
          <>
            <strong>Next lottery window</strong> opens in <span className="live-count">{countdown(Date.parse(w.opensAt) - now)}</span>:{' '}
            {isParis(homeZone) ? `${shortDay(w.applyOn)} ${clock(w.opensAt, PARIS_ZONE)} Paris` : `${shortDay(w.applyOn)} ${clock(w.opensAt, PARIS_ZONE)} Paris (${dayAndClock(w.opensAt, homeZone)} ${zoneCity(homeZone)})`}, for{' '}
            {forDay}.
          </>
        );
      } else {
        icon = <CalendarX2 size={17} aria-hidden />;
        text = (
          <>
            <strong>Window closed</strong> for {forDay} at {both(w.closesAt)} with no attempt recorded for {names(w, true)}.
          </>
        );
      }
      return {
        key,
        tone: kind,
        icon,
        text,
        what: `the reminder for ${forDay}`,
        action: (
          <a className="button button--small" href={linkOf(w)}>
            {kind === 'missed' ? 'Record what happened' : 'Open the planner'}
          </a>
        ),
      } satisfies BannerItem;
    });
}
