// Writes the entity graph as GEXF 1.3 for Gephi, with positions, sizes and community colours when computed.

import { write } from 'graphology-gexf';
import { flattenEdgeAttributes, flattenNodeAttributes } from './flatten-attributes.js';
import { colourOfCommunity } from './palette.js';
import type { EntityGraph } from './model.js';

export function writeGexf(graph: EntityGraph): string {
  const maxRank = graph.reduceNodes((max, _n, a) => Math.max(max, a.pagerank ?? 0), 1e-9);
  return write(graph, {
    version: '1.3',
    formatNode: (_key, attrs) => ({
      label: attrs.label,
      attributes: flattenNodeAttributes(attrs),
      viz: {
        ...(attrs.x !== undefined && attrs.y !== undefined ? { x: attrs.x, y: attrs.y } : {}),
        // Gephi draws sizes as given: 4 to 30 by PageRank relative to the most central node.
        size: Math.round((4 + 26 * Math.sqrt((attrs.pagerank ?? 0) / maxRank)) * 100) / 100,
        ...(attrs.community !== undefined ? { color: colourOfCommunity(attrs.community) } : {}),
      },
    }),
    formatEdge: (_key, attrs) => ({ label: attrs.type, weight: attrs.confidence, attributes: flattenEdgeAttributes(attrs) }),
  });
}
