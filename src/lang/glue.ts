// Finds words glued together by lost line breaks ("duJapon", "lesministères", "del'Asie") and where to put the space back.

import { loadLexicon, type Lexicon } from './lexicon.js';

/** Elided words that legitimately end in an apostrophe (l', qu', jusqu'...): never split before the apostrophe. */
const ELIDED = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'quelqu', 'presqu', 'aujourd']);
/** Endings that can be an elided word glued to the word before ("del'" → "de l'"), longest first. */
const ELISION_ENDINGS = ['qu', 'l', 'd', 's', 'n', 'c', 'j', 'm', 't'];

const WORD_RUN = /[\p{L}\p{M}\d]+/gu;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const MISSING_SPACE = /(?<=\p{L})[,;](?=\p{L})|(?<=\p{Ll}{2})\((?=\p{Lu})/gu;
const ORDINAL_GLUE = /^(\d+(?:e|er|re|ère|ème|es|ᵉ))(\p{L}+)$/u;

/**
 * Offsets in `text` where a space must be inserted to unglue words, sorted ascending.
 * One pass over the word runs; only runs unknown to the lexicon go further, so the cost stays linear.
 */
export function findGlueBreaks(text: string): number[] {
  const lex = loadLexicon();
  const breaks: number[] = [];
  WORD_RUN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD_RUN.exec(text))) {
    const run = m[0];
    const start = m.index;
    const next = text.charCodeAt(start + run.length);
    const apostropheFollows = (next === 0x27 || next === 0x2019) && /\p{L}/u.test(text.charAt(start + run.length + 1));
    for (const cut of splitRun(run, lex, apostropheFollows)) breaks.push(start + cut);
  }
  // Lost spaces around punctuation: "l’ASEAN,le Vietnam", "de défense(JASMINE)".
  MISSING_SPACE.lastIndex = 0;
  let added = false;
  while ((m = MISSING_SPACE.exec(text))) {
    breaks.push(m.index + (m[0] === '(' ? 0 : 1));
    added = true;
  }
  return added ? breaks.sort((a, b) => a - b) : breaks;
}

/** The token with glued words separated by spaces (for tests and reports). */
export function repairGlue(text: string): string {
  const breaks = findGlueBreaks(text);
  let out = '';
  let last = 0;
  for (const b of breaks) { out += text.slice(last, b) + ' '; last = b; }
  return out + text.slice(last);
}

/** Cut positions inside one run of letters and digits. */
function splitRun(run: string, lex: Lexicon, apostropheFollows: boolean): number[] {
  if (run.length < 3 || lex.keepTokens.has(run)) return [];
  if (apostropheFollows) {
    // "del'Asie", "reçul'ambassadeur": the run ends with an elided article glued to the word before.
    const lower = run.toLowerCase();
    if (!ELIDED.has(lower) && !isKnown(run, lex)) {
      for (const ending of ELISION_ENDINGS) {
        if (!lower.endsWith(ending)) continue;
        const head = run.slice(0, run.length - ending.length);
        if (isPart(head, lex, false)) return [...splitRun(head, lex, false), head.length];
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
 * "duJapon"), and an acronym followed by a function word ("CSCAPet"). Not after a name prefix ("McDonald") nor
 * after an unknown lower-case start ("iPhone").
 */
function caseBoundaries(run: string, lex: Lexicon): number[] {
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
  if (piece.length < 3 || isKnown(piece, lex) || !/^\p{Lu}?\p{Ll}+$/u.test(piece)) return [];
  const capitalised = UPPER.test(piece[0]);
  let best: { cuts: number[]; score: number } | undefined;
  const consider = (cuts: number[]) => {
    const parts = cuts.map((c, i) => piece.slice(i === 0 ? 0 : cuts[i - 1], c)).concat(piece.slice(cuts[cuts.length - 1]));
    if (!parts.every((p, i) => isPart(p, lex, capitalised && i === 0, capitalised))) return;
    // A capital then an article or preposition is how French surnames are built: Dupont, Lemaire, Laporte, Desmarais.
    if (capitalised && lex.nameParticles.has(parts[0].toLowerCase())) return;
    const functionCount = parts.filter((p) => lex.functionWords.has(p.toLowerCase())).length;
    if (piece.length < 4 && functionCount < parts.length) return;
    // Three content words out of one unknown token is more often a rare word ("centrafricaine") than glue.
    if (parts.length === 3 && functionCount < 2) return;
    // Fewer parts first, then more grammatical words ("que les" over "quel es"), then the longest part.
    const score = -parts.length * 1000 + functionCount * 100 + Math.max(...parts.map((p) => p.length));
    if (!best || score > best.score) best = { cuts, score };
  };
  for (let i = 1; i < piece.length; i++) consider([i]);
  if (!best && piece.length >= 6) {
    for (let i = 1; i < piece.length - 1; i++) {
      if (!isPart(piece.slice(0, i), lex, capitalised, capitalised)) continue;
      for (let j = i + 1; j < piece.length; j++) consider([i, j]);
    }
  }
  return best ? best.cuts : [];
}

/**
 * Can `part` stand as one word of a split? It must be known; one- and two-letter parts must be grammatical words.
 * In a capitalised token (a possible proper name such as "Gaza", "Cebu", "Rubio") the parts must be longer still.
 */
function isPart(part: string, lex: Lexicon, first: boolean, capitalised = false): boolean {
  const lower = part.toLowerCase();
  const isFunction = lex.functionWords.has(lower);
  if (!isFunction && !isKnown(part, lex)) return false;
  if (isFunction) return true;
  if (capitalised) return part.length >= (first ? 4 : 3);
  return part.length >= 3;
}

/** Known as written, in lower case, or with the unaccented capital E read as É ("Etat" → "état"). */
function isKnown(word: string, lex: Lexicon): boolean {
  const lower = word.toLowerCase();
  if (lex.words.has(lower)) return true;
  // The list spells the ligatures out ("oeuvre").
  if (/[œæ]/.test(lower) && lex.words.has(lower.replace(/œ/g, 'oe').replace(/æ/g, 'ae'))) return true;
  return word[0] === 'E' && lex.words.has('é' + lower.slice(1));
}
