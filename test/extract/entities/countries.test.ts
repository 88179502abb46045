// Country mentions: names, demonyms, compounds, and the ones that do not count (inside a name, in a credit, a region).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractEntityMentions } from '../../../src/extract/entities/index.js';
import { loadGazetteers } from '../../../src/gazetteer/index.js';
import { makeDoc } from './make-doc.js';

const g = loadGazetteers();
const countries = (text: string) => extractEntityMentions(makeDoc(text), g).filter((m) => m.kind === 'country')
  .map((m) => `${m.key.slice(8)}:${m.rule}`);

const cases: Array<[string, string, string[]]> = [
  ['a name and a plural demonym', 'Le Laos accueille des experts cambodgiens.', ['LA:country.name', 'KH:country.demonym']],
  ['a dash compound', 'La coopération Vietnam-Indonésie progresse.', ['VN:country.name', 'ID:country.name']],
  ['compound adjectives', 'Les relations sino-russes et nippo-américaines.', ['CN:country.compound-prefix', 'RU:country.demonym', 'JP:country.compound-prefix', 'US:country.demonym']],
  ['inside an organisation name it does not count', "L'Association d'amitié Vietnam-Cuba a écrit.", ['VN:country.in-organisation', 'CU:country.in-organisation']],
  ['the nationality of a national body counts', 'La Marine indonésienne a organisé l\'exercice.', ['ID:country.of-organisation']],
  ['in a photo credit it does not count', 'Le ministre. Photo : ministère (Thaïlande)', ['TH:country.in-credit']],
  ['regions are not countries', "La sécurité en Asie du Sud-Est et en Amérique latine.", []],
  ['a capital is a place, not a country', 'Il est arrivé à Canberra.', []],
  ['a name word that is also a demonym', "L'ambassadeur Vu Le Thai Hoang a parlé.", []],
];
for (const [name, text, expected] of cases) {
  test(`countries: ${name}`, () => assert.deepEqual(countries(text), expected));
}

test('places carry their gazetteer key', () => {
  const places = extractEntityMentions(makeDoc('Il est arrivé à Canberra puis à Hô Chi Minh-Ville.'), g).filter((m) => m.kind === 'place');
  assert.deepEqual(places.map((m) => m.key), ['place:canberra', 'place:ho-chi-minh-ville']);
});

test('extraction is deterministic', () => {
  const text = 'Le vice-ministre de la Défense, le général Hoang Van Dong, a reçu M. Pierre Durand, ambassadeur de France.';
  assert.equal(JSON.stringify(extractEntityMentions(makeDoc(text), g)), JSON.stringify(extractEntityMentions(makeDoc(text), g)));
});

test('the tagger learns the gazetteers: a demonym is an adjective for fr-compromise', async () => {
  const { extendTagger, tagsOf } = await import('../../../src/extract/entities/lexicon.js');
  extendTagger(g);
  assert.ok(tagsOf('japonais').has('Adjective'), 'fr-compromise alone tags it as a noun');
  assert.ok(tagsOf('secrétaire').has('Noun'), 'fr-compromise alone tags it as an adjective');
});
