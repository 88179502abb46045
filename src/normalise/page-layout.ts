// Reads the layout of a page dump: title, lead, dateline, body, captions, sign-off, and the teaser items after "Voir plus".

import { foldName } from '../lang/fold.js';
import { loadMarkers, mayEndWithCredit, mayHoldCaptionMarker, type Markers } from './markers.js';
import { TracedText } from './traced-text.js';

export type BlockRole = 'title' | 'lead' | 'body' | 'caption' | 'dateline';

export interface Block {
  role: BlockRole;
  text: TracedText;
}

export interface DatelineParts {
  place?: string;
  date?: string;
  agency?: string;
}

export interface PageLayout {
  title: TracedText;
  /** Blocks of the main article in reading order (the title not included). */
  blocks: Block[];
  dateline?: DatelineParts & { block: Block };
  signOff?: string;
  /** The lead was repeated (glued) as the body's first paragraph and that copy was dropped. */
  repeatedLeadDropped: boolean;
  teasers: TeaserLayout[];
}

export interface TeaserLayout {
  title?: TracedText;
  caption?: TracedText;
  summary?: TracedText;
}

/** Non-empty lines of the source, each trimmed and with inner white space collapsed, offsets kept. */
export function splitLines(source: string): TracedText[] {
  const lines: TracedText[] = [];
  const re = /\r\n|\n|\r/g;
  let start = 0;
  let m: RegExpExecArray | null;
  const push = (end: number) => {
    const line = TracedText.fromSource(source, start, end).collapseSpaces();
    if (line.length) lines.push(line);
  };
  while ((m = re.exec(source))) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(source.length);
  return lines;
}

/** Letters and digits only, folded: two copies of a paragraph compare equal whatever their glue and punctuation. */
export function compact(value: string): string {
  // Folding works character by character (decomposition, marks off, lower case, then only a-z and 0-9 kept), so each
  // character's contribution is looked up once; strings with surrogate pairs take the folding path as a whole.
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const code = value.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return compactByFolding(value);
    out += compactChar[code] ??= compactByFolding(value[i]);
  }
  return out;
}

/** The reference definition of `compact`. */
export function compactByFolding(value: string): string {
  return foldName(value).replace(/[^a-z0-9]/g, '');
}

/** What each UTF-16 code unit (outside surrogates) contributes to `compact`: "" or one letter or digit. */
const compactChar: Array<string | undefined> = new Array(0x10000).fill(undefined);

export function readPageLayout(source: string): PageLayout | undefined {
  const markers = loadMarkers();
  const lines = splitLines(source);
  if (lines.length === 0) return undefined;
  const [title, ...rest] = lines;
  const seeMore = rest.findIndex((l) => isSeeMore(l.text, markers));
  const main = seeMore < 0 ? rest : rest.slice(0, seeMore);
  const tail = seeMore < 0 ? [] : rest.slice(seeMore + 1);

  const layout: PageLayout = { title, blocks: [], repeatedLeadDropped: false, teasers: [] };
  const titleKey = compact(title.text);
  const sameAsTitle = (line: TracedText) => nearLength(line.text, title.text) && compact(line.text) === titleKey;
  let lead: TracedText | undefined;
  let leadKeys: LeadKeys | undefined;
  // The sign-off sits on the last line that is not a caption.
  let lastTextLine = main.length - 1;
  while (lastTextLine > 0 && readCaption(main[lastTextLine], markers) !== undefined) lastTextLine--;
  main.forEach((line, i) => {
    if (sameAsTitle(line)) return;
    const caption = readCaption(line, markers);
    if (caption !== undefined) {
      if (caption.length) layout.blocks.push({ role: 'caption', text: caption });
      return;
    }
    let paragraph = line;
    // Only the first dateline is read: once found, lines are not matched against the pattern again.
    const dateline = layout.dateline ? null : markers.dateline.exec(paragraph.text);
    if (dateline) {
      const block: Block = { role: 'dateline', text: paragraph.slice(0, dateline[0].length).collapseSpaces() };
      layout.blocks.push(block);
      layout.dateline = { place: dateline.groups?.place?.trim(), date: dateline.groups?.date, agency: dateline.groups?.agency, block };
      paragraph = paragraph.slice(dateline[0].length);
    }
    if (i === lastTextLine) {
      const signOff = markers.signOff.exec(paragraph.text);
      if (signOff) {
        layout.signOff = signOff.groups?.agency;
        paragraph = paragraph.cut(signOff.index, paragraph.length);
      }
    }
    if (!paragraph.length) return;
    if (!lead) {
      lead = paragraph;
      layout.blocks.push({ role: 'lead', text: paragraph });
      return;
    }
    if (nearLength(paragraph.text, lead.text) && isRepeatOf(paragraph.text, leadKeys ??= new LeadKeys(lead.text))) {
      layout.repeatedLeadDropped = true;
      return;
    }
    layout.blocks.push({ role: 'body', text: paragraph });
  });
  layout.teasers = readTeasers(tail, markers);
  return layout;
}

/**
 * The caption text of a caption line (credit and image placeholder removed, possibly empty), or undefined when the
 * line is not a caption. "Title ảnh 1Caption. Photo : VNA" gives "Caption."; "Caption. Photo : VNA" gives "Caption.".
 */
const CREDIT_TAIL = 140;

export function readCaption(line: TracedText, markers: Markers): TracedText | undefined {
  let text = line;
  let isCaption = false;
  const marker = mayHoldCaptionMarker(text.text, markers) ? markers.captionMarker.exec(text.text) : null;
  if (marker) {
    text = text.slice(marker.index + marker[0].length);
    isCaption = true;
  }
  // A credit is short and ends the line: only the line's tail is searched, so long paragraphs cost nothing.
  const tailStart = Math.max(0, text.length - CREDIT_TAIL);
  const tail = tailStart ? text.text.slice(tailStart) : text.text;
  const credit = mayEndWithCredit(tail, markers) ? markers.credit.exec(tail) : null;
  if (credit) {
    text = text.cut(tailStart + credit.index, text.length);
    isCaption = true;
  }
  return isCaption ? text.collapseSpaces() : undefined;
}

/** "Voir plus", "Lire aussi :" and the like; lines longer than any such marker are answered without folding them. */
function isSeeMore(line: string, markers: Markers): boolean {
  let end = line.length;
  while (end > 0 && SEE_MORE_TRAIL.test(line[end - 1])) end--;
  // Lower-casing never shortens a line, so a line longer than every marker once its tail is off cannot be one.
  if (end > markers.seeMoreMaxLength) return false;
  return markers.seeMore.has(line.toLowerCase().replace(/[\s:»>.…]+$/u, ''));
}

const SEE_MORE_TRAIL = /[\s:»>.…]/u;

function looksLikeTitle(text: string): boolean {
  return text.length < 160 && !/[.!?…»"”)]$/u.test(text);
}

/** Cheap test before comparing folded copies: glue and punctuation change a length by far less than a fifth. */
function nearLength(a: string, b: string): boolean {
  return a.length <= b.length * 1.25 + 4 && b.length <= a.length * 1.25 + 4;
}

/** The first letters of a paragraph, folded: copies of one paragraph start alike. */
function startKey(paragraph: string): string {
  return compact(paragraph.slice(0, 60)).slice(0, 24);
}

/** The lead's folded letters, first the start only, the whole when a paragraph starts alike: computed once a page. */
class LeadKeys {
  private startKey?: string;
  private wholeKey?: string;

  constructor(private readonly lead: string) {}

  get start(): string {
    return this.startKey ??= startKey(this.lead);
  }

  get whole(): string {
    return this.wholeKey ??= compact(this.lead);
  }
}

/** The body's first paragraph repeats the lead when, letters only, one holds the other and they are nearly as long. */
function isRepeatOf(paragraph: string, lead: LeadKeys): boolean {
  // Compare the first letters before folding whole paragraphs.
  if (startKey(paragraph) !== lead.start) return false;
  const a = compact(paragraph);
  const b = lead.whole;
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 0.9 * long.length && long.includes(short);
}

/** Teaser items after "Voir plus": an optional caption, a title (sometimes printed twice), a summary. */
function readTeasers(lines: TracedText[], markers: Markers): TeaserLayout[] {
  const items: TeaserLayout[] = [];
  let current: TeaserLayout = {};
  const flush = () => {
    if (current.title || current.caption || current.summary) items.push(current);
    current = {};
  };
  lines.forEach((line, i) => {
    const caption = readCaption(line, markers);
    if (caption !== undefined) {
      flush();
      if (caption.length) current.caption = caption;
      return;
    }
    if (!current.title) { current.title = line; return; }
    if (nearLength(line.text, current.title.text) && compact(line.text) === compact(current.title.text)) return;
    // A short line without final punctuation followed by more lines is the next item's title: this item had no summary.
    if (i + 1 < lines.length && looksLikeTitle(line.text)) {
      flush();
      current.title = line;
      return;
    }
    current.summary = line;
    flush();
  });
  flush();
  return items;
}
