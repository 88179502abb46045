// Places the nodes of the entity graph (x, y) with a deterministic force-directed layout, for Gephi and the explorer.

import { buildAnalyticsProjection } from './compute-metrics.js';
import type { EntityGraph } from './model.js';

export interface LayoutOptions {
  iterations?: number;
}

/**
 * Fruchterman–Reingold with grid-bucketed repulsion (only nearby nodes push each other), so a corpus-sized
 * graph lays out in seconds. Starts from a golden-angle spiral grouped by community: same input, same picture.
 */
export function computeLayout(graph: EntityGraph, options: LayoutOptions = {}): void {
  const projection = buildAnalyticsProjection(graph);
  const nodes = graph.nodes().sort((a, b) => (graph.getNodeAttribute(a, 'community') ?? 0) - (graph.getNodeAttribute(b, 'community') ?? 0) || (a < b ? -1 : 1));
  const n = nodes.length;
  if (n === 0) return;
  const index = new Map(nodes.map((node, i) => [node, i]));
  const side = Math.sqrt(n) * 100;
  const k = side / Math.sqrt(n);
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  nodes.forEach((_node, i) => {
    const r = (side / 2) * Math.sqrt((i + 0.5) / n);
    const theta = i * 2.399963229728653;
    xs[i] = r * Math.cos(theta);
    ys[i] = r * Math.sin(theta);
  });
  const links: Array<[number, number]> = projection.mapEdges((_e, _a, s, t) => [index.get(s)!, index.get(t)!]);
  const iterations = options.iterations ?? (n > 20000 ? 40 : n > 2000 ? 100 : 200);
  const dx = new Float64Array(n);
  const dy = new Float64Array(n);
  let temperature = side / 10;
  for (let step = 0; step < iterations; step++) {
    dx.fill(0);
    dy.fill(0);
    // Repulsion k²/d between nodes in the same or neighbouring cells of a 2k grid.
    const cell = 2 * k;
    const grid = new Map<number, number[]>();
    for (let i = 0; i < n; i++) {
      const key = cellKey(Math.floor(xs[i] / cell), Math.floor(ys[i] / cell));
      const bucket = grid.get(key);
      if (bucket) bucket.push(i);
      else grid.set(key, [i]);
    }
    for (let i = 0; i < n; i++) {
      const cx = Math.floor(xs[i] / cell);
      const cy = Math.floor(ys[i] / cell);
      for (let gx = cx - 1; gx <= cx + 1; gx++) {
        for (let gy = cy - 1; gy <= cy + 1; gy++) {
          for (const j of grid.get(cellKey(gx, gy)) ?? []) {
            if (j === i) continue;
            let ddx = xs[i] - xs[j];
            let ddy = ys[i] - ys[j];
            let d2 = ddx * ddx + ddy * ddy;
            if (d2 < 1e-6) {
              ddx = ((i - j) % 7) * 0.01 + 0.01;
              ddy = ((j - i) % 5) * 0.01 + 0.01;
              d2 = ddx * ddx + ddy * ddy;
            }
            const force = (k * k) / d2;
            dx[i] += ddx * force;
            dy[i] += ddy * force;
          }
        }
      }
    }
    // Attraction d²/k along links.
    for (const [s, t] of links) {
      const ddx = xs[s] - xs[t];
      const ddy = ys[s] - ys[t];
      const d = Math.sqrt(ddx * ddx + ddy * ddy) || 0.01;
      const force = d / k;
      dx[s] -= ddx * force;
      dy[s] -= ddy * force;
      dx[t] += ddx * force;
      dy[t] += ddy * force;
    }
    // Weak gravity keeps separate components on screen.
    for (let i = 0; i < n; i++) {
      dx[i] -= xs[i] * 0.01;
      dy[i] -= ys[i] * 0.01;
      const len = Math.sqrt(dx[i] * dx[i] + dy[i] * dy[i]) || 1;
      const move = Math.min(len, temperature);
      xs[i] += (dx[i] / len) * move;
      ys[i] += (dy[i] / len) * move;
    }
    temperature *= 0.97;
  }
  nodes.forEach((node, i) => graph.mergeNodeAttributes(node, { x: Math.round(xs[i] * 100) / 100, y: Math.round(ys[i] * 100) / 100 }));
}

/** A number per grid cell (cells stay well within ±2^20 of the origin for any corpus). */
function cellKey(gx: number, gy: number): number {
  return (gx + 1048576) * 2097152 + (gy + 1048576);
}
