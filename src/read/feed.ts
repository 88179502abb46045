// Splits an RSS 2.0, RSS 1.0 (RDF) or Atom feed into one article per item, keeping each item's title, link and date.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { InputError } from '../errors.js';
import { htmlFragmentText, toIso } from './html.js';

export interface FeedItem {
  title?: string;
  link?: string;
  published?: string;
  /** Plain text of the item's content (or summary), paragraphs kept. */
  body: string;
}

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  textNodeName: '#text',
  processEntities: true,
  htmlEntities: true,
  isArray: (name) => name === 'item' || name === 'entry' || name === 'link',
});

/** True when the text starts like a feed (after an optional XML prolog and comments). */
export function looksLikeFeed(text: string): boolean {
  const head = text.slice(0, 2048).replace(/^\uFEFF/, '').replace(/<\?xml[^>]*\?>/, '').replace(/<!--[\s\S]*?-->/g, '').trimStart();
  return /^<(rss|feed|rdf:RDF)\b/i.test(head);
}

export function parseFeed(xml: string, location: string): FeedItem[] {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    throw new InputError('INPUT_BAD_FEED', location, `not well-formed XML (line ${valid.err.line}: ${valid.err.msg})`);
  }
  const doc = parser.parse(xml) as Record<string, any>;
  let rawItems: any[] | undefined;
  if (doc.rss) rawItems = doc.rss.channel?.item ?? [];
  else if (doc.feed) rawItems = doc.feed.entry ?? [];
  else if (doc['rdf:RDF']) rawItems = doc['rdf:RDF'].item ?? [];
  if (!rawItems) throw new InputError('INPUT_BAD_FEED', location, 'XML is not an RSS or Atom feed');
  const items = rawItems.map(readItem).filter((item) => item.body || item.title);
  if (items.length === 0) throw new InputError('INPUT_NO_ARTICLE', location, 'feed has no items');
  return items;
}

function readItem(item: Record<string, any>): FeedItem {
  const title = text(item.title);
  const body = htmlFragmentText(text(item['content:encoded']) || text(item.content) || text(item.description)
    || text(item.summary) || '');
  const published = toIso(text(item.pubDate) || text(item.published) || text(item['dc:date']) || text(item.updated));
  return { title: title ? htmlFragmentText(title) : undefined, link: readLink(item.link), published, body };
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (typeof value === 'string' || typeof value === 'number') return String(value).trim();
  if (Array.isArray(value)) return text(value[0]);
  if (typeof value === 'object') return text((value as Record<string, unknown>)['#text']);
  return '';
}

function readLink(value: unknown): string | undefined {
  const links = Array.isArray(value) ? value : value === undefined ? [] : [value];
  for (const link of links) {
    if (typeof link === 'string' && link.trim()) return link.trim();
    if (link && typeof link === 'object') {
      const l = link as Record<string, string>;
      if (!l['@_rel'] || l['@_rel'] === 'alternate') return l['@_href'] ?? l['#text'];
    }
  }
  return undefined;
}
