// COOPERATES_WITH rules on sentences written for the tests: compounds, "entre X et Y", joint subjects, "les deux pays", domains.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMarked, pairs } from './marked-doc.js';

const cases: Array<[string, string, string[]]> = [
  ['compound with a dash', 'La coopération [C:VN:Vietnam]-[C:KR:Corée] dans le domaine naval progresse.', ['KR|VN']],
  ['compound with an en dash and an organisation', 'Le partenariat stratégique global [C:VN:Vietnam]–[O:Union européenne] se renforce.', ['Union européenne|VN']],
  ['compound after modifiers', 'Les relations d\'amitié traditionnelle [C:VN:Vietnam] - [C:CU:Cuba] sont solides.', ['CU|VN']],
  ['between', 'Il a salué la coopération en matière de défense entre l\'[O:ASEAN] et l\'[C:IN:Inde].', ['ASEAN|IN']],
  ['between with "dont"', 'Le cadre de coopération entre l\'[O:ASEAN] et ses partenaires, dont la [C:AU:Australie], progresse.', ['ASEAN|AU']],
  ['joint subject with a cooperation noun', 'Le [C:VN:Vietnam] et le [C:KH:Cambodge] renforcent leur coopération dans le déminage.', ['KH|VN']],
  ['joint subject with a cooperation verb', 'Le [C:VN:Vietnam] et [C:SG:Singapour] coopèrent sur la cybersécurité.', ['SG|VN']],
  ['jointly organised', 'Parallèlement, le [C:VN:Vietnam] et l\'[C:AU:Australie] ont organisé conjointement un atelier.', ['AU|VN']],
  ['in cooperation with', 'L\'atelier est organisé par l\'[O:Académie diplomatique] en coopération avec le [O:Centre Stimson].', ['Académie diplomatique|Centre Stimson']],
  ['an organisation named "de coopération" states nothing', 'Le [O:Conseil de coopération du Golfe] a tenu une réunion avec le [C:VN:Vietnam].', []],
  ['two countries with no cooperation word', 'Le [C:VN:Vietnam] et la [C:CN:Chine] sont tous deux des pays socialistes.', []],
  ['parties in a prepositional phrase are not a subject', 'Cela a permis à l\'[O:ASEAN] et au [C:JP:Japon] d\'évaluer la situation.', []],
  ['negated', 'Le [C:VN:Vietnam] et la [C:XK:Kosovo] n\'ont pas établi de relations diplomatiques.', []],
];

for (const [name, marked, expected] of cases) {
  test(`COOPERATES_WITH: ${name}`, () => {
    assert.deepEqual(pairs(extractMarked(marked).relations, 'COOPERATES_WITH'), expected);
  });
}

test('COOPERATES_WITH: "les deux pays" takes the pair of the last meeting between their people', () => {
  const { relations } = extractMarked(
    'Le ministre [P/VN:Phan Van Giang] a reçu le secrétaire [P/FR:Jean Roux]. Les deux pays ont convenu de renforcer leur coopération dans la formation.');
  assert.deepEqual(pairs(relations, 'COOPERATES_WITH'), ['FR|VN']);
  assert.deepEqual(relations.find((r) => r.type === 'COOPERATES_WITH')?.domains, ['formation']);
});

test('COOPERATES_WITH: "les deux parties" takes the last pair stated, not the country that speaks', () => {
  const { relations } = extractMarked(
    'Le [C:VN:Vietnam] soutient la coopération [O:ASEAN]-[C:JP:Japon]. Le vice-ministre a proposé aux deux parties de renforcer leur coopération dans la sécurité maritime.');
  assert.deepEqual(pairs(relations, 'COOPERATES_WITH'), ['ASEAN|JP']);
  const rel = relations.find((r) => r.type === 'COOPERATES_WITH');
  assert.ok(rel?.domains?.includes('sécurité maritime'));
  assert.equal(rel?.evidence.length, 2);
});

test('COOPERATES_WITH: "coopération bilatérale" after a meeting of two ministers of different countries', () => {
  const { relations } = extractMarked(
    'Le ministre [P/VN:Nguyen Manh Hung] et la ministre [P/SG:Josephine Teo] ont examiné les moyens de renforcer la coopération bilatérale dans la 5G.');
  assert.deepEqual(pairs(relations, 'COOPERATES_WITH'), ['SG|VN']);
  assert.deepEqual(relations.find((r) => r.type === 'COOPERATES_WITH')?.domains, ['numérique']);
});

test('COOPERATES_WITH: "les deux pays" with no pair in context gives nothing', () => {
  const { relations } = extractMarked('Les deux pays ont renforcé leur coopération. Le [C:VN:Vietnam] est un pays membre de l\'[O:ASEAN] et du [O:Mouvement des non-alignés].');
  assert.deepEqual(pairs(relations, 'COOPERATES_WITH'), []);
});

test('COOPERATES_WITH: a domain sets the CAMEO code', () => {
  const { relations } = extractMarked('La coopération [C:VN:Vietnam]-[C:IN:Inde] en matière de défense progresse.');
  const rel = relations.find((r) => r.type === 'COOPERATES_WITH');
  assert.deepEqual(rel?.domains, ['défense']);
  assert.equal(rel?.cameo, '062');
  assert.equal(rel?.evidence[0].rule, 'coop.compound');
});

const nounWith: Array<[string, string, string[]]> = [
  ['party before the noun', 'Le [C:VN:Vietnam] souhaite approfondir sa coopération en matière de défense avec la [C:FR:France].', ['FR|VN']],
  ['country of the person who speaks', 'Le ministre [P/VN:Phan Van Giang] a appelé à renforcer la coopération avec l\'[C:IN:Inde].', ['IN|VN']],
  ['no first party', 'La coopération avec le [C:JP:Japon] progresse.', []],
];

for (const [name, marked, expected] of nounWith) {
  test(`COOPERATES_WITH: cooperation with, ${name}`, () => {
    assert.deepEqual(pairs(extractMarked(marked).relations, 'COOPERATES_WITH'), expected);
  });
}

const moreCases: Array<[string, string, string[]]> = [
  ['partners', 'Le [C:VN:Vietnam] et le [C:JP:Japon] sont des partenaires stratégiques globaux.', ['JP|VN']],
  ['worsening relations are not cooperation', 'Les relations entre le [C:RU:Russie] et l\'[C:UA:Ukraine] se sont détériorées.', []],
  ['suspended cooperation', 'La coopération [C:ML:Mali]-[C:FR:France] a été suspendue en 2022.', []],
];

for (const [name, marked, expected] of moreCases) {
  test(`COOPERATES_WITH: ${name}`, () => {
    assert.deepEqual(pairs(extractMarked(marked).relations, 'COOPERATES_WITH'), expected);
  });
}

test('COOPERATES_WITH: a cooperation stated at a named event carries the event and its date', () => {
  const { relations, events } = extractMarked(
    'Lors du 5e dialogue [C:VN:Vietnam]-[C:FR:France] sur la défense, le 18 septembre 2018, les deux pays ont renforcé leur coopération.');
  const coop = relations.find((r) => r.type === 'COOPERATES_WITH');
  assert.equal(coop?.event, events[0].id);
  assert.equal(coop?.date, '2018-09-18');
});
