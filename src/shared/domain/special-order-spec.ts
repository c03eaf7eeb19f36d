/** A special order's specification, and the one-line description of it used for the purchase. */
export interface SpecialOrderSpec {
  model: string;
  size: string | null;
  exteriorLeather: string | null;
  exteriorColour: string | null;
  interiorLeather: string | null;
  interiorColour: string | null;
  stitching: string | null;
  hardware: string | null;
}

const joined = (...parts: (string | null)[]): string | null => {
  const present = parts.filter((p): p is string => !!p);
  return present.length > 0 ? present.join(' ') : null;
};

/**
 * "Kelly 25, exterior Togo Gold, interior Swift Craie, stitching white, hardware gold" — only
 * the parts the user filled in (a wish bought, a bag in the collection).
 */
export function describeBag(spec: SpecialOrderSpec): string {
  const exterior = joined(spec.exteriorLeather, spec.exteriorColour);
  const interior = joined(spec.interiorLeather, spec.interiorColour);
  const parts = [
    joined(spec.model, spec.size),
    exterior && `exterior ${exterior}`,
    interior && `interior ${interior}`,
    spec.stitching && `stitching ${spec.stitching}`,
    spec.hardware && `hardware ${spec.hardware}`,
  ].filter((p): p is string => !!p);
  return parts.join(', ');
}

/** "Special order: Kelly 25, exterior Togo Gold, …" */
export const describeSpec = (spec: SpecialOrderSpec): string => `Special order: ${describeBag(spec)}`;
