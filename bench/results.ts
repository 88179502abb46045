// Shape of out/bench.json: what one bench run measured, with the machine and commit it ran on.

import type { EngineName, Tally } from './engines.js';
import type { CeilingFigures } from './ceiling.js';
import type { LoadFigures } from './load.js';

export interface ExtractionRow {
  engine: EngineName;
  /** steady: timed after the warm-up, the figure the targets judge; cold: one pass in a fresh process, no warm-up. */
  run: 'steady' | 'cold';
  threads: number;
  /** Corpus size as a multiple of the base corpus. */
  size: number;
  /** Times the corpus was gone through in the timed run (fractional); articles and bytes count all of it. */
  passes: number;
  articles: number;
  bytes: number;
  seconds: number;
  articlesPerSecond: number;
  /** Megabytes (10^6 bytes) of UTF-8 input per second of wall time. */
  mbPerSecond: number;
  /** mbPerSecond divided by the threads used. */
  mbPerSecondPerCore: number;
  /**
   * MB/s of the first time through the corpus alone: every article, and most names in it, new to the process (the
   * warm-up ran on other copies). The small corpora's later passes meet only known words and run faster.
   */
  firstPassMbPerSecond: number;
  /** MB/s over the first and the last tenth of the first pass's files (see JobResult.tenths). */
  firstTenthMbPerSecond: number;
  lastTenthMbPerSecond: number;
  /** High-water resident set of the measuring process, all threads. */
  maxRssMB: number;
  setupMs: number;
  tally: Tally;
}

/** One row of load figures, as bench/load.ts measures them. */
export type LoadRow = LoadFigures;

export interface Target {
  name: string;
  value: string;
  /** null when it could not be measured in this run. */
  met: boolean | null;
}

export interface BenchResults {
  date: string;
  commit: string;
  /** Load averages (1, 5, 15 min) when the run started and ended: above the core count, figures are noisy. */
  machine: { cpus: number; cpuModel: string; node: string; totalMemMB: number; loadAverageStart: number[]; loadAverage: number[] };
  corpus: { sources: string[]; baseArticles: number; baseBytes: number; personNames: number; countries: number;
    sizes: Array<{ size: number; articles: number; bytes: number }> };
  extraction: ExtractionRow[];
  ratios: Array<{ size: number; threads: number; run: ExtractionRow['run']; ratio: number }>;
  /** rows: the CLI's path (read, hash check, extract, load); loadOnlyRows: records already extracted, load alone. */
  neo4j: { skipped?: string; rows: LoadRow[]; loadOnlyRows: LoadRow[]; ceiling?: CeilingFigures };
  targets: Target[];
}
