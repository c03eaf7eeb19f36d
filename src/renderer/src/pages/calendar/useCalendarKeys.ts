/**
 * The calendar's keyboard: arrows move between days (Shift extends a selection), PgUp / PgDn
 * turn the page, `t` goes to today, `m` / `w` / `a` switch views, Enter on the grid plans a
 * trip for the selected days, Escape clears the selection. Keys typed into a field, or while a
 * dialog is open, are left alone.
 */
import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react';
import type { ViewSlug } from './CalendarPage';

export interface CalendarKeys {
  gridRef: RefObject<HTMLElement | null>;
  onMove: (days: number, extend: boolean) => void;
  onToday: () => void;
  onView: (view: ViewSlug) => void;
  onPage: (direction: -1 | 1) => void;
  onEnter: () => void;
  onEscape: () => void;
}

const MOVES: Record<string, number> = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 };
const VIEWS: Record<string, ViewSlug> = { m: 'month', w: 'week', a: 'agenda' };

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}

export function useCalendarKeys(keys: CalendarKeys): void {
  // The handlers change every render; the listener is installed once and reads the latest.
  const latest = useRef(keys);
  useLayoutEffect(() => {
    latest.current = keys;
  });

  useEffect(() => {
    const onKeyDown = (ev: KeyboardEvent) => {
      if (ev.defaultPrevented || ev.ctrlKey || ev.metaKey || ev.altKey) return;
      if (isTyping(ev.target) || document.querySelector('dialog[open]')) return;
      const k = latest.current;
      const grid = k.gridRef.current;
      const move = MOVES[ev.key];
      if (move !== undefined) {
        ev.preventDefault();
        k.onMove(move, ev.shiftKey);
        // Focus follows the day, so Enter then acts on it rather than on a button.
        if (grid && document.activeElement !== grid) grid.focus({ preventScroll: true });
        return;
      }
      if (ev.key === 'PageUp' || ev.key === 'PageDown') {
        ev.preventDefault();
        k.onPage(ev.key === 'PageUp' ? -1 : 1);
        return;
      }
      if (ev.shiftKey) return;
      const key = ev.key.toLowerCase();
      if (key === 't') {
        ev.preventDefault();
        k.onToday();
      } else if (VIEWS[key]) {
        ev.preventDefault();
        k.onView(VIEWS[key]);
      } else if (ev.key === 'Enter' && ev.target === grid) {
        ev.preventDefault();
        k.onEnter();
      } else if (ev.key === 'Escape') {
        k.onEscape();
      }
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, []);
}
