// Photo credits, datelines' agency and sign-offs are found whatever the prefilters skip.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findCredits } from '../../../src/extract/entities/context.js';

const spansOf = (text: string) => findCredits(text).map((s) => text.slice(s.start, s.end));

const cases: Array<[string, string, string[]]> = [
  ["a dateline's agency before a dash", 'Hanoï (VNA) - Le ministre a reçu', ['(VNA)']],
  ['an agency before an em dash, spaces inside the brackets', 'Tokyo ( AFP ) — La réunion', ['( AFP )']],
  ['brackets without a dash are no dateline', 'Le groupe (ASEAN) se réunit', []],
  ['a photo credit to the end of the line', 'Le ministre. Photo : VNA\nSuite', [' Photo : VNA']],
  ['a sign-off at the end of a line', 'Fin de la dépêche - VNA.\nAutre', ['- VNA.']],
];
for (const [name, text, expected] of cases) {
  test(`credits: ${name}`, () => assert.deepEqual(spansOf(text), expected));
}
