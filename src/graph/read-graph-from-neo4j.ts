// Reads the entity graph back from Neo4j (entity nodes by `id`, relationships by type) when no source is given.

import neo4j, { type Driver } from 'neo4j-driver';
import { addRelationDate, createEntityGraph } from './build-graph.js';
import { readGraphQuery } from './read-query.js';
import {
  ENTITY_KINDS, RELATION_TYPES, relationEdgeKey, type EntityGraph, type EntityKind, type GraphEvidence, type PropValue,
} from './model.js';
import type { RelationType } from '../model/extraction.js';

type Scalar = string | number | boolean | null;

/** Node properties that map to graph attributes; any other scalar property goes into `props`. */
const NODE_FIELDS = new Set(['id', 'name', 'country', 'dates', 'docs', 'evidence', 'keys', 'degree', 'betweenness', 'pagerank', 'community', 'component']);

/** Evidence sentences kept per node and edge, as when building from records. */
const MAX_EVIDENCE = 12;

export async function readGraphFromNeo4j(driver: Driver, database?: string): Promise<EntityGraph> {
  const graph = createEntityGraph();
  const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
  try {
    const labels = [...ENTITY_KINDS];
    const nodes = await session.executeRead((tx) => tx.run(readGraphQuery('read-entities'), { labels }));
    for (const record of nodes.records) {
      const id: string = record.get('id');
      const kind = (record.get('labels') as string[]).find((l): l is EntityKind => (ENTITY_KINDS as readonly string[]).includes(l));
      if (!kind) continue;
      const p = toPlain(record.get('props')) as Record<string, unknown>;
      const extra: Record<string, PropValue> = {};
      for (const [key, value] of Object.entries(p)) {
        if (NODE_FIELDS.has(key)) continue;
        if (isScalar(value)) extra[key] = value;
        else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) extra[key] = value;
      }
      // The loader keeps what each article said on MENTIONS (sentence indexes, read back with the Article's text).
      const mentions = toPlain(record.get('mentions')) as Array<{ doc: string; evidence: unknown }>;
      const evidence = mentions.flatMap((m) => asEvidence(m.evidence));
      const dates = asStrings(p.dates);
      if (typeof p.dateIso === 'string' && !dates.includes(p.dateIso)) dates.push(p.dateIso);
      graph.mergeNode(id, {
        id, kind, label: asString(p.name) ?? id,
        country: asString(p.country) ?? (kind === 'Country' ? asString(p.code) ?? id.slice('country:'.length) : null),
        dates: dates.sort(), docs: unique([...asStrings(p.docs), ...mentions.map((m) => m.doc)]), props: extra,
        evidence: evidence.slice(0, MAX_EVIDENCE), ...metrics(p),
      });
    }
    const relations = await session.executeRead((tx) => tx.run(readGraphQuery('read-relations'), { labels, types: [...RELATION_TYPES] }));
    for (const record of relations.records) {
      const source: string = record.get('source');
      const target: string = record.get('target');
      const type = record.get('type') as RelationType;
      if (!graph.hasNode(source) || !graph.hasNode(target)) continue;
      const p = toPlain(record.get('props')) as Record<string, unknown>;
      const key = relationEdgeKey(type, source, target);
      const evidence = asEvidence(toPlain(record.get('evidence')));
      const docs = unique([...asStrings(p.docs), ...evidence.map((e) => e.doc).filter(Boolean)]);
      addRelationDate(graph, source, target, asString(p.date));
      if (graph.hasEdge(key)) {
        // The loader keeps one relationship per article for the same fact; the graph has one edge per fact.
        const attrs = graph.getEdgeAttributes(key);
        attrs.docs = unique([...attrs.docs, ...docs]);
        attrs.evidence.push(...evidence.slice(0, Math.max(0, MAX_EVIDENCE - attrs.evidence.length)));
        attrs.date ??= asString(p.date);
        if (typeof p.confidence === 'number') attrs.confidence = Math.max(attrs.confidence, p.confidence);
        continue;
      }
      graph.addDirectedEdgeWithKey(key, source, target, {
        type, confidence: typeof p.confidence === 'number' ? p.confidence : 1,
        date: asString(p.date), event: asString(p.event), domains: asStrings(p.domains), docs, evidence: evidence.slice(0, MAX_EVIDENCE),
      });
    }
  } finally {
    await session.close();
  }
  return graph;
}

function metrics(p: Record<string, unknown>): Partial<Record<'degree' | 'betweenness' | 'pagerank' | 'community' | 'component', number>> {
  const out: Partial<Record<'degree' | 'betweenness' | 'pagerank' | 'community' | 'component', number>> = {};
  for (const key of ['degree', 'betweenness', 'pagerank', 'community', 'component'] as const) {
    if (typeof p[key] === 'number') out[key] = p[key] as number;
  }
  return out;
}

/** Neo4j integers become numbers, temporal values their ISO strings, lists and maps recursively. */
function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(toPlain);
  if (value && typeof value === 'object') {
    if (neo4j.isDate(value as never) || neo4j.isDateTime(value as never) || neo4j.isLocalDateTime(value as never)) return String(value);
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toPlain(v)]));
  }
  return value;
}

function isScalar(value: unknown): value is Scalar {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function asString(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

function asStrings(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string');
  if (typeof value === 'string' && value) return value.split(';');
  return [];
}

/** Evidence items as the read queries return them: maps with the sentence's doc, index, text and rule. */
function asEvidence(value: unknown): GraphEvidence[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item): GraphEvidence[] => {
    if (!item || typeof item !== 'object' || typeof (item as GraphEvidence).text !== 'string') return [];
    const e = item as Partial<GraphEvidence>;
    return [{ doc: e.doc ?? '', sentence: typeof e.sentence === 'number' ? e.sentence : -1, text: e.text!, rule: e.rule ?? '' }];
  });
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}
