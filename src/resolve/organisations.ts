// Organisation resolution within one file: one entity per key, short and qualified names merged, acronyms kept.

import type { OrganisationMention } from '../model/mention.js';
import type { OrganisationRecord } from '../model/extraction.js';
import type { Gazetteers } from '../gazetteer/index.js';
import { foldName } from '../lang/fold.js';
import { buildEvidence, dedupeEvidence } from './evidence.js';
import { keptApart, type Judgements } from './judgements.js';
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
  return pool.map((i) => i.m.name).sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
}

export function resolveOrganisations(input: DocMentions[], gazetteers: Gazetteers, judgements: Judgements): ResolvedOrganisations {
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
  // Names are compared for every pair of groups: each group's name and folded words are kept until its items change
  // (items are only ever appended, so their count tells).
  const naming = new Map<OrgGroup, { count: number; name: string; words: string[] }>();
  const namingOf = (g: OrgGroup) => {
    let known = naming.get(g);
    if (!known || known.count !== g.items.length) {
      const name = bestName(g, gazetteers);
      naming.set(g, known = { count: g.items.length, name, words: foldName(name).split(' ') });
    }
    return known;
  };
  const nameOf = (g: OrgGroup) => namingOf(g).name;
  const countryOf = (g: OrgGroup) => gazetteers.organisations.get(g.key.slice(4))?.country ?? g.items.find((i) => i.m.country)?.m.country ?? null;
  const onlyPattern = (g: OrgGroup) => g.items.every((i) => i.m.rule === 'organisation.pattern' || i.m.rule === 'organisation.qualified-name');
  // A short name ("Parti communiste", "Parti vietnamien") joins the one longer organisation of the file it shortens.
  for (const g of [...groups.values()]) {
    if (!onlyPattern(g)) continue;
    const words = namingOf(g).words;
    const candidates = [...groups.values()].filter((o) => {
      if (o === g || keptApart(judgements, o.key, g.key)) return false;
      const other = namingOf(o).words;
      if (other.length <= words.length) return false;
      const prefix = words.every((w, i) => other[i] === w);
      const headAndCountry = words.length === 2 && other[0] === words[0] && !!countryOf(g) && countryOf(g) === countryOf(o)
        && gazetteers.matcher.lookup(words[1]).some((e) => e.kind === 'demonym');
      return prefix || headAndCountry;
    });
    if (candidates.length === 1) {
      candidates[0].items.push(...g.items);
      groups.delete(g.key);
    }
  }
  for (const g of [...groups.values()]) {
    const into = judgements.mergeInto.get(g.key);
    const target = into ? groups.get(into) : undefined;
    if (target && target !== g) { target.items.push(...g.items); groups.delete(g.key); }
  }
  const records: OrganisationRecord[] = [];
  const keyToId = new Map<string, string>();
  const names = new Map<string, string>();
  for (const g of groups.values()) {
    const name = nameOf(g);
    const id = g.key;
    const entry = gazetteers.organisations.get(id.slice(4));
    const aliases = new Set<string>();
    for (const { m } of g.items) {
      if (m.rule !== 'organisation.coordinated') aliases.add(m.text.replace(/\s+/g, ' '));
      aliases.add(m.name);
      if (m.acronym) aliases.add(m.acronym);
    }
    for (const [alias, owner] of judgements.aliasOwner) if (owner === id) aliases.add(judgements.aliasText.get(alias) ?? alias);
    aliases.delete(name);
    const acronym = g.items.find((i) => i.m.acronym)?.m.acronym ?? entry?.acronyms.find((a) => aliases.has(a));
    const kind = entry?.kind ?? g.items.find((i) => i.m.rule === 'organisation.acronym-definition')?.m.orgKind ?? g.items[0].m.orgKind;
    records.push({
      id, name, kind, aliases: [...aliases].filter((a) => foldName(a) !== foldName(name) || a !== name).sort(),
      ...(acronym ? { acronym } : {}), country: countryOf(g),
      evidence: dedupeEvidence(g.items.map(({ doc, m }) => buildEvidence(doc, m))),
    });
    for (const { m } of g.items) keyToId.set(m.key, id);
    names.set(id, name);
  }
  return { records: records.sort((a, b) => a.id.localeCompare(b.id)), keyToId, names };
}
