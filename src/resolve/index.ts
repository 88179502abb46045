// Resolve stage: merges mentions into entities within one input file and applies analysts' judgements last.

import type { DocExtraction, ExtractionRecord, CountryRecord, PlaceRecord, RelationRecord, EventRecord } from '../model/extraction.js';
import type { Gazetteers } from '../gazetteer/index.js';
import { buildEvidence, dedupeEvidence } from './evidence.js';
import { compareText } from '../model/compare-text.js';
import type { Evidence } from '../model/evidence.js';
import { foldName } from '../lang/fold.js';
import { loadJudgements } from './judgements.js';
import { resolveOrganisations, type ResolvedOrganisations } from './organisations.js';
import { resolvePersons, type DocMentions, type ResolvedPersons } from './persons.js';
import { mergeEventRecords, remapEventIds } from '../model/event-merge.js';
import { collapseSpaces } from './spaces.js';
import { rememberPerName } from './remember-per-name.js';

export { parseJudgements, loadJudgements, type Judgements } from './judgements.js';

export interface ResolveOptions {
  /** Home country of the source agency (officials with no country marker). */
  sourceCountry: string;
  /** Path of the analysts' judgements file, if any. */
  judgementsFile?: string;
  /**
   * The raw source text the docs were normalised from. When given, names are also recorded as written there
   * (glued forms such as `HoàngXuân Chiên`, which normalisation repairs), through each doc's `toSource`.
   */
  sourceText?: string;
}

/** Country mentions that designate a country (see COUNTRY_RULES in the extractor: not joint names, not credits). */
const COUNTING_COUNTRY_RULES = new Set(['country.name', 'country.demonym', 'country.compound-prefix', 'country.of-organisation']);
const UNDIRECTED = new Set(['MET', 'COOPERATES_WITH']);

/** Adds each name as the raw source writes it (glued words kept) to the aliases, when it differs from every form. */
function addSourceForms(source: string, ...groups: Array<Array<{ name: string; aliases: string[]; evidence: Evidence[] }>>): void {
  for (const records of groups) {
    for (const record of records) {
      const forms = new Set([record.name, ...record.aliases]);
      // Most spans read as a form already known: the forms are squeezed only when one does not.
      let squeezed: Set<string> | undefined;
      let added = false;
      for (const e of record.evidence) {
        const raw = collapseSpaces(source.slice(e.sourceStart, e.sourceEnd)).trim();
        if (!raw || forms.has(raw)) continue;
        squeezed ??= new Set([...forms].map(squeeze));
        // Only a spelling of a form already known (same letters), never a stray span.
        if (!squeezed.has(squeeze(raw))) continue;
        forms.add(raw);
        record.aliases.push(raw);
        added = true;
      }
      // The records' aliases come sorted: only new ones need a sort.
      if (added) record.aliases.sort();
    }
  }
}

/** A form's folded letters without spaces. */
const squeeze = rememberPerName((form) => foldName(form).replace(/ /g, ''));

/** Resolves the docs that came from one input file (its page and teasers) into that file's record. */
export function resolveFile(file: string, location: string, extractions: DocExtraction[],
  gazetteers: Gazetteers, options: ResolveOptions): ExtractionRecord {
  const judgements = loadJudgements(options.judgementsFile);
  const input = extractions.map(({ doc, mentions }) => ({ doc, mentions }));
  const persons = resolvePersons(input, gazetteers, options.sourceCountry, judgements);
  const organisations = resolveOrganisations(input, gazetteers, judgements);
  if (options.sourceText !== undefined) addSourceForms(options.sourceText, persons.records, organisations.records);

  const { countries, places } = collectCountriesAndPlaces(input, gazetteers);
  const endpoint = makeEndpoint(persons, organisations, places);
  const relations = mergeRelations(extractions, endpoint);
  const events = mergeEvents(extractions);
  // The page and its teasers may tell one event with more or less detail ("le 14e Congrès", a meeting a day apart).
  const merged = mergeEventRecords([...events.values()]);
  // Relations come out of mergeRelations one per type and ends: only remapped event ids can make two alike.
  const mergedRelations = merged.idMap.size ? dedupeRelations(remapEventIds(relations, merged.idMap)) : relations;

  return {
    file, location, sourceHash: extractions[0]?.doc.sourceHash ?? '', rulesVersion: gazetteers.version,
    docs: extractions.map(({ doc }) => ({ id: doc.id, kind: doc.kind, title: doc.title, parentId: doc.parentId, published: doc.published?.iso })),
    persons: persons.records,
    countries: [...countries.values()].sort((a, b) => a.code.localeCompare(b.code)),
    organisations: organisations.records,
    places: [...places.values()].sort((a, b) => a.id.localeCompare(b.id)),
    events: merged.events.sort((a, b) => a.id.localeCompare(b.id)),
    relations: mergedRelations.sort((a, b) => compareText(a.type, b.type) || compareText(a.aId, b.aId) || compareText(a.bId, b.bId)),
  };
}

/** Countries named as countries (with their evidence) and places named, over the file's docs. */
function collectCountriesAndPlaces(input: DocMentions[], gazetteers: Gazetteers):
  { countries: Map<string, CountryRecord>; places: Map<string, PlaceRecord> } {
  const countries = new Map<string, CountryRecord>();
  const places = new Map<string, PlaceRecord>();
  for (const { doc, mentions } of input) {
    for (const m of mentions) {
      if (m.kind === 'country' && COUNTING_COUNTRY_RULES.has(m.rule)) {
        const code = m.key.slice('country:'.length);
        const rec = countries.get(code) ?? { code, name: gazetteers.countries.get(code)?.name ?? code, evidence: [] };
        rec.evidence.push(buildEvidence(doc, m));
        countries.set(code, rec);
      } else if (m.kind === 'place') {
        const entry = gazetteers.places.get(m.key.slice('place:'.length));
        if (!places.has(m.key)) places.set(m.key, { id: m.key, name: entry?.name ?? m.text, country: entry?.country ?? null });
      }
    }
  }
  for (const c of countries.values()) c.evidence = dedupeEvidence(c.evidence);
  return { countries, places };
}

type Endpoint = (id: string, surface: string) => { id: string; name: string };

/** Endpoints: provisional keys → resolved ids and the names the scorer reads. */
function makeEndpoint(persons: ResolvedPersons, organisations: ResolvedOrganisations, places: Map<string, PlaceRecord>): Endpoint {
  return (id, surface) => {
    if (id.startsWith('person:')) {
      const final = persons.keyToId.get(id) ?? id;
      return { id: final, name: persons.names.get(final) ?? surface };
    }
    if (id.startsWith('org:')) {
      const final = organisations.keyToId.get(id) ?? id;
      return { id: final, name: organisations.names.get(final) ?? surface };
    }
    if (id.startsWith('country:')) return { id, name: id.slice('country:'.length) };
    if (id.startsWith('place:')) return { id, name: places.get(id)?.name ?? surface };
    return { id, name: surface };
  };
}

/**
 * Relations by type and ends, in nested maps: the ids are strings hashed before, where a key joined from the three
 * would be built and hashed anew for every relation. Ids are slugs without `|`, so this finds what a joined key found.
 */
class RelationIndex {
  private readonly byType = new Map<string, Map<string, Map<string, RelationRecord>>>();

  get(type: string, aId: string, bId: string): RelationRecord | undefined {
    return this.byType.get(type)?.get(aId)?.get(bId);
  }

  set(type: string, aId: string, bId: string, r: RelationRecord): void {
    let byA = this.byType.get(type);
    if (!byA) this.byType.set(type, byA = new Map());
    let byB = byA.get(aId);
    if (!byB) byA.set(aId, byB = new Map());
    byB.set(bId, r);
  }
}

/** The file's relations between resolved endpoints, one per type and pair, with all their evidence, in order of first statement. */
function mergeRelations(extractions: DocExtraction[], endpoint: Endpoint): RelationRecord[] {
  const index = new RelationIndex();
  const relations: RelationRecord[] = [];
  for (const x of extractions) {
    for (const r of x.relations) {
      let a = endpoint(r.aId, r.a), b = endpoint(r.bId, r.b);
      if (a.id === b.id) continue;
      if (UNDIRECTED.has(r.type) && b.id < a.id) [a, b] = [b, a];
      const existing = index.get(r.type, a.id, b.id);
      if (existing) {
        mergeRelation(existing, r);
        continue;
      }
      // Object.assign copies like a spread (same keys, same order) but stays fast on the many record shapes here.
      const copy = Object.assign({}, r);
      copy.a = a.name;
      copy.b = b.name;
      copy.aId = a.id;
      copy.bId = b.id;
      copy.evidence = dedupeEvidence(r.evidence);
      index.set(r.type, a.id, b.id, copy);
      relations.push(copy);
    }
  }
  return relations;
}

/** The file's events by id, evidence of an event told in several docs put together. */
function mergeEvents(extractions: DocExtraction[]): Map<string, EventRecord> {
  const events = new Map<string, EventRecord>();
  for (const x of extractions) {
    for (const e of x.events) {
      const existing = events.get(e.id);
      if (existing) existing.evidence = dedupeEvidence([...existing.evidence, ...e.evidence]);
      else events.set(e.id, Object.assign({}, e, { evidence: dedupeEvidence(e.evidence) }));
    }
  }
  return events;
}

/** After event ids were merged, two relations may name the same fact: keep one with all the evidence. */
function dedupeRelations(relations: RelationRecord[]): RelationRecord[] {
  const index = new RelationIndex();
  const out: RelationRecord[] = [];
  for (const r of relations) {
    const existing = index.get(r.type, r.aId, r.bId);
    if (existing) {
      mergeRelation(existing, r);
      continue;
    }
    index.set(r.type, r.aId, r.bId, r);
    out.push(r);
  }
  return out;
}

/** Adds a statement of the same fact to the relation kept for it: its evidence, and its confidence if higher. */
function mergeRelation(kept: RelationRecord, r: RelationRecord): void {
  kept.evidence = dedupeEvidence([...kept.evidence, ...r.evidence]);
  kept.confidence = Math.max(kept.confidence, r.confidence);
}

