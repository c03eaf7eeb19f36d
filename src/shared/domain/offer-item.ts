/** How an offered item is named on one line: "Kelly 25 · Epsom Gold · gold hardware". */
export interface OfferedItem {
  model: string;
  size: string | null;
  leather: string | null;
  colour: string | null;
  hardware: string | null;
}

const joined = (...parts: (string | null)[]): string | null => {
  const present = parts.map((p) => p?.trim()).filter((p): p is string => !!p);
  return present.length > 0 ? present.join(' ') : null;
};

export function describeOffer(item: OfferedItem): string {
  return [joined(item.model, item.size), joined(item.leather, item.colour), item.hardware?.trim() || null].filter((p): p is string => !!p).join(' · ');
}
