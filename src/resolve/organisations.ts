// Organisation resolution within one file: one entity per key, short and qualified names merged, acronyms kept.

import type { OrganisationMention } from '../model/mention.js';
import type { OrganisationRecord } from '../model/extraction.js';
import type { Gazetteers } from '../gazetteer/index.js';
import { foldName } from '../lang/fold.js';
import { compareText } from '../model/compare-text.js';
import { buildEvidence, dedupeEvidence } from './evidence.js';
import { keptApart, type Judgements } from './judgements.js';
import { collapseSpaces } from './spaces.js';
import { rememberPerName } from './remember-per-name.js';
import type { DocMentions } from './persons.js';

export interface ResolvedOrganisations {
  records: OrganisationRecord[];
  keyToId: Map<string, string>;
  names: Map<string, string>;
}

interface OrgGroup {
  key: string;
  items: Array<{ doc: DocMentions['doc']; m: OrganisationMention }>;
}

function bestName(g: OrgGroup, gazetteers: Gazetteers): string {
  const entry = gazetteers.organisations.get(g.key.slice(4));
  if (entry) return entry.name;
  const defining = g.items.find((i) => i.m.rule === 'organisation.acronym-definition');
  if (defining) return defining.m.name;
  const plain = g.items.filter((i) => i.m.rule !== 'organisation.qualified-name' && i.m.rule !== 'organisation.sub-body'
    && i.m.rule !== 'organisation.acronym');
  const pool = plain.length ? plain : g.items;
  // The first of the names sorted longest first, then in locale order: the sort is stable, so the first least one.
  let best = pool[0].m.name;
  for (let k = 1; k < pool.length; k++) {
    const name = pool[k].m.name;
    if (name.length > best.length || (name.length === best.length && compareText(name, best) < 0)) best = name;
  }
  return best;
}

export function resolveOrganisations(input: DocMentions[], gazetteers: Gazetteers, judgements: Judgements): ResolvedOrganisations {
  const groups = groupByKey(input);
  const naming = new GroupNaming(gazetteers);
  joinShortNames(groups, naming, gazetteers, judgements);
  for (const g of [...groups.values()]) {
    const into = judgements.mergeInto.get(g.key);
    const target = into ? groups.get(into) : undefined;
    if (target && target !== g) { target.items.push(...g.items); groups.delete(g.key); }
  }
  const records: OrganisationRecord[] = [];
  const keyToId = new Map<string, string>();
  const names = new Map<string, string>();
  for (const g of groups.values()) {
    const name = naming.nameOf(g);
    records.push(buildOrganisationRecord(g, name, gazetteers, judgements));
    for (const { m } of g.items) keyToId.set(m.key, g.key);
    names.set(g.key, name);
  }
  return { records: records.sort((a, b) => a.id.localeCompare(b.id)), keyToId, names };
}

/** Organisation mentions of the file, one group per provisional key, in order of first mention. */
function groupByKey(input: DocMentions[]): Map<string, OrgGroup> {
  const groups = new Map<string, OrgGroup>();
  for (const { doc, mentions } of input) {
    for (const m of mentions) {
      if (m.kind !== 'organisation') continue;
      const om = m as OrganisationMention;
      const g = groups.get(om.key) ?? { key: om.key, items: [] };
      g.items.push({ doc, m: om });
      groups.set(om.key, g);
    }
  }
  return groups;
}

/** A name's folded words, read only (they are remembered and shared). */
const foldedWords = rememberPerName((name): string[] => foldName(name).split(' '));

/**
 * Each group's best name and its folded words, kept until the group's items change: names are compared for every
 * pair of groups. Items are only ever appended, so their count tells.
 */
class GroupNaming {
  private readonly known = new Map<OrgGroup, { count: number; name: string; words: string[] }>();

  constructor(private readonly gazetteers: Gazetteers) {}

  nameOf(g: OrgGroup): string {
    return this.of(g).name;
  }

  wordsOf(g: OrgGroup): string[] {
    return this.of(g).words;
  }

  private of(g: OrgGroup): { count: number; name: string; words: string[] } {
    let known = this.known.get(g);
    if (!known || known.count !== g.items.length) {
      const name = bestName(g, this.gazetteers);
      this.known.set(g, known = { count: g.items.length, name, words: foldedWords(name) });
    }
    return known;
  }
}

function countryOf(g: OrgGroup, gazetteers: Gazetteers): string | null {
  return gazetteers.organisations.get(g.key.slice(4))?.country ?? g.items.find((i) => i.m.country)?.m.country ?? null;
}

/** Found only by the generic patterns: such a name may be a short form of another organisation's. */
function onlyPattern(g: OrgGroup): boolean {
  return g.items.every((i) => i.m.rule === 'organisation.pattern' || i.m.rule === 'organisation.qualified-name');
}

/** A short name ("Parti communiste", "Parti vietnamien") joins the one longer organisation of the file it shortens. */
function joinShortNames(groups: Map<string, OrgGroup>, naming: GroupNaming, gazetteers: Gazetteers, judgements: Judgements): void {
  for (const g of [...groups.values()]) {
    if (!onlyPattern(g)) continue;
    const words = naming.wordsOf(g);
    const candidates = [...groups.values()].filter((o) => {
      if (o === g || keptApart(judgements, o.key, g.key)) return false;
      const other = naming.wordsOf(o);
      if (other.length <= words.length) return false;
      const prefix = words.every((w, i) => other[i] === w);
      const headAndCountry = words.length === 2 && other[0] === words[0] && !!countryOf(g, gazetteers)
        && countryOf(g, gazetteers) === countryOf(o, gazetteers)
        && gazetteers.matcher.lookup(words[1]).some((e) => e.kind === 'demonym');
      return prefix || headAndCountry;
    });
    if (candidates.length === 1) {
      candidates[0].items.push(...g.items);
      groups.delete(g.key);
    }
  }
}

/** One organisation's record: its name, kind, aliases (judgements' included), acronym, country and evidence. */
function buildOrganisationRecord(g: OrgGroup, name: string, gazetteers: Gazetteers, judgements: Judgements): OrganisationRecord {
  const id = g.key;
  const entry = gazetteers.organisations.get(id.slice(4));
  const aliases = new Set<string>();
  for (const { m } of g.items) {
    if (m.rule !== 'organisation.coordinated') aliases.add(collapseSpaces(m.text));
    aliases.add(m.name);
    if (m.acronym) aliases.add(m.acronym);
  }
  for (const [alias, owner] of judgements.aliasOwner) if (owner === id) aliases.add(judgements.aliasText.get(alias) ?? alias);
  aliases.delete(name);
  const acronym = g.items.find((i) => i.m.acronym)?.m.acronym ?? entry?.acronyms.find((a) => aliases.has(a));
  const kind = entry?.kind ?? g.items.find((i) => i.m.rule === 'organisation.acronym-definition')?.m.orgKind ?? g.items[0].m.orgKind;
  return {
    id, name, kind, aliases: [...aliases].sort(),
    ...(acronym ? { acronym } : {}), country: countryOf(g, gazetteers),
    evidence: dedupeEvidence(g.items.map(({ doc, m }) => buildEvidence(doc, m))),
  };
}
