// Optional per-statement timing of an ingest (ENTENTE_LOAD_TIMING=1): where a load's time goes, statement by statement.

/** Total time and number of runs of one named step. */
export interface StepTiming { name: string; ms: number; runs: number }

const totals = new Map<string, StepTiming>();

/**
 * On when ENTENTE_LOAD_TIMING is 1. The loader then runs a batch's statements one after the other instead of
 * pipelining them, so each one's time is its own; the total is a little slower than an untimed run.
 */
export function isTimingStatements(): boolean {
  return process.env.ENTENTE_LOAD_TIMING === '1';
}

/** Runs `work`, adding its time to `name` when timing is on. */
export async function timeStep<T>(name: string, work: () => Promise<T>): Promise<T> {
  if (!isTimingStatements()) return work();
  const started = performance.now();
  try {
    return await work();
  } finally {
    const step = totals.get(name) ?? { name, ms: 0, runs: 0 };
    step.ms += performance.now() - started;
    step.runs++;
    totals.set(name, step);
  }
}

/** The timings gathered since the last call, slowest first; they are reset. */
export function takeStepTimings(): StepTiming[] {
  const steps = [...totals.values()].sort((a, b) => b.ms - a.ms);
  totals.clear();
  return steps;
}
