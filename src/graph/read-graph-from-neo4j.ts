// Reads the entity graph back from Neo4j (entity nodes by `id`, relationships by type) when no source is given.

import neo4j, { type Driver } from 'neo4j-driver';
import { createEntityGraph } from './build-graph.js';
import { readGraphQuery } from './read-query.js';
import {
  ENTITY_KINDS, RELATION_TYPES, relationEdgeKey, type EntityGraph, type EntityKind, type GraphEvidence,
} from './model.js';
import type { RelationType } from '../model/extraction.js';

type Scalar = string | number | boolean | null;

/** Node properties that map to graph attributes; any other scalar property goes into `props`. */
const NODE_FIELDS = new Set(['id', 'name', 'country', 'code', 'dates', 'docs', 'evidence', 'degree', 'betweenness', 'pagerank', 'community', 'component']);

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
      const extra: Record<string, Scalar> = {};
      for (const [key, value] of Object.entries(p)) if (!NODE_FIELDS.has(key) && isScalar(value)) extra[key] = value;
      graph.mergeNode(id, {
        id, kind, label: asString(p.name) ?? id,
        country: asString(p.country) ?? (kind === 'Country' ? asString(p.code) ?? id.slice('country:'.length) : null),
        dates: asStrings(p.dates), docs: asStrings(p.docs), props: extra, evidence: asEvidence(p.evidence),
        ...metrics(p),
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
      const evidence = asEvidence(p.evidence);
      const docs = asStrings(p.docs);
      if (graph.hasEdge(key)) {
        // Several relationships for one fact (one per article, say) become one edge, as when building from records.
        const attrs = graph.getEdgeAttributes(key);
        for (const d of docs) if (!attrs.docs.includes(d)) attrs.docs.push(d);
        attrs.evidence.push(...evidence);
        continue;
      }
      graph.addDirectedEdgeWithKey(key, source, target, {
        type, confidence: typeof p.confidence === 'number' ? p.confidence : 1,
        date: asString(p.date), event: asString(p.event), domains: asStrings(p.domains), docs, evidence,
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

/** Evidence stored as a JSON string (our exports), a list of JSON strings, or a list of plain sentences. */
function asEvidence(value: unknown): GraphEvidence[] {
  const items: unknown[] = [];
  if (typeof value === 'string') items.push(...parseJsonList(value));
  else if (Array.isArray(value)) for (const v of value) items.push(...(typeof v === 'string' ? parseJsonList(v) : [v]));
  return items.flatMap((item): GraphEvidence[] => {
    if (typeof item === 'string') return [{ doc: '', sentence: -1, text: item, rule: '' }];
    if (item && typeof item === 'object' && typeof (item as GraphEvidence).text === 'string') {
      const e = item as Partial<GraphEvidence>;
      return [{ doc: e.doc ?? '', sentence: typeof e.sentence === 'number' ? e.sentence : -1, text: e.text!, rule: e.rule ?? '' }];
    }
    return [];
  });
}

function parseJsonList(text: string): unknown[] {
  const trimmed = text.trim();
  if (!trimmed.startsWith('[') && !trimmed.startsWith('{')) return [text];
  try {
    const parsed: unknown = JSON.parse(trimmed);
    return Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    return [text];
  }
}
