// ScratchArray hands back its array zeroed over the length asked, grown when needed.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ScratchArray } from '../../src/gazetteer/scratch.js';

test('ScratchArray: a reused array comes back zeroed and long enough', () => {
  const scratch = new ScratchArray((n) => new Uint16Array(n));
  const first = scratch.take(8);
  assert.ok(first.length >= 8);
  first.fill(7);
  const again = scratch.take(6);
  assert.equal(again, first, 'same array when it is long enough');
  assert.deepEqual([...again.subarray(0, 6)], [0, 0, 0, 0, 0, 0]);
  const longer = scratch.take(100);
  assert.ok(longer.length >= 100);
  assert.ok(longer.every((v) => v === 0));
});
