// compileRuleRegExp gives the same matches, groups and lastIndex as a plain RegExp, on short French sentences.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { compileRuleRegExp, literalOpenings, OPENS_WORD, opensWordAt, stripOpeningWordStart } from '../../../src/extract/relations/word-start-regexp.js';

const W = OPENS_WORD;
const patterns: string[] = [
  `${W}coopération`,
  `(?:${W}(?:coopération|partenariat)(?![\\p{L}]))|(?:${W}rompu\\p{L}*)`,
  `${W}(?<verb>a|ont)\\s+(rencontré|reçu)`,
  `(?:${W}entre)\\s+(?:l['’]|les?\\s+)?`,
  `${W}`,
  `(?:${W}entre|${W}avec)\\s+(?:l['’]|les?\\s+)?`,
  `${W}(?:série\\s+de\\s+)?rencontres?(?![\\p{L}])`,
];
const sentences = [
  'La coopération franco-vietnamienne et le partenariat stratégique ont progressé.',
  'Lacoopération collée ne compte pas, mais « coopération » entre guillemets oui.',
  'Les relations ont été rompues ; rompu aussi. Il a rencontré le ministre, ils ont reçu la délégation.',
  'COOPÉRATION en capitales, entre l’ASEAN et les partenaires, entreprise.',
  '𝐀coopération après une lettre hors du plan de base, puis 😀coopération après un emoji.',
  // Every kind of ASCII character right before a word (the look-behind decides ASCII without a pattern).
  Array.from({ length: 128 }, (_, c) => `${String.fromCharCode(c)}coopération ${String.fromCharCode(c)}entre ${String.fromCharCode(c)}a reçu`).join(' '),
  // Marks and letters that are not ASCII, one of them a letter only under case folding (U+0345).
  '\u0345coopération éentre ́a reçu 5coopération ٣entre',
  'Une série de rencontres, la rencontre, des rencontresx, Rencontre ; xsérie de rencontre ; entreprises entre elles avec les partenaires.',
  '',
];

test('every branch opening with the look-behind is stripped; other patterns are left alone', () => {
  assert.equal(stripOpeningWordStart(`${W}a|${W}b`), 'a|b');
  assert.equal(stripOpeningWordStart(`(?:${W}a|${W}b)c`), '(?:a|b)c');
  assert.equal(stripOpeningWordStart(`${W}a|b`), undefined);
  assert.equal(stripOpeningWordStart(`(?:${W}a)?b`), undefined);
  assert.equal(stripOpeningWordStart(`[(]${W}a`), undefined);
  assert.equal(compileRuleRegExp(`a|${W}b`, 'iu').constructor, RegExp);
});

for (const source of patterns) {
  test(`same results as a plain RegExp: ${source}`, () => {
    for (const text of sentences) {
      const plain = new RegExp(source, 'iu');
      const fast = compileRuleRegExp(source, 'iu');
      assert.equal(fast.test(text), plain.test(text), text);
      assert.deepEqual(fast.exec(text), plain.exec(text), text);
      assert.deepEqual([...text.matchAll(compileRuleRegExp(source, 'giu'))], [...text.matchAll(new RegExp(source, 'giu'))]);
      const g1 = compileRuleRegExp(source, 'giu'), g2 = new RegExp(source, 'giu');
      const seen1: Array<[number, number]> = [], seen2: Array<[number, number]> = [];
      for (let m = g1.exec(text), k = 0; m && k < 100; m = g1.exec(text), k++) { seen1.push([m.index, g1.lastIndex]); if (!m[0]) g1.lastIndex++; }
      for (let m = g2.exec(text), k = 0; m && k < 100; m = g2.exec(text), k++) { seen2.push([m.index, g2.lastIndex]); if (!m[0]) g2.lastIndex++; }
      assert.deepEqual(seen1, seen2, text);
      assert.equal(g1.lastIndex, g2.lastIndex);
    }
  });
}

test('the fast form is used where it applies', () => {
  assert.notEqual(compileRuleRegExp(`${W}coopération`, 'iu').constructor, RegExp);
});

test('literalOpenings: the literal texts that open every match, or undefined when a branch may open otherwise', () => {
  assert.deepEqual(literalOpenings('visites?\\s+officielles?'), ['visite']);
  assert.deepEqual(literalOpenings('(?:série\\s+de\\s+)?(?:rencontres|réunions)\\s+bilatérales'), ['série', 'rencontres', 'réunions']);
  assert.deepEqual(literalOpenings('ab|cd(?:e|f\\s)g'), ['ab', 'cde', 'cdf']);
  assert.deepEqual(literalOpenings('q(?:a|b)+c'), ['qa', 'qb']);
  assert.deepEqual(literalOpenings('a+b'), ['a']);
  for (const source of ['[ab]c', '\\bfoo', `${OPENS_WORD}foo`, '(a)b', 'x{0,2}y', '(?:a)?', 'a|b?', '']) {
    assert.equal(literalOpenings(source), undefined, source);
  }
});

test('literalOpenings: a pattern matches only where one of its openings does (checked on sentences)', () => {
  const cases = ['(?:série\\s+de\\s+)?(?:rencontres|entretiens)\\s+(?:bilatérales?|officiels?)', 'exercices?(?:\\s+(?:militaires?|navals?))?',
    '(?:conférences?|congrès|forums?)'];
  const texts = ['Une série de rencontres bilatérales et des entretiens officiels.', 'Les EXERCICES navals, un exercice.', 'Le Congrès, des forums.'];
  for (const source of cases) {
    const openings = new RegExp(literalOpenings(source)!.join('|'), 'iuy');
    const full = new RegExp(source, 'giu');
    for (const text of texts) {
      for (const m of text.matchAll(full)) {
        openings.lastIndex = m.index;
        assert.ok(openings.test(text), `${source} at ${m.index} in ${text}`);
      }
    }
  }
});

test('opensWordAt answers as the look-behind does, at every offset of the sentences', () => {
  const lookBehind = new RegExp(OPENS_WORD, 'iuy');
  for (const text of sentences) {
    for (let i = 0; i <= text.length; i++) {
      lookBehind.lastIndex = i;
      assert.equal(opensWordAt(text, i), lookBehind.test(text), `${i} in ${text.slice(0, 40)}`);
    }
  }
});
