// The parameterised Cypher the loader runs; labels and relationship types come only from the closed lists in graph-model.ts.

import type { RelationType } from '../model/extraction.js';
import { ENTITY_LABELS, RELATION_TYPES, type EntityLabel } from './graph-model.js';

/** Stored hash and rules version per input file location. */
export const READ_STATE = `
UNWIND $locations AS loc
MATCH (a:Article {location: loc})
RETURN loc AS location, collect(DISTINCT a.sourceHash) AS hashes, collect(DISTINCT a.rulesVersion) AS versions`;

/** Entities an input file mentioned, before its facts are removed (their aggregates must be recomputed). */
export const READ_MENTIONED = `
UNWIND $locations AS loc
MATCH (:Article {location: loc})-[:MENTIONS]->(n:Entity)
RETURN collect(DISTINCT n.id) AS ids`;

/** Removes the facts an input file asserted: relations it sourced, then its articles (with their MENTIONS). */
export const DELETE_FACTS = `
UNWIND $locations AS loc
MATCH (:Article {location: loc})-[:MENTIONS]->(:Entity)-[r]-(:Entity)
WHERE r.source = loc
WITH DISTINCT r
DELETE r`;

export const DELETE_ARTICLES = `
UNWIND $locations AS loc
MATCH (a:Article {location: loc})
DETACH DELETE a`;

export const MERGE_ARTICLES = `
UNWIND $rows AS row
MERGE (a:Article {id: row.id})
SET a += row.props`;

export const MERGE_TEASER_LINKS = `
UNWIND $rows AS row
MATCH (t:Article {id: row.id}), (p:Article {id: row.parentId})
MERGE (t)-[:TEASER_OF]->(p)`;

export const MERGE_MENTIONS = `
UNWIND $rows AS row
MATCH (a:Article {id: row.article}), (n:Entity {id: row.id})
MERGE (a)-[m:MENTIONS]->(n)
SET m += row.props`;

/** Entities no article mentions any more (their last article changed) leave the graph. */
export const DELETE_ORPHANS = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
WHERE NOT EXISTS { (:Article)-[:MENTIONS]->(n) }
DETACH DELETE n`;

/**
 * sourceCount is the number of input files (a page with its teasers) that report the entity.
 * Node-level views recomputed from what each article said (MENTIONS), so the result does not depend on
 * the order articles were loaded in and a replaced article's statements vanish with it.
 */
export const RECOMPUTE_AGGREGATES = `
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n.sourceCount = size(COLLECT { MATCH (a:Article)-[:MENTIONS]->(n) RETURN DISTINCT a.location }),
    n.aliases = COLLECT { MATCH (:Article)-[m:MENTIONS]->(n) UNWIND m.aliases AS x WITH DISTINCT x ORDER BY x RETURN x },
    n.keys = COLLECT { MATCH (:Article)-[m:MENTIONS]->(n) UNWIND m.keys AS x WITH DISTINCT x ORDER BY x RETURN x },
    n.positions = COLLECT { MATCH (:Article)-[m:MENTIONS]->(n) UNWIND m.positions AS x WITH DISTINCT x ORDER BY x RETURN x },
    n.rank = head(COLLECT { MATCH (:Article)-[m:MENTIONS]->(n) WHERE m.rank IS NOT NULL
                            WITH m.rank AS x, count(*) AS c ORDER BY c DESC, x RETURN x }),
    n.country = head(COLLECT { MATCH (:Article)-[m:MENTIONS]->(n) WHERE m.country IS NOT NULL
                               WITH m.country AS x, count(*) AS c ORDER BY c DESC, x RETURN x })`;

function mergeEntity(label: EntityLabel): string {
  return `
UNWIND $rows AS row
MERGE (n:Entity {id: row.id})
SET n:${label}, n += row.props`;
}

function mergeRelation(type: RelationType): string {
  return `
UNWIND $rows AS row
MATCH (a:Entity {id: row.aId}), (b:Entity {id: row.bId})
MERGE (a)-[r:${type} {fact: row.fact}]->(b)
SET r += row.props`;
}

export const MERGE_ENTITY: Readonly<Record<EntityLabel, string>> =
  Object.fromEntries(ENTITY_LABELS.map((label) => [label, mergeEntity(label)])) as Record<EntityLabel, string>;

export const MERGE_RELATION: Readonly<Record<RelationType, string>> =
  Object.fromEntries(RELATION_TYPES.map((type) => [type, mergeRelation(type)])) as Record<RelationType, string>;
