// Sentence splitting and tokens on short French sentences: abbreviations, initials, numbers, quotes, ellipsis.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { firstSentence, splitSentences } from '../../src/lang/sentences.js';
import { tokenize } from '../../src/lang/tokens.js';

const sentencesOf = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

test('sentences: French abbreviations and initials do not end a sentence', () => {
  const cases: Array<[string, string[]]> = [
    ['M. Samuel Perez a reçu Mme Dupont. Ils ont parlé.', ['M. Samuel Perez a reçu Mme Dupont.', 'Ils ont parlé.']],
    ['Le Dr. Martin et St. Denis sont cités. La suite.', ['Le Dr. Martin et St. Denis sont cités.', 'La suite.']],
    ['J. Dupont est arrivé. Il repart.', ['J. Dupont est arrivé.', 'Il repart.']],
    ['Le commerce a atteint 4,6 milliards d’USD en 2017. Il croît.', ['Le commerce a atteint 4,6 milliards d’USD en 2017.', 'Il croît.']],
    ['La période 2021-2023 est finie… Une autre commence.', ['La période 2021-2023 est finie…', 'Une autre commence.']],
    ['Il a dit « oui. » Puis il est parti.', ['Il a dit « oui. »', 'Puis il est parti.']],
    ['Les États-Unis. Vietnam-R. de Corée.', ['Les États-Unis.', 'Vietnam-R. de Corée.']],
    ['Titre sans point\nPremière phrase. Deuxième phrase !', ['Titre sans point', 'Première phrase.', 'Deuxième phrase !']],
    ['La Vision 2.0 est lancée. Fin.', ['La Vision 2.0 est lancée.', 'Fin.']],
    ['à la Maison-Blanche.\u00a0Dans une atmosphère cordiale.', ['à la Maison-Blanche.', 'Dans une atmosphère cordiale.']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(sentencesOf(text), expected, text);
});

test('sentences: spans listed in skip (a dateline) are left out', () => {
  const text = 'Tokyo (VNA) –\nLe Vietnam a proposé des mesures.';
  assert.deepEqual(splitSentences(text, [{ start: 0, end: 13 }]).map((s) => text.slice(s.start, s.end)), ['Le Vietnam a proposé des mesures.']);
});

test('tokens: numbers, hyphenated names, elisions, abbreviations and quotes', () => {
  const cases: Array<[string, string[]]> = [
    ['M. Perez a 4,6 milliards.', ['M.', 'Perez', 'a', '4,6', 'milliards', '.']],
    ["Les États-Unis et l'Asie-Pacifique", ['Les', 'États-Unis', 'et', "l'", 'Asie-Pacifique']],
    ['la période 2021-2023…', ['la', 'période', '2021-2023', '…']],
    ['« Partenariat » aujourd’hui', ['«', 'Partenariat', '»', 'aujourd’hui']],
    ['le 14ᵉ Congrès et la 16e réunion', ['le', '14ᵉ', 'Congrès', 'et', 'la', '16e', 'réunion']],
    ['Mme Teo, qu’il a reçue.', ['Mme', 'Teo', ',', 'qu’', 'il', 'a', 'reçue', '.']],
  ];
  for (const [text, expected] of cases) assert.deepEqual(tokenize(text).map((t) => t.text), expected, text);
});

test('tokens: offsets point into the text', () => {
  const text = 'Puis Mme Teo arrive.';
  for (const token of tokenize(text, 5, text.length, 3)) {
    assert.equal(text.slice(token.start, token.end), token.text);
    assert.equal(token.sentence, 3);
  }
});

test('sentences: the first sentence alone is the first of all of them', () => {
  for (const text of ['M. Samuel Perez a reçu Mme Dupont. Ils ont parlé.', '\n\n  Une seule phrase sans point', '', '  \n ',
    'Le 3 mai. « Oui. » Puis la suite...\nUne autre ligne.', '. . Fin.']) {
    assert.deepEqual(firstSentence(text), splitSentences(text)[0], JSON.stringify(text));
  }
});
