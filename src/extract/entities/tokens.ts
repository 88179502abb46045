// Word tokens of a document for the entity rules: elisions apart (l', d'), glued capitals split (HoàngXuân → Hoàng Xuân).

import type { Doc } from '../../model/document.js';
import { foldName } from '../../lang/fold.js';
import { FNV_SEED, fnvStep, sameCodeUnitsAt } from '../../lang/code-points.js';
import type { OrganisationWord } from '../../gazetteer/index.js';

export interface WordToken {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** Folded form (`foldName`). */
  readonly folded: string;
  readonly sentence: number;
  /** First character is a capital letter. */
  readonly cap: boolean;
  /** Two or more letters, all capitals (acronym-like). */
  readonly allCaps: boolean;
  /** An elided article or preposition (`l'`, `d'`, `qu'`). */
  readonly elision: boolean;
  /** Characters between the previous token and this one (spaces, punctuation). */
  readonly gapBefore: string;
  /** What the rules remember about the word, shared by every token of the same text. */
  readonly word: WordInfo;
}

/**
 * Answers about one distinct word that a rule works out once and keeps on the word, for all its tokens (in this and
 * later documents, as long as the word table keeps the word). Each answer records the data it was computed from.
 */
export interface WordInfo {
  /** The organisation words (`gazetteers.organisationWords`) `startsOrganisationWord` was answered for. */
  organisationWordsSeen: object | undefined;
  /** The word, lower-cased, is the first word of an organisation word. */
  startsOrganisationWord: boolean;
  /** The organisation word this word is on its own, if any. */
  oneWordHead: OrganisationWord | undefined;
  /** The word may start an organisation word of two words. */
  startsTwoWordHead: boolean;
}

function newWordInfo(): WordInfo {
  return { organisationWordsSeen: undefined, startsOrganisationWord: false, oneWordHead: undefined, startsTwoWordHead: false };
}

/** What a token's fields take from its text alone. */
interface WordShape {
  text: string;
  info: WordInfo;
  folded: string;
  cap: boolean;
  allCaps: boolean;
  elision: boolean;
  /** Where a glued word splits into tokens (`HoàngXuân`), usually none. */
  cuts: number[];
}
const TWO_CAPITALS = /\p{Lu}.*\p{Lu}/u;

function computeShape(word: string): WordShape {
  const first = word[0];
  const cap = first !== first.toLowerCase() && first === first.toUpperCase();
  const last = word[word.length - 1];
  const elision = last === "'" || last === '’';
  return {
    text: word, info: newWordInfo(), folded: foldName(word), cap,
    allCaps: cap && word.length >= 2 && word === word.toUpperCase() && TWO_CAPITALS.test(word),
    elision, cuts: elision || !hasInnerCapital(word) ? NO_CUTS : splitGlued(word),
  };
}

/**
 * Distinct words met so far, as their shapes (a shape's text is its key), in an open-addressing table looked up by the
 * characters in the text: a token finds its word without slicing a new string, and every cache later keyed by the
 * token's text gets a string whose hash is already computed. The table starts small (it stays in the processor's
 * cache), doubles when half full, and is emptied at WORD_TABLE_MAX slots, so memory stays flat over any number of
 * articles.
 */
const WORD_TABLE_MIN = 1 << 12;
const WORD_TABLE_MAX = 1 << 17;
let wordShapes: Array<WordShape | undefined> = new Array(WORD_TABLE_MIN).fill(undefined);
let wordHashes = new Int32Array(WORD_TABLE_MIN);
let wordCount = 0;

/** Rebuilds the word table with `size` slots, keeping its words when it grows, none when it shrinks back. */
function resizeWordTable(size: number): void {
  const [shapes, hashes] = [wordShapes, wordHashes];
  wordShapes = new Array(size).fill(undefined);
  wordHashes = new Int32Array(size);
  wordCount = 0;
  if (size < shapes.length) return;
  const mask = size - 1;
  for (let old = 0; old < shapes.length; old++) {
    if (shapes[old] === undefined) continue;
    let slot = hashes[old] & mask;
    while (wordShapes[slot] !== undefined) slot = (slot + 1) & mask;
    wordShapes[slot] = shapes[old];
    wordHashes[slot] = hashes[old];
    wordCount++;
  }
}

function hashOf(text: string, start: number, end: number): number {
  let hash = FNV_SEED;
  for (let i = start; i < end; i++) hash = fnvStep(hash, text.charCodeAt(i));
  return hash;
}

/** Slot of the word text[start, end), whose hash is `hash` (`hashOf`), in the word table, added if new. */
function internWord(text: string, start: number, end: number, hash = hashOf(text, start, end)): number {
  const length = end - start;
  const mask = wordShapes.length - 1;
  for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
    const shape = wordShapes[slot];
    if (shape === undefined) {
      if (wordCount >= wordShapes.length / 2) {
        resizeWordTable(wordShapes.length < WORD_TABLE_MAX ? wordShapes.length * 2 : WORD_TABLE_MIN);
        return internWord(text, start, end, hash);
      }
      wordShapes[slot] = computeShape(text.slice(start, end));
      wordHashes[slot] = hash;
      wordCount++;
      return slot;
    }
    if (wordHashes[slot] === hash && shape.text.length === length && sameCodeUnitsAt(shape.text, text, start)) return slot;
  }
}

const INNER_CAPITAL = /.\p{Lu}/u;
/** 1 for the upper-case letters (\p{Lu}) below U+3000, so most words are checked without running INNER_CAPITAL. */
const UPPER_TABLE = (() => {
  const table = new Uint8Array(0x3000);
  for (let c = 0; c < table.length; c++) table[c] = /\p{Lu}/u.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
})();

/** INNER_CAPITAL.test(word), answered from UPPER_TABLE unless the word has a character at or above U+3000. */
function hasInnerCapital(word: string): boolean {
  if (word.charCodeAt(0) >= 0x3000) return INNER_CAPITAL.test(word);
  for (let i = 1; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x3000) return INNER_CAPITAL.test(word);
    if (UPPER_TABLE[code] === 1) return true;
  }
  return false;
}
const NO_CUTS: number[] = [];

export const WORD = /(?:qu|[cdjlmnst])['’](?=\p{L})|[\p{L}\p{M}\p{N}]+(?:[-‐.][\p{L}\p{M}\p{N}]+)*/giu;

/** Splits `HoàngXuân` at a lower-to-upper change (not after `Mc`/`Mac`, not inside acronyms like `ADMMPlus`). */
function splitGlued(text: string): number[] {
  const cuts: number[] = [];
  for (let i = 1; i < text.length; i++) {
    const a = text[i - 1], b = text[i];
    const lowerA = a !== a.toUpperCase() && a === a.toLowerCase();
    const upperB = b !== b.toLowerCase() && b === b.toUpperCase();
    if (!lowerA || !upperB) continue;
    const left = text.slice(0, i).split(/[-.]/).pop() ?? '';
    if (/^(Mc|Mac|O)$/.test(left) || /^[a-z]$/.test(left)) continue;
    cuts.push(i);
  }
  return cuts;
}

/** Tables of WORD's character classes (same flags) below U+3000, where the scan below can read them directly. */
const classTable = (re: RegExp): Uint8Array => {
  const table = new Uint8Array(0x3000);
  for (let c = 0; c < table.length; c++) table[c] = re.test(String.fromCharCode(c)) ? 1 : 0;
  return table;
};
const WORD_CHAR_TABLE = classTable(/^[\p{L}\p{M}\p{N}]$/iu);
/** `-`, `‐` or `.`: joins two runs of word characters into one word. */
const isJoiner = (code: number): boolean => code === 0x2d || code === 0x2010 || code === 0x2e;
const isApostrophe = (code: number): boolean => code === 0x27 || code === 0x2019;
/** ELISION has an apostrophe second (`l'`) or, after `qu`, third: other words need not try it. */
const mayStartElision = (text: string, start: number): boolean => {
  const second = text.charCodeAt(start + 1);
  return isApostrophe(second) || ((second === 0x75 || second === 0x55) && isApostrophe(text.charCodeAt(start + 2)));
};
/** WORD's first branch, tried where a word starts. */
const ELISION = /(?:qu|[cdjlmnst])['’](?=\p{L})/iuy;
const BEYOND_TABLE = /[\u3000-\uffff]/;

/**
 * The [start, end) spans WORD matches in `text`, in order. Why not `matchAll(WORD)`: a Unicode-aware, case-insensitive
 * alternation is slow to run at every offset. Below U+3000 the same spans come from a table scan: a match starts at
 * the first word character (WORD's elision branch only starts on a letter), ELISION is tried there first, as in
 * WORD, else the word runs on over word characters and joiners followed by one. Text with characters beyond the
 * table (CJK, surrogate pairs) takes WORD itself.
 */
export function* wordSpans(text: string): Generator<[number, number]> {
  const spans: Array<[number, number]> = [];
  forEachWordSpan(text, (start, end) => spans.push([start, end]));
  yield* spans;
}

/**
 * Calls `onSpan` with each of the [start, end) spans of `wordSpans`, in order, without building them, and with the
 * span's hash (`hashOf`), worked out while the scan reads the characters anyway.
 */
function forEachWordSpan(text: string, onSpan: (start: number, end: number, hash: number) => void): void {
  if (BEYOND_TABLE.test(text)) {
    for (const m of text.matchAll(WORD)) {
      const start = m.index ?? 0;
      onSpan(start, start + m[0].length, hashOf(text, start, start + m[0].length));
    }
    return;
  }
  const n = text.length;
  let i = 0;
  while (i < n) {
    let code = text.charCodeAt(i);
    if (WORD_CHAR_TABLE[code] !== 1) { i++; continue; }
    const start = i;
    const elision = mayStartElision(text, start) ? (ELISION.lastIndex = start, ELISION.exec(text)) : null;
    if (elision) {
      i = start + elision[0].length;
      onSpan(start, i, hashOf(text, start, i));
      continue;
    }
    let hash = fnvStep(FNV_SEED, code);
    i++;
    while (i < n && WORD_CHAR_TABLE[code = text.charCodeAt(i)] === 1) { hash = fnvStep(hash, code); i++; }
    while (i + 1 < n && isJoiner(code = text.charCodeAt(i)) && WORD_CHAR_TABLE[text.charCodeAt(i + 1)] === 1) {
      hash = fnvStep(hash, code);
      i++;
      while (i < n && WORD_CHAR_TABLE[code = text.charCodeAt(i)] === 1) { hash = fnvStep(hash, code); i++; }
    }
    onSpan(start, i, hash);
  }
}

/** text[from, to): most gaps are one space or nothing, given as constants (no new string in two-byte texts). */
function gapBetween(text: string, from: number, to: number): string {
  if (to === from) return '';
  if (to === from + 1 && text.charCodeAt(from) === 0x20) return ' ';
  return text.slice(from, to);
}

/** Tokens of `doc.text`, each with its sentence index. */
export function tokenize(doc: Doc): WordToken[] {
  const builder = new TokenBuilder(doc);
  forEachWordSpan(doc.text, (start, end, hash) => builder.addWord(start, end, hash));
  return builder.tokens;
}

/**
 * A token: where it is, and its word's shape, shared with every token of the same text, for the rest. Half the
 * fields of a flat object: tokens are the most numerous objects the stage makes.
 */
class Token implements WordToken {
  constructor(readonly index: number, readonly start: number, readonly end: number, readonly sentence: number,
    readonly gapBefore: string, private readonly shape: WordShape) {}

  get text(): string { return this.shape.text; }
  get folded(): string { return this.shape.folded; }
  get cap(): boolean { return this.shape.cap; }
  get allCaps(): boolean { return this.shape.allCaps; }
  get elision(): boolean { return this.shape.elision; }
  get word(): WordInfo { return this.shape.info; }
}

/** Builds the tokens of one document, word span by word span, in text order. */
class TokenBuilder {
  readonly tokens: WordToken[] = [];
  private readonly text: string;
  private previousEnd = 0;
  /** Index in `doc.sentences` of the sentence of the last token: tokens come in text order, so it only moves forward. */
  private current = 0;

  constructor(private readonly doc: Doc) {
    this.text = doc.text;
  }

  /** Adds the word text[start, end), split where it is glued (`HoàngXuân`). */
  addWord(start: number, end: number, hash: number): void {
    const slot = internWord(this.text, start, end, hash);
    const cuts = wordShapes[slot]!.cuts;
    if (cuts.length === 0) { this.push(start, end, slot); return; }
    let from = 0;
    for (const cut of cuts) {
      this.push(start + from, start + cut, internWord(this.text, start + from, start + cut));
      from = cut;
    }
    this.push(start + from, end, internWord(this.text, start + from, end));
  }

  private push(start: number, end: number, slot: number): void {
    const gap = gapBetween(this.text, this.previousEnd, start);
    this.tokens.push(new Token(this.tokens.length, start, end, this.sentenceOf(start), gap, wordShapes[slot]!));
    this.previousEnd = end;
  }

  private sentenceOf(offset: number): number {
    const sentences = this.doc.sentences;
    while (this.current + 1 < sentences.length && sentences[this.current + 1].start <= offset) this.current++;
    return sentences[this.current]?.index ?? 0;
  }
}
