// Events and relations found over one document's mentions.
// STUB owned by the relations work: keep the exported signature.

import type { Doc } from '../../model/document.js';
import type { Mention } from '../../model/mention.js';
import type { EventRecord, RelationRecord } from '../../model/extraction.js';
import type { Gazetteers } from '../../gazetteer/index.js';

export function extractEventsAndRelations(_doc: Doc, _mentions: Mention[], _gazetteers: Gazetteers):
  { events: EventRecord[]; relations: RelationRecord[] } {
  return { events: [], relations: [] };
}
