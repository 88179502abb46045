// `entente extract`: prints extraction records without touching the database.

import type { CommandModule } from 'yargs';
import { resolveConfig } from '../../config.js';
import { extractSources } from '../extract-sources.js';
import { reportInputError } from '../report.js';
import { readOptionsFrom, withReadFlags, type ReadFlags } from '../read-options.js';

interface ExtractArgs extends ReadFlags { paths: string[]; format: 'jsonl' | 'json'; evidence: boolean }

export const extractCommand: CommandModule<object, ExtractArgs> = {
  command: 'extract [paths..]',
  describe: 'Extract people, organisations, events and relations; print one JSON object per input file',
  builder: (y) => withReadFlags(y)
    .positional('paths', { type: 'string', array: true, default: [], describe: 'Files, folders, URLs or - for standard input' })
    .option('format', { choices: ['jsonl', 'json'] as const, default: 'jsonl' as const, describe: 'One line per file, or one indented array' })
    .option('evidence', { type: 'boolean', default: true, describe: 'Include evidence (sentences, offsets, rules)' }),
  handler: async (argv) => {
    const config = resolveConfig();
    const records = [];
    let failed = 0;
    for await (const outcome of extractSources(argv.paths.length ? argv.paths : ['-'], config, readOptionsFrom(argv))) {
      if (!outcome.ok) {
        failed++;
        reportInputError(outcome.error);
        continue;
      }
      const record = argv.evidence ? outcome.record : stripEvidence(outcome.record);
      if (argv.format === 'jsonl') process.stdout.write(JSON.stringify(record) + '\n');
      else records.push(record);
    }
    if (argv.format === 'json') process.stdout.write(JSON.stringify(records, null, 2) + '\n');
    if (failed) process.exitCode = 1;
  },
};

function stripEvidence<T extends object>(value: T): T {
  return JSON.parse(JSON.stringify(value, (key, v) => (key === 'evidence' ? undefined : v)));
}
