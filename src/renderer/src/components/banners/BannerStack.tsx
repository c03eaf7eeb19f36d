/**
 * The banners at the top of the app, one at a time: the most pressing shows, the others wait
 * behind "2 more" (one click shows them all), so reminders never take a quarter of the window.
 */
import { BellOff, ChevronDown, ChevronUp, X } from 'lucide-react';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { Snooze } from './dismissals';
import './banners.css';

export interface BannerItem {
  key: string;
  tone: 'open' | 'closing' | 'soon' | 'missed' | 'note' | 'warn';
  icon: ReactNode;
  text: ReactNode;
  action?: ReactNode;
  /** What the dismiss button names ("the reminder for Mon 7 Dec"); without it, no dismiss. */
  what?: string;
  /** Offers "tomorrow" and "in a week". */
  snoozable?: boolean;
  testId?: string;
}

export interface BannerActions {
  dismiss: (key: string) => void;
  snooze: (key: string, snooze: Snooze) => void;
}

export function BannerStack({ items, label, actions }: { items: BannerItem[]; label: string; actions: BannerActions }) {
  const [expanded, setExpanded] = useState(false);
  if (items.length === 0) return null;
  const shown = expanded ? items : items.slice(0, 1);
  const more = items.length - 1;
  return (
    <aside className="banners" aria-label={label}>
      {shown.map((item, i) => (
        <Banner key={item.key} item={item} actions={actions}>
          {i === 0 && more > 0 && (
            <button type="button" className="banners-more" aria-expanded={expanded} onClick={() => setExpanded((e) => !e)}>
              {expanded ? (
                <>
                  Show fewer <ChevronUp size={14} aria-hidden />
                </>
              ) : (
                <>
                  {more} more <ChevronDown size={14} aria-hidden />
                </>
              )}
            </button>
          )}
        </Banner>
      ))}
    </aside>
  );
}

export function Banner({ item, actions, children, role }: { item: BannerItem; actions: BannerActions; children?: ReactNode; role?: 'status' }) {
  return (
    <div className={`reminder reminder--${item.tone}`} data-testid={item.testId} role={role}>
      {item.icon}
      <div className="reminder-text">{item.text}</div>
      {children}
      {item.action}
      {item.what && item.snoozable && <SnoozeMenu what={item.what} onSnooze={(s) => actions.snooze(item.key, s)} />}
      {item.what && (
        <button type="button" className="icon-button" aria-label={`Dismiss ${item.what}`} title="Dismiss" onClick={() => actions.dismiss(item.key)}>
          <X size={16} aria-hidden />
        </button>
      )}
    </div>
  );
}

/** "Later": tomorrow or in a week; closes on Escape or a click elsewhere. */
function SnoozeMenu({ what, onSnooze }: { what: string; onSnooze: (s: Snooze) => void }) {
  const [open, setOpen] = useState(false);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!open) return;
    const away = (e: MouseEvent) => {
      if (!ref.current?.contains(e.target as Node)) setOpen(false);
    };
    const key = (e: KeyboardEvent) => {
      if (e.key === 'Escape') setOpen(false);
    };
    document.addEventListener('mousedown', away);
    document.addEventListener('keydown', key);
    return () => {
      document.removeEventListener('mousedown', away);
      document.removeEventListener('keydown', key);
    };
  }, [open]);
  return (
    <div className="snooze" ref={ref}>
      <button type="button" className="button button--small" aria-expanded={open} aria-label={`Show ${what} again later`} onClick={() => setOpen((o) => !o)}>
        <BellOff size={14} aria-hidden /> Later
      </button>
      {open && (
        <div className="snooze-menu" role="group" aria-label="Show it again">
          <button type="button" onClick={() => onSnooze('tomorrow')}>
            Tomorrow
          </button>
          <button type="button" onClick={() => onSnooze('week')}>
            In a week
          </button>
        </div>
      )}
    </div>
  );
}
