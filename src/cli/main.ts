// The `entente` command line: dispatches to one module per command.

import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { extractCommand } from './commands/extract.js';
import { ingestCommand } from './commands/ingest.js';
import { queryCommand } from './commands/query.js';
import { schemaCommand } from './commands/schema.js';
import { neo4jCommand } from './commands/neo4j.js';
import { startCommand } from './commands/start.js';
import { exportCommand } from './commands/export.js';
import { vizCommand } from './commands/viz.js';
import { analyseCommand } from './commands/analyse.js';
import { reportFatal } from './report.js';

await yargs(hideBin(process.argv))
  .scriptName('entente')
  .usage('$0 <command> [options]\n\nFrench diplomacy and defence news into a Neo4j knowledge graph.')
  .command(startCommand)
  .command(ingestCommand)
  .command(extractCommand)
  .command(queryCommand)
  .command(schemaCommand)
  .command(exportCommand)
  .command(vizCommand)
  .command(analyseCommand)
  .command(neo4jCommand)
  .demandCommand(1, 'Name a command; `entente --help` lists them.')
  .strict()
  .fail((msg, err) => {
    // Exiting here is what stops yargs from running a command whose arguments it rejected.
    if (err) reportFatal(err);
    else process.stderr.write(`entente: ${msg}\n`);
    process.exit(err ? (process.exitCode || 1) : 2);
  })
  .help()
  .parseAsync()
  .catch(reportFatal);
