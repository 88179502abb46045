// Tests building the entity graph from extraction records and computing its metrics.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph, kindOfId } from '../../src/graph/build-graph.js';
import { computeMetrics } from '../../src/graph/compute-metrics.js';
import { FIXTURE_COUNTS, recordOne, recordTwo } from './fixtures.js';

test('one node per entity and one edge per (source, type, target), merged across articles', () => {
  const graph = buildGraph([recordOne(), recordTwo()]);
  assert.equal(graph.order, FIXTURE_COUNTS.nodes);
  assert.equal(graph.size, FIXTURE_COUNTS.edges);
  assert.equal(graph.getAttribute('records'), 2);
  const met = graph.getEdgeAttributes('person:nguyen-chi-vinh|MET|person:samuel-perez');
  assert.deepEqual(met.docs, ['doc:1111111111111111', 'doc:2222222222222222']);
  assert.equal(met.evidence.length, 2);
  assert.equal(met.date, '2024-03-12');
  assert.deepEqual(graph.getNodeAttribute('person:nguyen-chi-vinh', 'dates'), ['2024-03-12', '2024-04-02']);
  assert.deepEqual(graph.getNodeAttribute('event:dialogue-2024-03-12', 'dates'), ['2024-03-12']);
  // Toscano's only relations are undated; Vinh's attendance at the dialogue dates the dialogue's place link too.
  assert.deepEqual(graph.getNodeAttribute('person:stefano-toscano', 'dates'), []);
  assert.deepEqual(graph.getNodeAttribute('place:hanoi', 'dates'), ['2024-03-12']);
});

test('an undated relation takes the dates of its event', () => {
  const one = recordOne();
  one.relations.push({ ...one.relations[1], event: 'event:dialogue-2024-03-12' });
  one.relations[1] = { ...one.relations[1], type: 'CO_CHAIRED' };
  const graph = buildGraph([one]);
  assert.deepEqual(graph.getNodeAttribute('person:stefano-toscano', 'dates'), ['2024-03-12']);
});

test('node kinds, names and countries come from the records', () => {
  const graph = buildGraph([recordOne(), recordTwo()]);
  const cases: Array<[string, string, string, string | null]> = [
    ['person:nguyen-chi-vinh', 'Person', 'Nguyen Chi Vinh', 'VN'],
    ['country:US', 'Country', 'États-Unis', 'US'],
    ['org:centre-de-geneve', 'Organisation', 'Centre de Genève', 'CH'],
    ['event:dialogue-2024-03-12', 'Event', 'Dialogue de défense', null],
    ['place:hanoi', 'Place', 'Hanoï', 'VN'],
  ];
  for (const [id, kind, label, country] of cases) {
    const attrs = graph.getNodeAttributes(id);
    assert.deepEqual([attrs.kind, attrs.label, attrs.country], [kind, label, country], id);
  }
  assert.equal(graph.getNodeAttribute('person:nguyen-chi-vinh', 'props').rank, 'général');
});

test('an endpoint with an unknown id prefix drops the relation, not the run', () => {
  const one = recordOne();
  one.relations.push({ ...one.relations[0], bId: 'thing:x', b: 'x' });
  const graph = buildGraph([one]);
  assert.equal(graph.hasNode('thing:x'), false);
  assert.equal(graph.size, 8);
  const cases: Array<[string, string | null]> = [['person:a', 'Person'], ['office:vice-ministre', 'Office'], ['thing:x', null], ['nocolon', null]];
  for (const [id, kind] of cases) assert.equal(kindOfId(id), kind, id);
});

test('metrics: the broker has the highest betweenness, communities and components are numbered by size', () => {
  const graph = buildGraph([recordOne(), recordTwo()]);
  const summary = computeMetrics(graph);
  assert.equal(summary.components, 2);
  assert.equal(summary.largestComponent, 10);
  assert.ok(summary.communities >= 2);
  const byBetweenness = graph.nodes().sort((a, b) => graph.getNodeAttribute(b, 'betweenness')! - graph.getNodeAttribute(a, 'betweenness')!);
  assert.equal(byBetweenness[0], 'person:nguyen-chi-vinh');
  assert.equal(graph.getNodeAttribute('person:nguyen-chi-vinh', 'degree'), 4);
  assert.equal(graph.getNodeAttribute('person:woo-won-sik', 'component'), 1);
  assert.equal(graph.getNodeAttribute('person:kim-jin-pyo', 'betweenness'), 0);
  assert.notEqual(graph.getNodeAttribute('person:woo-won-sik', 'community'), graph.getNodeAttribute('person:nguyen-chi-vinh', 'community'));
  const total = graph.nodes().reduce((sum, n) => sum + graph.getNodeAttribute(n, 'pagerank')!, 0);
  assert.ok(Math.abs(total - 1) < 1e-3, `pagerank sums to ${total}`);
  const again = buildGraph([recordOne(), recordTwo()]);
  computeMetrics(again);
  assert.deepEqual(again.nodes().map((n) => again.getNodeAttribute(n, 'community')), graph.nodes().map((n) => graph.getNodeAttribute(n, 'community')));
});

test('metrics on an empty graph', () => {
  const graph = buildGraph([]);
  assert.deepEqual(computeMetrics(graph), { nodes: 0, edges: 0, communities: 0, components: 0, modularity: 0, largestComponent: 0, betweennessSources: 0 });
});
