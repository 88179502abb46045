// Checks the entity gazetteer files themselves: provenance, hygiene, ids, ambiguity, and the loader's errors.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, mkdirSync, writeFileSync, cpSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { computeCodeVersion, computeGazetteerVersion, loadGazetteers, parseTsv, readTsv, splitValues, squeezeKey } from '../../src/gazetteer/index.js';
import { foldName } from '../../src/lang/fold.js';

const dir = new URL('../../gazetteers/', import.meta.url).pathname;
const ENTITY_FILES = ['countries.tsv', 'regions.tsv', 'organisations.tsv', 'organisation-words.tsv', 'ranks.tsv', 'offices.tsv',
  'honorifics.tsv', 'places.tsv', 'person-words.tsv', 'index.tsv'];

test('every entity file reads cleanly and every source code is described in SOURCES.md', () => {
  const sources = readFileSync(join(dir, 'SOURCES.md'), 'utf8');
  for (const file of ENTITY_FILES) {
    const table = readTsv(join(dir, file));
    assert.ok(table.rows.length > 0, file);
    for (const row of table.rows) {
      assert.ok(sources.includes(`**${row.cells.source}**`), `${file}:${row.line}: source "${row.cells.source}" not in SOURCES.md`);
    }
  }
});

test('the index lists every entity file', () => {
  const listed = readTsv(join(dir, 'index.tsv')).rows.map((r) => r.cells.file);
  for (const file of ENTITY_FILES.filter((f) => f !== 'index.tsv')) assert.ok(listed.includes(file), file);
});

test('ids are unique within each file', () => {
  for (const file of ['organisations.tsv', 'ranks.tsv', 'offices.tsv', 'places.tsv', 'countries.tsv']) {
    const table = readTsv(join(dir, file));
    const key = table.columns.includes('id') ? 'id' : 'code';
    const ids = table.rows.map((r) => r.cells[key]);
    assert.equal(new Set(ids).size, ids.length, `${file}: duplicate id`);
  }
});

test('no organisation name or acronym belongs to two organisations', () => {
  const owner = new Map<string, string>();
  for (const { cells } of readTsv(join(dir, 'organisations.tsv')).rows) {
    for (const form of [cells.name, ...splitValues(cells.acronyms), ...splitValues(cells.aliases)]) {
      const f = squeezeKey(form);
      const other = owner.get(f);
      assert.ok(!other || other === cells.id, `"${form}" belongs to ${other} and ${cells.id}`);
      owner.set(f, cells.id);
    }
  }
});

test('no rank form is also an office form (a rank is never a position)', () => {
  const ranks = new Set(readTsv(join(dir, 'ranks.tsv')).rows.flatMap((r) => [r.cells.name, ...splitValues(r.cells.forms)].map(foldName)));
  for (const { cells } of readTsv(join(dir, 'offices.tsv')).rows) {
    for (const form of [cells.name, ...splitValues(cells.forms)]) assert.ok(!ranks.has(foldName(form)), form);
  }
});

test('judgements.json documents its format and parses', () => {
  const data = JSON.parse(readFileSync(join(dir, 'judgements.json'), 'utf8'));
  assert.equal(typeof data._doc, 'string');
  assert.ok(Array.isArray(data.judgements));
});

const bad: Array<[string, string]> = [
  ['no source column', '# x\nid\tname\na\tb\n'],
  ['empty source', 'id\tsource\na\t\n'],
  ['stray whitespace', 'id\tsource\na \tx\n'],
  ['wrong cell count', 'id\tsource\na\n'],
  ['not NFC', 'id\tsource\nCo\u0302te\tx\n'],
];
for (const [name, text] of bad) {
  test(`parseTsv refuses a file with ${name}`, () => {
    assert.throws(() => parseTsv(text, 'bad.tsv'), (e: { code?: string; message?: string }) => e.code === 'GAZETTEER_INVALID' && /^bad\.tsv/.test(e.message ?? ''));
  });
}

test('parseTsv reads comments, header and multi-valued cells', () => {
  const t = parseTsv('# comment\nid\tforms\tsource\nun\tun|une\tx\n', 'ok.tsv');
  assert.deepEqual(t.rows[0].cells, { id: 'un', forms: 'un|une', source: 'x' });
  assert.deepEqual(splitValues(t.rows[0].cells.forms), ['un', 'une']);
});

test('loadGazetteers stops on a bad organisation row and the version changes with the data', () => {
  const copy = mkdtempSync(join(tmpdir(), 'entente-gaz-'));
  cpSync(dir, copy, { recursive: true });
  const before = computeGazetteerVersion(copy);
  writeFileSync(join(copy, 'organisations.tsv'), readFileSync(join(copy, 'organisations.tsv'), 'utf8') + 'asean\tASEAN bis\torg\t\t\t\tx\n');
  assert.notEqual(computeGazetteerVersion(copy), before);
  assert.throws(() => loadGazetteers(copy), (e: { code?: string; message?: string }) => e.code === 'GAZETTEER_INVALID' && /duplicate id "org:asean"/.test(e.message ?? ''));
});

test('the code version changes with the extraction stages\' code, not with the loader\'s or with source maps', () => {
  const root = mkdtempSync(join(tmpdir(), 'entente-code-'));
  for (const folder of ['extract/entities', 'load']) mkdirSync(join(root, folder), { recursive: true });
  writeFileSync(join(root, 'extract/entities/persons.js'), 'export const rule = 1;\n');
  writeFileSync(join(root, 'load/ingest.js'), 'export const batch = 1;\n');
  const before = computeCodeVersion(root);
  writeFileSync(join(root, 'load/ingest.js'), 'export const batch = 2;\n');
  writeFileSync(join(root, 'extract/entities/persons.js.map'), '{}');
  assert.equal(computeCodeVersion(root), before);
  writeFileSync(join(root, 'extract/entities/persons.js'), 'export const rule = 2;\n');
  assert.notEqual(computeCodeVersion(root), before);
});

test('loadGazetteers gives a version hash and country names in French', () => {
  const g = loadGazetteers(dir);
  assert.match(g.version, /^[0-9a-f]{16}$/);
  assert.equal(g.countries.get('VN')?.name, 'Vietnam');
  assert.equal(g.countries.get('JP')?.name, 'Japon');
});

test('no place is written like a country, a region or an organisation (the longest match could not decide)', () => {
  const g = loadGazetteers(dir);
  for (const { cells } of readTsv(join(dir, 'places.tsv')).rows) {
    for (const form of [cells.name, ...splitValues(cells.aliases)]) {
      const clash = g.matcher.lookup(form).filter((e) => e.kind !== 'place');
      assert.deepEqual(clash.map((e) => `${e.kind}:${e.id}`), [], form);
    }
  }
});
