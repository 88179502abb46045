// Opens the Neo4j driver for any URI scheme (bolt, neo4j, +s/+ssc) and maps connection failures to one-line DatabaseErrors.

import neo4j, { type Driver, Neo4jError } from 'neo4j-driver';
import type { Neo4jSettings } from '../config.js';
import { DatabaseError } from '../errors.js';

export interface OpenDriverOptions {
  /** Milliseconds to wait for a connection before giving up (default 10 s). */
  connectionTimeoutMs?: number;
}

/**
 * Creates one driver for the whole command and proves it works: it reaches the server, logs in and
 * opens the named database. Failures become a DatabaseError whose message names the setting to fix.
 */
export async function openDriver(settings: Neo4jSettings, options: OpenDriverOptions = {}): Promise<Driver> {
  const driver = neo4j.driver(settings.uri, neo4j.auth.basic(settings.user, settings.password), {
    connectionTimeout: options.connectionTimeoutMs ?? 10_000,
    maxTransactionRetryTime: 15_000,
    userAgent: 'entente',
  });
  const session = driver.session({ database: settings.database, defaultAccessMode: neo4j.session.READ });
  try {
    // One plain query, not executeRead: a bad password or unknown database must fail now, not after retries.
    await session.run('RETURN 1');
    return driver;
  } catch (error) {
    await driver.close();
    throw describeConnectError(error, settings);
  } finally {
    await session.close().catch(() => undefined);
  }
}

/** Maps a driver error raised while connecting to the DatabaseError an operator can act on. */
export function describeConnectError(error: unknown, settings: Neo4jSettings): DatabaseError {
  const code = error instanceof Neo4jError ? error.code : '';
  const where = `at ${settings.uri}`;
  if (code === 'Neo.ClientError.Security.Unauthorized' || code === 'Neo.ClientError.Security.AuthenticationRateLimit') {
    return new DatabaseError('DB_AUTH', `NEO4J_PASSWORD: authentication failed for user "${settings.user}" ${where}`, false, { cause: error });
  }
  if (code === 'Neo.ClientError.Database.DatabaseNotFound') {
    return new DatabaseError('DB_NO_DATABASE', `NEO4J_DATABASE: no database named "${settings.database}" ${where}`, false, { cause: error });
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || isNetworkError(error)) {
    const hint = settings.local ? ' (start it with `entente neo4j start`)' : '';
    return new DatabaseError('DB_UNREACHABLE', `NEO4J_URI: no Neo4j server answers ${where}${hint}`, true, { cause: error });
  }
  return describeDatabaseError(error, `connecting ${where}`);
}

/** Wraps any other driver failure, keeping its `retriable` flag. */
export function describeDatabaseError(error: unknown, doing: string): DatabaseError {
  if (error instanceof DatabaseError) return error;
  const message = error instanceof Error ? error.message.split('\n')[0] : String(error);
  const retriable = error instanceof Neo4jError ? error.retriable : false;
  return new DatabaseError('DB_ERROR', `Neo4j error while ${doing}: ${message}`, retriable, { cause: error });
}

function isNetworkError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && ['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'EHOSTUNREACH'].includes(code);
}
