// Event rules: named meetings, conferences, dialogues, summits, visits and exercises, with ordinal, date, place and series.

import type { EventRecord } from '../../model/extraction.js';
import type { Mention } from '../../model/mention.js';
import { slugify } from '../../lang/fold.js';
import { endpointName, matchAll, type DocView, type SentenceView } from './doc-view.js';
import type { EventHeadRule, EventNameWords, RelationRuleData } from './rule-data.js';
import { buildEvidence } from './records.js';
import { findDates, type FoundDate } from '../../lang/dates.js';
import { isSurrogatePairAt } from '../../lang/code-points.js';
import { joinAlternatives, literalOpenings, openingsSource } from './word-start-regexp.js';

/** An event found in one sentence, with what the link rules need. */
export interface FoundEvent {
  record: EventRecord;
  sentence: SentenceView;
  /** Span of the event's name in `Doc.text`. */
  start: number;
  end: number;
  /** Keys of the mentions named inside the event's name (organisations, countries, places). */
  anchors: string[];
  /** Mention of the place it was held in, if any. */
  place?: Mention;
  /** The head noun, folded and singular (`reunion`, `visite`), for the event's id. */
  head: string;
}

const NAMED_KINDS = new Set(['organisation', 'country', 'place', 'person']);
const LOCATIVE_KINDS = new Set(['place', 'country']);
const PREPOSITION = /^\s*(?:(?:(?:et\s+)?(?:de|à|dans|sur|pour|contre)\s+l|(?:et\s+)?d)['’]\s*|(?:(?:et\s+)?(?:de\s+la|des|du|de|aux?|à\s+la|à\s+son|à\s+sa|à)|sur(?:\s+(?:la|le|les))?|pour(?:\s+(?:la|le|les))?|contre(?:\s+(?:la|le|les))?|en|dans(?:\s+(?:la|le|les))?|entre)(?=\s|$)|[-–—]\s*)/iu;
const LOCATIVE = /(?:^|\s)(?:à|au|aux|en|dans)\s*(?:la\s+|le\s+|les\s+|l['’]\s*)?$/iu;
const WORD = /^\s*([\p{L}\p{N}][\p{L}\p{N}.'’-]*)/u;
const PARENTHETICAL = /^\s*\([^()]{1,40}\)/u;
const NUMERIC_ORDINAL = '\\d{1,3}\\s?(?:ème|eme|ère|er|re|è|ᵉ|e)';
const BARE_WORDS_MAX = 3;
const NAME_MAX = 220;

/** Finds every specific event named in a document. */
export function findEvents(view: DocView, data: RelationRuleData): FoundEvent[] {
  const found: FoundEvent[] = [];
  const heads = headPatterns(data);
  for (const s of view.sentences) {
    const claimed: Array<[number, number]> = [];
    const inSentence: FoundEvent[] = [];
    const byRule = headMatchesByRule(data, s.text);
    if (!byRule) continue;
    for (const [k, { rule }] of heads.rules.entries()) {
      for (const m of byRule[k]) {
        // Checked here rather than by a look-behind, which would slow the scan of every sentence.
        if (m.start && /[\p{L}\p{N}]/u.test(s.text[m.start - 1])) continue;
        // The ordinal and adjective before the head are read backwards from it: cheaper than an optional prefix.
        const prefix = heads.prefix.exec(s.text.slice(Math.max(0, m.start - 30), m.start));
        const start = s.start + m.start - (prefix ? prefix[0].length : 0);
        const headEnd = s.start + m.end;
        if (claimed.some(([a, b]) => start < b && headEnd > a)) continue;
        const event = readEvent(view, s, data, rule, prefix?.[1], m.text, start, headEnd);
        if (!event) continue;
        claimed.push([event.start, event.end]);
        inSentence.push(event);
      }
    }
    if (inSentence.length === 0) continue;
    // Fresh copies: moved to document offsets in place.
    const dates = findDates(s.text, { year: view.doc.contextYear, reference: view.doc.published?.iso });
    for (const d of dates) {
      d.start += s.start;
      d.end += s.start;
    }
    inSentence.sort((a, b) => a.start - b.start);
    inSentence.forEach((e, i) => completeDateAndPlace(view, s, e, dates, inSentence[i - 1], inSentence[i + 1]));
    found.push(...inSentence);
  }
  return found;
}

type HeadMatch = { start: number; end: number; text: string };

/**
 * Each head rule's matches in `text` (as `matchAll` finds them), in the order of the rules; undefined when no rule
 * matches. The rules are tried only at the offsets where the joined pattern matches.
 */
export function headMatchesByRule(data: RelationRuleData, text: string): HeadMatch[][] | undefined {
  const heads = headPatterns(data);
  if (!heads.any) return heads.rules.map(({ re }) => matchAll(re, text));
  const starts = headStarts(heads.any, text);
  if (starts.length === 0) return undefined;
  const byRule = heads.rules.map(({ anchored }) => matchesAt(anchored, text, starts));
  // The scan may propose offsets where no rule matches ("Assemblée nationale").
  return byRule.some((matches) => matches.length) ? byRule : undefined;
}

/**
 * Every offset where some head may match, in order: one pass of all of them joined, resuming one character on after
 * each match so that no offset is passed over. A rule can only match at one of these offsets (the joined pattern holds
 * only the words that open the heads, which makes it match more often and scan faster).
 */
function headStarts(any: RegExp, text: string): number[] {
  const starts: number[] = [];
  any.lastIndex = 0;
  for (let m = any.exec(text); m; m = any.exec(text)) {
    starts.push(m.index);
    any.lastIndex = m.index + (isSurrogatePairAt(text, m.index) ? 2 : 1);
  }
  return starts;
}

/**
 * What `matchAll` finds with a rule's pattern, when `starts` holds every offset it can match at: the rule's sticky
 * pattern tried at each of them, left to right, a match hiding the offsets it covers.
 */
function matchesAt(anchored: RegExp, text: string, starts: number[]): HeadMatch[] {
  const out: HeadMatch[] = [];
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    anchored.lastIndex = at;
    const m = anchored.exec(text);
    if (!m || m[0].length === 0) continue;
    out.push({ start: at, end: at + m[0].length, text: m[0] });
    from = at + m[0].length;
  }
  return out;
}

/**
 * `any`: the words that open the heads (or, if a head opens otherwise, all heads) as one global alternation. Most
 * sentences name no event, and one pass of it over a sentence tells so, and where the rules may match, where a pass
 * per rule would take a dozen. Left out if heads are joined whole and one numbers or names its groups (joining
 * patterns would renumber back-references).
 */
interface HeadPatterns { rules: Array<{ rule: EventHeadRule; re: RegExp; anchored: RegExp }>; prefix: RegExp; any?: RegExp }
const headCache = new WeakMap<RelationRuleData, HeadPatterns>();

/** One pattern per head rule, and one for the ordinal and adjective that may end the text before it. */
function headPatterns(data: RelationRuleData): HeadPatterns {
  const cached = headCache.get(data);
  if (cached) return cached;
  const ordinalWords = [...data.ordinals.keys()].sort((a, b) => b.length - a.length).join('|');
  const rules = data.eventHeads.map((rule) => {
    const source = `(?:${rule.head.source})(?![\\p{L}])`;
    return { rule, re: new RegExp(source, 'iu'), anchored: new RegExp(source, 'iuy') };
  });
  const sources = data.eventHeads.map((rule) => rule.head.source);
  // The literal openings of all the heads match wherever one of them does (and a little more), and scan several times
  // faster than the heads themselves joined.
  const openings = literalOpenings(sources.map((source) => `(?:${source})`).join('|'));
  const joined = openings ? openingsSource(openings) : joinAlternatives(sources);
  const heads: HeadPatterns = {
    rules,
    ...(joined !== undefined ? { any: new RegExp(joined, 'iug') } : {}),
    prefix: new RegExp(`(?<![\\p{L}\\p{N}])(?:(${NUMERIC_ORDINAL}|${ordinalWords})\\s+)?(?:(?:nouvelle|nouveau|grande?|prochaine?|même)\\s+)?$`, 'iu'),
  };
  headCache.set(data, heads);
  return heads;
}

function readEvent(view: DocView, s: SentenceView, data: RelationRuleData, rule: EventHeadRule,
  ordinalText: string | undefined, headText: string, start: number, headEnd: number): FoundEvent | undefined {
  const text = view.doc.text;
  const headStart = headEnd - headText.length;
  if (insideOrgAt(s, headStart) && (!ordinalText || insideOrgAt(s, start))) return undefined;
  const before = text.slice(Math.max(s.start, start - 20), start);
  if (data.words.anaphora.test(before)) return undefined;
  // "X rencontre Y" is a verb: a head noun needs a determiner or preposition before it (or its ordinal).
  if (!ordinalText && !data.eventNameWords.determinerBefore.test(before) && !/^\p{Lu}/u.test(headText)) return undefined;
  if (rule.exclude?.test(text.slice(headEnd, s.end))) return undefined;
  const fromOrg = insideOrgAt(s, headStart);
  const ext = extendName(s, text, fromOrg ? Math.max(headEnd, orgEnd(s, headStart)) : headEnd, rule.type, data.eventNameWords, fromOrg);
  const ordinal = ordinalText ? readOrdinal(ordinalText, data) : undefined;
  if (!rule.specific && ordinal === undefined && ext.named.length === 0 && ext.properWords.length === 0) return undefined;
  const name = text.slice(start, ext.end).trim();
  // "La 11e réunion des ministres de l'ASEAN élargie": the numbered head sits in the name of the series itself.
  const seriesOrg = s.mentions.filter((x) => x.kind === 'organisation' && headStart >= x.start && headStart < x.end)
    .sort((a, b) => (b.end - b.start) - (a.end - a.start))[0];
  const anchors = [...new Set([...(seriesOrg ? [seriesOrg.key] : []), ...ext.named.filter((x) => x.kind !== 'person').map((x) => x.key),
    ...ext.properWords.map((w) => `word:${slugify(w)}`)])].sort();
  const series = seriesOrg ? endpointName(seriesOrg)
    : ordinal !== undefined ? text.slice(headStart, ext.end).trim() : undefined;
  // Fields added in the order of the output's keys; ordinal and series only when set.
  const record: EventRecord = { id: '', type: rule.type, name, date: null, place: null } as EventRecord;
  if (ordinal !== undefined) record.ordinal = ordinal;
  if (series) record.series = series;
  record.cameo = rule.cameo;
  record.evidence = [buildEvidence(view, s, start, ext.end, rule.id)];
  const head = slugify(headText.replace(/^série\s+de\s+/iu, '').split(/\s+/)[0]).replace(/(?<!congre)s$/, '');
  return { record, sentence: s, start, end: ext.end, anchors, place: ext.place, head };
}

/** Whether offset `at` lies in an organisation's name. */
function insideOrgAt(s: SentenceView, at: number): boolean {
  return s.mentions.some((x) => x.kind === 'organisation' && at >= x.start && at < x.end);
}

/** End of the longest organisation name that contains `at`. */
function orgEnd(s: SentenceView, at: number): number {
  return Math.max(...s.mentions.filter((x) => x.kind === 'organisation' && at >= x.start && at < x.end).map((x) => x.end));
}

function readOrdinal(text: string, data: RelationRuleData): number | undefined {
  const numeric = /^(\d{1,3})/.exec(text);
  return numeric ? Number(numeric[1]) : data.ordinals.get(text.toLowerCase());
}

/**
 * Extends an event's name after its head over adjectives and prepositional complements, named mentions
 * and acronyms in brackets, and stops at a comma, a verb, a date or an article that opens a new phrase.
 */
function extendName(s: SentenceView, text: string, from: number, type: EventHeadRule['type'], words: EventNameWords,
  afterName = false):
  { end: number; named: Mention[]; properWords: string[]; place?: Mention } {
  let pos = from;
  let end = from;
  let afterPreposition = false;
  // Starting right after an organisation's name, its acronym in brackets still belongs to the event's name.
  let afterProper = afterName;
  let bareWords = 0;
  let lastPreposition = '';
  const named: Mention[] = [];
  const properWords: string[] = [];
  let place: Mention | undefined;
  const startingAt = new Map<number, Mention>();
  for (const x of s.mentions) {
    if (!NAMED_KINDS.has(x.kind)) continue;
    const seen = startingAt.get(x.start);
    if (!seen || x.end > seen.end) startingAt.set(x.start, x);
  }
  while (pos < s.end && pos - from < NAME_MAX) {
    // A window is enough for one token, preposition or bracket; slicing to the sentence end each step is quadratic.
    const rest = text.slice(pos, Math.min(s.end, pos + 80));
    const at = pos + (rest.length - rest.trimStart().length);
    const mention = startingAt.get(at);
    if (mention && (afterPreposition || named.length === 0 || mention.kind === 'person')) {
      named.push(mention);
      if (LOCATIVE_KINDS.has(mention.kind) && /^(?:à|au|aux|en|dans)/iu.test(lastPreposition)) place = mention;
      pos = end = mention.end;
      afterPreposition = false;
      afterProper = true;
      bareWords = 0;
      continue;
    }
    const paren = PARENTHETICAL.exec(rest);
    if (paren && afterProper) {
      pos = end = pos + paren[0].length;
      continue;
    }
    const prep = PREPOSITION.exec(rest);
    if (prep && !afterPreposition) {
      // A place after à/en/au names where a visit goes; for other events it is where they are held, not their name.
      if (type !== 'visit' && end > from && /^\s*(?:à|au|aux|en|dans)(?=\s|$)/iu.test(prep[0]) && !/^\s*à\s+(?:la|l['’]|son|sa)/iu.test(prep[0])) break;
      const next = WORD.exec(rest.slice(prep[0].length));
      if (next && words.date.has(next[1].toLowerCase())) break;
      lastPreposition = prep[0].trim();
      pos += prep[0].length;
      afterPreposition = true;
      afterProper = false;
      bareWords = 0;
      continue;
    }
    const word = WORD.exec(rest);
    if (!word) break;
    const w = word[1];
    const lower = w.toLowerCase();
    if (isDateWord(words, w) || /^\d{1,2}$/.test(w) && isDateWord(words, WORD.exec(rest.slice(word[0].length))?.[1])) break;
    if (words.stop.has(lower) && !afterPreposition) break;
    if (/^(?:s|qu|n)['’]/iu.test(w)) break;
    const capital = /^\p{Lu}/u.test(w);
    // After a proper name only an adjective goes on (Affaires étrangères, Nations unies); a verb ends the name.
    if (!capital && afterProper && !words.adjective.test(w)) break;
    if (!capital && !afterPreposition && ++bareWords > BARE_WORDS_MAX) break;
    if (capital && !afterPreposition && end > from && !/[-–]/.test(w)) break;
    if (capital) {
      afterProper = true;
      properWords.push(w);
    }
    pos = end = pos + word[0].length;
    afterPreposition = false;
  }
  return { end, named, properWords, place };
}

function isDateWord(words: EventNameWords, x: string | undefined): boolean {
  return !!x && words.date.has(x.toLowerCase());
}

/** Date: the first one after the name (before the next event), else the last one before it; place likewise. */
function completeDateAndPlace(view: DocView, s: SentenceView, e: FoundEvent, dates: FoundDate[],
  previous?: FoundEvent, next?: FoundEvent): void {
  const limit = next?.start ?? s.end;
  const floor = previous?.end ?? s.start;
  const date = dates.find((d) => d.start >= e.end && d.start < limit)
    ?? [...dates].reverse().find((d) => d.end <= e.start && d.start >= floor && datesBefore(view.doc.text.slice(s.start, d.start), view.doc.text.slice(d.end, e.start)));
  if (date) {
    e.record.date = date.text;
    e.record.dateValue = date.endIso
      ? { iso: date.iso, text: date.text, rule: date.rule, endIso: date.endIso }
      : { iso: date.iso, text: date.text, rule: date.rule };
  }
  const text = view.doc.text;
  const place = e.place
    ?? s.places.find((m) => m.start >= e.end && m.start < limit && isLocative(text, s, m) && !insideOrganisation(s, m))
    ?? [...s.places].reverse().find((m) => m.end <= e.start && m.start >= floor && isLocative(text, s, m) && !insideOrganisation(s, m)
      && /^[^,:;]{0,40}$/u.test(text.slice(m.end, e.start)));
  if (place) {
    e.place = place;
    e.record.place = place.kind === 'country' ? place.text : endpointName(place);
    e.record.placeId = place.key;
  }
}

/**
 * A date before the event's name dates it when it opens the sentence ("Du 17 au 19 novembre, X a effectué une visite")
 * or sits in the same verb phrase ("a effectué le 20 novembre une visite"), not when it belongs to another noun
 * ("la crise de 2011 et le Sommet").
 */
function datesBefore(lead: string, gap: string): boolean {
  if (/[:;]/.test(gap)) return false;
  if (/^\s*$/.test(lead)) return true;
  return gap.length <= 40 && !/[,]|(?:^|\s)et\s/u.test(gap);
}

/** A place or country named after a locative preposition (à, au, en, dans). */
function isLocative(text: string, s: SentenceView, m: Mention): boolean {
  return LOCATIVE_KINDS.has(m.kind) && LOCATIVE.test(text.slice(Math.max(s.start, m.start - 12), m.start));
}

function insideOrganisation(s: SentenceView, m: Mention): boolean {
  return s.mentions.some((o) => o.kind === 'organisation' && o !== m && m.start >= o.start && m.end <= o.end);
}
