// `npm run package`: build Carnet and package it with electron-builder (electron-builder.yml).
//
//   npm run package                   the unpacked app for this platform, in dist/<platform>-unpacked
//   npm run package -- --installers   the installers electron-builder.yml names for this platform
//                                     (AppImage + deb, dmg, NSIS); needs the real Electron binary
//   options: --build-dir DIR  where electron-vite builds (default out/)
//            --output DIR     where the packages go (default dist/)
//            --skip-build     package what is already in the build dir
//
// Where the Electron binary could not be downloaded, the unpacked app is made with a stand-in:
// a folder shaped like Electron's own (its executable only prints why it is not Electron). That
// proves the whole pipeline — files, asar, unpacked native module, icons, metadata — and the
// asar it writes is the one a real build ships. tests/unit/packaging.test.ts checks it.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronBinary, electronDir } from './electron-binary.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function option(name) {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : null;
}
const installers = process.argv.includes('--installers');
const buildDir = option('--build-dir') ?? path.join(root, 'out');
const output = option('--output') ?? path.join(root, 'dist');
const electronVersion = JSON.parse(fs.readFileSync(path.join(electronDir(), 'package.json'), 'utf8')).version;

/** Where @electron/fuses finds the fuse wire in an Electron binary. */
const FUSE_SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's own fuse defaults, in wire order (RunAsNode … GrantFileProtocolExtraPrivileges). */
const ELECTRON_DEFAULT_FUSES = '10110001';

/** A folder shaped like Electron's dist for this platform, whose executable is a placeholder. */
function makeStandIn() {
  if (process.platform === 'darwin') {
    throw new Error('A stand-in for the macOS Electron.app is not provided: package on macOS with the real binary (npm install fetches it).');
  }
  const dir = path.join(root, 'node_modules', '.cache', 'carnet-electron-stand-in', `${process.platform}-${process.arch}-${electronVersion}`);
  const exe = path.join(dir, process.platform === 'win32' ? 'electron.exe' : 'electron');
  if (fs.existsSync(exe) && fs.readFileSync(exe).includes(FUSE_SENTINEL)) return dir;
  fs.mkdirSync(path.join(dir, 'resources'), { recursive: true });
  const why = 'This is a stand-in for the Electron binary, which could not be downloaded where this package was made. It proves the packaging pipeline; it does not run Carnet.';
  // The stand-in carries a fuse wire as Electron's binary does (the sentinel, the wire's version 1,
  // its length, then one byte per fuse, '1' on / '0' off, here Electron's defaults), so the afterPack
  // hook flips it as it would the real one and the packaging test reads the result back.
  const wire = Buffer.concat([Buffer.from(FUSE_SENTINEL, 'latin1'), Buffer.from([1, ELECTRON_DEFAULT_FUSES.length]), Buffer.from(ELECTRON_DEFAULT_FUSES, 'latin1')]);
  const script = Buffer.concat([Buffer.from(`#!/bin/sh\necho "${why}" >&2\nexit 1\n# fuse wire: `), wire, Buffer.from('\n')]);
  fs.writeFileSync(exe, script, { mode: 0o755 });
  fs.writeFileSync(path.join(dir, 'version'), electronVersion);
  fs.writeFileSync(path.join(dir, 'LICENSE'), 'Stand-in for the Electron distribution (MIT). See https://github.com/electron/electron.\n');
  fs.writeFileSync(path.join(dir, 'STAND-IN.txt'), `${why}\nElectron ${electronVersion}, ${process.platform}-${process.arch}.\n`);
  return dir;
}

const real = electronBinary();
if (installers && !real) {
  console.error('Carnet: installers need the real Electron binary, which is not installed here (it could not be downloaded). `npm run package` without --installers makes the unpacked app with a stand-in.');
  process.exit(1);
}

if (!process.argv.includes('--skip-build')) {
  // Start from an empty build folder (electron-vite leaves old bundles in one outside the project),
  // but never empty a folder that holds anything else.
  if (fs.existsSync(buildDir)) {
    const foreign = fs.readdirSync(buildDir).filter((e) => !['main', 'preload', 'renderer'].includes(e));
    if (foreign.length > 0) {
      console.error(`Carnet: ${buildDir} holds other files (${foreign.slice(0, 3).join(', ')}); choose an empty --build-dir.`);
      process.exit(1);
    }
    fs.rmSync(buildDir, { recursive: true, force: true });
  }
  console.log(`━━ build (electron-vite → ${path.relative(root, buildDir) || '.'})`);
  const vite = spawnSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', buildDir], { cwd: root, stdio: 'inherit' });
  if (vite.status !== 0) process.exit(vite.status ?? 1);
}

const electronDist = real ? path.dirname(real) : makeStandIn();
// electron-builder.yml stays the one source: this run's settings are added to a copy of it
// (electron-builder would merge a "files" override into the file's list, not replace it).
const yaml = createRequire(require.resolve('electron-builder/package.json'))('js-yaml');
const config = yaml.load(fs.readFileSync(path.join(root, 'electron-builder.yml'), 'utf8'));
Object.assign(config, { electronVersion, electronDist, directories: { ...config.directories, output } });
// The hook is named relative to the project; this run's copy of the file lives elsewhere.
if (typeof config.afterPack === 'string') config.afterPack = path.resolve(root, config.afterPack);
if (path.resolve(buildDir) !== path.join(root, 'out')) {
  // The app's files as listed, with the build taken from the chosen folder instead of out/.
  config.files = [...config.files.filter((f) => f !== 'out/**/*'), { from: buildDir, to: 'out', filter: ['**/*', '!**/*.map'] }];
}
fs.mkdirSync(output, { recursive: true });
const configFile = path.join(output, 'carnet-builder-effective.yml');
fs.writeFileSync(configFile, `# Written by scripts/package.mjs from electron-builder.yml for one run.\n${yaml.dump(config)}`);

const builder = require('electron-builder');
const platform = builder.Platform.current();
console.log(`━━ package (electron-builder, ${installers ? 'installers' : 'unpacked app'}, Electron ${electronVersion}${real ? '' : ', stand-in binary'})`);
try {
  const artifacts = await builder.build({
    projectDir: root,
    targets: platform.createTarget(installers ? null : 'dir', builder.Arch[process.arch]),
    config: configFile,
    publish: 'never',
  });
  const unpacked = fs.readdirSync(output).filter((d) => d.endsWith('-unpacked') || d === 'mac' || d === 'mac-arm64');
  for (const a of artifacts) console.log(`  ${path.relative(root, a)}`);
  for (const d of unpacked) console.log(`  ${path.relative(root, path.join(output, d))}${path.sep}`);
  if (!real) console.log('Carnet: packaged with a stand-in Electron binary: the app folder and its asar are real, the executable is not.');
} catch (err) {
  console.error(`Carnet: packaging failed: ${err instanceof Error ? err.message : err}`);
  process.exit(1);
}
