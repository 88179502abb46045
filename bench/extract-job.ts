// One timed extraction run in its own process, so each figure gets its own memory high-water mark (maxRSS).
//
// Spawned by bench/run.ts as `node --import tsx bench/extract-job.ts '<JobSpec JSON>'`; prints one line
// `BENCH_RESULT <JobResult JSON>`. With threads > 1 the files are dealt round-robin to worker threads, each with its
// own engine and the same time budget; the wall time runs from the moment all workers are ready until the last one
// finishes, so a straggler counts against the parallel figure.

import { readFileSync, statSync } from 'node:fs';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { addTally, createEngine, emptyTally, type EngineName, type Tally } from './engines.js';

export interface JobSpec {
  engine: EngineName;
  threads: number;
  /** File listing the corpus, one path per line. */
  listFile: string;
  /** File listing the warm-up files (the base corpus), processed untimed before the timed run. */
  warmupListFile: string;
  /**
   * Seconds of untimed passes over the warm-up files before the timed run, so V8 has compiled the hot code and the
   * figure is the steady rate; 0 means none at all: the timed run starts in a fresh process (the cold figure).
   */
  warmupSeconds: number;
  /**
   * The timed run goes through the whole corpus once, then keeps cycling through it, file by file, until this many
   * seconds have passed: small corpora are processed several times so the timing rises above noise.
   */
  minSeconds: number;
  /** Hard stop, checked between files, even before the whole corpus was gone through (keeps the bench bounded). */
  maxSeconds: number;
}

export interface JobResult {
  engine: EngineName;
  threads: number;
  /** Articles in the corpus, and articles and bytes of input processed in the timed run. */
  corpusArticles: number;
  articles: number;
  bytes: number;
  wallMs: number;
  setupMs: number;
  /** High-water resident set of the whole process (all threads), in kilobytes. */
  maxRssKB: number;
  /** Start and end of the timed run on the monotonic clock, in microseconds (to cut a CPU profile to it). */
  timedWindowUs: { startUs: number; endUs: number };
  /** The first time through the corpus, every article new to the process (with threads, the slowest thread's). */
  firstPass: { bytes: number; ms: number };
  /**
   * MB/s over the first and the last tenth of the files of the first pass (summed over threads): when the rate falls
   * as the corpus processed grows (a memo that never stops growing, a quadratic step), the last tenth shows it.
   */
  tenths: { first: number; last: number };
  tally: Tally;
}

interface ThreadTask { module: string; engine: EngineName; files: SizedFile[]; warmupPaths: string[]; warmupSeconds: number; minSeconds: number; maxSeconds: number }
interface SizedFile { path: string; bytes: number }
interface Processed { tally: Tally; bytes: number; firstPass: { bytes: number; ms: number }; tenths: { first: number; last: number } }
type ThreadMessage = { type: 'ready'; setupMs: number } | { type: 'done'; processed: Processed };

async function runTimed(engine: EngineName, files: SizedFile[], warmupPaths: string[], warmupSeconds: number, minSeconds: number,
  maxSeconds: number, ready: (setupMs: number) => Promise<void>): Promise<Processed> {
  const instance = await createEngine(engine);
  const warmupStart = performance.now();
  while (warmupSeconds > 0 && performance.now() - warmupStart < warmupSeconds * 1000) await instance.run(warmupPaths, emptyTally());
  await ready(instance.setupMs);
  const tally = emptyTally();
  let bytes = 0;
  // Elapsed ms and bytes done after each file of the first pass (or of what --max-seconds left of it), from a start mark.
  const marks = [{ ms: 0, bytes: 0 }];
  const t0 = performance.now();
  for (let i = 0; files.length; i++) {
    const elapsed = performance.now() - t0;
    if (i > 0 && i <= files.length) marks.push({ ms: elapsed, bytes });
    if (elapsed >= maxSeconds * 1000 || (i >= files.length && elapsed >= minSeconds * 1000)) break;
    const file = files[i % files.length];
    await instance.run([file.path], tally);
    bytes += file.bytes;
  }
  return { tally, bytes, firstPass: marks[marks.length - 1]!, tenths: rateOfTenths(marks) };
}

/** MB/s over the first and the last tenth of the files (at least one file each) that `marks` timed. */
function rateOfTenths(marks: Array<{ ms: number; bytes: number }>): { first: number; last: number } {
  const files = marks.length - 1;
  if (files < 1) return { first: 0, last: 0 };
  const k = Math.max(1, Math.round(files / 10));
  const rate = (from: { ms: number; bytes: number }, to: { ms: number; bytes: number }) =>
    to.ms > from.ms ? (to.bytes - from.bytes) / 1e6 / ((to.ms - from.ms) / 1000) : 0;
  return { first: rate(marks[0]!, marks[k]!), last: rate(marks[files - k]!, marks[files]!) };
}

function readList(file: string): string[] {
  return readFileSync(file, 'utf8').split('\n').filter(Boolean);
}

async function runJob(spec: JobSpec): Promise<JobResult> {
  const files = readList(spec.listFile).map((path) => ({ path, bytes: statSync(path).size }));
  const warmupPaths = readList(spec.warmupListFile);
  let wallMs: number;
  let setupMs = 0;
  let startUs = 0;
  const tally = emptyTally();
  let bytes = 0;
  let firstPass = { bytes: 0, ms: 0 };
  let tenths = { first: 0, last: 0 };
  if (spec.threads <= 1) {
    let t0 = 0;
    const processed = await runTimed(spec.engine, files, warmupPaths, spec.warmupSeconds, spec.minSeconds, spec.maxSeconds, async (ms) => {
      setupMs = ms;
      startUs = nowUs();
      t0 = performance.now();
    });
    wallMs = performance.now() - t0;
    addTally(tally, processed.tally);
    bytes = processed.bytes;
    firstPass = processed.firstPass;
    tenths = processed.tenths;
  } else {
    const shards = Array.from({ length: spec.threads }, (_, i) => files.filter((_, j) => j % spec.threads === i));
    const workers = shards.map((shard) => new Worker(new URL('./thread-boot.mjs', import.meta.url), {
      workerData: { module: import.meta.url, engine: spec.engine, files: shard, warmupPaths, warmupSeconds: spec.warmupSeconds,
        minSeconds: spec.minSeconds, maxSeconds: spec.maxSeconds } satisfies ThreadTask,
    }));
    const ready = workers.map((w) => waitFor(w, 'ready'));
    for (const m of await Promise.all(ready)) setupMs = Math.max(setupMs, m.type === 'ready' ? m.setupMs : 0);
    const done = workers.map((w) => waitFor(w, 'done'));
    startUs = nowUs();
    const t0 = performance.now();
    for (const w of workers) w.postMessage('go');
    for (const m of await Promise.all(done)) {
      if (m.type !== 'done') continue;
      addTally(tally, m.processed.tally);
      bytes += m.processed.bytes;
      firstPass = { bytes: firstPass.bytes + m.processed.firstPass.bytes, ms: Math.max(firstPass.ms, m.processed.firstPass.ms) };
      tenths = { first: tenths.first + m.processed.tenths.first, last: tenths.last + m.processed.tenths.last };
    }
    wallMs = performance.now() - t0;
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return {
    engine: spec.engine, threads: spec.threads, corpusArticles: files.length,
    articles: tally.articles + tally.failed, bytes, wallMs, setupMs, maxRssKB: process.resourceUsage().maxRSS,
    timedWindowUs: { startUs, endUs: nowUs() }, firstPass, tenths, tally,
  };
}

function nowUs(): number {
  return Number(process.hrtime.bigint() / 1000n);
}

function waitFor(worker: Worker, type: ThreadMessage['type']): Promise<ThreadMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: ThreadMessage) => {
      if (m.type !== type) return;
      worker.off('message', onMessage);
      resolve(m);
    };
    worker.on('message', onMessage);
    worker.once('error', reject);
  });
}

if (isMainThread) {
  const spec = JSON.parse(process.argv[2] ?? '') as JobSpec;
  const result = await runJob(spec);
  process.stdout.write(`BENCH_RESULT ${JSON.stringify(result)}\n`);
} else if (parentPort) {
  const port = parentPort;
  const task = workerData as ThreadTask;
  const go = new Promise<void>((resolve) => port.once('message', () => resolve()));
  const processed = await runTimed(task.engine, task.files, task.warmupPaths, task.warmupSeconds, task.minSeconds, task.maxSeconds, async (setupMs) => {
    port.postMessage({ type: 'ready', setupMs } satisfies ThreadMessage);
    await go;
  });
  port.postMessage({ type: 'done', processed } satisfies ThreadMessage);
}
