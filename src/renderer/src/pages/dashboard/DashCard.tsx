import { ArrowRight, type LucideIcon } from 'lucide-react';
import type { ReactNode } from 'react';
import { href } from '../../lib/router';

/** A dashboard card: a titled section with a link to its screen in the header. */
export function DashCard(props: { id: string; title: string; icon: LucideIcon; to: string; toLabel: string; className?: string; children: ReactNode }) {
  const Icon = props.icon;
  return (
    <section className={`card dash-card ${props.className ?? ''}`} aria-labelledby={`${props.id}-title`}>
      <header className="dash-card-header">
        <h2 className="dash-card-title" id={`${props.id}-title`}>
          <Icon size={16} aria-hidden /> {props.title}
        </h2>
        <a className="dash-card-link" href={href(props.to)}>
          {props.toLabel} <ArrowRight size={14} aria-hidden />
        </a>
      </header>
      {props.children}
    </section>
  );
}

/** What an empty card says, with the one thing to do first. */
export function DashEmpty({ children, action }: { children: ReactNode; action?: { to: string; label: string } }) {
  return (
    <div className="dash-empty">
      <p>{children}</p>
      {action && (
        <a className="button button--small" href={href(action.to)}>
          {action.label}
        </a>
      )}
    </div>
  );
}

/** Whole days since a day, as a dashboard line says it ("today", "yesterday", "3 days ago", "in 2 days"). */
export const ago = (days: number) => (days === 0 ? 'today' : days === 1 ? 'yesterday' : days < 0 ? `in ${-days} days` : `${days} days ago`);
