// Coordination between listed mentions (`X et Y`, `X, puis Y`, `X (à gauche) et Y`) and the appositions that may sit between.

import type { RelationRuleData } from './rule-data.js';

// Also after an apostrophe: "s'est" is a verb.
const FINITE_VERB = /(?<!\p{L})(?:a|ont|est|sont|était|avait|avaient|fut)(?![\p{L}])/iu;
const cache = new WeakMap<RelationRuleData, RegExp>();

/** An optional position note and apposition, then a coordinator from the word table, then the rest (captured). */
function coordinatedPattern(data: RelationRuleData): RegExp {
  let re = cache.get(data);
  if (!re) {
    re = new RegExp(`^\\s*(?:\\([^)]*\\)\\s*)?(?:,\\s*[^,;.()]*?)?(?:\\([^)]*\\)\\s*)?\\s*,?\\s*(?:${data.words.coordinator.source})([^;]*)$`, 'iu');
    cache.set(data, re);
  }
  return re;
}

/**
 * True when the text between two mentions joins them as coordinated items: an optional position note
 * and apposition, a coordinator, then only titles (no finite verb, no clause break).
 */
export function isCoordinated(data: RelationRuleData, gap: string): boolean {
  const m = coordinatedPattern(data).exec(gap);
  if (!m) return false;
  const rest = m[1];
  return rest.length <= 140 && !/[.]\s/.test(rest) && !FINITE_VERB.test(rest);
}

/** Text between a person and a verb that coordinates this verb with an earlier one ("X a reçu Y, et s'est entretenu avec"). */
const COORDINATED_VERB = /^\s*(?:\([^)]*\)\s*)?(?:,[^,;.()]*)?,?\s*(?:et|puis)\s+(?:[\p{L}'’]+\s+){0,2}?$|^\s*(?:\([^)]*\)\s*)?(?:,[^,;.()]*)?,?\s*(?:et|puis)\s+[\p{L}]+['’]$/iu;

export function isCoordinatedVerb(gap: string): boolean {
  return COORDINATED_VERB.test(gap);
}

const PARENTHETICAL = /^\s*\([^)]*\)/u;
const APPOSITION = /^\s*,[^,;.()]*(?:,|(?=[.;]|$))/u;

/** The text after a mention as is, without a position note, and without one or two appositions. */
export function stripAppositions(tail: string): string[] {
  const variants = [tail];
  let t = tail.replace(PARENTHETICAL, '');
  variants.push(t);
  for (let i = 0; i < 2 && APPOSITION.test(t); i++) {
    t = t.replace(APPOSITION, '');
    variants.push(t);
  }
  return [...new Set(variants)];
}
