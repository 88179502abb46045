// The five seed articles, extracted and loaded for real: every saved query answers what the gold says, and re-ingest is idempotent.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { ingestRecords, runSavedQuery, countGraph, listSavedQueries, canonicalLocation } from '../../src/load/index.js';
import { toPlain } from '../../src/load/saved-queries.js';
import { extractSources } from '../../src/cli/extract-sources.js';
import { DATABASE, clearGraph, connect, snapshotGraph } from './helpers.js';
import { testConfig } from './fixtures.js';
import { ROOT } from './cli.js';

const SEEDS = join(ROOT, '../shared/corpus/seeds');
const config = testConfig();
let driver: Driver;
let firstSnapshot: string[];

const ingestSeeds = () => ingestRecords(extractSources([SEEDS], config), driver, { database: DATABASE, batchSize: config.batchSize });

before(async () => {
  driver = await connect();
  await clearGraph(driver);
  const summary = await ingestSeeds();
  assert.deepEqual([summary.read, summary.added, summary.failed], [5, 5, 0]);
  firstSnapshot = await snapshotGraph(driver);
});
after(async () => { await driver.close(); });

const run = async (name: string, params: Record<string, string | number>) => (await runSavedQuery(driver, DATABASE, name, params)).rows;
const values = (rows: Array<Record<string, unknown>>, key: string) => new Set(rows.map((r) => r[key]));
const includesAll = (found: Set<unknown>, expected: unknown[], what: string) => {
  for (const e of expected) assert.ok(found.has(e), `${what}: expected ${String(e)} among ${[...found].join(', ')}`);
};
const seedFile = (location: unknown) => String(location).split('/').pop()!.slice(0, 3);

/** Facts taken from the gold (../shared/eval/gold/seeds), asked through each saved query. */
const cases: Array<[string, Record<string, string | number>, (rows: Array<Record<string, unknown>>) => void]> = [
  ['who-met', { person: 'To Lam' }, (rows) => includesAll(values(rows, 'met'), ['Donald Trump', 'Jamieson Greer', 'Woo Won-sik'], 'To Lam met')],
  ['meetings-between-countries', { countryA: 'VN', countryB: 'Singapour' }, (rows) => {
    const pairs = new Set(rows.map((r) => [r.side1, r.side2].sort().join(' / ')));
    includesAll(pairs, ['Lee Hsien Loong / Nguyen Hoa Binh', 'Josephine Teo / Nguyen Manh Hung', 'Josephine Teo / Luong Tam Quang'], 'VN–SG meetings');
  }],
  ['person-career', { person: 'Nguyen Chi Vinh' }, (rows) =>
    includesAll(new Set(rows.map((r) => `${r.kind}: ${r.title}`)), ['HAS_RANK: général', 'HOLDS_POSITION: vice-ministre de la Défense'], 'career')],
  ['organisation-activity', { organisation: 'CCPPC' }, (rows) =>
    includesAll(new Set(rows.filter((r) => r.kind === 'member').map((r) => r.name)), ['Wang Huning'], 'CCPPC members')],
  ['cooperation-partners', { country: 'VN' }, (rows) =>
    includesAll(values(rows, 'partner'), ['Chine', 'États-Unis', 'France', 'Singapour', 'Laos', 'Corée du Sud'], 'VN partners')],
  ['events-in-place-or-range', { from: '2025-11-01', to: '2025-11-30' }, (rows) => {
    includesAll(values(rows, 'event'), ['Sommet du G20'], 'events in November 2025');
    for (const row of rows) assert.ok(String(row.date) >= '2025-11-01' && String(row.date) <= '2025-11-30', String(row.date));
  }],
  ['most-connected-people', { limit: 3 }, (rows) => {
    assert.equal(rows.length, 3);
    includesAll(values(rows, 'person'), ['Tô Lâm'], 'most connected');
  }],
  ['shortest-path', { personA: 'Donald Trump', personB: 'Woo Won-sik' }, (rows) => {
    // Two articles joined by To Lam, who met both.
    assert.equal(rows[0]?.hops, 2);
    assert.deepEqual(rows[0]?.relations, ['MET', 'MET']);
    assert.equal((rows[0]?.names as string[])[1], 'Tô Lâm');
  }],
  ['relation-evidence', { a: 'Nguyen Hoa Binh', b: 'Lee Hsien Loong', type: 'MET' }, (rows) => {
    assert.ok(rows.length >= 1);
    for (const row of rows) {
      assert.match(String(row.sentence), /Lee Hsien Loong/);
      assert.ok(typeof row.rule === 'string' && row.rule.length > 0);
      assert.ok(Number(row.end) > Number(row.start));
      assert.equal(seedFile(row.location), '000');
    }
  }],
  ['articles-mentioning', { entity: 'To Lam' }, (rows) =>
    includesAll(new Set(rows.map((r) => seedFile(r.location))), ['001', '002', '004'], 'articles naming To Lam')],
  // The seeds name every person in full, or resolve the short name within its article: no pair.
  ['duplicate-candidates', {}, (rows) => assert.deepEqual(rows, [])],
  ['search-names', { text: 'Nguy*' }, (rows) => includesAll(values(rows, 'name'), ['Nguyen Hoa Binh', 'Nguyen Chi Vinh'], 'search')],
];

for (const [name, params, check] of cases) {
  test(`seeds: ${name} ${JSON.stringify(params)}`, async () => check(await run(name, params)));
}

test('seeds: every saved query has a case on the seeds', () => {
  const covered = new Set(cases.map(([name]) => name));
  for (const q of listSavedQueries()) assert.ok(covered.has(q.name), q.name);
});

test('seeds: every fact\'s evidence sentence read back from Neo4j is the sentence in the extraction', async () => {
  const expected = new Map<string, string>();
  for await (const outcome of extractSources([SEEDS], config)) {
    assert.ok(outcome.ok, 'every seed extracts');
    const location = canonicalLocation(outcome.record.location);
    for (const r of outcome.record.relations) {
      for (const e of r.evidence) expected.set([location, r.type, r.aId, r.bId, e.doc, e.sentence, e.rule].join('\u0000'), e.text);
    }
  }
  // The same path the saved query relation-evidence takes: coordinates on the relationship, text on the Article.
  const result = await driver.executeQuery(`
    MATCH (a:Entity)-[r]->(b:Entity) WHERE r.evidenceRefs IS NOT NULL
    UNWIND split(r.evidenceRefs, ';') AS ref
    WITH a, r, b, split(ref, '|') AS f
    OPTIONAL MATCH (art:Article {id: f[0]})
    RETURN r.source AS source, type(r) AS type, a.id AS a, b.id AS b, f[0] AS doc, toInteger(f[1]) AS sentence, f[4] AS rule,
           art.sentences[toInteger(f[1])] AS text`, {}, { database: DATABASE });
  const found = new Set<string>();
  for (const row of result.records) {
    const key = ['source', 'type', 'a', 'b', 'doc', 'sentence', 'rule'].map((k) => String(toPlain(row.get(k)))).join('\u0000');
    assert.ok(expected.has(key), `a stored coordinate the extraction does not have: ${key.replace(/\u0000/g, ' ')}`);
    assert.equal(row.get('text'), expected.get(key), key.replace(/\u0000/g, ' '));
    found.add(key);
  }
  assert.ok(found.size > 50, `only ${found.size} evidence coordinates read back`);
  assert.equal(found.size, expected.size, 'every evidence of the extraction is stored');
});

test('seeds: one event reported by two articles is one node counting both', async () => {
  const result = await driver.executeQuery('MATCH (e:Event) WHERE e.sourceCount >= 2 RETURN count(e) AS n', {}, { database: DATABASE });
  assert.ok((result.records[0]!.get('n') as { toNumber(): number }).toNumber() >= 1);
});

test('seeds: a second ingest skips all five and leaves the same graph', async () => {
  const summary = await ingestSeeds();
  assert.deepEqual([summary.read, summary.skipped, summary.added, summary.updated], [5, 5, 0, 0]);
  assert.deepEqual(await snapshotGraph(driver), firstSnapshot);
  const counts = await countGraph(driver, DATABASE);
  assert.equal(counts.nodes.Article! >= 5, true);
});

test('seeds: the aggregates written when entities are created equal those recomputed from the stored MENTIONS', async () => {
  // One batch holds the five files, so every entity got the loader's own aggregates (src/load/aggregates.ts); marking
  // them all Pending makes the next run recompute each one in Cypher (RECOMPUTE_AGGREGATES).
  await driver.executeQuery('MATCH (n:Entity) SET n:Pending', {}, { database: DATABASE });
  const settled = await ingestRecords((async function* () {})(), driver, { database: DATABASE, batchSize: config.batchSize });
  assert.equal(settled.read, 0);
  assert.equal((await driver.executeQuery('MATCH (n:Pending) RETURN count(n) AS n', {}, { database: DATABASE }))
    .records[0]!.get('n').toNumber(), 0);
  assert.deepEqual(await snapshotGraph(driver), firstSnapshot);
});
