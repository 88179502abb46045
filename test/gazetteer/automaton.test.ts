// The compiled keyword automaton finds exactly the occurrences a naive search finds, overlapping ones included.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeywordAutomaton } from '../../src/gazetteer/automaton.js';

/** Every [keyword index, end] of `keywords` in `text`, by a plain search at every offset. */
function naiveMatches(keywords: string[], text: string): string[] {
  const out: string[] = [];
  keywords.forEach((k, i) => {
    for (let at = text.indexOf(k); at >= 0; at = text.indexOf(k, at + 1)) out.push(`${i}@${at + k.length}`);
  });
  return out.sort();
}

function automatonMatches(keywords: string[], text: string): string[] {
  const out: string[] = [];
  new KeywordAutomaton(keywords).forEachMatch(text, (k, end) => out.push(`${k}@${end}`));
  return out.sort();
}

const cases: Array<[string, string[], string]> = [
  ['nested and overlapping keywords', ['he', 'she', 'his', 'hers'], 'ushershishe'],
  ['a keyword inside another, and repeated', ['asean', 'sea', 'a'], 'aseanaseasean'],
  ['characters no keyword has reset the scan', ['vietnam', 'nam'], 'viet-nam vietnam viet nam'],
  ['accented and punctuated text', ["d'etat", 'etat', 'etats-unis'], "secretaired'etat etats-unis"],
];
for (const [name, keywords, text] of cases) {
  test(`automaton: ${name}`, () => assert.deepEqual(automatonMatches(keywords, text), naiveMatches(keywords, text)));
}

test('automaton: random keywords over a small alphabet agree with the naive search', () => {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff);
  const word = (n: number) => Array.from({ length: n }, () => 'abc'[next() % 3]).join('');
  for (let round = 0; round < 50; round++) {
    const keywords = [...new Set(Array.from({ length: 1 + (next() % 8) }, () => word(1 + (next() % 4))))];
    const text = word(next() % 60);
    assert.deepEqual(automatonMatches(keywords, text), naiveMatches(keywords, text), `${keywords.join(',')} in ${text}`);
  }
});

test('automaton: longer keywords are reported first at the same end', () => {
  const found: string[] = [];
  const keywords = ['n', 'an', 'nam', 'vietnam'];
  new KeywordAutomaton(keywords).forEachMatch('vietnam', (k, end) => found.push(`${keywords[k]}@${end}`));
  assert.deepEqual(found, ['n@5', 'vietnam@7', 'nam@7']);
});
