/**
 * The static, append-only record of migrations. A migration never imports app code: it is
 * plain SQL, run in its own transaction. Add new ones at the end; never edit a landed one.
 */
import { sql as journal001 } from './001-journal';

export interface Migration {
  id: string;
  sql: string;
}

export const migrations: readonly Migration[] = [{ id: '001-journal', sql: journal001 }];
