// Resolution within one file: name variants, short mentions, conflicts, countries, relations remapped, judgements.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { extractEntityMentions } from '../../src/extract/entities/index.js';
import { loadGazetteers } from '../../src/gazetteer/index.js';
import { parseJudgements, resolveFile } from '../../src/resolve/index.js';
import type { DocExtraction, RelationRecord } from '../../src/model/extraction.js';
import { makeDoc } from '../extract/entities/make-doc.js';

const g = loadGazetteers();

function extract(texts: string[], relations: RelationRecord[] = []): DocExtraction[] {
  return texts.map((text, i) => {
    const doc = makeDoc(text, i === 0 ? 'page' : 'teaser');
    doc.published = { iso: '2024-03-01', text: '1er mars 2024', rule: 'test' };
    return { doc, mentions: extractEntityMentions(doc, g), events: [], relations: i === 0 ? relations : [] };
  });
}

function resolve(texts: string[], options: { relations?: RelationRecord[]; judgements?: object; sourceCountry?: string } = {}) {
  let judgementsFile: string | undefined;
  if (options.judgements) {
    judgementsFile = join(mkdtempSync(join(tmpdir(), 'entente-j-')), 'judgements.json');
    writeFileSync(judgementsFile, JSON.stringify(options.judgements));
  }
  return resolveFile('a.txt', 'a.txt', extract(texts, options.relations), g, { sourceCountry: options.sourceCountry ?? 'VN', judgementsFile });
}

const personsOf = (r: ReturnType<typeof resolve>) => r.persons.map((p) => [p.id, p.name, p.aliases, p.country]);

test('diacritics and glued words: one person, the fullest form as name, the others as aliases', () => {
  const r = resolve(['Le Premier ministre Phạm Văn Tùng a reçu la délégation.', 'Le Premier ministre PhamVan Tung à Hanoï.']);
  assert.deepEqual(personsOf(r), [['person:pham-van-tung', 'Phạm Văn Tùng', ['Pham Van Tung', 'PhamVan Tung'], 'VN']]);
});

test('reversed name order is the same person', () => {
  const r = resolve(['La directrice japonaise Yuki Sato est venue. Pour sa part, Sato Yuki a conclu.']);
  assert.deepEqual(personsOf(r), [['person:yuki-sato', 'Yuki Sato', ['Sato Yuki'], 'JP']]);
});

test('a short later mention joins the only full name that contains it', () => {
  const r = resolve(['Le vice-ministre de la Défense, le général Nguyen Chi Vinh, a parlé.', 'Le général Vinh a ensuite signé.']);
  assert.deepEqual(r.persons.map((p) => [p.name, p.rank, p.aliases]), [['Nguyen Chi Vinh', 'général', ['Vinh']]]);
});

test('a short mention that two people share stays apart', () => {
  const r = resolve(['Le général Nguyen Chi Vinh et le colonel Tran Duc Vinh sont arrivés.', 'Le général Vinh a signé.']);
  assert.deepEqual(r.persons.map((p) => p.name).sort(), ['Nguyen Chi Vinh', 'Tran Duc Vinh', 'Vinh']);
});

test('offices are kept with the date of the article that states them', () => {
  const r = resolve(['Le vice-ministre de la Défense, le général Nguyen Chi Vinh, a parlé.']);
  assert.deepEqual(r.persons[0].offices, [{ title: 'vice-ministre de la Défense', asOf: '2024-03-01' }]);
});

const countryCases: Array<[string, string, string | null]> = [
  ['a home-country name with an office and no marker: the source country', 'Le ministre Tran Van Son a parlé.', 'VN'],
  ['a foreign name with an office: the one foreign country named around it', 'Visite à Singapour. Le ministre senior Goh Chok Tong a reçu la délégation.', 'SG'],
  ['a friendship association of two countries: the one that is not the source', "Luca Bianchi, président de l'Association d'amitié Italie-Vietnam, a parlé.", 'IT'],
  ['a foreign name: a country named in the same sentence wins over the ones around', "Le Japon arrive. Visite de l'Armée de l'air thaïlandaise, conduite par le général Somsak Chai, chef d'état-major.", 'TH'],
  ['a foreign name with an office in a body of unknown country: unknown', "Le directeur de l'Institut des radios, Ali Karim, a parlé.", null],
  ['a home-country name with an office in a body of unknown country: the source country', "Le directeur de l'Institut des radios, Tran Van Son, a parlé.", 'VN'],
  ['a foreign counterpart with no demonym and no country around: unknown', 'Le ministre Tran Van Son a reçu son homologue Richard Marles.', null],
  ['no office and no marker: unknown', 'Plus tard, M. Luca Bianchi a parlé.', null],
  ['a rank before a one-word name, a foreign country around: the source country, the name tells nothing',
    'Le général Vinh a rencontré le ministre français des Armées.', 'VN'],
];
for (const [name, text, expected] of countryCases) {
  test(`person country: ${name}`, () => assert.equal(resolve([text]).persons[0]?.country, expected));
}

test('the source country is a setting', () => {
  assert.equal(resolve(['Le ministre Tran Van Son a parlé.'], { sourceCountry: 'FR' }).persons[0].country, 'FR');
});

test('countries inside organisation names and credits are not listed; demonyms are', () => {
  const r = resolve(["L'Association d'amitié Vietnam-Cuba a reçu des experts laotiens. Photo : MDDI (Singapour)"]);
  assert.deepEqual(r.countries.map((c) => [c.code, c.name]), [['LA', 'Laos']]);
});

test('a short organisation name joins the one longer name it abbreviates; an ambiguous one stays', () => {
  const r = resolve(['Le Parti communiste du Vietnam (PCV) dirige. Le Parti communiste a salué le ministère de la Défense du Laos, le ministère de la Défense du Cambodge et le ministère de la Défense.']);
  assert.deepEqual(r.organisations.map((o) => o.name), ['ministère de la Défense', 'ministère de la Défense du Cambodge', 'ministère de la Défense du Laos', 'Parti communiste du Vietnam']);
  assert.ok(r.organisations.find((o) => o.id === 'org:pcv')!.aliases.includes('Parti communiste'));
});

test('relations: provisional keys become resolved ids and names; self-relations and repeats go', () => {
  const ev = { doc: 'doc:x', sentence: 0, text: 'x', start: 0, end: 1, sourceStart: 0, sourceEnd: 1, rule: 'test' };
  const rel = (aId: string, a: string, bId: string, b: string): RelationRecord => ({ type: 'MET', a, b, aId, bId, confidence: 0.9, evidence: [ev] });
  const r = resolve(['Le général Nguyen Chi Vinh a reçu M. Samuel Perez.', 'Le général Vinh et M. Perez.'], {
    relations: [
      rel('person:nguyen-chi-vinh', 'Nguyen Chi Vinh', 'person:samuel-perez', 'Samuel Perez'),
      rel('person:perez', 'Perez', 'person:vinh', 'Vinh'),
      rel('person:vinh', 'Vinh', 'person:nguyen-chi-vinh', 'Nguyen Chi Vinh'),
    ],
  });
  assert.deepEqual(r.relations.map((x) => [x.type, x.aId, x.a, x.bId, x.b]), [['MET', 'person:nguyen-chi-vinh', 'Nguyen Chi Vinh', 'person:samuel-perez', 'Samuel Perez']]);
});

test('judgements: merge, alias-belongs-to and keep-apart are applied last', () => {
  const texts = ['Le général Nguyen Chi Vinh et le ministre Tran Van Vinh sont là.', 'Le général Vinh a signé. Le colonel Le Van Hung aussi.'];
  const merged = resolve(texts, { judgements: { judgements: [{ type: 'merge', ids: ['person:nguyen-chi-vinh', 'person:le-van-hung'], by: 't', reason: 'test' }] } });
  assert.ok(merged.persons.find((p) => p.id === 'person:nguyen-chi-vinh')!.aliases.includes('Le Van Hung'));
  const owned = resolve(texts, { judgements: { judgements: [{ type: 'alias-belongs-to', alias: 'Vinh', id: 'person:tran-van-vinh', by: 't', reason: 'test' }] } });
  assert.deepEqual(owned.persons.find((p) => p.id === 'person:tran-van-vinh')!.aliases, ['Vinh']);
  const apart = resolve(['Le général Nguyen Chi Vinh a parlé.', 'Le général Vinh a signé.'], { judgements: { judgements: [{ type: 'keep-apart', ids: ['person:nguyen-chi-vinh', 'person:vinh'], by: 't', reason: 'test' }] } });
  assert.deepEqual(apart.persons.map((p) => p.id), ['person:nguyen-chi-vinh', 'person:vinh']);
});

const badJudgements: Array<[string, string]> = [
  ['not JSON', '{'],
  ['no list', '{"_doc": "x"}'],
  ['unknown type', '{"judgements": [{"type": "split", "ids": ["a:b", "c:d"]}]}'],
  ['merge of one id', '{"judgements": [{"type": "merge", "ids": ["person:a"]}]}'],
  ['alias without id', '{"judgements": [{"type": "alias-belongs-to", "alias": "Vinh"}]}'],
];
for (const [name, text] of badJudgements) {
  test(`judgements file refused: ${name}`, () => {
    assert.throws(() => parseJudgements(text), (e: { code?: string }) => e.code === 'GAZETTEER_INVALID');
  });
}

test('resolution is deterministic', () => {
  const texts = ['Le vice-ministre de la Défense, le général Nguyen Chi Vinh, a reçu M. Samuel Perez, assistant adjoint du secrétaire d\'État américain.'];
  assert.equal(JSON.stringify(resolve(texts)), JSON.stringify(resolve(texts)));
});

test('with the raw source text, names are also recorded as the source writes them (glued)', () => {
  const raw = 'Le ministre HoangVan Minh arrive.';
  const doc = makeDoc('Le ministre Hoang Van Minh arrive.');
  doc.toSource = (o) => (o <= 17 ? o : o - 1);
  const r = resolveFile('a.txt', 'a.txt', [{ doc, mentions: extractEntityMentions(doc, g), events: [], relations: [] }], g,
    { sourceCountry: 'VN', sourceText: raw });
  assert.deepEqual(r.persons.map((p) => [p.name, p.aliases]), [['Hoang Van Minh', ['HoangVan Minh']]]);
});

test('judgements also merge organisations and give them aliases', () => {
  const text = "L'Institut des études stratégiques et l'Institut de la mer ont signé.";
  const r = resolve([text], { judgements: { judgements: [
    { type: 'merge', ids: ['org:institut-des-etudes-strategiques', 'org:institut-de-la-mer'], by: 't', reason: 'test' },
    { type: 'alias-belongs-to', alias: 'IES', id: 'org:institut-des-etudes-strategiques', by: 't', reason: 'test' },
  ] } });
  assert.deepEqual(r.organisations.map((o) => [o.id, o.aliases]), [['org:institut-des-etudes-strategiques', ['IES', 'Institut de la mer']]]);
});

test('a name whose words are all in exactly one longer name joins it; in two longer names, it stays apart', () => {
  const one = resolve(['Le Premier ministre Phạm Minh Chính a reçu la délégation.', 'Le Premier ministre Phạm Chính à Hanoï.']);
  assert.deepEqual(one.persons.map((p) => [p.name, p.aliases]), [['Phạm Minh Chính', ['Phạm Chính']]]);
  const two = resolve(['Le Premier ministre Phạm Minh Chính a reçu le ministre Phạm Văn Chính.', 'Le Premier ministre Phạm Chính à Hanoï.']);
  assert.deepEqual(two.persons.map((p) => p.name), ['Phạm Chính', 'Phạm Minh Chính', 'Phạm Văn Chính']);
});
