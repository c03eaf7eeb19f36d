import { describe, expect, it } from 'vitest';
import { ATTACHMENT_SUBJECTS, NOTE_SUBJECTS, RECORD_KINDS, SEARCH_KIND_BY_CODE, SEARCH_KINDS, recordKinds } from '../../src/shared/domain/records';
import { tempJournal } from './helpers';

/**
 * Tables that are not records a person makes and opens: settings, reference data, the schema
 * record, groups used by the spend profile, sealed identity numbers, the search index, the
 * revision (SEQUENCE) of each event exported to a calendar file.
 */
const INFRASTRUCTURE = ['settings', 'calendar_overrides', 'carnet_migrations', 'custom_colours', 'identity_numbers', 'spend_targets', 'store_groups', 'store_group_members', 'ics_revisions', 'dismissals', 'trash', 'contact_merges'];

describe('the record-kind registry', () => {
  it('names every table of the journal: each is a kind, a part of one, or infrastructure', () => {
    const journal = tempJournal();
    const tables = journal.sqlite
      .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'search_index%' ORDER BY name")
      .pluck()
      .all() as string[];
    const known = new Map<string, string>();
    for (const k of recordKinds) {
      known.set(RECORD_KINDS[k].table, `kind ${k}`);
      for (const part of RECORD_KINDS[k].parts) known.set(part, `part of ${k}`);
    }
    for (const t of INFRASTRUCTURE) known.set(t, 'infrastructure');
    const unregistered = tables.filter((t) => !known.has(t));
    expect(unregistered, 'register these tables in src/shared/domain/records.ts').toEqual([]);
    const missing = [...known.keys()].filter((t) => !tables.includes(t));
    expect(missing, 'registered tables the journal does not have').toEqual([]);
  });

  it('removes the attachments of every kind that takes them, by a trigger on its table (migration 018)', () => {
    const journal = tempJournal();
    const triggers = journal.sqlite.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name LIKE 'attachments_follow_%'").all() as { name: string; sql: string }[];
    const followed = ATTACHMENT_SUBJECTS.map((k) => [k, RECORD_KINDS[k].table] as const);
    expect(triggers.map((t) => t.name).sort()).toEqual(followed.map(([, table]) => `attachments_follow_${table}`).sort());
    for (const [kind, table] of followed) expect(triggers.find((t) => t.name === `attachments_follow_${table}`)?.sql).toContain(`record_kind = '${kind}'`);
  });

  it('gives every searchable kind its own code, and every code a trigger-built document', () => {
    expect(SEARCH_KIND_BY_CODE.size).toBe(SEARCH_KINDS.length);
    const journal = tempJournal();
    const triggers = journal.sqlite.prepare("SELECT name, sql FROM sqlite_schema WHERE type = 'trigger'").all() as { name: string; sql: string }[];
    for (const kind of SEARCH_KINDS) {
      const { table, search } = RECORD_KINDS[kind];
      const insert = triggers.find((t) => t.name === `search_${table}_insert`);
      expect(insert?.sql, kind).toContain(`* 16 + ${search.code}`);
    }
  });

  it('lets notes attach only to kinds that have a screen', () => {
    for (const subject of NOTE_SUBJECTS) expect(RECORD_KINDS[subject].screen, subject).not.toBeNull();
  });
});
