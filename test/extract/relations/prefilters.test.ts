// The cheap tests that let relation rules skip sentences and spans: each must only skip work that would find nothing.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Doc } from '../../../src/model/document.js';
import type { Mention, OrganisationMention } from '../../../src/model/mention.js';
import { buildDocView, isParty } from '../../../src/extract/relations/doc-view.js';
import { findMeetingActs } from '../../../src/extract/relations/meetings.js';
import { headMatchesByRule } from '../../../src/extract/relations/events.js';
import { matchAll } from '../../../src/extract/relations/doc-view.js';
import { loadRelationRuleData } from '../../../src/extract/relations/rule-data.js';
import { buildMarkedDoc, extractMarked, gazetteers, pairs } from './marked-doc.js';

test('prefilter: a sentence that names nobody still has a meeting act when a pronoun carries its subject', () => {
  const { doc, mentions } = buildMarkedDoc(
    'Le ministre [P:Phan Van Giang] a accueilli [P:Rajnath Singh] à l\'aéroport. Le lendemain, il les a reçus au ministère.');
  const acts = findMeetingActs(buildDocView(doc, mentions), loadRelationRuleData(gazetteers.dir));
  const second = acts.filter((a) => a.sentence.index === 1);
  assert.deepEqual(second.map((a) => [a.subject?.name, a.others.map((o) => o.name)]), [['Phan Van Giang', ['Rajnath Singh']]]);
});

test('prefilter: a compound or "entre" cooperation is found when its pair is not the sentence\'s first pair of parties', () => {
  const compound = extractMarked('Le ministre de [C:FR:France] salue la coopération [C:VN:Vietnam]-[C:JP:Japon] dans la formation.');
  assert.deepEqual(pairs(compound.relations, 'COOPERATES_WITH'), ['JP|VN']);
  const between = extractMarked('[C:FR:France], [C:DE:Allemagne] : la coopération de défense entre [C:VN:Vietnam] et [C:JP:Japon] progresse.');
  assert.deepEqual(pairs(between.relations, 'COOPERATES_WITH'), ['JP|VN']);
});

test('prefilter: parties are the countries and organisations no other organisation name contains (checked against a plain scan)', () => {
  // A deterministic pseudo-random set of overlapping spans, compared with the definition applied to every pair.
  let seed = 7;
  const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2 ** 31) % n;
  for (let round = 0; round < 200; round++) {
    const text = 'x'.repeat(120);
    const mentions: Mention[] = [];
    for (let i = 0, n = 1 + next(8); i < n; i++) {
      const start = next(100), end = start + 1 + next(30);
      const base = { text: text.slice(start, end), start, end, sentence: 0, rule: 'test' };
      if (next(2)) mentions.push({ ...base, kind: 'country', key: `country:C${i}` });
      else mentions.push({ ...base, kind: 'organisation', key: `org:o${i}`, name: `o${i}`, orgKind: next(4) ? 'org' : 'initiative' } as OrganisationMention);
    }
    // Sometimes the same organisation span twice: each then lies within the other.
    if (next(4) === 0) {
      const org = mentions.find((m) => m.kind === 'organisation');
      if (org) mentions.push({ ...org, key: `${org.key}-twin` });
    }
    const doc = { id: 'doc:t', text, sentences: [{ index: 0, start: 0, end: text.length, text }], captions: [] } as unknown as Doc;
    const [s] = buildDocView(doc, mentions).sentences;
    const sorted = [...mentions].sort((a, b) => a.start - b.start || b.end - a.end);
    const orgs = sorted.filter((m) => m.kind === 'organisation');
    const expected: Mention[] = [];
    for (const m of sorted) {
      if (!isParty(m) || orgs.some((o) => o !== m && m.start >= o.start && m.end <= o.end)) continue;
      const last = expected[expected.length - 1];
      if (!last || m.start >= last.end) expected.push(m);
    }
    assert.deepEqual(s.parties.map((m) => m.key), expected.map((m) => m.key), `round ${round}`);
  }
});

test('prefilter: each event rule searches from the first head of any rule, and still finds heads of earlier rules later on', () => {
  // The summit rule comes after the visit rules in the table, but its head comes first in the sentence.
  const { events } = extractMarked('Le 14e Sommet de l\'[O:ASEAN] a précédé la visite officielle du président [P:Joe Biden] et un exercice naval.');
  assert.deepEqual(events.map((e) => [e.type, e.name]),
    [['summit', '14e Sommet de l\'ASEAN'], ['visit', 'visite officielle du président Joe Biden']]);
});

test('prefilter: agent-before rules skip only the agents named after the sentence\'s last event', () => {
  const { relations } = extractMarked('Le [C:VN:Vietnam] et le [C:LA:Laos] ont organisé le forum régional de défense, puis le [C:FR:France] a participé au sommet de Paris.');
  assert.deepEqual(relations.filter((r) => r.type === 'ORGANISED' || r.type === 'ATTENDED').map((r) => `${r.type} ${r.a} > ${r.bId}`),
    ['ATTENDED FR > event:sommet-paris', 'ORGANISED LA > event:sommet-paris', 'ORGANISED VN > event:sommet-paris']);
});

test('prefilter: each domain is tried only where one of its opening words stands, and all are found', () => {
  const domainsOf = (marked: string) => extractMarked(marked).relations.filter((r) => r.type === 'COOPERATES_WITH').map((r) => r.domains ?? []);
  assert.deepEqual(domainsOf('La coopération [C:VN:Vietnam]-[C:JP:Japon] progresse.'), [[]]);
  assert.deepEqual(domainsOf('La coopération [C:VN:Vietnam]-[C:JP:Japon] dans la formation et la sécurité maritime progresse.'),
    [['sécurité maritime', 'formation']]);
  assert.deepEqual(domainsOf('La coopération [C:VN:Vietnam]-[C:JP:Japon] en CYBERsécurité et dans la 5G progresse.'), [['cybersécurité', 'numérique']]);
  // A domain inside another's words (défense in industrie de défense), a word that opens two domains (sécurité), a name's words left out.
  assert.deepEqual(domainsOf('La coopération [C:VN:Vietnam]-[C:JP:Japon] dans l\'industrie de défense et la sécurité, avec le [O:Centre de formation].'),
    [['défense', 'industrie de défense', 'sécurité']]);
});

test('prefilter: head rules tried only where the words opening the heads match find what a full scan per rule finds', () => {
  const data = loadRelationRuleData(gazetteers.dir);
  const sentences = [
    'Une série de rencontres bilatérales, des réunions et des visites officielles ont précédé la visite d\'État.',
    'Après un entretien téléphonique, les exercices militaires conjoints et le Sommet ; la session plénière.',
    'Rencontre 😀rencontres des congrès, forums et séminaires : visitesvisites, réunion.',
    'Il a rencontré son homologue sans autre précision.',
    'Le Vietnam et l\'Algérie entretiennent des liens ; l\'Assemblée nationale, les Assemblées générales, un appel.',
  ];
  for (const text of sentences) {
    const expected = data.eventHeads.map((rule) => matchAll(new RegExp(`(?:${rule.head.source})(?![\\p{L}])`, 'iu'), text));
    const found = headMatchesByRule(data, text) ?? data.eventHeads.map(() => []);
    assert.deepEqual(found, expected, text);
  }
  // "rencontres" inside "série de rencontres bilatérales" is found by its own rule, not passed over.
  const inner = headMatchesByRule(data, sentences[0])!.flat().filter((m) => m.text === 'rencontres');
  assert.equal(inner.length, 1);
});
