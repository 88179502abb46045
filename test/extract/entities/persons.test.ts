// Person rules: names after titles, appositions, coordination, repeats; rank, positions and country markers.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntityMentions } from '../../../src/extract/entities/index.js';
import { loadGazetteers } from '../../../src/gazetteer/index.js';
import type { PersonMention } from '../../../src/model/mention.js';
import { makeDoc } from './make-doc.js';

const g = loadGazetteers();
const persons = (text: string) => extractEntityMentions(makeDoc(text), g).filter((m) => m.kind === 'person') as PersonMention[];
const summary = (p: PersonMention) => [p.name, p.rank ?? null, p.positions, p.country ?? null, p.countryRule ?? null];

type Row = [string, string, Array<ReturnType<typeof summary>>];
const cases: Row[] = [
  ['rank before the name', 'Le général Tran Quoc Dat a inspecté la base.',
    [['Tran Quoc Dat', 'général', [], null, 'country.unmarked-official']]],
  ['compound rank, written with a curly apostrophe', 'Le général de corps d’armée Ly Van Quang a parlé.',
    [['Ly Van Quang', "général de corps d'armée", [], null, 'country.unmarked-official']]],
  ['glued rank and glued name', 'Le colonel, lieutenantgénéral, DangVan Hoa est venu.',
    [['Dang Van Hoa', 'lieutenant général', [], null, 'country.unmarked-official']]],
  ['office, demonym and portfolio, then apposed name', 'Le vice-ministre indonésien de la Défense, Budi Hartono, a salué la visite.',
    [['Budi Hartono', null, ['vice-ministre de la Défense'], 'ID', 'country.demonym-in-title']]],
  ['office then rank then name', 'Le vice-ministre de la Défense, le général Hoang Van Dong, a reçu la délégation.',
    [['Hoang Van Dong', 'général', ['vice-ministre de la Défense'], null, 'country.unmarked-official']]],
  ['honorific is not part of the name', 'M. Pierre Durand a remercié le gouvernement.',
    [['Pierre Durand', null, [], null, null]]],
  ['counterpart with a demonym gives the country only', 'Il a rencontré son homologue thaïlandais Anan Chaiyo.',
    [['Anan Chaiyo', null, [], 'TH', 'country.demonym-in-title']]],
  ['"de Russie" after the office', "L'ambassadeur de Russie au Vietnam, Ivan Petrov, est arrivé.",
    [['Ivan Petrov', null, ['ambassadeur'], 'RU', 'country.of-title']]],
  ['country of the organisation in the title', 'Le secrétaire général du Parti communiste chinois, Li Qiang, a parlé.',
    [['Li Qiang', null, ['secrétaire général du Parti communiste chinois'], 'CN', 'country.organisation']]],
  ['international organisation: no country', "Le directeur de l'Agence internationale de l'énergie atomique, Marco Bianchi, a visité Hanoï.",
    [['Marco Bianchi', null, ["directeur de l'Agence internationale de l'énergie atomique"], null, 'country.international-org']]],
  ['apposition after the name', 'Sophie Martin, directrice française de la coopération de sécurité, a signé.',
    [['Sophie Martin', null, ['directrice de la coopération de sécurité'], 'FR', 'country.demonym-in-title']]],
  ['caption with positions in brackets, then a coordinated name', 'Nguyen Van An (à gauche), vice-président de la Commission, et Kim Min-jun.',
    [['Nguyen Van An', null, ['vice-président de la Commission'], null, 'country.unmarked-official'], ['Kim Min-jun', null, [], null, null]]],
  ['a plural title gives every listed name the office', 'Il a rendu hommage aux anciens SG Le Duan et Truong Chinh.',
    [['Le Duan', null, ['SG'], null, 'country.unmarked-official'], ['Truong Chinh', null, ['SG'], null, 'country.unmarked-official']]],
  ['two offices joined by "et" in an apposition', 'Aiko Tanaka, directrice de la planification du ministère japonais de la Défense et cheffe du groupe, a parlé.',
    [['Aiko Tanaka', null, ['directrice de la planification du ministère japonais de la Défense', 'cheffe du groupe'], 'JP', 'country.organisation']]],
  ['a portfolio with "et" before the name', 'Le ministre des Sciences et Technologies, Pham Duc Long, a visité.',
    [['Pham Duc Long', null, ['ministre des Sciences et Technologies'], null, 'country.unmarked-official']]],
  ['a surname that looks like an article', 'Le ministre du Plan Le Van Binh et son épouse.',
    [['Le Van Binh', null, ['ministre du Plan'], null, 'country.unmarked-official']]],
  ['repeated name in reversed order, and a short repeat', "La ministre Yuki Sato a parlé. Pour sa part, Sato Yuki a conclu. Ensuite, Sato a signé.",
    [['Yuki Sato', null, ['ministre'], null, 'country.unmarked-official'], ['Sato Yuki', null, [], null, null], ['Sato', null, [], null, null]]],
  ['an honorific before an apposed name is not part of it', 'Mme Anna Berg, ministre suédoise de la Défense, a parlé.',
    [['Anna Berg', null, ['ministre de la Défense'], 'SE', 'country.demonym-in-title']]],
  ['"des" + country names the country served, "au" the posting', "L'ambassadeur des Philippines au Laos, Jose Cruz, est arrivé.",
    [['Jose Cruz', null, ['ambassadeur'], 'PH', 'country.of-title']]],
  ['an Arabic particle inside a name', 'Le président égyptien Abdel Fattah al-Sissi a parlé.',
    [['Abdel Fattah al-Sissi', null, ['président'], 'EG', 'country.demonym-in-title']]],
  ['a longer office wins over the office inside it; a title honorific is dropped', "Le sous-secrétaire d'État Ewan Hughes a reçu Cheikh Tamim Al Thani.",
    [['Ewan Hughes', null, ["sous-secrétaire d'État"], null, 'country.unmarked-official'], ['Tamim Al Thani', null, [], null, null]]],
  ['a name with no title: a known family name or first name opens it', 'Nguyen Van An a rencontré Samuel Brown à Hanoï.',
    [['Nguyen Van An', null, [], null, null], ['Samuel Brown', null, [], null, null]]],
  ['no name shape: an article before a country, capitalised common words', 'Le Vietnam et La Paix Durable ont été cités.', []],
  ['a short repeat by the family name written first', 'Le ministre sud-coréen Shin Won-sik est arrivé. Ensuite, Shin a signé.',
    [['Shin Won-sik', null, ['ministre'], 'KR', 'country.demonym-in-title'], ['Shin', null, [], null, null]]],
  ['an office, then a Vietnamese compound rank', 'Le vice-ministre de la Sécurité publique, le colonel général Le Quoc Hung, a parlé.',
    [['Le Quoc Hung', 'colonel général', ['vice-ministre de la Sécurité publique'], null, 'country.unmarked-official']]],
  ['an apposition whose comma comes late, after a bracket', 'Sophie Martin (née à Lyon en 1975 ou en 1976), directrice française de la coopération, a signé.',
    [['Sophie Martin', null, ['directrice de la coopération'], 'FR', 'country.demonym-in-title']]],
  ['a caption marker late in its bracket', 'Il salue Kwon Hyuk-jin  (au second rang, à gauche) hier.', [['Kwon Hyuk-jin', null, [], null, null]]],
  ['a caption position marker names a person', 'Kwon Hyuk-jin (à gauche) et Ahmad Zahid Hamidi (droite) au siège.',
    [['Kwon Hyuk-jin', null, [], null, null], ['Ahmad Zahid Hamidi', null, [], null, null]]],
  ['an acronym in brackets between the title and the name', "Le secrétaire général de l'Union des radios (UR), Ali Karim, a parlé.",
    [['Ali Karim', null, ["secrétaire général de l'Union des radios"], null, 'country.unmarked-official-of-organisation']]],
  ['a place name inside a person name', 'Le général Nguyen Thanh Hoa a visité Thanh Hoa.',
    [['Nguyen Thanh Hoa', 'général', [], null, 'country.unmarked-official']]],
  ['a list: the apposed office goes to the name before it, the next rank to the next name',
    "Étaient présents le général Nguyen Van Anh, chef d'état-major général, le colonel Tran Binh Minh, et d'autres.",
    [['Nguyen Van Anh', 'général', ["chef d'état-major général"], null, 'country.unmarked-official'], ['Tran Binh Minh', 'colonel', [], null, 'country.unmarked-official']]],
  ['respective demonyms of a plural title go to the names in order, the office in the singular',
    'Les ministres de la Défense vietnamien et japonais, Phan Van Giang et Gen Nakatani, ont signé.',
    [['Phan Van Giang', null, ['ministre de la Défense'], 'VN', 'country.demonym-in-title'], ['Gen Nakatani', null, ['ministre de la Défense'], 'JP', 'country.demonym-in-title']]],
  ['not a person: a country, a month, a sentence-initial word', 'Le président du Vietnam en janvier. Pour sa part, le Japon a signé.', []],
];
for (const [name, text, expected] of cases) {
  test(`persons: ${name}`, () => assert.deepEqual(persons(text).map(summary), expected));
}

test('persons: provisional keys are slugs of the name', () => {
  assert.deepEqual(persons('Le général Nguyễn Chí Thanh a parlé.').map((p) => p.key), ['person:nguyen-chi-thanh']);
});

test('persons: an honorific glued inside one token ends (it used to loop forever)', () => {
  assert.deepEqual(persons('M.Lesotho,Le').map(summary), []);
});
