// Splits French text into sentences: line breaks always end one; full stops after M., Mme, Dr, St or an initial do not.

import { readTextTable } from './text-tables.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

let abbreviations: Set<string> | undefined;

/** Abbreviations after which a full stop never ends a sentence (titles and place words, gazetteers/abbreviations.tsv). */
function loadAbbreviations(): Set<string> {
  abbreviations ??= new Set(readTextTable('abbreviations.tsv', ['abbr', 'kind', 'source'])
    .filter((r) => r.kind === 'title' || r.kind === 'place').map((r) => r.abbr));
  return abbreviations;
}

/** A terminator, optional closing quotes or brackets (French « oui. » spaced included), then white space (NBSP included). */
const TERMINATOR = /[.!?…]+(?:[\s\u00a0\u202f]?»)?[»"”’)\]]*(?=[\s\u00a0\u202f]|$)/gu;
const SPACE = /[\s\u00a0\u202f]/u;
/** What may open a sentence. */
const OPENER = /[\p{Lu}\d«"“(\[—–-]/u;

/**
 * Sentence spans over `text` (end exclusive, trimmed of white space). Spans in `skip` (a dateline) are left out.
 * Each line is split on its own, so titles and captions without a final full stop stay separate sentences.
 */
export function splitSentences(text: string, skip: SentenceSpan[] = []): SentenceSpan[] {
  return splitUpTo(text, skip, Infinity);
}

/** `splitSentences(text)[0]`, without splitting the rest of the text. */
export function firstSentence(text: string): SentenceSpan | undefined {
  return splitUpTo(text, [], 1)[0];
}

/** The first `limit` sentence spans (all of them for Infinity): spans come in text order, so the search stops there. */
function splitUpTo(text: string, skip: SentenceSpan[], limit: number): SentenceSpan[] {
  const abbr = loadAbbreviations();
  const out: SentenceSpan[] = [];
  let lineStart = 0;
  while (lineStart <= text.length && out.length < limit) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    let start = lineStart;
    for (const s of skip) if (s.start <= start && s.end > start && s.end <= lineEnd) start = s.end;
    splitLine(text, start, lineEnd, abbr, out, limit);
    lineStart = lineEnd + 1;
  }
  return out;
}

function splitLine(text: string, from: number, to: number, abbr: Set<string>, out: SentenceSpan[], limit: number): void {
  const line = text.slice(from, to);
  let start = 0;
  TERMINATOR.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (out.length < limit && (m = TERMINATOR.exec(line))) {
    const end = m.index + m[0].length;
    let next = end;
    while (next < line.length && SPACE.test(line[next])) next++;
    if (next >= line.length) break;
    if (!OPENER.test(line[next])) continue;
    if (m[0][0] === '.' && m[0].length === 1 && isAbbreviationBefore(line, m.index, abbr)) continue;
    push(text, from + start, from + end, out);
    start = end;
  }
  if (out.length < limit) push(text, from + start, to, out);
}

/** The word before a full stop is a title abbreviation (`M.`) or a single capital initial (`J.`). */
function isAbbreviationBefore(line: string, dot: number, abbr: Set<string>): boolean {
  const word = /[\p{L}.°]+$/u.exec(line.slice(Math.max(0, dot - 12), dot))?.[0] ?? '';
  if (!word) return false;
  if (abbr.has(word)) return true;
  return /^\p{Lu}$/u.test(word) || /^(?:\p{Lu}\.)+\p{Lu}$/u.test(word);
}

function push(text: string, start: number, end: number, out: SentenceSpan[]): void {
  while (start < end && /[\s\u00a0\u202f]/u.test(text[start])) start++;
  while (end > start && /[\s\u00a0\u202f]/u.test(text[end - 1])) end--;
  if (end > start) out.push({ start, end });
}
