// Evidence for a mention: its document, sentence and offsets, mapped back to the raw source.

import type { Doc } from '../model/document.js';
import type { Evidence } from '../model/evidence.js';
import type { Mention } from '../model/mention.js';
import { sourceEndOf } from '../model/evidence.js';
import { compareText } from '../model/compare-text.js';

export function buildEvidence(doc: Doc, mention: Mention): Evidence {
  const { start, end } = mention;
  const sentence = sentenceAt(doc, mention.sentence);
  // The fields of sourceSpan written out in place: one object per evidence, not two and a spread.
  const sourceStart = doc.toSource(start);
  return {
    doc: doc.id, sentence: mention.sentence, text: sentence?.text ?? doc.text.slice(start, end),
    start, end, sourceStart, sourceEnd: sourceEndOf(doc, start, end, sourceStart),
    rule: mention.rule,
  };
}

/** The sentence with that index: normalise numbers sentences by their place, so a direct look is tried first. */
function sentenceAt(doc: Doc, index: number): Doc['sentences'][number] | undefined {
  const direct = doc.sentences[index];
  return direct?.index === index ? direct : doc.sentences.find((s) => s.index === index);
}

/** Evidence sorted and without repeats (same doc, offsets and rule); of repeats, the last one given is kept. */
export function dedupeEvidence(list: Evidence[]): Evidence[] {
  if (list.length < 2 || isStrictlyIncreasing(list)) return list.slice();
  // Repeats sort next to each other (the order compares exactly the fields that make a repeat), and the sort is
  // stable: the last of each run is the last given.
  const sorted = list.slice().sort(compareEvidence);
  const out: Evidence[] = [];
  for (const e of sorted) {
    const previous = out[out.length - 1];
    if (previous && previous.doc === e.doc && previous.start === e.start && previous.end === e.end && previous.rule === e.rule) {
      out[out.length - 1] = e;
    } else {
      out.push(e);
    }
  }
  return out;
}

/** Already sorted with no two alike (as lists told in text order mostly are): the sort and the pass would keep it as it is. */
function isStrictlyIncreasing(list: Evidence[]): boolean {
  for (let i = 1; i < list.length; i++) if (compareEvidence(list[i - 1], list[i]) >= 0) return false;
  return true;
}

function compareEvidence(a: Evidence, b: Evidence): number {
  return compareText(a.doc, b.doc) || a.start - b.start || a.end - b.end || compareText(a.rule, b.rule);
}
