// `npm start`: build, make sure the Electron binary is there (fetching it if needed), open Carnet.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronBinary, electronDir } from './electron-binary.mjs';

const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });

if (run('electron-vite', ['build']).status !== 0) process.exit(1);

let exe = electronBinary();
if (!exe) {
  console.log('Carnet: fetching the Electron binary…');
  run(process.execPath, [path.join(electronDir(), 'install.js')]);
  exe = electronBinary();
}
if (!exe) {
  console.error(
    'Carnet: the Electron binary is not available and could not be downloaded, so the desktop window cannot open here.\n' +
      'Everything else works: `npm run dev:web` serves Carnet on http://127.0.0.1:5199 for any browser.',
  );
  process.exit(1);
}
const result = spawnSync(exe, ['.', ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(result.status ?? 1);
