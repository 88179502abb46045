// Reads a V8 .cpuprofile (from `node --cpu-prof`) and sums self time per function and per source file.

import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

interface CallFrame { functionName: string; url: string; lineNumber: number; columnNumber: number }
interface ProfileNode { id: number; callFrame: CallFrame; hitCount?: number; children?: number[] }
export interface CpuProfile { nodes: ProfileNode[]; startTime: number; endTime: number; samples: number[]; timeDeltas: number[] }

export interface SelfTime {
  /** `functionName (file:line)`, or the file alone. */
  label: string;
  selfMs: number;
  /** Share of all sampled time, in [0, 1]. */
  share: number;
}

export interface ProfileSummary {
  totalMs: number;
  functions: SelfTime[];
  files: SelfTime[];
  /**
   * Self time per pipeline stage folder (`src/<stage>`) or package, the time of regular expressions and V8 builtins
   * charged to the code that called them; then GC, Node internals.
   */
  stages: SelfTime[];
  /** Share of the sampled time spent inside regular expressions, wherever called from. */
  regexShare: number;
}

/**
 * Self time of a sample is the interval until the next sample (V8 records each delta before its sample), so the
 * sum over all nodes is the profile's sampled duration. Idle time is left out of the shares. `window` keeps only the
 * samples taken between two instants of the monotonic clock, in microseconds (`process.hrtime` and V8's profiler
 * share it), e.g. the timed run without module loading and setup.
 */
export function summariseCpuProfile(profile: CpuProfile, projectRoot: string, top = 15,
  window?: { startUs: number; endUs: number }): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const callerFile = (id: number): string => {
    for (let p = parent.get(id); p !== undefined; p = parent.get(p)) {
      const url = byId.get(p)?.callFrame.url;
      if (url) return shortenUrl(url, projectRoot);
    }
    return '';
  };
  const selfUs = new Map<number, number>();
  let at = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    at += profile.timeDeltas[i] ?? 0;
    if (window && (at < window.startUs || at > window.endUs)) continue;
    const delta = profile.timeDeltas[i + 1] ?? 0;
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + Math.max(0, delta));
  }
  const perFunction = new Map<string, number>();
  const perFile = new Map<string, number>();
  const perStage = new Map<string, number>();
  let totalUs = 0;
  let regexUs = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') continue;
    totalUs += us;
    const file = shortenUrl(frame.url, projectRoot);
    // Lines in TypeScript files are those of tsx's transformed code, not the source's: name the file only.
    const where = file.endsWith('.ts') ? file : `${file}:${frame.lineNumber + 1}`;
    const label = file ? `${frame.functionName || '(anonymous)'} (${where})` : frame.functionName;
    perFunction.set(label, (perFunction.get(label) ?? 0) + us);
    const fileLabel = file || frame.functionName;
    perFile.set(fileLabel, (perFile.get(fileLabel) ?? 0) + us);
    if (frame.functionName.startsWith('RegExp:')) regexUs += us;
    const builtin = !file && !frame.functionName.startsWith('(');
    const stage = stageOf(builtin ? callerFile(id) : file, frame.functionName);
    perStage.set(stage, (perStage.get(stage) ?? 0) + us);
  }
  const rank = (m: Map<string, number>): SelfTime[] => [...m]
    .sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([label, us]) => ({ label: clip(label, 110), selfMs: us / 1000, share: totalUs ? us / totalUs : 0 }));
  return { totalMs: totalUs / 1000, functions: rank(perFunction), files: rank(perFile), stages: rank(perStage),
    regexShare: totalUs ? regexUs / totalUs : 0 };
}

/** The bucket a frame's self time is charged to in the stage view. */
function stageOf(file: string, functionName: string): string {
  if (file.startsWith('src/')) return file.split('/').slice(0, 2).join('/');
  if (file.startsWith('node_modules/')) return file.split('/').slice(0, file.startsWith('node_modules/@') ? 3 : 2).join('/');
  if (file.startsWith('bench/')) return 'bench (harness)';
  if (functionName.startsWith('RegExp:')) return 'regular expressions (any file)';
  if (functionName === '(garbage collector)') return 'garbage collector';
  if (file.startsWith('node:')) return 'node internals';
  return functionName.startsWith('(') ? functionName : 'V8 builtins';
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Makes profile URLs readable: project files relative to the root, packages from their node_modules folder. */
function shortenUrl(url: string, projectRoot: string): string {
  if (!url) return '';
  if (!url.startsWith('file://')) return url;
  const path = fileURLToPath(url);
  const nm = path.lastIndexOf('/node_modules/');
  if (nm >= 0) return path.slice(nm + 1);
  return relative(projectRoot, path);
}
