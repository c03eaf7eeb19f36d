/**
 * A swatch for a colour name as the user wrote it ("Étoupe", "Bleu Frida", "GHW"). The user's
 * own colour for the name wins; then Carnet's curated map; otherwise a neutral swatch with a
 * "?" that invites the user to pick one. Editable swatches open a picker.
 */
import { useState } from 'react';
import { colourKey, HEX_RE, isLight, isToneOnTone, knownColour, type ColourKind } from '../../../shared/domain/colours';
import { useChannel, useWrite } from '../lib/query';
import { Dialog } from './Dialog';
import { Field } from './Field';
import '../styles/special-orders.css';
import { useOnOpen } from '../lib/form-opening';

export interface Swatch {
  hex: string | null;
  /** Where the colour comes from: the user's own pick, Carnet's map, or nowhere (unknown). */
  source: 'custom' | 'carnet' | null;
  /** Carnet's own colour for the name, when it knows one. */
  carnetHex: string | null;
}

/** Resolves a name to its swatch. Tone-on-tone stitching takes `toneOf` (the exterior colour). */
export function useSwatch(name: string | null | undefined, kind: ColourKind = 'leather', toneOf?: string | null): Swatch {
  const custom = useChannel('colours.list');
  const effective = name && isToneOnTone(name) && toneOf ? toneOf : name;
  if (!effective) return { hex: null, source: null, carnetHex: null };
  const key = colourKey(effective);
  const carnet = knownColour(effective, kind);
  // Carnet's hardware finishes are fixed, so a "Gold" picked for leather never recolours GHW.
  if (kind === 'hardware' && carnet) return { hex: carnet.hex, source: 'carnet', carnetHex: carnet.hex };
  const mine = custom.data?.find((c) => c.key === key);
  if (mine) return { hex: mine.hex, source: 'custom', carnetHex: carnet?.hex ?? null };
  if (carnet) return { hex: carnet.hex, source: 'carnet', carnetHex: carnet.hex };
  return { hex: null, source: null, carnetHex: null };
}

export interface ColourSwatchProps {
  name: string | null | undefined;
  kind?: ColourKind;
  /** For stitching written as "tone on tone": the colour it matches. */
  toneOf?: string | null;
  size?: 'small' | 'medium' | 'large';
  /** Lets the user pick or change the colour (not for Carnet's own hardware finishes). */
  editable?: boolean;
}

export function ColourSwatch({ name, kind = 'leather', toneOf, size = 'medium', editable = false }: ColourSwatchProps) {
  const swatch = useSwatch(name, kind, toneOf);
  const [picking, setPicking] = useState(false);
  if (!name) return null;
  const unknown = swatch.hex === null;
  const className = `colour-swatch colour-swatch--${size}${unknown ? ' colour-swatch--unknown' : ''}${kind === 'hardware' ? ' colour-swatch--metal' : ''}`;
  const style = swatch.hex ? { backgroundColor: swatch.hex, color: isLight(swatch.hex) ? '#2a2520' : '#ffffff' } : undefined;
  const mark = unknown ? <span aria-hidden>?</span> : null;
  const canEdit = editable && !isToneOnTone(name) && !(kind === 'hardware' && swatch.source === 'carnet');

  if (!canEdit) {
    return (
      <span className={className} style={style} role="img" aria-label={unknown ? `No swatch for ${name}` : `Swatch of ${name}`}>
        {mark}
      </span>
    );
  }
  return (
    <>
      <button
        type="button"
        className={`${className} colour-swatch--button`}
        style={style}
        onClick={() => setPicking(true)}
        aria-label={unknown ? `Pick a colour for ${name}` : `Change the colour of ${name}`}
        title={unknown ? `Carnet does not know "${name}": pick its colour` : swatch.source === 'custom' ? `Your colour for ${name}` : `${name} (Carnet's approximation)`}
      >
        {mark}
      </button>
      <ColourPicker open={picking} name={name} swatch={swatch} onClose={() => setPicking(false)} />
    </>
  );
}

function ColourPicker({ open, name, swatch, onClose }: { open: boolean; name: string; swatch: Swatch; onClose: () => void }) {
  const set = useWrite('colours.set');
  const forget = useWrite('colours.delete');
  const [hex, setHex] = useState(swatch.hex ?? '#9a8f84');
  const [error, setError] = useState<string | null>(null);
  useOnOpen(open, () => {
    setHex(swatch.hex ?? '#9a8f84');
    setError(null);
    set.reset();
    forget.reset();
  });
  const valid = HEX_RE.test(hex.toLowerCase());
  const save = () => {
    if (!valid) {
      setError('Enter a colour like #a8703a.');
      return;
    }
    set.mutate({ name, hex }, { onSuccess: onClose });
  };
  const failure = set.error?.message ?? forget.error?.message ?? null;

  return (
    <Dialog
      title={`Colour for “${name}”`}
      open={open}
      onClose={onClose}
      footer={
        <>
          {swatch.source === 'custom' && (
            <button type="button" className="button button--ghost colour-picker-forget" onClick={() => forget.mutate({ name }, { onSuccess: onClose })} disabled={forget.isPending}>
              {swatch.carnetHex ? "Use Carnet's colour" : 'Forget my colour'}
            </button>
          )}
          <button type="button" className="button" onClick={onClose}>
            Cancel
          </button>
          <button type="button" className="button button--primary" onClick={save} disabled={set.isPending}>
            Save colour
          </button>
        </>
      }
    >
      <div className="colour-picker">
        <span className="colour-swatch colour-swatch--huge" style={valid ? { backgroundColor: hex } : undefined} aria-hidden />
        <div className="colour-picker-fields">
          <p className="field-hint colour-picker-hint">
            {swatch.source === null
              ? `Carnet does not know “${name}”. Pick the colour you see; it is used wherever you write this name.`
              : swatch.source === 'carnet'
                ? `Carnet's swatch is an approximation. Pick the shade you see; it is used wherever you write this name.`
                : 'Your own colour for this name, used wherever you write it.'}
          </p>
          <div className="colour-picker-row">
            <Field label="Colour">
              {(a) => <input {...a} type="color" className="colour-picker-native" value={valid ? hex : '#9a8f84'} onChange={(e) => (setHex(e.target.value), setError(null))} />}
            </Field>
            <Field label="Hex code" error={error ?? undefined}>
              {(a) => <input {...a} value={hex} onChange={(e) => (setHex(e.target.value.trim()), setError(null))} spellCheck={false} maxLength={7} />}
            </Field>
          </div>
        </div>
      </div>
      {failure && (
        <p className="banner banner--error" role="alert">
          {failure}
        </p>
      )}
    </Dialog>
  );
}
