// Evidence lists: sorted by doc, offsets and rule, repeats dropped keeping the last one given.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dedupeEvidence } from '../../src/resolve/evidence.js';
import type { Evidence } from '../../src/model/evidence.js';

const ev = (doc: string, start: number, end: number, rule: string, text = ''): Evidence =>
  ({ doc, sentence: 0, text, start, end, sourceStart: start, sourceEnd: end, rule });

test('dedupeEvidence: sorted, repeats dropped (the last given is kept), nothing else lost', () => {
  const list = [
    ev('doc:b', 5, 9, 'person.name', 'first'), ev('doc:a', 5, 9, 'person.name'), ev('doc:b', 5, 9, 'person.name', 'second'),
    ev('doc:a', 1, 9, 'person.name'), ev('doc:a', 1, 4, 'person.title'), ev('doc:a', 1, 4, 'person.name'),
    ev('doc:b', 5, 9, 'country.name'), ev('doc:b', 5, 9, 'person.name', 'third'), ev('doc:a', 5, 9, 'person.name', 'again'),
  ];
  const out = dedupeEvidence(list);
  assert.deepEqual(out.map((e) => `${e.doc} ${e.start}-${e.end} ${e.rule} ${e.text}`), [
    'doc:a 1-4 person.name ', 'doc:a 1-4 person.title ', 'doc:a 1-9 person.name ', 'doc:a 5-9 person.name again',
    'doc:b 5-9 country.name ', 'doc:b 5-9 person.name third',
  ]);
  assert.notEqual(dedupeEvidence(list.slice(0, 1)), list, 'a new array, even for one item');
  assert.deepEqual(dedupeEvidence([]), []);
  assert.equal(list.length, 9, 'the input is left as it was');
});

test('dedupeEvidence: a list already in order is kept as a new array; one in order but for a repeat still loses it', () => {
  const sorted = [ev('doc:a', 1, 4, 'person.name'), ev('doc:a', 1, 4, 'person.title'), ev('doc:a', 5, 9, 'person.name'), ev('doc:b', 0, 2, 'country.name')];
  const out = dedupeEvidence(sorted);
  assert.deepEqual(out, sorted);
  assert.notEqual(out, sorted);
  const repeated = [...sorted, ev('doc:b', 0, 2, 'country.name', 'later')];
  assert.deepEqual(dedupeEvidence(repeated).map((e) => e.text), ['', '', '', 'later']);
  const lastOutOfOrder = [...sorted, ev('doc:a', 0, 1, 'person.name', 'early')];
  assert.deepEqual(dedupeEvidence(lastOutOfOrder).map((e) => e.text), ['early', '', '', '', '']);
});
