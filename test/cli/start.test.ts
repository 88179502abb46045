// `entente start` (npm start) end to end against the real local Neo4j: loads the samples, prints counts and a query.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { clearGraph, connect } from '../load/helpers.js';

function start(): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'start'], { encoding: 'utf8' });
}

/** The "Nodes by label" and "Relationships by type" blocks, as label → count. */
function counts(stdout: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of stdout.matchAll(/^ {2}(\w+)\s+(\d+)$/gm)) out.set(m[1], Number(m[2]));
  return out;
}

test('start loads the sample articles, prints counts and the saved query, and a second start changes no count', async () => {
  const driver = await connect();
  try {
    await clearGraph(driver);
  } finally {
    await driver.close();
  }
  const first = start();
  assert.equal(first.status, 0, first.stderr);
  assert.match(first.stdout, /Nodes by label/);
  assert.match(first.stdout, /Saved query "most-connected-people"/);
  assert.match(first.stdout, /Nguyen Quoc Dung/, 'the minister who appears in two samples is listed');
  const before = counts(first.stdout);
  assert.ok((before.get('Person') ?? 0) >= 10);
  assert.ok((before.get('MET') ?? 0) >= 5);

  const second = start();
  assert.equal(second.status, 0, second.stderr);
  assert.match(second.stdout, /skipped 4, added 0, updated 0, failed 0/);
  assert.deepEqual(counts(second.stdout), before);
});
