import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * At 1024×700 nothing is clipped without a sign: no cell cuts its own text, the page itself never
 * scrolls sideways, and a table wider than its card scrolls inside it with a fade and a "More
 * columns" button that brings the hidden columns into view.
 */
test.use({ viewport: { width: 1024, height: 700 } });

async function measure(page: Page) {
  return page.evaluate(() => {
    const clippedCells = Array.from(document.querySelectorAll('main td, main th'))
      .filter((c) => (c as HTMLElement).scrollWidth > (c as HTMLElement).clientWidth + 1)
      .map((c) => (c.textContent ?? '').trim().slice(0, 40));
    const tables = Array.from(document.querySelectorAll('main table')).map((t) => {
      const frame = t.closest('.tscroll');
      const box = (frame ?? t.parentElement) as HTMLElement;
      return { wider: t.scrollWidth > box.clientWidth + 1, inScroll: frame !== null };
    });
    return { clippedCells, pageScrolls: document.documentElement.scrollWidth > document.documentElement.clientWidth, tables };
  });
}

test('the purchases table and the attempts list at 1024×700: nothing cut, the wide table scrolls inside its card and says so', async ({ app, harness, call }) => {
  const [fsh] = await call('boutiques.list', undefined);
  const sa = await call('contacts.create', { name: 'Camille Roche-Delacroix', role: 'sa', boutiqueId: fsh!.id });
  for (let i = 0; i < 3; i++) {
    await call('purchases.create', {
      day: `2026-11-1${i}`,
      boutiqueId: fsh!.id,
      contactId: sa.id,
      currency: 'EUR',
      items: [
        { category: 'bag', description: 'Kelly 25 Sellier · Epsom Gold · GHW', quota: true, priceMinor: 1_045_000 },
        { category: 'scarves', description: 'Carré 90 Brides de Gala', priceMinor: 49_000 },
      ],
      detaxe: { status: 'eligible' },
    });
  }
  const trip = await call('trips.create', { title: 'Paris in December', city: 'Paris', startDay: '2026-12-07', endDay: '2026-12-09', companions: [{ name: 'Anna-Sophia', adult: true }] });
  await call('attempts.create', { method: 'home_sa', wantedDay: '2026-12-08', boutiqueId: fsh!.id, tripId: trip.id, contactId: sa.id });
  await call('attempts.create', { method: 'lottery', wantedDay: '2026-12-09', tripId: trip.id, companionId: trip.companions[0]!.id, result: 'not_granted' });

  for (const [hash, name] of [
    ['#/purchases', 'Receipts (scrolls sideways)'],
    ['#/appointments/list', 'Attempts (scrolls sideways)'],
  ] as const) {
    await app.goto(`${harness.url}?screen=${encodeURIComponent(hash)}${hash}`);
    await expect(app.locator('main table').first()).toBeVisible();
    const m = await measure(app);
    expect(m.clippedCells, hash).toEqual([]);
    expect(m.pageScrolls, hash).toBe(false);
    // Every table wider than its card is in a scroll frame.
    expect(m.tables.filter((t) => t.wider && !t.inScroll), hash).toEqual([]);
    if (m.tables.some((t) => t.wider)) {
      const region = app.getByRole('region', { name });
      const more = app.getByRole('button', { name: 'More columns' });
      await expect(more).toBeVisible();
      const before = await region.evaluate((el) => el.scrollLeft);
      await more.click();
      await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(before);
    }
  }
  // The receipts table fits at this width: the amount and the détaxe column are in view, no scrolling needed.
  await app.goto(`${harness.url}?again=1#/purchases`);
  const detaxe = app.getByRole('columnheader', { name: /Détaxe/ });
  await expect(detaxe).toBeVisible();
  const inside = await detaxe.evaluate((th) => th.getBoundingClientRect().right <= (th.closest('.tscroll') as HTMLElement).getBoundingClientRect().right + 1);
  expect(inside).toBe(true);
  await expect(app.getByRole('button', { name: 'More columns' })).toHaveCount(0);
});
