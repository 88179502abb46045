// Scheduled re-ingest: --every and --watch through the CLI, and the duration parser.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import type { ChildProcess } from 'node:child_process';
import type { Driver } from 'neo4j-driver';
import { parseEvery } from '../../src/load/index.js';
import { clearGraph, connect } from './helpers.js';
import { spawnCli, ROOT } from './cli.js';

const SEED = join(ROOT, '../shared/corpus/seeds/000_769450a205ff9c32.txt');
const SEED2 = join(ROOT, '../shared/corpus/seeds/001_1172300eeb66c489.txt');

let driver: Driver;
let work: string;
before(async () => {
  driver = await connect();
  work = mkdtempSync(join(tmpdir(), 'entente-schedule-'));
});
after(async () => {
  await driver.close();
  rmSync(work, { recursive: true, force: true });
});

test('durations and cron patterns for --every', () => {
  const cases: Array<[string, unknown]> = [
    ['30m', { seconds: 1800 }], ['2h', { seconds: 7200 }], ['45s', { seconds: 45 }], ['1d', { seconds: 86400 }],
    ['*/30 * * * *', { pattern: '*/30 * * * *' }],
  ];
  for (const [input, expected] of cases) assert.deepEqual(parseEvery(input), expected, input);
  for (const bad of ['0m', 'demi-heure', '30', '']) assert.throws(() => parseEvery(bad), { code: 'CONFIG_INVALID' }, bad);
});

/** Collects the child's summary lines and resolves when `count` have arrived. */
function summaries(child: ChildProcess): (count: number) => Promise<string[]> {
  const lines: string[] = [];
  const waiters: Array<() => void> = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    lines.push(...chunk.split('\n').filter((l) => l.includes(' ingest: ')));
    for (const w of waiters) w();
  });
  return (count) => new Promise((done, fail) => {
    const timer = setTimeout(() => fail(new Error(`waited for ${count} summaries, got: ${lines.join(' / ')}`)), 60_000);
    const check = (): void => {
      if (lines.length >= count) {
        clearTimeout(timer);
        done(lines.slice());
      }
    };
    waiters.push(check);
    check();
  });
}

test('--every runs now and again on schedule, skipping what is unchanged, one line per run', async () => {
  await clearGraph(driver);
  const child = spawnCli(['ingest', '--every', '2s', SEED], { ENTENTE_STATE_DIR: join(work, 'every') });
  try {
    const lines = await summaries(child)(2);
    assert.match(lines[0]!, /read 1, skipped 0, added 1, updated 0, failed 0/);
    assert.match(lines[1]!, /read 1, skipped 1, added 0, updated 0, failed 0/);
  } finally {
    child.kill('SIGTERM');
  }
});

test('--watch ingests the folder, then each file that arrives', async () => {
  await clearGraph(driver);
  const inbox = join(work, 'inbox');
  rmSync(inbox, { recursive: true, force: true });
  mkdirSync(inbox, { recursive: true });
  copyFileSync(SEED, join(inbox, 'premier.txt'));
  const child = spawnCli(['ingest', '--watch', inbox], { ENTENTE_STATE_DIR: join(work, 'watch') });
  try {
    const wait = summaries(child);
    assert.match((await wait(1))[0]!, /read 1, skipped 0, added 1/);
    copyFileSync(SEED2, join(inbox, 'second.txt'));
    assert.match((await wait(2))[1]!, /read 1, skipped 0, added 1/);
  } finally {
    child.kill('SIGTERM');
  }
});
