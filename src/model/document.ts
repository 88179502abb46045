// Documents as they flow from the read stage through normalisation to extraction.

import { hash } from 'node:crypto';

/** One input as read from disk, a URL, standard input or a feed item, before any repair. */
export interface RawSource {
  /** Path, URL or `-` for standard input; for a feed item, the feed's location plus `#` and the item's index. */
  location: string;
  /** Base name that groups output lines (the scorer's `file`): the file name, or a slug for URLs and feed items. */
  file: string;
  /** How the text should be read. */
  format: 'text' | 'html' | 'feed-item';
  /** Decoded Unicode text (HTML already reduced to its main content for `html`). */
  text: string;
  /** Title given by the container (HTML <title>, feed item title), if any. */
  title?: string;
  /** Publication date given by the container (feed item date, HTML meta), ISO 8601. */
  published?: string;
  /** Encoding detected and converted from, when it was not UTF-8. */
  convertedFrom?: string;
}

/** A date as found in text: ISO when the year is known, partial otherwise, always with the words. */
export interface DateValue {
  /** `2024-01-30`, or `--01-30` (month and day, year unknown), or `2023-11` (month). */
  iso: string;
  /** The words as written, e.g. `mardi 30 janvier`. */
  text: string;
  /** Last day of a range (`les 7 et 8 novembre`), same format as `iso`. */
  endIso?: string;
  /** Rule that produced it. */
  rule: string;
}

export interface Sentence {
  index: number;
  /** Offsets into `Doc.text` (UTF-16 code units, end exclusive). */
  start: number;
  end: number;
  text: string;
}

export interface Token {
  start: number;
  end: number;
  text: string;
  sentence: number;
}

/**
 * A cleaned document ready for extraction: a page, or a teaser item split off a page.
 * Every offset in `text` maps back to the raw source through `toSource`.
 */
export interface Doc {
  /** `doc:` + first 16 hex chars of the SHA-256 of the normalised text: the same teaser on many pages is one doc. */
  id: string;
  /** The RawSource's `file` (teasers keep their page's `file` so per-file output includes them). */
  file: string;
  location: string;
  kind: 'page' | 'teaser';
  /** For a teaser, the id of the page it came from. */
  parentId?: string;
  title: string;
  /** Cleaned text: glued words split, repeated lead removed, captions and sign-offs kept as their own lines. */
  text: string;
  sentences: Sentence[];
  /** Maps an offset in `text` to an offset in the raw source text. */
  toSource: (offset: number) => number;
  /** Structure found on the page. */
  dateline?: { place?: string; date?: DateValue; agency?: string; start: number; end: number };
  /** Spans of photo captions within `text`. */
  captions: Array<{ start: number; end: number }>;
  /** Publication date, when the container, dateline or text tells it. */
  published?: DateValue;
  /** Year to complete partial dates with, when known. */
  contextYear?: number;
  /** SHA-256 (hex) of the raw source text, for re-ingest decisions. */
  sourceHash: string;
}

/** What normalising one raw source gives: the page and the teasers split off it. */
export interface NormalisedSource {
  page: Doc;
  teasers: Doc[];
}

/**
 * The hash a raw source is known by: `Doc.sourceHash` and `ExtractionRecord.sourceHash`, which the re-ingest compares
 * before extracting. One definition, so the two can never disagree.
 */
export function hashSourceText(text: string): string {
  return hash('sha256', text, 'hex');
}
