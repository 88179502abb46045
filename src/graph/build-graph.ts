// Builds the entity graph from extraction records: one node per entity id, one edge per (source, type, target).

import graphology from 'graphology';
import type { Evidence } from '../model/evidence.js';
import type { ExtractionRecord, RelationRecord } from '../model/extraction.js';
import {
  relationEdgeKey, type EntityGraph, type EntityKind, type EntityNodeAttributes, type GraphEvidence,
} from './model.js';
import { kindOfId } from '../model/entity-kind.js';

export { kindOfId };

const { MultiDirectedGraph } = graphology;

export interface BuildGraphOptions {
  /** Evidence sentences kept per node and per edge; the rest are counted in `docs` only. */
  maxEvidence?: number;
}

const DEFAULT_MAX_EVIDENCE = 12;

export function createEntityGraph(): EntityGraph {
  const graph: EntityGraph = new MultiDirectedGraph();
  graph.setAttribute('records', 0);
  return graph;
}

/** Builds a new graph from records. */
export function buildGraph(records: Iterable<ExtractionRecord>, options: BuildGraphOptions = {}): EntityGraph {
  const graph = createEntityGraph();
  for (const record of records) mergeRecord(graph, record, options);
  return graph;
}

/** Builds a new graph from a stream of records (as `extractSources` gives them). */
export async function buildGraphFromStream(records: AsyncIterable<ExtractionRecord>, options: BuildGraphOptions = {}): Promise<EntityGraph> {
  const graph = createEntityGraph();
  for await (const record of records) mergeRecord(graph, record, options);
  return graph;
}

/** Adds one record's entities and relations to `graph`, merging with what is already there. */
export function mergeRecord(graph: EntityGraph, record: ExtractionRecord, options: BuildGraphOptions = {}): void {
  const max = options.maxEvidence ?? DEFAULT_MAX_EVIDENCE;
  for (const p of record.persons) {
    mergeNode(graph, p.id, 'Person', p.name, p.country, max, p.evidence, {
      rank: p.rank, positions: [...p.positions, ...(p.offices ?? []).map((o) => o.title)], aliases: p.aliases,
    });
  }
  for (const c of record.countries) mergeNode(graph, `country:${c.code}`, 'Country', c.name, c.code, max, c.evidence, { code: c.code });
  for (const o of record.organisations) {
    mergeNode(graph, o.id, 'Organisation', o.name, o.country ?? null, max, o.evidence, {
      kind: o.kind, acronym: o.acronym ?? null, aliases: o.aliases,
    });
  }
  for (const pl of record.places) mergeNode(graph, pl.id, 'Place', pl.name, pl.country ?? null, max, [], {});
  for (const e of record.events) {
    mergeNode(graph, e.id, 'Event', e.name, null, max, e.evidence, {
      type: e.type, date: e.date, dateIso: e.dateValue?.iso ?? null, dateEnd: e.dateValue?.endIso ?? null, place: e.place,
      placeId: e.placeId ?? null, ordinal: e.ordinal ?? null, series: e.series ?? null, cameo: e.cameo ?? null,
    });
    const iso = e.dateValue?.iso;
    if (iso) addSorted(graph.getNodeAttribute(e.id, 'dates'), iso);
  }
  for (const r of record.relations) mergeRelation(graph, r, max);
  graph.setAttribute('records', graph.getAttribute('records') + 1);
}

function mergeNode(graph: EntityGraph, id: string, kind: EntityKind, name: string, country: string | null | undefined,
  max: number, evidence: Evidence[], props: EntityNodeAttributes['props']): void {
  if (!graph.hasNode(id)) {
    graph.addNode(id, { id, kind, label: name, country: country ?? null, dates: [], props: {}, docs: [], evidence: [] });
  }
  const attrs = graph.getNodeAttributes(id);
  // A node first seen as a bare relation endpoint gets its real kind and name when its record arrives.
  attrs.kind = kind;
  if (!attrs.label || attrs.label === id) attrs.label = name;
  if (!attrs.country && country) attrs.country = country;
  for (const [key, value] of Object.entries(props)) {
    const known = attrs.props[key];
    if (Array.isArray(value)) attrs.props[key] = [...new Set([...(Array.isArray(known) ? known : []), ...value])].sort();
    else if (value !== null && value !== undefined && known == null) attrs.props[key] = value;
  }
  addEvidence(attrs.evidence, attrs.docs, evidence, max);
}

function mergeRelation(graph: EntityGraph, r: RelationRecord, max: number): void {
  const endpoints = [[r.aId, r.a], [r.bId, r.b]] as const;
  // A relation to an id outside the model (no known prefix) has nowhere to go in the graph.
  if (endpoints.some(([id]) => !graph.hasNode(id) && !kindOfId(id))) return;
  for (const [id, name] of endpoints) {
    if (graph.hasNode(id)) continue;
    const kind = kindOfId(id)!;
    graph.addNode(id, {
      id, kind, label: name || id, country: kind === 'Country' ? id.slice('country:'.length) : null,
      dates: [], props: {}, docs: [], evidence: [],
    });
  }
  const key = relationEdgeKey(r.type, r.aId, r.bId);
  if (!graph.hasEdge(key)) {
    graph.addDirectedEdgeWithKey(key, r.aId, r.bId, {
      type: r.type, confidence: r.confidence, date: r.date ?? null, event: r.event ?? null,
      domains: [], docs: [], evidence: [],
    });
  }
  const attrs = graph.getEdgeAttributes(key);
  attrs.confidence = Math.max(attrs.confidence, r.confidence);
  if (!attrs.date && r.date) attrs.date = r.date;
  if (!attrs.event && r.event) attrs.event = r.event;
  for (const d of r.domains ?? []) if (!attrs.domains.includes(d)) attrs.domains.push(d);
  addEvidence(attrs.evidence, attrs.docs, r.evidence, max);
  if (r.date) addRelationDate(graph, r.aId, r.bId, r.date);
  else {
    // An undated relation happens when its event does: the people then carry the event's dates for filtering.
    const eventId = [r.event, r.bId, r.aId].find((id) => id && kindOfId(id) === 'Event' && graph.hasNode(id));
    for (const date of eventId ? [...graph.getNodeAttribute(eventId, 'dates')] : []) addRelationDate(graph, r.aId, r.bId, date);
  }
}

/** Both ends of a dated relation are seen at its date (for the explorer's date filter). */
export function addRelationDate(graph: EntityGraph, source: string, target: string, date: string | null | undefined): void {
  const iso = isoDate(date ?? undefined);
  if (!iso) return;
  addSorted(graph.getNodeAttribute(source, 'dates'), iso);
  addSorted(graph.getNodeAttribute(target, 'dates'), iso);
}

function addEvidence(target: GraphEvidence[], docs: string[], evidence: Evidence[], max: number): void {
  for (const e of evidence) {
    if (!docs.includes(e.doc)) docs.push(e.doc);
    if (target.length >= max) continue;
    if (target.some((t) => t.doc === e.doc && t.sentence === e.sentence && t.rule === e.rule)) continue;
    target.push({ doc: e.doc, sentence: e.sentence, text: e.text, rule: e.rule });
  }
}

/** The ISO date in a relation's `date`, if it has one (`2024-01-30`, `2023-11`, `--01-30`). */
function isoDate(date: string | undefined): string | null {
  if (!date) return null;
  const m = /^(\d{4}(?:-\d{2}(?:-\d{2})?)?|--\d{2}-\d{2})/.exec(date);
  return m ? m[1] : null;
}

function addSorted(list: string[], value: string): void {
  if (list.includes(value)) return;
  list.push(value);
  list.sort();
}
