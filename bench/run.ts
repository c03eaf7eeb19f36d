/**
 * `npm run bench`: figures for a twenty-year journal, each beside its budget (met / not met).
 * Prints medians and p95; never asserts (these machines are noisy) — the figures are the output.
 *
 * - journal: open (structure check) beside the full integrity check it leaves to the background, migrate from the first migration, the main channels
 *   through `dispatch`, and for each the ratio to the very same SQL statements run raw
 *   (recorded from the dispatch call, replayed as cached prepared statements): the cost of
 *   our layers (zod, Kysely compile, mapping);
 * - renderer: JavaScript and CSS size, raw and gzip;
 * - Chromium through the web harness: navigation → calendar month shown, and next-month switch.
 */
import { execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import zlib from 'node:zlib';
import Database from 'better-sqlite3';
import { chromium } from 'playwright-core';
import { Journal } from '../src/main/db/journal';
import { migrations } from '../src/main/db/migrations';
import { fullCheckSync } from '../src/main/db/check';
import { openJournal } from '../src/main/db/open';
import { createDispatch } from '../src/main/dispatch';
import { detaxeOf } from '../src/main/journal/detaxe';
import { isChannel } from '../src/shared/api';
import { chromiumArgs, chromiumPath } from '../tests/e2e/chromium';
import { startHarness } from '../tests/harness/server';
import { generateJournal, type GenerateOptions } from './generate';

const workDir = path.resolve('.bench');
fs.mkdirSync(workDir, { recursive: true });
const journalFile = path.join(workDir, 'journal.sqlite');
const clock = () => new Date('2026-11-23T10:00:00.000Z');

interface Figure {
  label: string;
  median: number;
  p95: number;
  unit: string;
  budget?: { max: number; on: 'median' | 'p95' | 'value'; text: string };
  extra?: string;
}
let figures: Figure[] = [];

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { median: at(0.5), p95: at(0.95) };
}

function time(fn: () => void, iterations: number, warmup = Math.min(20, iterations)): number[] {
  for (let i = 0; i < warmup; i++) fn();
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return samples;
}

const fmt = (ms: number) => (ms < 1 ? `${(ms * 1000).toFixed(0)} µs` : `${ms.toFixed(2)} ms`);

function print(): void {
  console.log('\n── Carnet benchmarks ──────────────────────────────────────────');
  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, SQLite ${new Database(':memory:').prepare('select sqlite_version() v').pluck().get()}`);
  for (const f of figures) {
    const value = f.unit === 'ms' ? `median ${fmt(f.median)}  p95 ${fmt(f.p95)}` : `${f.median.toFixed(f.unit === '×' ? 2 : 0)} ${f.unit}`;
    let verdict = '';
    if (f.budget) {
      const measured = f.budget.on === 'p95' ? f.p95 : f.median;
      verdict = `  [budget ${f.budget.text}: ${measured <= f.budget.max ? 'met' : 'NOT MET'}]`;
    }
    console.log(`${f.label.padEnd(44)} ${value}${verdict}${f.extra ? `  (${f.extra})` : ''}`);
  }
}

/** Records every statement a dispatch call runs, on a second connection, for the raw replay. */
function recordStatements(file: string, channel: string, input: unknown): { sql: string; params: unknown[]; reader: boolean }[] {
  const sqlite = new Database(file);
  sqlite.pragma('foreign_keys = ON');
  const recorded: { sql: string; params: unknown[]; reader: boolean }[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  (sqlite as unknown as { prepare: (sql: string) => unknown }).prepare = (sql: string) => {
    const stmt = prepare(sql);
    const wrap = (method: 'all' | 'get' | 'run') => (...params: unknown[]) => {
      recorded.push({ sql, params, reader: stmt.reader });
      return (stmt[method] as (...p: unknown[]) => unknown)(...params);
    };
    const wrapper = { all: wrap('all'), get: wrap('get'), run: wrap('run'), reader: stmt.reader, pluck: () => (stmt.pluck(), wrapper) };
    return wrapper;
  };
  const journal = new Journal(sqlite, file, clock);
  const result = createDispatch(journal)(channel, input);
  sqlite.close();
  if (!result.ok) throw new Error(`${channel} failed while recording: ${result.error.message}`);
  return recorded;
}

function benchChannel(journal: Journal, label: string, channel: string, input: unknown, iterations: number, budgetMs?: number): void {
  const only = process.env['BENCH_ONLY'];
  if (only && !only.split(',').includes(channel)) return;
  if (!isChannel(channel)) {
    console.log(`(skipped ${label}: the channel ${channel} does not exist yet)`);
    return;
  }
  const dispatch = createDispatch(journal);
  const first = dispatch(channel, input);
  if (!first.ok) throw new Error(`${channel}: ${first.error.message}`);
  const samples = time(() => dispatch(channel, input), iterations);
  const { median, p95 } = stats(samples);
  const statements = recordStatements(journal.path, channel, input);
  const prepared = statements.map((s) => ({ stmt: journal.sqlite.prepare(s.sql), ...s }));
  const raw = stats(time(() => prepared.forEach((s) => (s.reader ? s.stmt.all(...s.params) : s.stmt.run(...s.params))), iterations));
  figures.push({
    label,
    median,
    p95,
    unit: 'ms',
    ...(budgetMs !== undefined ? { budget: { max: budgetMs, on: 'p95' as const, text: `p95 ≤ ${budgetMs} ms` } } : {}),
    extra: `${statements.length} statement${statements.length === 1 ? '' : 's'}, raw median ${fmt(raw.median)}`,
  });
  figures.push({
    label: `  dispatch ÷ raw (${channel})`,
    median: median / raw.median,
    p95: median / raw.median,
    unit: '×',
    budget: { max: 1.5, on: 'median', text: '≤ 1.5×' },
  });
}

/**
 * Generating a journal takes 20 s for twenty years (a minute or more for sixty): each one is
 * kept in the temp folder, keyed by what it is made of (the generator's source, the migrations,
 * the options), and copied to `target` for each run (the bench writes into its copy).
 */
function cachedJournal(target: string, options: GenerateOptions): { counts: Record<string, number>; cached: boolean } {
  const key = crypto
    .createHash('sha256')
    .update(fs.readFileSync(new URL('./generate.ts', import.meta.url)))
    .update(JSON.stringify({ ...options, migrations: (options.migrations ?? migrations).map((m) => [m.id, m.sql]) }))
    .digest('hex')
    .slice(0, 16);
  const cacheDir = path.join(os.tmpdir(), 'carnet-bench-cache');
  const cached = path.join(cacheDir, `${key}.sqlite`);
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(target + suffix, { force: true });
  if (fs.existsSync(cached) && fs.existsSync(`${cached}.json`)) {
    fs.copyFileSync(cached, target);
    return { counts: JSON.parse(fs.readFileSync(`${cached}.json`, 'utf8')) as Record<string, number>, cached: true };
  }
  const counts = generateJournal(target, options);
  fs.mkdirSync(cacheDir, { recursive: true });
  fs.copyFileSync(target, `${cached}.partial`);
  fs.renameSync(`${cached}.partial`, cached);
  fs.writeFileSync(`${cached}.json`, JSON.stringify(counts));
  return { counts, cached: false };
}

function gzipSize(file: string): number {
  return zlib.gzipSync(fs.readFileSync(file), { level: 9 }).length;
}

const only = Boolean(process.env['BENCH_ONLY']);
const quick = Boolean(process.env['BENCH_QUICK']);

/** The journal figures on a generated journal of `years` years. */
function measureJournal(years: number): void {
  const scale = Number(process.env['BENCH_SCALE'] ?? 1);
  let t = performance.now();
  const counts = cachedJournal(journalFile, { seed: 42, scale, years });
  console.log(`${counts.cached ? 'copied the cached' : 'generated the'} ${years}-year synthetic journal in ${((performance.now() - t) / 1000).toFixed(1)} s: ${JSON.stringify(counts.counts)}`);

  // Opening: identify + structure check + pragmas (no pending migration); the full
  // integrity_check (run after open, in the background) of the same file, in the same run.
  // BENCH_ONLY=channel,…: those channels only (nothing else is measured).
  if (!only) {
    const open = stats(time(() => openJournal(journalFile, { clock }).close(), 20, 3));
    const full = stats(time(() => fullCheckSync(journalFile), 3, 1));
    figures.push({ label: 'open the journal (structure check)', ...open, unit: 'ms', extra: `${(fs.statSync(journalFile).size / 1e6).toFixed(0)} MB` });
    figures.push({ label: 'full integrity_check + foreign_key_check', ...full, unit: 'ms', extra: 'after open, in a worker thread' });
    figures.push({ label: '  open ÷ full check', median: open.median / full.median, p95: open.median / full.median, unit: '×', budget: { max: 0.1, on: 'median', text: '≤ 0.10×' } });
  }

  // Migrating: the same twenty years written under the first migration only, opened by this
  // version (backup + every later migration, e.g. building the search index over all of it).
  if (migrations.length > 1 && !quick && !only) {
    const older = path.join(workDir, 'older.sqlite');
    cachedJournal(older, { seed: 42, scale, years, migrations: migrations.slice(0, 1) });
    t = performance.now();
    openJournal(older, { clock }).close();
    const ms = performance.now() - t;
    figures.push({ label: `migrate 001 → ${migrations.at(-1)!.id}`, median: ms, p95: ms, unit: 'ms', extra: 'once; backup copy included' });
    for (const f of fs.readdirSync(workDir)) if (f.startsWith('older')) fs.rmSync(path.join(workDir, f));
  }

  const journal = openJournal(journalFile, { clock });
  const someTrip = journal.sqlite.prepare('SELECT id FROM trips ORDER BY start_day DESC LIMIT 1').pluck().get() as number;
  const someContact = journal.sqlite.prepare('SELECT contact_id FROM contact_interactions GROUP BY contact_id ORDER BY count(*) DESC LIMIT 1').pluck().get() as number;

  benchChannel(journal, 'calendar.range — a month', 'calendar.range', { from: '2026-03-01', to: '2026-04-12' }, 200, 2);
  benchChannel(journal, 'calendar.range — a week', 'calendar.range', { from: '2026-03-09', to: '2026-03-15' }, 200, 2);
  benchChannel(journal, 'dashboard', 'dashboard.summary', undefined, 100, 15);
  benchChannel(journal, 'search "camille" (a name, 1 in 500 records)', 'search.query', { query: 'camille' }, 200, 10);
  benchChannel(journal, 'search "kelly gold" (two common words)', 'search.query', { query: 'kelly gold' }, 100, 10);
  if (!only || process.env['BENCH_ONLY']!.includes('search.query')) {
    const camille = figures.find((f) => f.label.startsWith('search "camille"'));
    const kelly = figures.find((f) => f.label.startsWith('search "kelly gold"'));
    if (camille && kelly) figures.push({ label: '  "kelly gold" ÷ "camille"', median: kelly.median / camille.median, p95: kelly.median / camille.median, unit: '×', budget: { max: 5, on: 'median', text: '≤ 5×' } });
  }
  benchChannel(journal, 'purchases.list — newest 100', 'purchases.list', { limit: 100 }, 100);
  if (!only || process.env['BENCH_ONLY']!.includes('purchases.list')) {
    // purchases.list's détaxe assessment alone (each receipt's town-day totals, forms, deadline).
    const rows = journal.sqlite.prepare('SELECT * FROM purchases ORDER BY day DESC, id DESC LIMIT 100').all() as Parameters<typeof detaxeOf>[1];
    const totals = new Map(
      (journal.sqlite.prepare('SELECT purchase_id, sum(price_minor) AS t FROM purchase_items WHERE purchase_id IN (SELECT value FROM json_each(?)) GROUP BY purchase_id').all(JSON.stringify(rows.map((r) => r.id))) as { purchase_id: number; t: number }[]).map((r) => [r.purchase_id, r.t]),
    );
    figures.push({ label: '  of which détaxe (detaxeOf, 100 receipts)', ...stats(time(() => detaxeOf(journal, rows, totals), 100)), unit: 'ms', extra: 'town-day totals query included' });
  }
  benchChannel(journal, 'purchases.totals — by boutique, all years', 'purchases.totals', { groupBy: 'boutique' }, 50, 20);
  benchChannel(journal, 'trips.get', 'trips.get', { id: someTrip }, 500);
  benchChannel(journal, 'interactions.list — busiest contact', 'interactions.list', { contactId: someContact, limit: 50 }, 200);

  // One write: an interaction logged (a transaction with its own commit).
  if (!only) {
    const dispatch = createDispatch(journal);
    const write = stats(time(() => dispatch('interactions.create', { contactId: someContact, day: '2026-11-23', kind: 'messaged', summary: 'Asked about a Kelly 25 in Gold' }), 300));
    figures.push({ label: 'one write (interactions.create, committed)', ...write, unit: 'ms' });
  }
  journal.close();
}

/** The renderer's size (the same at every journal size). */
function measureRenderer(): void {
  execFileSync('npx', ['electron-vite', 'build', '--outDir', path.join(workDir, 'out')], { stdio: 'ignore' });
  const assets = path.join(workDir, 'out', 'renderer', 'assets');
  let jsRaw = 0;
  let jsGz = 0;
  let cssRaw = 0;
  let cssGz = 0;
  for (const f of fs.readdirSync(assets)) {
    const p = path.join(assets, f);
    if (f.endsWith('.js')) {
      jsRaw += fs.statSync(p).size;
      jsGz += gzipSize(p);
    } else if (f.endsWith('.css')) {
      cssRaw += fs.statSync(p).size;
      cssGz += gzipSize(p);
    }
  }
  figures.push({ label: 'renderer JavaScript (gzip)', median: jsGz / 1024, p95: jsGz / 1024, unit: 'KB', budget: { max: 400, on: 'value', text: '≤ 400 KB' }, extra: `${(jsRaw / 1024).toFixed(0)} KB raw` });
  figures.push({ label: 'renderer CSS (gzip)', median: cssGz / 1024, p95: cssGz / 1024, unit: 'KB', extra: `${(cssRaw / 1024).toFixed(0)} KB raw` });
}

/** Chromium through the web harness, on the journal last generated. */
async function measureChromium(): Promise<void> {
  const harness = await startHarness({ port: 0, db: journalFile, rendererDir: path.join(workDir, 'out', 'renderer'), now: '2026-11-23T10:00:00.000Z' });
  const browser = await chromium.launch({ executablePath: await chromiumPath(), args: chromiumArgs });
  try {
    const paints: number[] = [];
    const switches: number[] = [];
    for (let i = 0; i < 7; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
      await page.goto(`${harness.url}#/calendar`, { waitUntil: 'commit' });
      const grid = page.locator('.fc-daygrid-body .fc-daygrid-event, .fc-daygrid-body').first();
      const shown = await grid.waitFor({ timeout: 15_000 }).then(
        () => true,
        () => false,
      );
      if (!shown) {
        console.log('(skipped the Chromium figures: no calendar month view found at #/calendar yet)');
        await page.close();
        break;
      }
      paints.push(await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())))));
      switches.push(
        await page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const title = document.querySelector('.cal-title');
              const next = document.querySelector<HTMLButtonElement>('button[aria-label="Next month"]');
              if (!title || !next) return resolve(Number.NaN);
              const before = title.textContent;
              const t0 = performance.now();
              const observer = new MutationObserver(() => {
                if (title.textContent !== before) {
                  observer.disconnect();
                  // Wait for the frame that shows the new month (and its events fetched from the journal).
                  requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - t0), 0));
                }
              });
              observer.observe(title, { childList: true, characterData: true, subtree: true });
              next.click();
            }),
        ),
      );
      await page.close();
    }
    // The floor: a blank page (the harness's "not found") painted by the same Chromium.
    const blanks: number[] = [];
    for (let i = 0; i < 7; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
      await page.goto(`${harness.url}bench-blank-page`, { waitUntil: 'commit' });
      blanks.push(await page.evaluate(() => new Promise<number>((resolve) => requestAnimationFrame(() => resolve(performance.now())))));
      await page.close();
    }
    // Process start → month painted: a fresh harness process (Node, the journal opened and
    // checked, the server listening), then the page until the month grid is drawn.
    const starts: number[] = [];
    for (let i = 0; i < 4 && paints.length > 0; i++) {
      const t0 = performance.now();
      const child = spawn(process.execPath, ['--import', 'tsx', 'tests/harness/serve.ts', '--port', '5303', '--db', journalFile, '--now', '2026-11-23T10:00:00.000Z'], {
        env: { ...process.env, CARNET_RENDERER_DIR: path.join(workDir, 'out', 'renderer') },
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      await once(child.stdout!, 'data');
      const page = await browser.newPage({ viewport: { width: 1280, height: 820 } });
      await page.goto('http://127.0.0.1:5303/#/calendar', { waitUntil: 'commit' });
      await page.locator('.fc-daygrid-body .fc-daygrid-event, .fc-daygrid-body').first().waitFor({ timeout: 30_000 });
      await page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => resolve())));
      starts.push(performance.now() - t0);
      await page.close();
      child.kill();
      await once(child, 'exit');
    }
    if (paints.length > 0) {
      const blank = stats(blanks.slice(1));
      const month = stats(paints.slice(1));
      figures.push({ label: 'Chromium: navigation → calendar month shown', ...month, unit: 'ms', budget: { max: 600, on: 'median', text: '≤ 600 ms' } });
      figures.push({ label: 'Chromium: navigation → blank page shown', ...blank, unit: 'ms' });
      figures.push({ label: '  month shown ÷ blank page', median: month.median / blank.median, p95: month.median / blank.median, unit: '×', budget: { max: 3, on: 'median', text: '≤ 3×' } });
      const start = stats(starts.slice(1));
      figures.push({ label: 'process start → month painted (harness)', ...start, unit: 'ms', budget: { max: 1000, on: 'median', text: '≤ 1 s' }, extra: 'node + open + server + page' });
      figures.push({ label: 'Chromium: next-month switch', ...stats(switches.slice(1)), unit: 'ms', budget: { max: 50, on: 'median', text: '≤ 50 ms' } });
    }
  } finally {
    await browser.close();
    await harness.close();
  }
}

/** One size: each figure on one line beside its budget. Several: one column per size. */
function printGrowth(bySize: Map<number, Figure[]>): void {
  if (bySize.size === 1) {
    figures = [...bySize.values()][0]!;
    return print();
  }
  console.log('\n── Carnet benchmarks: growth ──────────────────────────────────');
  console.log(`machine: ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  const sizes = [...bySize.keys()];
  const cell = (f: Figure | undefined) => {
    if (!f) return '—';
    const v = f.unit === 'ms' ? `${fmt(f.median)} / ${fmt(f.p95)}` : `${f.median.toFixed(f.unit === '×' ? 2 : 0)} ${f.unit}`;
    const measured = f.budget ? (f.budget.on === 'p95' ? f.p95 : f.median) : 0;
    return f.budget && measured > f.budget.max ? `${v} (NOT MET)` : v;
  };
  console.log(`${'figure (median / p95)'.padEnd(44)} ${sizes.map((y) => `${y} years`.padEnd(30)).join(' ')} budget`);
  const labels = [...new Set([...bySize.values()].flatMap((list) => list.map((f) => f.label)))];
  for (const label of labels) {
    const row = sizes.map((y) => bySize.get(y)!.find((f) => f.label === label));
    const budget = row.find((f) => f?.budget)?.budget?.text ?? '';
    console.log(`${label.padEnd(44)} ${row.map((f) => cell(f).padEnd(30)).join(' ')} ${budget}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { years: { type: 'string', default: '20' } } });
  const sizes = values.years.split(',').map(Number);
  if (sizes.some((y) => !Number.isInteger(y) || y < 1)) throw new Error('--years takes whole numbers of years, e.g. --years 5,20,60');
  const bySize = new Map<number, Figure[]>();
  let renderer: Figure[] = [];
  const chromiumOnly = process.env['BENCH_ONLY'] === 'chromium';
  if (!quick && (!only || chromiumOnly)) {
    figures = [];
    measureRenderer();
    renderer = figures;
  }
  for (const years of sizes) {
    figures = [];
    measureJournal(years);
    if (!quick && (!only || chromiumOnly)) await measureChromium();
    bySize.set(years, [...figures, ...renderer]);
  }
  printGrowth(bySize);
}

await main();
