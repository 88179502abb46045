// Neo4j load figures: relationships per second of a first ingest and the time of an unchanged re-ingest, at several sizes.
//
// Usage: node --import tsx bench/load.ts [--sizes 1,20,100] [--fixtures] [--batch-size N] [paths...]
// The records of the given sources (default: the seeds) are extracted once, then replicated with varied ids
// (bench/replicate-records.ts) so that each size is a corpus of distinct articles; the database is cleared first.
// measureFiles() is the entry point for bench/measure-load.ts: it times the CLI's own path on a list of files.

import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { resolveConfig, type ResolvedConfig } from '../src/config.js';
import type { ExtractionRecord } from '../src/model/extraction.js';
import { extractSources, type SourceOutcome } from '../src/cli/extract-sources.js';
import { ingestOnce } from '../src/cli/commands/ingest.js';
import { openDriver, ingestRecords, countGraph } from '../src/load/index.js';
import { replicateRecords } from './replicate-records.js';

export interface LoadFigures {
  size: number;
  articles: number;
  relationships: number;
  firstIngestSeconds: number;
  relationshipsPerSecond: number;
  reingestSeconds: number;
  /** firstIngestSeconds ÷ reingestSeconds. */
  speedup: number;
}

export async function clearDatabase(driver: Driver, database: string): Promise<void> {
  const session = driver.session({ database });
  try {
    // Relationships first: detaching a hub (a country with 100,000 relationships) in one go exceeds the memory pool.
    await session.run('MATCH ()-[r]->() CALL { WITH r DELETE r } IN TRANSACTIONS OF 10000 ROWS');
    await session.run('MATCH (n) CALL { WITH n DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  } finally {
    await session.close();
  }
}

export async function* asOutcomes(records: Iterable<ExtractionRecord>): AsyncGenerator<SourceOutcome> {
  for (const record of records) yield { ok: true, record };
}

async function totalRelationships(driver: Driver, database: string): Promise<number> {
  const counts = await countGraph(driver, database);
  return Object.values(counts.relationships).reduce((a, b) => a + b, 0);
}

/** Loads `copies` replicas of the records into an empty database, twice; extraction is not timed. */
export async function measureRecords(records: ExtractionRecord[], copies: number, config: ResolvedConfig, driver: Driver): Promise<LoadFigures> {
  const database = config.neo4j.database;
  const options = { database, batchSize: config.batchSize };
  await clearDatabase(driver, database);
  await ingestRecords(asOutcomes([]), driver, options);
  let started = performance.now();
  const first = await ingestRecords(asOutcomes(replicateRecords(records, copies)), driver, { ...options, applySchema: false });
  const firstSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  const again = await ingestRecords(asOutcomes(replicateRecords(records, copies)), driver, { ...options, applySchema: false });
  const reingestSeconds = (performance.now() - started) / 1000;
  if (again.skipped !== first.added) throw new Error(`re-ingest skipped ${again.skipped} of ${first.added}`);
  return {
    size: copies, articles: first.added, relationships: await totalRelationships(driver, database),
    firstIngestSeconds: firstSeconds, relationshipsPerSecond: first.relationshipsCreated / firstSeconds,
    reingestSeconds, speedup: firstSeconds / reingestSeconds,
  };
}

/** The CLI's path (read, hash check, extract, load) on files, first into an empty database, then unchanged. */
export async function measureFiles(paths: string[], size: number, config: ResolvedConfig = resolveConfig()): Promise<LoadFigures> {
  const driver = await openDriver(config.neo4j);
  try {
    await clearDatabase(driver, config.neo4j.database);
    let started = performance.now();
    const first = await ingestOnce(paths, config, driver);
    const firstSeconds = (performance.now() - started) / 1000;
    started = performance.now();
    await ingestOnce(paths, config, driver);
    const reingestSeconds = (performance.now() - started) / 1000;
    return {
      size, articles: first.added, relationships: await totalRelationships(driver, config.neo4j.database),
      firstIngestSeconds: firstSeconds, relationshipsPerSecond: first.relationshipsCreated / firstSeconds,
      reingestSeconds, speedup: firstSeconds / reingestSeconds,
    };
  } finally {
    await driver.close();
  }
}

async function main(argv: string[]): Promise<void> {
  const flag = (name: string): string | undefined => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv.splice(i, 2)[1] : undefined;
  };
  const sizes = (flag('--sizes') ?? '1,20,100').split(',').map(Number);
  const batchSize = flag('--batch-size');
  const fixtures = argv.includes('--fixtures');
  const paths = argv.filter((a) => !a.startsWith('--'));
  const config = resolveConfig(batchSize ? { batchSize: Number(batchSize) } : {});
  let records: ExtractionRecord[];
  if (fixtures) {
    const { recordA, recordB, recordC } = await import('../test/load/fixtures.js');
    records = [recordA(), recordB(), recordC()];
  } else {
    records = [];
    for await (const outcome of extractSources(paths.length ? paths : ['../shared/corpus/seeds'], config)) {
      if (outcome.ok) records.push(outcome.record);
    }
  }
  const driver = await openDriver(config.neo4j);
  try {
    process.stdout.write(`records per copy: ${records.length} (${fixtures ? 'test fixtures' : 'extracted'}), batch size ${config.batchSize}\n`);
    process.stdout.write('copies  articles  relationships  first ingest  rel/s     unchanged re-ingest  speed-up\n');
    const results: LoadFigures[] = [];
    for (const size of sizes) {
      const f = await measureRecords(records, size, config, driver);
      results.push(f);
      process.stdout.write(`${String(f.size).padStart(6)}  ${String(f.articles).padStart(8)}  ${String(f.relationships).padStart(13)}`
        + `  ${f.firstIngestSeconds.toFixed(2).padStart(10)} s  ${Math.round(f.relationshipsPerSecond).toString().padStart(7)}`
        + `  ${f.reingestSeconds.toFixed(2).padStart(17)} s  ${f.speedup.toFixed(1).padStart(7)}×\n`);
    }
    process.stdout.write(JSON.stringify(results) + '\n');
  } finally {
    await driver.close();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main(process.argv.slice(2));
