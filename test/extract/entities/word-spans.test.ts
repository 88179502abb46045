// wordSpans finds exactly the spans the WORD pattern matches, on short French (and a few odd) texts.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { WORD, wordSpans } from '../../../src/extract/entities/tokens.js';

const texts = [
  "L'ambassadeur s’est rendu à Hà Nội l’an dernier, qu'il a quitté jusqu'au 3.5 juin.",
  'Le vice-ministre Nguyễn Chí Vịnh et le Gal. Dupont‐Martin ; U.S.A. - fin.',
  "l'1 l'é d’ qu'x QU'ELLE Lorsqu'il n'a ſ'a D'Artagnan -a- .b. a..b a-.b",
  'Ngày 12/3, Bộ Quốc phòng Việt Nam (VNA) — ảnh: TTXVN.',
  "Qu’il qU'a QU’ON quU'a s'Il L’État c’-a d''a",
  'Texte avec 東京 et 𝐀lpha, pour le chemin de repli.',
  '',
];

test('wordSpans gives the spans of WORD', () => {
  for (const text of texts) {
    const expected = [...text.matchAll(WORD)].map((m) => [m.index, m.index + m[0].length]);
    assert.deepEqual([...wordSpans(text)], expected, text);
  }
});
