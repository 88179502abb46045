// Person mentions: names after ranks, offices and honorifics, before appositions, in coordinations, and repeated.

import type { PersonMention } from '../../model/mention.js';
import type { LexMatch } from '../../gazetteer/index.js';
import { foldName, slugify } from '../../lang/fold.js';
import { hasBreakBefore, inCredit, isCountryKind, matchesWithin, matchStartingAt, tokenAtOrAfter, tokenBefore, type ScanContext } from './context.js';
import { isCommonWord, tagsOf } from './lexicon.js';
import { headWordOf, plain, type OrgIndex } from './organisations.js';
import { ScratchArray } from '../../gazetteer/scratch.js';
import type { WordToken } from './tokens.js';
import { isWhitespaceCode } from '../../lang/code-points.js';

const DETERMINERS = new Set(['le', 'la', "l'", 'les', 'son', 'sa', 'ses', 'leur', 'un', 'une']);
const PLURAL_MARKS = new Set(['les', 'des', 'aux', 'ses', 'leurs', 'anciens', 'anciennes', 'deux', 'trois']);
const TITLE_LINKS = new Set(['de', 'du', 'des', "d'", "l'", 'la', 'à', 'au', 'aux', 'en', 'dans', 'pour', 'sur', 'auprès', 'chargé', 'chargée', 'et']);
/** Links after which a country names the country served ("ambassadeur de Chine"), not a posting ("au Vietnam"). */
const OF_LINKS = new Set(['de', 'du', 'des', "d'", 'la', "l'"]);

/** A photo caption's position marker right after a name: "(à gauche)", "(droite)", "(au centre)", "(2e, à gauche)". */
const CAPTION_MARK = /^\s*\((?:[^()]{0,20},\s*)?(?:à\s+|au\s+|en\s+)?(?:gauche|droite|centre|milieu|premier plan)\)/iu;

/** Whitespace the position tidying would change: other than one plain space, or before a comma or bracket. */
const UNTIDY_SPACE = /[^\S ]|\s[\s,)]/;

type Marker = { code?: string; rule: string };

interface Title {
  /** Last token of the title phrase. */
  last: number;
  /** Countries of the demonyms in the order written ("vietnamien et thaïlandais"). */
  demonyms: string[];
  rank?: string;
  positions: string[];
  markers: Marker[];
  organisations: string[];
  plural: boolean;
  honorific?: string;
}

interface Draft {
  start: number;
  end: number;
  tokens: number[];
  rule: string;
  title?: Title;
}

export interface PersonScan {
  mentions: PersonMention[];
}

const MARKER_ORDER = ['country.demonym-in-title', 'country.of-title', 'country.organisation', 'country.organisation-compound', 'country.international-org'];

function isTitleStart(m: LexMatch | undefined): boolean {
  return !!m && (m.entry.kind === 'office' || m.entry.kind === 'rank' || m.entry.kind === 'honorific');
}

/**
 * The position an office opens in a title, as offsets in the text. trimEnd: where the position ends when only country
 * complements follow ("ambassadeur [de Chine au Vietnam]"). singular: the office's name when it is written in the
 * plural ("les Premiers ministres X et Y": each is Premier ministre).
 */
interface Position {
  start: number;
  end: number;
  skip: Array<[number, number]>;
  trimEnd?: number;
  singular?: { end: number; name: string };
}

function extendPositionTo(position: Position | undefined, end: number, country: boolean): void {
  if (!position) return;
  if (country) position.trimEnd ??= position.end;
  else position.trimEnd = undefined;
  position.end = end;
}

/** Adds the position's tidy text to the title's positions; returns undefined, the position being closed. */
function closePositionOf(ctx: ScanContext, title: Title, position: Position | undefined): undefined {
  if (!position) return undefined;
  let out = position.singular ? position.singular.name : '';
  let at = position.singular ? position.singular.end : position.start;
  const end = position.trimEnd ?? position.end;
  for (const [s, e] of position.skip.sort((a, b) => a[0] - b[0])) {
    if (s >= end) break;
    out += ctx.text.slice(at, s);
    at = e;
  }
  out += ctx.text.slice(at, Math.max(at, end));
  const clean = (UNTIDY_SPACE.test(out) ? out.replace(/\s+/g, ' ').replace(/\s+([,)])/g, '$1') : out).trim();
  if (clean) title.positions.push(clean);
  return undefined;
}

/** Parses a title phrase starting at token `i` (an office, rank or honorific, maybe after a determiner). */
function parseTitle(ctx: ScanContext, i: number, orgs: OrgIndex, stopAt = Infinity): Title | undefined {
  const { tokens, gazetteers } = ctx;
  let j = i;
  while (tokens[j] && DETERMINERS.has(tokens[j].folded) && !hasBreakBefore(ctx, j + 1)) j++;
  const first = matchStartingAt(ctx, j);
  if (!isTitleStart(first)) return undefined;
  const title: Title = { last: j, demonyms: [], positions: [], markers: [], organisations: [], plural: false };
  const prev = tokens[i - 1];
  if (prev && PLURAL_MARKS.has(prev.folded)) title.plural = true;
  if (tokens[i - 2] && PLURAL_MARKS.has(tokens[i - 2].folded) && prev && !prev.cap) title.plural = true;
  let k = j;
  let position: Position | undefined;
  while (k < tokens.length) {
    const m = matchStartingAt(ctx, k);
    if (!m || !isTitleStart(m)) break;
    const endTok = tokenBefore(ctx, m.end);
    if (m.entry.kind === 'rank') {
      position = closePositionOf(ctx, title, position);
      title.rank = gazetteers.ranks.get(m.entry.id)?.name;
    } else if (m.entry.kind === 'honorific') {
      position = closePositionOf(ctx, title, position);
      title.honorific = m.text;
    } else {
      position = closePositionOf(ctx, title, position);
      if (m.text.endsWith('s') && !(gazetteers.offices.get(m.entry.id)?.name ?? '').endsWith('s')) title.plural = true;
      const office = gazetteers.offices.get(m.entry.id);
      if (!office?.relational) {
        position = { start: m.start, end: m.end, skip: [] };
        if (m.text.endsWith('s') && !(office?.name ?? '').endsWith('s') && foldName(m.text).replace(/s\b/g, '') === foldName(office?.name ?? '').replace(/s\b/g, '')) {
          position.singular = { end: m.end, name: office!.name };
        }
      }
    }
    title.last = endTok;
    k = endTok + 1;
    // Modifiers and complement.
    let pendingLink: string | undefined;
    let inComplement = false;
    while (k < tokens.length) {
      const t = tokens[k];
      if (hasBreakBefore(ctx, k) || t.sentence !== tokens[j].sentence) break;
      const mk = matchStartingAt(ctx, k);
      if (mk?.entry.kind === 'demonym' || mk?.entry.kind === 'country-prefix') {
        title.markers.push({ code: mk.entry.id, rule: 'country.demonym-in-title' });
        title.demonyms.push(mk.entry.id);
        if (position && (!pendingLink || pendingLink === 'et')) {
          const first = pendingLink === 'et' ? tokens[k - 1] : tokens[k];
          position.skip.push([first.start - first.gapBefore.length, mk.end]);
        }
        k = tokenBefore(ctx, mk.end) + 1;
        if (!pendingLink || pendingLink === 'et') title.last = k - 1;
        pendingLink = undefined;
        if (position) position.end = Math.max(position.end, mk.end);
        continue;
      }
      if (TITLE_LINKS.has(plain(t.text)) || t.elision) {
        if (t.folded === 'et') {
          const next = matchStartingAt(ctx, k + 1);
          const nt = tokens[k + 1];
          if (isTitleStart(next) || !nt || (nt.cap && !pendingLink && !(inComplement && !next && !hasBreakBefore(ctx, k + 1) && tokens[k + 2] && hasBreakBefore(ctx, k + 2)))) break;
        }
        inComplement = true;
        pendingLink = pendingLink ? `${pendingLink} ${t.folded}` : t.folded;
        k++;
        continue;
      }
      if (mk && isTitleStart(mk)) {
        if (!pendingLink) break;
        // "assistant adjoint du Secrétaire d'Etat américain": an office inside the complement.
        k = tokenBefore(ctx, mk.end) + 1;
        title.last = k - 1;
        extendPositionTo(position, mk.end, false);
        pendingLink = undefined;
        continue;
      }
      const org = orgs.at(t.start);
      if (org && pendingLink) {
        title.organisations.push(org.key);
        if (org.country) title.markers.push({ code: org.country, rule: 'country.organisation' });
        else if (org.rule === 'organisation.gazetteer' || org.rule === 'organisation.learnt') {
          const entry = gazetteers.organisations.get(org.key.slice(4));
          if (entry && !entry.country) title.markers.push({ rule: 'country.international-org' });
        }
        const nested = matchesWithin(ctx, org.start, org.end).filter((x) => isCountryKind(x.entry.kind));
        const codes = [...new Set(nested.map((x) => x.entry.id))];
        if (!org.country && codes.length >= 2) title.markers.push({ rule: 'country.organisation-compound', code: codes.join('|') });
        else if (!org.country && codes.length === 1 && org.rule !== 'organisation.gazetteer') title.markers.push({ code: codes[0], rule: 'country.organisation' });
        k = tokenBefore(ctx, org.end) + 1;
        // Skip "(ACR)" right after the organisation.
        title.last = k - 1;
        extendPositionTo(position, org.end, false);
        pendingLink = undefined;
        continue;
      }
      if (mk && (mk.entry.kind === 'country' || mk.entry.kind === 'region' || mk.entry.kind === 'place') && pendingLink) {
        if (mk.entry.kind === 'country' && OF_LINKS.has(pendingLink.split(' ')[0])) title.markers.push({ code: mk.entry.id, rule: 'country.of-title' });
        k = tokenBefore(ctx, mk.end) + 1;
        title.last = k - 1;
        extendPositionTo(position, mk.end, mk.entry.kind === 'country');
        pendingLink = undefined;
        continue;
      }
      if (t.cap) {
        if (!pendingLink) break;
        if (t.allCaps && !orgs.at(t.start)) break;
        title.last = k;
        extendPositionTo(position, t.end, false);
        pendingLink = undefined;
        k++;
        continue;
      }
      if (pendingLink || /(al|ale|aux|el|elle|ien|ienne|ique|aire|if|ive|ée|é|ent|ente|ant|ante|eur|ior|iste|ier|iere|ointe|oint|ere|eres|ees|es|aux)$/u.test(t.folded) || t.folded === 'senior') {
        if (!pendingLink && isCommonWord(t.text) && !/é$|ée$/.test(t.folded)) break;
        if (!pendingLink && /(ant|ent)$/.test(t.folded) && !['permanent', 'permanente', 'adjoint', 'adjointe', 'president'].includes(t.folded)) break;
        title.last = k;
        extendPositionTo(position, t.end, false);
        pendingLink = undefined;
        k++;
        continue;
      }
      break;
    }
    position = closePositionOf(ctx, title, position);
    // An apposed title: ", lieutenant général," / "(USTR), l'ambassadeur" / "et cheffe du ...".
    const from = tokens[title.last].end;
    // A title right after another ("vice-ministre ... le général") goes on the same chain.
    if (isTitleStart(matchStartingAt(ctx, title.last + 1)) && !hasBreakBefore(ctx, title.last + 1)) {
      k = title.last + 1;
      continue;
    }
    // The link is a bracket, a comma or "et": most titles are followed by none of them (the pattern's groups need one).
    const first = firstNonSpaceWithin(ctx.text, from, 40);
    if (first !== '(' && first !== ',' && first !== 'e') break;
    const link = /^(\s*\([A-Z][^()]{0,12}\))?\s*(,|et\b)?\s*/u.exec(ctx.text.slice(from, from + 40));
    if (!link || (!link[1] && !link[2])) break;
    let next = tokenAtOrAfter(ctx, from + link[0].length);
    while (tokens[next] && DETERMINERS.has(tokens[next].folded)) next++;
    if (!tokens[next] || tokens[next].start >= stopAt) break;
    if (!isTitleStart(matchStartingAt(ctx, next))) break;
    k = next;
  }
  title.markers.sort((a, b) => MARKER_ORDER.indexOf(a.rule) - MARKER_ORDER.indexOf(b.rule));
  return title;
}

/** The honorific match that starts token `i` itself, if any (`nameRun` then starts the name after it). */
function openingHonorific(ctx: ScanContext, i: number): LexMatch | undefined {
  const h = matchStartingAt(ctx, i);
  return h?.entry.kind === 'honorific' && h.start === ctx.tokens[i]?.start ? h : undefined;
}

/** A run of name tokens from `i`: capitalised words (and particles inside), not gazetteer entities, up to 5. */
function nameRun(ctx: ScanContext, i: number, orgs: OrgIndex, allowLowerSurname = false): number[] {
  const { tokens, gazetteers } = ctx;
  const run: number[] = [];
  // An honorific ("Mme", "Monsieur") opens the run but is not part of the name.
  for (let h = openingHonorific(ctx, i); h; h = openingHonorific(ctx, i)) {
    const next = tokenAtOrAfter(ctx, h.end);
    // An honorific glued to what follows inside one token ("M.Lesotho") would start over at the same token forever.
    if (next <= i) return run;
    i = next;
    if (!tokens[i] || /[,;:()]/.test(tokens[i].gapBefore)) return run;
  }
  for (let k = i; k < tokens.length && run.length < 6; k++) {
    const t = tokens[k];
    if (k > i && (hasBreakBefore(ctx, k) || t.sentence !== tokens[i].sentence)) break;
    if (k > i && t.gapBefore.length === 0 && !isLatinCapital(t.text.charCodeAt(0))) break;
    const lowerSurname = allowLowerSurname && k === i && gazetteers.surnames.has(t.folded);
    if (!t.cap && !lowerSurname && !(run.length > 0 && /^(al|el|ad|as|ash|at|az|bin|ben|abu|ibn)-\p{Lu}/u.test(t.text))) {
      if (gazetteers.nameParticles.has(t.text) && run.length && tokens[k + 1]?.cap) { run.push(k); continue; }
      break;
    }
    if (t.allCaps && t.text.length > 1 && !t.text.includes('-')) break;
    if (t.elision) break;
    if (gazetteers.personStopwords.has(t.folded)) break;
    const m = matchStartingAt(ctx, k);
    // Inside a name, words that are also a demonym or a place ("Vu Le Thai Hoang", "Nguyen Thanh Hoa") are name words.
    const nameWord = run.length > 0 && (m?.entry.kind === 'demonym' || m?.entry.kind === 'place');
    if (m && m.start <= t.start + 0 && m.entry.kind !== 'honorific' && !nameWord) break;
    if (orgs.containing(t.start, t.end)) break;
    if (inCredit(ctx, t.start, t.end)) break;
    if (isAsciiDigit(t.text.charCodeAt(0))) break;
    run.push(k);
  }
  while (run.length && gazetteers.nameParticles.has(tokens[run[run.length - 1]].text)) run.pop();
  return run;
}

/**
 * `nameRun`'s answers for one document, remembered per start token and flag: the rules ask again for the same tokens
 * (every capitalised word, up to four times). Callers only read the runs.
 */
class NameRuns {
  /** Two slots (without and with the flag) per token and for the end of the tokens, where `tokenAtOrAfter` finds none. */
  private readonly known: Array<number[] | undefined>;
  constructor(private readonly ctx: ScanContext, private readonly orgs: OrgIndex) {
    this.known = new Array<number[] | undefined>(2 * (ctx.tokens.length + 1)).fill(undefined);
  }

  /** The run from token `i`, 0 <= i <= tokens.length. */
  from(i: number, allowLowerSurname = false): number[] {
    // The flag only counts for a first word without a capital: from a capitalised token that no honorific opens (which
    // would move the start on), both runs are the same, and the one without the flag is the one the rules ask for most.
    if (allowLowerSurname && this.ctx.tokens[i]?.cap && !openingHonorific(this.ctx, i)) allowLowerSurname = false;
    return this.known[2 * i + (allowLowerSurname ? 1 : 0)] ??= nameRun(this.ctx, i, this.orgs, allowLowerSurname);
  }
}

/** An ASCII letter or digit, or a Latin letter from U+00C0 to U+024F (none of them whitespace, a bracket or a comma). */
function isLatinLetterOrDigit(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)
    || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7);
}

/** The first character of text[from, from + length) that is not whitespace (`\s`), or '' if none. */
function firstNonSpaceWithin(text: string, from: number, length: number): string {
  for (let k = from, to = Math.min(text.length, from + length); k < to; k++) if (!isWhitespaceCode(text.charCodeAt(k))) return text[k];
  return '';
}

/** `/[A-ZÀ-Þ]/` for one code unit. */
const isLatinCapital = (code: number): boolean => (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0xde);
/** `/\d/` (ASCII digits) for one code unit. */
const isAsciiDigit = (code: number): boolean => code >= 0x30 && code <= 0x39;

/** `text[from, from + length)` contains `ch`: a pattern read over that slice needing `ch` cannot match without it. */
function hasCharWithin(text: string, ch: string, from: number, length: number): boolean {
  const code = ch.charCodeAt(0);
  for (let k = from, to = Math.min(text.length, from + length); k < to; k++) if (text.charCodeAt(k) === code) return true;
  return false;
}

/** The draft whose name ends exactly at `end`, if any. */
function lastDraftEndingAt(drafts: Map<number, Draft>, end: number | undefined): Draft | undefined {
  if (end === undefined) return undefined;
  for (const d of drafts.values()) if (d.end === end) return d;
  return undefined;
}

const coveredScratch = new ScratchArray((n) => new Uint8Array(n));

/** Indexes of the tokens that start with a capital, in order. */
function capitalisedTokens(tokens: WordToken[]): number[] {
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) if (tokens[i].cap) out.push(i);
  return out;
}

/** Finds person mentions in the document. */
export function findPersons(ctx: ScanContext, orgs: OrgIndex): PersonMention[] {
  const { tokens } = ctx;
  const drafts = new Map<number, Draft>();
  const runs = new NameRuns(ctx, orgs);
  const covered = coveredScratch.take(ctx.text.length);
  const addDraft = (run: number[], rule: string, title?: Title) => {
    if (!run.length) return;
    const start = tokens[run[0]].start;
    const existing = drafts.get(start);
    if (existing) {
      if (title && existing.title) {
        existing.title.positions.push(...title.positions.filter((p) => !existing.title!.positions.includes(p)));
        existing.title.markers.push(...title.markers);
        existing.title.markers.sort((a, b) => MARKER_ORDER.indexOf(a.rule) - MARKER_ORDER.indexOf(b.rule));
        existing.title.organisations.push(...title.organisations);
        existing.title.rank ??= title.rank;
      } else if (title) existing.title = title;
      return;
    }
    const end = tokens[run[run.length - 1]].end;
    drafts.set(start, { start, end, tokens: run, rule, title });
    covered.fill(1, start, end);
  };

  // 1. After a title: "le général X", "le vice-ministre de la Défense, X", "M. X".
  for (let i = 0; i < tokens.length; i++) {
    const m = matchStartingAt(ctx, i);
    if (!isTitleStart(m)) continue;
    // "X, chef d'état-major général, le colonel Y": a title right after a name and a comma describes that name.
    let d = i;
    while (d > 0 && DETERMINERS.has(tokens[d - 1].folded) && !hasBreakBefore(ctx, d)) d--;
    const previous = lastDraftEndingAt(drafts, tokens[d - 1]?.end);
    if (previous && /^\s*(\([^()]{1,30}\)\s*)?,\s*$/.test(ctx.text.slice(previous.end, tokens[d].start))) {
      const apposed = parseTitle(ctx, d, orgs);
      if (apposed) {
        // Offices go to the name before; a rank after a further comma opens the next person ("..., le colonel Y").
        let nextRank = -1;
        for (let k = d + 1; k <= apposed.last && nextRank < 0; k++) {
          const mk = matchStartingAt(ctx, k);
          if (mk?.entry.kind === 'rank' && /,/.test(ctx.text.slice(tokens[d].start, tokens[k].start))) nextRank = k;
        }
        const own = nextRank >= 0 ? parseTitle(ctx, d, orgs, tokens[nextRank].start) : apposed;
        if (own) addDraft(previous.tokens, previous.rule, { ...own, honorific: undefined });
        i = (nextRank >= 0 ? nextRank : apposed.last + 1) - 1;
        continue;
      }
    }
    const title = parseTitle(ctx, i, orgs);
    if (!title) continue;
    // The honorific's own full stop ("M.") is not a break; an acronym in brackets may sit before the comma.
    const from = tokens[title.last].end + (title.honorific?.endsWith('.') && ctx.text[tokens[title.last].end] === '.' ? 1 : 0);
    // Most often one space, then a letter: the gap pattern would match just that space.
    const gap = ctx.text.charCodeAt(from) === 0x20 && isLatinLetterOrDigit(ctx.text.charCodeAt(from + 1)) ? 1
      : /^(\s*\([A-Z][A-Za-z0-9+-]{1,10}\s*\))?\s*,?\s*/u.exec(ctx.text.slice(from, from + 30))![0].length;
    const n = tokenAtOrAfter(ctx, from + gap);
    if (!tokens[n] || /[^\s,()A-Za-z0-9+-]/.test(ctx.text.slice(from, tokens[n].start))) { i = title.last; continue; }
    const run = runs.from(n);
    if (run.length === 0) { i = title.last; continue; }
    if (run.length === 1 && isCommonWord(tokens[run[0]].text)) { i = title.last; continue; }
    // "les anciens SG X et Y": every name listed takes the title when it is plural.
    const names = [run];
    let after = run[run.length - 1] + 1;
    while (tokens[after] && tokens[after].folded === 'et' && !hasBreakBefore(ctx, after)) {
      const more = runs.from(after + 1, true);
      if (more.length < 2 || hasBreakBefore(ctx, after + 1)) break;
      names.push(more);
      after = more[more.length - 1] + 1;
    }
    // "les ministres vietnamien et thaïlandais, X et Y": the demonyms go to the names in order.
    const respective = title.plural && names.length > 1 && title.demonyms.length === names.length;
    names.forEach((n, k) => {
      const own = respective
        ? { ...title, markers: [{ code: title.demonyms[k], rule: 'country.demonym-in-title' }, ...title.markers.filter((x) => x.rule !== 'country.demonym-in-title')] }
        : k === 0 || title.plural ? { ...title, markers: [...title.markers] } : undefined;
      addDraft(n, k === 0 ? (title.honorific && !title.positions.length && !title.rank ? 'person.after-honorific' : 'person.after-title') : 'person.coordinated', own);
    });
    i = run[run.length - 1];
  }

  // Steps 2, 4, 5 and 6 start at capitalised tokens only: they walk these, skipping those at or before `done` (the
  // last token of a name just taken).
  const capitalised = capitalisedTokens(tokens);

  // 2. Before an apposition: "X, directrice de ...", "X (à gauche), vice-président de ...".
  for (let c = 0, done = -1; c < capitalised.length; c++) {
    const i = capitalised[c];
    if (i <= done) continue;
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (prev && prev.cap && !hasBreakBefore(ctx, i)) continue;
    const run = runs.from(i);
    if (run.length < 2) continue;
    if (isCommonWord(t.text)) continue;
    const last = run[run.length - 1];
    // The apposition's comma must lie within the 40 characters the pattern reads: most names have none there.
    if (!hasCharWithin(ctx.text, ',', tokens[last].end, 40)) continue;
    const after = /^\s*(\([^()]{1,30}\)\s*)?,\s*/u.exec(ctx.text.slice(tokens[last].end, tokens[last].end + 40));
    if (!after) continue;
    const title = parseTitle(ctx, tokenAtOrAfter(ctx, tokens[last].end + after[0].length), orgs);
    if (!title) continue;
    addDraft(run, 'person.apposition', title);
    done = last;
  }

  // 3. Coordinated with a known person: "X (à gauche) et Y", "X, ministre de ..., et Y".
  for (const draft of [...drafts.values()]) {
    const ends = [tokens[draft.tokens[draft.tokens.length - 1]].end];
    if (draft.rule === 'person.apposition' && draft.title) ends.push(tokens[draft.title.last].end);
    for (const end of ends) {
      const link = /^\s*(\([^()]{1,30}\)\s*)?,?\s*et\s+/u.exec(ctx.text.slice(end, end + 50));
      if (!link) continue;
      const run = runs.from(tokenAtOrAfter(ctx, end + link[0].length), true);
      if (run.length < 2 || drafts.has(tokens[run[0]].start) || isCommonWord(tokens[run[0]].text)) continue;
      addDraft(run, 'person.coordinated');
    }
  }

  // 4. A position marker in brackets after capitalised words is a caption naming a person: "X (à gauche)".
  for (let c = 0, done = -1; c < capitalised.length; c++) {
    const i = capitalised[c];
    if (i <= done) continue;
    const t = tokens[i];
    if (drafts.has(t.start) || (tokens[i - 1]?.cap && !hasBreakBefore(ctx, i))) continue;
    const run = runs.from(i, true);
    if (run.length < 2 || isCommonWord(t.text)) continue;
    const end = tokens[run[run.length - 1]].end;
    if (!hasCharWithin(ctx.text, '(', end, 40) || !CAPTION_MARK.test(ctx.text.slice(end, end + 40))) continue;
    addDraft(run, 'person.caption');
    done = run[run.length - 1];
  }

  // 5. The shape of a name with no title around it: two to five capitalised words opening with a known family name
  //    (Nguyen, Tran...) or a first name fr-compromise knows (Samuel, Marco), none of them a gazetteer word.
  for (let c = 0, done = -1; c < capitalised.length; c++) {
    const i = capitalised[c];
    if (i <= done) continue;
    const t = tokens[i];
    if (drafts.has(t.start) || (tokens[i - 1]?.cap && !hasBreakBefore(ctx, i))) continue;
    if (covered[t.start]) continue;
    const run = runs.from(i);
    if (run.length < 2 || run.length > 5) continue;
    const firstTags = tagsOf(t.text);
    const known = ctx.gazetteers.surnames.has(t.folded) || firstTags.has('FirstName');
    if (!known || (!firstTags.has('FirstName') && isCommonWord(t.text) && !ctx.gazetteers.surnames.has(t.folded))) continue;
    if (run.some((k) => tokens[k].allCaps || headWordOf(ctx, k))) continue;
    // "Le Vietnam", "Le Premier": the first word is an article unless every word after it looks like a name.
    if (isCommonWord(t.text) && run.slice(1).some((k) => isCommonWord(tokens[k].text))) continue;
    addDraft(run, 'person.name-shape');
    done = run[run.length - 1];
  }

  // 6. Repeated names: full (any order) or a unique last name ("Lemoyne", "le général Vinh" handled above).
  const known = [...drafts.values()].map((d) => ({ draft: d, set: d.tokens.map((k) => tokens[k].folded).sort().join(' ') }));
  const knownSets = new Set(known.map((k) => k.set));
  // The words of the known names (made on first use): a run with a (space-free) word outside them cannot spell one,
  // whatever its order.
  let knownWords: Set<string> | undefined;
  const mayBeKnown = (run: number[]): boolean => {
    if (knownSets.size === 0) return false;
    knownWords ??= new Set(known.flatMap((x) => x.set.split(' ')));
    return run.every((k) => tokens[k].folded.includes(' ') || knownWords!.has(tokens[k].folded));
  };
  // Folded first or last word of a full name → the distinct names it belongs to.
  const byEdgeWord = new Map<string, Set<string>>();
  for (const k of known) {
    if (k.draft.tokens.length < 2) continue;
    for (const edge of [k.draft.tokens[0], k.draft.tokens[k.draft.tokens.length - 1]]) {
      const w = tokens[edge].folded;
      byEdgeWord.set(w, (byEdgeWord.get(w) ?? new Set()).add(k.set));
    }
  }
  for (let c = 0, done = -1; c < capitalised.length; c++) {
    const i = capitalised[c];
    if (i <= done) continue;
    const t = tokens[i];
    if (drafts.has(t.start)) continue;
    if (tokens[i - 1]?.cap && !hasBreakBefore(ctx, i) && drafts.has(tokens[i - 1].start)) continue;
    // A word inside a gazetteer name ("Hoa" of the province Thanh Hoa) is not a name on its own.
    const cover = ctx.matchCover[t.start];
    if (cover && ctx.matches[cover - 1].start < t.start) continue;
    const run = runs.from(i);
    if (!run.length) continue;
    if (covered[t.start]) continue;
    if (run.length >= 2 && mayBeKnown(run) && knownSets.has(run.map((k) => tokens[k].folded).sort().join(' '))) {
      addDraft(run, 'person.repeated');
      done = run[run.length - 1];
      continue;
    }
    if (run.length === 1 && !isCommonWord(t.text)) {
      // The last word (Lemoyne, Vinh) or, for names written family name first (Shin Won-sik), the first.
      if (byEdgeWord.get(t.folded)?.size === 1) addDraft(run, 'person.short-mention');
    }
  }

  return [...drafts.values()].sort((a, b) => a.start - b.start).map((d) => toMention(ctx, d));
}

function toMention(ctx: ScanContext, d: Draft): PersonMention {
  const { tokens } = ctx;
  const name = d.tokens.map((k) => tokens[k].text).join(' ');
  const title = d.title;
  const marker = title?.markers[0];
  const hasRole = !!title && (title.positions.length > 0 || !!title.rank);
  const mention: PersonMention = {
    kind: 'person', text: ctx.text.slice(d.start, d.end), start: d.start, end: d.end,
    sentence: tokens[d.tokens[0]].sentence, rule: d.rule, key: `person:${slugify(name)}`, name,
    positions: title?.positions ?? [], organisations: [...new Set(title?.organisations ?? [])],
  };
  if (title?.honorific) mention.honorific = title.honorific;
  if (title?.rank) mention.rank = title.rank;
  if (marker) {
    if (marker.code && !marker.code.includes('|')) mention.country = marker.code;
    mention.countryRule = marker.code?.includes('|') ? `${marker.rule}:${marker.code}` : marker.rule;
  } else if (hasRole) {
    // An office in an organisation whose country is unknown says nothing of a foreign-looking person's country.
    mention.countryRule = title!.organisations.length ? 'country.unmarked-official-of-organisation' : 'country.unmarked-official';
  }
  // "son homologue X": someone's counterpart is, unless the text says otherwise, from the other side.
  else if (title && !hasRole && title.markers.length === 0 && /homologue/i.test(ctx.text.slice(Math.max(0, d.start - 40), d.start))) mention.countryRule = 'country.unmarked-counterpart';
  return mention;
}

export { tokenAtOrAfter };
