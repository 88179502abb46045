// A document seen sentence by sentence with its person and party mentions, the shape every relation rule reads.

import { compileRuleRegExp } from './word-start-regexp.js';
import type { Doc } from '../../model/document.js';
import type { Mention, OrganisationMention, PersonMention } from '../../model/mention.js';

export interface SentenceView {
  index: number;
  start: number;
  end: number;
  text: string;
  /** True for a photo caption line (from `doc.captions`, or a line that carries a photo credit). */
  isCaption: boolean;
  persons: PersonMention[];
  /** Countries and organisations of kind `org`, not nested in another organisation's name. */
  parties: Mention[];
  /** Places, countries and organisations usable as an event's place. */
  places: Mention[];
  /** Every mention of the sentence, by offset. */
  mentions: Mention[];
}

export interface DocView {
  doc: Doc;
  sentences: SentenceView[];
}

const CREDIT = /\bphoto\s*:|\(photo\b|ảnh\s*\d|\bphoto\s+diffusée\b/iu;
/** Every credit mark contains one of these words, matched with CREDIT's own flags. */
const CREDIT_WORD = /photo|ảnh/iu;

/**
 * CREDIT on one line, after a cheap check: most lines have no credit word, while the pattern itself
 * (case-insensitive, starting with \b) is slow to run over a whole paragraph.
 */
function hasCreditMark(line: string): boolean {
  return CREDIT_WORD.test(line) && CREDIT.test(line);
}

const byOffset = (a: Mention, b: Mention): number => a.start - b.start || b.end - a.end;

function within(inner: Mention, outer: Mention): boolean {
  return inner !== outer && inner.start >= outer.start && inner.end <= outer.end;
}

/** The text line (between newlines) around an offset. */
function lineAround(text: string, offset: number): string {
  const from = text.lastIndexOf('\n', offset - 1) + 1;
  const to = text.indexOf('\n', offset);
  return text.slice(from, to < 0 ? text.length : to);
}

export function buildDocView(doc: Doc, mentions: Mention[]): DocView {
  const sorted = isSortedBy(mentions, byOffset) ? mentions : [...mentions].sort(byOffset);
  const orgs = new OrganisationSpans(sorted.filter((m) => m.kind === 'organisation'));
  const creditLines = new Map<number, boolean>();
  const sentences = doc.sentences.map((s): SentenceView => {
    const inside = mentionsWithin(sorted, s.start, s.end);
    const isCaption = doc.captions.some((c) => c.start < s.end && c.end > s.start) || lineHasCredit(doc.text, s.start, creditLines);
    // One pass sorts the sentence's mentions into the three lists, each keeping the outermost of overlapping ones.
    const persons: PersonMention[] = [], parties: Mention[] = [], places: Mention[] = [];
    for (const m of inside) {
      if (m.kind === 'person') pushUnlessOverlapping(persons, m as PersonMention);
      if (isParty(m) && !orgs.containsOther(m)) pushUnlessOverlapping(parties, m);
      if (m.kind === 'place' || m.kind === 'country') pushUnlessOverlapping(places, m);
    }
    return { index: s.index, start: s.start, end: s.end, text: s.text, isCaption, persons, parties, places, mentions: inside };
  });
  return { doc, sentences };
}

/** Whether `items` are already in `compare` order (the extractor gives mentions by offset): a stable sort would keep them. */
function isSortedBy<T>(items: T[], compare: (a: T, b: T) => number): boolean {
  for (let i = 1; i < items.length; i++) if (compare(items[i - 1], items[i]) > 0) return false;
  return true;
}

/** Whether the line around `offset` carries a photo credit, remembered per line start. */
function lineHasCredit(text: string, offset: number, known: Map<number, boolean>): boolean {
  const from = text.lastIndexOf('\n', offset - 1) + 1;
  let credit = known.get(from);
  if (credit === undefined) known.set(from, credit = hasCreditMark(lineAround(text, offset)));
  return credit;
}

/**
 * A document's organisation names sorted by start, with the furthest end reached so far at each: whether one of them
 * contains a mention is then answered by a binary search, and mostly without a scan, instead of a pass over them all.
 */
class OrganisationSpans {
  private readonly maxEnd: number[] = [];

  constructor(private readonly orgs: Mention[]) {
    let max = -Infinity;
    for (const o of orgs) this.maxEnd.push(max = Math.max(max, o.end));
  }

  /** True when an organisation other than `m` itself spans `m` (what `within` tests). */
  containsOther(m: Mention): boolean {
    // Organisations starting at or before m: a prefix of the sorted list.
    let lo = 0, hi = this.orgs.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.orgs[mid].start <= m.start) lo = mid + 1; else hi = mid;
    }
    if (lo === 0 || this.maxEnd[lo - 1] < m.end) return false;
    for (let k = lo - 1; k >= 0; k--) if (within(m, this.orgs[k])) return true;
    return false;
  }
}

/**
 * Mentions of `sorted` (by start) lying inside [start, end), in order: a binary search to the first that starts at or
 * after `start`, then a walk while they still start inside, instead of a filter over the whole document per sentence.
 */
function mentionsWithin(sorted: Mention[], start: number, end: number): Mention[] {
  let lo = 0, hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < start) lo = mid + 1; else hi = mid;
  }
  const out: Mention[] = [];
  for (let k = lo; k < sorted.length && sorted[k].start <= end; k++) if (sorted[k].end <= end) out.push(sorted[k]);
  return out;
}

/** Adds a mention (given by offset) unless it overlaps the last one kept: the outermost of overlapping mentions stays. */
function pushUnlessOverlapping<T extends Mention>(out: T[], m: T): void {
  const last = out[out.length - 1];
  if (!last || m.start >= last.end) out.push(m);
}

export function isParty(m: Mention): boolean {
  if (m.kind === 'country') return true;
  return m.kind === 'organisation' && ((m as OrganisationMention).orgKind ?? 'org') === 'org';
}

/** The name the scorer reads for a mention: a person's name, a country's ISO code, an organisation's name. */
export function endpointName(m: Mention): string {
  if (m.kind === 'country') return m.key.replace(/^country:/, '');
  if (m.kind === 'person') return (m as PersonMention).name || m.text;
  if (m.kind === 'organisation') return (m as OrganisationMention).name || m.text;
  return m.text;
}

/** Text of the document between two offsets. */
export function between(view: DocView, from: number, to: number): string {
  return view.doc.text.slice(from, Math.max(from, to));
}

/** The last of `mentions` (by offset) ending at or before `offset` with no clause break (`;`) in between. */
export function lastBeforeInClause<T extends Mention>(view: DocView, mentions: T[], offset: number): T | undefined {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const m = mentions[i];
    if (m.end <= offset && !hasSemicolon(view.doc.text, m.end, offset)) return m;
  }
  return undefined;
}

/** Whether `text.slice(from, to)` contains a `;`, without slicing. */
function hasSemicolon(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 0x3b) return true;
  return false;
}

/** Items grouped by the index of their sentence, each group in the items' order. */
export function groupBySentence<T extends { sentence: SentenceView }>(items: T[]): Map<number, T[]> {
  const out = new Map<number, T[]>();
  for (const item of items) {
    const list = out.get(item.sentence.index);
    if (list) list.push(item); else out.set(item.sentence.index, [item]);
  }
  return out;
}

/** The country a mention stands for: the country itself, or a person's or organisation's country. */
export function countryOf(m: Mention): string | undefined {
  if (m.kind === 'country') return m.key.replace(/^country:/, '');
  if (m.kind === 'person') return (m as PersonMention).country;
  if (m.kind === 'organisation') return (m as OrganisationMention).country;
  return undefined;
}

/** Every match of `pattern` in `text`, as [start, end) offsets local to `text`. */
const globalVersions = new WeakMap<RegExp, RegExp>();

export function matchAll(pattern: RegExp, text: string): Array<{ start: number; end: number; text: string }> {
  let global = globalVersions.get(pattern);
  if (!global) {
    global = compileRuleRegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : pattern.flags + 'g');
    globalVersions.set(pattern, global);
  }
  global.lastIndex = 0;
  const out = [];
  // An exec loop on one shared pattern: String.prototype.matchAll would clone the pattern on every call.
  for (let m = global.exec(text); m; m = global.exec(text)) {
    if (m[0].length === 0) {
      global.lastIndex++;
      continue;
    }
    out.push({ start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  return out;
}
