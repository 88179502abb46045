// Person resolution within one file: name variants merged (diacritics, glue, order, short forms), attributes combined.

import type { Doc } from '../model/document.js';
import type { PersonMention, Mention } from '../model/mention.js';
import type { PersonRecord } from '../model/extraction.js';
import type { Gazetteers } from '../gazetteer/index.js';
import { foldName, slugify } from '../lang/fold.js';
import { buildEvidence, dedupeEvidence } from './evidence.js';
import { compareText } from '../model/compare-text.js';
import { keptApart, type Judgements } from './judgements.js';
import { collapseSpaces, splitCount } from './spaces.js';
import { rememberPerName } from './remember-per-name.js';

export interface DocMentions { doc: Doc; mentions: Mention[] }

const MARKER_ORDER = ['country.demonym-in-title', 'country.of-title', 'country.organisation', 'country.organisation-compound', 'country.international-org'];

const computeTokenSet = (name: string) => [...new Set(foldName(name).split(/[\s']+/).filter(Boolean))].sort();
/** Sorted distinct folded words of a name and their join (the name's group key); read only, as they are shared. */
const tokenWords = rememberPerName((name): { set: readonly string[]; key: string } => {
  const set = Object.freeze(computeTokenSet(name));
  return Object.freeze({ set, key: set.join(' ') });
});
const tokenSet = (name: string): readonly string[] => tokenWords(name).set;
const countDiacritics = (s: string) => [...s.normalize('NFD')].filter((c) => /[\u0300-\u036f]/.test(c)).length + (s.match(/[đĐ]/g)?.length ?? 0);
/** Diacritics per name (names are compared again for every group and every mention). */
const diacritics = rememberPerName(countDiacritics);
/** A canonical name's first folded word, looked up in the surname list. */
const firstFoldedWord = rememberPerName((name) => foldName(name).split(' ')[0]);

interface Group {
  set: readonly string[];
  items: Array<{ doc: Doc; m: PersonMention }>;
  /** Name fixed by an analyst's merge (the kept entity keeps its name). */
  fixedName?: string;
}

export interface ResolvedPersons {
  records: PersonRecord[];
  /** Provisional mention key → final person id. */
  keyToId: Map<string, string>;
  /** Person id → canonical name. */
  names: Map<string, string>;
}

export function resolvePersons(input: DocMentions[], gazetteers: Gazetteers, sourceCountry: string, judgements: Judgements): ResolvedPersons {
  const { groups, shorts } = groupByWords(input);
  const names = new CanonicalNames();
  joinSubsetNames(groups, names);
  attachShortNames(groups, shorts, names, judgements);
  if (judgements.aliasOwner.size) moveOwnedAliases(groups, names, judgements);
  if (judgements.mergeInto.size) applyMerges(groups, names, judgements);

  const records: PersonRecord[] = [];
  const byId = new Map<string, PersonRecord>();
  const keyToId = new Map<string, string>();
  const canonicalNames = new Map<string, string>();
  for (const g of groups.values()) {
    if (!g.items.length) continue;
    const name = names.nameOf(g);
    const record = buildPersonRecord(g, name, input, gazetteers, sourceCountry, keyToId);
    const existing = byId.get(record.id);
    if (existing) {
      existing.aliases = [...new Set([...existing.aliases, ...record.aliases])].sort();
      existing.evidence = dedupeEvidence([...existing.evidence, ...record.evidence]);
      continue;
    }
    records.push(record);
    byId.set(record.id, record);
    canonicalNames.set(record.id, name);
  }
  return { records: records.sort((a, b) => a.id.localeCompare(b.id)), keyToId, names: canonicalNames };
}

type Item = Group['items'][number];

/** Mentions grouped by their set of folded words; one-word mentions (short forms) apart. */
function groupByWords(input: DocMentions[]): { groups: Map<string, Group>; shorts: Item[] } {
  const groups = new Map<string, Group>();
  const shorts: Item[] = [];
  for (const { doc, mentions } of input) {
    for (const m of mentions) {
      if (m.kind !== 'person') continue;
      const pm = m as PersonMention;
      const { set, key } = tokenWords(pm.name);
      if (set.length < 2) { shorts.push({ doc, m: pm }); continue; }
      const g = groups.get(key) ?? { set, items: [] };
      g.items.push({ doc, m: pm });
      groups.set(key, g);
    }
  }
  return { groups, shorts };
}

/** A group's canonical name is asked for again and again (ids, judgements): kept until its items change. */
class CanonicalNames {
  private readonly known = new Map<Group, string>();

  nameOf(g: Group): string {
    let name = this.known.get(g);
    if (name === undefined) this.known.set(g, name = canonicalName(g));
    return name;
  }

  provisionalId(g: Group): string {
    return `person:${slugify(this.nameOf(g))}`;
  }

  /** To be called whenever a group's items change. */
  changed(g: Group): void {
    this.known.delete(g);
  }
}

/** Names whose words are a subset of exactly one longer name join it ("Jean Lemoyne" → "Jean Baptiste Lemoyne"). */
function joinSubsetNames(groups: Map<string, Group>, names: CanonicalNames): void {
  // A superset holds every word of the name, its first word too: only the groups holding that word are looked at.
  const byWord = new Map<string, Group[]>();
  for (const g of groups.values()) {
    for (const word of g.set) {
      const holders = byWord.get(word);
      if (holders) holders.push(g);
      else byWord.set(word, [g]);
    }
  }
  const joined = new Set<Group>();
  for (const [key, g] of [...groups]) {
    let only: Group | undefined;
    let count = 0;
    for (const o of byWord.get(g.set[0])!) {
      if (o === g || joined.has(o) || o.set.length <= g.set.length || !isSortedSubset(g.set, o.set)) continue;
      only = o;
      if (++count > 1) break;
    }
    if (count === 1) {
      only!.items.push(...g.items);
      names.changed(only!);
      groups.delete(key);
      joined.add(g);
    }
  }
}

/** Every word of `small` is in `large`; both sorted and without repeats (as token sets are). */
function isSortedSubset(small: readonly string[], large: readonly string[]): boolean {
  let j = 0;
  for (const word of small) {
    while (j < large.length && large[j] < word) j++;
    if (j === large.length || large[j] !== word) return false;
    j++;
  }
  return true;
}

/** A one-word mention joins the one group holding that word (unless kept apart), else a group of its own. */
function attachShortNames(groups: Map<string, Group>, shorts: Item[], names: CanonicalNames, judgements: Judgements): void {
  for (const s of shorts) {
    const token = tokenSet(s.m.name)[0];
    const owners = [...groups.values()].filter((g) => g.set.includes(token)
      && !(judgements.apart.size && keptApart(judgements, names.provisionalId(g), `person:${slugify(s.m.name)}`)));
    if (owners.length === 1) {
      owners[0].items.push(s);
      names.changed(owners[0]);
    } else {
      const key = `short:${token}`;
      const g = groups.get(key) ?? { set: [token], items: [] };
      g.items.push(s);
      names.changed(g);
      groups.set(key, g);
    }
  }
}

/** Analysts' judgements: a surface form that belongs to another entity moves there. */
function moveOwnedAliases(groups: Map<string, Group>, names: CanonicalNames, judgements: Judgements): void {
  for (const g of [...groups.values()]) {
    for (const item of [...g.items]) {
      const owner = judgements.aliasOwner.get(foldName(item.m.name));
      if (!owner || owner === names.provisionalId(g)) continue;
      const target = [...groups.values()].find((o) => names.provisionalId(o) === owner);
      if (!target) continue;
      g.items.splice(g.items.indexOf(item), 1);
      target.items.push(item);
      names.changed(g);
      names.changed(target);
    }
  }
}

/** Merges decided by analysts: the kept entity keeps its name. */
function applyMerges(groups: Map<string, Group>, names: CanonicalNames, judgements: Judgements): void {
  for (const g of [...groups.values()]) {
    const into = judgements.mergeInto.get(names.provisionalId(g));
    const target = into ? [...groups.values()].find((o) => names.provisionalId(o) === into) : undefined;
    if (target && target !== g) {
      target.fixedName ??= names.nameOf(target);
      target.items.push(...g.items);
      g.items = [];
      names.changed(g);
      names.changed(target);
    }
  }
}

/** One person's record (aliases, rank, positions, offices, country, evidence); records its mention keys' id. */
function buildPersonRecord(g: Group, name: string, input: DocMentions[], gazetteers: Gazetteers, sourceCountry: string,
  keyToId: Map<string, string>): PersonRecord {
  const id = `person:${slugify(name)}`;
  const surfaces = new Set<string>();
  for (const { m } of g.items) { surfaces.add(m.name); surfaces.add(collapseSpaces(m.text)); }
  surfaces.delete(name);
  const positions: string[] = [];
  const offices: NonNullable<PersonRecord['offices']> = [];
  // Each office's title is one of the positions kept, so one set of folded titles answers for both lists.
  const foldedPositions = new Set<string>();
  let rank: string | null = null;
  for (const { doc, m } of sortItems(g.items)) {
    rank ??= m.rank ?? null;
    for (const p of m.positions) {
      const folded = foldName(p);
      if (!foldedPositions.has(folded)) {
        foldedPositions.add(folded);
        positions.push(p);
        offices.push({ title: p, ...(m.organisations[0] ? { organisation: m.organisations[0] } : {}), ...(doc.published?.iso ? { asOf: doc.published.iso } : {}) });
      }
    }
    keyToId.set(m.key, keyToId.get(m.key) ?? id);
  }
  return {
    id, name, aliases: [...surfaces].sort(), country: decideCountry(g, name, input, gazetteers, sourceCountry), rank, positions, offices,
    evidence: dedupeEvidence(g.items.map(({ doc, m }) => buildEvidence(doc, m))),
  };
}

function docRank(d: Doc): number {
  return d.kind === 'page' ? 0 : 1;
}

/** Page first, then teasers in reading order; within a doc, by position. */
function sortItems(items: Group['items']): Group['items'] {
  return [...items].sort((a, b) => docRank(a.doc) - docRank(b.doc) || compareText(a.doc.id, b.doc.id) || a.m.start - b.m.start);
}

/** The fullest form: most words, then most diacritics, then first seen. */
function canonicalName(g: Group): string {
  if (g.fixedName) return g.fixedName;
  const forms = sortItems(g.items).map((i) => i.m.name);
  if (!forms.length) return '';
  let best = forms[0];
  let wb = splitCount(best);
  for (const f of forms) {
    const wf = splitCount(f);
    if (wf !== wb ? wf > wb : diacritics(f) > diacritics(best)) {
      best = f;
      wb = wf;
    }
  }
  return best;
}

/** `name` is the group's canonical name. */
function decideCountry(g: Group, name: string, input: DocMentions[], gazetteers: Gazetteers, sourceCountry: string): string | null {
  const rules = g.items.map(({ m }) => ({ rule: m.countryRule ?? '', code: m.country }))
    .filter((r) => r.rule);
  const best = firstOfLowestRank(rules);
  if (best && best.rule.startsWith('country.organisation-compound:')) {
    const codes = best.rule.split(':')[1].split('|');
    return codes.find((c) => c !== sourceCountry) ?? codes[0];
  }
  if (best?.code) return best.code;
  if (best?.rule === 'country.international-org') return null;
  const official = rules.some((r) => r.rule === 'country.unmarked-official');
  const officialOfOrganisation = rules.some((r) => r.rule === 'country.unmarked-official-of-organisation' || r.rule === 'country.unmarked-counterpart');
  const first = firstFoldedWord(name);
  const homeNames = hasHomeSurnames(gazetteers, sourceCountry);
  const looksHome = gazetteers.surnames.get(first)?.includes(sourceCountry) ?? false;
  // A one-word name tells nothing of its origin: "le général Vinh" is a Vietnamese given name, not a foreign surname.
  if (homeNames && !looksHome && name.includes(' ')) {
    // A foreign-looking name: the one foreign country named around the person, if there is exactly one.
    // Same sentence first, then up to two sentences around (a caption, its title and its summary).
    for (const distance of [0, 2]) {
      const near = new Set<string>();
      for (const { doc, m } of g.items) {
        const bySentence = countriesBySentence(input, doc);
        for (let s = m.sentence - distance; s <= m.sentence + distance; s++) {
          for (const code of bySentence.get(s) ?? []) if (code !== sourceCountry) near.add(code);
        }
      }
      if (near.size === 1) return [...near][0];
      if (near.size > 1) break;
    }
    return official ? sourceCountry : null;
  }
  return official || officialOfOrganisation || (looksHome && rules.length > 0) ? sourceCountry : null;
}

const homeSurnames = new WeakMap<Gazetteers['surnames'], Map<string, boolean>>();

/** Does the surname list know names of `country`? Asked for every person of every file: answered once per list. */
function hasHomeSurnames(gazetteers: Gazetteers, country: string): boolean {
  let byCountry = homeSurnames.get(gazetteers.surnames);
  if (!byCountry) homeSurnames.set(gazetteers.surnames, byCountry = new Map());
  let known = byCountry.get(country);
  if (known === undefined) byCountry.set(country, known = [...gazetteers.surnames.values()].some((c) => c.includes(country)));
  return known;
}

const sentenceIndex = new WeakMap<Doc, Map<number, Set<string>>>();

/** Country codes named in each sentence of `doc` (credits left out), computed once per doc. */
function countriesBySentence(input: DocMentions[], doc: Doc): Map<number, Set<string>> {
  let index = sentenceIndex.get(doc);
  if (!index) {
    index = new Map();
    for (const c of input.find((x) => x.doc === doc)?.mentions ?? []) {
      if (c.kind !== 'country' || c.rule === 'country.in-credit') continue;
      const set = index.get(c.sentence) ?? new Set<string>();
      set.add(c.key.slice('country:'.length));
      index.set(c.sentence, set);
    }
    sentenceIndex.set(doc, index);
  }
  return index;
}

/** What a stable sort by rank would put first: the first of the rules with the lowest rank, each ranked once. */
function firstOfLowestRank<T extends { rule: string }>(rules: T[]): T | undefined {
  let best: T | undefined;
  let bestRank = Infinity;
  for (const r of rules) {
    const k = rank(r.rule);
    if (k < bestRank) { best = r; bestRank = k; }
  }
  return best;
}

function rank(rule: string): number {
  const base = rule.split(':')[0];
  const i = MARKER_ORDER.indexOf(base);
  return i >= 0 ? i : MARKER_ORDER.length;
}
