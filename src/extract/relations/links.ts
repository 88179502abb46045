// Links around events and people: HOSTED, ATTENDED, CO_CHAIRED, ORGANISED, HELD_IN, HOLDS_POSITION, HAS_RANK, REPRESENTS, MEMBER_OF.

import type { Mention } from '../../model/mention.js';
import type { EventRecord } from '../../model/extraction.js';
import { slugify } from '../../lang/fold.js';
import { between, endpointName, groupBySentence, type DocView, type SentenceView } from './doc-view.js';
import type { LinkRule, RelationRuleData } from './rule-data.js';
import { buildEvidence, countryEndpoint, endpointOf, newFiring, type Endpoint, type Firing } from './records.js';
import type { FoundEvent } from './events.js';
import type { MeetingAct } from './meetings.js';
import { findDates, type FoundDate } from '../../lang/dates.js';

const SAME_DAY = /(?:^|[\s,])(?:le|ce|du)\s+même\s+jour(?![\p{L}])/iu;

const AND_ONLY = /^\s*(?:\([^)]*\)\s*)?,?\s*et\s+(?:l['’]\s*|les?\s+|la\s+|du\s+|des\s+)?$/iu;

const eventEndpoint = (e: EventRecord): Endpoint => ({ id: e.id, name: e.name });

/** Link rules by id, indexed once per rule table: every document asks for the same few. */
const linksById = new WeakMap<RelationRuleData, Map<string, LinkRule>>();

function rule(data: RelationRuleData, id: string): LinkRule {
  let byId = linksById.get(data);
  if (!byId) linksById.set(data, byId = new Map(data.links.map((r) => [r.id, r])));
  const found = byId.get(id);
  if (!found) throw new Error(`relations-links.tsv: rule "${id}" is missing`);
  return found;
}

/**
 * The event each meeting act belongs to: an event named in its sentence, the last event named before it for
 * co-chairs ("L'événement était coprésidé par"), or else a meeting of its own (implicit) for verb rules.
 */
export function attachActsToEvents(view: DocView, acts: MeetingAct[], events: FoundEvent[]):
  { actEvents: Map<MeetingAct, EventRecord>; implicit: EventRecord[] } {
  const actEvents = new Map<MeetingAct, EventRecord>();
  const byPeople = new Map<string, EventRecord>();
  const peopleKey = peopleKeys(acts);
  for (const act of acts) {
    const inSentence = events.filter((e) => e.sentence.index === act.sentence.index)
      .sort((a, b) => distance(a, act.trigger) - distance(b, act.trigger));
    let event: EventRecord | undefined = inSentence[0]?.record;
    if (!event && act.coChaired) event = [...events].reverse().find((e) => e.end <= act.start)?.record;
    if (event) {
      actEvents.set(act, event);
      byPeople.set(peopleKey.get(act)!, event);
    }
  }
  // A meeting told only by a verb gets a node of its own, unless the same people already meet at a named event.
  const implicit = new Map<string, EventRecord>();
  let lastDate: FoundDate | undefined;
  for (const act of acts) {
    const own = findDates(act.sentence.text, { year: view.doc.contextYear, reference: view.doc.published?.iso })[0];
    // "Le même jour, il a également reçu..." is dated by the act before it.
    const actDate = own ?? (SAME_DAY.test(act.sentence.text) ? lastDate : undefined);
    if (actDate) lastDate = actDate;
    if (actEvents.has(act) || !['subject-object', 'between', 'possessive-with'].includes(act.rule.kind)) continue;
    // A named round of meetings of one of these people ("a effectué une série de rencontres") holds this one.
    const people = new Set(peopleOf(act));
    const series = events.find((e) => e.record.type === 'meeting' && e.sentence.persons.some((p) => people.has(p.key)))?.record;
    let event = byPeople.get(peopleKey.get(act)!) ?? series;
    // The same people at a named event are the same meeting only if this act does not date itself otherwise.
    if (event && actDate && event.dateValue?.iso !== actDate.iso) event = undefined;
    if (!event) {
      event = buildImplicitMeeting(view, act, actDate);
      const seen = implicit.get(event.id);
      if (seen) {
        seen.evidence.push(...event.evidence);
        event = seen;
      } else {
        implicit.set(event.id, event);
      }
    }
    actEvents.set(act, event);
  }
  // Caption pairs and joint subjects join the meeting their people have, if any.
  for (const act of acts) {
    if (actEvents.has(act)) continue;
    const key = peopleKey.get(act)!;
    const event = byPeople.get(key) ?? [...implicit.values()].find((e) => e.participants?.join('|') === key);
    if (event) actEvents.set(act, event);
  }
  return { actEvents, implicit: [...implicit.values()] };
}

const peopleOf = (act: MeetingAct) => [...new Set([...(act.subject ? [act.subject] : []), ...act.others].map((p) => p.key))].sort();
/** Each act's people as one key (their sorted keys joined), built once per act. */
function peopleKeys(acts: MeetingAct[]): Map<MeetingAct, string> {
  const keys = new Map<MeetingAct, string>();
  for (const act of acts) keys.set(act, peopleOf(act).join('|'));
  return keys;
}

const distance = (e: FoundEvent, offset: number): number => (offset < e.start ? e.start - offset : offset > e.end ? offset - e.end : 0);

function buildImplicitMeeting(view: DocView, act: MeetingAct, date: FoundDate | undefined): EventRecord {
  const s = act.sentence;
  const people = [...(act.subject ? [act.subject] : []), ...act.others];
  const place = s.places.find((m) => /(?:^|\s)(?:à|au|en)\s*$/iu.test(between(view, Math.max(s.start, m.start - 6), m.start)));
  const keys = [...new Set(people.map((p) => p.key))].sort();
  // Participants before the date, so that an undated report of the meeting is a prefix of the dated one.
  const id = `event:${slugify(['meeting', ...keys.map((k) => k.replace(/^[a-z]+:/, '')), date?.iso ?? ''].join(' '))}`;
  return {
    id,
    type: act.rule.id === 'met.phone-call' ? 'call' : 'meeting',
    name: `${people.map((p) => endpointName(p)).join(' – ')}`,
    date: date?.text ?? null,
    ...(date ? { dateValue: { iso: date.iso, text: date.text, rule: date.rule, ...(date.endIso ? { endIso: date.endIso } : {}) } } : {}),
    place: place ? (place.kind === 'country' ? place.text : endpointName(place)) : null,
    ...(place ? { placeId: place.key } : {}),
    cameo: act.rule.cameo,
    implicit: true,
    participants: keys,
    evidence: [buildEvidence(view, s, act.start, act.end, act.rule.id)],
  };
}

/** HOSTED, ATTENDED and CO_CHAIRED from meeting acts and the events they belong to. */
export function meetingLinks(data: RelationRuleData, actEvents: Map<MeetingAct, EventRecord>): Firing[] {
  const out: Firing[] = [];
  const hostedRule = rule(data, 'link.hosted'), attendedRule = rule(data, 'link.meeting-attended');
  const coChairedRule = rule(data, 'link.co-chaired');
  for (const [act, event] of actEvents) {
    const target = eventEndpoint(event);
    const { sentence, start, end } = act;
    const date = event.dateValue?.iso;
    const people = [...(act.subject ? [act.subject] : []), ...act.others];
    for (const p of people) {
      const hosted = act.hosted && p === act.subject;
      const r = hosted ? hostedRule : attendedRule;
      out.push(newFiring(hosted ? 'HOSTED' : 'ATTENDED', endpointOf(p), target, r, sentence, start, end, { date }));
      if (act.coChaired) out.push(newFiring('CO_CHAIRED', endpointOf(p), target, coChairedRule, sentence, start, end, { date }));
    }
  }
  return out;
}

/** HELD_IN for every event with a place. */
export function heldInLinks(view: DocView, data: RelationRuleData, events: FoundEvent[], implicit: EventRecord[]): Firing[] {
  const r = rule(data, 'link.held-in');
  const out: Firing[] = [];
  for (const e of events) {
    if (!e.place || !e.record.placeId) continue;
    out.push(newFiring('HELD_IN', eventEndpoint(e.record), { id: e.record.placeId, name: e.record.place ?? '' }, r,
      e.sentence, e.start, Math.max(e.end, e.place.end)));
  }
  for (const e of implicit) {
    if (!e.placeId) continue;
    const ev = e.evidence[0];
    const s = view.sentences.find((x) => x.index === ev.sentence);
    if (s) out.push(newFiring('HELD_IN', eventEndpoint(e), { id: e.placeId, name: e.place ?? '' }, r, s, ev.start, ev.end));
  }
  return out;
}

/** ORGANISED and ATTENDED stated by verbs around an event (sous l'égide de X, X et Y ont organisé, X participe à). */
export function agentLinks(view: DocView, data: RelationRuleData, events: FoundEvent[]): Firing[] {
  const out: Firing[] = [];
  const afterRules = data.links.filter((x) => x.kind === 'agent-after' && x.pattern);
  const beforeRules = data.links.filter((x) => x.kind === 'agent-before' && x.pattern);
  const frameRules = data.links.filter((x) => x.kind === 'frame' && x.pattern);
  const eventsBySentence = groupBySentence(events);
  // Events come sentence by sentence: before the first one's sentence, no rule has an event to link to.
  const firstEventSentence = Math.min(...events.map((e) => e.sentence.index));
  for (const s of view.sentences) {
    if (s.index < firstEventSentence) continue;
    // Every rule below links a party or person of the sentence.
    if (s.parties.length === 0 && s.persons.length === 0) continue;
    const here = eventsBySentence.get(s.index) ?? [];
    const agents = mergeByStart(s.parties, s.persons);
    for (const r of afterRules) {
      for (const agent of agents) {
        const before = between(view, Math.max(s.start, agent.start - 60), agent.start);
        if (!r.pattern!.test(before)) continue;
        const event = nearestEvent(here, agent.start) ?? [...events].reverse().find((e) => e.sentence.index < s.index);
        if (!event || insideEvent(event, agent)) continue;
        for (const a of coordinatedFrom(view, agents, agent)) {
          out.push(newFiring(r.relation, endpointOf(a), eventEndpoint(event.record), r, s, Math.min(agent.start - 20, a.start), a.end));
        }
      }
    }
    // The rules below link to an event named in this sentence; agent-before ones to an event named after the agent.
    if (here.length === 0) continue;
    const lastEventStart = Math.max(...here.map((e) => e.start));
    for (const r of beforeRules) {
      for (let i = 0; i < agents.length; i++) {
        if (agents[i].end > lastEventStart) continue;
        const tail = between(view, agents[i].end, s.end);
        const m = r.pattern!.exec(tail);
        if (!m) continue;
        const event = here.find((e) => e.start >= agents[i].end + m.index);
        if (!event) continue;
        const group = [agents[i]];
        for (let j = i - 1; j >= 0 && AND_ONLY.test(between(view, agents[j].end, group[0].start)); j--) group.unshift(agents[j]);
        if (group.some((g) => insideEvent(event, g))) continue;
        for (const a of group) {
          out.push(newFiring(r.relation, endpointOf(a), eventEndpoint(event.record), r, s, group[0].start, event.end));
        }
      }
    }
    for (const r of frameRules) {
      for (const event of here) {
        if (!r.pattern!.test(between(view, Math.max(s.start, event.start - 60), event.start))) continue;
        // The one whose visit it is: the first person (else party) named after the event in the sentence.
        const agent = s.persons.find((m) => m.start >= event.end) ?? s.parties.find((m) => m.start >= event.end);
        if (!agent) continue;
        out.push(newFiring(r.relation, endpointOf(agent), eventEndpoint(event.record), r, s, event.start, agent.end));
      }
    }
  }
  return out;
}

/**
 * Two lists of mentions sorted by start merged into one sorted by start, the first list's first on a tie: what a stable
 * sort of the two joined would give, without sorting.
 */
function mergeByStart(first: Mention[], second: Mention[]): Mention[] {
  const out: Mention[] = [];
  let i = 0, j = 0;
  while (i < first.length && j < second.length) out.push(first[i].start <= second[j].start ? first[i++] : second[j++]);
  while (i < first.length) out.push(first[i++]);
  while (j < second.length) out.push(second[j++]);
  return out;
}

function nearestEvent(events: FoundEvent[], offset: number): FoundEvent | undefined {
  return [...events].sort((a, b) => distance(a, offset) - distance(b, offset))[0];
}

const insideEvent = (e: FoundEvent, m: Mention): boolean => m.start >= e.start && m.end <= e.end;

function coordinatedFrom(view: DocView, agents: Mention[], first: Mention): Mention[] {
  const chain = [first];
  for (const m of agents) {
    const cur = chain[chain.length - 1];
    if (m.start < cur.end) continue;
    if (!AND_ONLY.test(between(view, cur.end, m.start))) break;
    chain.push(m);
  }
  return chain;
}

/**
 * MEMBER_OF between a country and an organisation: "le Vietnam, membre de l'ASEAN", "en tant que membre de l'ASEAN,
 * le Vietnam", "les pays membres de l'ASEAN" (no country named: nothing).
 */
export function membershipLinks(view: DocView, data: RelationRuleData): Firing[] {
  const out: Firing[] = [];
  for (const r of data.links.filter((x) => x.kind === 'membership' && x.pattern)) {
    for (const s of view.sentences) {
      if (!/membre/iu.test(s.text)) continue;
      for (const org of s.parties.filter((p) => p.kind === 'organisation')) {
        const lead = between(view, Math.max(s.start, org.start - 120), org.start);
        const m = r.pattern!.exec(lead);
        if (!m) continue;
        const phraseStart = org.start - (lead.length - m.index);
        const country = /en\s+tant\s+que\s+$/iu.test(between(view, Math.max(s.start, phraseStart - 16), phraseStart))
          ? s.parties.find((p) => p.kind === 'country' && p.start >= org.end)
          : [...s.parties].reverse().find((p) => p.kind === 'country' && p.end <= phraseStart
            && /^\s*(?:,|est|était|devient|est\s+devenu|,\s*pays)?\s*$/iu.test(between(view, p.end, phraseStart)));
        if (!country) continue;
        out.push(newFiring(r.relation, endpointOf(country), endpointOf(org), r, s,
          Math.min(country.start, phraseStart), Math.max(org.end, country.end)));
      }
    }
  }
  return out;
}

/** HOLDS_POSITION, HAS_RANK, REPRESENTS and MEMBER_OF from what each person mention states. */
export function personLinks(view: DocView, data: RelationRuleData): Firing[] {
  const out: Firing[] = [];
  const asOf = view.doc.published?.iso ?? (view.doc.contextYear ? String(view.doc.contextYear) : null);
  const holds = rule(data, 'link.holds-position'), hasRank = rule(data, 'link.has-rank');
  const represents = rule(data, 'link.represents'), memberOf = rule(data, 'link.member-of');
  // One endpoint per title, rank or country of the document: its id is built (and later hashed) once, not per mention.
  const offices = new Map<string, Endpoint>(), ranks = new Map<string, Endpoint>(), countries = new Map<string, Endpoint>();
  const endpointFor = (known: Map<string, Endpoint>, name: string, build: (name: string) => Endpoint): Endpoint => {
    let e = known.get(name);
    if (!e) known.set(name, e = build(name));
    return e;
  };
  for (const s of view.sentences) {
    for (const p of s.persons) {
      const a = endpointOf(p), start = p.start, end = p.end;
      for (const title of p.positions ?? []) {
        out.push(newFiring('HOLDS_POSITION', a, endpointFor(offices, title, officeEndpoint), holds, s, start, end,
          { props: { title, organisation: p.organisations?.[0] ?? null, asOf } }));
      }
      const rank = p.rank, country = p.country;
      if (rank) out.push(newFiring('HAS_RANK', a, endpointFor(ranks, rank, rankEndpoint), hasRank, s, start, end));
      if (country) out.push(newFiring('REPRESENTS', a, endpointFor(countries, country, countryEndpoint), represents, s, start, end));
      for (const org of p.organisations ?? []) {
        out.push(newFiring('MEMBER_OF', a, { id: org, name: orgName(s, org) }, memberOf, s, start, end));
      }
    }
  }
  return out;
}

const officeEndpoint = (title: string): Endpoint => ({ id: `office:${slugify(title)}`, name: title });
const rankEndpoint = (rank: string): Endpoint => ({ id: `rank:${slugify(rank)}`, name: rank });

function orgName(s: SentenceView, key: string): string {
  const m = s.mentions.find((x) => x.key === key);
  return m ? endpointName(m) : key.replace(/^org:/, '');
}
