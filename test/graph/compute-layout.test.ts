// Tests the force layout: every node gets finite coordinates, the same graph gives the same picture, links pull together.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildGraph } from '../../src/graph/build-graph.js';
import { computeMetrics } from '../../src/graph/compute-metrics.js';
import { computeLayout } from '../../src/graph/compute-layout.js';
import { recordOne, recordTwo } from './fixtures.js';

function laidOut() {
  const graph = buildGraph([recordOne(), recordTwo()]);
  computeMetrics(graph);
  computeLayout(graph);
  return graph;
}

function distance(graph: ReturnType<typeof laidOut>, a: string, b: string): number {
  const p = graph.getNodeAttributes(a);
  const q = graph.getNodeAttributes(b);
  return Math.hypot(p.x! - q.x!, p.y! - q.y!);
}

test('every node gets finite, distinct coordinates, the same on every run', () => {
  const graph = laidOut();
  const points = graph.mapNodes((_n, a) => `${a.x},${a.y}`);
  assert.ok(graph.everyNode((_n, a) => Number.isFinite(a.x) && Number.isFinite(a.y)));
  assert.equal(new Set(points).size, graph.order);
  assert.deepEqual(laidOut().mapNodes((_n, a) => `${a.x},${a.y}`), points);
});

test('linked entities end up closer than unlinked ones', () => {
  const graph = laidOut();
  const cases: Array<[string, string, string]> = [
    // [a, linked to a, not linked to a]
    ['person:woo-won-sik', 'person:kim-jin-pyo', 'person:stefano-toscano'],
    ['person:nguyen-chi-vinh', 'person:samuel-perez', 'person:matamela-cyril-ramaphosa'],
  ];
  for (const [a, near, far] of cases) assert.ok(distance(graph, a, near) < distance(graph, a, far), `${a}: ${near} should be nearer than ${far}`);
});

test('an empty graph is left alone', () => {
  const graph = buildGraph([]);
  computeLayout(graph);
  assert.equal(graph.order, 0);
});
