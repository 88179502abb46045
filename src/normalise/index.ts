// Normalise stage: repairs a raw source's text and splits it into a page and its teasers, with sentences.

import { hash } from 'node:crypto';
import { hashSourceText, type DateValue, type Doc, type NormalisedSource, type RawSource, type Sentence } from '../model/document.js';
import { findDates } from '../lang/dates.js';
import { findGlueBreaks } from '../lang/glue.js';
import { firstSentence, splitSentences } from '../lang/sentences.js';
import { compact, readPageLayout, type Block, type PageLayout } from './page-layout.js';
import { TracedText } from './traced-text.js';

export function normaliseSource(raw: RawSource): NormalisedSource {
  const sourceHash = hashSourceText(raw.text);
  const layout = readPageLayout(raw.text);
  const base = { file: raw.file, location: raw.location, sourceHash };
  // Titles are repaired for the doc's title and again as the doc's first block: the second time is a lookup.
  const repaired = new Map<TracedText, TracedText>();
  const repair = (text: TracedText): TracedText => {
    let out = repaired.get(text);
    if (!out) repaired.set(text, out = repairGlue(text));
    return out;
  };
  if (!layout) {
    return { page: buildDoc([], { ...base, kind: 'page', title: raw.title ?? '' }, repair), teasers: [] };
  }
  const { published, contextYear } = pageDates(raw, layout);
  const datelineDate = layout.dateline?.date ? findDates(layout.dateline.date, { year: contextYear })[0] : undefined;
  // Without a container date, the dateline's date ("Paris, 19 septembre (VNA)") is the publication date.
  const page = buildDoc(pageBlocks(layout), {
    ...base, kind: 'page', title: repair(layout.title).text, published: published ?? stripSpan(datelineDate), contextYear,
    dateline: layout.dateline, datelineDate: stripSpan(datelineDate),
  }, repair);
  const teasers: Doc[] = [];
  const seen = new Set<string>([page.id]);
  for (const item of layout.teasers) {
    const blocks: Block[] = [];
    if (item.title) blocks.push({ role: 'title', text: item.title });
    if (item.caption) blocks.push({ role: 'caption', text: item.caption });
    if (item.summary) blocks.push({ role: 'body', text: item.summary });
    const teaser = buildDoc(blocks, {
      ...base, kind: 'teaser', parentId: page.id, title: item.title ? repair(item.title).text : '', contextYear,
    }, repair);
    if (seen.has(teaser.id)) continue;
    seen.add(teaser.id);
    teasers.push(teaser);
  }
  return { page, teasers };
}

/**
 * The page's blocks in reading order, headed by the title. The title stays in the text as its own first sentence,
 * because headlines name people and organisations the lead sometimes does not (and extractors count them); it is
 * left out only when it repeats the lead's first sentence word for word, so evidence is not doubled.
 */
function pageBlocks(layout: PageLayout): Block[] {
  const lead = layout.blocks.find((b) => b.role === 'lead');
  const leadFirst = lead ? firstSentence(lead.text.text) : undefined;
  const duplicate = lead && leadFirst && compact(lead.text.text.slice(leadFirst.start, leadFirst.end)) === compact(layout.title.text);
  return duplicate ? layout.blocks : [{ role: 'title', text: layout.title }, ...layout.blocks];
}

/** Publication date and year for partial dates: the container's date first, else a year written in the dateline. */
function pageDates(raw: RawSource, layout: PageLayout): { published?: DateValue; contextYear?: number } {
  if (raw.published && /^\d{4}-\d{2}-\d{2}/.test(raw.published)) {
    return {
      published: { iso: raw.published.slice(0, 10), text: raw.published, rule: raw.format === 'feed-item' ? 'feed-date' : 'html-meta-date' },
      contextYear: Number(raw.published.slice(0, 4)),
    };
  }
  const year = /\b(1[89]\d{2}|2[01]\d{2})\b/.exec(layout.dateline?.date ?? '')?.[1];
  return { contextYear: year ? Number(year) : undefined };
}

interface DocMeta {
  file: string;
  location: string;
  sourceHash: string;
  kind: 'page' | 'teaser';
  parentId?: string;
  title: string;
  published?: DateValue;
  contextYear?: number;
  dateline?: PageLayout['dateline'];
  datelineDate?: DateValue;
}

/** Joins repaired blocks one per line, and computes sentences, caption and dateline spans, id and offset map. */
function buildDoc(blocks: Block[], meta: DocMeta, repair: (text: TracedText) => TracedText): Doc {
  const pieces = blocks.map((b) => (b.role === 'dateline' ? b.text : repair(b.text)));
  const joined = TracedText.join(pieces, '\n');
  const spans: Array<{ role: Block['role']; start: number; end: number }> = [];
  let offset = 0;
  pieces.forEach((piece, i) => {
    spans.push({ role: blocks[i].role, start: offset, end: offset + piece.length });
    offset += piece.length + 1;
  });
  const text = joined.text;
  const datelineSpan = spans.find((s) => s.role === 'dateline');
  const sentences: Sentence[] = splitSentences(text, datelineSpan ? [datelineSpan] : [])
    .map((s, index) => ({ index, start: s.start, end: s.end, text: text.slice(s.start, s.end) }));
  const doc: Doc = {
    id: `doc:${sha256(text).slice(0, 16)}`,
    file: meta.file,
    location: meta.location,
    kind: meta.kind,
    title: meta.title,
    text,
    sentences,
    toSource: mapToSource(joined),
    captions: spans.filter((s) => s.role === 'caption').map(({ start, end }) => ({ start, end })),
    sourceHash: meta.sourceHash,
  };
  if (meta.parentId) doc.parentId = meta.parentId;
  if (meta.published) doc.published = meta.published;
  if (meta.contextYear) doc.contextYear = meta.contextYear;
  if (meta.dateline && datelineSpan) {
    doc.dateline = {
      place: meta.dateline.place, agency: meta.dateline.agency, start: datelineSpan.start, end: datelineSpan.end,
      ...(meta.datelineDate ? { date: meta.datelineDate } : {}),
    };
  }
  return doc;
}

/** A block with glued words split (the inserted spaces map to the character after them). */
function repairGlue(text: TracedText): TracedText {
  return text.insertSpaces(findGlueBreaks(text.text));
}

/** Offset in the doc's text → offset in the raw source (clamped to the text). */
function mapToSource(text: TracedText): (offset: number) => number {
  return (o) => {
    const i = Math.max(0, Math.min(text.length, Math.trunc(o)));
    // What is not a number maps to nothing, as it did when this read an array of offsets.
    return Number.isNaN(i) ? (undefined as unknown as number) : text.originAt(i);
  };
}

function stripSpan<T extends { start: number; end: number }>(value: T | undefined): Omit<T, 'start' | 'end'> | undefined {
  if (!value) return undefined;
  const { start: _s, end: _e, ...rest } = value;
  return rest;
}

function sha256(value: string): string {
  return hash('sha256', value, 'hex');
}
