/**
 * Search: one box that finds any record or note by its words, ranked by bm25 (in two tiers,
 * newest first, when very many records hold the words: see RANK_ALL_UP_TO).
 *
 * The index (`search_index`, FTS5) is written only by the triggers of migrations 005, 007, 009 and 013, in the
 * same transaction as every write to a record, so this file only reads it. A document's
 * rowid is `record id * 16 + kind code`.
 *
 * The user's words are never FTS syntax: each becomes a quoted phrase with its quotes doubled
 * and a prefix star ("kel" finds Kelly), so quotes, '*', '-', NEAR, AND, parentheses and
 * column filters are just text and cannot make the query fail.
 */
import type Database from 'better-sqlite3';
import { WISH_STATUS_LABELS } from '../../shared/domain/wishlist';
import { sql } from 'kysely';
import { DateTime } from 'luxon';
import type { ParsedInputOf } from '../../shared/api';
import { VISIT_OUTCOME_LABELS } from '../../shared/api/visits';
import { METHOD_LABELS, type AttemptMethod } from '../../shared/api/attempts';
import type { ContactRole } from '../../shared/api/contacts';
import { DECISION_LABELS } from '../../shared/api/offers';
import { SEARCH_LIMIT_DEFAULT, type MatchedText, type SearchResult, type searchContract } from '../../shared/api/search';
import { ATTACHMENT_SUBJECTS, NOTE_SUBJECTS, RECORD_KINDS, SEARCH_KIND_BY_CODE, type AttachmentSubject, type NoteSubject, type RecordScreen, type SearchKind } from '../../shared/domain/records';
import { INTERACTION_LABELS, NOTE_KIND_LABELS } from '../../shared/domain/labels';
import { STATUS_LABELS, type SpecialOrderStatus } from '../../shared/domain/special-order-status';
import { Journal } from '../db/journal';
import type { DomainHandlers } from './handler';


/** Column weights for bm25: a word in what a record is called counts ten times a word in its notes. */
const TITLE_WEIGHT = 10;
const BODY_WEIGHT = 1;
const MAX_WORDS = 16;
const SNIPPET_TOKENS = 16;

/** Private-use characters mark matches in highlight() / snippet() output; parsed into ranges below. */
const OPEN = '\uE000';
const CLOSE = '\uE001';

/**
 * The FTS5 MATCH expression for what the user typed, or null when it has no words. Every word
 * must be found (AND), each as a prefix; a word is any run of non-space characters holding a
 * letter or a digit (punctuation inside it is split by the tokenizer, as in the documents).
 */
export function toMatchExpression(input: string): string | null {
  const words = wordsOf(input);
  return words.length === 0 ? null : words.map((w) => `"${w.replace(/"/g, '""')}"*`).join(' ');
}

/** The same words as whole words (no prefix): the first tier when very many records match. */
export function toExactExpression(input: string): string | null {
  const words = wordsOf(input);
  return words.length === 0 ? null : words.map((w) => `"${w.replace(/"/g, '""')}"`).join(' ');
}

function wordsOf(input: string): string[] {
  return (
    input
      .normalize('NFC')
      // Control characters separate words: a NUL would end the query text early inside SQLite.
      .replace(/\p{Cc}/gu, ' ')
      .split(/\s+/u)
      .filter((w) => /[\p{L}\p{N}]/u.test(w))
      .slice(0, MAX_WORDS)
  );
}

/** Text marked by highlight() / snippet() → the text and its [start, end) match ranges. */
export function parseMarked(marked: string): MatchedText {
  const out: string[] = [];
  const matches: [number, number][] = [];
  let length = 0;
  let start = -1;
  let plainFrom = 0;
  for (let i = 0; i < marked.length; i++) {
    const c = marked[i];
    if (c !== OPEN && c !== CLOSE) continue;
    out.push(marked.slice(plainFrom, i));
    length += i - plainFrom;
    plainFrom = i + 1;
    if (c === OPEN) start = length;
    else if (start >= 0) {
      if (length > start) matches.push([start, length]);
      start = -1;
    }
  }
  out.push(marked.slice(plainFrom));
  return { text: out.join(''), matches };
}

export interface Hit {
  rowid: number;
  title: string | null;
  snippet: string | null;
}

/**
 * Ranking. Every word typed is a prefix ("kel" finds Kelly), and FTS5 answers a prefix by
 * merging the postings of every word it starts in memory, then bm25 ranks every row that
 * matches: a distinctive word answers in under a millisecond, two common words ("kelly gold",
 * 14,500 records of a twenty-year journal) took 15–30 ms. So:
 * - when the words, taken as whole words, match at most `rankAllUpTo` records (the usual
 *   case, and every small journal), every match of the prefixes is ranked by bm25, as always;
 * - beyond, the results come in two tiers and nothing is left out: first the records holding
 *   the very words typed, newest first, then those where a word is only the start of a longer
 *   one ("golden" for "gold"), newest first. Whole words are read lazily by FTS5 in rowid
 *   order and stop at the limit, so this costs about a millisecond whatever the journal's size.
 */
export const RANK_ALL_UP_TO = 1000;

const SELECTED = `rowid,
              highlight(search_index, 0, '${OPEN}', '${CLOSE}') AS title,
              snippet(search_index, 1, '${OPEN}', '${CLOSE}', '…', ${SNIPPET_TOKENS}) AS snippet`;

const STATEMENTS = {
  ranked: `SELECT ${SELECTED} FROM search_index WHERE search_index MATCH ? ORDER BY bm25(search_index, ${TITLE_WEIGHT}, ${BODY_WEIGHT}), rowid DESC LIMIT ?`,
  /** How many rows match, counted up to a bound (no ranking; stops there). */
  matches: 'SELECT count(*) FROM (SELECT rowid FROM search_index WHERE search_index MATCH ? LIMIT ?)',
  newest: `SELECT ${SELECTED} FROM search_index WHERE search_index MATCH ? ORDER BY rowid DESC LIMIT ?`,
} as const;

type Statements = Record<keyof typeof STATEMENTS, Database.Statement>;
const statements = new WeakMap<Database.Database, Statements>();

function searchStatements(journal: Journal): Statements {
  let stmts = statements.get(journal.sqlite);
  if (!stmts) {
    stmts = {
      ranked: journal.sqlite.prepare(STATEMENTS.ranked),
      matches: journal.sqlite.prepare(STATEMENTS.matches).pluck(),
      newest: journal.sqlite.prepare(STATEMENTS.newest),
    };
    statements.set(journal.sqlite, stmts);
  }
  return stmts;
}

/** The first `limit` hits for what was typed, in the order described above. */
export function findHits(journal: Journal, query: string, limit: number, rankAllUpTo = RANK_ALL_UP_TO): Hit[] {
  const prefixes = toMatchExpression(query);
  const exact = toExactExpression(query);
  if (prefixes === null || exact === null) return [];
  const stmts = searchStatements(journal);
  if ((stmts.matches.get(exact, rankAllUpTo + 1) as number) <= rankAllUpTo) return stmts.ranked.all(prefixes, limit) as Hit[];
  const whole = stmts.newest.all(exact, limit) as Hit[];
  if (whole.length >= limit) return whole;
  const seen = new Set(whole.map((h) => h.rowid));
  const rest = (stmts.newest.all(prefixes, limit + whole.length) as Hit[]).filter((h) => !seen.has(h.rowid));
  return [...whole, ...rest].slice(0, limit);
}

/** What a record is called and where it sits, for the result line; computed at read time so renames show at once. */
interface Description {
  title: string;
  context: string | null;
  day: string | null;
  endDay: string | null;
  link: { screen: RecordScreen; id: number };
}

const ROLE_LABELS: Record<ContactRole, string> = { sa: 'SA', manager: 'Manager', leather_desk: 'Leather desk', concierge: 'Concierge', other: 'Contact' };

const joinContext = (...parts: (string | null | undefined)[]): string | null => parts.filter((p): p is string => !!p).join(' · ') || null;
const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const shortDay = (day: string) => DateTime.fromISO(day, { zone: 'utc' }).toFormat('d LLL yyyy');

function boutiqueNames(journal: Journal, ids: (number | null)[]): Map<number, string> {
  const wanted = [...new Set(ids.filter((i): i is number => i !== null))];
  if (wanted.length === 0) return new Map();
  return new Map(journal.shaped('search.describe1', { ids: Journal.ids(wanted) }, ['ids'], (a) => journal.q.selectFrom('boutiques').select(['id', 'name']).where(sql<boolean>`${sql.ref('id')} IN (SELECT value FROM json_each(${a.ids}))`)).map((b) => [b.id, b.name]));
}

type Describer = (journal: Journal, ids: number[]) => Map<number, Description>;

const describers: Record<Exclude<SearchKind, 'note' | 'attachment'>, Describer> = {
  trip(journal, ids) {
    const rows = journal.shaped('search.describe2', { ids: Journal.ids(ids) }, ['ids'], (a) => journal.q.selectFrom('trips').select(['id', 'title', 'city', 'start_day', 'end_day']).where(sql<boolean>`${sql.ref('id')} IN (SELECT value FROM json_each(${a.ids}))`));
    return new Map(
      rows.map((r) => [r.id, { title: r.title, context: r.city, day: r.start_day, endDay: r.end_day, link: { screen: 'trips', id: r.id } }]),
    );
  },
  contact(journal, ids) {
    const rows = journal.shaped('search.describe3', { ids: Journal.ids(ids) }, ['ids'], (a) => journal.q.selectFrom('contacts').select(['id', 'name', 'role', 'boutique_id']).where(sql<boolean>`${sql.ref('id')} IN (SELECT value FROM json_each(${a.ids}))`));
    const boutiques = boutiqueNames(journal, rows.map((r) => r.boutique_id));
    return new Map(
      rows.map((r) => [
        r.id,
        {
          title: r.name,
          context: joinContext(ROLE_LABELS[r.role as ContactRole] ?? null, r.boutique_id !== null ? boutiques.get(r.boutique_id) : null),
          day: null,
          endDay: null,
          link: { screen: 'contacts', id: r.id },
        },
      ]),
    );
  },
  interaction(journal, ids) {
    const rows = journal.shaped('search.describe4', { ids: Journal.ids(ids) }, ['ids'], (a) => journal.q
        .selectFrom('contact_interactions as i')
        .innerJoin('contacts as c', 'c.id', 'i.contact_id')
        .select(['i.id', 'i.day', 'i.kind', 'i.contact_id', 'c.name'])
        .where(sql<boolean>`${sql.ref('i.id')} IN (SELECT value FROM json_each(${a.ids}))`));
    return new Map(
      rows.map((r) => [
        r.id,
        { title: r.name, context: INTERACTION_LABELS[r.kind], day: r.day, endDay: null, link: { screen: 'contacts', id: r.contact_id } },
      ]),
    );
  },
  purchase(journal, ids) {
    const rows = journal.shaped('search.describe5', { ids: Journal.ids(ids) }, ['ids'], (a) => journal.q.selectFrom('purchases').select(['id', 'day', 'boutique_id']).where(sql<boolean>`${sql.ref('id')} IN (SELECT value FROM json_each(${a.ids}))`));
    const items = journal.shaped('search.describe6', { ids: Journal.ids(ids) }, ['ids'], (a) => journal.q.selectFrom('purchase_items').select(['purchase_id', 'description']).where(sql<boolean>`${sql.ref('purchase_id')} IN (SELECT value FROM json_each(${a.ids}))`).orderBy('position'));
    const boutiques = boutiqueNames(journal, rows.map((r) => r.boutique_id));
    return new Map(
      rows.map((r) => [
        r.id,
        {
          title:
            items
              .filter((i) => i.purchase_id === r.id)
              .map((i) => i.description)
              .join(', ') || 'Purchase',
          context: r.boutique_id !== null ? (boutiques.get(r.boutique_id) ?? null) : null,
          day: r.day,
          endDay: null,
          link: { screen: 'purchases', id: r.id },
        },
      ]),
    );
  },
  attempt(journal, ids) {
    const rows = journal.shaped('search.describe7', { ids: Journal.ids(ids) }, ['ids'], (a) => journal.q.selectFrom('appointment_attempts').select(['id', 'method', 'wanted_day', 'boutique_id', 'result']).where(sql<boolean>`${sql.ref('id')} IN (SELECT value FROM json_each(${a.ids}))`));
    const boutiques = boutiqueNames(journal, rows.map((r) => r.boutique_id));
    return new Map(
      rows.map((r) => [
        r.id,
        {
          title: `${capitalise(METHOD_LABELS[r.method as AttemptMethod] ?? 'Appointment')} · ${r.boutique_id !== null ? (boutiques.get(r.boutique_id) ?? 'a boutique') : 'No preference'}`,
          context: capitalise(r.result.replace(/_/g, ' ')),
          day: r.wanted_day,
          endDay: null,
          link: { screen: 'appointments', id: r.id },
        },
      ]),
    );
  },
  special_order(journal, ids) {
    const rows = journal.shaped('search.describe8', { ids: Journal.ids(ids) }, ['ids'], (a) => journal.q.selectFrom('special_orders').select(['id', 'model', 'size', 'boutique_id']).where(sql<boolean>`${sql.ref('id')} IN (SELECT value FROM json_each(${a.ids}))`));
    // The latest step of each order is its status (the history is ordered by id).
    const status = new Map<number, SpecialOrderStatus>();
    for (const e of journal.shaped('search.describe9', { ids: Journal.ids(ids) }, ['ids'], (a) => journal.q.selectFrom('special_order_events').select(['order_id', 'status']).where(sql<boolean>`${sql.ref('order_id')} IN (SELECT value FROM json_each(${a.ids}))`).orderBy('id'))) {
      status.set(e.order_id, e.status);
    }
    const boutiques = boutiqueNames(journal, rows.map((r) => r.boutique_id));
    return new Map(
      rows.map((r) => {
        const s = status.get(r.id);
        return [
          r.id,
          {
            title: [r.model, r.size].filter(Boolean).join(' '),
            context: joinContext(s ? STATUS_LABELS[s] : null, r.boutique_id !== null ? boutiques.get(r.boutique_id) : null),
            day: null,
            endDay: null,
            link: { screen: 'special-orders', id: r.id },
          },
        ];
      }),
    );
  },
  boutique(journal, ids) {
    const rows = journal.shaped('search.describe10', { ids: Journal.ids(ids) }, ['ids'], (a) => journal.q.selectFrom('boutiques').select(['id', 'name', 'city', 'country', 'online', 'archived_at']).where(sql<boolean>`${sql.ref('id')} IN (SELECT value FROM json_each(${a.ids}))`));
    return new Map(
      rows.map((r) => [
        r.id,
        {
          title: r.name,
          context: joinContext(r.online === 1 ? 'Online' : r.city, r.archived_at ? 'Archived' : null),
          day: null,
          endDay: null,
          link: { screen: 'boutiques', id: r.id },
        },
      ]),
    );
  },
  offer(journal, ids) {
    const rows = journal.shaped('search.describe11', { ids: Journal.ids(ids) }, ['ids'], (a) => journal.q.selectFrom('offers').select(['id', 'model', 'size', 'day', 'decision', 'boutique_id']).where(sql<boolean>`${sql.ref('id')} IN (SELECT value FROM json_each(${a.ids}))`));
    const boutiques = boutiqueNames(journal, rows.map((r) => r.boutique_id));
    return new Map(
      rows.map((r) => [
        r.id,
        {
          title: [r.model, r.size].filter(Boolean).join(' '),
          context: joinContext(DECISION_LABELS[r.decision], r.boutique_id !== null ? boutiques.get(r.boutique_id) : null),
          day: r.day,
          endDay: null,
          link: { screen: 'offers', id: r.id },
        },
      ]),
    );
  },
  wishlist_item(journal, ids) {
    const rows = journal.shaped('search.describe12', { ids: Journal.ids(ids) }, ['ids'], (a) => journal.q.selectFrom('wishlist_items').select(['id', 'model', 'size', 'exterior_colour', 'status']).where(sql<boolean>`${sql.ref('id')} IN (SELECT value FROM json_each(${a.ids}))`));
    return new Map(
      rows.map((r) => [
        r.id,
        {
          title: [r.model, r.size].filter(Boolean).join(' '),
          context: joinContext(r.exterior_colour, WISH_STATUS_LABELS[r.status]),
          day: null,
          endDay: null,
          link: { screen: 'wishlist', id: r.id },
        },
      ]),
    );
  },
  visit(journal, ids) {
    const rows = journal.all(journal.q.selectFrom('visits').select(['id', 'day', 'boutique_id', 'status', 'outcome', 'patrol_id']).where('id', 'in', ids));
    const boutiques = boutiqueNames(journal, rows.map((r) => r.boutique_id));
    return new Map(
      rows.map((r) => [
        r.id,
        {
          title: `Visit · ${r.boutique_id !== null ? (boutiques.get(r.boutique_id) ?? 'a boutique') : 'a boutique'}`,
          context: joinContext(r.patrol_id !== null ? 'Patrol' : null, r.status === 'planned' ? 'Planned' : r.outcome ? VISIT_OUTCOME_LABELS[r.outcome] : 'Done'),
          day: r.day,
          endDay: null,
          link: { screen: 'visits', id: r.id },
        },
      ]),
    );
  },
  collection_item(journal, ids) {
    const rows = journal.shaped('search.describe13', { ids: Journal.ids(ids) }, ['ids'], (a) => journal.q.selectFrom('collection_items').select(['id', 'model', 'size', 'exterior_colour', 'acquired_on']).where(sql<boolean>`${sql.ref('id')} IN (SELECT value FROM json_each(${a.ids}))`));
    return new Map(
      rows.map((r) => [
        r.id,
        {
          title: [r.model, r.size].filter(Boolean).join(' ') || 'Collection item',
          context: r.exterior_colour,
          day: r.acquired_on,
          endDay: null,
          link: { screen: 'collection', id: r.id },
        },
      ]),
    );
  },
};

/** Notes: "Doubt · Kelly 25", opening their subject. */
function describeNotes(journal: Journal, ids: number[]): Map<number, Description> {
  const rows = journal.shaped('search.describe14', { ids: Journal.ids(ids) }, ['ids'], (a) => journal.q.selectFrom('decision_notes').select(['id', 'subject_type', 'subject_id', 'kind', 'day']).where(sql<boolean>`${sql.ref('id')} IN (SELECT value FROM json_each(${a.ids}))`));
  const subjects = new Map<string, Description>();
  for (const subject of NOTE_SUBJECTS) {
    const subjectIds = [...new Set(rows.filter((r) => r.subject_type === subject).map((r) => r.subject_id))];
    if (subjectIds.length === 0) continue;
    for (const [id, d] of describers[subject](journal, subjectIds)) subjects.set(`${subject}:${id}`, d);
  }
  const out = new Map<number, Description>();
  for (const r of rows) {
    const subject = subjects.get(`${r.subject_type}:${r.subject_id}`);
    // A note whose subject is gone (or of a kind this version does not know) cannot be opened: leave it out.
    if (!subject) continue;
    const subjectType = r.subject_type as NoteSubject;
    const subjectTitle = (subjectType === 'attempt' || subjectType === 'offer') && subject.day ? `${subject.title}, ${shortDay(subject.day)}` : subject.title;
    out.set(r.id, {
      title: `${NOTE_KIND_LABELS[r.kind]} · ${subjectTitle}`,
      context: `Note on ${RECORD_KINDS[subjectType].inSentence}`,
      day: r.day,
      endDay: null,
      link: subject.link,
    });
  }
  return out;
}

/** Photos and documents: "At the counter", "Photo on purchase", opening their record. */
function describeAttachments(journal: Journal, ids: number[]): Map<number, Description> {
  const rows = journal.shaped('search.describe15', { ids: Journal.ids(ids) }, ['ids'], (a) => journal.q.selectFrom('attachments').select(['id', 'record_kind', 'record_id', 'caption', 'original_name', 'mime', 'taken_on']).where(sql<boolean>`${sql.ref('id')} IN (SELECT value FROM json_each(${a.ids}))`));
  const records = new Map<string, Description>();
  for (const kind of ATTACHMENT_SUBJECTS) {
    const recordIds = [...new Set(rows.filter((r) => r.record_kind === kind).map((r) => r.record_id))];
    if (recordIds.length === 0) continue;
    for (const [id, d] of describers[kind](journal, recordIds)) records.set(`${kind}:${id}`, d);
  }
  const out = new Map<number, Description>();
  for (const r of rows) {
    const record = records.get(`${r.record_kind}:${r.record_id}`);
    if (!record) continue;
    const what = r.mime === 'application/pdf' ? 'Document' : 'Photo';
    out.set(r.id, {
      title: r.caption ?? r.original_name,
      context: `${what} on ${RECORD_KINDS[r.record_kind as AttachmentSubject].inSentence} · ${record.title}`,
      day: r.taken_on,
      endDay: null,
      link: record.link,
    });
  }
  return out;
}

/** Kinds whose index title is what the result is called (the others' titles are computed). */
const TITLED: ReadonlySet<SearchKind> = new Set(['trip', 'contact', 'purchase', 'special_order', 'offer', 'boutique']);

export function search(journal: Journal, input: ParsedInputOf<'search.query'>): SearchResult[] {
  const hits = findHits(journal, input.query, input.limit ?? SEARCH_LIMIT_DEFAULT);

  const idsByKind = new Map<SearchKind, number[]>();
  const decoded = hits.flatMap((hit) => {
    const kind = SEARCH_KIND_BY_CODE.get(hit.rowid % 16);
    if (!kind) return [];
    const id = Math.floor(hit.rowid / 16);
    const list = idsByKind.get(kind) ?? [];
    list.push(id);
    idsByKind.set(kind, list);
    return [{ hit, kind, id }];
  });
  const descriptions = new Map<SearchKind, Map<number, Description>>();
  for (const [kind, ids] of idsByKind) {
    descriptions.set(
      kind,
      kind === 'note' ? describeNotes(journal, ids) : kind === 'attachment' ? describeAttachments(journal, ids) : describers[kind](journal, ids),
    );
  }

  return decoded.flatMap(({ hit, kind, id }) => {
    const d = descriptions.get(kind)?.get(id);
    if (!d) return [];
    const snippet = hit.snippet ? parseMarked(hit.snippet) : null;
    const title = TITLED.has(kind) && hit.title ? parseMarked(hit.title) : { text: d.title, matches: [] };
    return [
      {
        kind,
        id,
        title,
        context: d.context,
        day: d.day,
        endDay: d.endDay,
        snippet: snippet && snippet.matches.length > 0 ? snippet : null,
        link: d.link,
      },
    ];
  });
}

export const searchHandlers = {
  'search.query': search,
} satisfies DomainHandlers<typeof searchContract>;
