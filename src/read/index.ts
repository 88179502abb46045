// Read stage: turns paths, folders, URLs, feeds and standard input into decoded raw sources.
// STUB owned by the read/normalise work: keep the exported signatures.

import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { RawSource } from '../model/document.js';
import { InputError } from '../errors.js';

export interface ReadOptions {
  include?: string[];
  exclude?: string[];
  maxBytes?: number;
  timeoutMs?: number;
  userAgent?: string;
}

export type ReadResult = { ok: true; source: RawSource } | { ok: false; error: InputError };

/** Yields one result per article found in the inputs, in a stable order; failures are yielded, not thrown. */
export async function* readSources(inputs: string[], _options: ReadOptions = {}): AsyncGenerator<ReadResult> {
  for (const location of inputs) {
    try {
      const text = await readFile(location, 'utf8');
      yield { ok: true, source: { location, file: basename(location), format: 'text', text } };
    } catch (cause) {
      yield { ok: false, error: new InputError('INPUT_NOT_FOUND', location, 'cannot be read', { cause }) };
    }
  }
}
