// `entente viz`: STUB, to be replaced by its owner.

import type { CommandModule } from 'yargs';

export const vizCommand: CommandModule = {
  command: 'viz',
  describe: '(not yet available)',
  handler: () => {
    process.stderr.write('entente: viz is not available yet\n');
    process.exitCode = 1;
  },
};
