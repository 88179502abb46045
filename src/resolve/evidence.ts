// Evidence for a mention: its document, sentence and offsets, mapped back to the raw source.

import type { Doc } from '../model/document.js';
import type { Evidence } from '../model/evidence.js';
import type { Mention } from '../model/mention.js';
import { sourceSpan } from '../model/evidence.js';

export function buildEvidence(doc: Doc, mention: Mention): Evidence {
  const sentence = sentenceAt(doc, mention.sentence);
  return {
    doc: doc.id, sentence: mention.sentence, text: sentence?.text ?? doc.text.slice(mention.start, mention.end),
    start: mention.start, end: mention.end, ...sourceSpan(doc, mention.start, mention.end),
    rule: mention.rule,
  };
}

/** The sentence with that index: normalise numbers sentences by their place, so a direct look is tried first. */
function sentenceAt(doc: Doc, index: number): Doc['sentences'][number] | undefined {
  const direct = doc.sentences[index];
  return direct?.index === index ? direct : doc.sentences.find((s) => s.index === index);
}

/** Evidence sorted and without repeats (same doc, offsets and rule). */
export function dedupeEvidence(list: Evidence[]): Evidence[] {
  if (list.length < 2) return list.slice();
  const seen = new Map<string, Evidence>();
  for (const e of list) seen.set(`${e.doc}|${e.start}|${e.end}|${e.rule}`, e);
  return [...seen.values()].sort((a, b) => a.doc.localeCompare(b.doc) || a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
}
