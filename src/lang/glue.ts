// Finds words glued together by lost line breaks ("duJapon", "lesministères", "del'Asie") and where to put the space back.

import { FNV_SEED, fnvStep, sameCodeUnitsAt } from './code-points.js';
import { loadLexicon, type Lexicon } from './lexicon.js';

/** Elided words that legitimately end in an apostrophe (l', qu', jusqu'...): never split before the apostrophe. */
const ELIDED = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'quelqu', 'presqu', 'aujourd']);
/** Endings that can be an elided word glued to the word before ("del'" → "de l'"), longest first. */
const ELISION_ENDINGS = ['qu', 'l', 'd', 's', 'n', 'c', 'j', 'm', 't'];

const NONE: number[] = [];
const WORD_CHAR = /[\p{L}\p{M}\d]/u;
/** Letters, combining marks and digits below U+3000, precomputed so the scan tests a table, not a regex. */
const WORD_TABLE = (() => {
  const table = new Uint8Array(0x3000);
  for (let c = 0; c < table.length; c++) table[c] = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
})();

const UPPER = /\p{Lu}/u;
const INNER_UPPER = /.\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER = /\p{L}/u;
const ORDINAL_GLUE = /^(\d+(?:e|er|re|ère|ème|es|ᵉ))(\p{L}+)$/u;

/**
 * Offsets in `text` where a space must be inserted to unglue words, sorted ascending.
 * One pass over the word runs; only runs unknown to the lexicon go further, so the cost stays linear.
 */
export function findGlueBreaks(text: string): number[] {
  const lex = loadLexicon();
  const breaks: number[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (!isWordChar(first)) {
      // Met in text order, so the breaks stay sorted: every cut of the runs before lies before it, of those after, after.
      if (first === 0x2c || first === 0x3b || first === 0x28) pushPunctuationBreak(text, i, breaks);
      i++;
      continue;
    }
    const start = i;
    let hash = FNV_SEED;
    let code: number;
    while (i < n && isWordChar(code = text.charCodeAt(i))) { hash = fnvStep(hash, code); i++; }
    if (i - start < 3) continue;
    const next = i < n ? text.charCodeAt(i) : -1; // reading past the end would cost the optimised code a deopt
    const apostropheFollows = (next === 0x27 || next === 0x2019) && i + 1 < n && isWordChar(text.charCodeAt(i + 1));
    // Most runs were met before: answered from the text itself, no string is cut out for them.
    const cuts = (apostropheFollows ? elisionRunCuts : runCuts).get(text, start, i, hash)
      ?? computeRunCuts(text.slice(start, i), lex, apostropheFollows, hash);
    for (let k = 0; k < cuts.length; k++) breaks.push(start + cuts[k]);
  }
  return breaks;
}

/** Lost spaces around punctuation at `at` (a comma, semicolon or opening bracket): "l’ASEAN,le Vietnam", "de défense(JASMINE)". */
function pushPunctuationBreak(text: string, at: number, breaks: number[]): void {
  const before = text.charAt(at - 1);
  const after = text.charAt(at + 1);
  if (text.charCodeAt(at) === 0x28) {
    if (LOWER.test(before) && LOWER.test(text.charAt(at - 2)) && UPPER.test(after)) breaks.push(at);
  } else if (LETTER.test(before) && LETTER.test(after)) {
    breaks.push(at + 1);
  }
}

function isWordChar(code: number): boolean {
  if (code < 0x3000) return WORD_TABLE[code] === 1;
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return WORD_CHAR.test(String.fromCharCode(code));
}

/** The token with glued words separated by spaces (for tests and reports). */
export function repairGlue(text: string): string {
  const breaks = findGlueBreaks(text);
  let out = '';
  let last = 0;
  for (const b of breaks) { out += text.slice(last, b) + ' '; last = b; }
  return out + text.slice(last);
}

/**
 * Cuts of runs (as written) met before, looked up by their place in the text and a hash of their characters, so a
 * run met before (most are: known words, recurring names) costs no string slice and no second hash. Open addressing
 * over a fixed number of slots, emptied when half full: memory stays flat (about 16,000 short runs) on any corpus.
 */
class RunCutTable {
  private static readonly SLOTS = 1 << 15;
  private readonly hashes = new Int32Array(RunCutTable.SLOTS);
  private readonly runs: Array<string | undefined> = new Array(RunCutTable.SLOTS).fill(undefined);
  private readonly cuts: number[][] = new Array(RunCutTable.SLOTS).fill(NONE);
  private count = 0;

  /** The cuts recorded for text[start, end), whose hash is `hash`; undefined when the run was not met. */
  get(text: string, start: number, end: number, hash: number): number[] | undefined {
    const mask = RunCutTable.SLOTS - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const run = this.runs[slot];
      if (run === undefined) return undefined;
      if (this.hashes[slot] === hash && run.length === end - start && sameCodeUnitsAt(run, text, start)) return this.cuts[slot];
    }
  }

  set(run: string, hash: number, cuts: number[]): void {
    if (this.count >= RunCutTable.SLOTS / 2) { this.runs.fill(undefined); this.cuts.fill(NONE); this.count = 0; }
    const mask = RunCutTable.SLOTS - 1;
    let slot = hash & mask;
    while (this.runs[slot] !== undefined && this.runs[slot] !== run) slot = (slot + 1) & mask;
    if (this.runs[slot] === undefined) this.count++;
    this.runs[slot] = run;
    this.hashes[slot] = hash;
    this.cuts[slot] = cuts;
  }
}

const runCuts = new RunCutTable();
/** Runs followed by an apostrophe ("del'Asie") are split by other rules: their cuts are remembered apart. */
const elisionRunCuts = new RunCutTable();

/**
 * Cuts of a run (3 characters or more) not met before, remembered in the table findGlueBreaks looks them up in; `hash`
 * is its FNV-1a hash (`fnvStep`), as findGlueBreaks computes it.
 */
function computeRunCuts(run: string, lex: Lexicon, apostropheFollows: boolean, hash: number): number[] {
  const cuts = splitRun(run, lex, apostropheFollows);
  (apostropheFollows ? elisionRunCuts : runCuts).set(run, hash, cuts);
  return cuts;
}

/** Cut positions inside one run of letters and digits. */
function splitRun(run: string, lex: Lexicon, apostropheFollows: boolean): number[] {
  if (run.length < 3) return NONE;
  // Fast path: most runs are plain known words.
  if (!apostropheFollows && lex.words.has(run.toLowerCase())) return NONE;
  if (lex.keepTokens.has(run)) return NONE;
  if (apostropheFollows) {
    // "del'Asie", "reçul'ambassadeur": the run ends with an elided article glued to the word before.
    const lower = run.toLowerCase();
    if (!ELIDED.has(lower) && !isKnown(run, lex)) {
      for (const ending of ELISION_ENDINGS) {
        if (!lower.endsWith(ending)) continue;
        const head = run.slice(0, run.length - ending.length);
        if (isPart(head.toLowerCase(), lex, false)) return [...splitRun(head, lex, false), head.length];
      }
    }
    return [];
  }
  if (/\d/.test(run)) {
    const ordinal = ORDINAL_GLUE.exec(run);
    return ordinal && isKnown(ordinal[2], lex) ? [ordinal[1].length] : [];
  }
  if (isKnown(run, lex)) return [];
  const cuts: number[] = [];
  let pieceStart = 0;
  for (const boundary of caseBoundaries(run, lex)) {
    cuts.push(...dictionaryCuts(run.slice(pieceStart, boundary), lex).map((c) => c + pieceStart), boundary);
    pieceStart = boundary;
  }
  cuts.push(...dictionaryCuts(run.slice(pieceStart), lex).map((c) => c + pieceStart));
  return cuts;
}

/**
 * Case transitions that mark a lost space: lower→Upper after a capitalised name or a known word ("HoàngXuân",
 * "duJapon"), an acronym followed by a function word ("CSCAPet") or a capitalised word ("VNALes"). Not after a name prefix ("McDonald") nor
 * after an unknown lower-case start ("iPhone").
 */
function caseBoundaries(run: string, lex: Lexicon): number[] {
  if (!INNER_UPPER.test(run)) return NONE;
  const out: number[] = [];
  let pieceStart = 0;
  for (let i = 1; i < run.length; i++) {
    const prev = run[i - 1];
    const cur = run[i];
    if (LOWER.test(prev) && UPPER.test(cur)) {
      const left = run.slice(pieceStart, i);
      if (lex.keepPrefixes.has(left)) continue;
      if (UPPER.test(left[0]) || isKnown(left, lex) || dictionaryCuts(left, lex).length) {
        out.push(i);
        pieceStart = i;
      }
    } else if (UPPER.test(prev) && UPPER.test(cur) && i - pieceStart >= 2 && LOWER.test(run.charAt(i + 1))) {
      // "VNALes": an acronym, then a capitalised French word.
      const word = /^\p{Lu}\p{Ll}+/u.exec(run.slice(i))?.[0];
      if (word && word.length >= 2 && isKnown(word, lex) && /^\p{Lu}+$/u.test(run.slice(pieceStart, i))) {
        out.push(i);
        pieceStart = i;
      }
    } else if (UPPER.test(prev) && LOWER.test(cur) && i - pieceStart >= 3) {
      // "CSCAPet": an upper-case run of two or more, then a lower-case tail that is a grammatical word.
      const tail = /^\p{Ll}+$/u.exec(run.slice(i))?.[0];
      if (tail && tail.length === run.length - i && lex.functionWords.has(tail)) {
        out.push(i);
        return out;
      }
    }
  }
  return out;
}

/** Best split of an unknown piece into two (or three) known words; [] when there is none. */
function dictionaryCuts(piece: string, lex: Lexicon): number[] {
  if (piece.length < 3 || isKnown(piece, lex) || !/^\p{Lu}?\p{Ll}+$/u.test(piece)) return NONE;
  const capitalised = UPPER.test(piece[0]);
  const lower = piece.toLowerCase();
  const n = lower.length;
  let best: number[] = NONE;
  let bestScore = -Infinity;
  const consider = (cuts: number[]) => {
    const parts: string[] = [];
    let from = 0;
    for (const c of cuts) { parts.push(lower.slice(from, c)); from = c; }
    parts.push(lower.slice(from));
    let functionCount = 0;
    let longest = 0;
    for (let i = 0; i < parts.length; i++) {
      if (!isPart(parts[i], lex, capitalised && i === 0, capitalised)) return;
      if (lex.functionWords.has(parts[i])) functionCount++;
      if (parts[i].length > longest) longest = parts[i].length;
    }
    if (n < 4 && functionCount < parts.length) return;
    // Three content words out of one unknown token is more often a rare word ("centrafricaine") than glue.
    if (parts.length === 3 && functionCount < 2) return;
    // A capital then an article or preposition is how French surnames are built: Dupont, Lemaire, Laporte, Desmarais.
    if (capitalised && lex.nameParticles.has(parts[0])) return;
    // A capital glued to a one-letter word ("A rama ne" out of "Aramane") is how unknown names look, not glue.
    if (capitalised && parts[0].length === 1) return;
    // Fewer parts first, then more grammatical words ("que les" over "quel es"), then the longest part.
    const score = -parts.length * 1000 + functionCount * 100 + longest;
    if (score > bestScore) { best = cuts; bestScore = score; }
  };
  for (let i = 1; i < n; i++) consider([i]);
  if (best === NONE && n >= 6) {
    // Three parts need two grammatical words (at most six letters each), so only cuts near those are tried.
    const pairs = new Set<number>();
    for (let i = 1; i <= Math.min(6, n - 2); i++) {
      for (let j = i + 1; j <= Math.min(i + 6, n - 1); j++) pairs.add(i * 1000 + j);
      for (let j = Math.max(i + 1, n - 6); j < n; j++) pairs.add(i * 1000 + j);
    }
    for (let j = Math.max(2, n - 6); j < n; j++) for (let i = Math.max(1, j - 6); i < j; i++) pairs.add(i * 1000 + j);
    for (const key of pairs) consider([Math.floor(key / 1000), key % 1000]);
  }
  return best;
}

/**
 * Can `part` stand as one word of a split? It must be known; one- and two-letter parts must be grammatical words.
 * In a capitalised token (a possible proper name such as "Gaza", "Cebu", "Rubio") the parts must be longer still.
 */
function isPart(part: string, lex: Lexicon, first: boolean, capitalised = false): boolean {
  if (lex.functionWords.has(part)) return true;
  if (part.length < 3 || !isKnown(part, lex)) return false;
  return !capitalised || part.length >= (first ? 4 : 3);
}

/** Known as written, in lower case, or with the unaccented capital E read as É ("Etat" → "état"). */
function isKnown(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  if (lex.words.has(lower)) return true;
  // The list spells the ligatures out ("oeuvre").
  if (/[œæ]/.test(lower) && lex.words.has(lower.replace(/œ/g, 'oe').replace(/æ/g, 'ae'))) return true;
  return word[0] === 'E' && lex.words.has('é' + lower.slice(1));
}
