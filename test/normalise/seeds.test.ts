// Normalising the five seed pages: titles, datelines, sign-offs, captions, repeated leads, teasers, offsets.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { normaliseSource } from '../../src/normalise/index.js';
import type { Doc, RawSource } from '../../src/model/document.js';

const SEEDS = new URL('../../../shared/corpus/seeds/', import.meta.url);

function seed(name: string): RawSource {
  return { location: name, file: name, format: 'text', text: readFileSync(new URL(name, SEEDS), 'utf8') };
}

interface Expected {
  file: string;
  title: string;
  dateline?: { place: string; agency: string; iso?: string };
  captions: string[];
  teasers: number;
  teaserTitles: string[];
  /** A sentence of the lead, which the glued repeat must not duplicate. */
  leadStart: string;
}

const EXPECTED: Expected[] = [
  {
    file: '000_769450a205ff9c32.txt', title: 'Réunion sur coopération contre les armes de destruction de masse', captions: [], teasers: 3,
    teaserTitles: ['Un nouvel élan pour les relations Vietnam–Singapour', 'Avancées majeures de la diplomatie vietnamienne depuis 40 ans sous la direction du Parti',
      '76 ans des relations Vietnam-Chine : le FPV adresse un message de félicitations à la CCPPC'],
    leadStart: "La 16e conférence du Groupe d'étude",
  },
  {
    file: '001_1172300eeb66c489.txt', title: 'Le Vietnam propose des pistes de coopération de défense ASEAN-Japon',
    dateline: { place: 'Tokyo', agency: 'VNA' },
    captions: ['Les chefs des délégations à la 13e réunion des vice-ministres de la Défense de l’ASEAN et du Japon, à Tokyo, le 30 janvier.'],
    teasers: 6, teaserTitles: ['Le secrétaire général To Lam rencontre le président américain Donald Trump'],
    leadStart: 'Le Vietnam a proposé des mesures visant',
  },
  {
    file: '002_f74315cc051a8a08.txt', title: 'Le Vietnam et le Japon renforcent leur coopération en matière de maintien de la paix',
    dateline: { place: 'Hanoï', agency: 'VNA' },
    captions: ["Le chef d'état-major adjoint de l'Armée populaire du Vietnam, Phung Si Tan et Tomoko Matsuzawa, directrice japonaise de la coopération de défense dans la région d’Indo-Pacifique, le 10 octobre à Hanoï."],
    teasers: 6, teaserTitles: ['Le SG du Parti To Lam rend hommage aux anciens SG Tran Phu et Ha Huy Tap'],
    leadStart: "Le chef d'état-major adjoint de l'Armée populaire du Vietnam Phung Si Tan a reçu",
  },
  {
    file: '003_4fe97ebce5e3b00f.txt', title: 'Premier dialogue Vietnam-France sur la stratégie de sécurité et de défense',
    dateline: { place: 'Paris', agency: 'VNA', iso: '--09-19' }, captions: [], teasers: 8,
    teaserTitles: ['ASEAN : la Déclaration de Hanoï sur la coopération numérique adoptée'],
    leadStart: 'Le premier dialogue Vietnam-France sur la stratégie de sécurité et de défense a eu lieu',
  },
  {
    file: '004_a84331fe95974398.txt', title: 'Vietnam et Etats-Unis renforcent leur coopération dans la défense', captions: [], teasers: 8,
    teaserTitles: ['Les relations d\'amitié traditionnelle Vietnam - Algérie', 'Le PM se recueille au Mémorial du Martyr et visite le Musée national de l’Armée à Alger'],
    leadStart: 'Le vice-ministre de la Défense, le général Nguyen Chi Vinh, a reçu vendredi',
  },
];

for (const expected of EXPECTED) {
  test(`seed ${expected.file}: title, dateline, captions, sign-off, repeated lead, teasers`, () => {
    const raw = seed(expected.file);
    const { page, teasers } = normaliseSource(raw);
    assert.equal(page.title, expected.title);
    assert.equal(page.kind, 'page');
    assert.ok(page.sentences[0].text === expected.title, 'the title is the first sentence');
    if (expected.dateline) {
      assert.equal(page.dateline?.place, expected.dateline.place);
      assert.equal(page.dateline?.agency, expected.dateline.agency);
      assert.equal(page.dateline?.date?.iso, expected.dateline.iso);
      const { start, end } = page.dateline!;
      assert.ok(!page.sentences.some((s) => s.start < end && s.end > start), 'the dateline is in no sentence');
    } else assert.equal(page.dateline, undefined);
    assert.deepEqual(page.captions.map((c) => page.text.slice(c.start, c.end)), expected.captions);
    for (const caption of page.captions) assert.ok(page.sentences.some((s) => s.start === caption.start), 'a caption is its own sentence');
    assert.equal(page.text.split(expected.leadStart).length - 1, 1, 'the lead appears once');
    for (const doc of [page, ...teasers]) {
      assert.doesNotMatch(doc.text, /Photo ?:|ảnh \d|\(Source:|Voir plus|[-–] ?(VNA|AVI)\s*$/m, doc.id);
    }
    assert.equal(teasers.length, expected.teasers);
    for (const title of expected.teaserTitles) assert.ok(teasers.some((t) => t.title === title), title);
    for (const teaser of teasers) {
      assert.equal(teaser.kind, 'teaser');
      assert.equal(teaser.parentId, page.id);
      assert.equal(teaser.file, raw.file);
      assert.equal(teaser.sentences[0].text, teaser.title);
    }
    assert.equal(new Set([page, ...teasers].map((d) => d.id)).size, teasers.length + 1);
  });

  test(`seed ${expected.file}: every character maps back to the raw text`, () => {
    const raw = seed(expected.file);
    const { page, teasers } = normaliseSource(raw);
    for (const doc of [page, ...teasers]) assertTraceable(doc, raw.text);
  });
}

/** Each non-space character of the text is the raw character `toSource` points to; each sentence reads the same in the raw text. */
function assertTraceable(doc: Doc, raw: string): void {
  for (let i = 0; i < doc.text.length; i++) {
    const c = doc.text[i];
    if (c === ' ' || c === '\n') continue;
    assert.equal(raw[doc.toSource(i)], c, `${doc.id} offset ${i}`);
  }
  const letters = (s: string) => s.replace(/[\s\u00a0]+/g, '');
  for (const s of doc.sentences) {
    const original = raw.slice(doc.toSource(s.start), doc.toSource(s.end - 1) + 1);
    assert.equal(letters(original), letters(s.text), `${doc.id} sentence ${s.index}`);
  }
}

test('seed 001: glued words are repaired in the body', () => {
  const { page } = normaliseSource(seed('001_1172300eeb66c489.txt'));
  for (const phrase of ['Hoàng Xuân Chiên', 'Makoto Oniki', 'en Mer Orientale', 'les ministères de la Défense', 'le déploiement']) {
    assert.ok(page.text.includes(phrase), phrase);
  }
  assert.ok(!page.text.includes('HoàngXuân'));
});
