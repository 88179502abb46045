// kill -9 in the middle of an ingest, then a rerun, ends with the same graph as one clean run; the lock keeps runs apart.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { spawnSync } from 'node:child_process';
import type { Driver } from 'neo4j-driver';
import { acquireIngestLock, lockPath } from '../../src/load/index.js';
import { replicateRecords } from '../../bench/replicate-records.js';
import { recordA, recordB, recordC } from './fixtures.js';
import { DATABASE, clearGraph, connect, snapshotGraph } from './helpers.js';
import { runCli, spawnCli } from './cli.js';

let driver: Driver;
let work: string;
let jsonl: string;
const COPIES = 200;
const FILES = COPIES * 3;

before(async () => {
  driver = await connect();
  work = mkdtempSync(join(tmpdir(), 'entente-rerun-'));
  jsonl = join(work, 'records.jsonl');
  const lines = [...replicateRecords([recordA(), recordB(), recordC()], COPIES)].map((r) => JSON.stringify(r));
  writeFileSync(jsonl, lines.join('\n') + '\n');
});
after(async () => {
  await driver.close();
  rmSync(work, { recursive: true, force: true });
});

const articlesLoaded = async (): Promise<number> => {
  const result = await driver.executeQuery("MATCH (a:Article {kind: 'page'}) RETURN count(a) AS n", {}, { database: DATABASE });
  return (result.records[0]!.get('n') as { toNumber(): number }).toNumber();
};
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

test('an ingest killed with -9 midway, then run again, gives the graph of one clean run', async () => {
  const stateDir = join(work, 'state-kill');
  const env = { ENTENTE_STATE_DIR: stateDir };
  await clearGraph(driver);
  const child = spawnCli(['ingest', '--from-jsonl', jsonl, '--batch-size', '60'], env);
  const exited = new Promise<number | null>((done) => child.on('exit', (code) => done(code)));
  let seen = 0;
  for (let i = 0; i < 600 && seen < FILES / 10; i++) {
    await sleep(50);
    seen = await articlesLoaded();
  }
  child.kill('SIGKILL');
  await exited;
  const partial = await articlesLoaded();
  assert.ok(partial > 0 && partial < FILES, `killed midway: ${partial} of ${FILES} pages loaded`);
  assert.ok(existsSync(lockPath(stateDir, DATABASE)), 'the killed run left its lock behind');

  const rerun = runCli(['ingest', '--from-jsonl', jsonl, '--batch-size', '60'], env);
  assert.equal(rerun.status, 0, rerun.stderr);
  const line = /read (\d+), skipped (\d+), added (\d+), updated (\d+), failed (\d+)/.exec(rerun.stdout);
  assert.ok(line, rerun.stdout);
  const [read, skipped, added, updated, failed] = line!.slice(1).map(Number);
  assert.equal(read, FILES);
  assert.equal(skipped, partial, 'files committed before the kill are skipped');
  assert.equal(added, FILES - partial);
  assert.deepEqual([updated, failed], [0, 0]);
  assert.ok(!existsSync(lockPath(stateDir, DATABASE)), 'the lock is released');
  const afterRerun = await snapshotGraph(driver);

  await clearGraph(driver);
  const clean = runCli(['ingest', '--from-jsonl', jsonl], env);
  assert.equal(clean.status, 0, clean.stderr);
  assert.deepEqual(await snapshotGraph(driver), afterRerun);
});

test('a second ingest while one holds the lock does nothing and says so', async () => {
  const stateDir = join(work, 'state-lock');
  const lock = acquireIngestLock(stateDir, DATABASE);
  try {
    assert.throws(() => acquireIngestLock(stateDir, DATABASE), { code: 'LOCKED' });
    await clearGraph(driver);
    const result = runCli(['ingest', '--from-jsonl', jsonl], { ENTENTE_STATE_DIR: stateDir });
    assert.notEqual(result.status, 0);
    assert.match(result.stderr, /^entente: .*ingest-neo4j\.lock: another ingest \(pid \d+, started .*\) is running; this run did nothing$/m);
    assert.equal(await articlesLoaded(), 0);
  } finally {
    lock.release();
  }
  const again = acquireIngestLock(stateDir, DATABASE);
  again.release();
});

test('a lock left by a dead process is taken over', () => {
  const stateDir = join(work, 'state-stale');
  const dead = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  const path = lockPath(stateDir, DATABASE);
  acquireIngestLock(stateDir, DATABASE).release();
  writeFileSync(path, JSON.stringify({ pid: Number(dead.stdout), started: '2026-01-01T00:00:00Z' }));
  const lock = acquireIngestLock(stateDir, DATABASE);
  assert.ok(existsSync(path));
  lock.release();
  assert.ok(!existsSync(path));
});
