// `npm test`: typecheck, lint, unit tests (vitest), build, UI tests (Playwright + the npm-packaged Chromium),
// then one closing line "N passed, N failed, N skipped" summed over both runners.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

const env = { ...process.env, CARNET_REPORT: '1' };
const steps = [];
const run = (label, cmd, args) => {
  console.log(`\n━━ ${label}`);
  const started = Date.now();
  const { status } = spawnSync(cmd, args, { stdio: 'inherit', env });
  steps.push({ label, ok: status === 0, seconds: (Date.now() - started) / 1000 });
  return status === 0;
};
const readJson = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
};

fs.rmSync('test-results', { recursive: true, force: true });
fs.mkdirSync('test-results', { recursive: true });

const typesOk = ['tsconfig.json', 'tsconfig.web.json', 'tsconfig.e2e.json'].map((p) => run(`typecheck ${p}`, 'tsc', ['--noEmit', '-p', p])).every(Boolean);
const lintOk = run('lint (oxlint: a warning fails the run)', 'oxlint', ['-c', '.oxlintrc.json', '--deny-warnings', 'src', 'tests', 'scripts']);
run('unit tests (vitest, real SQLite files)', 'vitest', ['run']);
const built = run('build (electron-vite)', 'electron-vite', ['build']);
if (built) run('UI tests (Playwright, Chromium)', 'playwright', ['test']);

const v = readJson('test-results/vitest.json');
const p = readJson('test-results/playwright.json');
let passed = 0;
let failed = 0;
let skipped = 0;
if (v) {
  passed += v.numPassedTests;
  failed += v.numFailedTests;
  skipped += v.numPendingTests + (v.numTodoTests ?? 0);
}
if (p) {
  passed += p.stats.expected + p.stats.flaky;
  failed += p.stats.unexpected;
  skipped += p.stats.skipped;
}
// A step that failed without counting a test (typecheck, build, a runner crash) counts as one failure.
const uncounted = steps.filter((s) => !s.ok).length - (v && v.numFailedTests > 0 ? 1 : 0) - (p && p.stats.unexpected > 0 ? 1 : 0);
if (!v || !p || !typesOk || !lintOk) failed += Math.max(uncounted, 0);

console.log('\n━━ summary');
for (const s of steps) console.log(`${s.ok ? '✓' : '✗'} ${s.label} (${s.seconds.toFixed(1)} s)`);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(steps.every((s) => s.ok) && failed === 0 ? 0 : 1);
