// Turns rule firings into RelationRecords with evidence, and merges the firings that state the same relation.

import type { RelationRecord, RelationType } from '../../model/extraction.js';
import type { Evidence } from '../../model/evidence.js';
import type { Mention } from '../../model/mention.js';
import { endpointName, type DocView, type SentenceView } from './doc-view.js';
import { sourceSpan } from '../../model/evidence.js';

/** One end of a relation: the mention key (or event id) and the name the scorer reads. */
export interface Endpoint { id: string; name: string }

export interface RuleRef { id: string; confidence: number; cameo?: string }

export interface Firing {
  type: RelationType;
  a: Endpoint;
  b: Endpoint;
  rule: RuleRef;
  sentence: SentenceView;
  /** Supporting span in `Doc.text`. */
  start: number;
  end: number;
  date?: string;
  domains?: string[];
  event?: string;
  cameo?: string;
  props?: RelationRecord['props'];
}

const UNDIRECTED = new Set<RelationType>(['MET', 'COOPERATES_WITH']);

export function endpointOf(m: Mention): Endpoint {
  return { id: m.key, name: endpointName(m) };
}

export function buildEvidence(view: DocView, sentence: SentenceView, start: number, end: number, rule: string): Evidence {
  return {
    doc: view.doc.id, sentence: sentence.index, text: sentence.text, start, end,
    ...sourceSpan(view.doc, start, end), rule,
  };
}

function keyOf(f: Pick<RelationRecord, 'type' | 'aId' | 'bId' | 'props'>): string {
  const [a, b] = UNDIRECTED.has(f.type) ? [f.aId, f.bId].sort() : [f.aId, f.bId];
  const title = f.props && typeof f.props.title === 'string' ? f.props.title : '';
  return `${f.type}|${a}|${b}|${title}`;
}

/** Builds one record per distinct relation; several firings of it become several evidence items. */
export function buildRelations(view: DocView, firings: Firing[]): RelationRecord[] {
  const byKey = new Map<string, RelationRecord>();
  for (const f of firings) {
    if (f.a.id === f.b.id) continue;
    const [a, b] = UNDIRECTED.has(f.type) && f.b.id < f.a.id ? [f.b, f.a] : [f.a, f.b];
    const evidence = buildEvidence(view, f.sentence, f.start, f.end, f.rule.id);
    const record: RelationRecord = {
      type: f.type, a: a.name, b: b.name, aId: a.id, bId: b.id,
      confidence: f.rule.confidence, evidence: [evidence],
      ...(f.domains?.length ? { domains: [...f.domains] } : {}),
      ...(f.event ? { event: f.event } : {}),
      ...(f.date ? { date: f.date } : {}),
      ...(f.cameo ?? f.rule.cameo ? { cameo: f.cameo ?? f.rule.cameo } : {}),
      ...(f.props ? { props: { ...f.props } } : {}),
    };
    const key = keyOf(record);
    const seen = byKey.get(key);
    if (!seen) {
      byKey.set(key, record);
      continue;
    }
    mergeInto(seen, record);
  }
  return [...byKey.values()].sort(compareRelations);
}

function mergeInto(target: RelationRecord, other: RelationRecord): void {
  if (!target.evidence.some((e) => e.start === other.evidence[0].start && e.rule === other.evidence[0].rule)) {
    target.evidence.push(...other.evidence);
    // Independent rules agreeing make the relation more likely (noisy-or).
    target.confidence = round(1 - (1 - target.confidence) * (1 - other.confidence));
  }
  if (other.domains?.length) target.domains = [...new Set([...(target.domains ?? []), ...other.domains])].sort();
  target.event ??= other.event;
  target.date ??= other.date;
  target.cameo ??= other.cameo;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function compareRelations(x: RelationRecord, y: RelationRecord): number {
  return x.type.localeCompare(y.type) || x.aId.localeCompare(y.aId) || x.bId.localeCompare(y.bId)
    || (x.evidence[0]?.start ?? 0) - (y.evidence[0]?.start ?? 0);
}
