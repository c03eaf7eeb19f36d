/**
 * One attachment at screen size, over the page: ← and → move through the record's attachments,
 * Esc closes. The caption, the day it was taken and the cover are set here; a document shows as
 * a tile with its name (no preview yet).
 */
import { ChevronLeft, ChevronRight, FileText, Star, Trash2, TriangleAlert } from 'lucide-react';
import { useEffect, useState } from 'react';
import { sizeInWords, type Attachment } from '../../../../shared/api/attachments';
import { formatDay } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { Dialog } from '../Dialog';
import { Field } from '../Field';

/** What a tile says instead of a broken image. */
export const problemWords = (a: Attachment): string => (a.problem === 'missing' ? 'File missing' : 'File damaged');

export interface LightboxProps {
  items: readonly Attachment[];
  index: number;
  onIndex: (index: number) => void;
  onClose: () => void;
}

export function Lightbox({ items, index, onIndex, onClose }: LightboxProps) {
  const a = items[index]!;
  const view = useChannel('attachments.get', { id: a.id });
  const update = useWrite('attachments.update');
  const remove = useWrite('attachments.delete');
  const [caption, setCaption] = useState(a.caption ?? '');
  const [takenOn, setTakenOn] = useState(a.takenOn ?? '');
  const [confirming, setConfirming] = useState(false);
  useEffect(() => {
    setCaption(a.caption ?? '');
    setTakenOn(a.takenOn ?? '');
    setConfirming(false);
    update.reset();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- a new attachment shown: its own values
  }, [a.id]);

  const move = (step: number) => onIndex((index + step + items.length) % items.length);
  // ← and → anywhere in the lightbox, except where they move a caret (the caption, the day).
  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (items.length < 2 || (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft')) return;
      if ((e.target as HTMLElement | null)?.closest('input, textarea, select')) return;
      e.preventDefault();
      onIndex((index + (e.key === 'ArrowRight' ? 1 : -1) + items.length) % items.length);
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [index, items.length, onIndex]);
  const dirty = caption.trim() !== (a.caption ?? '') || takenOn !== (a.takenOn ?? '');
  const issue = (field: string) => update.error?.issues.find((i) => i.path[0] === field)?.message;
  const title = a.caption ?? a.name;

  return (
    <Dialog title={title} open onClose={onClose} wide>
      <div className="lightbox">
        {/* Focused when the lightbox opens, so the arrows work at once (not the caption field). */}
        <div className="lightbox-stage" tabIndex={-1} data-autofocus>
          {items.length > 1 && (
            <button type="button" className="icon-button lightbox-arrow lightbox-arrow--prev" onClick={() => move(-1)} aria-label="Previous">
              <ChevronLeft size={22} aria-hidden />
            </button>
          )}
          {a.problem ? (
            <div className="lightbox-document lightbox-document--problem" role="alert">
              <TriangleAlert size={32} aria-hidden />
              <strong>{problemWords(a)}</strong>
              <span>
                {a.name} is {a.problem === 'missing' ? 'no longer in' : 'no longer the file kept in'} Carnet’s files folder. Restore it from a copy of that folder, or delete this entry.
              </span>
            </div>
          ) : a.kind === 'document' ? (
            <div className="lightbox-document">
              <FileText size={40} aria-hidden />
              <strong>{a.name}</strong>
              <span className="muted">PDF · {sizeInWords(a.byteSize)}</span>
            </div>
          ) : view.data?.screen ? (
            <img className="lightbox-image" src={view.data.screen} alt={title} />
          ) : (
            <div className="lightbox-document muted">{view.error ? view.error.message : 'Loading…'}</div>
          )}
          {items.length > 1 && (
            <button type="button" className="icon-button lightbox-arrow lightbox-arrow--next" onClick={() => move(1)} aria-label="Next">
              <ChevronRight size={22} aria-hidden />
            </button>
          )}
        </div>
        <p className="lightbox-meta muted">
          <span>
            {index + 1} of {items.length}
          </span>
          <span>{a.name}</span>
          {a.width && a.height && (
            <span>
              {a.width} × {a.height}
            </span>
          )}
          <span>{sizeInWords(a.byteSize)}</span>
          {a.takenOn && <span>Taken {formatDay(a.takenOn)}</span>}
        </p>
        <form
          className="lightbox-form"
          onSubmit={(e) => {
            e.preventDefault();
            update.mutate({ id: a.id, caption: caption.trim() || null, takenOn: takenOn || null });
          }}
        >
          <Field label="Caption" error={issue('caption')} className="lightbox-caption">
            {(c) => <input {...c} value={caption} maxLength={500} onChange={(e) => setCaption(e.target.value)} placeholder="Kelly 25 in Gold, at the counter" />}
          </Field>
          <Field label="Taken on" error={issue('takenOn')}>
            {(c) => <input {...c} type="date" value={takenOn} onChange={(e) => setTakenOn(e.target.value)} />}
          </Field>
          <button type="submit" className="button button--primary" disabled={!dirty || update.isPending}>
            Save
          </button>
        </form>
        {update.error && !update.error.issues.length && (
          <p className="banner banner--error" role="alert">
            {update.error.message}
          </p>
        )}
        <div className="lightbox-actions">
          {a.kind === 'photo' &&
            (a.isCover ? (
              <span className="chip chip--small">
                <Star size={12} aria-hidden /> Cover photo
              </span>
            ) : (
              <button type="button" className="button button--small" disabled={update.isPending} onClick={() => update.mutate({ id: a.id, isCover: true })}>
                <Star size={14} aria-hidden /> Use as cover
              </button>
            ))}
          {confirming ? (
            <>
              <span>Delete {a.kind === 'photo' ? 'this photo' : 'this document'}?</span>
              <button
                type="button"
                className="button button--small button--danger"
                disabled={remove.isPending}
                onClick={() =>
                  remove.mutate(
                    { id: a.id },
                    {
                      onSuccess: () => {
                        if (items.length <= 1) onClose();
                        else onIndex(index >= items.length - 1 ? index - 1 : index);
                      },
                    },
                  )
                }
              >
                Delete
              </button>
              <button type="button" className="button button--small button--ghost" onClick={() => setConfirming(false)}>
                Keep
              </button>
            </>
          ) : (
            <button type="button" className="button button--small button--danger-ghost" onClick={() => setConfirming(true)}>
              <Trash2 size={14} aria-hidden /> Delete
            </button>
          )}
          {remove.error && <span className="field-error">{remove.error.message}</span>}
        </div>
      </div>
    </Dialog>
  );
}
