// Tests the GEXF, GraphML, JSON and CSV exports: each reads back with the same nodes, edges and key attributes.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import graphology from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { buildGraph } from '../../src/graph/build-graph.js';
import { computeMetrics } from '../../src/graph/compute-metrics.js';
import { writeGexf } from '../../src/graph/write-gexf.js';
import { writeGraphml } from '../../src/graph/write-graphml.js';
import { parseGraphml } from '../../src/graph/parse-graphml.js';
import { writeJson } from '../../src/graph/write-json.js';
import { MENTIONS_FILE, buildImportCsv, importCommand } from '../../src/graph/build-import-csv.js';
import { resolveConfig } from '../../src/config.js';
import { extractSources } from '../../src/cli/extract-sources.js';
import { createEntityGraph, mergeRecord } from '../../src/graph/build-graph.js';
import { FIXTURE_COUNTS, evidence, recordOne, recordTwo } from './fixtures.js';

const { MultiDirectedGraph } = graphology;

function fixtureGraph() {
  const graph = buildGraph([recordOne(), recordTwo()]);
  computeMetrics(graph);
  return graph;
}

test('GEXF reads back into graphology with the same nodes, edges and attributes', () => {
  const graph = fixtureGraph();
  const back = parseGexf(MultiDirectedGraph, writeGexf(graph));
  assert.equal(back.order, FIXTURE_COUNTS.nodes);
  assert.equal(back.size, FIXTURE_COUNTS.edges);
  assert.deepEqual(back.nodes().sort(), graph.nodes().sort());
  assert.equal(back.getNodeAttribute('person:stefano-toscano', 'label'), 'Stefano Toscano');
  assert.equal(back.getNodeAttribute('person:stefano-toscano', 'entity'), 'Person');
  assert.equal(back.getNodeAttribute('org:centre-de-geneve', 'kind'), 'org');
  const edge = back.findEdge((_k, a) => a.type === 'MET' && a.docs === 'doc:1111111111111111;doc:2222222222222222');
  assert.ok(edge, 'the merged MET edge keeps both docs');
  assert.equal(back.source(edge), 'person:nguyen-chi-vinh');
  assert.match(String(back.getEdgeAttribute(edge, 'evidence')), /Samuel Perez a de nouveau rencontré/);
});

test('GraphML reads back with the same nodes, edges, and typed values', () => {
  const graph = fixtureGraph();
  const xml = writeGraphml(graph);
  const back = parseGraphml(xml);
  assert.equal(back.order, FIXTURE_COUNTS.nodes);
  assert.equal(back.size, FIXTURE_COUNTS.edges);
  assert.deepEqual(back.edges().sort(), graph.edges().sort());
  const vinh = back.getNodeAttributes('person:nguyen-chi-vinh');
  assert.equal(vinh.name, 'Nguyen Chi Vinh');
  assert.equal(vinh.degree, 4);
  assert.equal(typeof vinh.pagerank, 'number');
  assert.equal(vinh.pagerank, graph.getNodeAttribute('person:nguyen-chi-vinh', 'pagerank'));
  const evidence = JSON.parse(String(back.getEdgeAttribute('person:pham-minh-chinh|MET|person:matamela-cyril-ramaphosa', 'evidence')));
  assert.equal(evidence[0].text, 'Le Premier ministre Pham Minh Chinh s\'est entretenu avec le président Matamela Cyril Ramaphosa.');
  assert.match(xml, /<key id="n_degree" for="node" attr.name="degree" attr.type="int"\/>/);
  assert.match(xml, /<key id="n_pagerank" for="node" attr.name="pagerank" attr.type="double"\/>/);
});

test('GraphML escapes markup in names and sentences', () => {
  const one = recordOne();
  one.persons[0].name = 'Nguyen <Chi> & "Vinh"';
  const back = parseGraphml(writeGraphml(buildGraph([one])));
  assert.equal(back.getNodeAttribute('person:nguyen-chi-vinh', 'name'), 'Nguyen <Chi> & "Vinh"');
});

test('parseGraphml rejects a document that is not GraphML', () => {
  assert.throws(() => parseGraphml('<gexf/>', 'x.graphml'), (e: { code?: string }) => e.code === 'INPUT_BAD_FEED');
});

test('JSON is graphology serialisation and round-trips', () => {
  const graph = fixtureGraph();
  const back = MultiDirectedGraph.from(JSON.parse(writeJson(graph)));
  assert.equal(back.order, FIXTURE_COUNTS.nodes);
  assert.equal(back.size, FIXTURE_COUNTS.edges);
  assert.deepEqual(back.getNodeAttributes('person:samuel-perez'), graph.getNodeAttributes('person:samuel-perez'));
});

test('CSV for neo4j-admin: typed headers, one node file per kind, one row per node and relationship', () => {
  const csv = buildImportCsv(fixtureGraph());
  assert.deepEqual(csv.nodeFiles, ['nodes-person.csv', 'nodes-country.csv', 'nodes-organisation.csv', 'nodes-event.csv', 'nodes-place.csv', 'nodes-article.csv']);
  const persons = csv.files.get('nodes-person.csv')!.trimEnd().split('\n');
  assert.equal(persons.length, 1 + 7);
  assert.equal(persons[0], '"id:ID",":LABEL","name","keys:string[]","country","dates:string[]","docs:string[]","degree:int","betweenness:double",'
    + '"pagerank:double","community:int","component:int","aliases:string[]","positions:string[]","rank"');
  const vinh = persons.find((l) => l.startsWith('"person:nguyen-chi-vinh",'))!;
  assert.ok(vinh.startsWith('"person:nguyen-chi-vinh","Entity\u001fPerson","Nguyen Chi Vinh","nguyen chi vinh\u001fperson:nguyen-chi-vinh\u001fvinh","VN",'
    + '"2024-03-12\u001f2024-04-02","doc:1111111111111111\u001fdoc:2222222222222222",4,'), vinh);
  assert.match(vinh, /,4,0\.\d+,0\.\d+,0,0,"Vinh","vice-ministre de la Défense","général"$/);
  const events = csv.files.get('nodes-event.csv')!.split('\n');
  assert.match(events[0], /,"date","dateIso","place","placeId","type"$/);
  assert.match(events[1], /,"12 mars 2024","2024-03-12","Hanoï","place:hanoi","dialogue"$/);
  const rels = csv.files.get('relationships.csv')!.trimEnd().split('\n');
  assert.equal(rels[0], '":START_ID",":END_ID",":TYPE","confidence:double","date","event","domains:string[]","docs:string[]","rule","evidenceRefs"');
  const met = rels.find((l) => l.startsWith('"person:pham-minh-chinh","person:matamela-cyril-ramaphosa","MET"'))!;
  assert.ok(met.endsWith(',"met:entretenir","doc:2222222222222222|1|||met:entretenir"'), met);
  // The sentence's text is written once, on its article, at its index (an uncited sentence is one space).
  const articles = csv.files.get('nodes-article.csv')!.trimEnd().split('\n');
  assert.equal(articles[0], '"id:ID",":LABEL","sentences:string[]"');
  const second = articles.find((l) => l.startsWith('"doc:2222222222222222",'))!;
  assert.ok(second.includes('\u001fLe Premier ministre Pham Minh Chinh s\'est entretenu avec le président Matamela Cyril Ramaphosa.\u001f'), second);
  assert.equal(rels.length, 1 + FIXTURE_COUNTS.edges);
  // Each article mentions what its evidence names, as the loader writes it: Article → entity.
  assert.deepEqual(csv.relationshipFiles, ['relationships.csv', MENTIONS_FILE]);
  const mentions = csv.files.get(MENTIONS_FILE)!.trimEnd().split('\n');
  assert.equal(mentions[0], '":START_ID",":END_ID",":TYPE","evidenceCount:int","evidenceSentence:int[]"');
  assert.equal(mentions.length, 1 + FIXTURE_COUNTS.mentions);
  assert.deepEqual(mentions.filter((l) => l.includes('"person:nguyen-chi-vinh"')), [
    '"doc:1111111111111111","person:nguyen-chi-vinh","MENTIONS",1,"0"',
    '"doc:2222222222222222","person:nguyen-chi-vinh","MENTIONS",1,"0"',
  ]);
  assert.ok(mentions.includes('"doc:2222222222222222","person:pham-minh-chinh","MENTIONS",1,"1"'));
  assert.ok(!mentions.some((l) => l.includes('"place:hanoi"')), 'no evidence names Hanoï: no MENTIONS');
  const command = importCommand(csv, '/tmp/csv');
  assert.match(command, /^neo4j-admin database import full/);
  assert.match(command, /--nodes=\/tmp\/csv\/nodes-person.csv/);
  assert.match(command, /--nodes=\/tmp\/csv\/nodes-article.csv/);
  assert.match(command, /--relationships=\/tmp\/csv\/relationships.csv/);
  assert.match(command, /--relationships=\/tmp\/csv\/relationships-mentions.csv/);
  assert.match(command, /--array-delimiter=U\+001F/);
});

test('CSV MENTIONS count an article\'s evidence and give its first three distinct sentences, as the loader does', () => {
  const one = recordOne();
  const doc = 'doc:1111111111111111';
  one.persons[0].evidence = [evidence(doc, 3, 'S3'), evidence(doc, 0, 'S0'), evidence(doc, 3, 'S3', 'other:rule'), evidence(doc, 1, 'S1'), evidence(doc, 2, 'S2')];
  const mentions = buildImportCsv(buildGraph([one])).files.get(MENTIONS_FILE)!.split('\n');
  assert.ok(mentions.includes(`"${doc}","person:nguyen-chi-vinh","MENTIONS",5,"3\u001f0\u001f1"`), mentions.join('\n'));
});

test('the seed articles\' graph round-trips through GEXF, GraphML and JSON', async () => {
  const graph = createEntityGraph();
  for await (const outcome of extractSources(['../shared/corpus/seeds'], resolveConfig())) if (outcome.ok) mergeRecord(graph, outcome.record);
  assert.equal(graph.getAttribute('records'), 5);
  assert.ok(graph.size > 0, 'the seeds gave no relation');
  computeMetrics(graph);
  const readers: Array<[string, () => { order: number; size: number; nodes(): string[] }]> = [
    ['gexf', () => parseGexf(MultiDirectedGraph, writeGexf(graph))],
    ['graphml', () => parseGraphml(writeGraphml(graph))],
    ['json', () => MultiDirectedGraph.from(JSON.parse(writeJson(graph)))],
  ];
  for (const [format, read] of readers) {
    const back = read();
    assert.deepEqual([back.order, back.size], [graph.order, graph.size], format);
    assert.deepEqual(back.nodes().sort(), graph.nodes().sort(), format);
  }
});
