// Tests the .cpuprofile summary: self time per function, file and stage, idle left out, cut to a time window.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summariseCpuProfile, type CpuProfile } from '../../bench/cpu-profile.js';

const root = '/projet';
const frame = (functionName: string, url: string) => ({ functionName, url, lineNumber: 9, columnNumber: 0 });
const profile: CpuProfile = {
  nodes: [
    { id: 1, callFrame: frame('(root)', ''), children: [2, 3, 4, 5] },
    { id: 2, callFrame: frame('findEvents', 'file:///projet/src/extract/relations/events.ts'), children: [6] },
    { id: 3, callFrame: frame('foldName', 'file:///projet/src/lang/fold.ts') },
    { id: 4, callFrame: frame('(idle)', '') },
    { id: 5, callFrame: frame('nlp', 'file:///projet/node_modules/fr-compromise/builds/fr-compromise.mjs') },
    { id: 6, callFrame: frame('RegExp: réunion|entretien', '') },
  ],
  startTime: 1000,
  endTime: 2000,
  // Sample i is taken at startTime + sum of deltas up to i; it owns the interval until the next sample.
  samples: [2, 2, 3, 4, 5, 6, 2],
  timeDeltas: [0, 100, 100, 100, 100, 100, 100],
};

test('self time goes to the sampled function for the interval until the next sample', () => {
  const s = summariseCpuProfile(profile, root);
  const byLabel = Object.fromEntries(s.functions.map((f) => [f.label, f.selfMs]));
  assert.deepEqual(byLabel, {
    'findEvents (src/extract/relations/events.ts)': 0.2,
    'foldName (src/lang/fold.ts)': 0.1,
    'nlp (node_modules/fr-compromise/builds/fr-compromise.mjs:10)': 0.1,
    'RegExp: réunion|entretien': 0.1,
  });
  assert.equal(s.totalMs, 0.5, 'idle is left out');
  assert.deepEqual(s.stages.map((x) => [x.label, x.selfMs]),
    [['src/extract', 0.3], ['src/lang', 0.1], ['node_modules/fr-compromise', 0.1]], 'the regular expression is charged to its caller');
  assert.equal(s.regexShare, 0.2);
});

test('a window keeps only the samples taken inside it', () => {
  const cases: Array<[{ startUs: number; endUs: number }, string[]]> = [
    [{ startUs: 1000, endUs: 1150 }, ['findEvents (src/extract/relations/events.ts)']],
    [{ startUs: 1150, endUs: 1250 }, ['foldName (src/lang/fold.ts)']],
    [{ startUs: 1350, endUs: 1450 }, ['nlp (node_modules/fr-compromise/builds/fr-compromise.mjs:10)']],
  ];
  for (const [window, expected] of cases) {
    assert.deepEqual(summariseCpuProfile(profile, root, 15, window).functions.map((f) => f.label), expected, JSON.stringify(window));
  }
});
