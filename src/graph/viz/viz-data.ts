// The graph as the HTML explorer receives it: compact JSON shared by the Node side and the browser app.

import type { EntityGraph, EntityKind, GraphEvidence, PropValue } from '../model.js';

export interface VizNode {
  id: string;
  label: string;
  kind: EntityKind;
  country: string | null;
  /** Sorted ISO dates. */
  dates: string[];
  x: number;
  y: number;
  degree: number;
  betweenness: number;
  pagerank: number;
  community: number;
  /** Facts shown in the panel (aliases also feed the search). */
  props: Record<string, PropValue>;
  evidence: GraphEvidence[];
}

export interface VizEdge {
  id: string;
  source: string;
  target: string;
  /** The relation type (named `relation` because sigma reserves `type` for its edge programs). */
  relation: string;
  date: string | null;
  confidence: number;
  evidence: GraphEvidence[];
}

export interface VizData {
  title: string;
  generated: string;
  nodes: VizNode[];
  edges: VizEdge[];
}

/** Expects `computeMetrics` and `computeLayout` to have run; missing values become 0. */
export function buildVizData(graph: EntityGraph, title: string, generated: string): VizData {
  return {
    title,
    generated,
    nodes: graph.mapNodes((id, a) => ({
      id, label: a.label, kind: a.kind, country: a.country, dates: a.dates, x: a.x ?? 0, y: a.y ?? 0,
      degree: a.degree ?? 0, betweenness: a.betweenness ?? 0, pagerank: a.pagerank ?? 0, community: a.community ?? 0,
      props: a.props, evidence: a.evidence,
    })),
    edges: graph.mapEdges((id, a, source, target) => ({
      id, source, target, relation: a.type, date: a.date, confidence: a.confidence, evidence: a.evidence,
    })),
  };
}
