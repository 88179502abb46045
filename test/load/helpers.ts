// Database helpers for the load tests: a driver on the local Neo4j, clearing, and a full graph snapshot for comparisons.

import type { Driver } from 'neo4j-driver';
import { openDriver } from '../../src/load/index.js';
import { toPlain } from '../../src/load/saved-queries.js';
import { testConfig } from './fixtures.js';

export const DATABASE = 'neo4j';

export async function connect(env: Record<string, string> = {}): Promise<Driver> {
  return openDriver(testConfig(env).neo4j);
}

export async function clearGraph(driver: Driver): Promise<void> {
  const session = driver.session({ database: DATABASE });
  try {
    // Relationships first: detaching a hub (a country with 100,000 relationships) in one go exceeds the memory pool.
    await session.run('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

/** Every node and relationship, as sorted JSON lines: two graphs are the same when their snapshots are equal. */
export async function snapshotGraph(driver: Driver): Promise<string[]> {
  const nodes = await driver.executeQuery(
    'MATCH (n) RETURN labels(n) AS labels, properties(n) AS props', {}, { database: DATABASE });
  const rels = await driver.executeQuery(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, a.id AS a, b.id AS b, properties(r) AS props', {}, { database: DATABASE });
  const lines = [
    ...nodes.records.map((r) => `N ${JSON.stringify([[...(r.get('labels') as string[])].sort(), sortKeys(toPlain(r.get('props')))])}`),
    ...rels.records.map((r) => `R ${JSON.stringify([r.get('type'), r.get('a'), r.get('b'), sortKeys(toPlain(r.get('props')))])}`),
  ];
  return lines.sort();
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.keys(value).sort().map((k) => [k, sortKeys((value as Record<string, unknown>)[k])]));
  }
  return value;
}
