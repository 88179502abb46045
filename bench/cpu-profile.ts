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
}

/**
 * Self time of a sample is the interval until the next sample (V8 records each delta before its sample), so the
 * sum over all nodes is the profile's sampled duration. Idle time is left out of the shares.
 */
export function summariseCpuProfile(profile: CpuProfile, projectRoot: string, top = 15): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const delta = profile.timeDeltas[i + 1] ?? 0;
    selfUs.set(profile.samples[i], (selfUs.get(profile.samples[i]) ?? 0) + Math.max(0, delta));
  }
  const perFunction = new Map<string, number>();
  const perFile = new Map<string, number>();
  let totalUs = 0;
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame || frame.functionName === '(idle)') continue;
    totalUs += us;
    const file = shortenUrl(frame.url, projectRoot);
    const label = file ? `${frame.functionName || '(anonymous)'} (${file}:${frame.lineNumber + 1})` : frame.functionName;
    perFunction.set(label, (perFunction.get(label) ?? 0) + us);
    const fileLabel = file || frame.functionName;
    perFile.set(fileLabel, (perFile.get(fileLabel) ?? 0) + us);
  }
  const rank = (m: Map<string, number>): SelfTime[] => [...m]
    .sort((a, b) => b[1] - a[1]).slice(0, top)
    .map(([label, us]) => ({ label, selfMs: us / 1000, share: totalUs ? us / totalUs : 0 }));
  return { totalMs: totalUs / 1000, functions: rank(perFunction), files: rank(perFile) };
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
