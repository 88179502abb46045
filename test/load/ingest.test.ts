// Loads hand-built records into the real local Neo4j: counts, idempotence, replacement of a changed article, rules changes.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Driver } from 'neo4j-driver';
import { ingestRecords, countGraph } from '../../src/load/index.js';
import type { ExtractionRecord } from '../../src/model/extraction.js';
import type { SourceOutcome } from '../../src/cli/extract-sources.js';
import { InputError } from '../../src/errors.js';
import { recordA, recordB, recordC, outcomesOf, sha, testConfig } from './fixtures.js';
import { toPlain } from '../../src/load/saved-queries.js';
import { DATABASE, clearGraph, connect, snapshotGraph } from './helpers.js';

/** The local server's port (ENTENTE_NEO4J_BOLT_PORT, else 7687). */
const PORT = testConfig().localBoltPort;

let driver: Driver;
before(async () => {
  // The routing scheme, as against a cluster or Aura: the driver asks the server for its routing table.
  driver = await connect({ NEO4J_URI: `neo4j://127.0.0.1:${PORT}`, NEO4J_PASSWORD: 'entente-local' });
});
after(async () => { await driver.close(); });

const options = { database: DATABASE, batchSize: 5000 };
const ingest = (records: ExtractionRecord[], batchSize = 5000) => ingestRecords(outcomesOf(records), driver, { ...options, batchSize });
const prop = async (cypher: string, params: Record<string, unknown> = {}): Promise<unknown> =>
  toPlain((await driver.executeQuery(cypher, params, { database: DATABASE })).records[0]?.get(0));

test('a first ingest adds every file and the graph has the expected shape', async () => {
  await clearGraph(driver);
  const summary = await ingest([recordA(), recordB(), recordC()]);
  assert.deepEqual([summary.read, summary.added, summary.updated, summary.skipped, summary.failed, summary.rejected], [3, 3, 0, 0, 0, 1]);
  const counts = await countGraph(driver, DATABASE);
  assert.deepEqual(counts.nodes, { Article: 4, Person: 4, Country: 3, Organisation: 1, Event: 3, Place: 3, Office: 2, Rank: 1 });
  assert.equal(counts.relationships.MET, 3);
  assert.equal(counts.relationships.TEASER_OF, 1);
  assert.equal(counts.relationships.CO_CHAIRED, 2);
  assert.equal(counts.relationships.MEMBER_OF, 2);
  assert.ok(summary.relationshipsCreated > 0);
});

test('an event reported by two files is one node counting both', async () => {
  assert.equal(await prop("MATCH (e:Event {id: 'event:dialogue-shangri-la-2024'}) RETURN e.sourceCount"), 2);
  assert.equal(await prop("MATCH (e:Event {id: 'event:dialogue-shangri-la-2024'}) RETURN count(*)"), 1);
  // Aliases are the union of what each article said, sorted; the rank the one articles give.
  assert.deepEqual(await prop("MATCH (p:Person {id: 'person:lee-hsien-loong'}) RETURN p.aliases"), ['Lý Hiển Long']);
  assert.equal(await prop("MATCH (p:Person {id: 'person:phan-van-giang'}) RETURN p.rank"), 'général');
});

test('ingesting the same records again skips them and changes nothing', async () => {
  const before = await snapshotGraph(driver);
  const summary = await ingest([recordA(), recordB(), recordC()]);
  assert.deepEqual([summary.skipped, summary.added, summary.updated, summary.relationshipsCreated, summary.relationshipsDeleted], [3, 0, 0, 0, 0]);
  assert.deepEqual(await snapshotGraph(driver), before);
});

test('a changed article has its old facts replaced: the graph equals a clean load of the new version', async () => {
  const summary = await ingest([recordA(2)]);
  assert.deepEqual([summary.updated, summary.added, summary.skipped], [1, 0, 0]);
  assert.equal(await prop("MATCH (a:Article {id: 'doc:a-page-v1'}) RETURN count(a)"), 0);
  assert.deepEqual(await prop("MATCH (p:Person {id: 'person:nguyen-hoa-binh'}) RETURN p.aliases"), ['M. Bình', 'Nguyen Hoa Binh']);
  const replaced = await snapshotGraph(driver);
  await clearGraph(driver);
  await ingest([recordA(2), recordB(), recordC()]);
  assert.deepEqual(await snapshotGraph(driver), replaced);
});

test('load order and batch size do not change the graph', async () => {
  const reference = await snapshotGraph(driver);
  await clearGraph(driver);
  await ingest([recordC(), recordB(), recordA(2)], 7);
  assert.deepEqual(await snapshotGraph(driver), reference);
});

test('an entity only the old version mentioned leaves the graph', async () => {
  const withVisit = await prop("MATCH (e:Event {id: 'event:visite-pekin-2024'}) RETURN count(e)");
  assert.equal(withVisit, 1);
  const b = recordB();
  const shorter: ExtractionRecord = {
    ...b, sourceHash: `${b.sourceHash}-2`,
    persons: b.persons.filter((p) => p.id !== 'person:wang-huning'),
    events: b.events.filter((e) => e.id !== 'event:visite-pekin-2024'),
    places: [], countries: b.countries.filter((c) => c.code !== 'CN'),
    relations: b.relations.filter((r) => !r.aId.includes('pekin') && !r.bId.includes('wang')),
  };
  await ingest([shorter]);
  for (const id of ['event:visite-pekin-2024', 'person:wang-huning', 'place:pekin', 'country:CN']) {
    assert.equal(await prop('MATCH (n:Entity {id: $id}) RETURN count(n)', { id }), 0, id);
  }
});

test('new rules re-extract: the same text under another rules version is updated', async () => {
  const summary = await ingest([recordA(2, 'rules-2')]);
  assert.deepEqual([summary.updated, summary.skipped], [1, 0]);
  assert.equal(await prop("MATCH (a:Article {location: '/corpus/a.txt', kind: 'page'}) RETURN a.rulesVersion"), 'rules-2');
});

test('a failed input is counted and reported, the others load', async () => {
  await clearGraph(driver);
  const failures: string[] = [];
  async function* mixed(): AsyncGenerator<SourceOutcome> {
    yield { ok: false, error: new InputError('INPUT_EMPTY', '/corpus/vide.txt', 'empty file') };
    yield { ok: true, record: recordB() };
  }
  const summary = await ingestRecords(mixed(), driver, { ...options, onFailure: (e) => failures.push(e.code) });
  assert.deepEqual([summary.read, summary.failed, summary.added], [2, 1, 1]);
  assert.deepEqual(failures, ['INPUT_EMPTY']);
});

test('aggregates a killed run left pending are settled by the next run, even one with nothing to load', async () => {
  await clearGraph(driver);
  await ingest([recordA(), recordB()]);
  await driver.executeQuery("MATCH (e:Event {id: 'event:dialogue-shangri-la-2024'}) SET e:Pending, e.sourceCount = 99", {}, { database: DATABASE });
  await ingest([]);
  assert.equal(await prop("MATCH (e:Event {id: 'event:dialogue-shangri-la-2024'}) RETURN e.sourceCount"), 2);
  assert.equal(await prop('MATCH (n:Pending) RETURN count(n)'), 0);
});

test('the same file twice in one run: the later version wins', async () => {
  await clearGraph(driver);
  const summary = await ingest([recordA(1), recordB(), recordA(2)]);
  assert.deepEqual([summary.added, summary.updated], [2, 1]);
  const twice = await snapshotGraph(driver);
  await clearGraph(driver);
  await ingest([recordB(), recordA(2)]);
  assert.deepEqual(await snapshotGraph(driver), twice);
});

/** Another file printing article A's teaser, whose fact cites a sentence of the teaser that A's facts do not. */
function recordSharingTeaser(): ExtractionRecord {
  const text = 'Le ministre senior Lee Hsien Loong a reçu M. Nguyễn Hòa Bình.';
  const evidence = [{ doc: 'doc:a-teaser', sentence: 2, text, start: 0, end: text.length, sourceStart: 200, sourceEnd: 200 + text.length, rule: 'met.recevoir' }];
  return {
    ...recordA(), file: 'x.txt', location: '/corpus/x.txt', sourceHash: sha('x'),
    docs: [{ id: 'doc:x-page', kind: 'page', title: 'Page X' },
      { id: 'doc:a-teaser', kind: 'teaser', title: 'Ouverture du Dialogue Shangri-La', parentId: 'doc:x-page' }],
    persons: [], countries: [], organisations: [], places: [], events: [],
    relations: [{ type: 'MET', a: 'Lee Hsien Loong', b: 'Nguyễn Hòa Bình', aId: 'person:lee-hsien-loong', bId: 'person:nguyen-hoa-binh', confidence: 0.8, evidence }],
  };
}

test('a teaser two files print keeps the text of the sentences each file cites, in one run or two', async () => {
  const teaserSentences = async () => toPlain((await driver.executeQuery(
    "MATCH (t:Article {id: 'doc:a-teaser'}) RETURN t.sentences AS s", {}, { database: DATABASE })).records[0]!.get('s'));
  const expected = ['En bref : le Dialogue Shangri-La s’est ouvert à Singapour.', '', 'Le ministre senior Lee Hsien Loong a reçu M. Nguyễn Hòa Bình.'];
  for (const runs of [[[recordA()], [recordSharingTeaser()]], [[recordA(), recordSharingTeaser()]]]) {
    await clearGraph(driver);
    for (const records of runs) await ingest(records);
    assert.deepEqual(await teaserSentences(), expected, `${runs.length} run(s)`);
  }
});

test('a fact carrying a property no listed statement names is written with it, beside the listed facts', async () => {
  await clearGraph(driver);
  const record = recordA();
  const held = record.relations.find((r) => r.type === 'HOLDS_POSITION')!;
  held.props = { ...held.props, seenAs: 'ministre senior' };
  await ingest([record]);
  assert.equal(await prop('MATCH ()-[r:HOLDS_POSITION]->() WHERE r.seenAs IS NOT NULL RETURN r.seenAs'), 'ministre senior');
  assert.equal(await prop('MATCH ()-[r:HOLDS_POSITION]->() WHERE r.seenAs IS NOT NULL RETURN r.asOf'), '2024-05-31');
  assert.equal(await prop('MATCH ()-[r:MET]->() RETURN count(r)'), 1);
});
