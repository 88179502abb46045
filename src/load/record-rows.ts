// Turns one ExtractionRecord into the parameter rows the load statements UNWIND: articles, entities, mentions, relations.

import { resolve } from 'node:path';
import { createRequire } from 'node:module';
import neo4j, { type Integer } from 'neo4j-driver';
import type { ExtractionRecord, RelationRecord, RelationType } from '../model/extraction.js';
import type { Evidence } from '../model/evidence.js';
import { foldName } from '../lang/fold.js';
import { labelOfId, type EntityLabel } from './graph-model.js';

// The package's typings declare an ES default export over a CommonJS module; requiring it gives the array.
const WORLD_COUNTRIES = createRequire(import.meta.url)('world-countries') as Array<{ cca2: string; translations?: { fra?: { common?: string } } }>;

type Scalar = string | number | boolean | null | Integer;
type PropertyValue = Scalar | string[] | Integer[];
export type Properties = Record<string, PropertyValue>;

export interface ArticleRow { id: string; parentId: string | null; props: Properties }
export interface EntityRow { id: string; props: Properties }
/** What one article says about one entity; node-level aggregates are recomputed from these. */
export interface MentionRow { article: string; id: string; props: Properties }
/** `fact` keys the gathering of one fact's records; it is not stored (source, event and date say it). */
export interface RelationRow { aId: string; bId: string; fact: string; props: Properties }

export interface RecordRows {
  location: string;
  sourceHash: string;
  rulesVersion: string;
  articles: ArticleRow[];
  entities: Map<EntityLabel, EntityRow[]>;
  mentions: MentionRow[];
  relations: Map<RelationType, RelationRow[]>;
  /** Relations dropped because an endpoint id has no known namespace. */
  rejected: number;
  /** Number of rows, the unit of batch sizes. */
  size: number;
}

/** What one article says about one entity, gathered over the record's lists and relations (sorted at the end). */
interface Mentioned {
  article: string;
  name: string;
  names: Set<string>;
  evidence: Evidence[];
  aliases: Set<string>;
  positions: Set<string>;
  rank: string | null;
  country: string | null;
}

interface MentionInput { evidence: Evidence[]; name: string; aliases?: string[]; positions?: string[]; rank?: string | null; country?: string | null }

/** A fact being gathered: later records of the same fact add evidence, domains and missing properties. */
interface GatheredRelation extends RelationRow { evidence: Evidence[]; confidence: number; domains: Set<string> }

/** Builds every row for one record; pure, so tests can check the model without a database. */
export function buildRecordRows(record: ExtractionRecord): RecordRows {
  const location = canonicalLocation(record.location);
  const docs = record.docs.length ? record.docs
    : [{ id: `doc:${record.sourceHash.slice(0, 16)}`, kind: 'page' as const, title: record.file, parentId: undefined, published: undefined }];
  const pageId = (docs.find((d) => d.kind === 'page') ?? docs[0]!).id;
  const docIds = new Set(docs.map((d) => d.id));
  // Evidence naming a doc the record does not list is read as the page's, here and in the coordinates below.
  const docOf = (e: Evidence): string => (docIds.has(e.doc) ? e.doc : pageId);
  const sentences = citedSentences(record, docOf);
  const articles: ArticleRow[] = docs.map((d) => ({
    id: d.id,
    parentId: d.parentId && docIds.has(d.parentId) && d.parentId !== d.id ? d.parentId : null,
    props: {
      id: d.id, kind: d.kind, title: d.title, published: d.published ?? null,
      file: record.file, location, sourceHash: record.sourceHash, rulesVersion: record.rulesVersion,
      sentences: sentences.get(d.id) ?? [],
    },
  }));

  const entities = new Map<string, { label: EntityLabel; props: Properties }>();
  const mentions = new Map<string, Mentioned>();
  // Mentions are gathered in place: an entity named by many relations is updated once per relation, not copied.
  const addEntity = (id: string, props: Properties, mention: MentionInput,
    byDoc = groupEvidenceByDoc(mention.evidence, docOf, pageId)): void => {
    const label = labelOfId(id);
    if (!label) return;
    const known = entities.get(id);
    if (!known) entities.set(id, { label, props });
    else fillMissing(known.props, props);
    // One MENTIONS per (article, entity); evidence in several docs of the file gives one per doc.
    for (const [article, evidence] of byDoc) {
      const key = `${article}\u0000${id}`;
      let m = mentions.get(key);
      if (!m) {
        // The entity list's name comes first; relation endpoints may name it otherwise (a country code).
        m = { article, name: mention.name, names: new Set(), evidence: [], aliases: new Set(), positions: new Set(), rank: null, country: null };
        mentions.set(key, m);
      }
      m.names.add(mention.name);
      for (const e of evidence) m.evidence.push(e);
      for (const a of mention.aliases ?? []) m.aliases.add(a);
      for (const p of mention.positions ?? []) m.positions.add(p);
      m.rank ??= mention.rank ?? null;
      m.country ??= mention.country ?? null;
    }
  };

  // An entity's `keys`, like its aliases, are an aggregate of what every article said (MENTIONS): not set from one record.
  for (const p of record.persons) {
    addEntity(p.id, { name: p.name },
      { evidence: p.evidence, name: p.name, aliases: p.aliases, positions: [...p.positions, ...(p.offices ?? []).map((o) => o.title)], rank: p.rank, country: p.country });
  }
  for (const c of record.countries) {
    addEntity(`country:${c.code}`, { name: c.name, code: c.code },
      { evidence: c.evidence, name: c.name, aliases: [c.code] });
  }
  for (const o of record.organisations) {
    addEntity(o.id, { name: o.name, kind: o.kind, acronym: o.acronym ?? null },
      { evidence: o.evidence, name: o.name, aliases: o.acronym ? [...o.aliases, o.acronym] : o.aliases, country: o.country ?? null });
  }
  for (const pl of record.places) {
    addEntity(pl.id, { name: pl.name }, { evidence: [], name: pl.name, country: pl.country ?? null });
  }
  for (const e of record.events) {
    addEntity(e.id, {
      name: e.name, type: e.type, date: e.date, dateIso: e.dateValue?.iso ?? null, dateEnd: e.dateValue?.endIso ?? null,
      place: e.place, placeId: e.placeId ?? null, ordinal: e.ordinal === undefined ? null : neo4j.int(e.ordinal),
      series: e.series ?? null, cameo: e.cameo ?? null, implicit: e.implicit ?? null,
    }, { evidence: e.evidence, name: e.name });
  }

  const relations = new Map<RelationType, Map<string, GatheredRelation>>();
  let rejected = 0;
  for (const r of record.relations) {
    if (!labelOfId(r.aId) || !labelOfId(r.bId)) {
      rejected++;
      continue;
    }
    // Endpoints that no entity list carries (offices, ranks) become nodes named as the relation names them.
    const byDoc = groupEvidenceByDoc(r.evidence, docOf, pageId);
    addEntity(r.aId, entities.has(r.aId) ? {} : endpointProps(r.aId, r.a), { evidence: r.evidence, name: r.a }, byDoc);
    addEntity(r.bId, entities.has(r.bId) ? {} : endpointProps(r.bId, r.b), { evidence: r.evidence, name: r.b }, byDoc);
    const fact = `${location}|${r.event ?? ''}|${r.date ?? ''}`;
    const key = `${r.aId}\u0000${r.bId}\u0000${fact}`;
    let byType = relations.get(r.type);
    if (!byType) relations.set(r.type, byType = new Map());
    const prior = byType.get(key);
    if (!prior) {
      byType.set(key, { aId: r.aId, bId: r.bId, fact, props: relationProps(r, location), evidence: [...r.evidence],
        confidence: Math.max(0, r.confidence), domains: new Set(r.domains) });
      continue;
    }
    fillMissing(prior.props, relationProps(r, location));
    for (const e of r.evidence) prior.evidence.push(e);
    prior.confidence = Math.max(prior.confidence, r.confidence);
    for (const d of r.domains ?? []) prior.domains.add(d);
  }

  const entityRows = new Map<EntityLabel, EntityRow[]>();
  for (const [id, { label, props }] of entities) {
    const rows = entityRows.get(label) ?? [];
    // A null means "this article does not say": it must not erase what another article said.
    rows.push({ id, props: { ...withoutNulls(props), id } });
    entityRows.set(label, rows);
  }
  const mentionRows: MentionRow[] = [...mentions.entries()].map(([key, m]) => {
    const id = key.slice(key.indexOf('\u0000') + 1);
    const aliases = sortedOf(m.aliases);
    // What RECOMPUTE_AGGREGATES and aggregates.ts read, and where in the article the entity is named; an empty list
    // is left out (null: no property), as UNWIND and the aggregates read a missing list as an empty one.
    return { article: m.article, id, props: {
      keys: keysOf(id, m.name, [...aliases, ...m.names]), evidenceCount: neo4j.int(m.evidence.length),
      // The first sentences are enough to read why the article mentions it (their text is on the Article).
      evidenceSentence: orNull(firstDistinctSentences(m.evidence, 3).map((i) => neo4j.int(i))),
      aliases: orNull(aliases), positions: orNull(sortedOf(m.positions)), rank: m.rank, country: m.country,
    } };
  });
  const relationRows = new Map<RelationType, RelationRow[]>();
  for (const [type, rows] of relations) {
    const list: RelationRow[] = [];
    for (const row of rows.values()) {
      // The props object was made for this row (relationProps): completed in place rather than copied.
      const props = row.props;
      props.confidence = row.confidence;
      props.domains = orNull(sortedOf(row.domains));
      props.evidenceRefs = evidenceRefs(row.evidence, docOf);
      list.push({ aId: row.aId, bId: row.bId, fact: row.fact, props });
    }
    relationRows.set(type, list);
  }
  const relationCount = [...relationRows.values()].reduce((n, rows) => n + rows.length, 0);
  return {
    location, sourceHash: record.sourceHash, rulesVersion: record.rulesVersion,
    articles, entities: entityRows, mentions: mentionRows, relations: relationRows, rejected,
    size: articles.length + entities.size + mentionRows.length + relationCount,
  };
}

/**
 * The key an input file is known by across runs: URLs and standard input as given, file paths made absolute,
 * so a cron job started elsewhere finds the same articles.
 */
export function canonicalLocation(location: string): string {
  if (location === '-' || /^[a-z][a-z0-9+.-]*:/i.test(location)) return location;
  return resolve(location);
}

/** Properties of a node only a relation names: a country gets its code and French name from world-countries. */
function endpointProps(id: string, name: string): Properties {
  if (id.startsWith('country:')) {
    const code = id.slice('country:'.length);
    return { name: frenchCountryName(code) ?? name, code };
  }
  return { name };
}

function frenchCountryName(code: string): string | undefined {
  return WORLD_COUNTRIES.find((c) => c.cca2 === code)?.translations?.fra?.common;
}

/**
 * What analysts filter on (source, rule, date, cameo, event) and a rule's extra properties. The endpoints' names, the
 * article and the full rule list are not stored: the end nodes, the evidence coordinates and `rule` give them.
 */
function relationProps(r: RelationRecord, location: string): Properties {
  const props: Properties = {};
  for (const k in r.props) {
    const v = r.props[k]!;
    props[k] = typeof v === 'number' && Number.isInteger(v) ? neo4j.int(v) : v;
  }
  // The first rule in sorted order, as `rule` has always been.
  let rule: string | null = null;
  for (const e of r.evidence) if (rule === null || e.rule < rule) rule = e.rule;
  props.source = location;
  props.rule = rule;
  props.date = r.date ?? null;
  props.cameo = r.cameo ?? null;
  props.event = r.event ?? null;
  return props;
}

/**
 * Separators of `evidenceRefs`: entries by `;`, fields by `|`. Doc ids (`doc:` and hex) and rule ids (dotted words)
 * hold neither, and one string costs the store far less than five parallel lists (README, graph model).
 */
export const EVIDENCE_REF_SEPARATOR = ';';
export const EVIDENCE_FIELD_SEPARATOR = '|';

/**
 * A fact's evidence as coordinates only, `doc|sentence|start|end|rule;...`: the sentence's text is item `sentence` of
 * the Article `doc`'s `sentences`, start and end are offsets in the raw source file. Distinct, in record order.
 */
export function evidenceRefs(evidence: Evidence[], docOf: (e: Evidence) => string): string | null {
  return joinEvidenceRefs(evidence.map((e) => ({ doc: docOf(e), sentence: e.sentence, start: e.sourceStart, end: e.sourceEnd, rule: e.rule })));
}

/** Distinct coordinates, in order, as one `evidenceRefs` string; an unknown offset is left empty. */
export function joinEvidenceRefs(refs: Array<{ doc: string; sentence: number; start?: number; end?: number; rule: string }>): string | null {
  const out = new Set<string>();
  for (const r of refs) out.add([r.doc, r.sentence, r.start ?? '', r.end ?? '', r.rule].join(EVIDENCE_FIELD_SEPARATOR));
  return out.size ? [...out].join(EVIDENCE_REF_SEPARATOR) : null;
}

/** One evidence coordinate read back from `evidenceRefs`. */
export interface EvidenceRef { doc: string; sentence: number; start: number; end: number; rule: string }

export function parseEvidenceRefs(refs: unknown): EvidenceRef[] {
  if (typeof refs !== 'string' || refs === '') return [];
  return refs.split(EVIDENCE_REF_SEPARATOR).map((ref) => {
    const [doc = '', sentence = '', start = '', end = '', ...rule] = ref.split(EVIDENCE_FIELD_SEPARATOR);
    return { doc, sentence: Number(sentence), start: Number(start), end: Number(end), rule: rule.join(EVIDENCE_FIELD_SEPARATOR) };
  });
}

/**
 * The text of every sentence some evidence of the record cites, per doc: item i is sentence i, "" where no fact or
 * mention cites it (the record carries only cited sentences). Stored once on the Article, read through coordinates.
 */
function citedSentences(record: ExtractionRecord, docOf: (e: Evidence) => string): Map<string, string[]> {
  const byDoc = new Map<string, string[]>();
  for (const list of [record.persons, record.countries, record.organisations, record.events, record.relations]) {
    for (const item of list) for (const e of item.evidence) citeSentence(byDoc, docOf(e), e.sentence, e.text);
  }
  return byDoc;
}

/** Puts a cited sentence's text at its index in its doc's `sentences` list ("" fills the sentences before it). */
export function citeSentence(byDoc: Map<string, string[]>, doc: string, sentence: number, text: string): void {
  if (!doc || !Number.isInteger(sentence) || sentence < 0) return;
  let list = byDoc.get(doc);
  if (!list) byDoc.set(doc, list = []);
  while (list.length <= sentence) list.push('');
  if (list[sentence] === '') list[sentence] = text;
}

/** Two `sentences` lists of one article, item by item: the later one's text where it has one, else the earlier's. */
export function mergeSentences(earlier: PropertyValue | undefined, later: PropertyValue | undefined): string[] {
  const a = Array.isArray(earlier) ? earlier as string[] : [];
  const b = Array.isArray(later) ? later as string[] : [];
  return Array.from({ length: Math.max(a.length, b.length) }, (_, i) => b[i] || a[i] || '');
}

function groupEvidenceByDoc(evidence: Evidence[], docOf: (e: Evidence) => string, pageId: string): Map<string, Evidence[]> {
  const byDoc = new Map<string, Evidence[]>();
  for (const e of evidence) {
    const doc = docOf(e);
    const list = byDoc.get(doc);
    if (list) list.push(e);
    else byDoc.set(doc, [e]);
  }
  if (byDoc.size === 0) byDoc.set(pageId, []);
  return byDoc;
}

/** The indexes of the first `n` distinct sentences, in order (MENTIONS' `evidenceSentence`, here and in the CSV export). */
export function firstDistinctSentences(evidence: ReadonlyArray<{ sentence: number }>, n: number): number[] {
  const sentences = new Set<number>();
  for (const e of evidence) {
    if (sentences.size === n) break;
    if (Number.isInteger(e.sentence) && e.sentence >= 0) sentences.add(e.sentence);
  }
  return [...sentences];
}

/** What was said first stands: a property `into` lacks or holds as null is taken from `later`. */
function fillMissing(into: Properties, later: Properties): void {
  for (const key in later) {
    const prior = into[key];
    if (prior === null || prior === undefined) into[key] = later[key]!;
  }
}

function orNull<T>(list: T[]): T[] | null {
  return list.length ? list : null;
}

function sortedOf(values: Set<string>): string[] {
  return [...values].sort();
}

/** Folded names and the id, so saved queries match `Nguyễn Hòa Bình`, `nguyen hoa binh` or `person:nguyen-hoa-binh`. */
function keysOf(id: string, name: string, aliases: string[]): string[] {
  return union([id], [foldName(name), ...aliases.map(foldName)].filter(Boolean));
}

function union(a: string[] | undefined, b: string[] | undefined): string[] {
  return [...new Set([...(a ?? []), ...(b ?? [])])].sort();
}

function withoutNulls(props: Properties): Properties {
  const kept: Properties = {};
  for (const key in props) {
    const value = props[key];
    if (value !== null && value !== undefined) kept[key] = value;
  }
  return kept;
}
