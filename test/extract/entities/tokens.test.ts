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
