// Applies queries/schema.cypher (constraints and indexes) and waits until the indexes are online.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { describeDatabaseError } from './driver.js';
import { queriesDir } from './queries-dir.js';

/** The statements of a .cypher file: `//` comment lines dropped, split on semicolons at line ends. */
export function splitStatements(text: string): string[] {
  return text.split('\n').filter((line) => !line.trim().startsWith('//')).join('\n')
    .split(/;\s*(?:\n|$)/).map((s) => s.trim()).filter(Boolean);
}

export function readSchemaStatements(dir = queriesDir()): string[] {
  return splitStatements(readFileSync(join(dir, 'schema.cypher'), 'utf8'));
}

/** Creates every constraint and index that is missing (idempotent); returns the number of statements run. */
export async function applySchema(driver: Driver, database: string): Promise<number> {
  const statements = readSchemaStatements();
  const session = driver.session({ database });
  try {
    for (const statement of statements) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
    return statements.length;
  } catch (error) {
    throw describeDatabaseError(error, 'applying queries/schema.cypher');
  } finally {
    await session.close();
  }
}
