// COOPERATES_WITH rules: compounds (coopération Vietnam-Japon), "entre X et Y", "X et Y renforcent leur coopération", "les deux pays".

import type { Mention } from '../../model/mention.js';
import { between, countryOf, groupBySentence, lastBeforeInClause, matchAll, type DocView, type SentenceView } from './doc-view.js';
import type { RelationRule, RelationRuleData } from './rule-data.js';
import { countryEndpoint, endpointOf, newFiring, type Endpoint, type Firing } from './records.js';
import type { MeetingAct } from './meetings.js';
import { isNegated } from './negation.js';
import { literalOpenings, openingsSource, opensWordAt, stripOpeningWordStart } from './word-start-regexp.js';
import { isSurrogatePairAt } from '../../lang/code-points.js';
import { escapeRegExp } from '../../lang/escape-regexp.js';

/** Longest text between a cooperation noun and a compound (partenariat « stratégique global » ...). */
const MODIFIERS_MAX = 80;
const DASH_GAP = /^\s*[-–—]\s*$/u;
const AND_GAP = /^\s*,?\s*et\s+(?:l['’]\s*|les?\s+|la\s+|du\s+|des\s+|de\s+la\s+|de\s+l['’]\s*|aux?\s+)?(?:[^,;.]{0,30}?,\s*dont\s+(?:l['’]\s*|les?\s+|la\s+)?)?$/iu;
const JOINT_AND_GAP = /^\s*et\s+(?:l['’]\s*|les?\s+|la\s+)?$/iu;
const CLAUSE_START = /(?:^|[,;:«"“]|(?<![\p{L}])(?:que|qu['’]|où|dont))\s*(?:le|la|les|l['’])?\s*$/iu;

interface Pair { a: Endpoint; b: Endpoint }

/** Finds cooperation firings in a document; meeting acts give the context for "les deux pays". */
export function findCooperation(view: DocView, data: RelationRuleData, acts: MeetingAct[]): Firing[] {
  const firings: Firing[] = [];
  let context: Pair | undefined = firstPair(view);
  const actsBySentence = groupBySentence(acts);
  const statedRules = data.cooperation.filter((r) => r.kind !== 'context');
  const contextRules = data.cooperation.filter((r) => r.kind === 'context');
  for (const s of view.sentences) {
    const explicit: Firing[] = [];
    // Every stated rule needs a party (see canFire).
    for (const rule of s.parties.length ? statedRules : []) {
      if (!canFire(view, s, rule)) continue;
      if (rule.cue && !rule.cue.test(s.text)) continue;
      if (rule.kind === 'compound') explicit.push(...compoundFirings(view, s, rule, data));
      else if (rule.kind === 'between') explicit.push(...betweenFirings(view, s, rule, data));
      else if (rule.kind === 'joint-subject') explicit.push(...jointSubjectFirings(view, s, rule, data));
      else if (rule.kind === 'with') explicit.push(...withFirings(view, s, rule, data));
      else if (rule.kind === 'noun-with') explicit.push(...nounWithFirings(view, s, rule, data));
    }
    const metPair = pairFromActs(actsBySentence.get(s.index) ?? []);
    const sentenceContext = explicit.length ? { a: explicit[0].a, b: explicit[0].b } : metPair ?? context;
    // Whether the sentence talks of cooperation at all: asked once per sentence, not once per match.
    let talksOfCooperation: boolean | undefined;
    for (const rule of contextRules) {
      if (!sentenceContext || (rule.cue && !rule.cue.test(s.text))) continue;
      for (const m of matchAll(rule.pattern, s.text)) {
        talksOfCooperation ??= data.words['coop-noun'].test(s.text) || data.words['coop-verb'].test(s.text);
        if (!talksOfCooperation) continue;
        if (isNegated(data, s, m.start, m.end)) continue;
        explicit.push(makeFiring(s, rule, data, sentenceContext.a, sentenceContext.b, s.start + m.start, s.start + m.end));
        break;
      }
    }
    // Relations that worsen or break are not cooperation; the pair still becomes the context.
    if (explicit.length && !data.words.hostile.test(s.text)) firings.push(...explicit);
    const stated = explicit[explicit.length - 1];
    if (stated) context = { a: stated.a, b: stated.b };
    else if (metPair) context = metPair;
  }
  return firings;
}

/**
 * Whether the sentence names the parties a stated rule needs, a cheap test before its cue: one for noun-with (its first
 * party may be a person's country), two for the others. A compound or `entre` pairs a party with the next one (parties
 * are sorted and do not overlap), so it needs two in a row joined by a dash, or by `et`.
 */
function canFire(view: DocView, s: SentenceView, rule: RelationRule): boolean {
  if (rule.kind === 'noun-with') return s.parties.length >= 1;
  if (s.parties.length < 2) return false;
  if (rule.kind === 'compound') return hasJoinedPair(view, s, DASH_GAP);
  if (rule.kind === 'between') return hasJoinedPair(view, s, AND_GAP);
  return true;
}

function hasJoinedPair(view: DocView, s: SentenceView, gap: RegExp): boolean {
  for (let i = 0; i + 1 < s.parties.length; i++) if (gap.test(between(view, s.parties[i].end, s.parties[i + 1].start))) return true;
  return false;
}

function makeFiring(s: SentenceView, rule: RelationRule, data: RelationRuleData,
  a: Endpoint, b: Endpoint, start: number, end: number): Firing {
  const domains = findDomains(s, data);
  const cameo = data.domains.find((d) => d.label === domains[0])?.cameo ?? rule.cameo;
  return newFiring('COOPERATES_WITH', a, b, rule, s, start, end, { domains, cameo });
}

/**
 * Domains named in the sentence, outside the names of people and organisations. Remembered for the last sentence
 * asked about: the rules ask about one sentence at a time, and a WeakMap entry per sentence cost more to add (and to
 * sweep) than the lookups it saved.
 */
let domainsFor: { s: SentenceView; domains: string[] } | undefined;

function findDomains(s: SentenceView, data: RelationRuleData): string[] {
  if (domainsFor?.s === s) return domainsFor.domains;
  const labels = domainsIn(blankNames(s), data);
  // "sécurité maritime" says more than "sécurité" alone.
  const domains = labels.filter((l) => !(l === 'sécurité' && labels.some((x) => x !== l && x.startsWith('sécurité'))));
  domainsFor = { s, domains };
  return domains;
}

/** The sentence's text with the names of organisations, people and offices replaced by spaces (same length). */
function blankNames(s: SentenceView): string {
  let text = '';
  let from = 0;
  for (const m of s.mentions) {
    if (m.kind !== 'organisation' && m.kind !== 'person' && m.kind !== 'office') continue;
    // Mentions come by start; one inside a name already blanked leaves nothing more to blank.
    const start = Math.max(m.start - s.start, from);
    const end = m.end - s.start;
    if (end <= start) continue;
    text += s.text.slice(from, start) + ' '.repeat(end - start);
    from = end;
  }
  return text + s.text.slice(from);
}

/**
 * Labels of the domains whose pattern matches `text`, in the table's order. Every domain pattern opens with a word
 * from a short list (see DomainScan): one pass finds where those words stand, and at each, only the domains with a word
 * of the same first letter are tried, where a pass per domain (or of all of them joined) cost far more.
 */
function domainsIn(text: string, data: RelationRuleData): string[] {
  const scan = domainScan(data);
  if (!scan) return data.domains.filter((d) => d.pattern.test(text)).map((d) => d.label);
  const found = new Array<boolean>(scan.rests.length).fill(false);
  let left = found.length;
  scan.openings.lastIndex = 0;
  for (let m = scan.openings.exec(text); m && left > 0; m = scan.openings.exec(text)) {
    scan.openings.lastIndex = m.index + (isSurrogatePairAt(text, m.index) ? 2 : 1);
    // Every branch of every domain pattern opens a word: where none may open, none matches.
    if (!opensWordAt(text, m.index)) continue;
    for (const k of candidatesAt(scan, text, m.index)) {
      if (found[k]) continue;
      scan.rests[k].lastIndex = m.index;
      if (!scan.rests[k].test(text)) continue;
      found[k] = true;
      left--;
    }
  }
  const labels: string[] = [];
  for (let k = 0; k < found.length; k++) if (found[k]) labels.push(data.domains[k].label);
  return labels;
}

/**
 * The domains that may match at `at`: those with a word whose first letter the patterns' case folding takes as the
 * character there. Kept per character (few distinct characters open a domain word).
 */
function candidatesAt(scan: DomainScan, text: string, at: number): number[] {
  const ch = String.fromCodePoint(text.codePointAt(at)!);
  let found = scan.byFirstLetter.get(ch);
  if (!found) scan.byFirstLetter.set(ch, found = scan.words.flatMap((own, k) => (own.some((w) => sameFirstLetter(w, ch)) ? [k] : [])));
  return found;
}

/**
 * `openings`: the words that open the domain patterns (after the look-behind that opens each word), as one global
 * alternation; `words`: each domain's words; `byFirstLetter`: the domains to try where a given character opens a word
 * (see candidatesAt); `rests`: the domain patterns without the look-behind that opens each of their branches, sticky
 * (it is checked by hand, once per offset). A domain matches a text exactly when, at an offset where `openings`
 * matches, a word may open, the character there opens one of its words and its rest matches. Undefined when some
 * domain pattern has no such words (the domains are then tried one by one).
 */
interface DomainScan { openings: RegExp; words: string[][]; byFirstLetter: Map<string, number[]>; rests: RegExp[] }
const domainScans = new WeakMap<RelationRuleData, DomainScan | undefined>();

/** Whether two words open with characters the case-insensitive patterns take as one. */
function sameFirstLetter(a: string, b: string): boolean {
  return new RegExp(`^${escapeRegExp(String.fromCodePoint(a.codePointAt(0)!))}$`, 'iu').test(String.fromCodePoint(b.codePointAt(0)!));
}

function domainScan(data: RelationRuleData): DomainScan | undefined {
  if (domainScans.has(data)) return domainScans.get(data);
  const rests = data.domains.map((d) => (d.pattern.flags === 'iu' ? stripOpeningWordStart(d.pattern.source) : undefined));
  const openings = rests.map((rest) => (rest === undefined ? undefined : literalOpenings(rest)));
  let scan: DomainScan | undefined;
  if (openings.every((o): o is string[] => o !== undefined)) {
    scan = {
      openings: new RegExp(openingsSource(openings.flat()), 'iug'),
      words: openings,
      byFirstLetter: new Map(),
      rests: rests.map((rest) => new RegExp(rest!, 'iuy')),
    };
  }
  domainScans.set(data, scan);
  return scan;
}

/** Cooperation nouns of a sentence that are not part of an organisation's name (Conseil de coopération...), remembered for the last sentence. */
let nounsFor: { s: SentenceView; nouns: Array<{ start: number; end: number }> } | undefined;

function coopNouns(s: SentenceView, data: RelationRuleData): Array<{ start: number; end: number }> {
  if (nounsFor?.s === s) return nounsFor.nouns;
  const nouns = matchAll(data.words['coop-noun'], s.text)
    .map((m) => ({ start: s.start + m.start, end: s.start + m.end }))
    .filter((n) => !s.mentions.some((m) => m.kind === 'organisation' && n.start >= m.start && n.end <= m.end));
  nounsFor = { s, nouns };
  return nouns;
}

function compoundFirings(view: DocView, s: SentenceView, rule: RelationRule, data: RelationRuleData): Firing[] {
  const out: Firing[] = [];
  for (const noun of coopNouns(s, data)) {
    const p1 = s.parties.find((p) => p.start >= noun.end);
    if (!p1 || p1.start - noun.end > MODIFIERS_MAX || !rule.pattern.test(between(view, noun.end, p1.start))) continue;
    const p2 = s.parties.find((p) => p.start >= p1.end);
    if (!p2 || !DASH_GAP.test(between(view, p1.end, p2.start))) continue;
    out.push(makeFiring(s, rule, data, endpointOf(p1), endpointOf(p2), noun.start, p2.end));
  }
  return out;
}

function betweenFirings(view: DocView, s: SentenceView, rule: RelationRule, data: RelationRuleData): Firing[] {
  const out: Firing[] = [];
  for (const noun of coopNouns(s, data)) {
    const p1 = s.parties.find((p) => p.start >= noun.end);
    if (!p1 || !rule.pattern.test(between(view, noun.end, p1.start))) continue;
    if (isNegated(data, s, noun.start - s.start, noun.end - s.start)) continue;
    const p2 = s.parties.find((p) => p.start >= p1.end);
    if (!p2 || !AND_GAP.test(between(view, p1.end, p2.start))) continue;
    out.push(makeFiring(s, rule, data, endpointOf(p1), endpointOf(p2), noun.start, p2.end));
  }
  return out;
}

function jointSubjectFirings(view: DocView, s: SentenceView, rule: RelationRule, data: RelationRuleData): Firing[] {
  const out: Firing[] = [];
  for (let i = 0; i + 1 < s.parties.length; i++) {
    const [p1, p2] = [s.parties[i], s.parties[i + 1]];
    if (!JOINT_AND_GAP.test(between(view, p1.end, p2.start))) continue;
    const tail = between(view, p2.end, s.end);
    const m = rule.pattern.exec(tail);
    // The clause test reads the whole text before the pair (its pattern ends with `$`): asked last, only for a verb phrase.
    if (!m || !CLAUSE_START.test(between(view, s.start, p1.start))) continue;
    if (data.words.negation.test(tail.slice(0, m.index + m[0].length))) continue;
    out.push(makeFiring(s, rule, data, endpointOf(p1), endpointOf(p2), p1.start, p2.end + m.index + m[0].length));
  }
  return out;
}

function withFirings(view: DocView, s: SentenceView, rule: RelationRule, data: RelationRuleData): Firing[] {
  const out: Firing[] = [];
  for (let i = 0; i + 1 < s.parties.length; i++) {
    const [p1, p2] = [s.parties[i], s.parties[i + 1]];
    if (!rule.pattern.test(between(view, p1.end, p2.start))) continue;
    out.push(makeFiring(s, rule, data, endpointOf(p1), endpointOf(p2), p1.start, p2.end));
  }
  return out;
}

function nounWithFirings(view: DocView, s: SentenceView, rule: RelationRule, data: RelationRuleData): Firing[] {
  const out: Firing[] = [];
  for (const noun of coopNouns(s, data)) {
    const b = s.parties.find((p) => p.start >= noun.end);
    if (!b || !rule.pattern.test(between(view, noun.end, b.start))) continue;
    if (isNegated(data, s, Math.max(0, noun.start - s.start - 20), noun.end - s.start)) continue;
    const partyA = lastBeforeInClause(view, s.parties, noun.start);
    const personA = lastBeforeInClause(view, s.persons, noun.start);
    const a = partyA && (!personA || partyA.end > personA.end || !countryOf(personA)) ? endpointOf(partyA)
      : personA && countryOf(personA) ? countryEndpoint(countryOf(personA)!) : undefined;
    if (!a || a.id === endpointOf(b).id) continue;
    out.push(makeFiring(s, rule, data, a, endpointOf(b), noun.start, b.end));
  }
  return out;
}

/** Two parties met through their people: the countries of a meeting's first two participants, when they differ. */
function pairFromActs(acts: MeetingAct[]): Pair | undefined {
  for (const act of acts) {
    const people = act.subject ? [act.subject, ...act.others] : act.others;
    const countries = [...new Set(people.map((p) => countryOf(p)).filter((c): c is string => !!c))];
    if (countries.length === 2) return { a: countryEndpoint(countries[0]), b: countryEndpoint(countries[1]) };
  }
  return undefined;
}

/** Before any sentence states a pair: the document's two countries, when it names exactly two. */
function firstPair(view: DocView): Pair | undefined {
  const parties = new Map<string, Mention>();
  for (const s of view.sentences) {
    for (const p of s.parties) {
      if (p.kind !== 'country') continue;
      parties.set(p.key, p);
      // A third country settles it: no pair.
      if (parties.size > 2) return undefined;
    }
  }
  if (parties.size !== 2) return undefined;
  const [a, b] = [...parties.values()];
  return { a: endpointOf(a), b: endpointOf(b) };
}
