/**
 * The Electron security checklist, held by tests that can fail (docs/security.md lists each item
 * and the test that holds it):
 * - Electronegativity, offline, on src/: nothing above informational except the findings
 *   docs/security.md explains, file by file; and the same audit does catch a bad fixture.
 * - The lint rule: the raw shell.openExternal is refused everywhere but src/main/open-external.ts,
 *   and electron is refused in the core and the page.
 * - openExternal opens http/https only; IPC senders are checked; the built preload requires
 *   only 'electron' and exposes only the contract and onNavigate; the core never reaches electron.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { registerIpc, refusedSender } from '../../src/main/ipc';
import { createLeaveApp, leaveAppDialog, OPEN_BUTTON, openExternal } from '../../src/main/open-external';
import { devServerUrl } from '../../src/main/renderer-source';
import { isTrustedSender } from '../../src/main/trusted-sender';
import { channels } from '../../src/shared/api';
import { CHANGED_CHANNEL, NAVIGATE_CHANNEL } from '../../src/shared/navigation';

const electron = vi.hoisted(() => ({
  handlers: new Map<string, (event: unknown, payload: unknown) => unknown>(),
  opened: [] as string[],
  openFails: false,
}));

vi.mock('electron', () => ({
  shell: {
    openExternal: async (url: string) => {
      if (electron.openFails) throw new Error('no browser');
      electron.opened.push(url);
    },
  },
  ipcMain: {
    handle: (channel: string, handler: (event: unknown, payload: unknown) => unknown) => {
      if (electron.handlers.has(channel)) throw new Error(`second handler for ${channel}`);
      electron.handlers.set(channel, handler);
    },
  },
}));

const root = path.resolve(__dirname, '../..');
const node = process.execPath;
const temp: string[] = [];
const tempDir = () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'carnet-security-'));
  temp.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of temp) fs.rmSync(dir, { recursive: true, force: true });
});

interface AuditReport {
  electronVersion: string;
  files: string[];
  errors: { file: string; message: string }[];
  issues: { id: string; file: string; line: number; severity: string; confidence: string; description: string }[];
}

function audit(folder: string): AuditReport {
  const run = spawnSync(node, [path.join(root, 'scripts/security-audit.cjs'), folder], { cwd: root, encoding: 'utf8', timeout: 120_000 });
  if (run.status !== 0) throw new Error(`security-audit failed (${run.status}): ${run.stderr}`);
  return JSON.parse(run.stdout) as AuditReport;
}

/** The findings docs/security.md explains: rows `| CHECK_ID | file | why |` of its audit table. */
function explainedFindings(): { id: string; file: string; why: string }[] {
  const doc = fs.readFileSync(path.join(root, 'docs/security.md'), 'utf8');
  const section = doc.split(/^## /m).find((s) => s.startsWith('Audit findings explained'));
  if (!section) throw new Error('docs/security.md has no "Audit findings explained" section');
  return [...section.matchAll(/^\|\s*`?([A-Z_]+)`?\s*\|\s*`?([^|`]+?)`?\s*\|\s*([^|]+?)\s*\|$/gm)].map((m) => ({ id: m[1]!, file: m[2]!, why: m[3]! }));
}

describe('Electronegativity (offline) on src/', () => {
  let report: AuditReport;
  beforeAll(() => {
    report = audit('src');
  }, 120_000);

  it('reads every source file, TypeScript included, against this Electron version', () => {
    expect(report.electronVersion).toMatch(/^45\./);
    expect(report.errors).toEqual([]);
    for (const file of ['main/index.ts', 'main/ipc.ts', 'main/open-external.ts', 'preload/index.ts', 'renderer/index.html']) expect(report.files).toContain(file);
  });

  it('finds nothing above informational that docs/security.md does not explain for that very file', () => {
    const explained = explainedFindings();
    const serious = report.issues.filter((i) => i.severity !== 'INFORMATIONAL');
    const unexplained = serious.filter((i) => !explained.some((e) => e.id === i.id && e.file === i.file));
    expect(unexplained).toEqual([]);
    // And no explanation outlives its finding.
    const stale = explained.filter((e) => !serious.some((i) => i.id === e.id && i.file === e.file));
    expect(stale).toEqual([]);
    for (const e of explained) expect(e.why.length).toBeGreaterThan(40);
  });

  it('sees the navigation limit, the permission handler and the CSP', () => {
    const ids = report.issues.map((i) => i.id);
    expect(ids).not.toContain('LIMIT_NAVIGATION_GLOBAL_CHECK');
    expect(ids).not.toContain('PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK');
    expect(report.issues.filter((i) => i.id === 'CSP_GLOBAL_CHECK' && i.file === 'N/A')).toEqual([]);
    for (const id of ['CONTEXT_ISOLATION_JS_CHECK', 'NODE_INTEGRATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'AUXCLICK_JS_CHECK', 'INSECURE_CONTENT_JS_CHECK']) {
      expect(ids).not.toContain(id);
    }
  });

  it('is not vacuous: the same audit flags an insecure window', () => {
    const bad = audit('tests/unit/fixtures/insecure-app');
    const ids = new Set(bad.issues.map((i) => i.id));
    for (const id of ['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'WEB_SECURITY_JS_CHECK', 'INSECURE_CONTENT_JS_CHECK', 'LIMIT_NAVIGATION_GLOBAL_CHECK', 'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK', 'OPEN_EXTERNAL_JS_CHECK']) {
      expect(ids, id).toContain(id);
    }
    expect(bad.issues.find((i) => i.id === 'CSP_GLOBAL_CHECK')?.description).toMatch(/No CSP/);
  }, 120_000);
});

describe('the CSP in src/renderer/index.html', () => {
  const html = fs.readFileSync(path.join(root, 'src/renderer/index.html'), 'utf8');
  const csp = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1] ?? '';
  const directives = new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0]!, d.slice(1)]),
  );

  it('allows only the app’s own files, no inline code, no eval, no remote origin', () => {
    expect(directives.get('default-src')).toEqual(["'self'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('style-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('frame-src')).toEqual(["'none'"]);
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|unsafe-hashes|wasm-unsafe-eval|https?:|\*/);
  });

  it('has no inline script or inline style in the page', () => {
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    expect(html).not.toMatch(/\sstyle="/);
    expect(html).not.toMatch(/\son[a-z]+="/);
  });
});

describe('the lint rule against the raw shell.openExternal', () => {
  const oxlint = path.join(root, 'node_modules/oxlint/bin/oxlint');
  const lint = (cwd: string, config: string, files: string[]) => {
    const run = spawnSync(node, [oxlint, '-c', config, '-f', 'json', ...files], { cwd, encoding: 'utf8', timeout: 60_000 });
    const out = JSON.parse(run.stdout) as { diagnostics: { code: string; severity: string; filename: string; labels: { span: { line: number } }[] }[] };
    return { status: run.status, diagnostics: out.diagnostics };
  };

  it('passes on the project: no error anywhere, and the wrapper itself may call the raw API', () => {
    const { status, diagnostics } = lint(root, '.oxlintrc.json', ['src', 'tests', 'scripts']);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(status).toBe(0);
    expect(fs.readFileSync(path.join(root, 'src/main/open-external.ts'), 'utf8')).toMatch(/shell\.openExternal\(/);
  }, 60_000);

  it('fails on each way of reaching it outside src/main/open-external.ts', () => {
    const dir = tempDir();
    fs.copyFileSync(path.join(root, 'tests/unit/fixtures/lint/raw-open-external.ts'), path.join(dir, 'raw.ts'));
    const { status, diagnostics } = lint(root, '.oxlintrc.json', [path.join(dir, 'raw.ts')]);
    expect(status).not.toBe(0);
    const restricted = diagnostics.filter((d) => d.code === 'eslint(no-restricted-properties)' && d.severity === 'error');
    // named import, electron.shell, shell['openExternal'], destructuring
    expect(restricted.map((d) => d.labels[0]!.span.line)).toEqual([6, 10, 14, 18]);
  }, 60_000);

  it('applies by path: the same call is allowed in src/main/open-external.ts only, and the page and the core may not import electron', () => {
    const dir = tempDir();
    fs.copyFileSync(path.join(root, '.oxlintrc.json'), path.join(dir, '.oxlintrc.json'));
    const raw = "import { shell } from 'electron';\nexport const go = (url: string) => shell.openExternal(url);\n";
    const files: Record<string, string> = {
      'src/main/open-external.ts': raw,
      'src/main/menu.ts': raw,
      'src/renderer/src/page.ts': "import { ipcRenderer } from 'electron';\nexport const r = ipcRenderer;\n",
      'src/main/journal/trips.ts': "import { app } from 'electron';\nexport const a = app;\n",
      'src/main/dispatch.ts': "export { app } from 'electron';\n",
    };
    for (const [file, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), text);
    }
    const { diagnostics } = lint(dir, '.oxlintrc.json', ['src']);
    const errors = diagnostics.filter((d) => d.severity === 'error').map((d) => `${path.relative(dir, path.resolve(dir, d.filename)).split(path.sep).join('/')} ${d.code}`);
    expect(errors.sort()).toEqual(
      [
        'src/main/dispatch.ts eslint(no-restricted-imports)',
        'src/main/journal/trips.ts eslint(no-restricted-imports)',
        'src/main/menu.ts eslint(no-restricted-properties)',
        'src/renderer/src/page.ts eslint(no-restricted-imports)',
      ].sort(),
    );
  }, 60_000);
});

describe('openExternal: the one opener, http and https only', () => {
  beforeEach(() => {
    electron.opened.length = 0;
    electron.openFails = false;
  });

  it('opens web addresses, normalized', async () => {
    expect(await openExternal('https://www.hermes.com/fr/fr/')).toBe(true);
    expect(await openExternal('http://example.com')).toBe(true);
    expect(await openExternal('HTTPS://Example.COM/a b')).toBe(true);
    expect(electron.opened).toEqual(['https://www.hermes.com/fr/fr/', 'http://example.com/', 'https://example.com/a%20b']);
  });

  it.each([
    'file:///etc/passwd',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'smb://attacker/share',
    'ms-msdt:/id PCWDiagnostic',
    'vscode://file/x',
    'mailto:someone@example.com',
    'https://user:secret@example.com/',
    'https://evil.example@example.com/',
    '//example.com/no-scheme',
    'example.com',
    ' ',
    '',
    `https://example.com/${'a'.repeat(2100)}`,
  ].map((url) => [url.length > 60 ? `${url.slice(0, 30)}… (${url.length} characters)` : JSON.stringify(url), url]))('refuses %s', async (_label, url) => {
    expect(await openExternal(url)).toBe(false);
    expect(electron.opened).toEqual([]);
  });

  it('refuses what is not a string, and says false when the system cannot open it', async () => {
    for (const value of [undefined, null, 42, { href: 'https://example.com' }, ['https://example.com']]) expect(await openExternal(value)).toBe(false);
    electron.openFails = true;
    expect(await openExternal('https://example.com')).toBe(false);
  });
});

describe('leaving the app: window.open asks first, naming the full address', () => {
  it('the dialog names the address, offers Open and Cancel, Cancel by default', () => {
    const options = leaveAppDialog('https://www.hermes.com/fr/fr/');
    expect(options).toMatchObject({ message: 'Open this address in your browser?', detail: 'https://www.hermes.com/fr/fr/', buttons: ['Open', 'Cancel'], defaultId: 1, cancelId: 1 });
    expect(options.buttons[OPEN_BUTTON]).toBe('Open');
  });

  it('opens the normalized address only when the user says Open', async () => {
    const asked: string[] = [];
    const opened: string[] = [];
    const open = async (url: string) => (opened.push(url), true);
    const yes = createLeaveApp(async (url) => (asked.push(url), true), open);
    const no = createLeaveApp(async (url) => (asked.push(url), false), open);
    expect(await yes('HTTPS://Example.COM/a b')).toBe('opened');
    expect(await no('https://www.hermes.com/')).toBe('cancelled');
    expect(asked).toEqual(['https://example.com/a%20b', 'https://www.hermes.com/']);
    expect(opened).toEqual(['https://example.com/a%20b']);
  });

  it('never asks about what openExternal refuses (mailto:, file:, credentials…)', async () => {
    const asked: string[] = [];
    const leave = createLeaveApp(async (url) => (asked.push(url), true), async () => true);
    for (const url of ['mailto:someone@example.com', 'file:///etc/passwd', 'javascript:alert(1)', 'https://user:secret@example.com/', 42]) expect(await leave(url)).toBe('refused');
    expect(asked).toEqual([]);
  });

  it('one question at a time; a dialog that fails counts as Cancel; a browser that fails is reported', async () => {
    let answer: (yes: boolean) => void = () => {};
    const opened: string[] = [];
    const leave = createLeaveApp(() => new Promise<boolean>((resolve) => (answer = resolve)), async (url) => (opened.push(url), true));
    const first = leave('https://example.com/1');
    expect(await leave('https://example.com/2')).toBe('busy');
    answer(true);
    expect(await first).toBe('opened');
    expect(opened).toEqual(['https://example.com/1']);
    expect(await createLeaveApp(async () => Promise.reject(new Error('no display')), async () => true)('https://example.com')).toBe('cancelled');
    expect(await createLeaveApp(async () => true, async () => false)('https://example.com')).toBe('failed');
  });
});

describe('the dev server URL is honoured only when not packaged', () => {
  it('packaged: the built files, whatever ELECTRON_RENDERER_URL says', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://evil.example:5173/' }, true)).toBeNull();
    expect(devServerUrl({}, true)).toBeNull();
  });
  it('in development: the dev server when set', () => {
    expect(devServerUrl({ ELECTRON_RENDERER_URL: 'http://localhost:5173/' }, false)).toBe('http://localhost:5173/');
    expect(devServerUrl({ ELECTRON_RENDERER_URL: '' }, false)).toBeNull();
    expect(devServerUrl({}, false)).toBeNull();
  });
});

describe('IPC senders', () => {
  const appPage = pathToFileURL(path.join(root, 'out/renderer/index.html')).href;
  const filePage = { kind: 'file', url: appPage } as const;
  const devPage = { kind: 'dev-server', url: 'http://localhost:5173/' } as const;
  const event = (url: string, parent: unknown = null) => ({ senderFrame: { url, parent } });

  it('trusts the app’s own page in its top frame, on any of its routes', async () => {
    expect(isTrustedSender(event(appPage), filePage)).toBe(true);
    expect(isTrustedSender(event(`${appPage}#/trips/12`), filePage)).toBe(true);
    expect(isTrustedSender(event('http://localhost:5173/#/trips'), devPage)).toBe(true);
  });

  it.each([
    ['another local file', event(pathToFileURL(path.join(root, 'out/renderer/other.html')).href), filePage],
    ['a file elsewhere on disk', event('file:///tmp/index.html'), filePage],
    ['an iframe of the app page', event(appPage, { url: appPage }), filePage],
    ['a destroyed frame', { senderFrame: null }, filePage],
    ['no frame at all', { senderFrame: undefined }, filePage],
    ['a web page in a build', event('https://example.com/'), filePage],
    ['a page on another port in development', event('http://localhost:5174/'), devPage],
    ['another host in development', event('http://127.0.0.1:5173/'), devPage],
    ['a local file in development', event(appPage), devPage],
    ['a malformed URL', event('not a url'), filePage],
    ['about:blank', event('about:blank'), filePage],
  ])('refuses %s', async (_label, ev, page) => {
    expect(isTrustedSender(ev as never, page)).toBe(false);
  });

  it('registers one handler per channel that refuses untrusted senders before dispatch sees anything', async () => {
    const calls: [string, unknown][] = [];
    registerIpc((channel, payload) => {
      calls.push([channel, payload]);
      return { ok: true, value: 'done' };
    }, filePage);
    expect([...electron.handlers.keys()].sort()).toEqual([...channels].sort());
    const handler = electron.handlers.get('trips.create')!;
    expect(handler(event('https://example.com/'), { title: 'x' })).toEqual(refusedSender);
    expect(handler(event(appPage, {}), { title: 'x' })).toEqual(refusedSender);
    expect(calls).toEqual([]);
    expect(handler(event(`${appPage}#/trips`), { title: 'Paris' })).toEqual({ ok: true, value: 'done' });
    expect(calls).toEqual([['trips.create', { title: 'Paris' }]]);
  });
});

describe('the built preload', () => {
  let code: string;
  beforeAll(() => {
    const out = tempDir();
    const build = spawnSync(node, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', out, '--logLevel', 'error'], { cwd: root, encoding: 'utf8', timeout: 180_000 });
    if (build.status !== 0) throw new Error(`electron-vite build failed: ${build.stderr}`);
    code = fs.readFileSync(path.join(out, 'preload/index.cjs'), 'utf8');
  }, 180_000);

  /** Runs the preload as a sandboxed renderer would, with a fake 'electron' and nothing else. */
  function runPreload() {
    const required: string[] = [];
    const exposed = new Map<string, unknown>();
    const listeners = new Map<string, ((...args: unknown[]) => void)[]>();
    const invoked: [string, unknown][] = [];
    const fake = {
      contextBridge: { exposeInMainWorld: (key: string, value: unknown) => exposed.set(key, value) },
      ipcRenderer: {
        invoke: (channel: string, input: unknown) => {
          invoked.push([channel, input]);
          return Promise.resolve({ ok: true, value: null });
        },
        on: (channel: string, fn: (...args: unknown[]) => void) => listeners.set(channel, [...(listeners.get(channel) ?? []), fn]),
        removeListener: (channel: string, fn: (...args: unknown[]) => void) => listeners.set(channel, (listeners.get(channel) ?? []).filter((f) => f !== fn)),
      },
    };
    const module = { exports: {} };
    const sandbox = {
      module,
      exports: module.exports,
      require: (name: string) => {
        required.push(name);
        if (name === 'electron') return fake;
        throw new Error(`a sandboxed preload cannot require ${name}`);
      },
      console,
    };
    vm.runInNewContext(code, sandbox, { filename: 'preload/index.cjs' });
    return { required, exposed, listeners, invoked };
  }

  it('requires nothing but electron, statically or when run', () => {
    const specifiers = [...code.matchAll(/\brequire\(\s*(['"`])([^'"`]+)\1\s*\)/g)].map((m) => m[2]);
    expect([...new Set(specifiers)]).toEqual(['electron']);
    // A script, not a module: an import statement would not even compile here.
    expect(() => new vm.Script(code)).not.toThrow();
    expect(runPreload().required).toEqual(['electron']);
  });

  it('exposes window.carnet (one invoke per channel) and window.carnetShell, and no ipcRenderer', async () => {
    const { exposed, invoked } = runPreload();
    expect([...exposed.keys()].sort()).toEqual(['carnet', 'carnetShell']);
    const carnet = exposed.get('carnet') as Record<string, (input?: unknown) => Promise<unknown>>;
    expect(Object.isFrozen(carnet)).toBe(true);
    expect(Object.keys(carnet).sort()).toEqual([...channels].sort());
    await carnet['trips.list']!({ from: '2026-01-01' });
    expect(invoked).toEqual([['trips.list', { from: '2026-01-01' }]]);
    const shell = exposed.get('carnetShell') as Record<string, unknown>;
    expect(Object.keys(shell)).toEqual(['onNavigate', 'onChanged']);
    expect(Object.isFrozen(shell)).toBe(true);
    expect(JSON.stringify([...exposed.values()].map((v) => Object.keys(v as object)))).not.toMatch(/ipcRenderer|invoke|send/);
  });

  it('passes the page route strings only, and only the app’s own routes', () => {
    const { exposed, listeners } = runPreload();
    const shell = exposed.get('carnetShell') as { onNavigate(cb: (route: unknown) => void): () => void };
    const got: unknown[][] = [];
    const off = shell.onNavigate((...args) => got.push(args));
    const fire = (value: unknown) => listeners.get(NAVIGATE_CHANNEL)!.forEach((fn) => fn({ sender: 'the event object' }, value));
    fire('/trips/12');
    fire('/trips/new');
    fire('javascript:alert(1)');
    fire('https://example.com/');
    fire('/trips?x=<script>');
    fire('//evil.example');
    fire({ route: '/trips' });
    expect(got).toEqual([['/trips/12'], ['/trips/new']]);
    off();
    fire('/contacts');
    expect(got).toHaveLength(2);
    expect(() => shell.onNavigate('not a function' as never)).toThrow(/onNavigate needs a function/);
  });

  it('tells the page the journal changed, with nothing attached', () => {
    const { exposed, listeners } = runPreload();
    const shell = exposed.get('carnetShell') as { onChanged(cb: (...args: unknown[]) => void): () => void };
    const got: unknown[][] = [];
    const off = shell.onChanged((...args) => got.push(args));
    listeners.get(CHANGED_CHANNEL)!.forEach((fn) => fn({ sender: 'the event object' }, 'anything'));
    expect(got).toEqual([[]]);
    off();
    listeners.get(CHANGED_CHANNEL)!.forEach((fn) => fn({}, null));
    expect(got).toHaveLength(1);
  });
});

describe('the core never reaches electron', () => {
  const importsOf = (file: string): string[] => {
    const text = fs.readFileSync(file, 'utf8');
    return [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm)].map((m) => m[2]!);
  };
  const resolveLocal = (from: string, spec: string): string | null => {
    if (!spec.startsWith('.')) return null;
    const base = path.resolve(path.dirname(from), spec);
    for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')]) {
      if (fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    }
    throw new Error(`${path.relative(root, from)} imports ${spec}, which does not resolve`);
  };
  const walk = (dir: string): string[] => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [path.join(dir, e.name)] : []));

  it('src/shared, src/main/db, src/main/journal and src/main/dispatch.ts import no electron, even through other files', () => {
    const starts = [...walk(path.join(root, 'src/shared')), ...walk(path.join(root, 'src/main/db')), ...walk(path.join(root, 'src/main/journal')), path.join(root, 'src/main/dispatch.ts')];
    expect(starts.length).toBeGreaterThan(20);
    const seen = new Set<string>();
    const offenders: string[] = [];
    const queue = [...starts];
    while (queue.length > 0) {
      const file = queue.pop()!;
      if (seen.has(file)) continue;
      seen.add(file);
      for (const spec of importsOf(file)) {
        if (spec === 'electron' || spec.startsWith('electron/')) offenders.push(path.relative(root, file));
        const next = resolveLocal(file, spec);
        if (next) queue.push(next);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the walk does see an electron import where there is one', () => {
    expect(importsOf(path.join(root, 'src/main/ipc.ts'))).toContain('electron');
    expect(importsOf(path.join(root, 'src/preload/index.ts'))).toContain('electron');
  });
});
