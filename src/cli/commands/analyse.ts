// `entente analyse`: computes centrality, communities and components and writes them onto the nodes in Neo4j.

import type { CommandModule } from 'yargs';
import { resolveConfig } from '../../config.js';
import { computeMetrics, writeMetricsToNeo4j, type EntityGraph } from '../../graph/index.js';
import { describeGraph, loadGraphForCommand } from './export.js';
import { connectDatabase } from '../connect.js';

interface AnalyseArgs { paths: string[]; write: boolean; top: number; 'from-jsonl'?: string; database?: string; 'batch-size'?: number }

export const analyseCommand: CommandModule<object, AnalyseArgs> = {
  command: 'analyse [paths..]',
  aliases: ['analyze'],
  describe: 'Compute degree, betweenness, PageRank, Louvain communities and components; write them to Neo4j as node properties',
  builder: (y) => y
    .positional('paths', { type: 'string', array: true, default: [], describe: 'Files, folders, URLs or feeds; none: the graph in Neo4j' })
    .option('write', { type: 'boolean', default: true, describe: 'Write the metrics onto the Neo4j nodes (--no-write only prints)' })
    .option('top', { type: 'number', default: 10, describe: 'How many of the most central entities to print' })
    .option('from-jsonl', { type: 'string', describe: 'Read records saved by `entente extract --format jsonl` instead of extracting' })
    .option('database', { type: 'string', describe: 'Neo4j database (default NEO4J_DATABASE or neo4j)' })
    .option('batch-size', { type: 'number', describe: 'Nodes per write batch (default ENTENTE_BATCH_SIZE or 5000)' })
    .example('$0 analyse', 'Analyse the graph in Neo4j; then size nodes by pagerank and colour by community in Browser'),
  handler: async (argv) => {
    const config = resolveConfig({ database: argv.database, batchSize: argv['batch-size'] });
    const { graph, failed } = await loadGraphForCommand(argv, config);
    const summary = computeMetrics(graph);
    process.stdout.write(formatTop(graph, argv.top));
    process.stderr.write(describeGraph(graph, summary));
    if (argv.write) {
      const driver = await connectDatabase(config);
      try {
        const updated = await writeMetricsToNeo4j(graph, driver, { database: config.neo4j.database, batchSize: config.batchSize });
        process.stderr.write(`entente: wrote degree, betweenness, pagerank, community and component on ${updated} of ${graph.order} nodes\n`);
      } finally {
        await driver.close();
      }
    }
    if (failed) process.exitCode = 1;
  },
};

/** A table of the most central entities by PageRank, with their betweenness and community. */
export function formatTop(graph: EntityGraph, top: number): string {
  const rows = graph.nodes()
    .map((id) => graph.getNodeAttributes(id))
    .sort((a, b) => (b.pagerank ?? 0) - (a.pagerank ?? 0) || a.id.localeCompare(b.id))
    .slice(0, Math.max(0, top));
  const lines = ['pagerank\tbetweenness\tdegree\tcommunity\tkind\tname'];
  for (const a of rows) lines.push([a.pagerank?.toFixed(4), a.betweenness?.toFixed(4), a.degree, a.community, a.kind, a.label].join('\t'));
  return lines.join('\n') + '\n';
}
