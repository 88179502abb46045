// Opens the database a command works on, starting the project's local Neo4j first when no NEO4J_URI is set.

import type { Driver } from 'neo4j-driver';
import type { ResolvedConfig } from '../config.js';
import { ensureLocalNeo4j } from '../neo4j-server/index.js';
import { openDriver } from '../load/index.js';

export async function connectDatabase(config: ResolvedConfig): Promise<Driver> {
  await ensureLocalNeo4j(config, (line) => process.stderr.write(`${line}\n`));
  return openDriver(config.neo4j);
}
