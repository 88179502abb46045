// Events and relations found over one document's mentions: meetings, cooperation, events and the links around them.

import type { Doc } from '../../model/document.js';
import type { Mention } from '../../model/mention.js';
import type { EventRecord, RelationRecord } from '../../model/extraction.js';
import type { Gazetteers } from '../../gazetteer/index.js';
import { buildDocView } from './doc-view.js';
import { loadRelationRuleData } from './rule-data.js';
import { findMeetingActs, type MeetingAct } from './meetings.js';
import { findCooperation } from './cooperation.js';
import { findEvents, type FoundEvent } from './events.js';
import { assignEventIds } from './event-identity.js';
import { mergeEventRecords, remapEventIds } from '../../model/event-merge.js';
import { agentLinks, attachActsToEvents, heldInLinks, meetingLinks, membershipLinks, personLinks } from './links.js';
import { buildRelations, endpointOf, newFiring, type Firing } from './records.js';


export function extractEventsAndRelations(doc: Doc, mentions: Mention[], gazetteers: Gazetteers):
  { events: EventRecord[]; relations: RelationRecord[] } {
  const data = loadRelationRuleData(gazetteers.dir);
  const view = buildDocView(doc, mentions);
  const acts = findMeetingActs(view, data);
  const found = findEvents(view, data);
  assignEventIds(view, found);
  const { actEvents, implicit } = attachActsToEvents(view, acts, found);
  const firings: Firing[] = [
    ...metFirings(acts, actEvents),
    ...placeInEvents(findCooperation(view, data, acts), found),
    ...meetingLinks(data, actEvents),
    ...heldInLinks(view, data, found, implicit),
    ...agentLinks(view, data, found),
    ...personLinks(view, data),
    ...membershipLinks(view, data),
  ];
  const { events, idMap } = mergeEventRecords([...found.map((e) => e.record), ...implicit]);
  const built = buildRelations(view, firings);
  const relations = idMap.size ? remapEventIds(built, idMap) : built;
  return { events, relations };
}

/**
 * A cooperation stated in a sentence that names an event was stated there: the event and its date go on the relation.
 * The firings are set in place (findCooperation made them for this call alone).
 */
function placeInEvents(firings: Firing[], events: FoundEvent[]): Firing[] {
  if (firings.length === 0) return firings;
  // The first event named in each sentence.
  const firstIn = new Map<number, EventRecord>();
  for (const e of events) if (!firstIn.has(e.sentence.index)) firstIn.set(e.sentence.index, e.record);
  for (const f of firings) {
    const event = firstIn.get(f.sentence.index);
    if (!event) continue;
    f.event = event.id;
    if (event.dateValue) f.date = event.dateValue.iso;
  }
  return firings;
}

/** Every pair of participants of a meeting act met: the subject with each guest, or all listed people pairwise. */
function metFirings(acts: MeetingAct[], actEvents: Map<MeetingAct, EventRecord>): Firing[] {
  const out: Firing[] = [];
  for (const act of acts) {
    const event = actEvents.get(act);
    const extras = {
      event: event?.id, date: event?.dateValue?.iso, props: act.hosted && act.subject ? { host: endpointOf(act.subject).name } : undefined,
    };
    const { subject, others } = act;
    if (subject) {
      for (const o of others) out.push(newFiring('MET', endpointOf(subject), endpointOf(o), act.rule, act.sentence, act.start, act.end, extras));
      continue;
    }
    for (let i = 0; i < others.length; i++) {
      for (let j = i + 1; j < others.length; j++) {
        out.push(newFiring('MET', endpointOf(others[i]), endpointOf(others[j]), act.rule, act.sentence, act.start, act.end, extras));
      }
    }
  }
  return out;
}
