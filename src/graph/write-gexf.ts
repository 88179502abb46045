// Writes the entity graph as GEXF 1.3 for Gephi, with positions, sizes and community colours when computed.

import { write } from 'graphology-gexf';
import { flattenEdgeAttributes, flattenNodeAttributes } from './flatten-attributes.js';
import { colourOfCommunity } from './palette.js';
import type { EntityGraph } from './model.js';

export function writeGexf(graph: EntityGraph): string {
  return write(graph, {
    version: '1.3',
    formatNode: (_key, attrs) => ({
      label: attrs.label,
      attributes: flattenNodeAttributes(attrs),
      viz: {
        ...(attrs.x !== undefined && attrs.y !== undefined ? { x: attrs.x, y: attrs.y } : {}),
        size: 4 + 40 * (attrs.pagerank ?? 0),
        ...(attrs.community !== undefined ? { color: colourOfCommunity(attrs.community) } : {}),
      },
    }),
    formatEdge: (_key, attrs) => ({ label: attrs.type, weight: attrs.confidence, attributes: flattenEdgeAttributes(attrs) }),
  });
}
