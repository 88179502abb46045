// Neo4j load figures for the bench: runs bench/load.ts's measurements on the bench corpora against the bench's own
// local Neo4j (its own folder and ports, started here when nothing answers and stopped afterwards), because each
// measurement empties the database first.

import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../src/config.js';
import { ensureLocalNeo4j, portAnswers, stopLocalNeo4j } from '../src/neo4j-server/index.js';
import type { CeilingFigures } from './ceiling.js';
import type { LoadJobResult, LoadJobSpec } from './load-job.js';
import type { LoadRow } from './results.js';

export interface LoadCorpus {
  size: number;
  /** File listing the corpus, one path per line. */
  listFile: string;
}

export interface LoadOptions {
  /** Use NEO4J_URI's database (and empty it) instead of the bench's own local Neo4j. */
  useNeo4jUri: boolean;
  /** Leave the bench's local Neo4j running afterwards (faster next run). */
  keepNeo4j: boolean;
  /** Seconds of untimed loads that warm the server before each corpus's figures (bench/load-job.ts). */
  warmupSeconds: number;
}

/** Settings that give the bench a local Neo4j apart from the one `npm start` and the tests use. */
export const BENCH_NEO4J_ENV: Record<string, string> = {
  ENTENTE_STATE_DIR: '.entente/bench', ENTENTE_NEO4J_BOLT_PORT: '7697', ENTENTE_NEO4J_HTTP_PORT: '7484',
};

const JOB = fileURLToPath(new URL('./load-job.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function measureNeo4jLoad(corpora: LoadCorpus[], options: LoadOptions, log: (line: string) => void)
  : Promise<{ skipped?: string; rows: LoadRow[]; loadOnlyRows: LoadRow[]; ceiling?: CeilingFigures }> {
  const userConfig = resolveConfig();
  if (!userConfig.neo4j.local && !options.useNeo4jUri) {
    return { skipped: 'NEO4J_URI is set and the bench empties its database: unset it, or pass --use-neo4j-uri', rows: [], loadOnlyRows: [] };
  }
  const env = userConfig.neo4j.local ? BENCH_NEO4J_ENV : {};
  const config = resolveConfig({}, { ...process.env, ...env });
  let started = false;
  if (config.neo4j.local) {
    started = !(await portAnswers(config.localBoltPort));
    if (started) log(`starting the bench's own Neo4j on bolt://127.0.0.1:${config.localBoltPort} (state in ${config.stateDir})`);
    try {
      await ensureLocalNeo4j(config, log);
    } catch (err) {
      return { skipped: `no database: ${err instanceof Error ? err.message : String(err)}`, rows: [], loadOnlyRows: [] };
    }
  }
  const rows: LoadRow[] = [];
  const loadOnlyRows: LoadRow[] = [];
  let ceiling: CeilingFigures | undefined;
  try {
    for (const [i, corpus] of corpora.entries()) {
      log(`neo4j load, ${corpus.size}×`);
      const last = i === corpora.length - 1;
      const result = await runLoadJob({ size: corpus.size, listFile: corpus.listFile, env, ceiling: last, warmupSeconds: options.warmupSeconds });
      rows.push(result.cliPath);
      loadOnlyRows.push(result.loadOnly);
      if (last) ceiling = result.ceiling;
    }
  } finally {
    if (started && !options.keepNeo4j) {
      log('stopping the bench\'s Neo4j');
      await stopLocalNeo4j(config);
    }
  }
  return { rows, loadOnlyRows, ceiling };
}

function runLoadJob(spec: LoadJobSpec): Promise<LoadJobResult> {
  return new Promise((resolveJob, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', JOB, JSON.stringify(spec)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'inherit'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => { stdout += chunk; });
    child.on('error', reject);
    child.on('close', (code) => {
      const line = stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
      if (code !== 0 || !line) reject(new Error(`bench: load job (${spec.size}×) exited with ${code}`));
      else resolveJob(JSON.parse(line.slice('BENCH_RESULT '.length)) as LoadJobResult);
    });
  });
}
