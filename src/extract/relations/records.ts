// Turns rule firings into RelationRecords with evidence, and merges the firings that state the same relation.

import type { RelationRecord, RelationType } from '../../model/extraction.js';
import type { Evidence } from '../../model/evidence.js';
import type { Mention } from '../../model/mention.js';
import { endpointName, type DocView, type SentenceView } from './doc-view.js';
import { sourceSpan } from '../../model/evidence.js';
import { compareText } from '../../model/compare-text.js';

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

type FiringExtras = Pick<Firing, 'date' | 'domains' | 'event' | 'cameo' | 'props'>;
const NO_EXTRAS: FiringExtras = {};

/**
 * A firing with all its fields, in one order, whichever rule made it: objects of one shape keep the code that reads
 * them (merging, records) on one fast path, where a dozen shapes made it slower and recompiled it as each appeared.
 */
export function newFiring(type: RelationType, a: Endpoint, b: Endpoint, rule: RuleRef, sentence: SentenceView, start: number,
  end: number, extras: FiringExtras = NO_EXTRAS): Firing {
  return {
    type, a, b, rule, sentence, start, end,
    date: extras.date, domains: extras.domains, event: extras.event, cameo: extras.cameo, props: extras.props,
  };
}

export function endpointOf(m: Mention): Endpoint {
  return { id: m.key, name: endpointName(m) };
}

/** A country named by its ISO code, which is also the name the scorer reads. */
export function countryEndpoint(code: string): Endpoint {
  return { id: `country:${code}`, name: code };
}

export function buildEvidence(view: DocView, sentence: SentenceView, start: number, end: number, rule: string): Evidence {
  const { sourceStart, sourceEnd } = sourceSpan(view.doc, start, end);
  return { doc: view.doc.id, sentence: sentence.index, text: sentence.text, start, end, sourceStart, sourceEnd, rule };
}

/** A position's title, which tells apart two HOLDS_POSITION relations between the same ends. */
function titleOf(props: RelationRecord['props']): string {
  return props && typeof props.title === 'string' ? props.title : '';
}

/**
 * Builds one record per distinct relation (type, ends ordered when undirected, title); several firings of it become
 * several evidence items. Records are found by their ends in nested maps, then by type and title among the few
 * records of those ends: the ends are mention keys V8 has hashed before, where a key joined from all four parts would
 * be built and hashed anew for every firing.
 */
export function buildRelations(view: DocView, firings: Firing[]): RelationRecord[] {
  const byEnds = new Map<string, Map<string, RelationRecord[]>>();
  const records: RelationRecord[] = [];
  for (const f of firings) {
    if (f.a.id === f.b.id) continue;
    const swap = UNDIRECTED.has(f.type) && f.b.id < f.a.id;
    const a = swap ? f.b : f.a;
    const b = swap ? f.a : f.b;
    let byB = byEnds.get(a.id);
    if (!byB) byEnds.set(a.id, byB = new Map());
    let same = byB.get(b.id);
    if (!same) byB.set(b.id, same = []);
    const seen = sameRelation(same, f.type, titleOf(f.props));
    if (seen) {
      mergeInto(view, seen, f);
      continue;
    }
    const record = buildRecord(view, f, a, b);
    same.push(record);
    records.push(record);
  }
  return records.sort(compareRelations);
}

/** The record among those of one pair of ends with this type and title, if any (a loop: this runs for every firing). */
function sameRelation(records: RelationRecord[], type: RelationType, title: string): RelationRecord | undefined {
  for (const r of records) if (r.type === type && titleOf(r.props) === title) return r;
  return undefined;
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
  if (!hasEvidenceAt(target.evidence, f.start, f.rule.id)) {
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

function hasEvidenceAt(evidence: Evidence[], start: number, rule: string): boolean {
  for (const e of evidence) if (e.start === start && e.rule === rule) return true;
  return false;
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

export function compareRelations(x: RelationRecord, y: RelationRecord): number {
  return compareText(x.type, y.type) || compareText(x.aId, y.aId) || compareText(x.bId, y.bId)
    || (x.evidence[0]?.start ?? 0) - (y.evidence[0]?.start ?? 0);
}
