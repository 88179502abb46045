// Tests the quality gate's threshold checks in scripts/eval.mjs (not the scorer, which is shared).

import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error plain ESM script without type declarations
import { checkThresholds, parseThresholds } from '../../scripts/eval.mjs';

const result = {
  files: 5,
  scores: { persons: { p: 0.8, r: 0.6, f1: 0.686, tp: 6, fp: 1, fn: 4 }, MET: { p: 0.5, r: 0.5, f1: 0.5, tp: 1, fp: 1, fn: 1 } },
  attributes: { 'person.country': { accuracy: 0.9, n: 10 } },
};

test('checkThresholds names what falls under its threshold', () => {
  const cases: Array<[string, object, string[]]> = [
    ['all reached', { scores: { persons: 0.6, MET: 0.5 }, attributes: { 'person.country': 0.9 } }, []],
    ['F1 under', { scores: { persons: 0.7 } }, ['score:persons']],
    ['accuracy under', { attributes: { 'person.country': 0.95 } }, ['attribute:person.country']],
    ['unknown category is a typo', { scores: { personnes: 0 } }, ['score:personnes']],
    ['unscored attribute at 0 passes', { attributes: { 'person.rank': 0 } }, []],
    ['unscored attribute above 0 fails', { attributes: { 'person.rank': 0.1 } }, ['attribute:person.rank']],
  ];
  for (const [name, thresholds, expected] of cases) {
    const failures = checkThresholds(result, { scores: {}, attributes: {}, ...thresholds }) as Array<{ kind: string; name: string }>;
    assert.deepEqual(failures.map((f) => `${f.kind}:${f.name}`), expected, name);
  }
});

test('parseThresholds rejects figures outside [0, 1] and bad JSON', () => {
  assert.deepEqual(parseThresholds('{"scores":{"persons":0.5}}', 't.json'), { scores: { persons: 0.5 }, attributes: {} });
  for (const text of ['{"scores":{"persons":50}}', '{"attributes":{"person.rank":"0.5"}}', '{"scores":[1]}', '{nope']) {
    assert.throws(() => parseThresholds(text, 't.json'), /t\.json/, text);
  }
});
