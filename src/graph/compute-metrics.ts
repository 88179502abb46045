// Computes centrality, communities and connected components of the entity graph and stores them on its nodes.

import { createRequire } from 'node:module';
import graphology from 'graphology';
import { pagerank } from 'graphology-metrics/centrality/index.js';
import { connectedComponents } from 'graphology-components';
import type { EntityGraph } from './model.js';
import { computeBetweenness } from './compute-betweenness.js';
import { seededRandom } from './seeded-random.js';

const { UndirectedGraph } = graphology;
// The package is CommonJS with an ESM-style `export default` in its types; require gives the function they describe.
const louvain: typeof import('graphology-communities-louvain').default = createRequire(import.meta.url)('graphology-communities-louvain');

export interface MetricsSummary {
  nodes: number;
  edges: number;
  communities: number;
  components: number;
  modularity: number;
  /** Size of the largest connected component. */
  largestComponent: number;
  /** Sources betweenness was counted from: every node when exact, fewer when sampled on a large graph. */
  betweennessSources: number;
}

export interface MetricsOptions {
  /** Louvain's random seed. */
  seed?: number;
  /** Largest graph whose betweenness is computed exactly (default 4000 nodes). */
  exactBetweennessLimit?: number;
  /** Sources sampled for betweenness above that size (default 500). */
  betweennessSamples?: number;
}

/**
 * The analytics run on an undirected simple projection: two entities are linked once, weighted by how many
 * relation types join them, because MET, COOPERATES_WITH and most others are symmetric facts.
 */
export function buildAnalyticsProjection(graph: EntityGraph): graphology.UndirectedGraph<object, { weight: number }> {
  const projection = new UndirectedGraph<object, { weight: number }>();
  graph.forEachNode((node) => projection.addNode(node));
  graph.forEachEdge((_edge, _attrs, source, target) => {
    if (source === target) return;
    projection.updateEdge(source, target, (attr) => ({ weight: (attr.weight ?? 0) + 1 }));
  });
  return projection;
}

/** Stores `degree`, `betweenness`, `pagerank`, `community` and `component` on every node of `graph`. */
export function computeMetrics(graph: EntityGraph, options: MetricsOptions = {}): MetricsSummary {
  const projection = buildAnalyticsProjection(graph);
  const summary: MetricsSummary = {
    nodes: graph.order, edges: graph.size, communities: 0, components: 0, modularity: 0, largestComponent: 0, betweennessSources: 0,
  };
  if (graph.order === 0) return summary;

  // Betweenness counts hops, so weights (numbers of relations, not distances) are left out of it.
  const { values: betweenness, sources } = computeBetweenness(projection, {
    exactLimit: options.exactBetweennessLimit, samples: options.betweennessSamples, seed: options.seed,
  });
  const ranks = projection.size > 0 ? pagerank(projection, { getEdgeWeight: 'weight' }) : uniform(projection.nodes());
  const detailed = louvain.detailed(projection, { getEdgeWeight: 'weight', rng: seededRandom(options.seed ?? 42) });
  const community = renumberBySize(projection.nodes().map((n) => [n, detailed.communities[n]]));
  const components = connectedComponents(projection).sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));

  const componentOf = new Map<string, number>();
  components.forEach((members, index) => members.forEach((m) => componentOf.set(m, index)));

  graph.forEachNode((node) => {
    graph.mergeNodeAttributes(node, {
      degree: projection.degree(node),
      betweenness: round(betweenness[node]),
      pagerank: round(ranks[node]),
      community: community.get(node) ?? 0,
      component: componentOf.get(node) ?? 0,
    });
  });
  summary.communities = new Set(community.values()).size;
  summary.components = components.length;
  summary.modularity = round(detailed.modularity);
  summary.largestComponent = components[0]?.length ?? 0;
  summary.betweennessSources = sources;
  return summary;
}

/** Community 0 is the largest; ties broken by the smallest member id, so numbers are stable between runs. */
function renumberBySize(pairs: Array<[string, number]>): Map<string, number> {
  const members = new Map<number, string[]>();
  for (const [node, c] of pairs) {
    const list = members.get(c) ?? [];
    list.push(node);
    members.set(c, list);
  }
  const ordered = [...members.values()].map((list) => list.sort())
    .sort((a, b) => b.length - a.length || (a[0] < b[0] ? -1 : 1));
  const result = new Map<string, number>();
  ordered.forEach((list, index) => list.forEach((node) => result.set(node, index)));
  return result;
}

function uniform(nodes: string[]): Record<string, number> {
  return Object.fromEntries(nodes.map((n) => [n, 1 / nodes.length]));
}

function round(value: number | undefined): number {
  return Math.round((value ?? 0) * 1e6) / 1e6;
}

