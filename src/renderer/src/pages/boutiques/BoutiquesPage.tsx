/**
 * '#/boutiques': the user's stores — the Paris three, the home store, other cities, online —
 * with add, edit, archive and delete. '#/boutiques/12' opens a store (a search result), and
 * '#/boutiques/new' the new-store form.
 */
import { Archive, ArchiveRestore, Globe, Home, Link2, Pencil, Plus, Store, Trash2 } from 'lucide-react';
import { useState } from 'react';
import { BOUTIQUE_GROUP_LABELS, BOUTIQUE_GROUPS, boutiqueGroup, type Boutique, type BoutiqueGroup } from '../../../../shared/api/boutiques';
import { ApiError } from '../../api';
import { BoutiqueDialog, type BoutiqueDraft } from '../../components/boutiques/BoutiqueDialog';
import '../../components/boutiques/boutiques.css';
import { Dialog } from '../../components/Dialog';
import { toastDeleted, TrashPreviewText } from '../../components/DeleteRecordDialog';
import { ErrorState, LoadingState, PageHeader } from '../../components/States';
import { formatDay } from '../../lib/format';
import { useChannel, useWrite } from '../../lib/query';
import { href, navigate } from '../../lib/router';

const GROUP_HINTS: Record<BoutiqueGroup, string> = {
  paris: 'The three boutiques that take leather appointments, built in.',
  home: 'The store you shop at most; its spend is shown first in your profile.',
  other: 'Any other city’s store you have bought at or plan to visit.',
  online: 'hermes.com and other online stores.',
  archived: 'Out of the pickers; still on every record that names them.',
};

const ADD_LABELS: Partial<Record<BoutiqueGroup, { label: string; draft: BoutiqueDraft }>> = {
  home: { label: 'Add your home store', draft: { isHome: true } },
  other: { label: 'Add a store', draft: {} },
  online: { label: 'Add hermes.com', draft: { name: 'hermes.com', online: true } },
};

type Editing = { boutique?: Boutique; draft?: BoutiqueDraft } | null;

export function BoutiquesPage({ route }: { route: string[] }) {
  const boutiques = useChannel('boutiques.list');
  const groups = useChannel('profile.listGroups');
  const [picked, setEditing] = useState<Editing>(null);
  const [deleting, setDeleting] = useState<Boutique | null>(null);
  const routeId = route[0] && /^\d+$/.test(route[0]) ? Number(route[0]) : null;
  const routed = routeId === null ? undefined : boutiques.data?.find((b) => b.id === routeId);

  // A search result or a link opens the store itself.
  const editing: Editing = picked ?? (route[0] === 'new' ? { draft: {} } : routed ? { boutique: routed } : null);

  const close = () => {
    setEditing(null);
    if (route.length > 0) navigate('/boutiques');
  };
  const list = boutiques.data ?? [];
  const byGroup = new Map<BoutiqueGroup, Boutique[]>(BOUTIQUE_GROUPS.map((g) => [g, list.filter((b) => boutiqueGroup(b) === g)]));
  const name = (id: number) => list.find((b) => b.id === id)?.name ?? `Boutique ${id}`;

  return (
    <div className="page">
      <PageHeader
        title="Boutiques"
        subtitle="Where you shop: the Paris boutiques, your home store, other cities and online. Every store picker in Carnet offers these."
        actions={
          <button type="button" className="button button--primary" onClick={() => setEditing({ draft: {} })}>
            <Plus size={16} aria-hidden /> New store
          </button>
        }
      />
      {boutiques.isPending && <LoadingState label="Loading boutiques…" />}
      {boutiques.error && <ErrorState message={boutiques.error.message} onRetry={() => void boutiques.refetch()} />}
      {boutiques.data &&
        BOUTIQUE_GROUPS.map((g) => {
          const stores = byGroup.get(g) ?? [];
          const add = ADD_LABELS[g];
          if (stores.length === 0 && !add) return null;
          return (
            <section key={g} className="group" aria-labelledby={`boutiques-${g}`}>
              <div className="boutiques-group-header">
                <h2 className="group-title" id={`boutiques-${g}`}>
                  {BOUTIQUE_GROUP_LABELS[g]}
                </h2>
                <span className="muted small">{GROUP_HINTS[g]}</span>
              </div>
              {stores.length > 0 ? (
                <ul className="card-list">
                  {stores.map((b) => (
                    <BoutiqueCard key={b.id} boutique={b} target={b.id === routeId} onEdit={() => setEditing({ boutique: b })} onDelete={() => setDeleting(b)} />
                  ))}
                </ul>
              ) : (
                add && (
                  <div className="card boutique-card">
                    <span className="muted">{g === 'home' ? 'No home store yet.' : g === 'online' ? 'No online store yet.' : 'No other store yet.'}</span>
                    <button type="button" className="button button--small" onClick={() => setEditing({ draft: add.draft })}>
                      <Plus size={14} aria-hidden /> {add.label}
                    </button>
                  </div>
                )
              )}
            </section>
          );
        })}
      {boutiques.data && (
        <section className="card boutiques-links" aria-labelledby="boutiques-linked">
          <h2 className="card-title" id="boutiques-linked">
            <Link2 size={16} aria-hidden /> Linked stores
          </h2>
          <p className="muted small">Stores whose spend is counted together in your spend profile (managers are said to look at linked stores).</p>
          {groups.data && groups.data.length > 0 && (
            <ul>
              {groups.data.map((grp) => (
                <li key={grp.id}>
                  <strong>{grp.name}</strong>: {grp.boutiqueIds.map(name).join(', ')}
                </li>
              ))}
            </ul>
          )}
          <p>
            <a href={href('/offers/profile')}>{groups.data && groups.data.length > 0 ? 'Change them on the spend profile' : 'Link stores on the spend profile'}</a>
          </p>
        </section>
      )}
      <BoutiqueDialog
        open={editing !== null}
        boutique={editing?.boutique}
        draft={editing?.draft}
        onClose={close}
        onSaved={() => close()}
      />
      {deleting && <DeleteDialog boutique={deleting} onClose={() => setDeleting(null)} />}
    </div>
  );
}

function BoutiqueCard({ boutique: b, target, onEdit, onDelete }: { boutique: Boutique; target: boolean; onEdit: () => void; onDelete: () => void }) {
  const archive = useWrite('boutiques.archive');
  const unarchive = useWrite('boutiques.unarchive');
  const error = archive.error ?? unarchive.error;
  const where = b.online ? 'Online' : [b.city, b.country].join(', ');
  return (
    <li>
      <article className={`card boutique-card${b.archivedAt ? ' boutique-card--archived' : ''}${target ? ' boutique-card--target' : ''}`} aria-label={b.name}>
        <div className="boutique-card-main">
          <span className="boutique-card-name">{b.name}</span>
          <span className="muted">{[where, b.timeZone.replace(/_/g, ' '), b.currency].filter(Boolean).join(' · ')}</span>
          {b.address && <span className="boutique-card-address small">{b.address}</span>}
          {b.notes && <span className="muted small">{b.notes}</span>}
          {(b.isHome || b.online || b.takesLeatherAppointments || b.archivedAt) && (
          <div className="boutique-card-chips">
            {b.isHome && (
              <span className="chip chip--small">
                <Home size={12} aria-hidden /> Home store
              </span>
            )}
            {b.online && (
              <span className="chip chip--small">
                <Globe size={12} aria-hidden /> Online
              </span>
            )}
            {b.takesLeatherAppointments && (
              <span className="chip chip--small">
                <Store size={12} aria-hidden /> Leather appointments
              </span>
            )}
            {b.archivedAt && <span className="chip chip--small chip--muted">Archived {formatDay(b.archivedAt.slice(0, 10), true)}</span>}
          </div>
          )}
          {error && (
            <p className="field-error" role="alert">
              {error.message}
            </p>
          )}
        </div>
        <div className="boutique-card-actions">
          <button type="button" className="button button--small" onClick={onEdit} aria-label={`Edit ${b.name}`}>
            <Pencil size={14} aria-hidden /> Edit
          </button>
          {b.archivedAt ? (
            <button type="button" className="button button--small" onClick={() => unarchive.mutate({ id: b.id })} disabled={unarchive.isPending} aria-label={`Unarchive ${b.name}`}>
              <ArchiveRestore size={14} aria-hidden /> Unarchive
            </button>
          ) : (
            <button type="button" className="button button--small" onClick={() => archive.mutate({ id: b.id })} disabled={archive.isPending} aria-label={`Archive ${b.name}`}>
              <Archive size={14} aria-hidden /> Archive
            </button>
          )}
          {!b.code && (
            <button type="button" className="button button--small" onClick={onDelete} aria-label={`Delete ${b.name}`}>
              <Trash2 size={14} aria-hidden /> Delete
            </button>
          )}
        </div>
      </article>
    </li>
  );
}

/** Delete a store; one named by records cannot go, and the dialog offers to archive it instead. */
function DeleteDialog({ boutique: b, onClose }: { boutique: Boutique; onClose: () => void }) {
  const remove = useWrite('boutiques.delete');
  const archive = useWrite('boutiques.archive');
  const refused = remove.error instanceof ApiError && remove.error.code === 'conflict' ? remove.error.message : null;
  const failed = (refused ? archive.error?.message : remove.error?.message) ?? null;
  return (
    <Dialog
      title={`Delete ${b.name}?`}
      open
      onClose={onClose}
      footer={
        <>
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          {refused && !b.archivedAt ? (
            <button type="button" className="button button--primary" disabled={archive.isPending} onClick={() => archive.mutate({ id: b.id }, { onSuccess: onClose })}>
              Archive instead
            </button>
          ) : (
            !refused && (
              <button
                type="button"
                className="button button--danger"
                disabled={remove.isPending}
                onClick={() =>
                  remove.mutate(
                    { id: b.id },
                    {
                      onSuccess: () => {
                        toastDeleted('boutique', b.id, b.name, false);
                        onClose();
                      },
                    },
                  )
                }
              >
                Delete store
              </button>
            )
          )}
        </>
      }
    >
      <div className="confirm-message">
        {refused ? (
          <p role="alert">{refused}</p>
        ) : (
          <>
            <p>{b.name} leaves Carnet for the Trash. A store that records name cannot be deleted; you can archive it instead.</p>
            <TrashPreviewText open kind="boutique" id={b.id} />
          </>
        )}
      </div>
      {failed && (
        <p className="banner banner--error" role="alert">
          {failed}
        </p>
      )}
    </Dialog>
  );
}
