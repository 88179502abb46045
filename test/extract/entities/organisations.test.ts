// Organisation rules: gazetteer names, acronyms defined in the text, the head-word pattern, sub-bodies, credits.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntityMentions } from '../../../src/extract/entities/index.js';
import { loadGazetteers } from '../../../src/gazetteer/index.js';
import type { OrganisationMention } from '../../../src/model/mention.js';
import { makeDoc } from './make-doc.js';

const g = loadGazetteers();
const orgs = (text: string) => (extractEntityMentions(makeDoc(text), g)
  .filter((m) => m.kind === 'organisation') as OrganisationMention[]);
const names = (text: string) => orgs(text).filter((m) => m.rule !== 'organisation.qualified-name' && m.rule !== 'organisation.sub-body')
  .map((m) => `${m.key}=${m.name}`);

const cases: Array<[string, string, string[]]> = [
  ['gazetteer long form and acronym', "L'Organisation du traité de l'Atlantique Nord (OTAN) se réunit.",
    ['org:nato=Organisation du traité de l\'Atlantique Nord', 'org:nato=OTAN']],
  ['acronym defined in the text, initials chosen among heads', "Le Groupe de travail du Centre régional de formation aux opérations de paix (CRFOP) a siégé.",
    ['org:groupe-de-travail=Groupe de travail', 'org:crfop=Centre régional de formation aux opérations de paix', 'org:crfop=CRFOP']],
  ['English acronym after a French long form', "Il a salué le Forum maritime élargi de l'ASEAN (EAMF) tenu à Manille.",
    ['org:eamf=Forum maritime élargi de l\'ASEAN', 'org:asean=ASEAN', 'org:eamf=EAMF']],
  ['a learnt acronym is found again later', "La Commission mixte de défense (CMD) a siégé. La CMD se réunira en mai.",
    ['org:cmd=Commission mixte de défense', 'org:cmd=CMD', 'org:cmd=CMD']],
  ['a lower-case head only before an acronym', "La réunion des chefs des marines de l'ASEAN (ANCM) a eu lieu.",
    ['org:ancm=réunion des chefs des marines de l\'ASEAN', 'org:asean=ASEAN', 'org:ancm=ANCM']],
  ['an acronym with a number', "Il assiste à la 58e réunion des ministres de l'Économie de l'ASEAN (AEM-58).",
    ["org:aem-58=réunion des ministres de l'Économie de l'ASEAN", 'org:asean=ASEAN', 'org:aem-58=AEM-58']],
  ['a head word with no words of its own stays inside the name', 'Le Commandement de la Marine et le Commandement de la Défense aérienne défilent.',
    ['org:commandement-de-la-marine=Commandement de la Marine', 'org:commandement-de-la-defense-aerienne=Commandement de la Défense aérienne']],
  ['a comma after a bare head is not an enumeration', "Au nom du Parti, de l'État et du peuple, il a parlé.", []],
  ['pattern stops at a verb', "L'Institut des études stratégiques a publié un rapport.", ['org:institut-des-etudes-strategiques=Institut des études stratégiques']],
  ['pattern stops before another organisation', "Le Comité de liaison du Conseil de sécurité nationale a siégé.",
    ['org:comite-de-liaison=Comité de liaison', 'org:conseil-de-securite-nationale=Conseil de sécurité nationale']],
  ['pattern stops at "en coopération avec"', "L'Institut de la mer du Vietnam en coopération avec l'université.",
    ['org:institut-de-la-mer-du-vietnam=Institut de la mer du Vietnam']],
  ['a single head word is not a name', "La direction du Parti reste forte.", []],
  ['a lower-case ministry with a demonym', "Un expert du ministère indonésien de la Défense est venu.",
    ['org:ministere-indonesien-de-la-defense=ministère indonésien de la Défense']],
  ['coordinated ministries of two countries', "Les ministères de la Défense du Laos et du Cambodge ont signé.",
    ['org:ministere-de-la-defense-du-laos=ministère de la Défense du Laos', 'org:ministere-de-la-defense-du-cambodge=ministère de la Défense du Cambodge']],
  ['plural ministries that nobody owns are not a name', 'Les ministères de la Défense et des entreprises privées ont signé.', []],
  ['plural ministries of two portfolios', 'Les ministères de la Défense et des Armées des deux pays ont signé.',
    ['org:ministere-de-la-defense=ministère de la Défense', 'org:ministere-des-armees=ministère des Armées']],
  ['an enumeration inside a name', "La Commission de recherche, d'analyse et de prévision des risques a conclu.",
    ["org:commission-de-recherche-d-analyse-et-de-prevision-des-risques=Commission de recherche, d'analyse et de prévision des risques"]],
  ['a quoted name ends with its quotes', 'Il a soutenu la "Vision de Manille 3.0" sur le renforcement.', ['org:vision-de-manille-3-0=Vision de Manille 3.0']],
  ['a treaty absorbs the body it is named after', "La Convention des Nations unies contre la corruption est ratifiée.",
    ['org:convention-des-nations-unies-contre-la-corruption=Convention des Nations unies contre la corruption']],
  ['photo credits are not mentions', "Le ministre à Hanoï. Photo : VNA", []],
];
for (const [name, text, expected] of cases) {
  test(`organisations: ${name}`, () => assert.deepEqual(names(text), expected));
}

test('organisations: a sub-body names its organisation ("Comité central du X")', () => {
  const subs = orgs('Il est membre du Comité central du Parti communiste chinois.').filter((m) => m.rule === 'organisation.sub-body');
  assert.deepEqual(subs.map((m) => [m.key, m.text]), [['org:pcc', 'Comité central du Parti communiste chinois']]);
});

test('organisations: "X du Y" is recorded as a longer name of X', () => {
  const q = orgs("L'Association d'amitié de la Fédération des syndicats a écrit.").filter((m) => m.rule === 'organisation.qualified-name');
  assert.deepEqual(q.map((m) => m.name), ["Association d'amitié de la Fédération des syndicats"]);
});

test('organisations: kind comes from the head word (treaty, initiative)', () => {
  const kinds = orgs("Le Traité d'amitié et de coopération en Asie du Sud-Est (TAC) et le Programme de bourses navales (PBN).")
    .filter((m) => m.rule === 'organisation.acronym-definition').map((m) => m.orgKind);
  assert.deepEqual(kinds, ['treaty', 'initiative']);
});

test('organisations: what a word is remembered to start follows the organisation words in use', () => {
  // A head word no other test uses, added to a copy of the organisation words: its answer under `g` must not stick.
  const text = 'Le Zorglub national des sages a voté.';
  const patternNames = (gazetteers: typeof g) => extractEntityMentions(makeDoc(text), gazetteers)
    .filter((m) => m.rule === 'organisation.pattern').map((m) => m.text);
  const withZorglub = { ...g, organisationWords: new Map(g.organisationWords) };
  withZorglub.organisationWords.set('Zorglub', { form: 'Zorglub', role: 'head', kind: 'org', pattern: 'yes', anyCase: false });
  assert.deepEqual(patternNames(g), []);
  assert.deepEqual(patternNames(withZorglub), ['Zorglub national des sages']);
  assert.deepEqual(patternNames(g), []);
});
