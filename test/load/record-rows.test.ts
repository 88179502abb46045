// Checks the rows one record becomes, without a database: labels by id prefix, mentions per doc, evidence coordinates, keys.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRecordRows, parseEvidenceRefs } from '../../src/load/record-rows.js';
import { labelOfId } from '../../src/load/graph-model.js';
import { recordA, recordC } from './fixtures.js';

test('labels come from the id namespace; unknown namespaces get none', () => {
  const cases: Array<[string, string | null]> = [
    ['person:nguyen-hoa-binh', 'Person'], ['country:VN', 'Country'], ['org:asean', 'Organisation'],
    ['event:admm-18', 'Event'], ['place:pekin', 'Place'], ['office:ministre-senior-sg', 'Office'],
    ['rank:general', 'Rank'], ['unknown:thing', null], ['sans-prefixe', null], [':vide', null],
  ];
  for (const [id, label] of cases) assert.equal(labelOfId(id), label, id);
});

test('a record gives articles with their teaser link, and endpoint-only ids become nodes', () => {
  const rows = buildRecordRows(recordA());
  assert.deepEqual(rows.articles.map((a) => [a.id, a.props.kind, a.parentId]),
    [['doc:a-page-v1', 'page', null], ['doc:a-teaser', 'teaser', 'doc:a-page-v1']]);
  assert.deepEqual(rows.entities.get('Office')?.map((e) => [e.id, e.props.name]), [['office:ministre-senior-sg', 'ministre senior']]);
  assert.equal(rows.articles[0]!.props.location, '/corpus/a.txt');
});

test('an entity is mentioned by each doc its evidence is in', () => {
  const rows = buildRecordRows(recordA());
  const shangri = rows.mentions.filter((m) => m.id === 'event:dialogue-shangri-la-2024').map((m) => m.article).sort();
  assert.deepEqual(shangri, ['doc:a-page-v1', 'doc:a-teaser']);
  const place = rows.mentions.filter((m) => m.id === 'place:singapour').map((m) => m.article).sort();
  assert.deepEqual(place, ['doc:a-page-v1', 'doc:a-teaser']);
});

test('relations carry evidence coordinates only; the cited sentences are on their article', () => {
  const rows = buildRecordRows(recordA());
  const met = rows.relations.get('MET')!;
  assert.equal(met.length, 1);
  assert.equal(met[0]!.fact, '/corpus/a.txt|event:dialogue-shangri-la-2024|2024-05-31');
  assert.equal(met[0]!.props.rule, 'met.rencontrer');
  assert.equal(met[0]!.props.source, '/corpus/a.txt');
  for (const gone of ['evidence', 'a', 'b', 'article', 'rules', 'fact']) assert.equal(met[0]!.props[gone], undefined, gone);
  const [ref, ...more] = parseEvidenceRefs(met[0]!.props.evidenceRefs);
  assert.equal(more.length, 0);
  assert.deepEqual(ref, { doc: 'doc:a-page-v1', sentence: 0, start: 0, end: ref!.end, rule: 'met.rencontrer' });
  const page = rows.articles.find((a) => a.id === ref!.doc)!;
  assert.match(String((page.props.sentences as string[])[ref!.sentence]), /a rencontré le ministre senior/);
});

test('an article holds the text of each cited sentence at its index, "" for the others', () => {
  const text = (sentence: number) => `Phrase ${sentence} du texte.`;
  const ev = (sentence: number, rule: string) => ({ doc: 'doc:p', sentence, text: text(sentence), start: 0, end: 5, sourceStart: 10 * sentence, sourceEnd: 10 * sentence + 5, rule });
  const record = { ...recordA(), docs: [{ id: 'doc:p', kind: 'page' as const, title: 'Page' }], countries: [], organisations: [], places: [], events: [],
    persons: [{ id: 'person:x', name: 'X', aliases: [], country: null, rank: null, positions: [], evidence: [ev(1, 'person.a')] }],
    relations: [{ type: 'MET' as const, a: 'X', b: 'Y', aId: 'person:x', bId: 'person:y', confidence: 0.8, evidence: [ev(3, 'met.a'), ev(3, 'met.a'), ev(1, 'met.b')] }] };
  const rows = buildRecordRows(record);
  assert.deepEqual(rows.articles[0]!.props.sentences, ['', text(1), '', text(3)]);
  const refs = rows.relations.get('MET')![0]!.props.evidenceRefs;
  assert.equal(refs, 'doc:p|3|30|35|met.a;doc:p|1|10|15|met.b');
  assert.deepEqual(parseEvidenceRefs(refs).map((r) => [r.sentence, r.start, r.end, r.rule]), [[3, 30, 35, 'met.a'], [1, 10, 15, 'met.b']]);
  const x = rows.mentions.find((m) => m.id === 'person:x')!;
  assert.deepEqual((x.props.evidenceSentence as Array<{ toNumber(): number }>).map((i) => i.toNumber()), [1, 3]);
  // Empty lists are left out (no property), as the aggregates read a missing list as an empty one.
  assert.equal(x.props.aliases, null);
  assert.equal(x.props.positions, null);
});

test('names are folded into keys, with aliases and country codes', () => {
  const rows = buildRecordRows(recordA());
  const binh = rows.mentions.find((m) => m.id === 'person:nguyen-hoa-binh')!;
  assert.ok((binh.props.keys as string[]).includes('nguyen hoa binh'));
  assert.ok((binh.props.keys as string[]).includes('person:nguyen-hoa-binh'));
  const vn = rows.mentions.find((m) => m.id === 'country:VN')!;
  assert.ok((vn.props.keys as string[]).includes('vn'));
  assert.ok((vn.props.keys as string[]).includes('vietnam'));
});

test('relations to an unknown namespace are rejected, not loaded', () => {
  const rows = buildRecordRows(recordC());
  assert.equal(rows.rejected, 1);
  assert.equal(rows.relations.get('MEMBER_OF')?.length, 2);
});
