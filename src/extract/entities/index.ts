// Entity mentions (persons, ranks, offices, countries, organisations, places) in one document.

import type { Doc } from '../../model/document.js';
import type { Mention } from '../../model/mention.js';
import type { Gazetteers } from '../../gazetteer/index.js';
import { buildScanContext, inCredit, isCountryKind, matchesWithin, tokenAtOrAfter, type ScanContext } from './context.js';
import { findOrganisations, toOrganisationMentions, OrgIndex, type OrgSpan } from './organisations.js';
import { findPersons } from './persons.js';
import { extendTagger } from './lexicon.js';
import { ScratchArray } from '../../gazetteer/scratch.js';

/**
 * Rules stamped on country mentions. The resolver lists as countries the names, demonyms and compounds, and the
 * nationality of a national body (`Marine indonésienne`, `ministère japonais de la Défense`); not the country words of
 * a name that joins several (`Association d'amitié Italie-Vietnam`), nor those of photo credits.
 */
export const COUNTRY_RULES = {
  name: 'country.name',
  demonym: 'country.demonym',
  compound: 'country.compound-prefix',
  inOrganisation: 'country.in-organisation',
  ofOrganisation: 'country.of-organisation',
  inCredit: 'country.in-credit',
} as const;

function sentenceOf(ctx: ScanContext, offset: number): number {
  return ctx.tokens[tokenAtOrAfter(ctx, offset)]?.sentence ?? 0;
}

/** How many countries the organisation's name names (one is the body's nationality, two or more a joint name). */
function countriesNamedIn(ctx: ScanContext, org: OrgSpan, known: Map<object, number>): number {
  let n = known.get(org);
  if (n === undefined) {
    const codes = new Set<string>();
    for (const x of matchesWithin(ctx, org.start, org.end)) if (isCountryKind(x.entry.kind)) codes.add(x.entry.id);
    n = codes.size;
    known.set(org, n);
  }
  return n;
}

function findSimpleMentions(ctx: ScanContext, orgs: OrgIndex): Mention[] {
  const out: Mention[] = [];
  const codeCount = new Map<object, number>();
  for (const m of ctx.allMatches) {
    const kind = m.entry.kind;
    if (!isCountryKind(kind)) continue;
    // A country inside a longer selected match of another kind (a region, a place) is not one.
    const coverIndex = ctx.matchCover[m.start];
    const coverMatch = coverIndex ? ctx.matches[coverIndex - 1] : undefined;
    const cover = coverMatch && coverMatch !== m && coverMatch.start <= m.start && m.end <= coverMatch.end ? coverMatch : undefined;
    if (cover && cover.entry.kind !== 'organisation') continue;
    const org = orgs.containing(m.start, m.end);
    if (cover && cover.entry.kind === 'organisation' && !org) continue;
    const rule = inCredit(ctx, m.start, m.end) ? COUNTRY_RULES.inCredit
      : org ? (countriesNamedIn(ctx, org, codeCount) === 1 ? COUNTRY_RULES.ofOrganisation : COUNTRY_RULES.inOrganisation)
        : kind === 'country' ? COUNTRY_RULES.name : kind === 'demonym' ? COUNTRY_RULES.demonym : COUNTRY_RULES.compound;
    out.push({ kind: 'country', text: m.text, start: m.start, end: m.end, sentence: sentenceOf(ctx, m.start), rule, key: `country:${m.entry.id}` });
  }
  for (const m of ctx.matches) {
    const kind = m.entry.kind;
    if (kind === 'place') {
      if (inCredit(ctx, m.start, m.end) || orgs.containing(m.start, m.end)) continue;
      out.push({ kind: 'place', text: m.text, start: m.start, end: m.end, sentence: sentenceOf(ctx, m.start), rule: 'place.gazetteer', key: `place:${m.entry.id}` });
    } else if (kind === 'rank' || kind === 'office') {
      out.push({ kind, text: m.text, start: m.start, end: m.end, sentence: sentenceOf(ctx, m.start), rule: `${kind}.gazetteer`, key: `${kind}:${m.entry.id}` });
    }
  }
  return out;
}

const inPersonScratch = new ScratchArray((n) => new Uint8Array(n));

/** Every entity mention of `doc`, sorted by position (then kind and key), deterministic. */
export function extractEntityMentions(doc: Doc, gazetteers: Gazetteers): Mention[] {
  extendTagger(gazetteers);
  const ctx = buildScanContext(doc, gazetteers);
  const orgSpans = findOrganisations(ctx);
  const orgs = new OrgIndex(orgSpans, ctx.text.length);
  const persons = findPersons(ctx, orgs);
  // A word of a person's name is not a country ("Vu Le Thai Hoang").
  const inPerson = inPersonScratch.take(ctx.text.length);
  for (const p of persons) inPerson.fill(1, p.start, p.end);
  const simple = findSimpleMentions(ctx, orgs).filter((m) => !(inPerson[m.start] && inPerson[m.end - 1]));
  const mentions: Mention[] = [...toOrganisationMentions(ctx, orgSpans), ...simple, ...persons];
  return mentions.sort((a, b) => a.start - b.start || b.end - a.end || a.kind.localeCompare(b.kind) || a.key.localeCompare(b.key)
    || a.rule.localeCompare(b.rule));
}
