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
  const { sourceStart, sourceEnd } = sourceSpan(view.doc, start, end);
  return { doc: view.doc.id, sentence: sentence.index, text: sentence.text, start, end, sourceStart, sourceEnd, rule };
}

/** The key of the relation a firing states: type, endpoints (ordered when undirected) and a position's title. */
function keyOf(type: RelationType, a: Endpoint, b: Endpoint, props: RelationRecord['props']): string {
  const title = props && typeof props.title === 'string' ? props.title : '';
  return `${type}|${a.id}|${b.id}|${title}`;
}

/** Builds one record per distinct relation; several firings of it become several evidence items. */
export function buildRelations(view: DocView, firings: Firing[]): RelationRecord[] {
  const byKey = new Map<string, RelationRecord>();
  for (const f of firings) {
    if (f.a.id === f.b.id) continue;
    const swap = UNDIRECTED.has(f.type) && f.b.id < f.a.id;
    const a = swap ? f.b : f.a;
    const b = swap ? f.a : f.b;
    const key = keyOf(f.type, a, b, f.props);
    const seen = byKey.get(key);
    if (seen) mergeInto(view, seen, f);
    else byKey.set(key, buildRecord(view, f, a, b));
  }
  return [...byKey.values()].sort(compareRelations);
}

function buildRecord(view: DocView, f: Firing, a: Endpoint, b: Endpoint): RelationRecord {
  const record: RelationRecord = {
    type: f.type, a: a.name, b: b.name, aId: a.id, bId: b.id,
    confidence: f.rule.confidence, evidence: [buildEvidence(view, f.sentence, f.start, f.end, f.rule.id)],
  };
  // Optional fields added one by one, in this order (the output's key order), only when set.
  if (f.domains?.length) record.domains = [...f.domains];
  if (f.event) record.event = f.event;
  if (f.date) record.date = f.date;
  const cameo = f.cameo ?? f.rule.cameo;
  if (cameo) record.cameo = cameo;
  if (f.props) record.props = { ...f.props };
  return record;
}

/** Adds a further firing of a relation: its evidence (once per span start and rule), domains, and what was missing. */
function mergeInto(view: DocView, target: RelationRecord, f: Firing): void {
  if (!target.evidence.some((e) => e.start === f.start && e.rule === f.rule.id)) {
    target.evidence.push(buildEvidence(view, f.sentence, f.start, f.end, f.rule.id));
    // Independent rules agreeing make the relation more likely (noisy-or).
    target.confidence = round(1 - (1 - target.confidence) * (1 - f.rule.confidence));
  }
  if (f.domains?.length) target.domains = [...new Set([...(target.domains ?? []), ...f.domains])].sort();
  // As a record built from the firing would have them: only values that are set.
  target.event ??= f.event || undefined;
  target.date ??= f.date || undefined;
  target.cameo ??= (f.cameo ?? f.rule.cameo) || undefined;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function compareRelations(x: RelationRecord, y: RelationRecord): number {
  return x.type.localeCompare(y.type) || x.aId.localeCompare(y.aId) || x.bId.localeCompare(y.bId)
    || (x.evidence[0]?.start ?? 0) - (y.evidence[0]?.start ?? 0);
}
