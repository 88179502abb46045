#!/usr/bin/env node
// Per-rule figures for the relation and event rules on the seeds: how often each rule fired and how often it was right.
//
//   node scripts/rule-stats.mjs [--pred FILE.jsonl] [--gold DIR] [--out FILE.jsonl] [--write] [SEEDS...]
//
// With --pred it reads `entente extract --format jsonl` output; without it, it runs read → normalise → extract itself
// (through tsx) and builds the scorer's record from the relation stage's own output, so the figures do not depend on
// the resolver. --out writes that record for `node ../shared/eval/score.mjs`. --write stores the measured precision,
// fired and right counts in the rule tables (gazetteers/relations-met.tsv, cooperation-rules.tsv).
// Each evidence item is one firing. A relation firing is right when its relation is in the gold file (scorer's
// matching); an event rule firing is right when its event matches a gold event.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, basename } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const args = process.argv.slice(2);
const opt = (name) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const goldDir = opt('--gold') ?? join(root, '../shared/eval/gold/seeds');
const predFile = opt('--pred');
const outFile = opt('--out');
const write = args.includes('--write');
const optionValues = new Set(['--gold', '--pred', '--out'].map(opt).filter(Boolean));
const seedArgs = args.filter((a) => !a.startsWith('--') && !optionValues.has(a));
const seeds = seedArgs.length ? seedArgs : readdirSync(join(root, '../shared/corpus/seeds')).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => join(root, '../shared/corpus/seeds', f));

// The scorer's folding and matching (../shared/eval/score.mjs), repeated here because the scorer runs on import.
const fold = (s) => String(s ?? '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase()
  .replace(/[’'`]/g, "'").replace(/[^a-z0-9']+/g, ' ').trim();
const tokenKey = (s) => [...new Set(fold(s).split(/[\s']+/).filter(Boolean))].sort().join(' ');
const namesOf = (e) => [e.name, ...(e.aliases ?? [])].filter(Boolean);
const samePerson = (g, p) => { const k = new Set(namesOf(g).map(tokenKey)); return namesOf(p).some((n) => k.has(tokenKey(n))); };
const sameOrg = (g, p) => { const k = new Set(namesOf(g).map(fold)); return namesOf(p).some((n) => k.has(fold(n))); };
const sameEvent = (g, p) => {
  if (g.place && p.place && fold(g.place) === fold(p.place)) return true;
  const gt = new Set(fold(g.name).split(' ')); const pt = fold(p.name).split(' ');
  return pt.filter((t) => gt.has(t)).length >= Math.ceil(gt.size / 2);
};

async function extractDirect() {
  const { register } = await import('tsx/esm/api');
  register();
  const { readSources } = await import(join(root, 'src/read/index.ts'));
  const { normaliseSource } = await import(join(root, 'src/normalise/index.ts'));
  const { extractDocument } = await import(join(root, 'src/extract/index.ts'));
  const { loadGazetteers } = await import(join(root, 'src/gazetteer/index.ts'));
  const { mergeEventRecords, remapEventIds } = await import(join(root, 'src/extract/relations/index.ts'));
  const gazetteers = loadGazetteers();
  const records = [];
  for await (const result of readSources(seeds)) {
    if (!result.ok) { console.error(result.error.message); continue; }
    const { page, teasers } = normaliseSource(result.source);
    const extractions = [page, ...teasers].map((doc) => extractDocument(doc, gazetteers));
    const { events, idMap } = mergeEventRecords(extractions.flatMap((x) => x.events));
    const relations = remapEventIds(extractions.flatMap((x) => x.relations), idMap);
    records.push({ file: result.source.file, persons: [], countries: [], organisations: [], events, relations });
  }
  return records;
}

const records = predFile
  ? readFileSync(predFile, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l))
  : await extractDirect();
if (outFile) writeFileSync(outFile, records.map((r) => JSON.stringify(r)).join('\n') + '\n');

const stats = new Map();
const tally = (rule, ok) => { const s = stats.get(rule) ?? { fired: 0, right: 0 }; s.fired++; if (ok) s.right++; stats.set(rule, s); };
const wrong = [];
for (const rec of records) {
  const goldPath = join(goldDir, basename(rec.file).replace(/\.txt$/, '.json'));
  let gold;
  try { gold = JSON.parse(readFileSync(goldPath, 'utf8')); } catch { continue; }
  const gc = new Set((gold.countries ?? []).map((c) => String(c).toUpperCase()));
  const resolve = (name) => {
    if (/^[A-Z]{2}$/.test(name) && gc.has(name)) return `C:${name}`;
    const pi = (gold.persons ?? []).findIndex((x) => samePerson(x, { name }));
    if (pi >= 0) return `P:${pi}`;
    const oi = (gold.organisations ?? []).findIndex((x) => sameOrg(x, { name }));
    return oi >= 0 ? `O:${oi}` : `?:${fold(name)}`;
  };
  const key = (r) => `${r.type}|${[resolve(r.a), resolve(r.b)].sort().join('|')}`;
  const goldKeys = new Set((gold.relations ?? []).map(key));
  for (const r of rec.relations ?? []) {
    if (r.type !== 'MET' && r.type !== 'COOPERATES_WITH') continue;
    const ok = goldKeys.has(key(r));
    // Each evidence item is one firing of its rule (one sentence, one span).
    const rules = (r.evidence ?? []).map((e) => e.rule);
    for (const rule of rules.length ? rules : ['(no evidence)']) tally(rule, ok);
    if (!ok) wrong.push(`${basename(rec.file)}: ${r.type} ${r.a} — ${r.b} [${[...new Set(rules)].join(', ')}]`);
  }
  const goldEvents = [...(gold.events ?? [])];
  for (const e of rec.events ?? []) {
    const gi = goldEvents.findIndex((g) => sameEvent(g, e));
    if (gi >= 0) goldEvents.splice(gi, 1);
    for (const x of e.evidence ?? []) tally(`${x.rule}${e.implicit ? ' (implicit meeting)' : ''}`, gi >= 0);
    if (gi < 0) wrong.push(`${basename(rec.file)}: event "${e.name}"${e.implicit ? ' (implicit)' : ''}`);
  }
}

const rows = [...stats.entries()].sort(([a], [b]) => a.localeCompare(b));
console.log('rule                                   fired  right  precision');
for (const [rule, s] of rows) {
  console.log(`${rule.padEnd(38)} ${String(s.fired).padStart(5)}  ${String(s.right).padStart(5)}  ${(s.right / s.fired).toFixed(2).padStart(9)}`);
}
if (args.includes('--verbose')) wrong.forEach((w) => console.log(`wrong: ${w}`));

const PRIOR = 0.85;
const PRIOR_WEIGHT = 2;
if (write) {
  for (const file of ['relations-met.tsv', 'cooperation-rules.tsv']) {
    const path = join(root, 'gazetteers', file);
    const lines = readFileSync(path, 'utf8').split('\n');
    const header = lines.find((l) => l && !l.startsWith('#')).split('\t');
    const [iId, iP, iF, iR] = ['id', 'precision', 'fired', 'right'].map((c) => header.indexOf(c));
    const updated = lines.map((line) => {
      if (!line || line.startsWith('#')) return line;
      const cells = line.split('\t');
      const s = stats.get(cells[iId]);
      if (!s) return line;
      // Smoothed towards a prior precision of 0.85 worth two firings, so that a rule right 3 times out of 3 does not
      // claim certainty and a rule that fired once is not judged on that alone.
      cells[iP] = ((s.right + PRIOR * PRIOR_WEIGHT) / (s.fired + PRIOR_WEIGHT)).toFixed(2);
      cells[iF] = String(s.fired);
      cells[iR] = String(s.right);
      return cells.join('\t');
    });
    writeFileSync(path, updated.join('\n'));
  }
  console.log('rule tables updated');
}
