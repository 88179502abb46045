// One-line reports of failures on standard error.

import { EntenteError } from '../errors.js';

export function reportInputError(error: EntenteError): void {
  process.stderr.write(`entente: ${error.message}\n`);
}

/** Last-resort handler for a command: one line, non-zero exit. */
export function reportFatal(error: unknown): void {
  if (error instanceof EntenteError) process.stderr.write(`entente: ${error.message}\n`);
  else if (error instanceof Error) process.stderr.write(`entente: ${error.message}\n`);
  else process.stderr.write(`entente: ${String(error)}\n`);
  process.exitCode = process.exitCode && process.exitCode !== 0 ? process.exitCode : 1;
}
