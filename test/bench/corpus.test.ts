// Tests the bench corpus replicator: copies swap person and country names consistently and deterministically.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCopyRewriter, type NamePool } from '../../bench/corpus.js';

const pool: NamePool = {
  persons: ['Nguyen Chi Vinh', 'Phan Van Giang', 'Jean Martin', 'Hoang Xuan Chien'],
  countries: [
    { code: 'VN', name: 'Viêt Nam', names: ['Viêt Nam', 'Vietnam'], demonymM: 'Vietnamien', demonymF: 'Vietnamienne' },
    { code: 'FR', name: 'France', names: ['France'], demonymM: 'Français', demonymF: 'Française' },
    { code: 'JP', name: 'Japon', names: ['Japon'], demonymM: 'Japonais', demonymF: 'Japonaise' },
  ],
};

const text = 'Le général Phan Van Giang a reçu Jean Martin. Le ministre vietnamien Phan Van Giang est au Vietnam.';

test('copy 0 is the base text unchanged', () => {
  assert.equal(buildCopyRewriter(pool, 0)(text), text);
});

test('a copy swaps each known name the same way throughout, and copies differ', () => {
  const one = buildCopyRewriter(pool, 1)(text);
  const two = buildCopyRewriter(pool, 2)(text);
  for (const [name, copy] of [['Phan Van Giang', one], ['Jean Martin', one], ['Phan Van Giang', two]]) {
    assert.ok(!copy.includes(name), `${name} still in ${copy}`);
  }
  const giang = /Le général (\S+ \S+ \S+) a reçu/.exec(one)?.[1];
  assert.ok(giang, one);
  assert.equal(one.split(giang).length - 1, 2, 'both mentions of one person get the same replacement');
  assert.notEqual(one, two);
  assert.equal(buildCopyRewriter(pool, 1)(text), one, 'deterministic');
});

test('countries and their demonyms are swapped, case kept, never inside a word', () => {
  const cases: Array<[string, RegExp]> = [
    ['Le ministre vietnamien', /^Le ministre (?:français|japonais)$/],
    ['au Vietnam.', /^au (?:France|Japon)\.$/],
    ['les Vietnamiens', /^les (?:Français|Japonais)$/],
    ['Vietnamien-ne Vietnamienneries', /Vietnamienneries$/],
  ];
  for (let copy = 1; copy <= 40; copy++) {
    const rewrite = buildCopyRewriter(pool, copy);
    const probe = rewrite('au Vietnam.');
    if (probe === 'au Vietnam.') continue; // this copy mapped VN to itself
    for (const [input, expected] of cases) assert.match(rewrite(input), expected, `${copy}: ${input}`);
    return;
  }
  assert.fail('no copy among 40 swapped Vietnam');
});
