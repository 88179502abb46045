// `entente extract` end to end: five seed files give five JSON lines the project's scorer reads, identically every run.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readdirSync, writeFileSync, mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';

const seedsDir = '../shared/corpus/seeds';
const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seedsDir, f));

function extract(paths: string[]): { status: number | null; stdout: string; stderr: string } {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'extract', '--format', 'jsonl', ...paths],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

test('extract prints one JSON object per seed file, in the scorer\'s shape', () => {
  const run = extract(seeds);
  assert.equal(run.status, 0, run.stderr);
  const lines = run.stdout.trim().split('\n');
  assert.equal(lines.length, seeds.length);
  for (const [i, line] of lines.entries()) {
    const record = JSON.parse(line);
    assert.equal(record.file, seeds[i].split('/').pop());
    for (const field of ['persons', 'countries', 'organisations', 'events', 'relations']) {
      assert.ok(Array.isArray(record[field]), `${field} is an array`);
    }
  }
  const pred = join(mkdtempSync(join(tmpdir(), 'entente-extract-')), 'seeds.jsonl');
  writeFileSync(pred, run.stdout);
  const score = spawnSync(process.execPath, ['../shared/eval/score.mjs', '--gold', '../shared/eval/gold/seeds', '--pred', pred, '--json'],
    { encoding: 'utf8' });
  assert.equal(score.status, 0, score.stderr);
  const result = JSON.parse(score.stdout);
  assert.equal(result.files, seeds.length);
  assert.ok(result.scores.countries.tp > 0, 'some countries are found');
});

test('extraction is deterministic: the same input gives byte-identical output', () => {
  const first = extract(seeds);
  const second = extract([...seeds]);
  assert.equal(first.status, 0, first.stderr);
  const a = first.stdout.split('\n'), b = second.stdout.split('\n');
  const differs = a.findIndex((line, i) => line !== b[i]);
  assert.equal(differs, -1, `line ${differs + 1} differs between two runs`);
  assert.equal(a.length, b.length);
});

test('a missing file is reported on one line naming it, the others are still extracted, and the exit code is non-zero', () => {
  const run = extract([seeds[0], 'does/not/exist.txt']);
  assert.notEqual(run.status, 0);
  assert.equal(run.stdout.trim().split('\n').length, 1);
  assert.match(run.stderr, /does\/not\/exist\.txt/);
});

test('a dateline without a year and a bare weekday ("Hanoï, 12 juin (VNA)", "mardi") extract, the weekday left undated', () => {
  const article = join(mkdtempSync(join(tmpdir(), 'entente-extract-')), 'no-year.txt');
  writeFileSync(article, 'Le général Giang reçoit le ministre chinois\n\nHanoï, 12 juin (VNA) - Le général Giang a reçu mardi à Hanoï '
    + 'le ministre chinois de la Défense Dong Jun.\n');
  const run = extract([article]);
  assert.equal(run.status, 0, run.stderr);
  const record = JSON.parse(run.stdout);
  assert.deepEqual(record.persons.map((p: { id: string }) => p.id).sort(), ['person:dong-jun', 'person:giang']);
  assert.deepEqual(record.events.map((e: { date: string | null }) => e.date), [null]);
});

test('an article the rules fail on is reported with its location, and the next one is still extracted', async () => {
  const { extractSources } = await import('../../src/cli/extract-sources.js');
  const { loadGazetteers } = await import('../../src/gazetteer/index.js');
  const { resolveConfig } = await import('../../src/config.js');
  const config = resolveConfig();
  const gazetteers = loadGazetteers(config.gazetteerDir);
  // A scan that fails on one text stands for a defect of the rules met on an article no test had.
  const matcher = Object.create(gazetteers.matcher) as typeof gazetteers.matcher;
  matcher.scan = (text: string) => {
    if (text.includes('Jakarta')) throw new Error('scan failed');
    return gazetteers.matcher.scan(text);
  };
  const failing = join(mkdtempSync(join(tmpdir(), 'entente-extract-')), 'jakarta.txt');
  writeFileSync(failing, 'Réunion à Jakarta\n\nLe ministre s\'est rendu à Jakarta.\n');
  const outcomes = [];
  for await (const outcome of extractSources([failing, seeds[0]!], config, {}, { ...gazetteers, matcher })) outcomes.push(outcome);
  assert.equal(outcomes.length, 2);
  assert.ok(!outcomes[0]!.ok && outcomes[0]!.error.code === 'EXTRACT_FAILED');
  assert.match(outcomes[0]!.ok ? '' : outcomes[0]!.error.message, /jakarta\.txt: extraction failed: scan failed/);
  assert.ok(outcomes[1]!.ok);
});
