// The project's own local Neo4j: a real Neo4j 5.26 Community server resolved from Maven Central and run on loopback.

import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, closeSync } from 'node:fs';
import { createConnection } from 'node:net';
import { join } from 'node:path';
import neo4j from 'neo4j-driver';
import { LauncherError } from '../errors.js';
import type { ResolvedConfig } from '../config.js';

export interface LocalNeo4jPaths {
  home: string;
  conf: string;
  logs: string;
  pidFile: string;
  classpathFile: string;
  launcherLog: string;
  pom: string;
}

export interface LocalNeo4jStatus {
  running: boolean;
  pid?: number;
  boltAnswers: boolean;
  bolt: string;
  browser: string;
  home: string;
}

const START_TIMEOUT_MS = 180_000;
const STOP_TIMEOUT_MS = 60_000;
const DEFAULT_INITIAL_PASSWORD = 'neo4j';

export function localNeo4jPaths(config: ResolvedConfig): LocalNeo4jPaths {
  const home = join(config.stateDir, 'neo4j');
  return {
    home,
    conf: join(home, 'conf'),
    logs: join(home, 'logs'),
    pidFile: join(home, 'run', 'entente-neo4j.pid'),
    classpathFile: join(home, 'classpath.txt'),
    launcherLog: join(home, 'logs', 'launcher.log'),
    pom: join(config.projectRoot, 'neo4j-launcher', 'pom.xml'),
  };
}

/** True when a TCP connection to host:port succeeds within the timeout. */
export function portAnswers(port: number, host = '127.0.0.1', timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host });
    const done = (ok: boolean) => { socket.destroy(); resolve(ok); };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

function readPid(pidFile: string): number | undefined {
  if (!existsSync(pidFile)) return undefined;
  const pid = Number(readFileSync(pidFile, 'utf8').trim());
  return Number.isInteger(pid) && pid > 0 ? pid : undefined;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function localNeo4jStatus(config: ResolvedConfig): Promise<LocalNeo4jStatus> {
  const paths = localNeo4jPaths(config);
  const pid = readPid(paths.pidFile);
  const running = pid !== undefined && processAlive(pid);
  return {
    running,
    pid: running ? pid : undefined,
    boltAnswers: await portAnswers(config.localBoltPort),
    bolt: `bolt://127.0.0.1:${config.localBoltPort}`,
    browser: `http://127.0.0.1:${config.localHttpPort}/browser/`,
    home: paths.home,
  };
}

function requireTool(command: string, args: string[], code: 'NEO4J_NO_JAVA' | 'NEO4J_NO_MAVEN', advice: string): void {
  const probe = spawnSync(command, args, { stdio: 'ignore' });
  if (probe.error || probe.status !== 0) throw new LauncherError(code, `${command} not found or not working: ${advice}`);
}

/** Resolves the server's classpath with Maven; cached against the pom's hash so later starts work offline. */
export function resolveClasspath(paths: LocalNeo4jPaths, log: (line: string) => void): string {
  const pomHash = createHash('sha256').update(readFileSync(paths.pom)).digest('hex');
  const stampFile = `${paths.classpathFile}.pom-sha256`;
  if (existsSync(paths.classpathFile) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === pomHash) {
    const cached = readFileSync(paths.classpathFile, 'utf8').trim();
    if (cached.split(':').every((jar) => existsSync(jar))) return cached;
  }
  requireTool('mvn', ['-v'], 'NEO4J_NO_MAVEN', 'install Maven 3 (Debian: apt-get install maven) or set NEO4J_URI to a running Neo4j');
  log('entente: resolving Neo4j 5.26 Community from Maven Central (first start only; progress below)');
  mkdirSync(paths.home, { recursive: true });
  const mvn = spawnSync('mvn', ['-B', '-f', paths.pom, 'dependency:build-classpath', `-Dmdep.outputFile=${paths.classpathFile}`,
    '-Dorg.slf4j.simpleLogger.log.org.apache.maven.cli.transfer.Slf4jMavenTransferListener=info'],
  { stdio: ['ignore', 'inherit', 'inherit'] });
  if (mvn.status !== 0 || !existsSync(paths.classpathFile)) {
    throw new LauncherError('NEO4J_START_FAILED', `mvn could not resolve ${paths.pom} (exit ${mvn.status}); check access to Maven Central`);
  }
  writeFileSync(stampFile, pomHash);
  return readFileSync(paths.classpathFile, 'utf8').trim();
}

function writeNeo4jConf(paths: LocalNeo4jPaths, config: ResolvedConfig): void {
  mkdirSync(paths.conf, { recursive: true });
  mkdirSync(paths.logs, { recursive: true });
  mkdirSync(join(paths.home, 'run'), { recursive: true });
  writeFileSync(join(paths.conf, 'neo4j.conf'), [
    '# Written by `entente neo4j start` on every start; edit src/neo4j-server/index.ts instead.',
    'server.default_listen_address=127.0.0.1',
    `server.bolt.listen_address=127.0.0.1:${config.localBoltPort}`,
    `server.bolt.advertised_address=127.0.0.1:${config.localBoltPort}`,
    `server.http.listen_address=127.0.0.1:${config.localHttpPort}`,
    `server.http.advertised_address=127.0.0.1:${config.localHttpPort}`,
    'server.https.enabled=false',
    'server.memory.pagecache.size=512m',
    'dbms.security.auth_enabled=true',
    'dbms.usage_report.enabled=false',
    '# Keep the transaction logs small: repeated loads would otherwise fill the disk.',
    'db.tx_log.rotation.retention_policy=256M size',
    'db.tx_log.rotation.size=64M',
    'server.directories.import=import',
    '',
  ].join('\n'));
}

/**
 * JVM options for the server: a fixed heap (no resizing while a load runs), and the module openings Neo4j's own
 * launcher passes on Java 17 so its native and direct-buffer paths (transaction log preallocation, page eviction)
 * are used instead of their fallbacks.
 */
function jvmOptions(heap: string): string[] {
  return [
    `-Xms${heap}`, `-Xmx${heap}`, '-XX:+UseG1GC', '-XX:-OmitStackTraceInFastThrow', '-XX:+DisableExplicitGC',
    '-XX:+UnlockExperimentalVMOptions', '-XX:+TrustFinalNonStaticFields', '-Djdk.nio.maxCachedBufferSize=1024',
    '-Dio.netty.tryReflectionSetAccessible=true', '-Dlog4j2.disable.jmx=true',
    '--add-opens=java.base/java.nio=ALL-UNNAMED', '--add-opens=java.base/java.io=ALL-UNNAMED',
    '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED', '--add-opens=java.base/java.lang=ALL-UNNAMED',
    '--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED', '--add-exports=java.base/jdk.internal.misc=ALL-UNNAMED',
  ];
}

async function assertPortFree(port: number, setting: string): Promise<void> {
  if (await portAnswers(port)) {
    throw new LauncherError('NEO4J_PORT_TAKEN',
      `port ${port} on 127.0.0.1 is taken by another process; stop it, or set ${setting} to a free port (or NEO4J_URI to the server that holds it)`);
  }
}

/** Waits until Bolt accepts the configured credentials, setting the initial password on a new database. */
async function waitForBolt(config: ResolvedConfig, pid: number, paths: LocalNeo4jPaths): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  const uri = `bolt://127.0.0.1:${config.localBoltPort}`;
  while (Date.now() < deadline) {
    if (!processAlive(pid)) {
      throw new LauncherError('NEO4J_START_FAILED', `the local Neo4j exited during start; see ${paths.launcherLog} and ${join(paths.logs, 'neo4j.log')}`);
    }
    if (await portAnswers(config.localBoltPort)) {
      if (await tryLogin(uri, config.neo4j.user, config.neo4j.password)) return;
      if (await setInitialPassword(uri, config.neo4j.user, config.neo4j.password)) return;
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new LauncherError('NEO4J_START_FAILED', `the local Neo4j did not answer on ${uri} within ${START_TIMEOUT_MS / 1000} s; see ${paths.launcherLog}`);
}

async function tryLogin(uri: string, user: string, password: string): Promise<boolean> {
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, password), { logging: undefined });
  try {
    await driver.executeQuery('RETURN 1', {}, { database: 'neo4j' });
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

async function setInitialPassword(uri: string, user: string, password: string): Promise<boolean> {
  if (password === DEFAULT_INITIAL_PASSWORD) return false;
  const driver = neo4j.driver(uri, neo4j.auth.basic(user, DEFAULT_INITIAL_PASSWORD));
  try {
    await driver.executeQuery('ALTER CURRENT USER SET PASSWORD FROM $old TO $new',
      { old: DEFAULT_INITIAL_PASSWORD, new: password }, { database: 'system' });
    return true;
  } catch {
    return false;
  } finally {
    await driver.close();
  }
}

/** Starts the local Neo4j and waits until Bolt answers with the configured credentials. */
export async function startLocalNeo4j(config: ResolvedConfig, log: (line: string) => void = (l) => process.stderr.write(`${l}\n`)): Promise<LocalNeo4jStatus> {
  const paths = localNeo4jPaths(config);
  const status = await localNeo4jStatus(config);
  if (status.running) {
    if (!status.boltAnswers) await waitForBolt(config, status.pid!, paths);
    return localNeo4jStatus(config);
  }
  requireTool('java', ['-version'], 'NEO4J_NO_JAVA', 'install a Java 17 runtime (Debian: apt-get install openjdk-17-jre-headless) or set NEO4J_URI to a running Neo4j');
  await assertPortFree(config.localBoltPort, 'ENTENTE_NEO4J_BOLT_PORT');
  await assertPortFree(config.localHttpPort, 'ENTENTE_NEO4J_HTTP_PORT');
  const classpath = resolveClasspath(paths, log);
  writeNeo4jConf(paths, config);
  const out = openSync(paths.launcherLog, 'a');
  const heap = process.env.ENTENTE_NEO4J_HEAP ?? '2g';
  const child = spawn('java', [...jvmOptions(heap), '-cp', classpath, 'org.neo4j.server.CommunityEntryPoint',
    `--home-dir=${paths.home}`, `--config-dir=${paths.conf}`], { detached: true, stdio: ['ignore', out, out] });
  closeSync(out);
  if (child.pid === undefined) throw new LauncherError('NEO4J_START_FAILED', 'could not spawn java');
  child.unref();
  writeFileSync(paths.pidFile, String(child.pid));
  log(`entente: starting Neo4j 5.26 Community (pid ${child.pid}); log: ${paths.launcherLog}`);
  try {
    await waitForBolt(config, child.pid, paths);
  } catch (error) {
    await stopLocalNeo4j(config);
    throw error;
  }
  return localNeo4jStatus(config);
}

/** Stops the local Neo4j started by this project, if any; leaves no JVM behind. */
export async function stopLocalNeo4j(config: ResolvedConfig): Promise<boolean> {
  const paths = localNeo4jPaths(config);
  const pid = readPid(paths.pidFile);
  if (pid === undefined || !processAlive(pid)) {
    rmSync(paths.pidFile, { force: true });
    return false;
  }
  process.kill(pid, 'SIGTERM');
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (processAlive(pid) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 250));
  if (processAlive(pid)) process.kill(pid, 'SIGKILL');
  while (processAlive(pid)) await new Promise((r) => setTimeout(r, 100));
  rmSync(paths.pidFile, { force: true });
  return true;
}

/**
 * Makes sure a database answers: with NEO4J_URI set, nothing is started; otherwise the local Neo4j
 * is started when nothing answers on the local Bolt port.
 */
export async function ensureLocalNeo4j(config: ResolvedConfig, log?: (line: string) => void): Promise<void> {
  if (!config.neo4j.local) return;
  if (await portAnswers(config.localBoltPort)) return;
  await startLocalNeo4j(config, log);
}
