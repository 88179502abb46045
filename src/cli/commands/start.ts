// `entente start`: STUB until the main job lands.
import type { CommandModule } from 'yargs';
export const startCommand: CommandModule = { command: 'start', describe: '(not yet available)', handler: () => { process.exitCode = 1; } };
