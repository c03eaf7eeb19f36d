import { z } from 'zod';
import type { RecordScreen, SearchKind } from '../domain/records';
import { channel } from './channel';

/**
 * A piece of text with the words that matched: `matches` are [start, end) ranges in UTF-16
 * code units of `text` (JavaScript string indices), in order, never overlapping. The screen
 * renders them as elements, never as HTML.
 */
export interface MatchedText {
  text: string;
  matches: [number, number][];
}

export interface SearchResult {
  kind: SearchKind;
  /** The record's own id (a note's id for a note, an interaction's for an interaction). */
  id: number;
  /** What the record is called; matches are marked when the words were found in it. */
  title: MatchedText;
  /** Where, who, what state: "SA · Sèvres", "Paris", "Waiting · George V"; null when nothing useful. */
  context: string | null;
  /** The record's day (a trip's first day, a purchase's day, a note's day…), 'YYYY-MM-DD'. */
  day: string | null;
  /** A trip's last day. */
  endDay: string | null;
  /** The passage around the matched words in the rest of the record; null when only the title matched. */
  snippet: MatchedText | null;
  /** The record to open: a note opens its subject (possibly an offer), an interaction its contact. */
  link: { screen: RecordScreen; id: number };
}

export const SEARCH_LIMIT_DEFAULT = 20;
export const SEARCH_LIMIT_MAX = 50;

export const searchQuery = z.strictObject({
  /**
   * Words as a person types them: every word must be found (in any order, accents and case
   * ignored), the last ones as prefixes ("kel" finds Kelly). Quotes, '*', '-', NEAR and the
   * like are plain text, never search syntax.
   */
  query: z
    .string({ error: 'Type the words to search for.' })
    .max(200, { error: 'Search for at most 200 characters.' }),
  limit: z
    .number({ error: 'The number of results is a number.' })
    .int({ error: 'The number of results is a whole number.' })
    .min(1, { error: 'Ask for at least one result.' })
    .max(SEARCH_LIMIT_MAX, { error: `Ask for at most ${SEARCH_LIMIT_MAX} results.` })
    .optional(),
});

export type SearchQueryInput = z.input<typeof searchQuery>;

export const searchContract = {
  /** Ranked (best first); an empty list for a query with no words. */
  'search.query': channel<SearchResult[]>()(searchQuery),
};
