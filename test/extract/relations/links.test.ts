// Links from person mentions (HOLDS_POSITION, HAS_RANK, REPRESENTS, MEMBER_OF) and the rule tables' own checks.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { buildMarkedDoc, gazetteers } from './marked-doc.js';
import { extractEventsAndRelations } from '../../../src/extract/relations/index.js';
import { loadRelationRuleData } from '../../../src/extract/relations/rule-data.js';
import type { PersonMention } from '../../../src/model/mention.js';

test('links: a person mention gives HOLDS_POSITION with organisation and date, HAS_RANK, REPRESENTS and MEMBER_OF', () => {
  const { doc, mentions } = buildMarkedDoc('Le vice-ministre de la Défense, le général [P/VN:Nguyen Van Hien], a pris la parole.', { published: '2024-05-02' });
  const person = mentions.find((m) => m.kind === 'person') as PersonMention;
  person.positions = ['vice-ministre de la Défense'];
  person.rank = 'général';
  person.organisations = ['org:mod-vn'];
  const { relations } = extractEventsAndRelations(doc, mentions, gazetteers);
  const byType = (t: string) => relations.filter((r) => r.type === t);
  const office = byType('HOLDS_POSITION')[0];
  assert.equal(office.aId, 'person:nguyen-van-hien');
  assert.equal(office.bId, 'office:vice-ministre-de-la-defense');
  assert.deepEqual(office.props, { title: 'vice-ministre de la Défense', organisation: 'org:mod-vn', asOf: '2024-05-02' });
  assert.equal(byType('HAS_RANK')[0].bId, 'rank:general');
  assert.equal(byType('REPRESENTS')[0].b, 'VN');
  assert.equal(byType('MEMBER_OF')[0].bId, 'org:mod-vn');
});

test('links: every relation has evidence whose offsets point into the text and a rule id from the tables', () => {
  const { doc, mentions } = buildMarkedDoc(
    'Le ministre [P/VN:Phan Van Giang] a reçu à [L:Hanoï] le ministre [P/FR:Luc Martin]. Les deux pays ont convenu de renforcer leur coopération.');
  const { relations } = extractEventsAndRelations(doc, mentions, gazetteers);
  const data = loadRelationRuleData(gazetteers.dir);
  const ids = new Set([...data.met, ...data.cooperation, ...data.links].map((r) => r.id));
  assert.ok(relations.length >= 5);
  for (const r of relations) {
    assert.ok(r.evidence.length > 0);
    for (const e of r.evidence) {
      assert.ok(ids.has(e.rule), e.rule);
      assert.ok(e.start >= 0 && e.end <= doc.text.length && e.start < e.end);
      assert.ok(doc.text.slice(e.start, e.end).length > 0);
      assert.equal(e.text, doc.sentences[e.sentence].text);
    }
    assert.ok(r.confidence > 0 && r.confidence <= 1);
  }
});

function copyRules(): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-rules-'));
  for (const f of readdirSync(gazetteers.dir).filter((f) => /^(relations|cooperation|events)-.*\.tsv$/.test(f))) {
    copyFileSync(join(gazetteers.dir, f), join(dir, f));
  }
  return dir;
}

test('rule tables: a duplicate id stops the load with GAZETTEER_INVALID', () => {
  const dir = copyRules();
  const path = join(dir, 'relations-met.tsv');
  const lines = readFileSync(path, 'utf8').split('\n');
  const first = lines.find((l) => l.startsWith('met.'));
  writeFileSync(path, [...lines, first].join('\n'));
  assert.throws(() => loadRelationRuleData(dir), (err: { code?: string; message: string }) => err.code === 'GAZETTEER_INVALID' && /duplicate id/.test(err.message));
});

test('rule tables: a bad pattern names the file and line', () => {
  const dir = copyRules();
  const path = join(dir, 'cooperation-rules.tsv');
  writeFileSync(path, readFileSync(path, 'utf8').replace(/\tcontext\t\\b\(\?:les/, '\tcontext\t\\b((?:les'));
  assert.throws(() => loadRelationRuleData(dir), (err: { code?: string; message: string }) => err.code === 'GAZETTEER_INVALID' && /cooperation-rules\.tsv:\d+: bad pattern/.test(err.message));
});

test('rule tables: every row has a source, a precision in [0,1] and NFC text without stray spaces', () => {
  for (const f of readdirSync(gazetteers.dir).filter((f) => /^(relations|cooperation|events)-.*\.tsv$/.test(f))) {
    const text = readFileSync(join(gazetteers.dir, f), 'utf8');
    assert.equal(text, text.normalize('NFC'), f);
    const rows = text.split('\n').filter((l) => l && !l.startsWith('#'));
    const header = rows[0].split('\t');
    for (const row of rows.slice(1)) {
      const cells = row.split('\t');
      assert.equal(cells.length, header.length, `${f}: ${row}`);
      assert.ok(cells[header.indexOf('source')], `${f}: ${row}`);
      assert.ok(cells.every((c) => c === c.trim()), `${f}: stray space in ${row}`);
      if (header.includes('precision')) {
        const p = Number(cells[header.indexOf('precision')].replace(/^~/, ''));
        assert.ok(p >= 0 && p <= 1, `${f}: ${row}`);
      }
    }
  }
});

const membership: Array<[string, string, string[]]> = [
  ['apposition', 'Le [C:VN:Vietnam], membre actif de l\'[O:ASEAN], soutient le dialogue.', ['VN > org:asean']],
  ['en tant que', 'En tant que membre responsable de la communauté internationale et de l\'[O:ASEAN], le [C:VN:Vietnam] a participé.', ['VN > org:asean']],
  ['est membre', 'Le [C:LA:Laos] est membre de l\'[O:ASEAN] depuis 1997.', ['LA > org:asean']],
  ['member states without a named country', 'Les pays membres de l\'[O:ASEAN] ont signé.', []],
];

for (const [name, marked, expected] of membership) {
  test(`links: MEMBER_OF country, ${name}`, () => {
    const { doc, mentions } = buildMarkedDoc(marked);
    const { relations } = extractEventsAndRelations(doc, mentions, gazetteers);
    assert.deepEqual(relations.filter((r) => r.type === 'MEMBER_OF').map((r) => `${r.a} > ${r.bId}`), expected);
  });
}

test('rule tables: a rule of an unknown kind stops the load', () => {
  const dir = copyRules();
  const path = join(dir, 'relations-met.tsv');
  writeFileSync(path, readFileSync(path, 'utf8').replace('\tMET\tsubject-object\t', '\tMET\tsubject-objet\t'));
  assert.throws(() => loadRelationRuleData(dir), (err: { code?: string; message: string }) => err.code === 'GAZETTEER_INVALID' && /unknown kind "subject-objet"/.test(err.message));
});
