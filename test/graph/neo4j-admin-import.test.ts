// Runs the real `neo4j-admin database import full` (Neo4j's import tool from the launcher's classpath) on the CSV
// export into a throw-away database home, starts a second Neo4j on that store, and checks counts and properties.

import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { resolveConfig } from '../../src/config.js';
import { buildGraph } from '../../src/graph/build-graph.js';
import { computeMetrics } from '../../src/graph/compute-metrics.js';
import { ARRAY_DELIMITER_OPTION, buildImportCsv, importCommand } from '../../src/graph/build-import-csv.js';
import { runSavedQuery } from '../../src/load/index.js';
import { FIXTURE_COUNTS, recordOne, recordTwo } from './fixtures.js';

const home = mkdtempSync(join(tmpdir(), 'entente-admin-import-'));
let server: ChildProcess | undefined;
let driver: Driver | undefined;

after(async () => {
  await driver?.close();
  if (server && server.exitCode === null) {
    const exited = new Promise((resolve) => server!.once('exit', resolve));
    server.kill('SIGTERM');
    await exited;
  }
  rmSync(home, { recursive: true, force: true });
});

/** The launcher's cached classpath (written by `entente neo4j start`), else resolved with Maven as the launcher does. */
function neo4jClasspath(): string {
  const config = resolveConfig();
  const cached = join(config.stateDir, 'neo4j', 'classpath.txt');
  if (existsSync(cached)) return readFileSync(cached, 'utf8').trim();
  const file = join(home, 'classpath.txt');
  const mvn = spawnSync('mvn', ['-q', '-B', '-f', join(config.projectRoot, 'neo4j-launcher', 'pom.xml'), 'dependency:build-classpath', `-Dmdep.outputFile=${file}`], { encoding: 'utf8' });
  assert.equal(mvn.status, 0, `no Neo4j classpath: run \`entente neo4j start\` once or install Maven (${mvn.error?.message ?? mvn.stderr})`);
  return readFileSync(file, 'utf8').trim();
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForBolt(uri: string): Promise<Driver> {
  const candidate = neo4j.driver(uri, neo4j.auth.basic('neo4j', 'auth-disabled'));
  for (let attempt = 0; ; attempt++) {
    try {
      await candidate.getServerInfo();
      return candidate;
    } catch (error) {
      if (server?.exitCode !== null || attempt > 240) {
        await candidate.close();
        throw new Error(`the second Neo4j did not answer on ${uri}: ${(error as Error).message}; see ${join(home, 'logs')}`);
      }
      await new Promise((r) => setTimeout(r, 500));
    }
  }
}

test('neo4j-admin database import full loads the CSV export with the same counts and the loader\'s properties', async () => {
  const java = spawnSync('java', ['-version']);
  assert.equal(java.status, 0, 'java is needed for neo4j-admin (Debian: apt-get install openjdk-17-jre-headless)');
  const classpath = neo4jClasspath();

  const graph = buildGraph([recordOne(), recordTwo()]);
  computeMetrics(graph);
  const csv = buildImportCsv(graph);
  const csvDir = join(home, 'csv');
  mkdirSync(csvDir, { recursive: true });
  for (const [name, text] of csv.files) writeFileSync(join(csvDir, name), text);

  const port = await freePort();
  mkdirSync(join(home, 'conf'), { recursive: true });
  writeFileSync(join(home, 'conf', 'neo4j.conf'), [
    `server.directories.data=${join(home, 'data')}`, `server.directories.logs=${join(home, 'logs')}`,
    'dbms.security.auth_enabled=false', `server.bolt.listen_address=127.0.0.1:${port}`,
    'server.http.enabled=false', 'server.https.enabled=false', 'server.memory.pagecache.size=32m', '',
  ].join('\n'));
  const env = { ...process.env, NEO4J_HOME: home, NEO4J_CONF: join(home, 'conf') };

  // The documented command, run through the admin tool's main class instead of the neo4j-admin script.
  const command = importCommand(csv, csvDir);
  const args = command.split(/\s*\\\n\s*/).slice(1);
  const imported = spawnSync('java', ['-Xmx512m', '-cp', classpath, 'org.neo4j.cli.AdminTool', 'database', 'import', 'full', ...args],
    { env, encoding: 'utf8', cwd: home }); // cwd: the tool writes import.report there
  assert.equal(imported.status, 0, imported.stdout + imported.stderr);
  const relationships = FIXTURE_COUNTS.edges + FIXTURE_COUNTS.mentions;
  assert.match(imported.stdout, new RegExp(`Imported:\\s+${FIXTURE_COUNTS.nodes + FIXTURE_COUNTS.articles} nodes\\s+${relationships} relationships`));
  assert.ok(args.includes(`--array-delimiter=${ARRAY_DELIMITER_OPTION}`));

  server = spawn('java', ['-Xmx512m', '-cp', classpath, 'org.neo4j.server.CommunityEntryPoint', `--home-dir=${home}`, `--config-dir=${join(home, 'conf')}`],
    { env, stdio: 'ignore' });
  driver = await waitForBolt(`bolt://127.0.0.1:${port}`);
  const session = driver.session();
  try {
    const counts = (await session.run('MATCH (n:Entity) OPTIONAL MATCH (n)-[r]->() RETURN count(DISTINCT n) AS n, count(r) AS r')).records[0];
    assert.deepEqual([counts.get('n').toNumber(), counts.get('r').toNumber()], [FIXTURE_COUNTS.nodes, FIXTURE_COUNTS.edges]);
    const byLabel = (await session.run('MATCH (n:Entity) UNWIND labels(n) AS l WITH l WHERE l <> "Entity" RETURN l, count(*) AS c ORDER BY l')).records
      .map((r) => [r.get('l'), r.get('c').toNumber()]);
    assert.deepEqual(byLabel, [['Country', 2], ['Event', 1], ['Organisation', 1], ['Person', 7], ['Place', 1]]);
    const mentions = (await session.run('MATCH (:Article)-[m:MENTIONS]->(:Entity) RETURN count(m) AS c')).records[0];
    assert.equal(mentions.get('c').toNumber(), FIXTURE_COUNTS.mentions);
    const met = (await session.run(`MATCH (p:Person {id: 'person:nguyen-chi-vinh'})-[m:MET]->(q:Person {id: 'person:samuel-perez'})
      RETURN p.keys AS keys, p.dates AS dates, p.degree AS degree, m.confidence AS confidence,
        COLLECT { UNWIND split(m.evidenceRefs, ';') AS ref WITH split(ref, '|') AS f MATCH (a:Article {id: f[0]})
                  RETURN a.sentences[toInteger(f[1])] } AS evidence,
        [ref IN split(m.evidenceRefs, ';') | toInteger(split(ref, '|')[1])] AS sentences`)).records[0];
    assert.ok(met, 'the MET relationship between Vinh and Perez is there');
    assert.deepEqual(met.get('keys'), ['nguyen chi vinh', 'person:nguyen-chi-vinh', 'vinh']);
    assert.deepEqual(met.get('dates'), ['2024-03-12', '2024-04-02']);
    assert.equal(met.get('degree').toNumber(), 4);
    assert.deepEqual(met.get('evidence'), [
      'Le général Nguyen Chi Vinh a reçu M. Samuel Perez à Hanoï le 12 mars 2024.',
      'Samuel Perez a de nouveau rencontré Nguyen Chi Vinh à Washington le 2 avril 2024.',
    ]);
    assert.deepEqual(met.get('sentences').map(Number), [0, 0]);
    assert.equal(met.get('confidence'), 0.9);
  } finally {
    await session.close();
  }
  // A saved query that goes through MENTIONS answers on the imported graph.
  const { rows } = await runSavedQuery(driver, 'neo4j', 'articles-mentioning', { entity: 'Nguyen Chi Vinh' });
  assert.deepEqual(rows.map((r) => [r.mentions, r.firstSentence]).sort(), [
    [1, 'Le général Nguyen Chi Vinh a reçu M. Samuel Perez à Hanoï le 12 mars 2024.'],
    [1, 'Samuel Perez a de nouveau rencontré Nguyen Chi Vinh à Washington le 2 avril 2024.'],
  ]);
});
