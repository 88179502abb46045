// Shapes of the in-memory entity graph: node kinds, node and edge attributes, and the graph type itself.

import type { MultiDirectedGraph } from 'graphology';
import type { RelationType } from '../model/extraction.js';
import type { EntityKind } from '../model/entity-kind.js';

export { ENTITY_KINDS, type EntityKind } from '../model/entity-kind.js';
export { RELATION_TYPES } from '../model/extraction.js';

/** The part of an Evidence that a reader of the graph needs: which doc, which sentence, which rule. */
export interface GraphEvidence {
  doc: string;
  sentence: number;
  text: string;
  rule: string;
}

/** Metrics written by `computeMetrics`; absent until it runs. */
export interface NodeMetrics {
  degree: number;
  betweenness: number;
  pagerank: number;
  community: number;
  component: number;
}

export type PropValue = string | number | boolean | null | string[];

export interface EntityNodeAttributes extends Partial<NodeMetrics> {
  /** Same as the node key: `person:nguyen-chi-vinh`, `country:VN`... */
  id: string;
  kind: EntityKind;
  /** Display name (graphology-gexf and sigma both read `label`). */
  label: string;
  /** ISO alpha-2 code the entity belongs to (a country's own code for a Country). */
  country: string | null;
  /** Sorted ISO dates (or partial dates) the entity is seen at: event dates and dated relations. */
  dates: string[];
  /** Extra facts under the loader's property names (rank, positions, aliases, kind of organisation, type of event...). */
  props: Record<string, PropValue>;
  /** Docs (`doc:...`) the entity is found in. */
  docs: string[];
  evidence: GraphEvidence[];
  /** Layout position, set by `computeLayout`. */
  x?: number;
  y?: number;
}

export interface RelationEdgeAttributes {
  type: RelationType;
  confidence: number;
  /** ISO date (or partial) when stated. */
  date: string | null;
  /** Event key the relation happened at, if any. */
  event: string | null;
  domains: string[];
  docs: string[];
  evidence: GraphEvidence[];
}

export interface EntityGraphAttributes {
  /** How many extraction records went into the graph. */
  records: number;
}

/** One node per entity, one edge per (source, type, target) merged across documents. */
export type EntityGraph = MultiDirectedGraph<EntityNodeAttributes, RelationEdgeAttributes, EntityGraphAttributes>;

/** Key of the edge for one relation: stable, so the same fact from two articles merges. */
export function relationEdgeKey(type: RelationType, sourceId: string, targetId: string): string {
  return `${sourceId}|${type}|${targetId}`;
}
