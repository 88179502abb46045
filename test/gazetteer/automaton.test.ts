// KeywordAutomaton reports exactly the occurrences a naive search finds, in Aho-Corasick order.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { KeywordAutomaton } from '../../src/gazetteer/automaton.js';
import { buildMatchText, loadGazetteers } from '../../src/gazetteer/index.js';

/** Every occurrence of every keyword, by end offset, longest first at one end (the order the automaton promises). */
function naiveMatches(keywords: string[], text: string): string[] {
  const hits: Array<[number, number, string]> = [];
  for (const keyword of new Set(keywords)) {
    for (let at = text.indexOf(keyword); at >= 0; at = text.indexOf(keyword, at + 1)) hits.push([at, at + keyword.length, keyword]);
  }
  return hits.sort((a, b) => a[1] - b[1] || a[0] - b[0]).map(([s, e, k]) => `${s}-${e}:${k}`);
}

function automatonMatches(automaton: KeywordAutomaton, text: string): string[] {
  const out: string[] = [];
  automaton.forEachMatch(text, (s, e, k) => out.push(`${s}-${e}:${automaton.keywords[k]}`));
  return out;
}

const cases: Array<[string, string[], string]> = [
  ['nested and overlapping keywords', ['he', 'she', 'his', 'hers', 'e'], 'ushershishe'],
  ['a keyword inside a longer one, reached by failure links', ['ministre', 'vice-ministre', 'ministres', 'vice', 'res'], 'levice-ministresdesministres'],
  ['characters no keyword uses reset the scan', ['ab', 'bc'], 'a€bxbc€ab'],
  ['repeated keywords and repeated letters', ['aa', 'aaa', 'aa'], 'aaaaa'],
  ['non-Latin code units and surrogate halves', ['hà', 'nội', '𝐀b'], 'hànộihà𝐀b'],
  ['no keyword at all', ['asean'], 'rien ici'],
];

test('KeywordAutomaton finds what a naive search finds', () => {
  for (const [what, keywords, text] of cases) {
    assert.deepEqual(automatonMatches(new KeywordAutomaton(keywords), text), naiveMatches(keywords, text), what);
  }
});

test('KeywordAutomaton over the gazetteer keys agrees with a naive search on the seed articles', () => {
  const keys = loadGazetteers().matcher.entries().map((e) => buildMatchText(e.form.normalize('NFC')).squeezed).filter((k) => k);
  const automaton = new KeywordAutomaton(keys);
  const dir = '../shared/corpus/seeds';
  for (const file of readdirSync(dir).sort()) {
    const squeezed = buildMatchText(readFileSync(`${dir}/${file}`, 'utf8')).squeezed;
    const found = automatonMatches(automaton, squeezed);
    assert.ok(found.length > 50, `${file}: the seed names gazetteer entries`);
    assert.deepEqual(found, naiveMatches(keys, squeezed), file);
  }
});

test('matching while folding finds what matching the built folded text finds', () => {
  const g = loadGazetteers();
  const keys = g.matcher.entries().map((e) => buildMatchText(e.form.normalize('NFC')).squeezed).filter((k) => k);
  const automaton = new KeywordAutomaton(keys);
  const dir = '../shared/corpus/seeds';
  const texts = [
    ...readdirSync(dir).sort().map((file) => readFileSync(`${dir}/${file}`, 'utf8')),
    'Le  vice-\u00a0ministre  du\tJapon, à Hà Nội ; l’ASEAN et lesecrétaire d’État.\n\nÉtats‑Unis – 東京 𝐀',
    '',
  ];
  for (const text of texts) {
    const folded = buildMatchText(text);
    const offsets = new Int32Array(text.length);
    const hits: string[] = [];
    const n = automaton.forEachMatchFolded(text, offsets, (s, e, k) => hits.push(`${s}-${e}:${automaton.keywords[k]}`));
    assert.equal(n, folded.squeezed.length);
    assert.deepEqual([...offsets.subarray(0, n)], [...folded.offsets]);
    assert.deepEqual(hits, automatonMatches(automaton, folded.squeezed));
    assert.deepEqual(g.matcher.scan(text), g.matcher.scan(text, folded));
  }
});
