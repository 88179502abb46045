// Every saved query in queries/ run on a known graph with asserted rows, plus the errors for bad names and parameters.

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { Driver } from 'neo4j-driver';
import { ingestRecords, listSavedQueries, runSavedQuery, formatRows } from '../../src/load/index.js';
import { bindParams, findSavedQuery } from '../../src/load/saved-queries.js';
import { recordA, recordB, recordC, recordD, outcomesOf } from './fixtures.js';
import { DATABASE, clearGraph, connect } from './helpers.js';
import { runCli } from './cli.js';

let driver: Driver;
before(async () => {
  driver = await connect();
  await clearGraph(driver);
  await ingestRecords(outcomesOf([recordA(), recordB(), recordC()]), driver, { database: DATABASE, batchSize: 5000 });
});
after(async () => { await driver.close(); });

const run = (name: string, params: Record<string, string | number> = {}) => runSavedQuery(driver, DATABASE, name, params);
const column = (rows: Array<Record<string, unknown>>, key: string) => rows.map((r) => r[key]);

/** [query, params, check]: every saved query has at least one case here (checked by the last test). */
const cases: Array<[string, Record<string, string | number>, (rows: Array<Record<string, unknown>>) => void]> = [
  ['who-met', { person: 'Lee Hsien Loong' }, (rows) => {
    assert.deepEqual(column(rows, 'met'), ['Nguyễn Hòa Bình', 'Phan Văn Giang']);
    assert.deepEqual(rows[0]!.events, ['Dialogue Shangri-La 2024']);
    assert.deepEqual(rows[0]!.dates, ['2024-05-31']);
  }],
  ['who-met', { person: 'phan van giang' }, (rows) => assert.deepEqual(column(rows, 'met'), ['Lee Hsien Loong', 'Wang Huning'])],
  ['who-met', { person: 'person:wang-huning' }, (rows) => assert.deepEqual(column(rows, 'met'), ['Phan Văn Giang'])],
  ['meetings-between-countries', { countryA: 'VN', countryB: 'Singapour' }, (rows) => {
    assert.deepEqual(rows.map((r) => [r.date, r.side1, r.side2]),
      [['2024-05-31', 'Nguyễn Hòa Bình', 'Lee Hsien Loong'], ['2024-05-31', 'Phan Văn Giang', 'Lee Hsien Loong']]);
    assert.deepEqual(rows[0]!.titles, ['Le vice-Premier ministre Nguyễn Hòa Bình à Singapour']);
  }],
  ['meetings-between-countries', { countryA: 'Chine', countryB: 'country:VN' }, (rows) =>
    assert.deepEqual(rows.map((r) => [r.date, r.event]), [['2024-06-10', 'Visite à Pékin']])],
  ['person-career', { person: 'Phan Văn Giang' }, (rows) =>
    assert.deepEqual(rows.map((r) => [r.kind, r.title, r.asOf]),
      [['HAS_RANK', 'général', '2024-06-10'], ['HOLDS_POSITION', 'ministre de la Défense', '2024-06-10']])],
  ['organisation-activity', { organisation: 'ANASE' }, (rows) =>
    assert.deepEqual(rows.map((r) => [r.kind, r.name, r.relation]), [
      ['member', 'Singapour', 'MEMBER_OF'], ['member', 'Vietnam', 'MEMBER_OF'],
      ['meeting', '18e réunion des ministres de la Défense de l’ASEAN', 'ORGANISED']])],
  ['cooperation-partners', { country: 'Vietnam' }, (rows) =>
    assert.deepEqual(rows.map((r) => [r.domain, r.partner, r.articles]), [['défense', 'Singapour', 1]])],
  ['cooperation-partners', { country: 'VN', domain: 'maintien de la paix' }, (rows) => assert.equal(rows.length, 0)],
  ['events-in-place-or-range', { place: 'Singapour' }, (rows) =>
    assert.deepEqual(rows.map((r) => [r.date, r.event, r.articles]), [['2024-05-31', 'Dialogue Shangri-La 2024', 2]])],
  ['events-in-place-or-range', { from: '2024-06', to: '2024-11' }, (rows) =>
    assert.deepEqual(column(rows, 'event'), ['Visite à Pékin', '18e réunion des ministres de la Défense de l’ASEAN'])],
  ['events-in-place-or-range', { from: '2024-06-11', to: '2024-11-19' }, (rows) => assert.equal(rows.length, 0)],
  ['most-connected-people', { limit: 2 }, (rows) =>
    assert.deepEqual(rows.map((r) => [r.person, r.connections]), [['Phan Văn Giang', 7], ['Lee Hsien Loong', 4]])],
  ['shortest-path', { personA: 'Nguyen Hoa Binh', personB: 'Wang Huning' }, (rows) => {
    assert.deepEqual(rows.map((r) => [r.hops, r.names]), [
      [3, ['Nguyễn Hòa Bình', 'Dialogue Shangri-La 2024', 'Phan Văn Giang', 'Wang Huning']],
      [3, ['Nguyễn Hòa Bình', 'Lee Hsien Loong', 'Phan Văn Giang', 'Wang Huning']]]);
  }],
  ['shortest-path', { personA: 'Wang Huning', personB: 'Lee Hsien Loong', limit: 1 }, (rows) =>
    assert.deepEqual(rows.map((r) => r.relations), [['MET', 'MET']])],
  ['relation-evidence', { a: 'Nguyen Hoa Binh', b: 'Lee Hsien Loong' }, (rows) => {
    assert.deepEqual(rows.map((r) => [r.relation, r.rule, r.start]), [['MET', 'met.rencontrer', 0]]);
    assert.match(String(rows[0]!.sentence), /a rencontré le ministre senior Lee Hsien Loong/);
  }],
  ['relation-evidence', { a: 'ASEAN', b: 'VN', type: 'MEMBER_OF' }, (rows) =>
    assert.deepEqual(rows.map((r) => [r.from, r.rule, r.location]), [['Vietnam', 'member.gazetteer', '/corpus/c.txt']])],
  ['articles-mentioning', { entity: 'Dialogue Shangri-La 2024' }, (rows) =>
    assert.deepEqual(rows.map((r) => [r.title, r.kind]), [
      ['Le général Phan Văn Giang au Dialogue Shangri-La', 'page'],
      ['Le vice-Premier ministre Nguyễn Hòa Bình à Singapour', 'page'],
      ['Ouverture du Dialogue Shangri-La', 'teaser']])],
  ['articles-mentioning', { entity: 'Lee Hsien Loong' }, (rows) => {
    // The first sentence is read from the Article's stored sentences through the MENTIONS' sentence index.
    assert.ok(rows.length >= 1);
    for (const row of rows) assert.match(String(row.firstSentence), /Lee Hsien Loong/);
  }],
  // Every person here is named in full: no pair (the next test adds a short name).
  ['duplicate-candidates', {}, (rows) => assert.deepEqual(rows, [])],
  ['search-names', { text: 'Shangri*' }, (rows) =>
    assert.deepEqual(rows.map((r) => [r.name, r.kind]), [['Dialogue Shangri-La 2024', 'Event']])],
];

for (const [name, params, check] of cases) {
  test(`${name} ${JSON.stringify(params)}`, async () => {
    const result = await run(name, params);
    check(result.rows);
  });
}

test('duplicate-candidates: "Giang" alone in a later article pairs with Phan Văn Giang, and the rank they share counts', async () => {
  await ingestRecords(outcomesOf([recordD()]), driver, { database: DATABASE, batchSize: 5000 });
  const rows = (await run('duplicate-candidates')).rows;
  assert.deepEqual(rows.map((r) => [r.short, r.long, r.shortCountry, r.longCountry, r.sharedNeighbours]),
    [['Giang', 'Phan Văn Giang', 'VN', 'VN', 1]]);
});

test('every saved query is covered above and its header example runs', async () => {
  const covered = new Set(cases.map(([name]) => name));
  for (const query of listSavedQueries()) {
    assert.ok(covered.has(query.name), `${query.name} has no test case`);
    assert.ok(query.title && query.description, `${query.name} has a title and a description`);
    const examples = Object.fromEntries(query.params.filter((p) => p.example).map((p) => [p.name, p.example!]));
    assert.equal(Object.keys(examples).length, query.params.length, `${query.name}: every parameter has an example`);
    await run(query.name, examples);
  }
});

test('an unknown query and a missing parameter are errors with their own codes', () => {
  assert.throws(() => findSavedQuery('qui-a-vu'), { code: 'QUERY_UNKNOWN' });
  assert.throws(() => bindParams(findSavedQuery('who-met'), {}), { code: 'QUERY_PARAM_MISSING' });
  assert.throws(() => bindParams(findSavedQuery('who-met'), { person: 'x', persone: 'y' }), { code: 'CONFIG_INVALID' });
  assert.throws(() => bindParams(findSavedQuery('most-connected-people'), { limit: 'dix' }), { code: 'CONFIG_INVALID' });
  assert.throws(() => bindParams(findSavedQuery('events-in-place-or-range'), { from: '31/05/2024' }), { code: 'CONFIG_INVALID' });
});

test('rows print as a table, JSON and CSV', async () => {
  const result = await run('who-met', { person: 'Wang Huning' });
  assert.match(formatRows(result, 'table'), /^met\s+kind\s+country/);
  assert.deepEqual(JSON.parse(formatRows(result, 'json')).map((r: { met: string }) => r.met), ['Phan Văn Giang']);
  const csv = formatRows(result, 'csv').split('\r\n');
  assert.equal(csv[0], 'met,kind,country,dates,events,articles');
  assert.equal(csv[1], 'Phan Văn Giang,Person,VN,2024-06-10,Visite à Pékin,1');
});

test('the CLI: one line and exit status 1 for an unknown query or a missing parameter; csv on success', () => {
  const unknown = runCli(['query', 'qui-a-vu']);
  assert.equal(unknown.status, 1);
  assert.match(unknown.stderr, /^entente: query "qui-a-vu": no such saved query \(known: .*who-met.*\)$/m);
  const missing = runCli(['query', 'who-met']);
  assert.equal(missing.status, 1);
  assert.match(missing.stderr, /^entente: query "who-met": missing parameter "person" .*--param person="Lee Hsien Loong"/m);
  const ok = runCli(['query', 'who-met', '--param', 'person=Wang Huning', '--format', 'csv']);
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(ok.stdout, 'met,kind,country,dates,events,articles\r\nPhan Văn Giang,Person,VN,2024-06-10,Visite à Pékin,1\r\n');
});
