// Integration tests against the local Neo4j: the CSV export loads with LOAD CSV with the same counts, the graph
// reads back by id and type, and metrics are written back as node properties. Only nodes labelled GraphCsvTest
// (ids marked `graphtest-`) are created and deleted, so other tests sharing the database are left alone.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { resolveConfig } from '../../src/config.js';
import { ingestRecords, openDriver, runSavedQuery } from '../../src/load/index.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { computeMetrics } from '../../src/graph/compute-metrics.js';
import { ARRAY_DELIMITER, MENTIONS_FILE, RELATIONSHIP_FILE, buildImportCsv } from '../../src/graph/build-import-csv.js';
import { readGraphFromNeo4j } from '../../src/graph/read-graph-from-neo4j.js';
import { writeMetricsToNeo4j } from '../../src/graph/write-metrics-to-neo4j.js';
import type { ExtractionRecord } from '../../src/model/extraction.js';
import { FIXTURE_COUNTS, recordOne, recordTwo } from './fixtures.js';

const MARK = 'graphtest-';
const TEST_LABEL = 'GraphCsvTest';

/** `person:nguyen-chi-vinh` → `person:graphtest-nguyen-chi-vinh`, `VN` → `graphtest-VN`: same kinds, ids no other test uses. */
function markIds(record: ExtractionRecord): ExtractionRecord {
  return JSON.parse(JSON.stringify(record), (key, value) => {
    if (typeof value !== 'string') return value;
    if (key === 'code') return MARK + value;
    if (key === 'location') return `/${MARK}${value}`;
    return ['id', 'aId', 'bId', 'placeId', 'doc'].includes(key) ? value.replace(':', `:${MARK}`) : value;
  });
}

function markedGraph() {
  const graph = buildGraph([markIds(recordOne()), markIds(recordTwo())]);
  computeMetrics(graph);
  return graph;
}

/** What neo4j-admin does with a `name:type` column, written in Cypher. */
const CONVERT = `CASE parts[1]
  WHEN 'int' THEN toInteger(raw) WHEN 'double' THEN toFloat(raw) WHEN 'boolean' THEN toBoolean(raw)
  WHEN 'string[]' THEN split(raw, $delimiter) WHEN 'int[]' THEN [x IN split(raw, $delimiter) | toInteger(x)]
  ELSE raw END`;

// LOAD CSV stands in for `neo4j-admin database import full` (which needs a stopped database): it reads the
// same files and applies the same header conventions, `name:type` columns and `;`-separated arrays.
const LOAD_NODES = `
LOAD CSV WITH HEADERS FROM $url AS row
CREATE (n:${TEST_LABEL} {id: row.\`id:ID\`})
SET n:$(split(row.\`:LABEL\`, $delimiter))
WITH n, row
UNWIND [k IN keys(row) WHERE NOT k IN ['id:ID', ':LABEL'] AND row[k] IS NOT NULL] AS column
WITH n, row[column] AS raw, split(column, ':') AS parts
SET n[parts[0]] = ${CONVERT}
RETURN count(DISTINCT n) AS created`;

const LOAD_RELATIONSHIPS = `
LOAD CSV WITH HEADERS FROM $url AS row
MATCH (a:${TEST_LABEL} {id: row.\`:START_ID\`}), (b:${TEST_LABEL} {id: row.\`:END_ID\`})
CREATE (a)-[r:$(row.\`:TYPE\`)]->(b)
WITH r, row
UNWIND [k IN keys(row) WHERE NOT k STARTS WITH ':' AND row[k] IS NOT NULL] AS column
WITH r, row[column] AS raw, split(column, ':') AS parts
SET r[parts[0]] = ${CONVERT}
RETURN count(DISTINCT r) AS created`;

let driver: Driver;
let importDir = '';

async function run(query: string, params: Record<string, unknown> = {}) {
  const session = driver.session();
  try {
    return (await session.run(query, params)).records;
  } finally {
    await session.close();
  }
}

/** Loads the marked fixture records the way `entente ingest` does. */
async function ingestFixture() {
  async function* outcomes() {
    for (const record of [markIds(recordOne()), markIds(recordTwo())]) yield { ok: true as const, record };
  }
  return ingestRecords(outcomes(), driver, { database: resolveConfig().neo4j.database, batchSize: 1000 });
}

async function clear() {
  await run(`MATCH (n:${TEST_LABEL}) DETACH DELETE n`);
  await run(`MATCH (a:Article) WHERE a.location STARTS WITH '/${MARK}' DETACH DELETE a`);
  await run(`MATCH (n:Entity) WHERE n.id CONTAINS ':${MARK}' DETACH DELETE n`);
}

before(async () => {
  driver = await openDriver(resolveConfig().neo4j);
  await clear();
  const [setting] = await run("CALL dbms.listConfig('server.directories.import') YIELD value RETURN value");
  assert.ok(setting, 'the server names no import directory (server.directories.import)');
  importDir = join(setting.get('value'), `entente-graph-test-${process.pid}`);
  mkdirSync(importDir, { recursive: true });
});

after(async () => {
  await clear();
  if (importDir) rmSync(importDir, { recursive: true, force: true });
  await driver?.close();
});

test('the CSV export loads into Neo4j with the same node and relationship counts', async () => {
  const graph = markedGraph();
  const csv = buildImportCsv(graph);
  for (const [name, text] of csv.files) writeFileSync(join(importDir, name), text);
  const folder = importDir.split('/').pop();
  let nodes = 0;
  for (const file of csv.nodeFiles) nodes += neo4j.integer.toNumber((await run(LOAD_NODES, { url: `file:///${folder}/${file}`, delimiter: ARRAY_DELIMITER }))[0].get('created'));
  const loadRelationships = async (file: string) =>
    neo4j.integer.toNumber((await run(LOAD_RELATIONSHIPS, { url: `file:///${folder}/${file}`, delimiter: ARRAY_DELIMITER }))[0].get('created'));
  assert.deepEqual(csv.relationshipFiles, [RELATIONSHIP_FILE, MENTIONS_FILE]);
  const rels = await loadRelationships(RELATIONSHIP_FILE);
  const mentions = await loadRelationships(MENTIONS_FILE);
  assert.equal(nodes, FIXTURE_COUNTS.nodes + FIXTURE_COUNTS.articles);
  assert.equal(rels, FIXTURE_COUNTS.edges);
  assert.equal(mentions, FIXTURE_COUNTS.mentions);

  const [counts] = await run(`MATCH (n:${TEST_LABEL}:Entity) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r`);
  assert.deepEqual([counts.get('n').toNumber(), counts.get('r').toNumber()], [FIXTURE_COUNTS.nodes, FIXTURE_COUNTS.edges]);
  const [vinh] = await run(`MATCH (n:${TEST_LABEL}:Entity:Person {id: 'person:graphtest-nguyen-chi-vinh'}) RETURN n`);
  const props = vinh.get('n').properties;
  assert.equal(props.name, 'Nguyen Chi Vinh');
  assert.deepEqual(props.dates, ['2024-03-12', '2024-04-02']);
  assert.equal(props.degree.toNumber(), 4);
  assert.equal(typeof props.pagerank, 'number');
  assert.ok(props.keys.includes('nguyen chi vinh'), 'saved queries find the person by folded name');
  const [met] = await run(`MATCH (:${TEST_LABEL} {id: 'person:graphtest-pham-minh-chinh'})-[r:MET]->() WITH r, split(r.evidenceRefs, '|') AS f
    MATCH (a:${TEST_LABEL}:Article {id: f[0]}) RETURN r, f, a.sentences[toInteger(f[1])] AS sentence`);
  assert.equal(met.get('sentence'), 'Le Premier ministre Pham Minh Chinh s\'est entretenu avec le président Matamela Cyril Ramaphosa.');
  assert.deepEqual(met.get('f'), ['doc:graphtest-2222222222222222', '1', '', '', 'met:entretenir']);
  assert.equal(met.get('r').properties.confidence, 0.9);
  const [event] = await run(`MATCH (n:${TEST_LABEL}:Event) RETURN n.type AS type, n.dateIso AS dateIso`);
  assert.deepEqual([event.get('type'), event.get('dateIso')], ['dialogue', '2024-03-12']);
  // A saved query that goes through MENTIONS answers on the CSV-loaded graph.
  const { rows } = await runSavedQuery(driver, resolveConfig().neo4j.database, 'articles-mentioning', { entity: 'person:graphtest-nguyen-chi-vinh' });
  assert.deepEqual(rows.map((r) => [r.mentions, r.firstSentence]).sort(), [
    [1, 'Le général Nguyen Chi Vinh a reçu M. Samuel Perez à Hanoï le 12 mars 2024.'],
    [1, 'Samuel Perez a de nouveau rencontré Nguyen Chi Vinh à Washington le 2 avril 2024.'],
  ]);
});

test('the CSV-loaded graph (previous test) reads back from Neo4j by id and type, with its evidence', async () => {
  const original = markedGraph();
  const back = await readGraphFromNeo4j(driver);
  const mine = back.filterNodes((id) => id.includes(MARK));
  assert.equal(mine.length, FIXTURE_COUNTS.nodes);
  const edges = back.filterEdges((_k, _a, s, t) => s.includes(MARK) && t.includes(MARK));
  assert.deepEqual(edges.sort(), original.edges().sort());
  const vinh = back.getNodeAttributes('person:graphtest-nguyen-chi-vinh');
  assert.deepEqual([vinh.kind, vinh.label, vinh.country], ['Person', 'Nguyen Chi Vinh', 'VN']);
  assert.ok(vinh.evidence.some((e) => e.text.startsWith('Le général Nguyen Chi Vinh a reçu')), 'node evidence comes from MENTIONS');
  assert.equal(back.getNodeAttribute('country:graphtest-US', 'label'), 'États-Unis');
  const met = back.getEdgeAttributes('person:graphtest-nguyen-chi-vinh|MET|person:graphtest-samuel-perez');
  assert.equal(met.evidence.length, 2);
  assert.deepEqual(met.docs, ['doc:graphtest-1111111111111111', 'doc:graphtest-2222222222222222']);
});

test('a graph loaded by `entente ingest` reads back with one edge per fact and its evidence sentences', async () => {
  await clear();
  const config = resolveConfig();
  assert.equal((await ingestFixture()).added, 2);
  const back = await readGraphFromNeo4j(driver, config.neo4j.database);
  const original = markedGraph();
  assert.deepEqual(back.filterNodes((id) => id.includes(MARK)).sort(), original.nodes().sort());
  assert.deepEqual(back.filterEdges((_k, _a, s, t) => s.includes(MARK) && t.includes(MARK)).sort(), original.edges().sort());
  const met = back.getEdgeAttributes('person:graphtest-nguyen-chi-vinh|MET|person:graphtest-samuel-perez');
  assert.deepEqual(met.evidence.map((e) => [e.doc, e.sentence, e.rule, e.text]).sort(), [
    ['doc:graphtest-1111111111111111', 0, 'met:recevoir', 'Le général Nguyen Chi Vinh a reçu M. Samuel Perez à Hanoï le 12 mars 2024.'],
    ['doc:graphtest-2222222222222222', 0, 'met:rencontrer', 'Samuel Perez a de nouveau rencontré Nguyen Chi Vinh à Washington le 2 avril 2024.'],
  ]);
  const vinh = back.getNodeAttributes('person:graphtest-nguyen-chi-vinh');
  assert.deepEqual([vinh.kind, vinh.label, vinh.country, vinh.dates], ['Person', 'Nguyen Chi Vinh', 'VN', ['2024-03-12', '2024-04-02']]);
  assert.ok(vinh.evidence.some((e) => e.text.startsWith('Le général Nguyen Chi Vinh a reçu')), 'node evidence comes from MENTIONS');
  assert.deepEqual(back.getNodeAttribute('event:graphtest-dialogue-2024-03-12', 'dates'), ['2024-03-12']);
  await clear();
});

test('metrics are written back onto ingested nodes as properties', async () => {
  await clear();
  await ingestFixture();
  const graph = markedGraph();
  const updated = await writeMetricsToNeo4j(graph, driver, { batchSize: 5 });
  assert.equal(updated, FIXTURE_COUNTS.nodes);
  const rows = await run(`MATCH (n:Entity) WHERE n.id CONTAINS ':${MARK}' RETURN n.id AS id, n.degree AS degree, n.pagerank AS pagerank, n.community AS community, n.component AS component`);
  assert.equal(rows.length, FIXTURE_COUNTS.nodes);
  for (const row of rows) {
    const attrs = graph.getNodeAttributes(row.get('id'));
    assert.equal(row.get('degree').toNumber(), attrs.degree, row.get('id'));
    assert.equal(row.get('pagerank'), attrs.pagerank, row.get('id'));
    assert.equal(row.get('component').toNumber(), attrs.component, row.get('id'));
    assert.equal(row.get('community').toNumber(), attrs.community, row.get('id'));
  }
  await clear();
});
