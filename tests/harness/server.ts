/**
 * The web harness: serves the built renderer and the very same `dispatch` the IPC uses, on
 * 127.0.0.1 only. `POST /ipc/<channel>` with a JSON body answers the same JSON Result as IPC;
 * the page gets `window.carnet` from /harness-bridge.js (a same-origin script, so the app's
 * strict CSP stays as it is in Electron).
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { checkInBackground } from '../../src/main/db/check';
import { openJournal } from '../../src/main/db/open';
import type { Journal } from '../../src/main/db/journal';
import { configureData } from '../../src/main/backup/context';
import { createAsyncDispatch } from '../../src/main/dispatch';
import { purgeExpiredTrash } from '../../src/main/journal/trash';
import { plainWrapper, WrappedKeyFile } from '../../src/main/identity/keys';
import { channels } from '../../src/shared/api';
import type { Result } from '../../src/shared/result';

export interface HarnessOptions {
  port?: number;
  /** Journal file; a fresh temporary journal when absent. */
  db?: string;
  /** The built renderer (electron-vite build). */
  rendererDir?: string;
  /** Fixes the journal's clock (ISO instant), for reproducible screens. */
  now?: string;
}

export interface Harness {
  url: string;
  dbPath: string;
  /** The journal's fixed instant, when the harness was started with one. */
  now?: string;
  journal: Journal;
  /** Moves the journal's fixed clock to another instant (a test living through several days); only with `now`. */
  setNow: (iso: string) => void;
  close: () => Promise<void>;
}

/** A request's body: room for the largest attachment (50 MB) as base64 in JSON. */
const MAX_BODY = 72 * 1024 * 1024;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

function bridgeScript(): string {
  return `(() => {
  const channels = ${JSON.stringify(channels)};
  const call = (channel) => async (input) => {
    const res = await fetch('/ipc/' + channel, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: input === undefined ? '' : JSON.stringify(input),
    });
    return res.json();
  };
  const api = {};
  for (const channel of channels) api[channel] = call(channel);
  Object.defineProperty(window, 'carnet', { value: Object.freeze(api), enumerable: true });
})();
`;
}

function send(res: http.ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' });
  res.end(body);
}

function sendResult(res: http.ServerResponse, status: number, result: Result<unknown>): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(result));
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const rendererDir = path.resolve(options.rendererDir ?? process.env['CARNET_RENDERER_DIR'] ?? 'out/renderer');
  const indexFile = path.join(rendererDir, 'index.html');
  if (!fs.existsSync(indexFile)) {
    throw new Error(`The renderer is not built (${indexFile} is missing). Run "npx electron-vite build" first.`);
  }
  const dbPath = options.db ? path.resolve(options.db) : path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-web-')), 'journal.sqlite');
  const fixed = options.now ? new Date(options.now) : null;
  const journal = openJournal(dbPath, fixed ? { clock: () => fixed } : {});
  // Identity numbers need a key: here a key file beside the journal (the desktop app wraps its
  // key with the OS key store instead). Never use the harness for real passport numbers.
  configureData(journal, {
    keys: new WrappedKeyFile(path.join(path.dirname(dbPath), 'identity-key.bin'), plainWrapper),
    // The off-machine passphrase too is kept in a plain file here (harness only, never the app).
    secrets: plainWrapper,
    secretsHow: 'Web harness: the passphrase is kept in a plain file beside the test journal (the desktop app uses the OS key store).',
  });
  purgeExpiredTrash(journal);
  // As the desktop app does: the full integrity check after open, off the main thread.
  const checked = checkInBackground(journal);
  const dispatch = createAsyncDispatch(journal);
  const bridge = bridgeScript();
  const index = fs
    .readFileSync(indexFile, 'utf8')
    .replace('<script', '<script src="./harness-bridge.js"></script>\n    <script');

  let allowedHosts = new Set<string>();
  const server = http.createServer((req, res) => {
    // DNS rebinding: a page of evil.example whose name is made to resolve to 127.0.0.1 reaches this
    // server with its own name as Host (and a matching Origin). Only our own names are answered.
    const host = req.headers.host ?? '';
    if (!allowedHosts.has(host)) {
      sendResult(res, 421, { ok: false, error: { code: 'invalid_input', message: 'This server answers only at 127.0.0.1 or localhost.' } });
      return;
    }
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      sendResult(res, 400, { ok: false, error: { code: 'invalid_input', message: 'The address is not valid.' } });
      return;
    }
    // Only the page this server serves may call it (no other site open in a browser on this machine).
    const origin = req.headers.origin;
    if (origin && origin !== `http://${host}`) {
      sendResult(res, 403, { ok: false, error: { code: 'invalid_input', message: 'Requests from other origins are refused.' } });
      return;
    }
    if (url.pathname.startsWith('/ipc/')) {
      if (req.method !== 'POST') {
        sendResult(res, 405, { ok: false, error: { code: 'invalid_input', message: 'Use POST for /ipc/<channel>.' } });
        return;
      }
      const chunks: Buffer[] = [];
      let size = 0;
      let tooLarge = false;
      req.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > MAX_BODY) tooLarge = true;
        else chunks.push(chunk);
      });
      req.on('end', () => {
        if (tooLarge) {
          sendResult(res, 413, { ok: false, error: { code: 'invalid_input', message: 'The request is too large.' } });
          return;
        }
        const text = Buffer.concat(chunks).toString('utf8');
        let payload: unknown;
        try {
          payload = text.trim() === '' ? undefined : JSON.parse(text);
        } catch {
          sendResult(res, 400, { ok: false, error: { code: 'invalid_input', message: 'The request body is not valid JSON.' } });
          return;
        }
        let channel: string;
        try {
          channel = decodeURIComponent(url.pathname.slice('/ipc/'.length));
        } catch {
          // A malformed %-escape would otherwise throw here, outside any handler, and end the server.
          sendResult(res, 400, { ok: false, error: { code: 'invalid_input', message: 'The channel name in the address is not valid.' } });
          return;
        }
        void dispatch(channel, payload).then((result) => sendResult(res, 200, result));
      });
      req.on('error', () => res.destroy());
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      send(res, 405, 'text/plain', 'Method not allowed');
      return;
    }
    if (url.pathname === '/' || url.pathname === '/index.html') {
      send(res, 200, TYPES['.html']!, index);
      return;
    }
    if (url.pathname === '/harness-bridge.js') {
      send(res, 200, TYPES['.js']!, bridge);
      return;
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(url.pathname);
    } catch {
      // A malformed %-escape (/%E0%A4%A) would otherwise throw outside any handler and end the server.
      send(res, 400, 'text/plain', 'Bad address');
      return;
    }
    const file = path.resolve(rendererDir, '.' + pathname);
    if (!file.startsWith(rendererDir + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      send(res, 404, 'text/plain', 'Not found');
      return;
    }
    send(res, 200, TYPES[path.extname(file)] ?? 'application/octet-stream', fs.readFileSync(file));
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 5199, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  allowedHosts = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  return {
    url: `http://127.0.0.1:${port}/`,
    dbPath,
    ...(fixed ? { now: fixed.toISOString() } : {}),
    journal,
    setNow: (iso: string) => {
      if (!fixed) throw new Error('The harness was started without a fixed clock (now).');
      fixed.setTime(new Date(iso).getTime());
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          journal.close();
          // The background check has its own connection: let it end before the folder may go.
          void checked.then(() => resolve());
        });
      }),
  };
}
