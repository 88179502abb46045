// Streams extraction records from a JSONL file (`entente extract --format jsonl` output) so loading can be rerun without re-extracting.

import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { SourceOutcome } from '../cli/extract-sources.js';
import type { ExtractionRecord } from '../model/extraction.js';
import { InputError } from '../errors.js';

export async function* readRecordsJsonl(path: string): AsyncGenerator<SourceOutcome> {
  const stream = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8' });
  const lines = createInterface({ input: stream, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (!line.trim()) continue;
    try {
      const record = JSON.parse(line) as ExtractionRecord;
      if (typeof record.location !== 'string' || typeof record.sourceHash !== 'string' || !Array.isArray(record.relations)) {
        throw new Error('not an extraction record (location, sourceHash, relations)');
      }
      yield { ok: true, record };
    } catch (cause) {
      yield { ok: false, error: new InputError('INPUT_BAD_FEED', `${path}:${lineNo}`, (cause as Error).message, { cause }) };
    }
  }
}
