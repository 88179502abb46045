// Word classes from fr-compromise, asked once per distinct word: a verb or function word cannot start or extend a name.

import nlp from 'fr-compromise';
import type { Gazetteers } from '../../gazetteer/index.js';

/** Tags per lower-case word; emptied when full so that memory stays flat however many articles go through. */
const cache = new Map<string, Set<string>>();
const CACHE_MAX = 100_000;
const extended = new WeakSet<Gazetteers>();

/**
 * Teaches fr-compromise the gazetteers' one-word entries (offices and ranks are nouns, demonyms adjectives, countries
 * and places proper names), so that its word classes agree with the gazetteers ("japonais" is an adjective, not a
 * noun). Done once per loaded gazetteer set.
 */
export function extendTagger(gazetteers: Gazetteers): void {
  if (extended.has(gazetteers)) return;
  extended.add(gazetteers);
  const words: Record<string, string> = {};
  for (const entry of gazetteers.matcher.entries()) {
    const form = entry.form.toLowerCase();
    if (/[\s.]/.test(form) || form.length < 3) continue;
    const tag = entry.kind === 'office' || entry.kind === 'rank' ? 'Noun'
      : entry.kind === 'demonym' ? 'Adjective'
        : entry.kind === 'country' ? 'Country'
          : entry.kind === 'place' ? 'City' : undefined;
    if (tag && !(form in words)) words[form] = tag;
  }
  nlp.addWords(words);
  cache.clear();
  classCache.clear();
}

/** fr-compromise's tags for one word on its own (cached: the tagger runs once per distinct word, not over the text). */
export function tagsOf(word: string): Set<string> {
  return classesOf(word).tags;
}

const COMMON_TAGS = ['Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'Adverb', 'Verb', 'Auxiliary', 'Copula'];
const GRAMMATICAL_TAGS = ['Determiner', 'Preposition', 'Pronoun', 'Conjunction', 'Auxiliary', 'Copula'];

/** A word's tags and the classes the rules ask about, worked out once per distinct word. */
interface WordClasses {
  tags: Set<string>;
  common: boolean;
  finiteVerb: boolean;
  grammatical: boolean;
}

/** Classes per word as written (no lower-casing on a hit); emptied when full, like `cache`. */
const classCache = new Map<string, WordClasses>();

function classesOf(word: string): WordClasses {
  let classes = classCache.get(word);
  if (!classes) {
    const key = word.toLowerCase();
    let tags = cache.get(key);
    if (!tags) {
      const json = nlp(key).json() as Array<{ terms?: Array<{ tags?: string[] }> }>;
      tags = new Set(json[0]?.terms?.[0]?.tags ?? []);
      if (cache.size >= CACHE_MAX) cache.clear();
      cache.set(key, tags);
    }
    classes = {
      tags,
      common: COMMON_TAGS.some((t) => tags!.has(t)),
      finiteVerb: tags.has('Verb') && !tags.has('PastTense') && !tags.has('Participle') && !tags.has('Adjective'),
      grammatical: GRAMMATICAL_TAGS.some((t) => tags!.has(t)),
    };
    if (classCache.size >= CACHE_MAX) classCache.clear();
    classCache.set(word, classes);
  }
  return classes;
}

/** A grammatical word (determiner, preposition, pronoun, conjunction) or a conjugated verb. */
export function isCommonWord(word: string): boolean {
  return classesOf(word).common;
}

/** A conjugated verb (not a past participle used as an adjective). */
export function isFiniteVerb(word: string): boolean {
  return classesOf(word).finiteVerb;
}

/** A grammatical word only (determiner, preposition, pronoun, conjunction, auxiliary): never a content word. */
export function isGrammatical(word: string): boolean {
  return classesOf(word).grammatical;
}
