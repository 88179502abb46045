// Event rules on sentences written for the tests: names, ordinals, dates, places, series, anaphora, organisers, co-chairs.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractMarked } from './marked-doc.js';
import type { EventRecord } from '../../../src/model/extraction.js';

const named: Array<[string, string, { name: string; type: string; ordinal?: number; date?: string | null; place?: string | null }]> = [
  ['numbered meeting with date and place',
    'Le ministre a pris la parole à la 9e réunion des ministres de la Défense de l\'[O:ASEAN] et de l\'[C:IN:Inde], jeudi 12 mars à [L:Kuala Lumpur].',
    { name: '9e réunion des ministres de la Défense de l\'ASEAN et de l\'Inde', type: 'meeting', ordinal: 9, date: 'jeudi 12 mars', place: 'Kuala Lumpur' }],
  ['written ordinal and a compound', 'Le deuxième dialogue [C:VN:Vietnam]-[C:DE:Allemagne] sur la défense a eu lieu à [L:Berlin] le 3 juin.',
    { name: 'deuxième dialogue Vietnam-Allemagne sur la défense', type: 'dialogue', ordinal: 2, date: 'le 3 juin', place: 'Berlin' }],
  ['working visit with its place', 'Lors d\'une visite de travail en [C:LA:Laos], le ministre a rencontré des responsables.',
    { name: 'visite de travail en Laos', type: 'visit', place: 'Laos' }],
  ['summit named by its organisation', 'Le président participera au Sommet du [O:G7] au [C:JP:Japon].',
    { name: 'Sommet du G7', type: 'summit', place: 'Japon' }],
  ['numbered session', 'La 79e session de l\'[O:Assemblée générale des Nations Unies] s\'est ouverte.',
    { name: '79e session de l\'Assemblée générale des Nations Unies', type: 'session', ordinal: 79 }],
  ['bilateral talks', 'Il a ensuite eu des rencontres bilatérales avec plusieurs délégations.',
    { name: 'rencontres bilatérales', type: 'meeting' }],
  ['numbered exercise', 'La 3e édition de l\'exercice est prévue. Le 5e exercice naval conjoint s\'est achevé.',
    { name: '5e exercice naval conjoint', type: 'exercise', ordinal: 5 }],
];

for (const [name, marked, expected] of named) {
  test(`event: ${name}`, () => {
    const { events } = extractMarked(marked, { published: '2026-06-20' });
    const explicit = events.filter((e) => !e.implicit);
    assert.equal(explicit.length, 1, JSON.stringify(explicit.map((e) => e.name)));
    const [e] = explicit;
    assert.equal(e.name, expected.name);
    assert.equal(e.type, expected.type);
    if (expected.ordinal !== undefined) assert.equal(e.ordinal, expected.ordinal);
    if (expected.date !== undefined) assert.equal(e.date, expected.date);
    if (expected.place !== undefined) assert.equal(e.place, expected.place);
    assert.match(e.id, /^event:[a-z0-9-]+$/);
  });
}

const notEvents: Array<[string, string]> = [
  ['common noun with no complement', 'Lors de la réunion, les délégués ont parlé.'],
  ['anaphora', 'Cette conférence a permis d\'analyser les défis.'],
  ['press conference', 'Ils ont tenu une conférence de presse à l\'issue des entretiens.'],
  ['dialogue as a practice', 'Il a appelé à renforcer le dialogue sur les questions régionales.'],
  ['site visits', 'Les délégués ont fait des visites de terrain.'],
];

for (const [name, text] of notEvents) {
  test(`not an event: ${name}`, () => {
    assert.deepEqual(extractMarked(text).events.filter((e) => !e.implicit).map((e) => e.name), []);
  });
}

test('event: the same numbered event named twice in a document is one event', () => {
  const { events } = extractMarked(
    'Le 14e Congrès national du [O:PCV:Parti communiste du Vietnam] s\'ouvre. Le 14e Congrès fixera les orientations.');
  assert.deepEqual(events.map((e) => [e.name, e.ordinal, e.evidence.length]), [['14e Congrès national du Parti communiste du Vietnam', 14, 2]]);
  assert.equal(events[0].series, 'Congrès national du Parti communiste du Vietnam');
});

test('event: a weekday is resolved against the publication date, keeping the words', () => {
  const { events } = extractMarked('La 2e conférence de l\'[O:ARF] s\'est tenue vendredi à [L:Vientiane].', { published: '2024-07-29' });
  assert.equal(events[0].date, 'vendredi');
  assert.equal(events[0].dateValue?.iso, '2024-07-26');
});

test('event: co-chairs of the event named before are CO_CHAIRED and MET', () => {
  const { events, relations } = extractMarked(
    'Le premier dialogue [C:VN:Vietnam]-[C:FR:France] sur la défense a eu lieu à [L:Paris]. L\'événement était coprésidé par le général [P:Le Van Tam] et la secrétaire d\'État [P:Claire Morel].');
  const dialogue = events.find((e) => e.type === 'dialogue');
  assert.ok(dialogue);
  const cochairs = relations.filter((r) => r.type === 'CO_CHAIRED').map((r) => [r.a, r.bId]);
  assert.deepEqual(cochairs, [['Claire Morel', dialogue.id], ['Le Van Tam', dialogue.id]]);
  assert.equal(relations.filter((r) => r.type === 'MET').length, 1);
  assert.deepEqual(relations.filter((r) => r.type === 'HELD_IN').map((r) => [r.aId, r.b]), [[dialogue.id, 'Paris']]);
});

test('event: organisers (sous l\'égide de, en coopération avec, ont organisé conjointement)', () => {
  const { relations } = extractMarked(
    'Placée sous l\'égide de l\'[O:Académie diplomatique] en coopération avec le [O:Forum du Pacifique], la 5e conférence du [O:CSCAP] a eu lieu. Le [C:VN:Vietnam] et le [C:JP:Japon] ont organisé conjointement la première conférence du [O:NEEG].');
  const organised = relations.filter((r) => r.type === 'ORGANISED').map((r) => `${r.a} > ${r.bId}`);
  assert.deepEqual(organised.sort(), [
    'Académie diplomatique > event:conference-5-cscap',
    'Forum du Pacifique > event:conference-5-cscap',
    'JP > event:conference-1-neeg',
    'VN > event:conference-1-neeg',
  ]);
});

test('event: ATTENDED for a country that takes part', () => {
  const { relations } = extractMarked('Le [C:VN:Vietnam] participe à la Réunion restreinte des ministres de l\'[O:ASEAN].');
  assert.deepEqual(relations.filter((r) => r.type === 'ATTENDED').map((r) => [r.a, r.bId]), [['VN', 'event:reunion-asean']]);
});

test('event: the same numbered event in two articles has one id, and merging lists both sources', async () => {
  const { mergeEventRecords } = await import('../../../src/model/event-merge.js');
  const one = extractMarked('La 13e réunion des ministres de l\'[O:ASEAN] s\'est tenue à [L:Tokyo].').events;
  const two = extractMarked('Les ministres se sont retrouvés pour la 13e réunion des ministres de l\'[O:ASEAN], à [L:Tokyo], le 30 janvier.').events
    .map((e) => ({ ...e, evidence: e.evidence.map((ev) => ({ ...ev, doc: 'doc:other' })) }));
  assert.equal(one[0].id, two[0].id);
  const merged = mergeEventRecords([...one, ...two]).events;
  assert.equal(merged.length, 1);
  assert.deepEqual(merged[0].sources, ['doc:other', 'doc:test']);
  assert.equal(merged[0].date, 'le 30 janvier');
});

test('event: a numbered meeting whose head is inside the series organisation\'s name belongs to that series', () => {
  const { events } = extractMarked('La 11e [O:admm-plus:réunion des ministres de la Défense de l\'ASEAN élargie] (ADMM+) se tiendra à [L:Vientiane] en novembre 2024.');
  assert.equal(events.length, 1);
  assert.equal(events[0].id, 'event:reunion-11-admm-plus');
  assert.equal(events[0].name, '11e réunion des ministres de la Défense de l\'ASEAN élargie (ADMM+)');
  assert.equal(events[0].series, 'réunion des ministres de la Défense de l\'ASEAN élargie');
  assert.equal(events[0].place, 'Vientiane');
  assert.equal(events[0].dateValue?.iso, '2024-11');
});

test('event: the visitor of "lors de sa visite" and of "a effectué une visite" ATTENDED it', () => {
  const { relations } = extractMarked(
    'Lors de sa visite d\'État en [C:KR:République de Corée], le dirigeant [P:To Lam] a visité une usine. Le ministre [P:Luong Tam Quang], accompagné d\'une délégation, a effectué le 20 mai une visite de travail au [C:LA:Laos].');
  assert.deepEqual(relations.filter((r) => r.type === 'ATTENDED').map((r) => `${r.a} > ${r.bId}`).sort(),
    ['Luong Tam Quang > event:visite-la-05-20', 'To Lam > event:visite-kr']);
});

test('event: one meeting reported by two articles a day apart is one meeting with both sources', async () => {
  const { mergeEventRecords } = await import('../../../src/model/event-merge.js');
  const one = extractMarked('Le ministre [P:Phan Van Giang] a reçu le 10 octobre à [L:Hanoï] l\'ambassadeur [P:Marc Knapper].', { published: '2024-10-11' }).events;
  const two = extractMarked('Le 11 octobre, le ministre [P:Phan Van Giang] a reçu l\'ambassadeur [P:Marc Knapper] à [L:Hanoï].', { published: '2024-10-11' }).events
    .map((e) => ({ ...e, evidence: e.evidence.map((ev) => ({ ...ev, doc: 'doc:other' })) }));
  const three = extractMarked('Le ministre [P:Phan Van Giang] a reçu l\'ambassadeur [P:Marc Knapper].').events
    .map((e) => ({ ...e, evidence: e.evidence.map((ev) => ({ ...ev, doc: 'doc:third' })) }));
  assert.notEqual(one[0].id, two[0].id);
  const merged = mergeEventRecords([...one, ...two, ...three]).events;
  assert.equal(merged.length, 1);
  assert.deepEqual(merged[0].sources, ['doc:other', 'doc:test', 'doc:third']);
  assert.deepEqual(merged[0].participants, ['person:marc-knapper', 'person:phan-van-giang']);
});

test('event: the head of a delegation ATTENDED the event it was led to', () => {
  const { relations } = extractMarked('Le vice-ministre [P:Do Hung Viet] a conduit la délégation vietnamienne au 31e Forum régional de l\'[O:ASEAN] à [L:Jakarta].');
  assert.deepEqual(relations.filter((r) => r.type === 'ATTENDED').map((r) => `${r.a} > ${r.bId}`), ['Do Hung Viet > event:forum-31-asean']);
});

test('event: two countries that held their numbered dialogue ATTENDED it', () => {
  const { relations } = extractMarked('Le [C:VN:Vietnam] et la [C:FR:France] ont tenu leur 5e dialogue stratégique de défense à [L:Paris].');
  assert.deepEqual(relations.filter((r) => r.type === 'ATTENDED').map((r) => `${r.a} > ${r.bId}`).sort(),
    ['FR > event:dialogue-5-fr-vn', 'VN > event:dialogue-5-fr-vn']);
});

test('event merge: an id joins the one longer id it prefixes, found among ids in any order (checked against a plain scan)', async () => {
  const { mergeEventRecords } = await import('../../../src/model/event-merge.js');
  const record = (id: string) => ({ id, type: 'meeting', name: id, date: null, place: null,
    evidence: [{ doc: 'doc:t', sentence: 0, text: id, start: 0, end: 1, sourceStart: 0, sourceEnd: 1, rule: 'test' }] }) as EventRecord;
  const plain = (ids: string[]) => {
    const idMap = new Map<string, string>();
    for (const id of ids) {
      if (idMap.has(id)) continue;
      const longer = new Set(ids.filter((o) => o !== id && o.startsWith(`${id}-`)).map((o) => idMap.get(o) ?? o));
      if (longer.size === 1) idMap.set(id, [...longer][0]);
    }
    return [...idMap].sort();
  };
  let seed = 11;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  const parts = ['sommet', 'asean', '14', 'a', 'a-b', 'b', 'hanoi'];
  for (let round = 0; round < 300; round++) {
    const ids = [...new Set(Array.from({ length: 1 + next(7) }, () => `event:${Array.from({ length: 1 + next(3) }, () => parts[next(parts.length)]).join('-')}`))];
    const got = [...mergeEventRecords(ids.map(record)).idMap].sort();
    assert.deepEqual(got, plain(ids), ids.join(' '));
  }
});
