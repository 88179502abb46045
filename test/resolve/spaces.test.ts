// collapseSpaces must give what `replace(/\s+/g, ' ')` gives, on every code unit and on runs of them.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { collapseSpaces } from '../../src/resolve/spaces.js';

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
