// `entente query`: STUB, to be replaced by its owner.

import type { CommandModule } from 'yargs';

export const queryCommand: CommandModule = {
  command: 'query',
  describe: '(not yet available)',
  handler: () => {
    process.stderr.write('entente: query is not available yet\n');
    process.exitCode = 1;
  },
};
