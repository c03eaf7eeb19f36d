/**
 * Carnet's log (issue 15 §3): "Details are in the log" now points at a file. Rotating files in
 * the user-data `logs/` folder — carnet.log, then carnet.1.log … carnet.<keep>.log — each at most
 * `maxBytes`. No personal data goes in: a failure is written as the channel, the error's name and
 * code and its stack frames, never its message (which may quote a name, a note or a number).
 * No Electron here: the main process passes the folder, tests a temp one.
 */
import fs from 'node:fs';
import path from 'node:path';

export interface Log {
  /** The file being written, or null when logging to the console only. */
  readonly file: string | null;
  write(line: string): void;
}

const consoleLog: Log = { file: null, write: (line) => console.error(line) };
let current: Log = consoleLog;

export function setLog(log: Log | null): void {
  current = log ?? consoleLog;
}

export const currentLog = (): Log => current;

export function openLog(dir: string, options: { maxBytes?: number; keep?: number; clock?: () => Date } = {}): Log {
  const maxBytes = options.maxBytes ?? 1_000_000;
  const keep = options.keep ?? 3;
  const clock = options.clock ?? (() => new Date());
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'carnet.log');
  const rotate = () => {
    for (let i = keep; i >= 1; i--) {
      const from = i === 1 ? file : path.join(dir, `carnet.${i - 1}.log`);
      const to = path.join(dir, `carnet.${i}.log`);
      if (fs.existsSync(from)) fs.renameSync(from, to);
    }
  };
  return {
    file,
    write(line) {
      const text = `${clock().toISOString()} ${line.replace(/\n/g, '\n    ')}\n`;
      try {
        const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
        if (size > 0 && size + Buffer.byteLength(text) > maxBytes) rotate();
        fs.appendFileSync(file, text, { mode: 0o600 });
      } catch (err) {
        // A log that cannot be written must never break the save that failed first.
        console.error(`Carnet: the log could not be written (${(err as { code?: string }).code ?? 'error'}): ${line}`);
      }
    },
  };
}

/** A failure without its message: "trips.create failed: SqliteError SQLITE_IOERR_WRITE\n at …". */
export function failureLine(channel: string, err: unknown): string {
  if (!(err instanceof Error)) return `${channel} failed: a thrown ${typeof err}`;
  const code = (err as { code?: unknown }).code;
  const frames = (err.stack ?? '')
    .split('\n')
    .filter((l) => /^\s+at /.test(l))
    .slice(0, 12)
    .map((l) => l.trim());
  return [`${channel} failed: ${err.name}${typeof code === 'string' ? ` ${code}` : ''}`, ...frames].join('\n');
}

export function logFailure(channel: string, err: unknown): void {
  current.write(failureLine(channel, err));
}
