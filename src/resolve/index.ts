// Resolve stage: merges mentions into entities within and across documents and applies analysts' judgements.
// STUB owned by the entities work: keep the exported signature.

import type { DocExtraction, ExtractionRecord } from '../model/extraction.js';
import type { Gazetteers } from '../gazetteer/index.js';

export interface ResolveOptions {
  /** Home country of the source agency (officials with no country marker). */
  sourceCountry: string;
  /** Path of the analysts' judgements file, if any. */
  judgementsFile?: string;
}

/** Resolves the docs that came from one input file (its page and teasers) into that file's record. */
export function resolveFile(file: string, location: string, extractions: DocExtraction[],
  gazetteers: Gazetteers, _options: ResolveOptions): ExtractionRecord {
  return {
    file, location, sourceHash: extractions[0]?.doc.sourceHash ?? '', rulesVersion: gazetteers.version,
    docs: extractions.map(({ doc }) => ({ id: doc.id, kind: doc.kind, title: doc.title, parentId: doc.parentId, published: doc.published?.iso })),
    persons: [], countries: [], organisations: [], places: [], events: [], relations: [],
  };
}
