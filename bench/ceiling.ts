// The database's own ceiling for the bench's load figure: relationships per second that one bare UNWIND ... CREATE
// reaches when each relationship carries the properties our loader writes, sent as positional lists (the loader's
// are also grouped by start), compared with the same statement carrying none. It tells how much of the load time is the loader and how
// much the storage engine writing those properties.

import type { Driver } from 'neo4j-driver';
import type { ExtractionRecord } from '../src/model/extraction.js';
import { buildRecordRows, type Properties } from '../src/load/record-rows.js';
import { MENTION_KEYS, RELATION_KEYS } from '../src/load/statements.js';

export interface CeilingFigures {
  relationships: number;
  /** Relationships per second with the real rows' properties (MENTIONS and facts, in the records' proportions). */
  withProperties: number;
  /** The same statement with no property at all. */
  bare: number;
  /** Average number of properties per relationship in the rows used. */
  propertiesPerRelationship: number;
}

const PROBE_LABEL = 'BenchCeilingProbe';
const NODES = 2_000;

/**
 * Creates `count` relationships between throw-away nodes twice (real properties, then none), one transaction each,
 * in statements of `batchSize` rows as the loader sends them, and removes everything it made. Runs in the database
 * the bench empties anyway; the label and type are its own.
 */
export async function measureCeiling(driver: Driver, database: string, records: ExtractionRecord[], count = 20_000,
  batchSize = 5_000): Promise<CeilingFigures> {
  const pool: Properties[] = [];
  for (const record of records) {
    const rows = buildRecordRows(record);
    for (const m of rows.mentions) pool.push(m.props);
    for (const list of rows.relations.values()) for (const r of list) pool.push(r.props);
  }
  if (pool.length === 0) throw new Error('bench: no relationship rows to measure the ceiling with');
  const session = driver.session({ database });
  try {
    await session.run(`UNWIND range(0, $n - 1) AS i CREATE (:${PROBE_LABEL} {probe: i})`, { n: NODES });
    await session.run(`CREATE INDEX bench_ceiling_probe IF NOT EXISTS FOR (n:${PROBE_LABEL}) ON (n.probe)`);
    await session.run('CALL db.awaitIndexes(300)');
    // Rows travel as positional lists, as in the loader's listed statements: each key's value or null (not stored).
    // Keys come from our rules, checked to be plain names before they are written into the statement.
    const keys = [...new Set<string>([...MENTION_KEYS, ...RELATION_KEYS, ...pool.flatMap((p) => Object.keys(p))])]
      .filter((k) => /^[A-Za-z_]\w*$/.test(k));
    const properties = `{${keys.map((k, i) => `${k}: row[${i + 2}]`).join(', ')}}`;
    const timed = async (withProps: boolean): Promise<number> => {
      const rows = Array.from({ length: count }, (_, i) => {
        const ends = [i % NODES, (i * 7 + 3) % NODES];
        const props = pool[i % pool.length]!;
        return withProps ? [...ends, ...keys.map((k) => props[k] ?? null)] : ends;
      });
      const started = performance.now();
      await session.executeWrite(async (tx) => {
        for (let i = 0; i < rows.length; i += batchSize) {
          await tx.run(`CYPHER replan=skip UNWIND $rows AS row MATCH (a:${PROBE_LABEL} {probe: row[0]}), (b:${PROBE_LABEL} {probe: row[1]})
CREATE (a)-[:BENCH_CEILING_PROBE ${withProps ? properties : ''}]->(b)`, { rows: rows.slice(i, i + batchSize) });
        }
      });
      return count / ((performance.now() - started) / 1000);
    };
    // One untimed round first: the statement is compiled and the JIT warmed as the loader's statements were.
    await timed(true);
    const withProperties = await timed(true);
    const bare = await timed(false);
    const propertiesPerRelationship = pool.reduce((n, p) => n + Object.values(p).filter((v) => v !== null).length, 0) / pool.length;
    return { relationships: count, withProperties, bare, propertiesPerRelationship };
  } finally {
    await session.run(`MATCH (n:${PROBE_LABEL}) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 500 ROWS`);
    await session.run('DROP INDEX bench_ceiling_probe IF EXISTS');
    await session.close();
  }
}
