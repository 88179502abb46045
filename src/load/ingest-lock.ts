// A lock file under the state folder so that two ingests (cron, timer, --watch, a hand run) never write at once.

import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { EntenteError } from '../errors.js';

export interface IngestLock {
  path: string;
  release(): void;
}

export function lockPath(stateDir: string, database: string): string {
  return join(stateDir, `ingest-${database.replace(/[^\w.-]/g, '_')}.lock`);
}

/**
 * Takes the lock or throws LOCKED naming the holder. A lock left by a process that no longer runs
 * (killed with -9, machine rebooted) is taken over: the loader's transactions make that safe.
 */
export function acquireIngestLock(stateDir: string, database: string): IngestLock {
  const path = lockPath(stateDir, database);
  mkdirSync(dirname(path), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, started: new Date().toISOString() }) + '\n');
      closeSync(fd);
      let released = false;
      return {
        path,
        release: () => {
          if (released) return;
          released = true;
          if (readHolder(path)?.pid === process.pid) rmSync(path, { force: true });
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(path);
      if (holder && isRunning(holder.pid)) {
        throw new EntenteError('LOCKED', `${path}: another ingest (pid ${holder.pid}, started ${holder.started}) is running; this run did nothing`);
      }
      rmSync(path, { force: true });
    }
  }
  throw new EntenteError('LOCKED', `${path}: could not take the lock`);
}

function readHolder(path: string): { pid: number; started: string } | null {
  try {
    const parsed = JSON.parse(readFileSync(path, 'utf8')) as { pid?: unknown; started?: unknown };
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, started: String(parsed.started) } : null;
  } catch {
    return null;
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
