// Checks the rows one record becomes, without a database: labels by id prefix, mentions per doc, evidence arrays, keys.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRecordRows } from '../../src/load/record-rows.js';
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

test('relations carry readable evidence and parallel arrays, keyed by file, event and date', () => {
  const rows = buildRecordRows(recordA());
  const met = rows.relations.get('MET')!;
  assert.equal(met.length, 1);
  assert.equal(met[0]!.fact, '/corpus/a.txt|event:dialogue-shangri-la-2024|2024-05-31');
  assert.deepEqual(met[0]!.props.evidenceRule, ['met.rencontrer']);
  assert.match(String((met[0]!.props.evidence as string[])[0]), /a rencontré le ministre senior/);
  assert.equal(met[0]!.props.rule, 'met.rencontrer');
  assert.equal(met[0]!.props.source, '/corpus/a.txt');
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
