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
  // The dateline pattern is tried at line starts only: every line terminator starts one, and the agency must open
  // within 80 characters of it; the first agency of a line is the one taken.
  ['a dateline after a carriage return or a line separator', 'Titre\rHanoï (VNA) - X\u2028Tokyo (AFP) - Y', ['(VNA)', '(AFP)']],
  ['an agency too far into its line', `${'x'.repeat(81)}(VNA) - Le ministre`, []],
  ['an agency just within reach', `${'x'.repeat(80)}(VNA) - Le ministre`, ['(VNA)']],
  ['two agencies on one line: the first', 'Hanoï (VNA) - Tokyo (AFP) - La réunion', ['(VNA)']],
];
for (const [name, text, expected] of cases) {
  test(`credits: ${name}`, () => assert.deepEqual(spansOf(text), expected));
}
