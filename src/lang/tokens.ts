// Splits a French sentence into tokens with offsets: numbers like "4,6" and "2021-2023", hyphenated words like
// "États-Unis", elided articles ("l'", "d'") apart, abbreviations with their full stop ("M.", "Mme").

import type { Token } from '../model/document.js';
import { readTextTable } from './text-tables.js';

const TOKEN = new RegExp([
  String.raw`\d{4}\s?[-–]\s?\d{4}`, // year ranges 2021-2023
  String.raw`\d+(?:[\u00a0\u202f ]\d{3})*(?:[,.]\d+)?(?:e|er|re|ère|ème|es|ᵉ)?(?![\p{L}])`, // 4,6 · 36 000 · 16e
  String.raw`(?:jusqu|lorsqu|puisqu|quoiqu|qu|[ldjmnstc])['’](?=\p{L})`, // elided words
  String.raw`aujourd['’]hui|quelqu['’]une?|presqu['’]île`,
  String.raw`[\p{L}\p{M}\d]+(?:[-'’][\p{L}\p{M}\d]+)*\.?`, // words (the full stop is kept only for abbreviations)
  String.raw`\.{3}|…|«|»|[^\s\u00a0\u202f]`,
].join('|'), 'giu');

let abbreviations: Set<string> | undefined;

export function tokenize(text: string, start = 0, end = text.length, sentence = 0): Token[] {
  abbreviations ??= new Set(readTextTable('abbreviations.tsv', ['abbr', 'kind', 'source']).map((r) => r.abbr));
  const out: Token[] = [];
  const slice = text.slice(start, end);
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice))) {
    let value = m[0];
    if (value.length > 1 && value.endsWith('.') && !abbreviations.has(value.slice(0, -1)) && !/^\p{Lu}\.$/u.test(value)) {
      value = value.slice(0, -1);
      TOKEN.lastIndex = m.index + value.length;
    }
    out.push({ start: start + m.index, end: start + m.index + value.length, text: value, sentence });
  }
  return out;
}
