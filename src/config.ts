// Resolved configuration: defaults < .env < environment < flags, built once per command.

import { config as loadDotenv } from 'dotenv';
import { resolve } from 'node:path';
import { ConfigError } from './errors.js';

export interface Neo4jSettings {
  /** Bolt or routing URI; undefined means "use the local launcher". */
  uri: string;
  user: string;
  password: string;
  database: string;
  /** True when no NEO4J_URI was given and the project's own local Neo4j is used. */
  local: boolean;
}

export interface ResolvedConfig {
  projectRoot: string;
  neo4j: Neo4jSettings;
  /** Folder for the local Neo4j's data, logs and pid file. */
  stateDir: string;
  /** Loopback ports of the project's own local Neo4j. */
  localBoltPort: number;
  localHttpPort: number;
  batchSize: number;
  /** Home country of the source agency, for officials with no country marker. */
  sourceCountry: string;
  gazetteerDir: string;
  judgementsFile: string;
}


/** Project root whether running from `src/` (tsx) or `dist/` (compiled). */
function findProjectRoot(): string {
  const here = new URL('.', import.meta.url).pathname;
  const idx = Math.max(here.lastIndexOf('/src/'), here.lastIndexOf('/dist/'));
  return idx >= 0 ? here.slice(0, idx) : resolve(here, '..');
}

export const LOCAL_BOLT_PORT = 7687;
export const LOCAL_HTTP_PORT = 7474;
export const LOCAL_PASSWORD_DEFAULT = 'entente-local';

let dotenvLoaded = false;

export function resolveConfig(overrides: Partial<{ batchSize: number; database: string; sourceCountry: string }> = {},
  env: NodeJS.ProcessEnv = process.env): ResolvedConfig {
  if (!dotenvLoaded && env === process.env) {
    loadDotenv({ quiet: true });
    dotenvLoaded = true;
  }
  const projectRoot = findProjectRoot();
  const uri = env.NEO4J_URI?.trim();
  const localBoltPort = parsePort(env, 'ENTENTE_NEO4J_BOLT_PORT', LOCAL_BOLT_PORT);
  const localHttpPort = parsePort(env, 'ENTENTE_NEO4J_HTTP_PORT', LOCAL_HTTP_PORT);
  const batchSize = overrides.batchSize ?? Number(env.ENTENTE_BATCH_SIZE ?? 5000);
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new ConfigError('CONFIG_INVALID', `ENTENTE_BATCH_SIZE: expected a positive whole number, got "${env.ENTENTE_BATCH_SIZE}"`);
  }
  const sourceCountry = (overrides.sourceCountry ?? env.ENTENTE_SOURCE_COUNTRY ?? 'VN').toUpperCase();
  if (!/^[A-Z]{2}$/.test(sourceCountry)) {
    throw new ConfigError('CONFIG_INVALID', `ENTENTE_SOURCE_COUNTRY: expected an ISO alpha-2 code, got "${sourceCountry}"`);
  }
  return {
    projectRoot,
    neo4j: {
      uri: uri || `bolt://127.0.0.1:${localBoltPort}`,
      user: env.NEO4J_USER?.trim() || 'neo4j',
      password: env.NEO4J_PASSWORD ?? (uri ? '' : LOCAL_PASSWORD_DEFAULT),
      database: overrides.database ?? (env.NEO4J_DATABASE?.trim() || 'neo4j'),
      local: !uri,
    },
    stateDir: resolve(projectRoot, env.ENTENTE_STATE_DIR ?? '.entente'),
    localBoltPort,
    localHttpPort,
    batchSize,
    sourceCountry,
    gazetteerDir: resolve(projectRoot, 'gazetteers'),
    judgementsFile: resolve(projectRoot, env.ENTENTE_JUDGEMENTS ?? 'gazetteers/judgements.json'),
  };
}

function parsePort(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError('CONFIG_INVALID', `${name}: expected a port number, got "${raw}"`);
  }
  return port;
}
