// Runs Doyensec's Electronegativity on a folder (default: src) fully offline and prints its
// findings as JSON: { electronVersion, files, errors, issues }.
//
//   node scripts/security-audit.cjs [folder] [--human]
//
// Offline: Electronegativity fetches translations and Electron's release list over the network
// at start. Here that module ('got') is replaced by one that fails at once, without a
// connection, and the one check that only works online (AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK,
// "is a newer Electron with security fixes out?") is left out — keeping Electron current is a
// release task, not something a test here can know.
//
// Its bundled TypeScript parser (@typescript-eslint/typescript-estree 4) needs TypeScript 4 and
// finds the project's TypeScript 7 (which has no JavaScript API) first: it is pointed at the
// TypeScript 4.2 that Electronegativity carries.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Module = require('node:module');

const root = path.resolve(__dirname, '..');
const engDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json', { paths: [root] }));
const engRequire = Module.createRequire(path.join(engDir, 'dist', 'index.js'));

const bundledTypeScript = engRequire.resolve('typescript');
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  if (request === 'typescript' && parent && /typescript-estree/.test(parent.filename ?? '')) return bundledTypeScript;
  return resolveFilename.call(this, request, parent, ...rest);
};

const gotPath = engRequire.resolve('got');
const offline = () => Promise.reject(new Error('Carnet runs Electronegativity offline.'));
offline.head = offline;
offline.default = offline;
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };

// Checks are named by class; this one is AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK in reports.
const OFFLINE_ONLY_EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];

async function audit(input) {
  const electronVersion = JSON.parse(fs.readFileSync(require.resolve('electron/package.json', { paths: [root] }), 'utf8')).version;
  const { LoaderDirectory } = engRequire('./loader');
  const loader = new LoaderDirectory();
  await loader.load(input);
  const files = [...loader.list_files].map((f) => path.relative(input, f)).sort();
  const run = engRequire('./runner.js');
  // The runner prints its translation fetch failure: keep stdout for the JSON answer.
  const log = console.log;
  console.log = (...args) => console.error(...args);
  let result;
  try {
    result = await run(
      {
        input,
        customScan: [],
        excludeFromScan: OFFLINE_ONLY_EXCLUDED,
        isRelative: true,
        electronVersionOverride: electronVersion,
        parserPlugins: [],
      },
      false,
    );
  } finally {
    console.log = log;
  }
  return {
    electronVersion,
    excludedChecks: OFFLINE_ONLY_EXCLUDED,
    files,
    errors: result.errors.map((e) => ({ file: path.relative(input, e.file), message: e.message, tolerable: e.tolerable })),
    issues: result.issues.map((i) => ({
      id: i.id,
      file: i.file,
      line: i.location.line,
      severity: i.severity.name,
      confidence: i.confidence.name,
      manualReview: Boolean(i.manualReview),
      description: i.description,
    })),
  };
}

const args = process.argv.slice(2);
const input = path.resolve(root, args.find((a) => !a.startsWith('--')) ?? 'src');
audit(input).then(
  (report) => {
    if (args.includes('--human')) {
      console.log(`Electronegativity on ${path.relative(root, input) || '.'} (Electron ${report.electronVersion}, ${report.files.length} files, offline)`);
      for (const i of report.issues) console.log(`${i.severity.padEnd(13)} ${i.confidence.padEnd(9)} ${i.id}  ${i.file}:${i.line}  ${i.description}`);
      for (const e of report.errors) console.log(`parse error: ${e.file}: ${e.message}`);
      if (report.issues.length === 0) console.log('no findings');
    } else {
      process.stdout.write(`${JSON.stringify(report, null, 1)}\n`);
    }
  },
  (err) => {
    console.error(err && err.stack ? err.stack : err);
    process.exit(2);
  },
);
