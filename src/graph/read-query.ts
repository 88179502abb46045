// Reads a named Cypher file of the graph stage from src/graph/queries.

import { readFileSync } from 'node:fs';
import { locateStageFile } from './locate-stage-file.js';

export type GraphQueryName = 'read-entities' | 'read-relations' | 'write-metrics';

const cache = new Map<GraphQueryName, string>();

export function readGraphQuery(name: GraphQueryName): string {
  let text = cache.get(name);
  if (!text) {
    text = readFileSync(locateStageFile(`queries/${name}.cypher`), 'utf8');
    cache.set(name, text);
  }
  return text;
}
