// `entente ingest`: STUB, to be replaced by its owner.

import type { CommandModule } from 'yargs';

export const ingestCommand: CommandModule = {
  command: 'ingest',
  describe: '(not yet available)',
  handler: () => {
    process.stderr.write('entente: ingest is not available yet\n');
    process.exitCode = 1;
  },
};
