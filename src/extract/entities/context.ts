// Per-document scan shared by the entity rules: tokens, gazetteer matches, photo credits, lookups by offset.

import type { Doc } from '../../model/document.js';
import { selectLongest, type EntryKind, type Gazetteers, type LexMatch, type MatchText } from '../../gazetteer/index.js';
import { tokenize, type WordToken } from './tokens.js';
import { isWhitespaceCode } from '../../lang/code-points.js';

export interface ScanContext {
  doc: Doc;
  text: string;
  gazetteers: Gazetteers;
  tokens: WordToken[];
  /** Non-overlapping gazetteer matches, longest first wins. */
  matches: LexMatch[];
  /** Every acceptable match, nested ones included (countries inside organisation names). */
  allMatches: LexMatch[];
  /** Spans of photo credits, datelines' agency and sign-offs: names there are not mentions. */
  credits: Array<{ start: number; end: number }>;
  /** Selected match by the index of the token it starts in (undefined for most tokens). */
  matchByToken: Array<LexMatch | undefined>;
  /** The folded, space-free text the gazetteers match on, once `foldedText` has built it (few documents need it). */
  folded: MatchText | undefined;
  /** 1 for every character inside a credit span. */
  creditMask: Uint8Array;
  /** For every character, 1 + the index in `matches` of the selected match covering it, or 0. */
  matchCover: Int32Array;
}

/** An agency in brackets before a dash, `(VNA) –`: how a dateline ends. */
const AGENCY_BEFORE_DASH_SOURCE = String.raw`\(\s*[A-Z]{2,6}\s*\)(?=\s*[-–—])`;
/** A dateline: at most 80 characters of one line, then the agency. */
const DATELINE_SOURCE = String.raw`[^\n]{0,80}?` + AGENCY_BEFORE_DASH_SOURCE;

const CREDIT_PATTERNS: RegExp[] = [
  /\(?\s*\b(?:Photo|Photos|Source|Crédit)\b[^:\n]{0,30}?:[^\n]*/giu,
  /\bPhoto diffusée par[^\n]*/giu,
  new RegExp(`^${DATELINE_SOURCE}`, 'gmu'),
  // Without the u flag, which changes nothing here (no astral character, no case folding) but slows the search down.
  /[-–—]\s*[A-Z]{2,6}\s*\.?\s*$/gm,
];

/** What every match of CREDIT_PATTERNS[2] contains. */
const AGENCY_BEFORE_DASH = new RegExp(AGENCY_BEFORE_DASH_SOURCE, 'u');

/** CREDIT_PATTERNS[2] without its `^`, tried (sticky) at line starts only instead of being searched for everywhere. */
const DATELINE_AT = new RegExp(DATELINE_SOURCE, 'uy');
/** What ends a line for the `m` flag's `^`. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/g;

/** The matches of CREDIT_PATTERNS[2] in `text`, as `[index, length]`, found as the global search would find them. */
function findDatelines(text: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let resume = 0;
  LINE_TERMINATOR.lastIndex = 0;
  for (let lineStart = 0; lineStart >= 0;) {
    if (lineStart >= resume) {
      DATELINE_AT.lastIndex = lineStart;
      const m = DATELINE_AT.exec(text);
      if (m) {
        out.push([m.index, m[0].length]);
        resume = m.index + m[0].length;
      }
    }
    const terminator = LINE_TERMINATOR.exec(text);
    lineStart = terminator ? terminator.index + 1 : -1;
  }
  return out;
}

/** Spans of credits and agency marks in `text`. */
export function findCredits(text: string): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  // Three plain searches answer what /Photo|Source|Crédit/ would, faster.
  const mayHaveCredit = text.includes('Photo') || text.includes('Source') || text.includes('Crédit');
  // The dateline pattern tries up to 80 characters at every line start; most texts lack its bracketed agency at all.
  const mayHaveDateline = AGENCY_BEFORE_DASH.test(text);
  for (const re of CREDIT_PATTERNS) {
    if (!mayHaveCredit && (re === CREDIT_PATTERNS[0] || re === CREDIT_PATTERNS[1])) continue;
    if (re === CREDIT_PATTERNS[2]) {
      // The span is the agency's brackets: from the last `(` of the match to its end.
      if (mayHaveDateline) {
        for (const [index, length] of findDatelines(text)) spans.push({ start: text.lastIndexOf('(', index + length - 1), end: index + length });
      }
      continue;
    }
    // An exec loop rather than matchAll, which copies the pattern on every call (none of them matches empty text).
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) spans.push({ start: m.index, end: m.index + m[0].length });
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

export function buildScanContext(doc: Doc, gazetteers: Gazetteers): ScanContext {
  const allMatches = gazetteers.matcher.scan(doc.text);
  const tokens = tokenize(doc);
  // The per-character arrays in one buffer: every typed array's memory is a separate (and slow) allocation.
  const n = doc.text.length;
  const masks = new ArrayBuffer(5 * n);
  const ctx: ScanContext = {
    doc, text: doc.text, gazetteers, tokens, allMatches, matches: selectLongest(allMatches),
    folded: undefined,
    credits: findCredits(doc.text), matchByToken: new Array<LexMatch | undefined>(tokens.length).fill(undefined),
    matchCover: new Int32Array(masks, 0, n), creditMask: new Uint8Array(masks, 4 * n, n),
  };
  for (const c of ctx.credits) ctx.creditMask.fill(1, c.start, c.end);
  ctx.matches.forEach((m, i) => ctx.matchCover.fill(i + 1, m.start, m.end));
  for (const m of ctx.matches) {
    const i = tokenAtOrAfter(ctx, m.start);
    if (i < ctx.tokens.length && ctx.matchByToken[i] === undefined) ctx.matchByToken[i] = m;
  }
  return ctx;
}

/** The document's folded, space-free text (`buildMatchText`), made on first use. */
export function foldedText(ctx: ScanContext): MatchText {
  return ctx.folded ??= ctx.gazetteers.matcher.foldedText(ctx.text);
}

/** A gazetteer kind that names a country: the country itself, a demonym, a compound prefix (`sino-`). */
export function isCountryKind(kind: EntryKind): boolean {
  return kind === 'country' || kind === 'demonym' || kind === 'country-prefix';
}

export function inCredit(ctx: ScanContext, start: number, end: number): boolean {
  return end > start && ctx.creditMask[start] === 1 && ctx.creditMask[end - 1] === 1;
}

/** Index of the first token whose end is after `offset` (the token containing or following it). */
export function tokenAtOrAfter(ctx: ScanContext, offset: number): number {
  let lo = 0, hi = ctx.tokens.length - 1, ans = ctx.tokens.length;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].end > offset) { ans = mid; hi = mid - 1; } else lo = mid + 1;
  }
  return ans;
}

/** Index of the last token whose start is before `offset`. */
export function tokenBefore(ctx: ScanContext, offset: number): number {
  let lo = 0, hi = ctx.tokens.length - 1, ans = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.tokens[mid].start < offset) { ans = mid; lo = mid + 1; } else hi = mid - 1;
  }
  return ans;
}

/** The selected match that starts at token `i` (a match glued inside the token counts when it ends the token). */
export function matchStartingAt(ctx: ScanContext, i: number, kinds?: string[]): LexMatch | undefined {
  const m = i >= 0 ? ctx.matchByToken[i] : undefined;
  return m && (!kinds || kinds.includes(m.entry.kind)) ? m : undefined;
}

/** Gap text between tokens i-1 and i contains sentence or clause punctuation. */
export function hasBreakBefore(ctx: ScanContext, i: number, allowed = ''): boolean {
  const gap = ctx.tokens[i]?.gapBefore ?? '';
  // Most gaps are one space (or nothing): no break, whatever `allowed` says.
  if (gap === ' ' || gap === '') return false;
  // Read code unit by code unit: a newline breaks; so does a dash with whitespace in the gap; else any character but
  // whitespace, an apostrophe, `-`, `–` or one of `allowed` (a surrogate half is none of them, as its code point isn't).
  let dash = false, space = false, other = false;
  for (let k = 0; k < gap.length; k++) {
    const code = gap.charCodeAt(k);
    if (code === 0x0a) return true;
    if (code === 0x2d || code === 0x2013 || code === 0x2014) dash = true;
    if (isWhitespaceCode(code)) space = true;
    else if (code !== 0x27 && code !== 0x2019 && code !== 0x2d && code !== 0x2013 && !allowed.includes(gap[k])) other = true;
  }
  return (dash && space) || other;
}

/** Every match (nested ones included) lying inside [start, end), found by binary search on the sorted matches. */
export function matchesWithin(ctx: ScanContext, start: number, end: number): LexMatch[] {
  let lo = 0, hi = ctx.allMatches.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ctx.allMatches[mid].start < start) lo = mid + 1; else hi = mid;
  }
  const out: LexMatch[] = [];
  for (let k = lo; k < ctx.allMatches.length && ctx.allMatches[k].start < end; k++) {
    if (ctx.allMatches[k].end <= end) out.push(ctx.allMatches[k]);
  }
  return out;
}
