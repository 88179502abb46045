// Checks the word-list tables of the text tools: columns, sources, duplicates, stray white space, NFC.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { readTextTable } from '../../src/lang/text-tables.js';

const TABLES: Array<[string, string[], string[]]> = [
  ['abbreviations.tsv', ['abbr', 'kind', 'source'], ['abbr']],
  ['text-function-words.tsv', ['word', 'kind', 'source'], ['word']],
  ['text-lexicon-extra.tsv', ['word', 'note', 'source'], ['word']],
  ['text-glue-keep.tsv', ['kind', 'value', 'source'], ['kind', 'value']],
  ['text-markers.tsv', ['kind', 'value', 'source'], ['kind', 'value']],
  ['text-dates.tsv', ['kind', 'word', 'value', 'source'], ['kind', 'word']],
];

const SOURCES = readFileSync(new URL('../../gazetteers/SOURCES.md', import.meta.url), 'utf8');

for (const [name, columns, key] of TABLES) {
  test(`gazetteers/${name}: well-formed rows with a described source and no duplicates`, () => {
    const rows = readTextTable(name, columns);
    assert.ok(rows.length > 0);
    const seen = new Set<string>();
    rows.forEach((row, i) => {
      for (const column of columns) {
        const value = row[column];
        assert.ok(value, `row ${i + 1}: empty ${column}`);
        assert.equal(value, value.trim(), `row ${i + 1}: stray white space in ${column}`);
        assert.equal(value, value.normalize('NFC'), `row ${i + 1}: ${column} is not NFC`);
      }
      assert.ok(SOURCES.includes(`**${row.source}**`), `row ${i + 1}: source "${row.source}" not described in SOURCES.md`);
      const id = key.map((k) => row[k]).join('\t');
      assert.ok(!seen.has(id), `row ${i + 1}: duplicate ${id}`);
      seen.add(id);
    });
  });
}
