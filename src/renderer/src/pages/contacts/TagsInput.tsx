import { X } from 'lucide-react';
import { useState, type KeyboardEvent } from 'react';

export interface TagsInputProps {
  id: string;
  value: string[];
  onChange: (next: string[]) => void;
  /** Names offered as the user types (a datalist). */
  suggestions?: string[];
  placeholder?: string;
  /** Spoken with each remove button: "Remove French". */
  itemLabel?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string | undefined;
}

/**
 * A list of short names typed one after another: Enter, Tab or a comma adds what is typed,
 * Backspace in the empty box removes the last one, each chip has its own remove button.
 * Repeats (ignoring case) are not added twice.
 */
export function TagsInput({ id, value, onChange, suggestions = [], placeholder, itemLabel = 'Remove', ...aria }: TagsInputProps) {
  const [draft, setDraft] = useState('');
  const listId = `${id}-suggestions`;

  const commit = (text: string): boolean => {
    const name = text.trim().replace(/,+$/, '').trim();
    setDraft('');
    if (!name) return false;
    if (value.some((v) => v.toLocaleLowerCase() === name.toLocaleLowerCase())) return true;
    onChange([...value, name]);
    return true;
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'Enter' || e.key === ',') {
      // Enter in an empty box is left alone, so it can still submit the form.
      if (draft.trim() === '' && e.key === 'Enter') return;
      e.preventDefault();
      commit(draft);
    } else if (e.key === 'Tab' && draft.trim() !== '') {
      commit(draft);
    } else if (e.key === 'Backspace' && draft === '' && value.length > 0) {
      e.preventDefault();
      onChange(value.slice(0, -1));
    }
  };

  return (
    <div className="tags-input">
      {value.length > 0 && (
        <ul className="tags-input-list" aria-label="Added">
          {value.map((tag) => (
            <li key={tag} className="tags-input-tag">
              {tag}
              <button type="button" className="tags-input-remove" aria-label={`${itemLabel} ${tag}`} onClick={() => onChange(value.filter((v) => v !== tag))}>
                <X size={12} aria-hidden />
              </button>
            </li>
          ))}
        </ul>
      )}
      <input
        id={id}
        {...aria}
        value={draft}
        list={suggestions.length > 0 ? listId : undefined}
        placeholder={placeholder}
        autoComplete="off"
        onChange={(e) => {
          const text = e.target.value;
          // Picking from the datalist or pasting "French, English" adds at once.
          if (text.includes(',')) {
            const parts = text.split(',');
            const rest = parts.pop() ?? '';
            let next = [...value];
            for (const p of parts) {
              const name = p.trim();
              if (name && !next.some((v) => v.toLocaleLowerCase() === name.toLocaleLowerCase())) next = [...next, name];
            }
            onChange(next);
            setDraft(rest);
          } else {
            setDraft(text);
          }
        }}
        onKeyDown={onKeyDown}
        onBlur={() => commit(draft)}
      />
      {suggestions.length > 0 && (
        <datalist id={listId}>
          {suggestions
            .filter((s) => !value.some((v) => v.toLocaleLowerCase() === s.toLocaleLowerCase()))
            .map((s) => (
              <option key={s} value={s} />
            ))}
        </datalist>
      )}
    </div>
  );
}
