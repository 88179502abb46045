// Node-level aggregates of an entity (source count, aliases, keys, positions, rank, country) computed from the
// MENTIONS rows a batch writes, for the entities that batch creates: the same values RECOMPUTE_AGGREGATES derives in
// Cypher from the stored MENTIONS, without a second pass over them in the database.

import neo4j from 'neo4j-driver';
import type { MentionRow, Properties } from './record-rows.js';

interface EntityAggregates extends Properties {
  sourceCount: ReturnType<typeof neo4j.int>;
  aliases: string[];
  keys: string[];
  positions: string[];
  rank: string | null;
  country: string | null;
}

/**
 * `mentions` are every MENTIONS row pointing at the entity, `name` its name once the batch's properties are set, and
 * `locationOf` the location each article node of the batch ends up with. Lists are distinct and sorted; rank and country are the
 * most frequent value, ties going to the first in order; the name itself is not one of its aliases.
 */
export function entityAggregates(name: unknown, mentions: readonly MentionRow[], locationOf: ReadonlyMap<string, unknown>)
  : EntityAggregates {
  const sources = new Set(mentions.map((m) => locationOf.get(m.article)));
  return {
    sourceCount: neo4j.int(sources.size),
    aliases: distinctSorted(mentions, 'aliases').filter((x) => x !== name),
    keys: distinctSorted(mentions, 'keys'),
    positions: distinctSorted(mentions, 'positions'),
    rank: mostFrequent(mentions, 'rank'),
    country: mostFrequent(mentions, 'country'),
  };
}

function distinctSorted(mentions: readonly MentionRow[], key: string): string[] {
  const values = new Set<string>();
  for (const m of mentions) {
    const list = m.props[key];
    if (Array.isArray(list)) for (const x of list) if (typeof x === 'string') values.add(x);
  }
  return [...values].sort(byCodePoint);
}

function mostFrequent(mentions: readonly MentionRow[], key: string): string | null {
  const counts = new Map<string, number>();
  for (const m of mentions) {
    const value = m.props[key];
    if (typeof value === 'string') counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  let best: string | null = null;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && best !== null && byCodePoint(value, best) < 0)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/** Cypher's ORDER BY on strings compares code points; JavaScript's default sort compares UTF-16 units. */
function byCodePoint(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.codePointAt(i)!;
    const y = b.codePointAt(i)!;
    if (x !== y) return x - y;
    if (x > 0xffff) i++;
  }
  return a.length - b.length;
}
