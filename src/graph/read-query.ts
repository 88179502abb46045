// Reads a named Cypher file of the graph stage from src/graph/queries (also when running from dist/).

import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export type GraphQueryName = 'read-entities' | 'read-relations' | 'write-metrics';

const cache = new Map<GraphQueryName, string>();

export function readGraphQuery(name: GraphQueryName): string {
  const cached = cache.get(name);
  if (cached) return cached;
  // From src/graph the files are siblings; from dist/graph the compiler did not copy them, so look in src/.
  const candidates = [new URL(`./queries/${name}.cypher`, import.meta.url), new URL(`../../src/graph/queries/${name}.cypher`, import.meta.url)]
    .map((url) => fileURLToPath(url));
  const path = candidates.find((p) => existsSync(p));
  if (!path) throw new Error(`graph query file ${name}.cypher not found (looked in ${candidates.join(', ')})`);
  const text = readFileSync(path, 'utf8');
  cache.set(name, text);
  return text;
}
