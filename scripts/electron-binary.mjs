// Where the Electron binary is, or why it is not there. Shared by postinstall and start.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export function electronDir() {
  return path.dirname(require.resolve('electron/package.json'));
}

/** The executable's path when it has been downloaded, else null. Never triggers a download. */
export function electronBinary() {
  const dir = electronDir();
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) {
    const p = path.join(process.env.ELECTRON_OVERRIDE_DIST_PATH, 'electron');
    return fs.existsSync(p) ? p : null;
  }
  const pathFile = path.join(dir, 'path.txt');
  if (!fs.existsSync(pathFile)) return null;
  const exe = path.join(dir, 'dist', fs.readFileSync(pathFile, 'utf8').trim());
  return fs.existsSync(exe) ? exe : null;
}
