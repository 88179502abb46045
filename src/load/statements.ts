// The parameterised Cypher the loader runs; labels and relationship types come only from the closed lists in graph-model.ts.

import type { RelationType } from '../model/extraction.js';
import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel } from './graph-model.js';

/** Stored hash and rules version per input file location. */
export const READ_STATE = `
UNWIND $locations AS loc
MATCH (a:Article {location: loc})
RETURN loc AS location, collect(DISTINCT a.sourceHash) AS hashes, collect(DISTINCT a.rulesVersion) AS versions`;

/** Returns once the eventually consistent full-text indexes hold every committed change. */
export const AWAIT_FULLTEXT_REFRESH = 'CALL db.index.fulltext.awaitEventuallyConsistentIndexRefresh()';

/** Entities an input file mentioned, before its facts are removed, are marked for their aggregates to be recomputed. */
export const MARK_MENTIONED_PENDING = `
UNWIND $locations AS loc
MATCH (:Article {location: loc})-[:MENTIONS]->(n:Entity)
SET n:Pending`;

/** A slice of the entities whose aggregates wait to be recomputed (left by this run or by a killed one). */
export const READ_PENDING = `
MATCH (n:Pending)
WITH n LIMIT $limit
RETURN collect(n.id) AS ids`;


export const DELETE_ARTICLES = `
UNWIND $locations AS loc
MATCH (a:Article {location: loc})
DETACH DELETE a`;

/**
 * A teaser printed on two pages is one Article written by both files, each carrying the sentences its own facts
 * cite: the lists are merged, item by item, so neither file's evidence loses its text. This merges with what an
 * earlier transaction stored; two files of one batch are merged by the loader first (mergeSentences), as the rows
 * of one UNWIND do not see what earlier rows set here.
 */
export const MERGE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
WITH a, row, coalesce(a.sentences, []) AS old
SET a += row.props
WITH a, row, old WHERE size(old) > 0
SET a.sentences = [i IN range(0, CASE WHEN size(old) > size(row.props.sentences) THEN size(old) ELSE size(row.props.sentences) END - 1)
                   | CASE WHEN coalesce(row.props.sentences[i], '') = '' THEN coalesce(old[i], '') ELSE row.props.sentences[i] END]`;

export const MERGE_TEASER_LINKS = `
UNWIND $rows AS row
MATCH (t:Article {id: row.id}), (p:Article {id: row.parentId})
MERGE (t)-[:TEASER_OF]->(p)`;

/**
 * An article written again (a teaser printed on two pages is one Article) loses its old MENTIONS first, so
 * CREATE_MENTIONS never doubles one; for new articles this finds nothing.
 */
export const CLEAR_MENTIONS = `
UNWIND $ids AS id
MATCH (:Article {id: id})-[m:MENTIONS]->()
DELETE m`;

/**
 * CREATE, not MERGE: MERGE would expand every MENTIONS of a hub entity (a country) to find none. Rows are lists:
 * [article id, entity id, properties map].
 */
export const CREATE_MENTIONS = `
UNWIND $rows AS row
MATCH (a:Article {id: row[0]}), (n:Entity {id: row[1]})
CREATE (a)-[m:MENTIONS]->(n)
SET m = row[2]`;

/** The properties record-rows.ts gives every MENTIONS (null ones are not stored, as with SET m = row.props). */
export const MENTION_KEYS = ['keys', 'evidenceCount', 'evidenceSentence', 'aliases', 'positions', 'rank', 'country'] as const;

/**
 * The properties record-rows.ts gives every fact relationship, then those today's rules add (an office's `title`,
 * `organisation` and `asOf`, a meeting's `host`): a row may leave any of them out. A rule adding another one sends
 * its rows through createRelation's `SET r += row[2]`, slower but the same relationship.
 */
export const RELATION_KEYS = [
  'source', 'rule', 'date', 'cameo', 'event', 'confidence', 'domains', 'evidenceRefs',
  'title', 'organisation', 'asOf', 'host',
] as const;

/**
 * A property map written in the CREATE pattern from a positional list (`list[first]` holds keys[0], and so on): no
 * SET from a map, so the plan needs no Eager (every row buffered), and rows travel as lists, which Bolt encodes and
 * the server decodes several times faster than maps repeating every key.
 */
function positionalMap(keys: readonly string[], list: string, first: number): string {
  return `{${keys.map((k, i) => `${k}: ${list}[${first + i}]`).join(', ')}}`;
}

/**
 * CREATE_MENTIONS for rows whose properties are all among MENTION_KEYS (all of them, from buildRecordRows), grouped by
 * article: [article id, [[entity id, then MENTION_KEYS' values in order], ...]] (see runSplit in ingest.ts). The
 * article is found once for all its mentions, and its id travels once.
 */
export const CREATE_MENTIONS_LISTED = `
UNWIND $rows AS row
MATCH (a:Article {id: row[0]})
UNWIND row[1] AS m
MATCH (n:Entity {id: m[0]})
CREATE (a)-[:MENTIONS ${positionalMap(MENTION_KEYS, 'm', 1)}]->(n)`;

/** Entities no article mentions any more (their last article changed) leave the graph. */
export const DELETE_ORPHANS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(n) }
DETACH DELETE n`;

/**
 * sourceCount is the number of input files (a page with its teasers) that report the entity.
 * Node-level views recomputed from what each article said (MENTIONS), so the result does not depend on
 * the order articles were loaded in and a replaced article's statements vanish with it. Settles Pending entities
 * (end of a run, or left by a killed one); aggregates.ts computes the same values for entities a batch creates.
 */
export const RECOMPUTE_AGGREGATES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
CALL {
  WITH n
  MATCH (a:Article)-[m:MENTIONS]->(n)
  RETURN count(DISTINCT a.location) AS sources, collect(m) AS ms
}
SET n.sourceCount = sources,
    n.aliases = COLLECT { UNWIND ms AS m UNWIND m.aliases AS x WITH DISTINCT x WHERE x <> n.name RETURN x ORDER BY x },
    n.keys = COLLECT { UNWIND ms AS m UNWIND m.keys AS x WITH DISTINCT x RETURN x ORDER BY x },
    n.positions = COLLECT { UNWIND ms AS m UNWIND m.positions AS x WITH DISTINCT x RETURN x ORDER BY x },
    n.rank = head(COLLECT { UNWIND ms AS m WITH m.rank AS x WHERE x IS NOT NULL
                            WITH x, count(*) AS c ORDER BY c DESC, x RETURN x }),
    n.country = head(COLLECT { UNWIND ms AS m WITH m.country AS x WHERE x IS NOT NULL
                               WITH x, count(*) AS c ORDER BY c DESC, x RETURN x })
REMOVE n:Pending`;

/**
 * Entities that already existed are marked Pending: their aggregates (source counts, aliases...) are recomputed
 * once at the end of the run, not once per batch, because hubs such as a country are touched by every batch. The
 * label is committed with the facts, so a killed run leaves it for the next run to settle. Entities created here
 * take the aggregates the loader computed from the batch's MENTIONS rows (aggregates.ts): every article that
 * mentions them is in this transaction, so these are the values settling them would give.
 */
function mergeEntity(label: EntityLabel): string {
  return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
ON CREATE SET n:${label}, n += row.props, n += row.aggregates
ON MATCH SET n:${label}:Pending, n += row.props`;
}

/**
 * CREATE, not MERGE: the facts of the files being written were deleted just before in the same transaction and a
 * fact's `source` is its file's location, so none can exist; MERGE would scan every parallel relationship between two
 * hubs (Vietnam and China cooperate in thousands of articles). Rows are lists: [a id, b id, properties map].
 */
function createRelation(type: RelationType): string {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row[0]}), (b:Entity {id: row[1]})
CREATE (a)-[r:${type}]->(b)
SET r += row[2]`;
}

/**
 * createRelation for rows whose properties are among RELATION_KEYS (no rule-specific extras), grouped by their start
 * as CREATE_MENTIONS_LISTED's are by article: [a id, [[b id, then RELATION_KEYS' values in order], ...]].
 */
function createRelationListed(type: RelationType): string {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row[0]})
UNWIND row[1] AS r
MATCH (b:Entity {id: r[0]})
CREATE (a)-[:${type} ${positionalMap(RELATION_KEYS, 'r', 1)}]->(b)`;
}

/**
 * Removes the facts the files asserted, through the relationship indexes on `source` (schema.cypher): one index
 * seek per type, in one statement.
 */
export const DELETE_FACTS = `
UNWIND $locations AS loc
CALL {
  WITH loc
${RELATION_TYPES.map((type) => `  MATCH ()-[r:${type} {source: loc}]->() RETURN r`).join('\n  UNION ALL\n  WITH loc\n')}
}
DELETE r`;

export const MERGE_ENTITY: Readonly<Record<EntityLabel, string>> =
  Object.fromEntries(ENTITY_LABELS.map((label) => [label, mergeEntity(label)])) as Record<EntityLabel, string>;

export const CREATE_RELATION: Readonly<Record<RelationType, string>> =
  Object.fromEntries(RELATION_TYPES.map((type) => [type, createRelation(type)])) as Record<RelationType, string>;

export const CREATE_RELATION_LISTED: Readonly<Record<RelationType, string>> =
  Object.fromEntries(RELATION_TYPES.map((type) => [type, createRelationListed(type)])) as Record<RelationType, string>;
