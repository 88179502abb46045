// Chains read → normalise → extract → resolve for the commands that need extraction records.

import { readSources, type ReadOptions } from '../read/index.js';
import { normaliseSource } from '../normalise/index.js';
import { extractDocument } from '../extract/index.js';
import { resolveFile } from '../resolve/index.js';
import { loadGazetteers, type Gazetteers } from '../gazetteer/index.js';
import type { ExtractionRecord } from '../model/extraction.js';
import type { RawSource } from '../model/document.js';
import type { ResolvedConfig } from '../config.js';
import { EntenteError, InputError } from '../errors.js';

export type SourceOutcome = { ok: true; record: ExtractionRecord } | { ok: false; error: InputError };

/** Extracts every article found in `inputs`, one record per input file, streaming: nothing is held but one file. */
export async function* extractSources(inputs: string[], config: ResolvedConfig,
  readOptions: ReadOptions = {}, gazetteers: Gazetteers = loadGazetteers(config.gazetteerDir)): AsyncGenerator<SourceOutcome> {
  for await (const result of readSources(inputs, readOptions)) {
    if (!result.ok) {
      yield result;
      continue;
    }
    yield extractOutcome(result.source, config, gazetteers);
  }
}

/**
 * One article the rules fail on (a defect of ours, met on text no test had) is reported with its location, and the
 * run goes on with the others; broken gazetteers or settings still stop it.
 */
export function extractOutcome(source: RawSource, config: ResolvedConfig, gazetteers: Gazetteers): SourceOutcome {
  try {
    return { ok: true, record: extractSource(source, config, gazetteers) };
  } catch (error) {
    if (error instanceof EntenteError) throw error;
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, error: new InputError('EXTRACT_FAILED', source.location, `extraction failed: ${reason}`, { cause: error }) };
  }
}

/** normalise → extract → resolve for one source already read: its page and teasers make one record. */
export function extractSource(source: RawSource, config: ResolvedConfig, gazetteers: Gazetteers): ExtractionRecord {
  const { page, teasers } = normaliseSource(source);
  const extractions = [page, ...teasers].map((doc) => extractDocument(doc, gazetteers));
  return resolveFile(source.file, source.location, extractions, gazetteers, {
    sourceCountry: config.sourceCountry, judgementsFile: config.judgementsFile, sourceText: source.text,
  });
}
