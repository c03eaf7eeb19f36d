/**
 * The window comes back where the user left it: size, position, maximized and full-screen, kept
 * in a small JSON file in the user-data folder. A position is restored only onto a display that
 * is still there; a window saved on a screen since unplugged opens centred on the primary one,
 * and one larger than its display now is fitted inside it.
 *
 * Pure logic plus thin glue over BrowserWindow-like and screen-like objects (types only from
 * Electron), so all of it runs under plain Node in tests.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface WindowState {
  /** The normal (not maximized, not full-screen) bounds. */
  bounds: Rect;
  maximized: boolean;
  fullScreen: boolean;
}

/** What BrowserWindow takes: no x/y means "centre it". */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
  fullScreen: boolean;
}

export const DEFAULT_SIZE = { width: 1280, height: 820 } as const;
export const MIN_SIZE = { width: 900, height: 600 } as const;
const MAX_COORDINATE = 100_000;

const isInt = (v: unknown, min: number, max: number): v is number => typeof v === 'number' && Number.isInteger(v) && v >= min && v <= max;

/** The saved state, or null when the file's content is not one (missing, damaged, hand-edited). */
export function parseWindowState(raw: unknown): WindowState | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { bounds, maximized, fullScreen } = raw as Record<string, unknown>;
  if (typeof bounds !== 'object' || bounds === null) return null;
  const { x, y, width, height } = bounds as Record<string, unknown>;
  if (!isInt(x, -MAX_COORDINATE, MAX_COORDINATE) || !isInt(y, -MAX_COORDINATE, MAX_COORDINATE)) return null;
  if (!isInt(width, 1, MAX_COORDINATE) || !isInt(height, 1, MAX_COORDINATE)) return null;
  return { bounds: { x, y, width, height }, maximized: maximized === true, fullScreen: fullScreen === true };
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

const clamp = (v: number, lo: number, hi: number): number => Math.min(Math.max(v, lo), Math.max(lo, hi));

/**
 * Where to open the window. `workAreas` are the displays' work areas (without task bars and
 * docks) as the screen reports them now; `primary` is the primary display's.
 */
export function placeWindow(saved: WindowState | null, workAreas: readonly Rect[], primary: Rect): WindowPlacement {
  const fit = (size: number, min: number, available: number) => clamp(size, Math.min(min, available), available);
  if (!saved) {
    return {
      width: fit(DEFAULT_SIZE.width, MIN_SIZE.width, primary.width),
      height: fit(DEFAULT_SIZE.height, MIN_SIZE.height, primary.height),
      maximized: false,
      fullScreen: false,
    };
  }
  // The display the window mostly sat on, if it is still connected.
  let best: Rect | null = null;
  let bestOverlap = 0;
  for (const area of workAreas) {
    const o = overlap(saved.bounds, area);
    if (o > bestOverlap) {
      best = area;
      bestOverlap = o;
    }
  }
  const area = best ?? primary;
  const width = fit(saved.bounds.width, MIN_SIZE.width, area.width);
  const height = fit(saved.bounds.height, MIN_SIZE.height, area.height);
  const placement: WindowPlacement = { width, height, maximized: saved.maximized, fullScreen: saved.fullScreen };
  if (best) {
    // Keep the position, moved the least needed for the whole window to be on that display.
    placement.x = clamp(saved.bounds.x, area.x, area.x + area.width - width);
    placement.y = clamp(saved.bounds.y, area.y, area.y + area.height - height);
  }
  return placement;
}

/** The part of a BrowserWindow the glue uses. */
export interface TrackedWindow {
  getNormalBounds(): Rect;
  isMaximized(): boolean;
  isFullScreen(): boolean;
  isDestroyed(): boolean;
  on(event: 'resize' | 'move' | 'maximize' | 'unmaximize' | 'enter-full-screen' | 'leave-full-screen' | 'close', listener: () => void): unknown;
}

/** The part of Electron's `screen` the glue uses. */
export interface ScreenLike {
  getAllDisplays(): { workArea: Rect }[];
  getPrimaryDisplay(): { workArea: Rect };
}

export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(JSON.parse(fs.readFileSync(file, 'utf8')));
  } catch {
    return null;
  }
}

export function writeWindowState(file: string, state: WindowState): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, JSON.stringify(state));
  fs.renameSync(temp, file); // never a half-written file, even if the app dies mid-write
}

/** Where the window should open now, from the file and the displays connected now. */
export function loadPlacement(file: string, screen: ScreenLike): WindowPlacement {
  return placeWindow(
    readWindowState(file),
    screen.getAllDisplays().map((d) => d.workArea),
    screen.getPrimaryDisplay().workArea,
  );
}

export function captureState(win: TrackedWindow): WindowState {
  return { bounds: win.getNormalBounds(), maximized: win.isMaximized(), fullScreen: win.isFullScreen() };
}

/**
 * Saves the window's state as it changes (debounced) and once more when it closes. Returns a
 * function that saves immediately (for tests and app shutdown).
 */
export function trackWindowState(win: TrackedWindow, file: string, debounceMs = 400): () => void {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const save = () => {
    if (timer) clearTimeout(timer);
    timer = null;
    if (win.isDestroyed()) return;
    try {
      writeWindowState(file, captureState(win));
    } catch {
      // A read-only profile folder only costs the remembered position.
    }
  };
  const later = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(save, debounceMs);
  };
  for (const event of ['resize', 'move', 'maximize', 'unmaximize', 'enter-full-screen', 'leave-full-screen'] as const) win.on(event, later);
  win.on('close', save);
  return save;
}
