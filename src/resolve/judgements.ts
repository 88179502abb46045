// Analysts' judgements (gazetteers/judgements.json): merge, keep apart, alias belongs to; applied last on every run.

import { existsSync, readFileSync } from 'node:fs';
import { GazetteerError } from '../errors.js';
import { foldName } from '../lang/fold.js';

export type Judgement =
  | { type: 'merge'; ids: string[]; by?: string; reason?: string; date?: string }
  | { type: 'keep-apart'; ids: string[]; by?: string; reason?: string; date?: string }
  | { type: 'alias-belongs-to'; alias: string; id: string; by?: string; reason?: string; date?: string };

export interface Judgements {
  /** Entity id → the id it is merged into. */
  mergeInto: Map<string, string>;
  /** Pairs of ids (sorted, joined by a space) that must stay apart. */
  apart: Set<string>;
  /** Folded alias → owning entity id. */
  aliasOwner: Map<string, string>;
  /** Folded alias → the alias as the analyst wrote it. */
  aliasText: Map<string, string>;
}

export const NO_JUDGEMENTS: Judgements = { mergeInto: new Map(), apart: new Set(), aliasOwner: new Map(), aliasText: new Map() };

const cache = new Map<string, Judgements>();

/** Parses the judgements JSON text; throws GazetteerError (`GAZETTEER_INVALID`) on a malformed entry. */
export function parseJudgements(text: string, file = 'judgements.json'): Judgements {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GazetteerError(`${file}: not valid JSON`, { cause: error });
  }
  const list = (data as { judgements?: unknown }).judgements;
  if (!Array.isArray(list)) throw new GazetteerError(`${file}: missing "judgements" array`);
  const result: Judgements = { mergeInto: new Map(), apart: new Set(), aliasOwner: new Map(), aliasText: new Map() };
  list.forEach((raw, index) => {
    const j = raw as Judgement;
    const where = `${file}: judgements[${index}]`;
    const validId = (id: unknown) => typeof id === 'string' && /^[a-z]+:[^\s]+$/.test(id);
    if (j.type === 'merge' || j.type === 'keep-apart') {
      if (!Array.isArray(j.ids) || j.ids.length < 2 || !j.ids.every(validId)) throw new GazetteerError(`${where}: "ids" needs two or more ids like "person:nguyen-chi-vinh"`);
      if (j.type === 'merge') for (const id of j.ids.slice(1)) result.mergeInto.set(id, j.ids[0]);
      else for (const a of j.ids) for (const b of j.ids) if (a < b) result.apart.add(`${a} ${b}`);
    } else if (j.type === 'alias-belongs-to') {
      if (typeof j.alias !== 'string' || !j.alias.trim() || !validId(j.id)) throw new GazetteerError(`${where}: needs "alias" and "id"`);
      result.aliasOwner.set(foldName(j.alias), j.id);
      result.aliasText.set(foldName(j.alias), j.alias.trim());
    } else {
      throw new GazetteerError(`${where}: unknown type "${(j as { type?: string }).type}"`);
    }
  });
  // Follow merge chains (a → b → c) to their end.
  for (const [from] of result.mergeInto) {
    let to = result.mergeInto.get(from)!;
    const seen = new Set([from]);
    while (result.mergeInto.has(to) && !seen.has(to)) { seen.add(to); to = result.mergeInto.get(to)!; }
    result.mergeInto.set(from, to);
  }
  return result;
}

/** Loads `path` once per process; a missing file means no judgements. */
export function loadJudgements(path: string | undefined): Judgements {
  if (!path) return NO_JUDGEMENTS;
  // Called once per input file: a file already loaded is not looked up on disk again.
  const hit = cache.get(path);
  if (hit) return hit;
  if (!existsSync(path)) return NO_JUDGEMENTS;
  const judgements = parseJudgements(readFileSync(path, 'utf8'), path);
  cache.set(path, judgements);
  return judgements;
}

export function keptApart(judgements: Judgements, a: string, b: string): boolean {
  if (judgements.apart.size === 0) return false;
  return judgements.apart.has(a < b ? `${a} ${b}` : `${b} ${a}`);
}
