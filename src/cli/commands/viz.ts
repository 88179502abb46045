// `entente viz`: writes one self-contained HTML file to explore the entity graph offline.

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { CommandModule } from 'yargs';
import { resolveConfig } from '../../config.js';
import { buildExplorerHtml, computeLayout, computeMetrics } from '../../graph/index.js';
import { describeGraph, loadGraphForCommand } from './export.js';

interface VizArgs { paths: string[]; out: string; title?: string; 'from-jsonl'?: string; database?: string }

export const vizCommand: CommandModule<object, VizArgs> = {
  command: 'viz [paths..]',
  describe: 'Write a self-contained HTML explorer of the graph: search, filters, centrality, communities, evidence',
  builder: (y) => y
    .positional('paths', { type: 'string', array: true, default: [], describe: 'Files, folders, URLs or feeds; none: read the graph from Neo4j' })
    .option('out', { type: 'string', demandOption: true, describe: 'HTML file to write' })
    .option('title', { type: 'string', describe: 'Page title' })
    .option('from-jsonl', { type: 'string', describe: 'Read records saved by `entente extract --format jsonl` instead of extracting' })
    .option('database', { type: 'string', describe: 'Neo4j database to read when no source is given' })
    .example('$0 viz --out out/seeds.html ../shared/corpus/seeds', 'Open out/seeds.html in a browser, online or not'),
  handler: async (argv) => {
    const config = resolveConfig({ database: argv.database });
    const { graph, failed } = await loadGraphForCommand(argv, config);
    const summary = computeMetrics(graph);
    computeLayout(graph);
    const html = await buildExplorerHtml(graph, { title: argv.title });
    const out = resolve(argv.out);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, html);
    process.stderr.write(`entente: wrote ${out} (${Math.round(html.length / 1024)} KB)\n`);
    process.stderr.write(describeGraph(graph, summary));
    if (failed) process.exitCode = 1;
  },
};
