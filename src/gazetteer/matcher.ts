// Linear-time gazetteer matching (Aho-Corasick over folded, space-free text) with word-boundary and case checks.

import { KeywordAutomaton } from './automaton.js';
import { buildMatchText, squeezeKey, type MatchText } from './match-text.js';
import { ScratchArray } from './scratch.js';

export type EntryKind = 'country' | 'demonym' | 'country-prefix' | 'region' | 'organisation' | 'place' | 'rank'
  | 'office' | 'honorific';

/** How the written form must be cased for a match to count. */
export type CaseRule = 'exact' | 'capital' | 'any';

export interface LexEntry {
  kind: EntryKind;
  /** Entity id within its kind: `VN`, `asean`, `colonel`, `vice-ministre`. */
  id: string;
  /** Form as listed in the gazetteer. */
  form: string;
  caseRule: CaseRule;
  /** The form has more than one word: the original may lack the spaces (glued), but a one-word form may not span one. */
  multiword: boolean;
  /** Matches only when a hyphen follows (compound prefixes: `sino-`). */
  needsHyphen?: boolean;
}

export interface LexMatch {
  entry: LexEntry;
  /** Offsets in the original text (end exclusive). */
  start: number;
  end: number;
  text: string;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** LETTER_OR_DIGIT for every UTF-16 code unit below U+3000 (checked at every match's edges). */
const LETTER_OR_DIGIT_TABLE = (() => {
  const table = new Uint8Array(0x3000);
  for (let c = 0; c < table.length; c++) table[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
})();
const isLetterOrDigit = (ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  return code < 0x3000 ? LETTER_OR_DIGIT_TABLE[code] === 1 : LETTER_OR_DIGIT.test(ch);
};
/** Case of every UTF-16 code unit met so far: 0 unknown yet, else 1 + UPPER and/or LOWER. */
const CASES = new Uint8Array(65536);
const UPPER = 2;
const LOWER = 4;
function caseBits(ch: string): number {
  const code = ch.charCodeAt(0);
  let bits = CASES[code];
  if (bits === 0) {
    const upper = ch !== ch.toLowerCase() && ch === ch.toUpperCase();
    const lower = ch !== ch.toUpperCase() && ch === ch.toLowerCase();
    bits = CASES[code] = 1 + (upper ? UPPER : 0) + (lower ? LOWER : 0);
  }
  return bits;
}
/** `ch` (one UTF-16 code unit) is an upper-case letter: it changes when lower-cased, not when upper-cased. */
const isUpper = (ch: string | undefined): boolean => ch !== undefined && (caseBits(ch) & UPPER) !== 0;
const isLower = (ch: string | undefined): boolean => ch !== undefined && (caseBits(ch) & LOWER) !== 0;

export class GazetteerMatcher {
  private readonly byKey = new Map<string, LexEntry[]>();
  private readonly automaton: KeywordAutomaton;
  /** The entries of each automaton keyword, by keyword index. */
  private readonly entriesByKeyword: LexEntry[][];
  /** Their forms without whitespace, in the same order (for the exact-case comparison). */
  private readonly squeezedFormsByKeyword: string[][];
  /** Function words that may be glued in front of a match (`lesecrétaire`, `dumonde`), folded. */
  private readonly gluePrefixes: Set<string>;

  constructor(entries: LexEntry[], gluePrefixes: Iterable<string> = []) {
    for (const entry of entries) {
      const key = squeezeKey(entry.form);
      if (!key) continue;
      const list = this.byKey.get(key);
      if (list) {
        if (!list.some((e) => e.kind === entry.kind && e.id === entry.id && e.caseRule === entry.caseRule)) list.push(entry);
      } else this.byKey.set(key, [entry]);
    }
    this.automaton = new KeywordAutomaton([...this.byKey.keys()].sort());
    this.entriesByKeyword = this.automaton.keywords.map((k) => this.byKey.get(k)!);
    this.squeezedFormsByKeyword = this.entriesByKeyword.map((list) => list.map((e) => e.form.replace(/\s+/g, '')));
    this.gluePrefixes = new Set([...gluePrefixes].map(squeezeKey));
  }

  /** Every entry, in a stable order. */
  entries(): LexEntry[] {
    return [...this.byKey.keys()].sort().flatMap((k) => this.byKey.get(k)!);
  }

  /** Entries listed under the folded form of `value`. */
  lookup(value: string): LexEntry[] {
    return this.byKey.get(squeezeKey(value)) ?? [];
  }

  /**
   * Every acceptable match in `text`, overlapping ones included, sorted by start then longest first. The folded text
   * (`buildMatchText`) is matched as it is folded, unless given.
   */
  scan(text: string, folded?: MatchText): LexMatch[] {
    const raw: LexMatch[] = [];
    const offsets = folded ? folded.offsets : offsetsScratch.take(text.length);
    const onHit = (begin: number, hitEnd: number, keyword: number): void => {
      const length = hitEnd - begin;
      const start = offsets[begin];
      const end = offsets[hitEnd - 1] + 1;
      // Only whitespace is squeezed out, so the surface has some exactly when it is longer than the keyword.
      const hasSpace = end - start !== length;
      let surface: string | undefined;
      const entries = this.entriesByKeyword[keyword];
      for (let e = 0; e < entries.length; e++) {
        const entry = entries[e];
        if (!entry.multiword && hasSpace) continue;
        if (!caseAccepts(entry, this.squeezedFormsByKeyword[keyword][e], text, start, end, offsets, begin, length)) continue;
        if (entry.needsHyphen && text[end] !== '-' && text[end] !== '–') continue;
        raw.push({ entry, start, end, text: surface ??= text.slice(start, end) });
      }
    };
    if (folded) this.automaton.forEachMatch(folded.squeezed, onHit);
    else this.automaton.forEachMatchFolded(text, offsets, onHit);
    // Where matches start and end, asked only about matches glued to a word: made on the first such question.
    let starts: Set<number> | undefined, ends: Set<number> | undefined;
    const startsAt = (offset: number) => (starts ??= new Set(raw.map((m) => m.start))).has(offset);
    const endsAt = (offset: number) => (ends ??= new Set(raw.map((m) => m.end))).has(offset);
    const accepted = raw.filter((m) => this.leftOk(text, m.start, endsAt) && (this.rightOk(text, m.end, startsAt) || m.entry.needsHyphen));
    return accepted.sort((a, b) => a.start - b.start || b.end - a.end || compareCodeUnits(a.entry.kind, b.entry.kind)
      || compareCodeUnits(a.entry.id, b.entry.id));
  }

  /**
   * The folded, space-free form of `text` that `scan` matches on, built anew: `scan` folds as it matches and keeps
   * nothing, as few documents ask for the folded text again.
   */
  foldedText(text: string): MatchText {
    return buildMatchText(text);
  }

  private leftOk(text: string, start: number, endsAt: (offset: number) => boolean): boolean {
    const before = text[start - 1];
    if (!isLetterOrDigit(before)) return true;
    if (isLower(before) && isUpper(text[start])) return true;
    if (endsAt(start)) return true;
    let i = start;
    while (i > 0 && /\p{L}/u.test(text[i - 1])) i--;
    if (i > 0 && /['’]/.test(text[i - 1])) return false;
    return this.gluePrefixes.has(squeezeKey(text.slice(i, start)));
  }

  private rightOk(text: string, end: number, startsAt: (offset: number) => boolean): boolean {
    const after = text[end];
    if (!isLetterOrDigit(after)) return true;
    if (isLower(text[end - 1]) && isUpper(after)) return true;
    return startsAt(end);
  }
}

function compareCodeUnits(x: string, y: string): number {
  return x < y ? -1 : x > y ? 1 : 0;
}

const STARTS_WITH_NUMBER = /^\p{N}/u;

/**
 * Whether the text's cases suit the entry, for a match on [start, end) whose `length` non-space characters sit at
 * `offsets[begin..]`: read in place, so no surface string is built for the many matches that fail. `form` is the
 * entry's form without whitespace.
 */
function caseAccepts(entry: LexEntry, form: string, text: string, start: number, end: number, offsets: Int32Array, begin: number,
  length: number): boolean {
  if (entry.caseRule === 'any') return true;
  if (entry.caseRule === 'capital') return isUpper(text[start]) || STARTS_WITH_NUMBER.test(text.slice(start, Math.min(end, start + 2)));
  // The surface without its whitespace must be the form (without its own).
  if (form.length !== length) return false;
  for (let j = 0; j < length; j++) if (text.charCodeAt(offsets[begin + j]) !== form.charCodeAt(j)) return false;
  return true;
}

const takenScratch = new ScratchArray((n) => new Uint8Array(n));
/** Offsets of the folded characters of the text `scan` folds as it matches. */
const offsetsScratch = new ScratchArray((n) => new Int32Array(n));

/** Keeps the longest of overlapping matches, leftmost first (ties: the order `scan` gave). */
export function selectLongest(matches: LexMatch[]): LexMatch[] {
  // Indexes sorted rather than wrapper objects: longest first, then leftmost, then the order given.
  const order = matches.map((_, i) => i).sort((i, j) => {
    const a = matches[i], b = matches[j];
    return (b.end - b.start) - (a.end - a.start) || a.start - b.start || i - j;
  });
  // Offsets already covered, as a flat mask (a Set of every covered offset cost more than the rest of the function).
  let maxEnd = 0;
  for (const m of matches) if (m.end > maxEnd) maxEnd = m.end;
  const taken = takenScratch.take(maxEnd);
  const chosen: LexMatch[] = [];
  for (const i of order) {
    const m = matches[i];
    let free = true;
    for (let k = m.start; k < m.end && free; k++) if (taken[k] === 1) free = false;
    if (!free) continue;
    taken.fill(1, m.start, m.end);
    chosen.push(m);
  }
  return chosen.sort((a, b) => a.start - b.start);
}
