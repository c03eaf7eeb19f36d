/**
 * The bag's specification as special orders, the wishlist and the collection ask for it: model,
 * size, exterior and interior leather and colour, stitching, hardware, with Carnet's lists as
 * suggestions (any other name is allowed) and a swatch beside each colour. Used inside a form
 * wrapped in react-hook-form's FormProvider whose values include these fields as text.
 */
import { useFormContext } from 'react-hook-form';
import { HARDWARE_NAMES, LEATHER_COLOUR_NAMES, LEATHER_NAMES, type ColourKind } from '../../../shared/domain/colours';
import { ColourSwatch } from './ColourSwatch';
import { Field } from './Field';

export interface SpecValues {
  model: string;
  size: string;
  exteriorLeather: string;
  exteriorColour: string;
  interiorLeather: string;
  interiorColour: string;
  stitching: string;
  hardware: string;
}

export const SPEC_FIELDS = ['model', 'size', 'exteriorLeather', 'exteriorColour', 'interiorLeather', 'interiorColour', 'stitching', 'hardware'] as const;

export const MODELS = ['Birkin', 'Kelly', 'Kelly Sellier', 'Kelly Retourne', 'Constance', 'Bolide', 'Picotin', 'Evelyne', 'Lindy', 'Herbag', 'Garden Party', 'Roulis', 'Verrou', 'Halzan', 'Kelly Pochette', 'Mini Kelly'];

/** The form's text values → the contract's spec (empty is null). */
export const specInput = (v: SpecValues) => ({
  model: v.model,
  size: v.size || null,
  exteriorLeather: v.exteriorLeather || null,
  exteriorColour: v.exteriorColour || null,
  interiorLeather: v.interiorLeather || null,
  interiorColour: v.interiorColour || null,
  stitching: v.stitching || null,
  hardware: v.hardware || null,
});

/** A record's spec → the form's text values. */
export const specValues = (s?: Partial<Record<keyof SpecValues, string | null>> | null): SpecValues => ({
  model: s?.model ?? '',
  size: s?.size ?? '',
  exteriorLeather: s?.exteriorLeather ?? '',
  exteriorColour: s?.exteriorColour ?? '',
  interiorLeather: s?.interiorLeather ?? '',
  interiorColour: s?.interiorColour ?? '',
  stitching: s?.stitching ?? '',
  hardware: s?.hardware ?? '',
});

export function SpecFields({ autoFocus = true }: { autoFocus?: boolean }) {
  const {
    register,
    watch,
    formState: { errors },
  } = useFormContext<SpecValues>();

  const colourField = (name: 'exteriorColour' | 'interiorColour' | 'stitching' | 'hardware', label: string, placeholder: string, kind: ColourKind = 'leather') => (
    <Field label={label} error={errors[name]?.message}>
      {(a) => (
        <span className="so-input-swatch">
          <input {...a} {...register(name)} placeholder={placeholder} list={kind === 'hardware' ? 'so-hardware' : 'so-colours'} autoComplete="off" />
          <ColourSwatch name={watch(name)} kind={kind} toneOf={name === 'stitching' ? watch('exteriorColour') : null} size="small" />
        </span>
      )}
    </Field>
  );

  return (
    <>
      <datalist id="so-models">
        {MODELS.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
      <datalist id="so-leathers">
        {LEATHER_NAMES.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
      <datalist id="so-colours">
        {LEATHER_COLOUR_NAMES.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
      <datalist id="so-hardware">
        {HARDWARE_NAMES.map((m) => (
          <option key={m} value={m} />
        ))}
      </datalist>
      <div className="form-grid">
        <Field label="Model" error={errors.model?.message}>
          {(a) => <input {...a} {...register('model')} placeholder="Kelly" list="so-models" autoComplete="off" autoFocus={autoFocus} />}
        </Field>
        <Field label="Size" error={errors.size?.message}>
          {(a) => <input {...a} {...register('size')} placeholder="25" />}
        </Field>
        <Field label="Exterior leather" error={errors.exteriorLeather?.message}>
          {(a) => <input {...a} {...register('exteriorLeather')} placeholder="Togo" list="so-leathers" autoComplete="off" />}
        </Field>
        {colourField('exteriorColour', 'Exterior colour', 'Gold')}
        <Field label="Interior leather" error={errors.interiorLeather?.message}>
          {(a) => <input {...a} {...register('interiorLeather')} placeholder="Chèvre Mysore" list="so-leathers" autoComplete="off" />}
        </Field>
        {colourField('interiorColour', 'Interior colour', 'Craie')}
        {colourField('stitching', 'Stitching', 'White, or tone on tone')}
        {colourField('hardware', 'Hardware', 'Gold, Palladium…', 'hardware')}
      </div>
    </>
  );
}
