/**
 * The search palette: Ctrl+K (⌘K on a Mac) from anywhere, or the Search button in the
 * sidebar. Words are looked up as the user types (search.query, ranked by the journal);
 * arrows move, Enter opens the record, Escape closes.
 *
 * ARIA 1.2 combobox pattern: the input owns a listbox through aria-controls and points at the
 * active option with aria-activedescendant, so focus never leaves the input. Matched words are
 * <mark> elements built from the ranges the service returns — never HTML.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import {
  CalendarCheck,
  Gift,
  Luggage,
  MessageCircle,
  Image,
  NotebookPen,
  Search,
  ShoppingBag,
  Stamp,
  Store,
  UserRound,
  Heart,
  Gem,
  Footprints,
  type LucideIcon,
} from 'lucide-react';
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent as ReactKeyboardEvent, type ReactNode } from 'react';
import type { MatchedText, SearchResult } from '../../../shared/api/search';
import { SEARCH_KIND_LABELS, type SearchKind } from '../../../shared/domain/records';
import { request, type ApiError } from '../api';
import { formatDay, formatDayRange } from '../lib/format';
import { navigate } from '../lib/router';
import '../styles/search.css';

const KIND_ICONS: Record<SearchKind, LucideIcon> = {
  trip: Luggage,
  contact: UserRound,
  interaction: MessageCircle,
  purchase: ShoppingBag,
  attempt: CalendarCheck,
  special_order: Stamp,
  offer: Gift,
  note: NotebookPen,
  boutique: Store,
  attachment: Image,
  wishlist_item: Heart,
  collection_item: Gem,
  visit: Footprints,
};

const DEBOUNCE_MS = 90;

const isMac = (): boolean => /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

/** Text with its matched ranges as <mark> elements. */
export function Marked({ value }: { value: MatchedText }) {
  const parts: ReactNode[] = [];
  let at = 0;
  value.matches.forEach(([start, end], i) => {
    if (start < at || end > value.text.length || end <= start) return;
    if (start > at) parts.push(value.text.slice(at, start));
    parts.push(<mark key={i}>{value.text.slice(start, end)}</mark>);
    at = end;
  });
  if (at < value.text.length) parts.push(value.text.slice(at));
  return <>{parts}</>;
}

/** Where `segment` starts in `text` as one of its ' · '-separated parts, or -1. */
function segmentStart(text: string, segment: string): number {
  let at = 0;
  for (const part of text.split(' · ')) {
    if (part === segment) return at;
    at += part.length + 3;
  }
  return -1;
}

const shift = (m: MatchedText, by: number): [number, number][] => m.matches.map(([a, b]) => [a + by, b + by]);

interface Shown {
  title: MatchedText;
  context: MatchedText | null;
  snippet: MatchedText | null;
}

/**
 * A snippet that only repeats a part of the title or of the context line (the boutique of a
 * purchase, say) is shown there, marked, instead of on a line of its own.
 */
function placeSnippet(r: SearchResult): Shown {
  const context = r.context ? { text: r.context, matches: [] } : null;
  const s = r.snippet;
  if (!s) return { title: r.title, context, snippet: null };
  const inTitle = r.title.matches.length === 0 ? segmentStart(r.title.text, s.text) : -1;
  if (inTitle >= 0) return { title: { text: r.title.text, matches: shift(s, inTitle) }, context, snippet: null };
  const inContext = r.context ? segmentStart(r.context, s.text) : -1;
  if (r.context && inContext >= 0) return { title: r.title, context: { text: r.context, matches: shift(s, inContext) }, snippet: null };
  return { title: r.title, context, snippet: s };
}

function whenOf(r: SearchResult): string | null {
  return r.day ? (r.endDay && r.endDay !== r.day ? formatDayRange(r.day, r.endDay) : formatDay(r.day)) : null;
}

function useDebounced<T>(value: T, ms: number): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const t = window.setTimeout(() => setDebounced(value), ms);
    return () => window.clearTimeout(t);
  }, [value, ms]);
  return debounced;
}

export function CommandPalette() {
  const [open, setOpen] = useState(false);
  const shortcut = isMac() ? '⌘K' : 'Ctrl K';

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'k') {
        e.preventDefault();
        setOpen((o) => !o);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <>
      <button type="button" className="search-trigger" onClick={() => setOpen(true)} aria-keyshortcuts={isMac() ? 'Meta+K' : 'Control+K'}>
        <Search size={15} aria-hidden />
        <span className="search-trigger-label">Search</span>
        <kbd aria-hidden>{shortcut}</kbd>
      </button>
      <PaletteDialog open={open} onClose={() => setOpen(false)} />
    </>
  );
}

function PaletteDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    if (open && !el.open) el.showModal();
    if (!open && el.open) el.close();
  }, [open]);

  return (
    <dialog
      ref={ref}
      className="palette"
      aria-label="Search the journal"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onClick={(e) => {
        // A click on the backdrop (the dialog element itself, outside its panel) closes it.
        if (e.target === e.currentTarget) onClose();
      }}
    >
      {open && <PaletteBody onClose={onClose} />}
    </dialog>
  );
}

function PaletteBody({ onClose }: { onClose: () => void }) {
  const [text, setText] = useState('');
  const [active, setActive] = useState(0);
  const query = useDebounced(text.trim(), DEBOUNCE_MS);
  const listId = useId();
  const listRef = useRef<HTMLUListElement>(null);

  const results = useQuery<SearchResult[], ApiError>({
    queryKey: ['search', 'search.query', { query }],
    queryFn: () => request('search.query', { query }),
    enabled: query !== '',
    placeholderData: keepPreviousData,
    staleTime: 0,
  });
  const list = query === '' ? [] : (results.data ?? []);
  const settled = query === text.trim() && !results.isFetching;

  // A new query starts at its first result (adjusted while rendering, not in an effect).
  const [activeQuery, setActiveQuery] = useState(query);
  if (activeQuery !== query) {
    setActiveQuery(query);
    setActive(0);
  }
  useEffect(() => {
    listRef.current?.querySelector('[aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }, [active, query, results.data]);

  const openResult = useCallback(
    (r: SearchResult | undefined) => {
      if (!r) return;
      onClose();
      navigate(`/${r.link.screen}/${r.link.id}`);
    },
    [onClose],
  );

  const onKeyDown = (e: ReactKeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' && list.length > 0) {
      e.preventDefault();
      setActive((a) => (a + 1) % list.length);
    } else if (e.key === 'ArrowUp' && list.length > 0) {
      e.preventDefault();
      setActive((a) => (a - 1 + list.length) % list.length);
    } else if (e.key === 'Home' && e.ctrlKey && list.length > 0) {
      e.preventDefault();
      setActive(0);
    } else if (e.key === 'End' && e.ctrlKey && list.length > 0) {
      e.preventDefault();
      setActive(list.length - 1);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      openResult(list[active]);
    }
  };

  const optionId = (i: number) => `${listId}-option-${i}`;
  const status =
    query === ''
      ? ''
      : results.error
        ? results.error.message
        : settled
          ? list.length === 0
            ? `Nothing matches “${query}”.`
            : `${list.length} result${list.length === 1 ? '' : 's'}; use the arrow keys and Enter to open one.`
          : '';

  return (
    <div className="palette-panel">
      <div className="palette-input-row">
        <Search size={18} aria-hidden className="palette-input-icon" />
        <input
          className="palette-input"
          type="text"
          role="combobox"
          aria-label="Search the journal"
          aria-expanded={list.length > 0}
          aria-controls={list.length > 0 ? listId : undefined}
          aria-activedescendant={list.length > 0 ? optionId(active) : undefined}
          aria-autocomplete="list"
          autoComplete="off"
          spellCheck={false}
          placeholder="Search trips, contacts, purchases, orders, notes…"
          value={text}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={onKeyDown}
          autoFocus
        />
        {results.isFetching && <span className="spinner palette-spinner" aria-hidden />}
        <kbd className="palette-esc" aria-hidden>
          Esc
        </kbd>
      </div>

      {list.length > 0 && (
        <ul className="palette-results" role="listbox" id={listId} aria-label="Results" ref={listRef}>
          {list.map((r, i) => {
            const Icon = KIND_ICONS[r.kind];
            const shown = placeSnippet(r);
            const when = whenOf(r);
            return (
              <li
                key={`${r.kind}:${r.id}`}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={`palette-option${i === active ? ' palette-option--active' : ''}`}
                onMouseMove={() => setActive(i)}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => openResult(r)}
              >
                <span className={`palette-kind palette-kind--${r.kind}`} aria-hidden>
                  <Icon size={16} />
                </span>
                <span className="palette-option-main">
                  <span className="palette-option-title">
                    <Marked value={shown.title} />
                  </span>
                  <span className="palette-option-meta">
                    {SEARCH_KIND_LABELS[r.kind]}
                    {shown.context && (
                      <>
                        {' · '}
                        <Marked value={shown.context} />
                      </>
                    )}
                    {when && ` · ${when}`}
                  </span>
                  {shown.snippet && (
                    <span className="palette-option-snippet">
                      <Marked value={shown.snippet} />
                    </span>
                  )}
                </span>
              </li>
            );
          })}
        </ul>
      )}

      {query === '' && (
        <div className="palette-hint">
          <p>Find any trip, contact, purchase, appointment, special order or note by its words.</p>
          <p className="muted">Accents and capitals don’t matter: “sevres” finds Sèvres, and “kel” already finds Kelly.</p>
        </div>
      )}
      {query !== '' && settled && list.length === 0 && !results.error && (
        <div className="palette-hint">
          <p>
            Nothing matches <strong>“{query}”</strong>.
          </p>
          <p className="muted">Every word must appear in the same record; try fewer words.</p>
        </div>
      )}
      {results.error && (
        <p className="banner banner--error palette-error" role="alert">
          {results.error.message}
        </p>
      )}

      <footer className="palette-footer" aria-hidden>
        <span>
          <kbd>↑</kbd>
          <kbd>↓</kbd> move
        </span>
        <span>
          <kbd>Enter</kbd> open
        </span>
        <span>
          <kbd>Esc</kbd> close
        </span>
      </footer>
      <p className="palette-sr-only" role="status" aria-live="polite">
        {status}
      </p>
    </div>
  );
}
