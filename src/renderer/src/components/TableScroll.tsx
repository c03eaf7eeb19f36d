/**
 * A table wider than its card scrolls sideways, and says so: a fade on the edge that has more,
 * and a "More columns" button above it that scrolls there. Narrow windows (1024×700) keep every
 * column reachable instead of clipping amounts at the edge. The frame is a focusable region while
 * it scrolls, so a keyboard can scroll it too.
 */
import { ChevronRight } from 'lucide-react';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import './table-scroll.css';

export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const [more, setMore] = useState({ left: false, right: false });
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    const update = () => {
      const left = el.scrollLeft > 1;
      const right = el.scrollLeft + el.clientWidth < el.scrollWidth - 1;
      setMore((m) => (m.left === left && m.right === right ? m : { left, right }));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    for (const child of Array.from(el.children)) observer.observe(child);
    el.addEventListener('scroll', update, { passive: true });
    return () => {
      observer.disconnect();
      el.removeEventListener('scroll', update);
    };
  }, []);
  const scrolls = more.left || more.right;
  return (
    <div className={`tscroll-frame${more.left ? ' tscroll-frame--left' : ''}${more.right ? ' tscroll-frame--right' : ''}`}>
      {more.right && (
        <button type="button" className="tscroll-more" onClick={() => ref.current?.scrollBy({ left: ref.current.clientWidth * 0.8, behavior: 'smooth' })}>
          More columns <ChevronRight size={14} aria-hidden />
        </button>
      )}
      <div className="tscroll-edges">
        <div ref={ref} className="tscroll" role={scrolls ? 'region' : undefined} aria-label={scrolls ? `${label} (scrolls sideways)` : undefined} tabIndex={scrolls ? 0 : undefined}>
          {children}
        </div>
      </div>
    </div>
  );
}
