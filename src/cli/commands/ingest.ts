// `entente ingest`: extracts sources and loads them into Neo4j, once, on a schedule (--every) or on change (--watch).

import type { CommandModule } from 'yargs';
import type { Driver } from 'neo4j-driver';
import { resolveConfig, type ResolvedConfig } from '../../config.js';
import { extractOutcome, type SourceOutcome } from '../extract-sources.js';
import { readSources, type ReadOptions } from '../../read/index.js';
import { readOptionsFrom, withReadFlags, type ReadFlags } from '../read-options.js';
import { loadGazetteers } from '../../gazetteer/index.js';
import { hashSourceText, type RawSource } from '../../model/document.js';
import { reportFatal, reportInputError } from '../report.js';
import { ingestRecords, formatSummary, readStoredState, isUnchanged, canonicalLocation, type IngestSummary, type LoadOutcome } from '../../load/index.js';
import { acquireIngestLock } from '../../load/ingest-lock.js';
import { parseEvery, scheduleEvery, watchFolder } from '../../load/schedule.js';
import { readRecordsJsonl } from '../../load/records-jsonl.js';
import { connectDatabase } from '../connect.js';

interface IngestArgs extends ReadFlags {
  paths: string[];
  'batch-size'?: number;
  database?: string;
  watch?: string;
  every?: string;
  'from-jsonl'?: string;
}

export const ingestCommand: CommandModule<object, IngestArgs> = {
  command: 'ingest [paths..]',
  describe: 'Extract and load sources into Neo4j; unchanged articles are skipped, changed ones replaced',
  builder: (y) => withReadFlags(y)
    .positional('paths', { type: 'string', array: true, default: [], describe: 'Files, folders, URLs or feeds' })
    .option('batch-size', { type: 'number', describe: 'Rows per UNWIND batch (default ENTENTE_BATCH_SIZE or 5000)' })
    .option('database', { type: 'string', describe: 'Neo4j database (default NEO4J_DATABASE or neo4j)' })
    .option('watch', { type: 'string', describe: 'Keep running: ingest FOLDER now, then each new or changed file in it' })
    .option('every', { type: 'string', describe: 'Keep running: ingest the sources now, then every 30m, 2h, 1d or on a cron pattern' })
    .option('from-jsonl', { type: 'string', describe: 'Load records saved by `entente extract --format jsonl` (a file, or - for standard input)' })
    .example('$0 ingest ../shared/corpus/seeds', 'Load five articles')
    .example('$0 ingest --every 30m https://example.org/feed.xml', 'Re-ingest a feed every half hour')
    .example('$0 ingest --watch ./inbox', 'Load files as they arrive')
    .check((argv) => {
      // A string (not a throw) is how yargs reports a failed check through the CLI's one-line error.
      if (!argv.watch && !argv['from-jsonl'] && argv.paths.length === 0) return 'Name the sources to ingest, or use --watch FOLDER';
      if (argv['from-jsonl'] && (argv.watch || argv.every || argv.paths.length)) return '--from-jsonl loads one file of records: no paths, --watch or --every';
      return true;
    }),
  handler: async (argv) => {
    const config = resolveConfig({ batchSize: argv['batch-size'], database: argv.database });
    if (argv.every) parseEvery(argv.every); // a bad schedule fails before connecting
    const driver = await connectDatabase(config);
    if (!argv.watch && !argv.every) {
      try {
        const jsonl = argv['from-jsonl'];
        const summary = await ingestOnce(jsonl ? readRecordsJsonl(jsonl) : argv.paths, config, driver, readOptionsFrom(argv));
        if (summary.failed) process.exitCode = 1;
      } finally {
        await driver.close();
      }
      return;
    }
    const stops: Array<() => void> = [];
    try {
      const onError = (error: unknown): void => {
        // A busy lock or a failed run is reported (and sets the exit status); the schedule goes on.
        reportFatal(error);
      };
      // Runs started by the watcher and the schedule queue up one after the other instead of meeting the lock.
      let queue: Promise<void> = Promise.resolve();
      const enqueue = (sources: string[]): Promise<void> => {
        queue = queue.then(async () => { await ingestOnce(sources, config, driver, readOptionsFrom(argv)); }).catch(onError);
        return queue;
      };
      if (argv.watch) {
        // Watch first, then load the folder: a file written during the first run is not missed.
        stops.push(watchFolder(argv.watch, (files) => enqueue(files), onError));
        process.stderr.write(`entente: watching ${argv.watch} (Ctrl-C to stop)\n`);
        if (!argv.every) void enqueue([argv.watch]);
      }
      if (argv.every) {
        const sources = argv.paths.length ? argv.paths : [argv.watch!];
        stops.push(scheduleEvery(argv.every, () => enqueue(sources), onError));
      }
      await new Promise<void>((done) => {
        const stop = (): void => {
          for (const s of stops) s();
          done();
        };
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      await queue; // let a run in progress finish and release its lock
    } finally {
      for (const s of stops) s();
      await driver.close();
    }
  },
};

/** One locked run over the sources; prints the one-line summary. */
export async function ingestOnce(sources: string[] | AsyncIterable<SourceOutcome>, config: ResolvedConfig, driver: Driver,
  readOptions: ReadOptions = {}): Promise<IngestSummary> {
  const lock = acquireIngestLock(config.stateDir, config.neo4j.database);
  try {
    const outcomes = Array.isArray(sources) ? extractChangedSources(sources, config, driver, readOptions) : sources;
    const summary = await ingestRecords(outcomes, driver, {
      database: config.neo4j.database, batchSize: config.batchSize, onFailure: reportInputError,
    });
    process.stdout.write(`${new Date().toISOString()} ingest: ${formatSummary(summary)}\n`);
    return summary;
  } finally {
    lock.release();
  }
}

/** Sources compared with the graph before extraction, this many at a time. */
const CHECK_BATCH = 200;

/**
 * extractSources' chain (read → normalise → extract → resolve) with one shortcut: a source whose raw text hash
 * and rules version match what the graph holds is not extracted at all, so an unchanged re-ingest costs a read,
 * a hash and one query per batch. The loader checks again after extraction, so a mismatch here is only slower.
 */
async function* extractChangedSources(inputs: string[], config: ResolvedConfig, driver: Driver,
  readOptions: ReadOptions): AsyncGenerator<LoadOutcome> {
  const gazetteers = loadGazetteers(config.gazetteerDir);
  let pending: RawSource[] = [];
  const drain = async function* (): AsyncGenerator<LoadOutcome> {
    const state = await readStoredState(driver, config.neo4j.database, pending.map((s) => canonicalLocation(s.location)));
    for (const source of pending) {
      if (isUnchanged(state.get(canonicalLocation(source.location)), hashSourceText(source.text), gazetteers.version)) {
        yield { ok: 'unchanged', location: source.location };
        continue;
      }
      yield extractOutcome(source, config, gazetteers);
    }
    pending = [];
  };
  for await (const result of readSources(inputs, readOptions)) {
    if (!result.ok) {
      yield result;
      continue;
    }
    pending.push(result.source);
    if (pending.length >= CHECK_BATCH) yield* drain();
  }
  if (pending.length) yield* drain();
}
