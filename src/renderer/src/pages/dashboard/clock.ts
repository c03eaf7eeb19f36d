import { useEffect, useState } from 'react';

/**
 * The journal's clock, ticking: the summary says what "now" was when it was computed; from
 * there the screen counts real seconds. In the app that is the computer's clock; with a fixed
 * journal clock (tests, screenshots) the countdown stays consistent with the figures.
 */
export function useJournalNow(journalNowISO: string, receivedAt: number, everyMs = 1000): number {
  const [wall, setWall] = useState(() => Date.now());
  useEffect(() => {
    const t = window.setInterval(() => setWall(Date.now()), everyMs);
    return () => window.clearInterval(t);
  }, [everyMs]);
  return Date.parse(journalNowISO) + Math.max(0, wall - receivedAt);
}

export interface CountdownPart {
  value: number;
  unit: string;
}

/** 10 d 4 h 30 min; under an hour, minutes and seconds. Never negative. */
export function countdownParts(ms: number): CountdownPart[] {
  const total = Math.max(0, Math.floor(ms / 1000));
  const days = Math.floor(total / 86_400);
  const hours = Math.floor((total % 86_400) / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const seconds = total % 60;
  if (days > 0) return [{ value: days, unit: days === 1 ? 'day' : 'days' }, { value: hours, unit: 'h' }, { value: minutes, unit: 'min' }];
  if (hours > 0) return [{ value: hours, unit: 'h' }, { value: minutes, unit: 'min' }];
  return [{ value: minutes, unit: 'min' }, { value: seconds, unit: 's' }];
}

export const countdownText = (ms: number): string => countdownParts(ms).map((p) => `${p.value} ${p.unit}`).join(' ');
