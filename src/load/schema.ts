// Applies queries/schema.cypher (constraints and indexes) and waits until the indexes are online.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Driver, Session } from 'neo4j-driver';
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

/**
 * `CREATE ... IF NOT EXISTS` leaves an index with other settings alone: a full-text index that a database holds from
 * an older schema.cypher, with another `fulltext.eventually_consistent` than the file asks for, is dropped here so the
 * file's statement builds it again.
 */
async function dropOutdatedFulltextIndexes(session: Session, statements: string[]): Promise<void> {
  const wanted = new Map<string, boolean>();
  for (const statement of statements) {
    const name = /^CREATE FULLTEXT INDEX (\w+)/i.exec(statement)?.[1];
    if (name) wanted.set(name, /`fulltext\.eventually_consistent`\s*:\s*true/i.test(statement));
  }
  if (wanted.size === 0) return;
  const result = await session.run('SHOW FULLTEXT INDEXES YIELD name, options WHERE name IN $names RETURN name, options',
    { names: [...wanted.keys()] });
  for (const record of result.records) {
    const name = record.get('name') as string;
    const options = record.get('options') as { indexConfig?: Record<string, unknown> } | null;
    const current = options?.indexConfig?.['fulltext.eventually_consistent'] === true;
    // The name comes from our own schema file and is checked against \w+ above, never from user input.
    if (current !== wanted.get(name)) await session.run(`DROP INDEX ${name} IF EXISTS`);
  }
}

/** Creates every constraint and index that is missing (idempotent); returns the number of statements run. */
export async function applySchema(driver: Driver, database: string): Promise<number> {
  const statements = readSchemaStatements();
  const session = driver.session({ database });
  try {
    await dropOutdatedFulltextIndexes(session, statements);
    for (const statement of statements) await session.run(statement);
    await session.run('CALL db.awaitIndexes(300)');
    return statements.length;
  } catch (error) {
    throw describeDatabaseError(error, 'applying queries/schema.cypher');
  } finally {
    await session.close();
  }
}
