// Finds a data file of the graph stage (Cypher, HTML template) whether running from src/ or from compiled dist/.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** `relative` is relative to src/graph, e.g. `queries/read-entities.cypher` or `viz/explorer.html`. */
export function locateStageFile(relative: string): string {
  // tsc copies no data files into dist/graph, so from there look in the sibling src/graph.
  const candidates = [new URL(`./${relative}`, import.meta.url), new URL(`../../src/graph/${relative}`, import.meta.url)]
    .map((url) => fileURLToPath(url));
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`graph stage file ${relative} not found (looked in ${candidates.join(', ')})`);
  return found;
}
