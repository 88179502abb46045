// One Neo4j load measurement in its own process (the ingest path prints progress on stdout, kept out of the table).
//
// Spawned by bench/measure-load.ts as `node --import tsx bench/load-job.ts '<LoadJobSpec JSON>'`; prints one line
// `BENCH_RESULT <LoadJobResult JSON>`. Two figures per corpus, each into an emptied database, then unchanged: the
// CLI's path on the files (read, hash check, extract, load), then, after a timed warm-up of the server, the load
// alone of records already extracted.

import { readFileSync } from 'node:fs';
import { resolveConfig, type ResolvedConfig } from '../src/config.js';
import { extractSources } from '../src/cli/extract-sources.js';
import { openDriver } from '../src/load/index.js';
import type { ExtractionRecord } from '../src/model/extraction.js';
import { measureCeiling, type CeilingFigures } from './ceiling.js';
import { measureFiles, measureRecords, type LoadFigures } from './load.js';

export interface LoadJobSpec {
  size: number;
  listFile: string;
  /** Environment overrides that point the configuration at the bench's own database. */
  env: Record<string, string>;
  /** Also measure the database's ceiling with these records' properties (bench/ceiling.ts). */
  ceiling?: boolean;
  /**
   * Seconds of untimed loads (each into an emptied database) before anything is timed, at least one: the server's
   * JIT then runs the loader's statements as a long-running server does, which is what a scheduled ingest meets.
   */
  warmupSeconds: number;
}

export interface LoadJobResult {
  cliPath: LoadFigures;
  loadOnly: LoadFigures;
  ceiling?: CeilingFigures;
}

async function extractAll(paths: string[], config: ResolvedConfig): Promise<ExtractionRecord[]> {
  const records: ExtractionRecord[] = [];
  for await (const outcome of extractSources(paths, config)) if (outcome.ok) records.push(outcome.record);
  return records;
}

/** Timed loads of the load-only figure; the median is reported. */
const TIMED_LOADS = 5;

const spec = JSON.parse(process.argv[2] ?? '') as LoadJobSpec;
const config = resolveConfig({}, { ...process.env, ...spec.env });
const paths = readFileSync(spec.listFile, 'utf8').split('\n').filter(Boolean);
// The CLI path first, in this fresh process, as a scheduled `entente ingest` meets it.
const cliPath = await measureFiles(paths, spec.size, config);
const records = await extractAll(paths, config);
const driver = await openDriver(config.neo4j);
let loadOnly: LoadFigures;
let ceiling: CeilingFigures | undefined;
try {
  // A fresh server's rate rises for about thirty loads of the 10x corpus (medians of five in a row: 5,900, 12,300,
  // 13,100, 14,400, 12,500, then 15,500-18,800 rel/s, measured 8 December 2026): the warm-up is timed like the
  // extraction's, not counted.
  const until = performance.now() + spec.warmupSeconds * 1000;
  do await measureRecords(records, 1, config, driver); while (performance.now() < until);
  // The median of a few timed loads: one load of the 10x corpus lasts under half a second, where one hiccup of a
  // shared machine moves the figure by a third.
  const timed: LoadFigures[] = [];
  for (let i = 0; i < TIMED_LOADS; i++) timed.push(await measureRecords(records, 1, config, driver));
  timed.sort((a, b) => a.relationshipsPerSecond - b.relationshipsPerSecond);
  loadOnly = timed[TIMED_LOADS >> 1]!;
  if (spec.ceiling) ceiling = await measureCeiling(driver, config.neo4j.database, records);
} finally {
  await driver.close();
}
loadOnly.size = spec.size;
process.stdout.write(`BENCH_RESULT ${JSON.stringify({ cliPath, loadOnly, ceiling } satisfies LoadJobResult)}\n`);
