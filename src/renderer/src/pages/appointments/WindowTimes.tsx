/** A lottery window in Paris time beside the user's own zone, and its live status. */
import { Clock, MoonStar, Repeat } from 'lucide-react';
import type { ClosedReason } from '../../../../shared/domain/boutique-calendar';
import { formatWindowInZone, PARIS_ZONE, windowStatus, type BookableWindow, type LotteryWindow } from '../../../../shared/domain/lottery';
import { countdown, isParis, shortDay, zoneAbbreviation, zoneCity } from './time';

export function WindowTimes({ window, homeZone }: { window: BookableWindow; homeZone: string }) {
  const paris = formatWindowInZone(window, PARIS_ZONE);
  const local = isParis(homeZone) ? null : formatWindowInZone(window, homeZone);
  const crossesMidnight = local !== null && local.closesLocalDay !== local.applyOnLocalDay;
  return (
    <dl className="window-times">
      <div className="window-zone">
        <dt>
          Paris <span className="window-abbr">{zoneAbbreviation(PARIS_ZONE, window.opensAt)}</span>
        </dt>
        <dd>
          <span className="window-span">
            {paris.opensLocal}–{paris.closesLocal}
          </span>
          <span className="window-day">{shortDay(window.applyOn)}</span>
        </dd>
      </div>
      {local && (
        <div className="window-zone window-zone--home">
          <dt>
            {zoneCity(homeZone)} <span className="window-abbr">{zoneAbbreviation(homeZone, window.opensAt)}</span>
          </dt>
          <dd>
            <span className="window-span">
              {local.opensLocal}–{local.closesLocal}
            </span>
            <span className="window-day">
              {crossesMidnight ? `${shortDay(local.applyOnLocalDay)} → ${shortDay(local.closesLocalDay)}` : shortDay(local.applyOnLocalDay)}
            </span>
            {(crossesMidnight || local.dayShift !== 0 || local.offsetChanges) && (
              <span className="window-notes">
                {crossesMidnight && (
                  <span className="window-note">
                    <MoonStar size={13} aria-hidden /> crosses midnight in {zoneCity(homeZone)}
                  </span>
                )}
                {!crossesMidnight && local.dayShift !== 0 && (
                  <span className="window-note">
                    <MoonStar size={13} aria-hidden /> the {local.dayShift < 0 ? 'day before' : 'day after'} in {zoneCity(homeZone)}
                  </span>
                )}
                {local.offsetChanges && (
                  <span className="window-note">
                    <Repeat size={13} aria-hidden /> clocks change in {zoneCity(homeZone)} during the window
                  </span>
                )}
              </span>
            )}
          </dd>
        </div>
      )}
    </dl>
  );
}

export const CLOSED_WORDS: Record<ClosedReason, string> = {
  sunday: 'Sunday',
  holiday: 'public holiday',
  closure: 'closure',
};

/** Live: not yet open (countdown), open now (time left), closed. */
export function LiveStatus({ window, now }: { window: LotteryWindow; now: number }) {
  const status = windowStatus(window, new Date(now).toISOString());
  switch (status.state) {
    case 'not_yet_open':
      return (
        <span className="live live--soon">
          <Clock size={14} aria-hidden />
          <span>
            Opens in <span className="live-count">{countdown(status.opensInMs)}</span>
          </span>
        </span>
      );
    case 'open':
      return (
        <span className="live live--open">
          <span className="live-dot" aria-hidden />
          <span>
            Open now · <span className="live-count">{countdown(status.closesInMs)}</span> left
          </span>
        </span>
      );
    case 'closed':
      return <span className="live live--closed">Closed</span>;
    case 'not_bookable':
      return <span className="live live--closed">Not bookable</span>;
  }
}
