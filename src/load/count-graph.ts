// Counts nodes per label and relationships per type from Neo4j's count store (constant time, whatever the graph size).

import type { Driver } from 'neo4j-driver';
import { describeDatabaseError } from './driver.js';
import { ENTITY_LABELS, RELATION_TYPES } from './graph-model.js';

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

const COUNTED_LABELS = ['Article', ...ENTITY_LABELS] as const;
const COUNTED_TYPES = ['MENTIONS', 'TEASER_OF', ...RELATION_TYPES] as const;

/** One query built from the closed label and type lists; each branch is a count-store lookup (WITH first: a constant
 * grouping key would return no row for an empty label). */
const COUNT_QUERY = [
  ...COUNTED_LABELS.map((label) => `MATCH (n:${label}) WITH count(n) AS count RETURN 'node' AS kind, '${label}' AS name, count`),
  ...COUNTED_TYPES.map((type) => `MATCH ()-[r:${type}]->() WITH count(r) AS count RETURN 'relationship' AS kind, '${type}' AS name, count`),
].join('\nUNION ALL\n');

export async function countGraph(driver: Driver, database: string): Promise<GraphCounts> {
  const session = driver.session({ database });
  try {
    const result = await session.executeRead((tx) => tx.run(COUNT_QUERY));
    const counts: GraphCounts = { nodes: {}, relationships: {} };
    for (const record of result.records) {
      const target = record.get('kind') === 'node' ? counts.nodes : counts.relationships;
      target[record.get('name') as string] = (record.get('count') as { toNumber(): number }).toNumber();
    }
    return counts;
  } catch (error) {
    throw describeDatabaseError(error, 'counting the graph');
  } finally {
    await session.close();
  }
}
