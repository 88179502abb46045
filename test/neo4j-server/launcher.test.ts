// The local Neo4j launcher: status against the running server, and its one-line errors.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type Server } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { resolveConfig } from '../../src/config.js';
import { ensureLocalNeo4j, localNeo4jStatus, portAnswers, startLocalNeo4j } from '../../src/neo4j-server/index.js';
import { LauncherError } from '../../src/errors.js';

const listen = (server: Server): Promise<number> => new Promise((resolve) => {
  server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
});

test('the local Neo4j answers on Bolt once ensured', async () => {
  const config = resolveConfig();
  await ensureLocalNeo4j(config);
  const status = await localNeo4jStatus(config);
  assert.equal(status.boltAnswers, true);
  assert.match(status.bolt, /^bolt:\/\/127\.0\.0\.1:\d+$/);
});

test('a taken Bolt port is a one-line NEO4J_PORT_TAKEN error naming the setting', async () => {
  const blocker = createServer();
  const port = await listen(blocker);
  try {
    const config = resolveConfig({}, {
      ENTENTE_STATE_DIR: mkdtempSync(join(tmpdir(), 'entente-launcher-')),
      ENTENTE_NEO4J_BOLT_PORT: String(port),
      ENTENTE_NEO4J_HTTP_PORT: '1',
    });
    await assert.rejects(startLocalNeo4j(config, () => {}), (error: unknown) => {
      assert.ok(error instanceof LauncherError);
      assert.equal(error.code, 'NEO4J_PORT_TAKEN');
      assert.match(error.message, new RegExp(`port ${port} .*ENTENTE_NEO4J_BOLT_PORT`));
      assert.doesNotMatch(error.message, /\n/);
      return true;
    });
  } finally {
    blocker.close();
  }
});

test('a missing java is a one-line error and a non-zero exit', async () => {
  const free = createServer();
  const port = await listen(free);
  free.close();
  assert.equal(await portAnswers(port), false);
  const run = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'neo4j', 'start'], {
    encoding: 'utf8',
    env: {
      PATH: '/nonexistent',
      ENTENTE_STATE_DIR: mkdtempSync(join(tmpdir(), 'entente-launcher-')),
      ENTENTE_NEO4J_BOLT_PORT: String(port),
      ENTENTE_NEO4J_HTTP_PORT: String(port + 1 > 65535 ? port - 1 : port + 1),
    },
  });
  assert.notEqual(run.status, 0);
  assert.match(run.stderr.trim(), /^entente: java not found or not working: install a Java 17 runtime/);
  assert.equal(run.stderr.trim().split('\n').length, 1);
});
