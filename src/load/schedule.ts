// Scheduled re-ingest: a repeating job (croner, overrun-protected) and a folder watcher that batches changed files.

import { watch, existsSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Cron } from 'croner';
import { ConfigError } from '../errors.js';

/** `30m`, `2h`, `45s`, `1d` → seconds; anything with spaces is taken as a cron pattern instead. */
export function parseEvery(value: string): { seconds: number } | { pattern: string } {
  const trimmed = value.trim();
  if (/\s/.test(trimmed)) return { pattern: trimmed };
  const m = /^(\d+)\s*(s|m|h|d)$/.exec(trimmed);
  if (!m || Number(m[1]) === 0) {
    throw new ConfigError('CONFIG_INVALID', `--every: expected a duration such as 30m, 2h or 1d, or a cron pattern such as "*/30 * * * *", got "${value}"`);
  }
  const unit = { s: 1, m: 60, h: 3600, d: 86400 }[m[2] as 's' | 'm' | 'h' | 'd'];
  return { seconds: Number(m[1]) * unit };
}

/**
 * Runs `task` now and then on the schedule, never two at once (croner's protect); returns a stop function.
 * Failures of one run are handed to `onError` and the schedule goes on.
 */
export function scheduleEvery(every: string, task: () => Promise<void>, onError: (error: unknown) => void): () => void {
  const spec = parseEvery(every);
  const guarded = async (): Promise<void> => {
    try {
      await task();
    } catch (error) {
      onError(error);
    }
  };
  const job = 'seconds' in spec
    ? new Cron('* * * * * *', { interval: spec.seconds, protect: true, startAt: new Date(Date.now() + spec.seconds * 1000) }, guarded)
    : new Cron(spec.pattern, { protect: true }, guarded);
  const first = guarded();
  return () => {
    job.stop();
    void first;
  };
}

/**
 * Watches a folder (recursively) and calls `onFiles` with the files created or changed, after `quietMs` without
 * events so that an editor's or rsync's burst of writes gives one run; calls never overlap.
 */
export function watchFolder(dir: string, onFiles: (files: string[]) => Promise<void>, onError: (error: unknown) => void,
  quietMs = 2000): () => void {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory()) throw new ConfigError('CONFIG_INVALID', `--watch: ${dir} is not a folder`);
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const fire = (): void => {
    const files = [...pending].filter((f) => existsSync(f) && statSync(f).isFile()).sort();
    pending.clear();
    if (files.length === 0) return;
    running = running.then(() => onFiles(files)).catch(onError);
  };
  const watcher = watch(root, { recursive: true }, (_event, name) => {
    if (!name || name.split(/[\\/]/).some((part) => part.startsWith('.'))) return;
    pending.add(join(root, name.toString()));
    clearTimeout(timer);
    timer = setTimeout(fire, quietMs);
  });
  return () => {
    clearTimeout(timer);
    watcher.close();
  };
}
