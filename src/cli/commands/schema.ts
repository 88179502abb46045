// `entente schema`: STUB, to be replaced by its owner.

import type { CommandModule } from 'yargs';

export const schemaCommand: CommandModule = {
  command: 'schema',
  describe: '(not yet available)',
  handler: () => {
    process.stderr.write('entente: schema is not available yet\n');
    process.exitCode = 1;
  },
};
