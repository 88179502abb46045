// Organisation mentions: gazetteer names and acronyms, acronyms defined in the text, and the head-word name pattern.

import type { OrganisationMention } from '../../model/mention.js';
import { foldName, slugify } from '../../lang/fold.js';
import { acronymKey, squeezeKey, type OrgKind, type OrganisationWord } from '../../gazetteer/index.js';
import { foldedText, hasBreakBefore, inCredit, matchStartingAt, tokenAtOrAfter, tokenBefore, type ScanContext } from './context.js';
import type { WordInfo, WordToken } from './tokens.js';
import { isCommonWord, isFiniteVerb, isGrammatical } from './lexicon.js';
import { ScratchArray } from '../../gazetteer/scratch.js';

/** True when token `i` is an organisation head or sub-body word. */
export function headWordOf(ctx: ScanContext, i: number): boolean {
  return headWord(ctx, i) !== undefined;
}

/** Function words that may link the words of an organisation's name. */
const LINKS = new Set(['de', 'du', 'des', "d'", "l'", 'la', 'le', 'les', 'sur', 'pour', 'contre', 'dans', 'en', 'à', 'au', 'aux', 'et', 'une', 'un', 'entre']);

/** Lower-case form with the typographic apostrophe made plain, accents kept (à is not a). */
export const plain = (text: string): string => {
  // Asked again and again for the same words: remembered, within a bound.
  let known = plainMemo.get(text);
  if (known === undefined) {
    known = text.toLowerCase().replace(/’/g, "'");
    if (plainMemo.size >= PLAIN_MEMO_MAX) plainMemo.clear();
    plainMemo.set(text, known);
  }
  return known;
};
const plainMemo = new Map<string, string>();
const PLAIN_MEMO_MAX = 20_000;
const ARTICLES = new Set(["l'", 'la', 'le', 'les', 'une', 'un']);
const CLAUSE_WORDS = new Set(['qui', 'que', "qu'", 'dont', 'ou', 'lors', 'avec', 'par', 'selon', 'depuis', 'afin', 'ainsi', 'comme', 'mais']);

export interface OrgSpan {
  start: number;
  end: number;
  key: string;
  kind: OrgKind;
  rule: string;
  acronym?: string;
  country?: string;
  /** Gazetteer organisations inside it are not mentions of their own (treaties and programmes named after a body). */
  absorbs?: boolean;
  /** Only adds a longer written name to `key` (`Comité central du X`); overlaps the mentions it contains. */
  qualified?: boolean;
  name?: string;
}

type Head = { word: OrganisationWord; length: number } | undefined;
/**
 * Head words looked up so far in the document in hand, by token (null: none), for the few tokens whose word starts an
 * organisation word. One document at a time: a WeakMap keyed by the context would keep every context alive through
 * the young-generation collections (V8 treats its keys strongly there), so all their tokens were copied and promoted
 * before dying.
 */
let heads: { ctx: ScanContext; cache: Map<number, Head | null> } | undefined;

/** The organisation word (head, sub-body) starting at token `i`, looked up once per token. */
function headWord(ctx: ScanContext, i: number): Head {
  const t = ctx.tokens[i];
  if (!t) return undefined;
  // Most words start no organisation word: their own answer (kept on the word) says so, with no lookup by token.
  const info = organisationWordInfo(ctx, t);
  if (!info.startsOrganisationWord) return undefined;
  if (heads?.ctx !== ctx) heads = { ctx, cache: new Map() };
  let found = heads.cache.get(i);
  if (found === undefined) heads.cache.set(i, found = computeHeadWord(ctx, i, info) ?? null);
  return found ?? undefined;
}

/** What the organisation words allow, worked out once per loaded gazetteer set. */
interface OrganisationWordIndex {
  /** Lower-cased first words of the organisation words: most tokens are rejected by one lookup. */
  firstWords: Set<string>;
  /** First words (`plain`) of the two-word stop phrases ("en marge", "en coopération"). */
  stopPhraseStarts: Set<string>;
  /** First words, as written, of the organisation words of two words or more. */
  multiwordStarts: Set<string>;
}
const wordIndexes = new WeakMap<object, OrganisationWordIndex>();

/** Asked for every token: the last answer is kept at hand rather than looked up in the WeakMap each time. */
let lastWordIndex: { words: object; index: OrganisationWordIndex } | undefined;

function organisationWordIndex(ctx: ScanContext): OrganisationWordIndex {
  const words = ctx.gazetteers.organisationWords;
  if (lastWordIndex?.words === words) return lastWordIndex.index;
  let index = wordIndexes.get(words);
  if (!index) {
    const keys = [...words.keys()];
    index = {
      firstWords: new Set(keys.map((k) => k.split(' ')[0].toLowerCase())),
      stopPhraseStarts: new Set(keys.filter((k) => k.includes(' ') && words.get(k)!.role === 'stop').map((k) => k.slice(0, k.indexOf(' ')))),
      multiwordStarts: new Set(keys.filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' ')))),
    };
    wordIndexes.set(words, index);
  }
  lastWordIndex = { words, index };
  return index;
}

/**
 * What the organisation words say of the token's word on its own, remembered on the word (asked for every token,
 * answered once per distinct word): whether it starts an organisation word, is one, or may start one of two words.
 */
function organisationWordInfo(ctx: ScanContext, t: WordToken): WordInfo {
  const words = ctx.gazetteers.organisationWords;
  const info = t.word;
  if (info.organisationWordsSeen !== words) {
    const index = organisationWordIndex(ctx);
    const text = t.text;
    info.startsOrganisationWord = index.firstWords.has(text.toLowerCase());
    info.oneWordHead = info.startsOrganisationWord ? lookUpOrganisationWord(words, text, t.cap) : undefined;
    // A two-word form as written, capitalised or lower-cased has this word, the same way, before its space.
    info.startsTwoWordHead = info.startsOrganisationWord && (index.multiwordStarts.has(text)
      || index.multiwordStarts.has(text[0].toUpperCase() + text.slice(1)) || index.multiwordStarts.has(text.toLowerCase()));
    info.organisationWordsSeen = words;
  }
  return info;
}

/** The organisation word `form` is, as written, capitalised, or lower-cased when its case is free. */
function lookUpOrganisationWord(words: Map<string, OrganisationWord>, form: string, cap: boolean): OrganisationWord | undefined {
  const lower = words.get(form.toLowerCase());
  const word = words.get(form) ?? words.get(form[0].toUpperCase() + form.slice(1)) ?? (lower?.anyCase ? lower : undefined);
  if (!word) return undefined;
  if (!word.anyCase && !cap) return undefined;
  if (word.form !== form && !word.anyCase) return undefined;
  return word;
}

/** The organisation word starting at token `i`, whose word starts one (`info`, its `organisationWordInfo`). */
function computeHeadWord(ctx: ScanContext, i: number, info: WordInfo): Head {
  const t = ctx.tokens[i];
  const next = ctx.tokens[i + 1];
  if (info.startsTwoWordHead && next && !hasBreakBefore(ctx, i + 1)) {
    const word = lookUpOrganisationWord(ctx.gazetteers.organisationWords, `${t.text} ${next.text}`, t.cap);
    if (word) return { word, length: 2 };
  }
  return info.oneWordHead ? { word: info.oneWordHead, length: 1 } : undefined;
}

/** "en coopération avec", "en marge de": two words that end a name. */
function isStopPhrase(ctx: ScanContext, i: number): boolean {
  const next = ctx.tokens[i + 1];
  if (!next) return false;
  const first = plain(ctx.tokens[i].text);
  if (!organisationWordIndex(ctx).stopPhraseStarts.has(first)) return false;
  return ctx.gazetteers.organisationWords.get(`${first} ${plain(next.text)}`)?.role === 'stop';
}

function isStopWord(ctx: ScanContext, i: number): boolean {
  const w = ctx.gazetteers.organisationWords.get(ctx.tokens[i].text.toLowerCase());
  return w?.role === 'stop';
}

/**
 * Parses an organisation name starting at head token `head`. Returns the last token of the name, where an inner
 * organisation starts (split), and the country named inside. `absorb`: inner organisations are part of the name.
 */
function parseName(ctx: ScanContext, head: number, headLength: number, absorb: boolean, known: Map<number, OrgSpan>):
  { last: number; countries: string[]; quoted: boolean } {
  const { tokens } = ctx;
  let last = head + headLength - 1;
  let pending = 0;
  const countries: string[] = [];
  const quoted = /[«"“]\s*$/.test(tokens[head].gapBefore);
  let inQuote = false;
  for (let j = last + 1; j < tokens.length && j < head + 30; j++) {
    const t = tokens[j];
    const gap = t.gapBefore;
    if (quoted && /[»"”]/.test(gap)) break;
    if (/«/.test(gap) && pending > 0) inQuote = true;
    else if (inQuote && /»/.test(gap)) inQuote = false;
    else if (hasBreakBefore(ctx, j, inQuote ? ',«»' : '«»')) {
      // "X, d'éducation et de mobilisation": an enumeration inside the name goes on after a comma.
      if (/^\s*,\s*$/.test(gap) && (t.folded === "d'" || t.folded === 'de') && last > head + headLength - 1
        && tokens[j + 1] && !tokens[j + 1].cap && enumerationGoesOn(ctx, j)) {
        pending = 1;
        continue;
      }
      break;
    }
    if (t.sentence !== tokens[head].sentence) break;
    const f = plain(t.text);
    if (LINKS.has(f) || (t.elision && (f === "d'" || f === "l'"))) {
      if (isStopPhrase(ctx, j)) break;
      if (f === 'et') {
        if (/^minist/i.test(tokens[head].text) || last === head + headLength - 1) break;
        let n = j + 1;
        while (tokens[n] && LINKS.has(plain(tokens[n].text))) n++;
        if (!tokens[n] || tokens[n].cap || n === j + 1) break;
      }
      if ((f === 'en' || f === 'à' || f === 'au' || f === 'aux') && tokens[j + 1]) {
        const next = tokens[j + 1];
        const place = matchStartingAt(ctx, j + 1, ['place', 'country']);
        if (/^\d/.test(next.text) || (f === 'en' && next.cap) || place) break;
      }
      pending++;
      continue;
    }
    if (CLAUSE_WORDS.has(f) || isStopWord(ctx, j)) break;
    const inner = t.start > tokens[head].start ? known.get(t.start) : undefined;
    const innerHead = headWord(ctx, j);
    // An inner head starts an organisation of its own only when it has words of its own ("de la Marine et" stays inside).
    const after = tokens[j + (innerHead?.length ?? 1)];
    const innerHasWords = !!after && !hasBreakBefore(ctx, after.index) && plain(after.text) !== 'et'
      && (LINKS.has(plain(after.text)) || after.elision || (!after.cap && !isCommonWord(after.text)));
    if (pending > 0 && !absorb && ((innerHead?.word.pattern === 'yes' && innerHasWords) || innerHead?.word.role === 'subbody'
      || (inner && inner.rule === 'organisation.gazetteer'))) break;
    const match = matchStartingAt(ctx, j);
    if (match && pending > 0) {
      if (match.entry.kind === 'country') countries.push(match.entry.id);
      if (match.entry.kind === 'organisation' && !absorb) break;
      const endTok = tokenBefore(ctx, match.end);
      last = Math.max(j, endTok);
      j = last;
      pending = 0;
      continue;
    }
    if (/^\d{4}$/.test(t.text) && pending > 0) break;
    if (pending > 0 && !t.cap && isGrammatical(t.text)) break;
    if (pending > 0) {
      last = j;
      pending = 0;
      continue;
    }
    // Directly after a word: adjectives (populaire, japonais, élargie), numbers (Région 4), compounds (Japon-ASEAN).
    if (match && (match.entry.kind === 'demonym' || match.entry.kind === 'country')) {
      countries.push(match.entry.id);
      last = tokenBefore(ctx, match.end);
      j = last;
      continue;
    }
    if (/^\d+(\.\d+)?$/.test(t.text) && tokens[j - 1].cap) { last = j; continue; }
    const singular = t.folded.replace(/s$/, '');
    if (!t.cap && !isFiniteVerb(t.text) && !isCommonWord(t.text)) {
      const adjective = /(al|ale|el|elle|ien|ienne|ais|aise|ique|aire|if|ive|é|ée|ie|ain|aine|an|ane|eur|ant|ante|iste|in|ine|ux|ere|een|eenne|ois|oise)$/u.test(singular);
      const nounBeforeLink = tokens[j + 1] && !hasBreakBefore(ctx, j + 1) && ['de', 'des', 'du', "d'"].includes(plain(tokens[j + 1].text));
      if (adjective || nounBeforeLink) {
        last = j;
        continue;
      }
    }
    if (t.cap && /-/.test(t.text) && matchStartingAt(ctx, j)) { last = j; continue; }
    break;
  }
  return { last, countries, quoted };
}

function enumerationGoesOn(ctx: ScanContext, j: number): boolean {
  for (let k = j; k < Math.min(ctx.tokens.length, j + 8); k++) {
    if (k > j && hasBreakBefore(ctx, k)) return false;
    if (ctx.tokens[k].folded === 'et') return true;
  }
  return false;
}

/** Initials of the content words of tokens [from, to], hyphen compounds split. */
function initials(ctx: ScanContext, from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k <= to; k++) {
    const t = ctx.tokens[k];
    if (LINKS.has(plain(t.text)) || t.elision) continue;
    for (const part of t.text.split('-')) if (part) out.push(foldName(part)[0] ?? '');
  }
  return out;
}

function acronymScore(letters: string, inits: string[]): number {
  const pool = [...letters.toLowerCase().replace(/[^a-z]/g, '')];
  let hit = 0;
  for (const c of inits) {
    const at = pool.indexOf(c);
    if (at >= 0) { hit++; pool.splice(at, 1); }
  }
  return hit * 2 - (inits.length - hit);
}

const coverageScratch = new ScratchArray((n) => new Uint16Array(n));

/** The organisation spans found so far in a document, with how many (non-qualified) spans cover each character. */
class SpanList {
  readonly spans: OrgSpan[] = [];
  /** Per character: overlap tests stay linear in the span's length. Reused between documents (one list at a time). */
  private readonly coverage: Uint16Array;
  constructor(textLength: number) {
    this.coverage = coverageScratch.take(textLength);
  }

  push(o: OrgSpan): void {
    this.spans.push(o);
    this.mark(o, 1);
  }

  removeAt(k: number): void {
    this.mark(this.spans[k], -1);
    this.spans.splice(k, 1);
  }

  /** Some (non-qualified) span covers a character of [s, e). */
  overlaps(s: number, e: number): boolean {
    for (let k = s; k < e; k++) if (this.coverage[k] > 0) return true;
    return false;
  }

  private mark(o: OrgSpan, by: number): void {
    if (!o.qualified) for (let k = o.start; k < o.end; k++) this.coverage[k] += by;
  }
}

/** "(ACR)": an acronym in brackets, maybe defined by the words before it; tried (sticky) where a bracket opens. */
const ACRONYM_IN_BRACKETS = /\(\s*([A-Z][A-Za-z0-9+&]*(?:-[A-Z0-9]+)?(?:\s[A-Z][A-Za-z0-9+&]*)?)\s*\)/uy;

/**
 * The matches of ACRONYM_IN_BRACKETS in `text`, in order and not overlapping, as a global search finds them: every
 * match starts at a `(`, so only those are tried (the search itself, trying every offset, cost five times more).
 */
function acronymsInBrackets(text: string): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', open + 1)) {
    ACRONYM_IN_BRACKETS.lastIndex = open;
    const m = ACRONYM_IN_BRACKETS.exec(text);
    if (m) {
      out.push(m);
      open = m.index + m[0].length - 1;
    }
  }
  return out;
}

/** Finds every organisation span of the document. */
export function findOrganisations(ctx: ScanContext): OrgSpan[] {
  const { tokens, gazetteers, text } = ctx;
  const list = new SpanList(text.length);
  const spans = list.spans;

  // 1. Gazetteer names and acronyms.
  for (const m of ctx.matches) {
    if (m.entry.kind !== 'organisation' || inCredit(ctx, m.start, m.end)) continue;
    const entry = gazetteers.organisations.get(m.entry.id)!;
    list.push({ start: m.start, end: m.end, key: `org:${entry.id}`, kind: entry.kind, rule: 'organisation.gazetteer',
      country: entry.country ?? undefined, absorbs: entry.kind !== 'org' });
  }

  // 2. Acronyms defined in the text: "Long form (ACR)".
  const learnt: Array<{ acronym: string; key: string; longForm?: string; kind: OrgKind }> = [];
  for (const m of acronymsInBrackets(text)) {
    const acronym = m[1];
    const open = m.index;
    const close = open + m[0].length;
    if (!/[A-Z].*[A-Z]/.test(acronym) || inCredit(ctx, open, close)) continue;
    const known = gazetteers.acronyms.get(acronymKey(acronym));
    const before = tokenBefore(ctx, open);
    if (before < 0) continue;
    const prior = spans.find((o) => !o.qualified && o.end <= open && /^\s*$/.test(text.slice(o.end, open))
      && (o.key === (known ? `org:${known}` : '') || acronymScore(acronym, initials(ctx, tokenAtOrAfter(ctx, o.start), before)) >= acronym.replace(/[^A-Za-z]/g, '').length));
    let key = known ? `org:${known}` : `org:${slugify(acronym)}`;
    let kind: OrgKind = known ? gazetteers.organisations.get(known)!.kind : 'org';
    let longStart: number | undefined;
    if (prior) {
      key = prior.key;
      kind = prior.kind;
    } else {
      let best: { i: number; score: number; kind: OrgKind } | undefined;
      for (let i = before; i >= 0; i--) {
        const t = tokens[i];
        if (t.sentence !== tokens[before].sentence) break;
        if (i < before && hasBreakBefore(ctx, i + 1, '«»"')) break;
        if (CLAUSE_WORDS.has(t.folded) || (!t.cap && isFiniteVerb(t.text) && !ARTICLES.has(t.folded) && !LINKS.has(plain(tokens[i - 1]?.text ?? '')))) break;
        const head = headWord(ctx, i);
        if (!head || head.word.role !== 'head') continue;
        const score = acronymScore(acronym, initials(ctx, i, before));
        if (!best || score > best.score) best = { i, score, kind: head.word.kind };
      }
      if (best) {
        longStart = tokens[best.i].start;
        if (!known) kind = best.kind;
      }
    }
    if (longStart !== undefined) {
      const longEnd = tokens[before].end;
      const clash = spans.find((o) => !o.qualified && o.start < longEnd && longStart! < o.end && !(o.start >= longStart! && o.end <= longEnd));
      if (!clash) {
        for (let k = spans.length - 1; k >= 0; k--) {
          const o = spans[k];
          if (o.start >= longStart && o.end <= longEnd && (kind !== 'org' || o.key === key)) list.removeAt(k);
        }
        list.push({ start: longStart, end: longEnd, key, kind, rule: 'organisation.acronym-definition', acronym, absorbs: kind !== 'org' });
        learnt.push({ acronym, key, longForm: text.slice(longStart, longEnd), kind });
      }
    } else if (!known && !prior) continue;
    const s = open + m[0].indexOf(acronym);
    const same = spans.find((o) => !o.qualified && o.start === s && o.end === s + acronym.length);
    if (same) {
      // The text defines the acronym: it names the long form before it, whatever the gazetteer says.
      same.key = key;
      same.kind = kind;
      same.acronym = acronym;
    } else if (!list.overlaps(s, s + acronym.length)) {
      list.push({ start: s, end: s + acronym.length, key, kind, rule: 'organisation.acronym', acronym });
    }
    if (prior && !learnt.some((l) => l.acronym === acronym)) learnt.push({ acronym, key, kind });
  }
  // Later uses of an acronym or long form learnt in this document.
  if (learnt.length) {
    const { squeezed, offsets } = foldedText(ctx);
    for (const l of learnt) {
      for (const form of [l.acronym, l.longForm].filter((f): f is string => !!f)) {
        const key = squeezeKey(form);
        for (let at = squeezed.indexOf(key); at >= 0; at = squeezed.indexOf(key, at + 1)) {
          const s = offsets[at], e = offsets[at + key.length - 1] + 1;
          if (/[\p{L}\p{N}]/u.test(text[s - 1] ?? '') || /[\p{L}\p{N}]/u.test(text[e] ?? '')) continue;
          if (form === l.acronym && text.slice(s, e) !== l.acronym) continue;
          if (list.overlaps(s, e) || inCredit(ctx, s, e)) continue;
          list.push({ start: s, end: e, key: l.key, kind: l.kind, rule: 'organisation.learnt' });
        }
      }
    }
  }

  // 3. The name pattern: a head word and its complement.
  const byStart = new Map<number, OrgSpan>();
  for (const o of spans) if (!o.qualified && !byStart.has(o.start)) byStart.set(o.start, o);
  for (let i = 0; i < tokens.length; i++) {
    const head = headWord(ctx, i);
    if (!head || head.word.role !== 'head' || head.word.pattern !== 'yes') continue;
    const t = tokens[i];
    if (list.overlaps(t.start, t.end) || inCredit(ctx, t.start, t.end)) continue;
    const absorb = head.word.kind !== 'org';
    const { last, countries } = parseName(ctx, i, head.length, absorb, byStart);
    if (last - i + 1 < 2 && !/-/.test(t.text)) continue;
    const end = tokens[last].end;
    if (absorb) {
      for (let k = spans.length - 1; k >= 0; k--) if (spans[k].start >= t.start && spans[k].end <= end && !spans[k].qualified) list.removeAt(k);
    }
    const clash = list.overlaps(t.start, end);
    if (clash) continue;
    let finalEnd = end;
    if (/«[^»]*$/.test(text.slice(t.start, end)) && /^\s*»/.test(text.slice(end, end + 3))) finalEnd = end + text.slice(end).indexOf('»') + 1;
    const name = text.slice(t.start, finalEnd);
    const singular = name.replace(/^(M|m)inistères\b/, '$1inistère');
    const span: OrgSpan = { start: t.start, end: finalEnd, key: `org:${slugify(singular)}`, kind: head.word.kind, rule: 'organisation.pattern',
      country: countries[0], absorbs: absorb, name: singular };
    list.push(span);
    if (singular !== name) {
      // "les ministères de la Défense et des entreprises": several ministries, none named, unless the text says whose.
      const before = spans.length;
      addCoordinatedMinistries(ctx, list, last, singular);
      if (spans.length === before && !countries.length) list.removeAt(spans.indexOf(span));
    }
    i = last;
  }

  // 4. Longer written names: "Comité central du X" names X; "X du Y" is another name of X.
  addQualifiedNames(ctx, spans);
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** "les ministères de la Défense du Vietnam et du Japon" → also "ministère de la Défense du Japon"; "...et des Armées". */
function addCoordinatedMinistries(ctx: ScanContext, list: SpanList, last: number, name: string): void {
  const { tokens } = ctx;
  const et = tokens[last + 1];
  if (!et || et.folded !== 'et') return;
  const prep = tokens[last + 2];
  const what = tokens[last + 3];
  if (!prep || !what || !['du', 'de', 'des', "d'", 'la', "l'"].includes(prep.folded)) return;
  const country = matchStartingAt(ctx, last + 3, ['country']) ?? (tokens[last + 4] && matchStartingAt(ctx, last + 4, ['country']));
  const base = name.replace(/\s+(du|de la|de l['’]|des|d['’])\s*\S+$/u, '');
  if (country) {
    const end = country.end;
    const prepText = ctx.text.slice(prep.start, country.start).trim();
    const sibling = `${base} ${prepText}${/['’]$/.test(prepText) ? '' : ' '}${country.text}`;
    list.push({ start: et.end + 1, end, key: `org:${slugify(sibling)}`, kind: 'org', rule: 'organisation.coordinated', country: country.entry.id, name: sibling });
    return;
  }
  if (what.cap) {
    const headOnly = name.match(/^\S+/u)?.[0] ?? 'ministère';
    const sibling = `${headOnly} ${ctx.text.slice(prep.start, what.end)}`;
    list.push({ start: prep.start, end: what.end, key: `org:${slugify(sibling)}`, kind: 'org', rule: 'organisation.coordinated', name: sibling });
  }
}

function addQualifiedNames(ctx: ScanContext, spans: OrgSpan[]): void {
  const { tokens, text } = ctx;
  const base = spans.filter((o) => !o.qualified);
  const startsAt = (offset: number) => base.find((o) => o.start === offset);
  // Sub-bodies: "Comité central du X" → X.
  for (let i = 0; i < tokens.length; i++) {
    const head = headWord(ctx, i);
    if (!head || head.word.role !== 'subbody') continue;
    let j = i + head.length;
    while (j < tokens.length) {
      while (tokens[j] && ['du', 'de', 'des', 'la', "l'", "d'"].includes(tokens[j].folded) && !hasBreakBefore(ctx, j)) j++;
      const next = headWord(ctx, j);
      if (next?.word.role === 'subbody') { j += next.length; continue; }
      break;
    }
    const target = tokens[j] && !hasBreakBefore(ctx, j) ? startsAt(tokens[j].start) : undefined;
    if (!target) continue;
    spans.push({ start: tokens[i].start, end: target.end, key: target.key, kind: target.kind, rule: 'organisation.sub-body', qualified: true });
  }
  // "X du Y" (and "X du Comité central du Y").
  for (const o of base) {
    if (o.rule !== 'organisation.pattern' && o.rule !== 'organisation.acronym-definition') continue;
    let j = tokenAtOrAfter(ctx, o.end);
    while (tokens[j] && ['du', 'de', 'des', 'la', "l'", "d'"].includes(tokens[j].folded) && !hasBreakBefore(ctx, j)) j++;
    if (!tokens[j] || hasBreakBefore(ctx, j) || j === tokenAtOrAfter(ctx, o.end)) continue;
    const sub = spans.find((s) => s.qualified && s.start === tokens[j].start);
    const target = sub ?? startsAt(tokens[j].start);
    if (!target) continue;
    spans.push({ start: o.start, end: target.end, key: o.key, kind: o.kind, rule: 'organisation.qualified-name', qualified: true,
      name: text.slice(o.start, target.end) });
  }
}

const organisationCoverScratch = new ScratchArray((n) => new Int32Array(n));

/** Lookups over a document's organisation spans by offset, in constant time. */
export class OrgIndex {
  private readonly byStart = new Map<number, OrgSpan>();
  /** Per character, 1 + the index of the largest span covering it, or 0 (a work array: one index alive at a time). */
  private readonly cover: Int32Array;
  constructor(readonly spans: OrgSpan[], textLength: number) {
    this.cover = organisationCoverScratch.take(textLength);
    spans.forEach((o, i) => {
      if (o.qualified) return;
      if (!this.byStart.has(o.start)) this.byStart.set(o.start, o);
      for (let k = o.start; k < o.end; k++) if (this.cover[k] === 0 || spans[this.cover[k] - 1].end - spans[this.cover[k] - 1].start < o.end - o.start) this.cover[k] = i + 1;
    });
  }
  /** The (non-qualified) organisation starting at `offset`. */
  at(offset: number): OrgSpan | undefined {
    return this.byStart.get(offset);
  }
  /** The largest (non-qualified) organisation containing [start, end). */
  containing(start: number, end: number): OrgSpan | undefined {
    const i = this.cover[start];
    const o = i ? this.spans[i - 1] : undefined;
    return o && o.start <= start && end <= o.end ? o : undefined;
  }
}

/** Organisation mentions for the spans (qualified names included, with their own rule). */
export function toOrganisationMentions(ctx: ScanContext, spans: OrgSpan[]): OrganisationMention[] {
  return spans.map((o) => ({
    kind: 'organisation', text: ctx.text.slice(o.start, o.end), start: o.start, end: o.end,
    sentence: ctx.tokens[tokenAtOrAfter(ctx, o.start)]?.sentence ?? 0, rule: o.rule, key: o.key,
    name: (o.name ?? ctx.text.slice(o.start, o.end)).replace(/\s+/g, ' '), orgKind: o.kind,
    ...(o.acronym ? { acronym: o.acronym } : {}), ...(o.country ? { country: o.country } : {}),
  }));
}
