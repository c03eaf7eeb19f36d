import { Check, CornerDownLeft, Pencil, Trash2, X } from 'lucide-react';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { INTERACTION_KINDS, type Interaction, type InteractionKind } from '../../../../shared/api/contacts';
import { ApiError } from '../../api';
import { DeleteRecordDialog } from '../../components/DeleteRecordDialog';
import { formatDay } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { relativeDay, todayDay } from '../../lib/relative-day';
import { KIND_ICONS, KIND_LABELS, KIND_SHORTCUTS } from './labels';

/** Alt+1 … Alt+7 (by physical key, so Option+digit on a Mac works too) → a kind. */
function kindFromShortcut(e: KeyboardEvent): InteractionKind | null {
  if (!e.altKey || e.ctrlKey || e.metaKey) return null;
  const m = /^Digit([1-9])$/.exec(e.code);
  return m ? (KIND_SHORTCUTS[Number(m[1]) - 1] ?? null) : null;
}

function issueFor(err: unknown, field: string): string | null {
  return err instanceof ApiError ? (err.issues.find((i) => i.path[0] === field)?.message ?? null) : null;
}

/**
 * The quick-add row: focused when the page opens; type what happened, Enter saves it with
 * today's day and the chosen kind ('visited' unless changed with Alt+1…7 or the select).
 */
function QuickAdd({ contactId }: { contactId: number }) {
  const create = useWrite('interactions.create');
  const [summary, setSummary] = useState('');
  const [kind, setKind] = useState<InteractionKind>('visited');
  const [day, setDay] = useState(todayDay);
  const [saved, setSaved] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    inputRef.current?.focus();
  }, [contactId]);

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    const picked = kindFromShortcut(e);
    if (picked) {
      e.preventDefault();
      setKind(picked);
    }
  };

  const save = () => {
    setSaved(null);
    create.mutate(
      { contactId, day, kind, summary },
      {
        onSuccess: (i) => {
          setSummary('');
          setKind('visited');
          setDay(todayDay());
          setSaved(`Logged “${KIND_LABELS[i.kind]}” on ${formatDay(i.day, false)}.`);
          inputRef.current?.focus();
        },
      },
    );
  };

  const summaryError = issueFor(create.error, 'summary');
  const dayError = issueFor(create.error, 'day');
  const otherError = create.error && !summaryError && !dayError ? create.error.message : null;

  return (
    <form
      className="quick-add"
      aria-label="Log an interaction"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={onKeyDown}
    >
      <div className="quick-add-row">
        <label className="sr-only" htmlFor="quick-add-summary">
          What happened
        </label>
        <input
          id="quick-add-summary"
          ref={inputRef}
          className="quick-add-summary"
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          placeholder="What happened? Type it and press Enter"
          aria-invalid={Boolean(summaryError)}
          aria-describedby="quick-add-help"
          autoComplete="off"
        />
        <button type="submit" className="button button--primary" disabled={create.isPending}>
          <CornerDownLeft size={15} aria-hidden /> Log
        </button>
      </div>
      <div className="quick-add-options">
        <label className="sr-only" htmlFor="quick-add-kind">
          Kind
        </label>
        <select id="quick-add-kind" className="quick-add-kind" value={kind} onChange={(e) => setKind(e.target.value as InteractionKind)} aria-keyshortcuts="Alt+1 Alt+2 Alt+3 Alt+4 Alt+5 Alt+6 Alt+7">
          {INTERACTION_KINDS.map((k, n) => (
            <option key={k} value={k}>
              {KIND_LABELS[k]} · Alt+{n + 1}
            </option>
          ))}
        </select>
        <label className="sr-only" htmlFor="quick-add-day">
          Day
        </label>
        <input id="quick-add-day" className="quick-add-day" type="date" value={day} onChange={(e) => setDay(e.target.value)} aria-invalid={Boolean(dayError)} />
        <p className="field-hint" id="quick-add-help">
          <kbd className="kbd">Enter</kbd> saves · <kbd className="kbd">Alt</kbd>+<kbd className="kbd">1</kbd>–<kbd className="kbd">7</kbd> picks the kind
        </p>
      </div>
      {(summaryError ?? dayError ?? otherError) && (
        <p className="field-error" role="alert">
          {summaryError ?? dayError ?? otherError}
        </p>
      )}
      <p className="sr-only" role="status">
        {saved}
      </p>
    </form>
  );
}

function TimelineEntry({ entry }: { entry: Interaction }) {
  const update = useWrite('interactions.update');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [draft, setDraft] = useState({ day: entry.day, kind: entry.kind, summary: entry.summary });
  const Icon = KIND_ICONS[entry.kind];

  const startEdit = () => {
    setDraft({ day: entry.day, kind: entry.kind, summary: entry.summary });
    update.reset();
    setEditing(true);
  };

  return (
    <li className={`log-entry log-entry--${entry.kind}`}>
      <span className="log-dot" aria-hidden>
        <Icon size={14} />
      </span>
      {editing ? (
        <form
          className="log-edit"
          aria-label="Edit interaction"
          onSubmit={(e) => {
            e.preventDefault();
            update.mutate({ id: entry.id, ...draft }, { onSuccess: () => setEditing(false) });
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              setEditing(false);
            }
            const picked = kindFromShortcut(e);
            if (picked) {
              e.preventDefault();
              setDraft((d) => ({ ...d, kind: picked }));
            }
          }}
        >
          <div className="log-edit-row">
            <label className="sr-only" htmlFor={`edit-kind-${entry.id}`}>
              Kind
            </label>
            <select id={`edit-kind-${entry.id}`} value={draft.kind} onChange={(e) => setDraft({ ...draft, kind: e.target.value as InteractionKind })}>
              {INTERACTION_KINDS.map((k) => (
                <option key={k} value={k}>
                  {KIND_LABELS[k]}
                </option>
              ))}
            </select>
            <label className="sr-only" htmlFor={`edit-day-${entry.id}`}>
              Day
            </label>
            <input id={`edit-day-${entry.id}`} type="date" value={draft.day} onChange={(e) => setDraft({ ...draft, day: e.target.value })} />
          </div>
          <label className="sr-only" htmlFor={`edit-summary-${entry.id}`}>
            What happened
          </label>
          <textarea
            id={`edit-summary-${entry.id}`}
            rows={2}
            value={draft.summary}
            autoFocus
            onChange={(e) => setDraft({ ...draft, summary: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && !e.shiftKey) {
                e.preventDefault();
                e.currentTarget.form?.requestSubmit();
              }
            }}
          />
          {update.error && (
            <p className="field-error" role="alert">
              {update.error.issues[0]?.message ?? update.error.message}
            </p>
          )}
          <div className="log-edit-actions">
            <button type="submit" className="button button--primary button--small" disabled={update.isPending}>
              <Check size={14} aria-hidden /> Save
            </button>
            <button type="button" className="button button--small" onClick={() => setEditing(false)}>
              <X size={14} aria-hidden /> Cancel
            </button>
          </div>
        </form>
      ) : (
        <div className="log-body">
          <div className="log-head">
            <span className="log-kind">{KIND_LABELS[entry.kind]}</span>
            <time className="muted" dateTime={entry.day}>
              {formatDay(entry.day)} · {relativeDay(entry.day)}
            </time>
            <span className="log-actions">
              <button type="button" className="icon-button log-icon-button" onClick={startEdit} aria-label={`Edit entry of ${formatDay(entry.day)}`}>
                <Pencil size={14} aria-hidden />
              </button>
              <button type="button" className="icon-button log-icon-button" onClick={() => setDeleting(true)} aria-label={`Delete entry of ${formatDay(entry.day)}`}>
                <Trash2 size={14} aria-hidden />
              </button>
            </span>
          </div>
          <p className="log-summary">{entry.summary}</p>
        </div>
      )}
      <DeleteRecordDialog
        open={deleting}
        channel="interactions.delete"
        kind="interaction"
        id={entry.id}
        label={entry.summary}
        title="Delete this entry?"
        message={
          <p>
            “{entry.summary}” ({KIND_LABELS[entry.kind].toLowerCase()}, {formatDay(entry.day)}) goes from the log to the Trash.
          </p>
        }
        confirmLabel="Delete entry"
        onClose={() => setDeleting(false)}
        onDeleted={() => setDeleting(false)}
      />
    </li>
  );
}

export function InteractionLog({ contactId }: { contactId: number }) {
  const log = useChannel('interactions.list', { contactId, limit: 1000 });
  return (
    <section className="card interaction-log" aria-labelledby="log-title">
      <h2 className="card-title" id="log-title">
        Interaction log
      </h2>
      <QuickAdd contactId={contactId} />
      {log.isPending && <p className="muted">Loading the log…</p>}
      {log.error && <p className="field-error">{log.error.message}</p>}
      {log.data && log.data.length === 0 && <p className="muted log-empty">Nothing logged yet. Type the first visit, message or call above and press Enter.</p>}
      {log.data && log.data.length > 0 && (
        <ol className="contact-log" aria-label="Timeline, newest first">
          {log.data.map((entry) => (
            <TimelineEntry key={entry.id} entry={entry} />
          ))}
        </ol>
      )}
    </section>
  );
}
