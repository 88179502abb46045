// `entente export`: the entity graph as GEXF, GraphML, JSON or neo4j-admin CSV, from sources or from Neo4j.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { resolveConfig, type ResolvedConfig } from '../../config.js';
import { extractSources, type SourceOutcome } from '../extract-sources.js';
import { reportInputError } from '../report.js';
import { readRecordsJsonl } from '../../load/records-jsonl.js';
import { connectDatabase } from '../connect.js';
import {
  buildImportCsv, computeLayout, computeMetrics, createEntityGraph, importCommand, mergeRecord, readGraphFromNeo4j,
  writeGexf, writeGraphml, writeJson, type EntityGraph, type MetricsSummary,
} from '../../graph/index.js';

export type ExportFormat = 'gexf' | 'graphml' | 'json' | 'csv';

interface ExportArgs { paths: string[]; format: ExportFormat; out: string; metrics: boolean; 'from-jsonl'?: string; database?: string }

/** Options shared by the commands that build the graph (export, viz, analyse). */
export interface GraphInput { paths: string[]; 'from-jsonl'?: string; database?: string }

export const exportCommand: CommandModule<object, ExportArgs> = {
  command: 'export [paths..]',
  describe: 'Write the entity graph with centrality and communities as GEXF, GraphML, JSON or CSV for neo4j-admin import',
  builder: (y) => y
    .positional('paths', { type: 'string', array: true, default: [], describe: 'Files, folders, URLs or feeds; none: read the graph from Neo4j' })
    .option('format', { choices: ['gexf', 'graphml', 'json', 'csv'] as const, demandOption: true, describe: 'Output format' })
    .option('out', { type: 'string', demandOption: true, describe: 'Output file (a folder for csv)' })
    .option('metrics', { type: 'boolean', default: true, describe: 'Compute degree, betweenness, PageRank, Louvain communities and components' })
    .option('from-jsonl', { type: 'string', describe: 'Read records saved by `entente extract --format jsonl` instead of extracting' })
    .option('database', { type: 'string', describe: 'Neo4j database to read when no source is given' })
    .example('$0 export --format gexf --out out/seeds.gexf ../shared/corpus/seeds', 'Open in Gephi')
    .example('$0 export --format csv --out out/import', 'CSV files and the neo4j-admin command for a bulk first load'),
  handler: async (argv) => {
    const config = resolveConfig({ database: argv.database });
    const { graph, failed } = await loadGraphForCommand(argv, config);
    const summary = argv.metrics ? computeMetrics(graph) : null;
    const out = resolve(argv.out);
    if (argv.format === 'csv') {
      const csv = buildImportCsv(graph);
      mkdirSync(out, { recursive: true });
      for (const [name, text] of csv.files) writeFileSync(join(out, name), text);
      const command = importCommand(csv, out, config.neo4j.database);
      writeFileSync(join(out, 'import-command.txt'), command + '\n');
      process.stderr.write(`entente: wrote ${csv.files.size} CSV files to ${out}; bulk-load an empty, stopped database with:\n${command}\n`);
    } else {
      if (argv.format === 'gexf') computeLayout(graph);
      const text = argv.format === 'gexf' ? writeGexf(graph) : argv.format === 'graphml' ? writeGraphml(graph) : writeJson(graph);
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, text);
      process.stderr.write(`entente: wrote ${out}\n`);
    }
    process.stderr.write(describeGraph(graph, summary));
    if (failed) process.exitCode = 1;
  },
};

/**
 * Builds the graph from the given sources (or saved records), or reads it from Neo4j when none is given.
 * Bad sources are reported and counted; the others still make the graph.
 */
export async function loadGraphForCommand(input: GraphInput, config: ResolvedConfig): Promise<{ graph: EntityGraph; failed: number }> {
  if (!input.paths.length && !input['from-jsonl']) {
    const driver = await connectDatabase(config);
    try {
      return { graph: await readGraphFromNeo4j(driver, config.neo4j.database), failed: 0 };
    } finally {
      await driver.close();
    }
  }
  const outcomes: AsyncIterable<SourceOutcome> = input['from-jsonl'] ? readRecordsJsonl(input['from-jsonl']) : extractSources(input.paths, config);
  const graph = createEntityGraph();
  let failed = 0;
  for await (const outcome of outcomes) {
    if (outcome.ok) mergeRecord(graph, outcome.record);
    else {
      failed++;
      reportInputError(outcome.error);
    }
  }
  return { graph, failed };
}

export function describeGraph(graph: EntityGraph, summary: MetricsSummary | null): string {
  const base = `entente: ${graph.order} entities, ${graph.size} relations`;
  if (!summary) return base + '\n';
  const sampled = summary.betweennessSources < summary.nodes ? `; betweenness sampled from ${summary.betweennessSources} sources` : '';
  return `${base}, ${summary.communities} communities (modularity ${summary.modularity}), ${summary.components} components (largest ${summary.largestComponent})${sampled}\n`;
}
