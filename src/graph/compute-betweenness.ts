// Betweenness centrality: exact (graphology-metrics) on small graphs, Brandes from sampled sources on large ones.

import { createRequire } from 'node:module';
import type { AbstractGraph as Graph } from 'graphology-types';
import { betweenness as exactBetweenness } from 'graphology-metrics/centrality/index.js';

/** What graphology-shortest-path's indexed Brandes returns per source: visit stack, predecessors, path counts. */
interface IndexedBrandes {
  (sourceIndex: number): [{ size: number; pop(): number }, number[][], Uint32Array];
  index: { nodes: string[]; collect(values: Float64Array): Record<string, number> };
}

// CommonJS, and its types put `index` on the factory instead of on the function the factory returns.
const { createUnweightedIndexedBrandes }: { createUnweightedIndexedBrandes: (graph: Graph) => IndexedBrandes } =
  createRequire(import.meta.url)('graphology-shortest-path/indexed-brandes');

export interface BetweennessResult {
  values: Record<string, number>;
  /** How many source nodes the shortest paths were counted from (the order of the graph when exact). */
  sources: number;
}

/**
 * Normalised betweenness, hop-counted. Exact is O(nodes × edges): minutes past ~10,000 nodes, so above
 * `exactLimit` nodes paths are counted from `samples` sources drawn with a fixed seed and scaled up (Brandes & Pich's
 * pivot sampling), which keeps the ranking of brokers at a fraction of the cost.
 */
export function computeBetweenness(graph: Graph, options: { exactLimit?: number; samples?: number; seed?: number } = {}): BetweennessResult {
  const exactLimit = options.exactLimit ?? 4000;
  const samples = options.samples ?? 500;
  if (graph.order <= exactLimit || samples >= graph.order) {
    return { values: exactBetweenness(graph, { getEdgeWeight: null, normalized: true }), sources: graph.order };
  }
  const sources = drawSources(graph.order, samples, options.seed ?? 42);
  return { values: computeSampledBetweenness(graph, sources), sources: sources.length };
}

/** Brandes' accumulation from the given source indexes (graph order), scaled by order / sources, normalised. */
export function computeSampledBetweenness(graph: Graph, sources: number[]): Record<string, number> {
  const brandes = createUnweightedIndexedBrandes(graph);
  const n = graph.order;
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  for (const source of sources) {
    const [stack, predecessors, sigma] = brandes(source);
    delta.fill(0);
    while (stack.size !== 0) {
      const w = stack.pop();
      const coefficient = (1 + delta[w]) / sigma[w];
      for (const v of predecessors[w]) delta[v] += sigma[v] * coefficient;
      if (w !== source) centrality[w] += delta[w];
    }
  }
  // Same normalisation as graphology-metrics, so exact and sampled values read alike.
  const scale = n <= 2 || sources.length === 0 ? 0 : (n / sources.length) / ((n - 1) * (n - 2));
  for (let i = 0; i < n; i++) centrality[i] *= scale;
  return brandes.index.collect(centrality);
}

/** `count` distinct indexes below `order`, by a seeded partial Fisher–Yates shuffle. */
function drawSources(order: number, count: number, seed: number): number[] {
  const pool = Array.from({ length: order }, (_, i) => i);
  let state = seed >>> 0;
  const random = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 4294967296;
  };
  for (let i = 0; i < count; i++) {
    const j = i + Math.floor(random() * (order - i));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count).sort((a, b) => a - b);
}
