// Extract stage: finds mentions, then events and relations over them, in one document.

import type { Doc } from '../model/document.js';
import type { DocExtraction } from '../model/extraction.js';
import type { Gazetteers } from '../gazetteer/index.js';
import { extractEntityMentions } from './entities/index.js';
import { extractEventsAndRelations } from './relations/index.js';

export function extractDocument(doc: Doc, gazetteers: Gazetteers): DocExtraction {
  const mentions = extractEntityMentions(doc, gazetteers);
  const { events, relations } = extractEventsAndRelations(doc, mentions, gazetteers);
  return { doc, mentions, events, relations };
}
