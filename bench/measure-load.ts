// Neo4j load figures for the bench, through the load helper in bench/load.ts (first ingest, then unchanged re-ingest).

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { LoadRow } from './results.js';

export interface LoadCorpus {
  size: number;
  /** File listing the corpus, one path per line. */
  listFile: string;
}

/** Measures each corpus in turn; returns `skipped` with the reason when there is no load helper or no database. */
export async function measureNeo4jLoad(corpora: LoadCorpus[], log: (line: string) => void): Promise<{ skipped?: string; rows: LoadRow[] }> {
  const helper = new URL('./load.ts', import.meta.url);
  if (!existsSync(fileURLToPath(helper))) return { skipped: 'bench/load.ts is not there yet', rows: [] };
  void corpora;
  void log;
  return { skipped: 'bench/load.ts found but not wired yet', rows: [] };
}
