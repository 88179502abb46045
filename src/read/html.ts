// Reduces a saved or fetched HTML page to its main article (Readability over linkedom), as paragraphs of plain text.

import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { InputError } from '../errors.js';

export interface HtmlArticle {
  title?: string;
  /** Paragraphs of the main content joined by blank lines. */
  body: string;
  published?: string;
}

/** Fewer words than this in the main content means the page holds no article (a menu, an index, an error page). */
const MIN_ARTICLE_WORDS = 25;

const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'FIGCAPTION', 'FIGURE',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'TR', 'TD', 'TH', 'HEADER', 'FOOTER', 'ASIDE', 'DD', 'DT', 'DL', 'HR', 'MAIN',
]);

export function extractHtmlArticle(html: string, location: string): HtmlArticle {
  const { document } = parseHTML(html);
  const published = findPublished(document);
  const pageTitle = cleanInline(document.querySelector('h1')?.textContent ?? '') || cleanInline(document.title ?? '');
  const reader = new Readability(document as unknown as Document, { serializer: (node: Node) => node });
  let article: ReturnType<typeof reader.parse>;
  try {
    article = reader.parse();
  } catch (cause) {
    throw new InputError('INPUT_NO_ARTICLE', location, 'HTML could not be parsed for an article', { cause });
  }
  const root = article?.content as unknown as Node | null | undefined;
  const body = root ? blockText(root) : '';
  const words = body.split(/\s+/).filter(Boolean).length;
  if (words < MIN_ARTICLE_WORDS) {
    throw new InputError('INPUT_NO_ARTICLE', location, `HTML page has no article (${words} words of main content)`);
  }
  const title = cleanInline(article?.title ?? '') || pageTitle || undefined;
  return { title, body, published: published ?? toIso(article?.publishedTime ?? undefined) };
}

/** Plain text of a fragment of HTML (a feed item's description), paragraphs kept. */
export function htmlFragmentText(fragment: string): string {
  if (!/[<&]/.test(fragment)) return fragment.trim();
  const { document } = parseHTML(`<!doctype html><html><body><div id="x">${fragment}</div></body></html>`);
  const root = document.getElementById('x');
  return root ? blockText(root as unknown as Node) : '';
}

/** Text of a DOM subtree with block elements turned into paragraph breaks and inline white space collapsed. */
function blockText(root: Node): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const line = cleanInline(current);
    if (line) paragraphs.push(line);
    current = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === 3) { current += node.textContent ?? ''; return; }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT') return;
    if (tag === 'BR') { flush(); return; }
    const block = BLOCK_TAGS.has(tag);
    if (block) flush();
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

function cleanInline(value: string): string {
  return value.replace(/[ \t\r\n\f]+/g, ' ').trim();
}

function findPublished(document: { querySelector: (s: string) => Element | null }): string | undefined {
  const selectors = [
    'meta[property="article:published_time"]', 'meta[name="article:published_time"]', 'meta[itemprop="datePublished"]',
    'meta[name="date"]', 'meta[name="DC.date.issued"]', 'meta[name="dc.date"]', 'time[datetime]',
  ];
  for (const selector of selectors) {
    const el = document.querySelector(selector);
    const value = el?.getAttribute('content') ?? el?.getAttribute('datetime');
    const iso = toIso(value ?? undefined);
    if (iso) return iso;
  }
  return undefined;
}

/** ISO 8601 for a date string in any format `Date` understands (RFC 822 in RSS, ISO in Atom and meta tags). */
export function toIso(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  // Already ISO: keep it as written, so the day stays the publisher's day whatever its time zone.
  if (/^\d{4}-\d{2}-\d{2}/.test(trimmed)) return trimmed;
  const time = Date.parse(trimmed);
  if (Number.isNaN(time)) return undefined;
  // RFC 822 dates in RSS carry an offset ("+0700"): express the instant in that offset, not in UTC.
  const zone = /([+-])(\d{2}):?(\d{2})$/.exec(trimmed);
  if (!zone) return new Date(time).toISOString();
  const minutes = (zone[1] === '-' ? -1 : 1) * (Number(zone[2]) * 60 + Number(zone[3]));
  return new Date(time + minutes * 60_000).toISOString().slice(0, 19) + `${zone[1]}${zone[2]}:${zone[3]}`;
}
