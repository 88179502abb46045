// `entente start` (what `npm start` runs): the main job on the default setup, end to end.

import { join } from 'node:path';
import type { CommandModule } from 'yargs';
import { resolveConfig } from '../../config.js';
import { countGraph, formatRows, formatSummary, ingestRecords, runSavedQuery } from '../../load/index.js';
import { extractSources } from '../extract-sources.js';
import { reportInputError } from '../report.js';
import { connectDatabase } from '../connect.js';

interface StartArgs { paths: string[]; query: string }

export const startCommand: CommandModule<object, StartArgs> = {
  command: 'start [paths..]',
  describe: 'Ingest the sample articles (or PATHS) into Neo4j, starting the local Neo4j if needed; print counts and a saved query',
  builder: (y) => y
    .positional('paths', { type: 'string', array: true, default: [], describe: 'Sources to ingest (default: examples/articles)' })
    .option('query', { type: 'string', default: 'most-connected-people', describe: 'Saved query to print after loading' }),
  handler: async (argv) => {
    const config = resolveConfig();
    const driver = await connectDatabase(config);
    try {
      const sources = argv.paths.length ? argv.paths : [join(config.projectRoot, 'examples', 'articles')];
      const summary = await ingestRecords(extractSources(sources, config), driver, {
        database: config.neo4j.database, batchSize: config.batchSize, onFailure: reportInputError,
      });
      process.stdout.write(`Ingested ${sources.join(', ')}: ${formatSummary(summary)}\n\n`);
      const counts = await countGraph(driver, config.neo4j.database);
      process.stdout.write('Nodes by label\n');
      for (const [label, n] of Object.entries(counts.nodes)) process.stdout.write(`  ${label.padEnd(16)} ${n}\n`);
      process.stdout.write('Relationships by type\n');
      for (const [type, n] of Object.entries(counts.relationships)) process.stdout.write(`  ${type.padEnd(16)} ${n}\n`);
      process.stdout.write(`\nSaved query "${argv.query}" (queries/${argv.query}.cypher)\n`);
      process.stdout.write(formatRows(await runSavedQuery(driver, config.neo4j.database, argv.query), 'table'));
      process.stdout.write(`\nExplore it in Neo4j Browser: ${config.neo4j.local ? `http://127.0.0.1:${config.localHttpPort}/browser/` : config.neo4j.uri}\n`);
      if (summary.failed) process.exitCode = 1;
    } finally {
      await driver.close();
    }
  },
};
