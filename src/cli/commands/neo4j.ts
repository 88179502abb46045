// `entente neo4j start|stop|status`: the project's own local Neo4j 5.26 Community.

import type { CommandModule } from 'yargs';
import { resolveConfig } from '../../config.js';
import { localNeo4jStatus, startLocalNeo4j, stopLocalNeo4j } from '../../neo4j-server/index.js';

interface Neo4jArgs { action: 'start' | 'stop' | 'status' }

export const neo4jCommand: CommandModule<object, Neo4jArgs> = {
  command: 'neo4j <action>',
  describe: 'Start, stop or inspect the local Neo4j (Community 5.26 from Maven Central, on 127.0.0.1)',
  builder: (y) => y.positional('action', { choices: ['start', 'stop', 'status'] as const, demandOption: true }),
  handler: async (argv) => {
    const config = resolveConfig();
    if (argv.action === 'start') {
      const status = await startLocalNeo4j(config);
      process.stdout.write(`Neo4j running (pid ${status.pid ?? 'not ours'}): ${status.bolt}, Browser ${status.browser}\n`);
    } else if (argv.action === 'stop') {
      const stopped = await stopLocalNeo4j(config);
      process.stdout.write(stopped ? 'Neo4j stopped\n' : 'Neo4j was not running (started by this project)\n');
    } else {
      const status = await localNeo4jStatus(config);
      process.stdout.write(`${status.running ? `running (pid ${status.pid})` : 'not running'}; Bolt ${status.bolt} ${status.boltAnswers ? 'answers' : 'does not answer'}; data in ${status.home}\n`);
      if (!status.running && !status.boltAnswers) process.exitCode = 3;
    }
  },
};
