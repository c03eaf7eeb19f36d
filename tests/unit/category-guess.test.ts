import { describe, expect, it } from 'vitest';
import { guessCategory } from '../../src/renderer/src/pages/purchases/category-guess';

describe('guessCategory', () => {
  it('reads the usual Hermès words, accents or not', () => {
    expect(guessCategory('Oran sandals, Noir, 38')).toEqual({ category: 'shoes', quota: null });
    expect(guessCategory('Carré 90 Brides de Gala')).toEqual({ category: 'scarves', quota: null });
    expect(guessCategory('carre 90')).toEqual({ category: 'scarves', quota: null });
    expect(guessCategory('Twilly Faubourg')).toEqual({ category: 'scarves', quota: null });
    expect(guessCategory('Clic H bracelet, Rose')).toEqual({ category: 'jewelry', quota: null });
    expect(guessCategory("Chaîne d'Ancre bracelet")).toEqual({ category: 'jewelry', quota: null });
    expect(guessCategory('Avalon throw')).toEqual({ category: 'home', quota: null });
    expect(guessCategory('Calvi card holder, Gold')).toEqual({ category: 'small_leather_goods', quota: null });
    expect(guessCategory('Rodeo charm PM')).toEqual({ category: 'small_leather_goods', quota: null });
    expect(guessCategory('Belt kit 32 mm')).toEqual({ category: 'small_leather_goods', quota: null });
  });

  it('Birkin and Kelly bags are guessed quota; other bags say nothing about quota', () => {
    expect(guessCategory('Kelly 25 Epsom Gold')).toEqual({ category: 'bag', quota: true });
    expect(guessCategory('Birkin 30 Togo')).toEqual({ category: 'bag', quota: true });
    expect(guessCategory('Picotin Lock 18, Bleu Nuit')).toEqual({ category: 'bag', quota: null });
    expect(guessCategory('Lindy 26, Étoupe')).toEqual({ category: 'bag', quota: null });
    // A Kelly-named piece of jewelry or a small leather good is not a bag.
    expect(guessCategory('Kelly Gourmette bracelet')).toEqual({ category: 'jewelry', quota: null });
    expect(guessCategory('Kelly Pocket wallet')).toEqual({ category: 'small_leather_goods', quota: null });
  });

  it('no guess for words it does not know or an empty description', () => {
    expect(guessCategory('')).toBe(null);
    expect(guessCategory('   ')).toBe(null);
    expect(guessCategory('Something lovely')).toBe(null);
    // Whole words only: "topaz" is not a "top", "ringo" not a "ring".
    expect(guessCategory('Topaz')).toBe(null);
    expect(guessCategory('Ringo')).toBe(null);
  });
});
