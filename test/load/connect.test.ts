// Connection failures against the real local Neo4j: one clear line and a code each, over bolt:// and neo4j://.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openDriver } from '../../src/load/index.js';
import { testConfig } from './fixtures.js';
import { runCli } from './cli.js';

/** The local server's port (ENTENTE_NEO4J_BOLT_PORT, else 7687). */
const PORT = testConfig().localBoltPort;

const cases: Array<[string, Record<string, string>, string, RegExp]> = [
  ['wrong password (bolt)', { NEO4J_URI: `bolt://127.0.0.1:${PORT}`, NEO4J_PASSWORD: 'pas-le-bon' }, 'DB_AUTH',
    /^NEO4J_PASSWORD: authentication failed for user "neo4j" at bolt:\/\/127\.0\.0\.1:\d+$/],
  ['wrong password (routing)', { NEO4J_URI: `neo4j://127.0.0.1:${PORT}`, NEO4J_PASSWORD: 'pas-le-bon' }, 'DB_AUTH', /^NEO4J_PASSWORD: .* at neo4j:\/\//],
  ['unreachable port (bolt)', { NEO4J_URI: 'bolt://127.0.0.1:7', NEO4J_PASSWORD: 'x' }, 'DB_UNREACHABLE', /^NEO4J_URI: no Neo4j server answers at bolt:\/\/127\.0\.0\.1:7$/],
  ['unreachable port (routing)', { NEO4J_URI: 'neo4j://127.0.0.1:7', NEO4J_PASSWORD: 'x' }, 'DB_UNREACHABLE', /^NEO4J_URI: .* neo4j:\/\/127\.0\.0\.1:7$/],
  ['unknown database (bolt)', { NEO4J_DATABASE: 'inconnue' }, 'DB_NO_DATABASE', /^NEO4J_DATABASE: no database named "inconnue" at bolt:/],
  ['unknown database (routing)', { NEO4J_URI: `neo4j://127.0.0.1:${PORT}`, NEO4J_PASSWORD: 'entente-local', NEO4J_DATABASE: 'inconnue' }, 'DB_NO_DATABASE', /^NEO4J_DATABASE: .*"inconnue"/],
];

for (const [name, env, code, message] of cases) {
  test(`openDriver: ${name}`, async () => {
    await assert.rejects(openDriver(testConfig(env).neo4j), (error: Error & { code?: string }) => {
      assert.equal(error.code, code);
      assert.match(error.message, message);
      assert.ok(!error.message.includes('pas-le-bon'), 'the password is never printed');
      return true;
    });
  });
}

test('openDriver works over both schemes against the local server', async () => {
  for (const uri of [`bolt://127.0.0.1:${PORT}`, `neo4j://127.0.0.1:${PORT}`]) {
    const driver = await openDriver(testConfig({ NEO4J_URI: uri, NEO4J_PASSWORD: 'entente-local' }).neo4j);
    await driver.close();
  }
});

test('the CLI prints one line and exits non-zero for each failure', () => {
  const cliCases: Array<[Record<string, string>, RegExp]> = [
    [{ NEO4J_URI: `bolt://127.0.0.1:${PORT}`, NEO4J_PASSWORD: 'pas-le-bon' }, /^entente: NEO4J_PASSWORD: authentication failed/],
    [{ NEO4J_URI: 'bolt://127.0.0.1:7', NEO4J_PASSWORD: 'x' }, /^entente: NEO4J_URI: no Neo4j server answers/],
    [{ NEO4J_DATABASE: 'inconnue' }, /^entente: NEO4J_DATABASE: no database named "inconnue"/],
  ];
  for (const [env, line] of cliCases) {
    const result = runCli(['ingest', '../shared/corpus/seeds'], env);
    assert.notEqual(result.status, 0);
    const lines = result.stderr.split('\n').filter((l) => l.startsWith('entente:'));
    assert.equal(lines.length, 1, result.stderr);
    assert.match(lines[0]!, line);
    assert.equal(result.stdout, '', 'nothing was ingested');
  }
});
