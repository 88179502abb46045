// The Browser files stay in step with the model: a style rule per label, and the guide generated from queries/.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { ENTITY_LABELS, listSavedQueries } from '../../src/load/index.js';
import { buildBrowserGuide } from '../../src/load/browser-guide.js';
import { GUIDE_PATH } from '../../browser/build-guide.js';

const grass = readFileSync(new URL('../../browser/entente.grass', import.meta.url), 'utf8');

test('the style gives every label a colour and a caption', () => {
  for (const label of ['Article', ...ENTITY_LABELS]) {
    const rule = new RegExp(`node\\.${label} \\{[^}]*color: #[0-9A-F]{6};[^}]*caption: "\\{(name|title)\\}";`);
    assert.match(grass, rule, label);
  }
});

test('the style has no comments or apostrophes, which Browser\'s GraSS reader would take for selectors or strings', () => {
  assert.ok(!grass.includes('/*') && !grass.includes("'"));
});

test('the committed guide is the one the saved queries give (npx tsx browser/build-guide.ts)', () => {
  const queries = listSavedQueries();
  const guide = readFileSync(GUIDE_PATH, 'utf8');
  assert.equal(guide, buildBrowserGuide(queries));
  assert.equal((guide.match(/<slide /g) ?? []).length, queries.length + 1);
  assert.match(guide, /:params \{person: 'lee hsien loong'\}/);
});
