// After `npm install`: fetch the Electron binary (Electron 42+ no longer does it at install).
// Where it cannot be fetched (no network to its host), say so in one line and succeed:
// everything but the desktop window still works.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { electronBinary, electronDir } from './electron-binary.mjs';

if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
  console.log('Carnet: ELECTRON_SKIP_BINARY_DOWNLOAD is set; the Electron binary was not fetched.');
} else if (!electronBinary()) {
  const result = spawnSync(process.execPath, [path.join(electronDir(), 'install.js')], { stdio: ['ignore', 'ignore', 'pipe'], timeout: 300_000 });
  if (result.status === 0 && electronBinary()) {
    console.log('Carnet: Electron binary installed; `npm start` opens the app.');
  } else {
    console.log(
      'Carnet: the Electron binary could not be fetched (no network to its download host?); ' +
        '`npm test` and `npm run dev:web` (the app in a browser) still work, and `npm start` will try again.',
    );
  }
}
