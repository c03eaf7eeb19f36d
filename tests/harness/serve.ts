/** `npm run dev:web [-- --port 5199] [-- --db PATH]`: the app in any browser, on 127.0.0.1. */
import { parseArgs } from 'node:util';
import { startHarness } from './server';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '5199' },
    db: { type: 'string' },
    now: { type: 'string' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a port number (got "${values.port}").`);
  process.exit(2);
}

const harness = await startHarness({ port, ...(values.db ? { db: values.db } : {}), ...(values.now ? { now: values.now } : {}) });
console.log(`Carnet web harness: ${harness.url}  (journal: ${harness.dbPath})`);
console.log('Same dispatch as the desktop app, served on 127.0.0.1 only. Ctrl+C to stop.');
const stop = () => void harness.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
