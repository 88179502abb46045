// The French word list the text tools share: an-array-of-french-words plus our additions, loaded once into Sets.

import { createRequire } from 'node:module';
import { readTextTable } from './text-tables.js';

export interface Lexicon {
  /** Lower-case French words (inflected forms included). */
  words: Set<string>;
  /** Lower-case grammatical words (articles, prepositions, pronouns, auxiliaries). */
  functionWords: Set<string>;
  /** Articles, contractions and prepositions: the particles French surnames start with (Dupont, Lemaire, Laporte). */
  nameParticles: Set<string>;
  /** Tokens never split, as written. */
  keepTokens: Set<string>;
  /** Capitalised name prefixes that join the next capital (`Mc` in McDonald). */
  keepPrefixes: Set<string>;
}

let lexicon: Lexicon | undefined;

/**
 * Why an-array-of-french-words: it is installed, MIT-licensed, ~336,000 lower-case inflected forms derived from the
 * Letterpress list, and loads as one JSON array (no affix expansion as a Hunspell .dic would need); Debian's
 * `wfrench` would need an apt package at run time. Inflected forms matter: glued tokens are mostly
 * article + inflected noun or verb ("lesministères", "ledéploiement").
 */
export function loadLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const require = createRequire(import.meta.url);
  const list = require('an-array-of-french-words') as string[];
  const words = new Set<string>(list);
  for (const row of readTextTable('text-lexicon-extra.tsv', ['word', 'source'])) words.add(row.word.toLowerCase());
  const functionRows = readTextTable('text-function-words.tsv', ['word', 'kind', 'source']);
  const functionWords = new Set(functionRows.map((r) => r.word));
  const nameParticles = new Set(functionRows.filter((r) => ['article', 'contraction', 'preposition'].includes(r.kind)).map((r) => r.word));
  for (const w of functionWords) words.add(w);
  const keep = readTextTable('text-glue-keep.tsv', ['kind', 'value', 'source']);
  lexicon = {
    words,
    functionWords,
    nameParticles,
    keepTokens: new Set(keep.filter((r) => r.kind === 'token').map((r) => r.value)),
    keepPrefixes: new Set(keep.filter((r) => r.kind === 'prefix').map((r) => r.value)),
  };
  return lexicon;
}
