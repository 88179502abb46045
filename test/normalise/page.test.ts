// Normalising short pages written for the test: teasers shared by two pages, title kept or not, CRLF, empty text.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseSource } from '../../src/normalise/index.js';
import { TracedText } from '../../src/normalise/traced-text.js';
import { compact, compactByFolding, splitLines } from '../../src/normalise/page-layout.js';
import type { RawSource } from '../../src/model/document.js';

const raw = (text: string, file = 'page.txt', extra: Partial<RawSource> = {}): RawSource =>
  ({ location: file, file, format: 'text', text, ...extra });

const TEASER = [
  'Le ministre Nguyen Van A et son homologue Jean Dupont. Photo : VNA',
  '',
  'Le Vietnam et la France signent un accord',
  '',
  'Le ministre Nguyen Van A a rencontré le 3 mai à Hanoï son homologue français Jean Dupont.',
].join('\n');

test('the same teaser on two pages is one document (same id), each linked to its page', () => {
  const a = normaliseSource(raw(`Premier titre\n\nHanoï (VNA) – Une première nouvelle importante.\n\nVoir plus\n\n${TEASER}`, 'a.txt'));
  const b = normaliseSource(raw(`Second titre\n\nUne autre nouvelle, sans rapport.\n\nVoir plus\n\n${TEASER}\n`, 'b.txt'));
  assert.equal(a.teasers.length, 1);
  assert.equal(a.teasers[0].id, b.teasers[0].id);
  assert.notEqual(a.page.id, b.page.id);
  assert.equal(a.teasers[0].parentId, a.page.id);
  assert.equal(b.teasers[0].parentId, b.page.id);
  assert.equal(b.teasers[0].file, 'b.txt');
  assert.equal(a.teasers[0].text, 'Le Vietnam et la France signent un accord\nLe ministre Nguyen Van A et son homologue Jean Dupont.\nLe ministre Nguyen Van A a rencontré le 3 mai à Hanoï son homologue français Jean Dupont.');
  assert.deepEqual(a.teasers[0].captions.map((c) => a.teasers[0].text.slice(c.start, c.end)), ['Le ministre Nguyen Van A et son homologue Jean Dupont.']);
});

test('the title is kept as the first sentence unless the lead starts with it word for word', () => {
  const kept = normaliseSource(raw('Accord de défense franco-vietnamien\n\nLe ministre a signé un accord. Il part demain.'));
  assert.equal(kept.page.sentences[0].text, 'Accord de défense franco-vietnamien');
  const dropped = normaliseSource(raw('Le ministre a signé un accord.\n\nLe ministre a signé un accord. Il part demain.'));
  assert.equal(dropped.page.text, 'Le ministre a signé un accord. Il part demain.');
  assert.equal(dropped.page.title, 'Le ministre a signé un accord.');
});

test('the glued repeat of the lead is dropped, its dateline kept apart, the sign-off removed', () => {
  const text = 'Titre\r\n\r\nLe ministre Jean Dupont a reçu vendredi son homologue.\r\nParis, 3 mai 2024 (AFP) – Le ministre JeanDupont a reçu vendredi sonhomologue.\r\n\r\nIls ont parlé de coopération. -AFP\r\n';
  const { page } = normaliseSource(raw(text));
  assert.equal(page.text, 'Titre\nLe ministre Jean Dupont a reçu vendredi son homologue.\nParis, 3 mai 2024 (AFP) –\nIls ont parlé de coopération.');
  assert.equal(page.dateline?.date?.iso, '2024-05-03');
  assert.equal(page.contextYear, 2024);
  assert.equal(page.published?.iso, '2024-05-03');
  assert.deepEqual(page.sentences.map((s) => s.text), ['Titre', 'Le ministre Jean Dupont a reçu vendredi son homologue.', 'Ils ont parlé de coopération.']);
});

test('teaser items: a title without a summary, a printed-twice title, a caption-only item', () => {
  const text = [
    'Titre', '', 'Une nouvelle.-AFP', '', 'Voir plus', '',
    'Un titre seul sans résumé', '', 'Le titre suivant', '', 'Le titre suivant', '', 'Le résumé du titre suivant, avec un point.', '',
    'Une légende seule. Photo : AFP',
  ].join('\n');
  const { page, teasers } = normaliseSource(raw(text));
  assert.equal(page.text, 'Titre\nUne nouvelle.');
  assert.deepEqual(teasers.map((t) => t.text), [
    'Un titre seul sans résumé',
    'Le titre suivant\nLe résumé du titre suivant, avec un point.',
    'Une légende seule.',
  ]);
  assert.deepEqual(teasers[2].captions, [{ start: 0, end: 18 }]);
});

test('a feed item date gives the publication date and the year of partial dates', () => {
  const { page } = normaliseSource(raw('Titre\n\nParis, 3 mai (AFP) – Le ministre est arrivé.', 'feed.xml#001', { format: 'feed-item', published: '2023-05-04T10:00:00+02:00' }));
  assert.equal(page.published?.iso, '2023-05-04');
  assert.equal(page.dateline?.date?.iso, '2023-05-03');
});

test('empty and blank sources give an empty page, not an error', () => {
  for (const text of ['', ' \n\u00a0\n']) {
    const { page, teasers } = normaliseSource(raw(text));
    assert.equal(page.text, '');
    assert.deepEqual(page.sentences, []);
    assert.deepEqual(teasers, []);
  }
});

test('traced text: cuts, inserted spaces and collapsed white space keep source offsets', () => {
  const source = 'ab  cd\u00a0ef';
  let t = TracedText.fromSource(source, 0, source.length).collapseSpaces();
  assert.equal(t.text, 'ab cd ef');
  assert.deepEqual(Array.from(t.origin), [0, 1, 2, 4, 5, 6, 7, 8, 9]);
  t = t.insertSpaces([1]).cut(0, 1);
  assert.equal(t.text, ' b cd ef');
  assert.equal(t.origin[1], 1);
  const joined = TracedText.join([TracedText.fromSource(source, 0, 2), TracedText.fromSource(source, 4, 6)], '\n');
  assert.equal(joined.text, 'ab\ncd');
  assert.deepEqual(Array.from(joined.origin), [0, 1, 4, 4, 5, 6]);
});

test('prefilters skip no see-more line and no credit: long trailing punctuation, "diffusée par", credits in brackets', () => {
  const page = (seeMore: string, caption: string) => normaliseSource(raw(
    `Titre\n\nHanoï (VNA) – Une nouvelle.\n\n${caption}\n\n${seeMore}\n\nUn autre titre\n\nUn résumé du texte.`));
  for (const seeMore of ['Voir plus', 'VOIR PLUS :', 'Lire aussi : » » » . . . … … : : : >>>>>>', 'Sur le même sujet']) {
    const { page: doc, teasers } = page(seeMore, 'Une légende. Photo : VNA');
    assert.equal(teasers.length, 1, seeMore);
    assert.ok(!doc.text.includes('Un autre titre'), seeMore);
  }
  for (const caption of ['Une légende. Photo : VNA', 'Une légende (Photo : VNA)', 'Une légende. Photo diffusée par la VNA',
    'Une légende. Crédit photo: AFP (archives)', 'Une légende. Ảnh : TTXVN', 'Une légende (Source: customsnews)',
    'Une légende. Photos : VNA']) {
    const { page: doc } = page('Voir plus', caption);
    assert.equal(doc.captions.length, 1, caption);
    assert.equal(doc.text.slice(doc.captions[0].start, doc.captions[0].end).replace(/\.$/, ''), 'Une légende', caption);
  }
});

test('traced text: a one-to-one slice of the source maps like one with every offset stored', () => {
  const source = 'Le  ministre\u00a0a reçu  son homologue. Photo : VNA';
  const start = 3;
  const lazy = TracedText.fromSource(source, start, source.length);
  const stored = new TracedText(source.slice(start), Int32Array.from({ length: source.length - start + 1 }, (_, i) => start + i));
  const steps: Array<(t: TracedText) => TracedText> = [
    (t) => t, (t) => t.slice(2), (t) => t.slice(1, 20), (t) => t.cut(4, 9), (t) => t.insertSpaces([3, 10]),
    (t) => t.collapseSpaces(), (t) => TracedText.join([t, t.slice(5)], '\n'), (t) => t.slice(3).collapseSpaces().cut(0, 2),
  ];
  for (const step of steps) {
    const a = step(lazy);
    const b = step(stored);
    assert.equal(a.text, b.text);
    assert.deepEqual(Array.from(a.origin), Array.from(b.origin));
    for (let i = 0; i <= a.length; i++) assert.equal(a.originAt(i), b.origin[i]);
  }
});

test('traced text: joined pieces map each character, separator and end as a table built piece by piece would', () => {
  const source = 'Titre\r\n\r\nHanoï  (VNA) – Le ministre a reçu son homologue.\r\nLégende. Photo : VNA';
  const lines = [TracedText.fromSource(source, 0, 5), TracedText.fromSource(source, 9, 56).collapseSpaces(),
    TracedText.fromSource(source, 58, source.length).cut(8, source.length - 58), TracedText.fromSource(source, 3, 3)];
  for (const pieces of [lines, lines.slice(0, 1), [lines[3], lines[0]], [lines[1].insertSpaces([2, 9]), lines[2]]]) {
    const expected: number[] = [];
    pieces.forEach((piece, i) => {
      if (i > 0) expected.push(piece.origin[0]);
      for (let k = 0; k < piece.length; k++) expected.push(piece.origin[k]);
    });
    expected.push(pieces[pieces.length - 1].origin[pieces[pieces.length - 1].length]);
    const joined = TracedText.join(pieces, '\n');
    assert.equal(joined.text, pieces.map((p) => p.text).join('\n'));
    for (let i = 0; i <= joined.length; i++) assert.equal(joined.originAt(i), expected[i], `offset ${i}`);
    assert.deepEqual(Array.from(joined.slice(2).origin), expected.slice(2));
    assert.deepEqual(Array.from(joined.cut(1, 3).origin), [...expected.slice(0, 1), ...expected.slice(3)]);
    assert.deepEqual(Array.from(joined.origin), expected);
  }
  assert.deepEqual(Array.from(TracedText.join([], '\n').origin), [0]);
});

test('compact, read character by character, gives what folding the whole string gives', () => {
  const cases = [
    'Le Premier ministre Phạm Minh Chính a reçu l’ambassadeur de Côte d’Ivoire', 'ĐẢNG CỘNG SẢN VIỆT NAM – Hà Nội, 19/5',
    'İstanbul ΣΊΣΥΦΟΣ œuvre Æsir straße ǅemal ﬁn', 'e\u0301te\u0301 A\u030a \u212a \u2260 \u1fef \u037e \u0344',
    'Ｆｕｌｌ ｗｉｄｔｈ ①②③ ½ ² Ⅻ', '한국어 日本語 Ελληνικά', 'math 𝐀𝐁 emoji 😀 pair', 'lone \ud800 surrogate', '', '   ',
  ];
  for (let c = 0x20; c < 0x3000; c += 7) cases.push(`a${String.fromCharCode(c)}b${String.fromCharCode(c + 3)}`);
  // Strings of characters drawn over the whole Basic Multilingual Plane (a fixed sequence, so the test repeats).
  let seed = 12345;
  const next = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) % 0xfff0;
  for (let n = 0; n < 3000; n++) cases.push(Array.from({ length: 8 }, () => String.fromCharCode(next())).join(''));
  for (const value of cases) assert.equal(compact(value), compactByFolding(value), JSON.stringify(value));
  // Twice: the second time every character is answered from the table.
  for (const value of cases) assert.equal(compact(value), compactByFolding(value), JSON.stringify(value));
});

test('lines: one pass over the source finds what splitting on line breaks and collapsing every line finds', () => {
  // The reference: split on \r\n, \n or \r, collapse each line, keep the non-empty ones.
  const reference = (source: string) => {
    const out: TracedText[] = [];
    const re = /\r\n|\n|\r/g;
    let start = 0;
    for (const m of source.matchAll(re)) {
      out.push(TracedText.fromSource(source, start, m.index!).collapseSpaces());
      start = m.index! + m[0].length;
    }
    out.push(TracedText.fromSource(source, start, source.length).collapseSpaces());
    return out.filter((line) => line.length > 0);
  };
  const sources = [
    'Titre\n\nPremier  paragraphe.\r\nSecond\tparagraphe\u00a0ici.\rTroisième\u202f: fin ',
    ' Début avec espace\n\n\n  \n\t\nFin\u000bverticale\u000cpage\r\n',
    'Un seul', '', '\r\n\r\n', 'a  b', 'a \u00a0b', '  ', 'x\r\r\ny',
  ];
  for (const source of sources) {
    const lines = splitLines(source);
    const expected = reference(source);
    assert.deepEqual(lines.map((l) => l.text), expected.map((l) => l.text), JSON.stringify(source));
    assert.deepEqual(lines.map((l) => [...l.origin]), expected.map((l) => [...l.origin]), JSON.stringify(source));
  }
});

test('prefilter skips no caption marker: the placeholder word anywhere on the line, with or without spaces', () => {
  for (const line of ['Le titre répété ảnh 1Une légende.', 'Le titre ảnh 12 Une légende.', 'ảnh 3Une légende.']) {
    const { page: doc } = normaliseSource(raw(`Titre\n\nHanoï (VNA) – Une nouvelle.\n\n${line}\n\nLa suite.`));
    assert.equal(doc.captions.length, 1, line);
    assert.equal(doc.text.slice(doc.captions[0].start, doc.captions[0].end), 'Une légende.', line);
  }
});

test('traced text: spaces inserted without storing offsets map as the table built space by space would', () => {
  const source = 'Le  ministrereçu\u00a0son homologuedu Japon. Photo : VNA';
  // The table as insertSpaces built it before: the characters' offsets copied, each space given the next one's.
  const reference = (t: TracedText, at: number[]) => {
    const origin: number[] = [];
    let last = 0;
    for (const pos of at) {
      for (let k = last; k < pos; k++) origin.push(t.originAt(k));
      origin.push(t.originAt(pos));
      last = pos;
    }
    for (let k = last; k <= t.length; k++) origin.push(t.originAt(k));
    return origin;
  };
  const bases = [TracedText.fromSource(source, 2, source.length), TracedText.fromSource(source, 0, source.length).collapseSpaces(),
    TracedText.join([TracedText.fromSource(source, 0, 10), TracedText.fromSource(source, 20, 40)], '\n')];
  for (const base of bases) {
    for (const at of [[0], [3], [3, 3], [1, 5, 9], [base.length], [0, base.length], [2, base.length, base.length]]) {
      const spaced = base.insertSpaces(at);
      const expected = reference(base, at);
      assert.equal(spaced.length + 1, expected.length);
      for (let i = 0; i <= spaced.length; i++) assert.equal(spaced.originAt(i), expected[i], `${JSON.stringify(at)} at ${i}`);
      assert.deepEqual(Array.from(spaced.origin), expected);
      assert.deepEqual(Array.from(spaced.slice(1, 6).origin), expected.slice(1, 7));
      assert.deepEqual(Array.from(spaced.cut(1, 3).origin), [...expected.slice(0, 1), ...expected.slice(3)]);
    }
  }
});
