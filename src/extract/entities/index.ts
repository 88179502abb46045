// Entity mentions (persons, ranks, offices, countries, organisations, places, dates) in one document.
// STUB owned by the entities work: keep the exported signature.

import type { Doc } from '../../model/document.js';
import type { Mention } from '../../model/mention.js';
import type { Gazetteers } from '../../gazetteer/index.js';

export function extractEntityMentions(_doc: Doc, _gazetteers: Gazetteers): Mention[] {
  return [];
}
