// `entente query`: runs a saved query from queries/ with --param values and prints a table, JSON or CSV.

import type { CommandModule } from 'yargs';
import { resolveConfig } from '../../config.js';
import { ConfigError } from '../../errors.js';
import { findSavedQuery, listSavedQueries, runSavedQuery, bindParams } from '../../load/saved-queries.js';
import { formatRows, type RowFormat } from '../../load/format-rows.js';
import { connectDatabase } from '../connect.js';

interface QueryArgs { name?: string; param: string[]; format: RowFormat; database?: string; list: boolean }

export const queryCommand: CommandModule<object, QueryArgs> = {
  command: 'query [name]',
  describe: 'Run a saved query (queries/*.cypher); without a name, list them',
  builder: (y) => y
    .positional('name', { type: 'string', describe: 'Saved query name, e.g. who-met' })
    .option('param', { type: 'string', array: true, default: [], describe: 'Parameter as key=value (repeatable)' })
    .option('format', { choices: ['table', 'json', 'csv'] as const, default: 'table' as const })
    .option('database', { type: 'string', describe: 'Neo4j database (default NEO4J_DATABASE or neo4j)' })
    .option('list', { type: 'boolean', default: false, describe: 'List saved queries and their parameters' })
    .example('$0 query who-met --param person="Lee Hsien Loong"', 'Who met Lee Hsien Loong')
    .example('$0 query meetings-between-countries --param countryA=VN --param countryB=SG --format csv', 'Meetings as CSV'),
  handler: async (argv) => {
    if (argv.list || !argv.name) {
      for (const q of listSavedQueries()) {
        const params = q.params.map((p) => (p.defaultValue === undefined ? `${p.name}` : `[${p.name}]`)).join(' ');
        process.stdout.write(`${q.name.padEnd(28)} ${q.title}${params ? `  (${params})` : ''}\n`);
      }
      return;
    }
    const params = parseParams(argv.param);
    // Check the name and parameters before connecting: a typo should not wait for the database.
    bindParams(findSavedQuery(argv.name), params);
    const config = resolveConfig({ database: argv.database });
    const driver = await connectDatabase(config);
    try {
      const result = await runSavedQuery(driver, config.neo4j.database, argv.name, params);
      process.stdout.write(formatRows(result, argv.format));
    } finally {
      await driver.close();
    }
  },
};

function parseParams(pairs: string[]): Record<string, string> {
  const params: Record<string, string> = {};
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new ConfigError('CONFIG_INVALID', `--param: expected key=value, got "${pair}"`);
    params[pair.slice(0, eq).trim()] = pair.slice(eq + 1);
  }
  return params;
}
