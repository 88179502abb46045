// Writes the computed metrics back onto the entity nodes in Neo4j, in batches through executeWrite.

import neo4j, { type Driver, type Integer } from 'neo4j-driver';
import { readGraphQuery } from './read-query.js';
import type { EntityGraph } from './model.js';

export interface MetricsRow {
  id: string;
  degree: Integer;
  betweenness: number;
  pagerank: number;
  community: Integer;
  component: Integer;
}

/** Returns how many nodes were updated; nodes of the graph absent from the database are skipped. */
export async function writeMetricsToNeo4j(graph: EntityGraph, driver: Driver,
  options: { database?: string; batchSize?: number } = {}): Promise<number> {
  const rows: MetricsRow[] = graph.mapNodes((id, a) => ({
    id, degree: neo4j.int(a.degree ?? 0), betweenness: a.betweenness ?? 0, pagerank: a.pagerank ?? 0,
    community: neo4j.int(a.community ?? 0), component: neo4j.int(a.component ?? 0),
  }));
  const batchSize = options.batchSize ?? 5000;
  const query = readGraphQuery('write-metrics');
  const session = driver.session({ database: options.database, defaultAccessMode: neo4j.session.WRITE });
  let updated = 0;
  try {
    for (let i = 0; i < rows.length; i += batchSize) {
      const batch = rows.slice(i, i + batchSize);
      const result = await session.executeWrite((tx) => tx.run(query, { rows: batch }));
      updated += neo4j.integer.toNumber(result.records[0]?.get('updated') ?? 0);
    }
  } finally {
    await session.close();
  }
  return updated;
}
