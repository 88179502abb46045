// Writes the entity graph as graphology's serialisation (JSON), which `Graph.from` reads back unchanged.

import type { EntityGraph } from './model.js';

export function writeJson(graph: EntityGraph): string {
  return JSON.stringify(graph.export(), null, 1) + '\n';
}
