// Where a first ingest's time goes, statement by statement, on the bench corpus (the loader's overhead beside its writes).
//
// Usage: node --import tsx bench/load-statements.ts [--size 10] [--runs 2]
// Writes the bench corpus (seeds + examples, `size` copies) to a temporary folder, extracts it (untimed), then on the
// bench's own Neo4j (bench/measure-load.ts's ports, started if nothing answers and then stopped) loads it once
// to warm the server and twice untimed (the figure to compare with the bench's), then `runs` times into an emptied
// database with ENTENTE_LOAD_TIMING=1 (src/load/statement-timing.ts): statements run one by one, so each line is that
// statement's own time.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../src/config.js';
import { extractSources } from '../src/cli/extract-sources.js';
import { openDriver, ingestRecords } from '../src/load/index.js';
import { takeStepTimings } from '../src/load/statement-timing.js';
import { ensureLocalNeo4j, portAnswers, stopLocalNeo4j } from '../src/neo4j-server/index.js';
import type { ExtractionRecord } from '../src/model/extraction.js';
import { buildNamePool, loadBaseCorpus, writeCorpus } from './corpus.js';
import { BENCH_NEO4J_ENV } from './measure-load.js';
import { asOutcomes, clearDatabase } from './load.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const argv = process.argv.slice(2);
const flag = (name: string, fallback: number): number => {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
};
const size = flag('--size', 10);
const runs = flag('--runs', 2);
const shared = join(ROOT, '..', 'shared');

const base = await loadBaseCorpus([join(shared, 'corpus', 'seeds'), join(ROOT, 'examples', 'articles')]);
const pool = buildNamePool(join(ROOT, 'gazetteers'), join(shared, 'eval', 'gold', 'seeds'), base);
const work = mkdtempSync(join(tmpdir(), 'entente-load-statements-'));
const config = resolveConfig({}, { ...process.env, ...BENCH_NEO4J_ENV });
const records: ExtractionRecord[] = [];
try {
  const files = await writeCorpus(base, pool, size, join(work, 'corpus'));
  for await (const outcome of extractSources(files.map((f) => f.path), config)) if (outcome.ok) records.push(outcome.record);
} finally {
  rmSync(work, { recursive: true, force: true });
}

const started = !(await portAnswers(config.localBoltPort));
await ensureLocalNeo4j(config, (line) => process.stderr.write(`${line}\n`));
const driver = await openDriver(config.neo4j);
const options = { database: config.neo4j.database, batchSize: config.batchSize };
try {
  const load = async () => {
    await clearDatabase(driver, options.database);
    await ingestRecords(asOutcomes([]), driver, options);
    takeStepTimings();
    const t0 = performance.now();
    const summary = await ingestRecords(asOutcomes(records), driver, { ...options, applySchema: false });
    return { summary, seconds: (performance.now() - t0) / 1000 };
  };
  for (const what of ['warm-up', 'untimed', 'untimed']) {
    const { summary, seconds } = await load();
    process.stdout.write(`${size}×: ${records.length} records, ${summary.relationshipsCreated} relationships, batch size ${options.batchSize}; `
      + `${what} load ${seconds.toFixed(2)} s = ${Math.round(summary.relationshipsCreated / seconds)} rel/s\n`);
  }
  for (let run = 1; run <= runs; run++) {
    process.env.ENTENTE_LOAD_TIMING = '1';
    const { summary, seconds } = await load();
    delete process.env.ENTENTE_LOAD_TIMING;
    process.stdout.write(`\nrun ${run} (statements one by one): ${seconds.toFixed(2)} s = ${Math.round(summary.relationshipsCreated / seconds)} rel/s\n`);
    for (const step of takeStepTimings()) {
      process.stdout.write(`${step.ms.toFixed(0).padStart(8)} ms  ${(100 * step.ms / 1000 / seconds).toFixed(1).padStart(5)} %  ${String(step.runs).padStart(5)}×  ${step.name}\n`);
    }
  }
} finally {
  await driver.close();
  if (started) await stopLocalNeo4j(config);
}
