// Tests betweenness: the sampled path agrees with graphology-metrics when every node is a source, and keeps the brokers.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import graphology from 'graphology';
import { betweenness } from 'graphology-metrics/centrality/index.js';
import { computeBetweenness, computeSampledBetweenness } from '../../src/graph/compute-betweenness.js';

/** 12 cliques-ish clusters of 25 nodes in a ring, each joined to the next through one broker node. */
function clusteredGraph() {
  const graph = new graphology.UndirectedGraph();
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  for (let c = 0; c < 12; c++) {
    for (let i = 0; i < 25; i++) graph.addNode(`c${c}-${i}`);
    for (let i = 0; i < 60; i++) {
      const a = `c${c}-${Math.floor(random() * 25)}`;
      const b = `c${c}-${Math.floor(random() * 25)}`;
      if (a !== b && !graph.hasEdge(a, b)) graph.addEdge(a, b);
    }
    for (let i = 1; i < 25; i++) if (graph.degree(`c${c}-${i}`) === 0) graph.addEdge(`c${c}-${i}`, `c${c}-0`);
  }
  for (let c = 0; c < 12; c++) {
    graph.addNode(`broker-${c}`);
    graph.addEdge(`broker-${c}`, `c${c}-0`);
    graph.addEdge(`broker-${c}`, `c${(c + 1) % 12}-1`);
  }
  return graph;
}

test('with every node as a source, the sampled computation equals graphology-metrics', () => {
  const graph = clusteredGraph();
  const exact = betweenness(graph, { getEdgeWeight: null, normalized: true });
  const all = computeSampledBetweenness(graph, graph.nodes().map((_n, i) => i));
  for (const node of graph.nodes()) assert.ok(Math.abs(all[node] - exact[node]) < 1e-12, `${node}: ${all[node]} vs ${exact[node]}`);
});

test('small graphs are exact; large ones are sampled and still rank the brokers first', () => {
  const graph = clusteredGraph();
  assert.equal(computeBetweenness(graph).sources, graph.order);
  const sampled = computeBetweenness(graph, { exactLimit: 100, samples: 80 });
  assert.equal(sampled.sources, 80);
  const exact = betweenness(graph, { getEdgeWeight: null, normalized: true });
  const top = (values: Record<string, number>) => Object.keys(values).sort((a, b) => values[b] - values[a]).slice(0, 12);
  const shared = top(sampled.values).filter((n) => top(exact).includes(n));
  assert.ok(shared.length >= 9, `only ${shared.length} of the 12 exact top brokers are in the sampled top 12`);
  assert.deepEqual(computeBetweenness(graph, { exactLimit: 100, samples: 80 }).values, sampled.values, 'same seed, same values');
});
