// Flags shared by every command that reads sources: folder globs, size and network limits.

import type { Argv } from 'yargs';
import type { ReadOptions } from '../read/index.js';

export interface ReadFlags {
  include?: string[];
  exclude?: string[];
  'max-bytes'?: number;
  timeout?: number;
  'user-agent'?: string;
}

export function withReadFlags<T>(y: Argv<T>): Argv<T & ReadFlags> {
  return y
    .option('include', { type: 'string', array: true, nargs: 1, describe: 'Glob a file inside a folder must match (repeatable)' })
    .option('exclude', { type: 'string', array: true, nargs: 1, describe: 'Glob of files to skip inside folders (repeatable)' })
    .option('max-bytes', { type: 'number', describe: 'Largest input accepted, in bytes (default 10 MiB)' })
    .option('timeout', { type: 'number', describe: 'Time limit for one URL, in milliseconds (default 15000)' })
    .option('user-agent', { type: 'string', describe: 'User agent sent with URL requests' }) as Argv<T & ReadFlags>;
}

export function readOptionsFrom(flags: ReadFlags): ReadOptions {
  return {
    include: flags.include, exclude: flags.exclude, maxBytes: flags['max-bytes'],
    timeoutMs: flags.timeout, userAgent: flags['user-agent'],
  };
}
