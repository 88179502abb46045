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

/** What a schema statement does to which named index or constraint, when it names one. */
export function schemaTarget(statement: string): { action: 'create' | 'drop'; name: string } | undefined {
  const m = /^(CREATE|DROP)\s+(?:(?:FULLTEXT|RANGE|TEXT|POINT|VECTOR|LOOKUP)\s+)?(?:INDEX|CONSTRAINT)\s+(\w+)/i.exec(statement);
  return m ? { action: m[1]!.toUpperCase() === 'CREATE' ? 'create' : 'drop', name: m[2]! } : undefined;
}

/** Names of the indexes and constraints the database holds. */
async function schemaNames(session: Session): Promise<Set<string>> {
  const names = new Set<string>();
  for (const show of ['SHOW INDEXES YIELD name RETURN name', 'SHOW CONSTRAINTS YIELD name RETURN name']) {
    for (const record of (await session.run(show)).records) names.add(record.get('name') as string);
  }
  return names;
}

/**
 * Creates every constraint and index that is missing and drops those the file drops (idempotent); returns the number
 * of statements in the file. Statements whose named index or constraint is already as the file wants it (created:
 * the name exists; dropped: it does not) are not sent: every ingest starts here, and an unchanged re-ingest spent
 * most of its time on thirty no-op round trips.
 */
export async function applySchema(driver: Driver, database: string): Promise<number> {
  const statements = readSchemaStatements();
  const session = driver.session({ database });
  try {
    await dropOutdatedFulltextIndexes(session, statements);
    // Read after the drops above, so an index just dropped is created again below.
    const names = await schemaNames(session);
    for (const statement of statements) {
      const target = schemaTarget(statement);
      if (target && names.has(target.name) === (target.action === 'create')) continue;
      await session.run(statement);
    }
    await session.run('CALL db.awaitIndexes(300)');
    return statements.length;
  } catch (error) {
    throw describeDatabaseError(error, 'applying queries/schema.cypher');
  } finally {
    await session.close();
  }
}
