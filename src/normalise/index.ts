// Normalise stage: repairs a raw source's text and splits it into a page and its teasers, with sentences.
// STUB owned by the read/normalise work: keep the exported signature.

import { createHash } from 'node:crypto';
import type { Doc, NormalisedSource, RawSource } from '../model/document.js';

export function normaliseSource(raw: RawSource): NormalisedSource {
  const text = raw.text;
  const sentences = [];
  const re = /[^.!?\n]+[.!?]?/g;
  let m: RegExpExecArray | null;
  let i = 0;
  while ((m = re.exec(text))) {
    if (m[0].trim()) sentences.push({ index: i++, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  const hash = createHash('sha256').update(text).digest('hex');
  const page: Doc = {
    id: `doc:${hash.slice(0, 16)}`, file: raw.file, location: raw.location, kind: 'page',
    title: text.split('\n')[0] ?? '', text, sentences, toSource: (o) => o, captions: [], sourceHash: hash,
  };
  return { page, teasers: [] };
}
