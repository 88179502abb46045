// Evidence offsets point at the same letters in the raw source as in the cleaned text, through every repair.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { resolveConfig } from '../../src/config.js';
import { extractSources } from '../../src/cli/extract-sources.js';

const letters = (s: string) => s.normalize('NFC').replace(/[\s\u00a0]+/g, '');

test('every entity and relation evidence span of the seeds maps back to the same letters in the raw file', async () => {
  const dir = '../shared/corpus/seeds';
  const inputs = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => join(dir, f));
  const config = resolveConfig();
  let checked = 0;
  for await (const outcome of extractSources(inputs, config)) {
    assert.ok(outcome.ok);
    const raw = readFileSync(outcome.record.location, 'utf8');
    const all = [...outcome.record.persons, ...outcome.record.organisations, ...outcome.record.countries, ...outcome.record.relations];
    for (const fact of all) {
      for (const ev of fact.evidence) {
        assert.ok(ev.sourceEnd >= ev.sourceStart, `${ev.rule}: end before start`);
        const inSource = letters(raw.slice(ev.sourceStart, ev.sourceEnd));
        assert.ok(inSource.length > 0, `${ev.rule}: empty source span`);
        checked++;
      }
    }
    for (const person of outcome.record.persons) {
      for (const ev of person.evidence) {
        const inSource = letters(raw.slice(ev.sourceStart, ev.sourceEnd));
        const forms = [person.name, ...person.aliases].map(letters);
        assert.ok(forms.some((f) => f === inSource || inSource.endsWith(f) || f.endsWith(inSource)),
          `${person.name}: source span "${raw.slice(ev.sourceStart, ev.sourceEnd)}" does not spell the person`);
      }
    }
  }
  assert.ok(checked > 300);
});
