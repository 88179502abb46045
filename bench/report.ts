// Renders the bench results as the fixed-width tables printed on stdout.

import type { ProfileSummary } from './cpu-profile.js';
import type { BenchResults, ExtractionRow } from './results.js';

const MB = 1e6;

export function formatBench(r: BenchResults): string {
  const out: string[] = [];
  out.push(`Entente bench · ${r.date} · commit ${r.commit} · ${r.machine.cpus}× ${r.machine.cpuModel} · node ${r.machine.node}`
    + ` · load average ${r.machine.loadAverageStart[0]} at start, ${r.machine.loadAverage[0]} at end`);
  out.push(`base corpus: ${r.corpus.baseArticles} articles (${r.corpus.sources.join(', ')}), ${(r.corpus.baseBytes / MB).toFixed(3)} MB; `
    + `name pool: ${r.corpus.personNames} person names, ${r.corpus.countries} countries`);
  out.push('');
  out.push('extraction      run     thr  size  passes  articles      MB       s    art/s    MB/s  MB/s/core  1st pass  1st → last tenth  maxRSS MB');
  for (const row of r.extraction) out.push(formatRow(row));
  out.push('(steady: timed after the warm-up on other copies, the figure the targets judge; cold: one pass in a fresh process;');
  out.push(' 1st pass: MB/s the first time through the corpus, every article new to the process; tenths: MB/s over the');
  out.push(' first and the last tenth of that pass)');
  if (r.extraction.some((row) => row.passes < 0.999)) out.push('(passes < 1: the run hit --max-seconds before the end of its corpus)');
  const ratios = r.ratios;
  if (ratios.length) {
    out.push('');
    out.push('entente ÷ fr-compromise (MB/s, same files, same run)');
    out.push(ratios.map((x) => `${x.size}× ${x.threads}t${x.run === 'cold' ? ' cold' : ''}: ${x.ratio.toFixed(1)}`).join('   '));
  }
  out.push('');
  if (r.neo4j.skipped) out.push(`neo4j load: skipped (${r.neo4j.skipped})`);
  else {
    out.push('neo4j load       path       size  articles  relationships  first ingest s    rel/s  unchanged re-ingest s  speed-up');
    const both = [...r.neo4j.rows.map((l) => ['CLI path ', l] as const), ...r.neo4j.loadOnlyRows.map((l) => ['load only', l] as const)];
    for (const [path, l] of both) {
      out.push(`${''.padEnd(16)} ${path}  ${`${l.size}×`.padStart(4)}  ${num(l.articles, 8)}  ${num(l.relationships, 13)}  `
        + `${l.firstIngestSeconds.toFixed(2).padStart(14)}  ${num(Math.round(l.relationshipsPerSecond), 7)}  `
        + `${l.reingestSeconds.toFixed(2).padStart(21)}  ${l.speedup.toFixed(1).padStart(8)}`);
    }
    const c = r.neo4j.ceiling;
    if (c) {
      out.push(`database ceiling (bare UNWIND CREATE, ${num(c.relationships, 0)} relationships, one transaction): `
        + `${num(Math.round(c.withProperties), 0)} rel/s with the loader's properties (${c.propertiesPerRelationship.toFixed(1)} per `
        + `relationship), ${num(Math.round(c.bare), 0)} rel/s with none`);
    }
  }
  out.push('');
  out.push('targets');
  for (const t of r.targets) out.push(`  ${t.met === null ? ' -- ' : t.met ? ' ok ' : 'MISS'}  ${t.name}: ${t.value}`);
  return out.join('\n');
}

function formatRow(row: ExtractionRow): string {
  return `${row.engine.padEnd(15)} ${row.run.padEnd(6)}  ${String(row.threads).padStart(3)}  ${`${row.size}×`.padStart(4)}  ${row.passes.toFixed(1).padStart(6)}  ${num(row.articles, 8)}  `
    + `${(row.bytes / MB).toFixed(2).padStart(6)}  ${row.seconds.toFixed(2).padStart(6)}  ${row.articlesPerSecond.toFixed(0).padStart(7)}  `
    + `${row.mbPerSecond.toFixed(2).padStart(6)}  ${row.mbPerSecondPerCore.toFixed(2).padStart(9)}  ${row.firstPassMbPerSecond.toFixed(2).padStart(8)}  `
    + `${`${row.firstTenthMbPerSecond.toFixed(2)} → ${row.lastTenthMbPerSecond.toFixed(2)}`.padStart(16)}  `
    + `${row.maxRssMB.toFixed(0).padStart(9)}`
    + (row.tally.failed ? `  (${row.tally.failed} failed)` : '');
}

export function formatProfile(summary: ProfileSummary, file: string): string {
  const out = [`profile: ${file} (${(summary.totalMs / 1000).toFixed(1)} s sampled in the timed run, idle excluded)`, '',
    `self time by stage (regular expressions and builtins charged to their caller; regular expressions in all: ${(100 * summary.regexShare).toFixed(1)}%)`];
  for (const f of summary.stages) out.push(`  ${(100 * f.share).toFixed(1).padStart(5)}%  ${f.selfMs.toFixed(0).padStart(7)} ms  ${f.label}`);
  out.push('', 'top self time by function');
  for (const f of summary.functions) out.push(`  ${(100 * f.share).toFixed(1).padStart(5)}%  ${f.selfMs.toFixed(0).padStart(7)} ms  ${f.label}`);
  out.push('', 'top self time by file');
  for (const f of summary.files) out.push(`  ${(100 * f.share).toFixed(1).padStart(5)}%  ${f.selfMs.toFixed(0).padStart(7)} ms  ${f.label}`);
  return out.join('\n');
}

function num(n: number, width: number): string {
  return String(n).padStart(width);
}
