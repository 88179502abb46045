// Tokens for the entity rules: elisions apart, glued capitals split, sentences assigned; empty input is fine.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tokenize } from '../../../src/extract/entities/tokens.js';
import { extractEntityMentions } from '../../../src/extract/entities/index.js';
import { loadGazetteers } from '../../../src/gazetteer/index.js';
import { makeDoc } from './make-doc.js';

const cases: Array<[string, string, string[]]> = [
  ['elisions are their own tokens', "l'Armée d’élite", ["l'", 'Armée', 'd’', 'élite']],
  ['glued capitals split', 'HoàngXuân Chiên et MakotoOniki', ['Hoàng', 'Xuân', 'Chiên', 'et', 'Makoto', 'Oniki']],
  ['Mc and acronyms are not split', 'McDonald et ADMM+', ['McDonald', 'et', 'ADMM']],
  ['hyphenated words and numbers stay whole', 'Woo Won-sik, Vision 2.0', ['Woo', 'Won-sik', 'Vision', '2.0']],
];
for (const [name, text, expected] of cases) {
  test(`tokens: ${name}`, () => assert.deepEqual(tokenize(makeDoc(text)).map((t) => t.text), expected));
}

test('tokens carry their sentence and folded form', () => {
  const tokens = tokenize(makeDoc('Le Japon. La Défense.'));
  assert.deepEqual(tokens.map((t) => [t.folded, t.sentence]), [['le', 0], ['japon', 0], ['la', 1], ['defense', 1]]);
});

test('an empty document gives no mentions', () => {
  assert.deepEqual(extractEntityMentions(makeDoc(''), loadGazetteers()), []);
});

test('words remembered from earlier texts keep their own spelling, case and shape', () => {
  // The word table answers from characters in the text: near-identical words must not share an entry.
  const text = 'Été été ETE ete Ete ÉtéÉté été ASEAN Asean asean';
  for (let round = 0; round < 2; round++) {
    const tokens = tokenize(makeDoc(text));
    assert.deepEqual(tokens.map((t) => [t.text, t.folded, t.cap, t.allCaps]), [
      ['Été', 'ete', true, false], ['été', 'ete', false, false], ['ETE', 'ete', true, true], ['ete', 'ete', false, false],
      ['Ete', 'ete', true, false], ['Été', 'ete', true, false], ['Été', 'ete', true, false], ['été', 'ete', false, false],
      ['ASEAN', 'asean', true, true], ['Asean', 'asean', true, false], ['asean', 'asean', false, false],
    ]);
  }
});

test('the word table grows and empties itself without losing or mixing words', () => {
  // Enough distinct words to double the table several times and then empty it.
  const words = Array.from({ length: 70_000 }, (_, i) => `Mot${i.toString(36)}`);
  for (const round of [0, 1]) {
    const tokens = tokenize(makeDoc(words.join(' ')));
    assert.equal(tokens.length, words.length, `round ${round}`);
    assert.ok(tokens.every((t, i) => t.text === words[i] && t.folded === words[i].toLowerCase() && t.cap), `round ${round}`);
  }
});
