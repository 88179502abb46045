// Merging of events that are one event told twice (within a document or across the documents of a file).

import type { EventRecord, RelationRecord } from './extraction.js';

/**
 * Merges events that share an id, and an event named with less ("le 14e Congrès", a meeting without its date)
 * into the one event whose id extends its id. Returns the events and the old → new id map.
 */
export function mergeEventRecords(events: EventRecord[]): { events: EventRecord[]; idMap: Map<string, string> } {
  const idMap = new Map<string, string>();
  // Most documents (teasers) name no event.
  if (events.length === 0) return { events: [], idMap };
  // The same people meeting on dates a day apart (time zones, a late report) are one meeting.
  const meetings = events.filter((e) => e.participants?.length && e.dateValue);
  const who = new Map(meetings.map((e) => [e, e.participants!.join('|')]));
  for (const e of meetings) {
    const twin = meetings.find((o) => o.id < e.id && !idMap.has(o.id) && who.get(o) === who.get(e)
      && daysApart(o.dateValue!.iso, e.dateValue!.iso) <= 1 && (!o.placeId || !e.placeId || o.placeId === e.placeId));
    if (twin) idMap.set(e.id, twin.id);
  }
  const ids = [...new Set(events.map((e) => e.id))];
  // Ids that start with one prefix sit next to each other in code-unit order: found by a binary search and a walk.
  const sorted = [...ids].sort();
  for (const id of ids) {
    if (idMap.has(id)) continue;
    const prefix = `${id}-`;
    // The one id (after merging) that every longer id comes to, if they all come to one.
    let only: string | undefined;
    let several = false;
    for (let k = lowerBound(sorted, prefix); k < sorted.length && sorted[k].startsWith(prefix); k++) {
      const target = idMap.get(sorted[k]) ?? sorted[k];
      if (only === undefined) only = target;
      else if (target !== only) several = true;
    }
    if (only !== undefined && !several) idMap.set(id, only);
  }
  const byId = new Map<string, EventRecord>();
  for (const e of events) {
    const id = idMap.get(e.id) ?? e.id;
    const seen = byId.get(id);
    if (!seen) {
      // Object.assign copies like a spread (same keys, same order) but stays fast on the many record shapes here; the
      // two fields set after it keep their places.
      const copy = Object.assign({}, e);
      copy.id = id;
      copy.evidence = [...e.evidence];
      byId.set(id, copy);
      continue;
    }
    // The longer name of the two is usually the fuller one; dates and places fill gaps.
    if (e.id === id && seen.name.length < e.name.length) seen.name = e.name;
    if (!seen.date && e.date) { seen.date = e.date; seen.dateValue = e.dateValue; }
    if (!seen.place && e.place) { seen.place = e.place; seen.placeId = e.placeId; }
    seen.series ??= e.series;
    for (const ev of e.evidence) if (!seen.evidence.some((x) => x.doc === ev.doc && x.start === ev.start)) seen.evidence.push(ev);
  }
  for (const e of byId.values()) e.sources = sourcesOf(e.evidence);
  // Kept in the order the events are first named (page before teasers, text order), which is deterministic.
  return { events: [...byId.values()], idMap };
}

/** The documents of some evidence, once each, sorted (code-unit order). */
function sourcesOf(evidence: EventRecord['evidence']): string[] {
  const docs: string[] = [];
  for (const ev of evidence) if (!docs.includes(ev.doc)) docs.push(ev.doc);
  return docs.length > 1 ? docs.sort() : docs;
}

/** Index of the first of `sorted` (code-unit order) not below `key`. */
function lowerBound(sorted: string[], key: string): number {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid] < key) lo = mid + 1; else hi = mid;
  }
  return lo;
}

/** Days between two ISO dates (`2024-10-10`, or `--10-10` without a year); Infinity when either is not a day. */
function daysApart(a: string, b: string): number {
  const d = Math.abs(dayNumber(a) - dayNumber(b));
  return Number.isNaN(d) ? Infinity : d;
}

/** Days since 1970 of an ISO date (a year-less date is put in 2000); NaN when it is not a day. */
function dayNumber(iso: string): number {
  const m = /^(\d{4}|-)-(\d\d)-(\d\d)$/.exec(iso);
  return m ? Date.UTC(m[1] === '-' ? 2000 : Number(m[1]), Number(m[2]) - 1, Number(m[3])) / 86_400_000 : NaN;
}

/** Points relations at merged events after `mergeEventRecords`. */
export function remapEventIds(relations: RelationRecord[], idMap: Map<string, string>): RelationRecord[] {
  return relations.map((r) => {
    const copy = Object.assign({}, r);
    copy.aId = idMap.get(r.aId) ?? r.aId;
    copy.bId = idMap.get(r.bId) ?? r.bId;
    if (r.event) copy.event = idMap.get(r.event) ?? r.event;
    return copy;
  });
}
