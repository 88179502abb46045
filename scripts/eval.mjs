#!/usr/bin/env node
// Quality gate: extracts the seed articles with the built CLI, scores them against the gold and fails under the thresholds.
//
// Usage: npm run eval [-- --shared DIR] [--thresholds FILE] [--no-build] [--verbose]
// Exit codes: 0 every score reaches its threshold, 1 a score is under its threshold (or extraction failed),
// 2 the gate could not run (missing corpus, scorer, build or a bad thresholds file).
import { spawnSync } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Thrown when the gate itself cannot run (as opposed to a score being too low). */
class GateSetupError extends Error {}

/**
 * Compares a scorer result (`score.mjs --json`) with thresholds `{ scores: {cat: minF1}, attributes: {attr: minAccuracy} }`.
 * The scorer reports every category on every run, so a missing category is a typo and fails. It reports an attribute
 * only when some person matched: a missing attribute fails unless its threshold is 0.
 */
export function checkThresholds(result, thresholds) {
  const failures = [];
  for (const [name, min] of Object.entries(thresholds.scores ?? {})) {
    const value = result.scores?.[name]?.f1;
    if (value === undefined) failures.push({ kind: 'score', name, min, value: null, reason: 'not reported by the scorer' });
    else if (value < min) failures.push({ kind: 'score', name, min, value, reason: `F1 ${pct(value).trim()}% < ${pct(min).trim()}%` });
  }
  for (const [name, min] of Object.entries(thresholds.attributes ?? {})) {
    const value = result.attributes?.[name]?.accuracy;
    if (value === undefined) {
      if (min > 0) failures.push({ kind: 'attribute', name, min, value: null, reason: 'not scored (no person matched)' });
    }
    else if (value < min) failures.push({ kind: 'attribute', name, min, value, reason: `accuracy ${pct(value).trim()}% < ${pct(min).trim()}%` });
  }
  return failures;
}

/** Reads and checks the thresholds file: every figure a number in [0, 1]. */
export function parseThresholds(text, file) {
  let data;
  try {
    data = JSON.parse(text);
  } catch (err) {
    throw new GateSetupError(`${file}: not valid JSON (${err.message})`);
  }
  for (const section of ['scores', 'attributes']) {
    const table = data[section] ?? {};
    if (typeof table !== 'object' || Array.isArray(table)) throw new GateSetupError(`${file}: "${section}" must be an object`);
    for (const [name, min] of Object.entries(table)) {
      if (typeof min !== 'number' || !(min >= 0 && min <= 1)) {
        throw new GateSetupError(`${file}: ${section}.${name}: expected a number between 0 and 1, got ${JSON.stringify(min)}`);
      }
    }
  }
  return { scores: data.scores ?? {}, attributes: data.attributes ?? {} };
}

/** Renders the scores and attributes with their thresholds as a fixed-width table. */
export function formatTable(result, thresholds, failures) {
  const failed = new Set(failures.map((f) => `${f.kind}:${f.name}`));
  const mark = (kind, name, min) => (min === undefined ? '' : failed.has(`${kind}:${name}`) ? 'FAIL' : 'ok');
  const minText = (min) => (min === undefined ? '    -' : pct(min));
  const lines = [
    `files: ${result.files}`,
    'category            P      R     F1    tp   fp   fn    min  gate',
  ];
  for (const [name, s] of Object.entries(result.scores ?? {})) {
    const min = thresholds.scores[name];
    lines.push(`${name.padEnd(16)} ${pct(s.p)}  ${pct(s.r)}  ${pct(s.f1)}  ${num(s.tp)} ${num(s.fp)} ${num(s.fn)}  ${minText(min)}  ${mark('score', name, min)}`);
  }
  lines.push('attribute        accuracy     n                          min  gate');
  for (const [name, a] of Object.entries(result.attributes ?? {})) {
    const min = thresholds.attributes[name];
    lines.push(`${name.padEnd(16)} ${pct(a.accuracy)}   ${num(a.n)}                        ${minText(min)}  ${mark('attribute', name, min)}`);
  }
  for (const [name, min] of Object.entries(thresholds.attributes)) {
    if (result.attributes?.[name] === undefined) lines.push(`${name.padEnd(16)}     -      0                        ${minText(min)}  ${mark('attribute', name, min)}  (not scored)`);
  }
  for (const f of failures.filter((x) => x.kind === 'score' && x.value === null)) lines.push(`${f.name.padEnd(16)} (${f.reason})`);
  return lines.join('\n');
}

function pct(x) {
  return (100 * x).toFixed(1).padStart(5);
}

function num(n) {
  return String(n).padStart(4);
}

function parseArgs(argv) {
  const opts = { shared: process.env.ENTENTE_SHARED ?? join(ROOT, '..', 'shared'),
    thresholds: join(ROOT, 'eval-thresholds.json'), build: true, verbose: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--shared') opts.shared = resolve(argv[++i]);
    else if (arg === '--thresholds') opts.thresholds = resolve(argv[++i]);
    else if (arg === '--no-build') opts.build = false;
    else if (arg === '--verbose') opts.verbose = true;
    else throw new GateSetupError(`unknown option ${arg} (known: --shared DIR, --thresholds FILE, --no-build, --verbose)`);
  }
  return opts;
}

/** Builds dist/ with the project's own build script; a failing build is reported, and fatal only if nothing was emitted. */
function build() {
  const run = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json'],
    { cwd: ROOT, encoding: 'utf8' });
  if (run.status !== 0) {
    const out = `${run.stdout ?? ''}${run.stderr ?? ''}`.trim().split('\n');
    process.stderr.write(`eval: build reported errors (first lines below); scoring what was emitted\n${out.slice(0, 10).join('\n')}\n`);
  }
  if (!existsSync(join(ROOT, 'dist', 'cli', 'main.js'))) throw new GateSetupError('build produced no dist/cli/main.js');
}

function main() {
  const opts = parseArgs(process.argv.slice(2));
  const seedsDir = join(opts.shared, 'corpus', 'seeds');
  const goldDir = join(opts.shared, 'eval', 'gold', 'seeds');
  const scorer = join(opts.shared, 'eval', 'score.mjs');
  for (const [what, path] of [['seed corpus', seedsDir], ['gold', goldDir], ['scorer', scorer], ['thresholds', opts.thresholds]]) {
    if (!existsSync(path)) throw new GateSetupError(`${what} not found at ${path} (../shared must sit beside the project root, or pass --shared DIR)`);
  }
  const thresholds = parseThresholds(readFileSync(opts.thresholds, 'utf8'), opts.thresholds);
  const seeds = readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(seedsDir, f));
  if (seeds.length === 0) throw new GateSetupError(`no .txt article in ${seedsDir}`);

  if (opts.build) build();

  const outDir = join(ROOT, 'out', 'eval');
  mkdirSync(outDir, { recursive: true });
  const predFile = join(outDir, 'pred.jsonl');
  const fd = openSync(predFile, 'w');
  const extract = spawnSync(process.execPath, [join(ROOT, 'bin', 'entente.js'), 'extract', '--format', 'jsonl', ...seeds],
    { cwd: ROOT, stdio: ['ignore', fd, 'inherit'] });
  closeSync(fd);
  const extractFailed = extract.status !== 0;
  if (extractFailed) process.stderr.write(`eval: entente extract exited with ${extract.status ?? extract.signal}; scoring its output anyway\n`);

  const score = spawnSync(process.execPath, [scorer, '--gold', goldDir, '--pred', predFile, '--json'], { cwd: ROOT, encoding: 'utf8' });
  if (score.status !== 0) throw new GateSetupError(`scorer failed (exit ${score.status}): ${score.stderr.trim()}`);
  const result = JSON.parse(score.stdout);
  writeFileSync(join(outDir, 'scores.json'), JSON.stringify(result, null, 2) + '\n');

  if (opts.verbose) {
    const detail = spawnSync(process.execPath, [scorer, '--gold', goldDir, '--pred', predFile, '--verbose'], { cwd: ROOT, encoding: 'utf8' });
    process.stdout.write(detail.stdout.split('\n').filter((l) => /: (missed|extra|no prediction)/.test(l)).join('\n') + '\n\n');
  }

  const failures = checkThresholds(result, thresholds);
  console.log(formatTable(result, thresholds, failures));
  console.log(`prediction: ${predFile}`);
  if (failures.length || extractFailed) {
    for (const f of failures) console.log(`eval: FAIL ${f.kind} ${f.name}: ${f.reason}`);
    if (extractFailed) console.log('eval: FAIL entente extract did not exit cleanly');
    return 1;
  }
  console.log(`eval: ok (thresholds from ${opts.thresholds})`);
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  try {
    process.exitCode = main();
  } catch (err) {
    if (!(err instanceof GateSetupError)) throw err;
    console.error(`eval: ${err.message}`);
    process.exitCode = 2;
  }
}
