/**
 * The one store picker: every form and filter that names a boutique uses it. Stores are grouped
 * (Paris, Home store, Other stores, Online); an archived store is left out unless the record
 * already names it; "Add a store…" opens the store dialog here and picks the new store on save.
 */
import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { BOUTIQUE_GROUP_LABELS, BOUTIQUE_GROUPS, boutiqueGroup, type Boutique, type BoutiqueGroup } from '../../../../shared/api/boutiques';
import { useChannel } from '../../lib/query';
import { BoutiqueDialog } from './BoutiqueDialog';

const ADD = '__add_store__';

/** "Beverly Hills · Los Angeles"; Paris and online stores go by their name. */
export const boutiqueLabel = (b: Boutique): string => `${b.name}${b.city !== 'Paris' && !b.online ? ` · ${b.city}` : ''}`;

/** Stores in picker order, grouped; archived ones only when `keep` says so. */
export function groupBoutiques(boutiques: readonly Boutique[], keep: (b: Boutique) => boolean = () => false): { group: BoutiqueGroup; boutiques: Boutique[] }[] {
  return BOUTIQUE_GROUPS.map((group) => ({
    group,
    boutiques: boutiques.filter((b) => boutiqueGroup(b) === group && (group !== 'archived' || keep(b))),
  })).filter((g) => g.boutiques.length > 0);
}

export interface BoutiqueSelectProps {
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string | undefined;
  'aria-label'?: string;
  name?: string;
  /** The chosen store's id as text; '' for none (or any extra option's value). */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** The option for no store ("Not recorded", "No preference"); null: a store must be chosen. */
  emptyLabel?: string | null;
  /** Options after the empty one, such as a filter's "No preference". */
  extraOptions?: readonly { value: string; label: string }[];
  /** Which stores this picker offers (a lottery: the Paris boutiques taking appointments). */
  include?: (b: Boutique) => boolean;
  /** Filters over past records offer archived stores too. */
  showArchived?: boolean;
  /** Offer "Add a store…" (forms; not filters). */
  allowAdd?: boolean;
  disabled?: boolean;
}

export function BoutiqueSelect({
  value,
  onChange,
  onBlur,
  emptyLabel = 'Not recorded',
  extraOptions = [],
  include,
  showArchived = false,
  allowAdd = true,
  disabled,
  ...control
}: BoutiqueSelectProps) {
  const boutiques = useChannel('boutiques.list');
  const client = useQueryClient();
  const [adding, setAdding] = useState(false);
  const offered = (boutiques.data ?? []).filter((b) => String(b.id) === value || !include || include(b));
  const groups = groupBoutiques(offered, (b) => showArchived || String(b.id) === value);
  return (
    <>
      <select
        {...control}
        value={value}
        disabled={disabled}
        onBlur={onBlur}
        onChange={(e) => {
          if (e.target.value === ADD) setAdding(true);
          else onChange(e.target.value);
        }}
      >
        {emptyLabel !== null && <option value="">{emptyLabel}</option>}
        {extraOptions.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
        {groups.map((g) => (
          <optgroup key={g.group} label={BOUTIQUE_GROUP_LABELS[g.group]}>
            {g.boutiques.map((b) => (
              <option key={b.id} value={String(b.id)}>
                {boutiqueLabel(b)}
              </option>
            ))}
          </optgroup>
        ))}
        {allowAdd && <option value={ADD}>Add a store…</option>}
      </select>
      {allowAdd && (
        <BoutiqueDialog
          open={adding}
          onClose={() => setAdding(false)}
          onSaved={(saved) => {
            // The new store is in the list before the refetch lands, so the picker can show it at once.
            client.setQueryData<Boutique[]>(['boutiques', 'boutiques.list', null], (list) => (list && !list.some((b) => b.id === saved.id) ? [...list, saved] : list));
            setAdding(false);
            onChange(String(saved.id));
          }}
        />
      )}
    </>
  );
}
