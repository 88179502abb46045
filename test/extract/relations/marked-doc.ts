// Test helper: builds a Doc and its mentions from French text with marked spans, e.g. "[P:Nguyen Chi Vinh] a reçu [P/US:Samuel Perez]".
//   [P:Name] person (country with P/VN), [C:VN:Vietnam] country, [O:Name] or [O:slug:Name] organisation,
//   [L:Hanoï] place, [F:vice-ministre] office, [R:général] rank. Sentences end at . ! ? or a new line.

import { fileURLToPath } from 'node:url';
import type { Doc, Sentence } from '../../../src/model/document.js';
import type { Mention, OrganisationMention, PersonMention } from '../../../src/model/mention.js';
import type { Gazetteers } from '../../../src/gazetteer/index.js';
import { slugify } from '../../../src/lang/fold.js';
import { extractEventsAndRelations } from '../../../src/extract/relations/index.js';

const MARK = /\[(P|C|O|L|F|R)(?:\/([A-Z]{2}))?:(?:([^:\]]+):)?([^\]]+)\]/g;

export const gazetteers = { dir: fileURLToPath(new URL('../../../gazetteers', import.meta.url)), version: 'test' } as unknown as Gazetteers;

export function buildMarkedDoc(marked: string, options: { published?: string; positions?: Record<string, string[]> } = {}):
  { doc: Doc; mentions: Mention[] } {
  let text = '';
  let last = 0;
  const spans: Array<{ tag: string; country?: string; key?: string; surface: string; start: number; end: number }> = [];
  for (const m of marked.matchAll(MARK)) {
    text += marked.slice(last, m.index);
    const start = text.length;
    text += m[4];
    spans.push({ tag: m[1], country: m[2], key: m[3], surface: m[4], start, end: text.length });
    last = (m.index ?? 0) + m[0].length;
  }
  text += marked.slice(last);
  const sentences: Sentence[] = [];
  // Ends at . ! ? (not after an abbreviation such as M. or Mme.) or at a new line.
  for (const m of text.matchAll(/(?:[^.!?\n]|(?<=\b(?:M|Mme|Dr|St|R))\.)+(?:[.!?]+|$)/gm)) {
    if (!m[0].trim()) continue;
    const lead = m[0].length - m[0].trimStart().length;
    sentences.push({ index: sentences.length, start: (m.index ?? 0) + lead, end: (m.index ?? 0) + m[0].length, text: m[0].trimStart() });
  }
  const sentenceOf = (offset: number) => sentences.find((s) => offset >= s.start && offset < s.end)?.index ?? 0;
  const captions = [...text.matchAll(/[^\n]*Photo\s*:[^\n]*/g)].map((m) => ({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length }));
  const mentions: Mention[] = spans.map((s) => {
    const base = { text: s.surface, start: s.start, end: s.end, sentence: sentenceOf(s.start), rule: 'test' };
    switch (s.tag) {
      case 'P': {
        const person: PersonMention = { ...base, kind: 'person', key: `person:${slugify(s.surface)}`, name: s.surface,
          positions: options.positions?.[s.surface] ?? [], organisations: [], ...(s.country ? { country: s.country } : {}) };
        return person;
      }
      case 'C':
        return { ...base, kind: 'country', key: `country:${s.key ?? s.surface}` };
      case 'O': {
        const org: OrganisationMention = { ...base, kind: 'organisation', key: `org:${s.key ?? slugify(s.surface)}`, name: s.surface, orgKind: 'org' };
        return org;
      }
      case 'L':
        return { ...base, kind: 'place', key: `place:${s.key ?? slugify(s.surface)}` };
      case 'F':
        return { ...base, kind: 'office', key: `office:${slugify(s.surface)}` };
      default:
        return { ...base, kind: 'rank', key: `rank:${slugify(s.surface)}` };
    }
  });
  const doc: Doc = {
    id: 'doc:test', file: 'test.txt', location: 'test.txt', kind: 'page', title: sentences[0]?.text ?? '', text, sentences,
    toSource: (o) => o, captions, sourceHash: 'test',
    ...(options.published ? { published: { iso: options.published, text: options.published, rule: 'test' }, contextYear: Number(options.published.slice(0, 4)) } : {}),
  };
  return { doc, mentions };
}

/** Runs the relation stage on marked text. */
export function extractMarked(marked: string, options: Parameters<typeof buildMarkedDoc>[1] = {}) {
  const { doc, mentions } = buildMarkedDoc(marked, options);
  return { doc, ...extractEventsAndRelations(doc, mentions, gazetteers) };
}

/** Undirected pairs of a relation type, as sorted "a|b" strings. */
export function pairs(relations: Array<{ type: string; a: string; b: string }>, type: string): string[] {
  return relations.filter((r) => r.type === type).map((r) => [r.a, r.b].sort().join('|')).sort();
}
