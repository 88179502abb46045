// Builds a minimal Doc from a French sentence for the entity and resolution tests (no normalisation).

import { createHash } from 'node:crypto';
import type { Doc } from '../../../src/model/document.js';

export function makeDoc(text: string, kind: 'page' | 'teaser' = 'page'): Doc {
  const sentences = [];
  const re = /[^.!?\n]+(?:[.!?]+|$)/g;
  let m: RegExpExecArray | null;
  let index = 0;
  while ((m = re.exec(text))) {
    if (!m[0].trim()) continue;
    sentences.push({ index: index++, start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  const hash = createHash('sha256').update(text).digest('hex');
  return {
    id: `doc:${hash.slice(0, 16)}`, file: 'test.txt', location: 'test.txt', kind, title: text.split('\n')[0], text, sentences,
    toSource: (o) => o, captions: [], sourceHash: hash,
  };
}
