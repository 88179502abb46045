// collapseSpaces must give what `replace(/\s+/g, ' ')` gives, on every code unit and on runs of them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseSpaces, splitCount } from '../../src/resolve/spaces.js';

test('collapseSpaces: every UTF-16 code unit, alone and between words, as the pattern would collapse it', () => {
  for (let c = 0; c <= 0xffff; c++) {
    const ch = String.fromCharCode(c);
    for (const text of [ch, `Lê${ch}Hoài`, `a ${ch}b`, `${ch} `]) assert.equal(collapseSpaces(text), text.replace(/\s+/g, ' '), `U+${c.toString(16)}`);
  }
});

test('collapseSpaces: names as mentions write them', () => {
  const cases: Array<[string, string]> = [
    ['Nguyen Chi Vinh', 'Nguyen Chi Vinh'],
    ['Nguyen  Chi\nVinh', 'Nguyen Chi Vinh'],
    ['Parti\u00a0communiste', 'Parti communiste'],
    [' ASEAN ', ' ASEAN '],
    ['', ''],
  ];
  for (const [text, expected] of cases) assert.equal(collapseSpaces(text), expected);
});

test('splitCount: the number of pieces split(/\\s+/) gives, runs at either end and odd spaces included', () => {
  const units = ['a', 'é', ' ', '\u00a0', '\n', '\t', '\u2009', '\u3000', '-'];
  // Every string of up to four of these units.
  let texts = [''];
  for (let n = 0; n < 4; n++) texts = texts.concat(texts.filter((t) => t.length === n).flatMap((t) => units.map((u) => t + u)));
  for (const text of texts) assert.equal(splitCount(text), text.split(/\s+/).length, JSON.stringify(text));
  assert.equal(splitCount('Nguyen  Chi Vinh'), 3);
});
