// `entente schema`: applies queries/schema.cypher (constraints, indexes, full-text index) to the database.

import type { CommandModule } from 'yargs';
import { resolveConfig } from '../../config.js';
import { applySchema } from '../../load/index.js';
import { connectDatabase } from '../connect.js';

interface SchemaArgs { database?: string }

export const schemaCommand: CommandModule<object, SchemaArgs> = {
  command: 'schema',
  describe: 'Create the graph\'s constraints and indexes (idempotent; ingest also does it)',
  builder: (y) => y.option('database', { type: 'string', describe: 'Neo4j database (default NEO4J_DATABASE or neo4j)' }),
  handler: async (argv) => {
    const config = resolveConfig({ database: argv.database });
    const driver = await connectDatabase(config);
    try {
      const count = await applySchema(driver, config.neo4j.database);
      process.stdout.write(`schema: ${count} constraints and indexes in place on ${config.neo4j.uri} (database "${config.neo4j.database}")\n`);
    } finally {
      await driver.close();
    }
  },
};
