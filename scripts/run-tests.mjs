#!/usr/bin/env node
// Runs every test/**/*.test.ts file with node's test runner (TypeScript through tsx), one file at a time
// because the integration tests share one Neo4j database (started here when none answers and NEO4J_URI is unset).
// Extra arguments filter files by substring.
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';
import { createConnection } from 'node:net';

const root = new URL('..', import.meta.url).pathname;
const filters = process.argv.slice(2);
const files = [];
const walk = (dir) => {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (name.endsWith('.test.ts')) files.push(relative(root, path));
  }
};
walk(join(root, 'test'));
const chosen = filters.length ? files.filter((f) => filters.some((x) => f.includes(x))) : files;
if (chosen.length === 0) {
  console.error('run-tests: no test file matched');
  process.exit(1);
}
// The integration tests need a database: with no NEO4J_URI, start the project's local Neo4j if nothing answers.
if (!process.env.NEO4J_URI && !(await boltAnswers(Number(process.env.ENTENTE_NEO4J_BOLT_PORT || 7687)))) {
  const start = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'neo4j', 'start'], { cwd: root, stdio: 'inherit' });
  if (start.status !== 0) process.exit(start.status ?? 1);
}
const result = spawnSync(process.execPath,
  ['--import', 'tsx', '--test', '--test-concurrency=1', '--test-reporter=spec', ...chosen],
  { cwd: root, stdio: 'inherit' });
process.exit(result.status ?? 1);

function boltAnswers(port) {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    const done = (ok) => { socket.destroy(); resolve(ok); };
    socket.setTimeout(1000, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}
