// Gazetteer matching: folded, linear-time, robust to glued words, with case and boundary rules.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildMatchText, loadGazetteers, selectLongest } from '../../src/gazetteer/index.js';
import { inflectDemonym } from '../../src/gazetteer/countries.js';

const g = loadGazetteers();
const found = (text: string) => selectLongest(g.matcher.scan(text)).map((m) => `${m.entry.kind}:${m.entry.id}:${m.text}`);

const cases: Array<[string, string, string[]]> = [
  ['glued after a lower-case word', 'lors de la réunion duJapon et', ['country:JP:Japon']],
  ['glued inside a multi-word office', 'le lieutenantgénéral a dit', ['rank:lieutenant-general:lieutenantgénéral']],
  ['two gazetteer words glued together', 'son homologuejaponais arrive', ['office:homologue:homologue', 'demonym:JP:japonais']],
  ['a function word glued in front', 'lesecrétaire d’État parle', ['office:secretaire-d-etat:secrétaire d’État']],
  ['variant spelling', 'le Vietnam et les Etat-Unis', ['country:VN:Vietnam', 'country:US:Etat-Unis']],
  ['abbreviated variant', 'la R. de Corée signe', ['country:KR:R. de Corée']],
  ['dash compound', 'les relations Vietnam–Singapour', ['country:VN:Vietnam', 'country:SG:Singapour']],
  ['compound prefix needs a hyphen', 'le partenariat vietnamo-européen', ['country-prefix:VN:vietnamo']],
  ['feminine plural demonym', 'les entreprises japonaises', ['demonym:JP:japonaises']],
  ['a region hides the country word inside it', "la paix en Asie-Pacifique et dans l'Indo-Pacifique", ['region:asie pacifique:Asie-Pacifique', 'region:indo pacifique:Indo-Pacifique']],
  ['an acronym only in capitals', "l'ASEAN et l'asean", ['organisation:asean:ASEAN']],
  ['a country name needs a capital', 'elle chine des meubles en Chine', ['country:CN:Chine']],
  ['not inside a longer word', 'la machine à Tokyo', ['place:tokyo:Tokyo']],
  ['an excluded ambiguous name', 'la Réunion élargie se tient', []],
];
for (const [name, text, expected] of cases) {
  test(`matcher: ${name}`, () => assert.deepEqual(found(text), expected));
}

test('demonyms are inflected from the masculine singular', () => {
  assert.deepEqual(inflectDemonym('vietnamien').sort(), ['vietnamien', 'vietnamienne', 'vietnamiennes', 'vietnamiens']);
  assert.deepEqual(inflectDemonym('japonais').sort(), ['japonais', 'japonaise', 'japonaises']);
});

test('the folded text is the one buildMatchText makes, whether or not the last scan folded it', () => {
  const texts = ['Le  vice-\u00a0ministre  du\tJapon, à Hà Nội ; l’ASEAN.\n\nÉtats‑Unis – 東京 𝐀', 'Autre texte, plus court.', ''];
  const same = (text: string) => {
    const expected = buildMatchText(text);
    const got = g.matcher.foldedText(text);
    assert.equal(got.squeezed, expected.squeezed);
    assert.deepEqual([...got.offsets], [...expected.offsets]);
  };
  for (const text of texts) {
    g.matcher.scan(text);
    same(text);
    same(texts[0]);
    g.matcher.scan(text, buildMatchText(text));
    same(text);
  }
});

test('code units become a string as they are: lone surrogates, a byte-order mark and NUL included', async () => {
  const { stringOfCodes } = await import('../../src/gazetteer/match-text.js');
  const units = [0xfeff, 0x61, 0, 0xd800, 0x62, 0xdc00, 0xd835, 0xdc00, 0xe9, 0xfffe];
  for (let n = 0; n <= units.length; n++) {
    const plain = units.slice(0, n).map((u) => String.fromCharCode(u)).join('');
    assert.equal(stringOfCodes(new Uint16Array([...units, 0x63]), n), plain);
    const noSurrogates = units.filter((u) => u < 0xd800 || u > 0xdfff).slice(0, n);
    assert.equal(stringOfCodes(new Uint16Array(noSurrogates), noSurrogates.length), noSurrogates.map((u) => String.fromCharCode(u)).join(''));
  }
});
