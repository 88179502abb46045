// `entente export`: STUB, to be replaced by its owner.

import type { CommandModule } from 'yargs';

export const exportCommand: CommandModule = {
  command: 'export',
  describe: '(not yet available)',
  handler: () => {
    process.stderr.write('entente: export is not available yet\n');
    process.exitCode = 1;
  },
};
