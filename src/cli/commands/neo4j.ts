// `entente neo4j start|stop|status`: STUB until the launcher lands.
import type { CommandModule } from 'yargs';
export const neo4jCommand: CommandModule = { command: 'neo4j', describe: '(not yet available)', handler: () => { process.exitCode = 1; } };
