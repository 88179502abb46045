// Reading files, folders, standard input, saved HTML and feeds, and reporting bad inputs without stopping.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import { readSources, type ReadOptions, type ReadResult } from '../../src/read/index.js';
import { compileGlob } from '../../src/read/glob.js';

const FIXTURES = new URL('../fixtures/read/', import.meta.url).pathname;
const SEEDS = new URL('../../../shared/corpus/seeds/', import.meta.url).pathname;

async function readAll(inputs: string[], options?: ReadOptions): Promise<ReadResult[]> {
  const out: ReadResult[] = [];
  for await (const r of readSources(inputs, options)) out.push(r);
  return out;
}

function seedsWithBadFiles(): string {
  const dir = mkdtempSync(join(tmpdir(), 'entente-read-'));
  cpSync(SEEDS, join(dir, 'seeds'), { recursive: true });
  cpSync(join(FIXTURES, 'mixed'), join(dir, 'mixed'), { recursive: true });
  writeFileSync(join(dir, '.hidden.txt'), 'caché');
  return dir;
}

test('a folder of the seeds plus an empty, a binary and a Latin-1 file: good ones read, bad ones reported', async () => {
  const dir = seedsWithBadFiles();
  try {
    const results = await readAll([dir]);
    const ok = results.filter((r) => r.ok).map((r) => (r.ok ? r.source : undefined)!);
    const failed = results.filter((r) => !r.ok).map((r) => (r.ok ? undefined : r.error)!);
    assert.deepEqual(ok.map((s) => s.file), ['latin1.txt', ...readdirSync(SEEDS).sort()]);
    assert.deepEqual(failed.map((e) => [e.code, e.location.slice(dir.length + 1)]),
      [['INPUT_EMPTY', 'mixed/empty.txt'], ['INPUT_BINARY', 'mixed/photo.bin']]);
    for (const e of failed) assert.match(e.message, /^\S+: [^\n]+$/, 'one line naming the input');
    const latin = ok.find((s) => s.file === 'latin1.txt')!;
    assert.equal(latin.convertedFrom, 'windows-1252');
    assert.match(latin.text, /Le ministre français des Armées reçoit/);
    assert.match(latin.text, /l'œuvre commune/);
    assert.ok(ok.every((s) => s.format === 'text'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('include and exclude globs filter a folder; order stays sorted', async () => {
  const dir = seedsWithBadFiles();
  try {
    const names = async (options: ReadOptions) => (await readAll([dir], options)).map((r) => (r.ok ? r.source.file : `!${r.error.code}`));
    assert.deepEqual(await names({ include: ['seeds/*.txt'], exclude: ['00[34]_*'] }),
      ['000_769450a205ff9c32.txt', '001_1172300eeb66c489.txt', '002_f74315cc051a8a08.txt']);
    assert.deepEqual(await names({ include: ['*.{txt,bin}'], exclude: ['seeds/**'] }), ['!INPUT_EMPTY', 'latin1.txt', '!INPUT_BINARY']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('a missing path, an oversized file and a non-UTF-8 non-Latin file are reported; the next input is still read', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-read-'));
  try {
    const sjis = join(dir, 'japonais.txt');
    writeFileSync(sjis, iconv.encode('防衛省の副大臣が東京で会談しました。日本とベトナムの防衛協力について話し合いました。'.repeat(4), 'shift_jis'));
    const seed = join(SEEDS, '003_4fe97ebce5e3b00f.txt');
    const results = await readAll([join(dir, 'absent.txt'), sjis, seed]);
    assert.deepEqual(results.map((r) => (r.ok ? 'ok' : r.error.code)), ['INPUT_NOT_FOUND', 'INPUT_ENCODING', 'ok']);
    const [tooLarge] = await readAll([seed], { maxBytes: 1000 });
    assert.equal(tooLarge.ok ? 'ok' : tooLarge.error.code, 'INPUT_TOO_LARGE');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('UTF-16 with a byte-order mark is converted; decomposed accents are composed', async () => {
  const dir = mkdtempSync(join(tmpdir(), 'entente-read-'));
  try {
    writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Défense\n\nLe ministre a reçu son homologue.', 'utf16le')]));
    writeFileSync(join(dir, 'nfd.txt'), 'De\u0301fense\n\nLe ministre a rec\u0327u son homologue.');
    const [nfd, utf16] = await readAll([dir]);
    assert.ok(nfd.ok && utf16.ok);
    assert.equal(utf16.source.convertedFrom, 'utf-16le');
    assert.equal(utf16.source.text, 'Défense\n\nLe ministre a reçu son homologue.');
    assert.equal(nfd.source.text, 'Défense\n\nLe ministre a reçu son homologue.');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('- reads standard input', async () => {
  const stdin = Readable.from([Buffer.from('Titre\n\nLe ministre a reçu son homologue.\n')]);
  const [result] = await readAll(['-'], { stdin });
  assert.ok(result.ok);
  assert.equal(result.source.location, '-');
  assert.equal(result.source.text, 'Titre\n\nLe ministre a reçu son homologue.\n');
  const [empty] = await readAll(['-'], { stdin: Readable.from([]) });
  assert.equal(empty.ok ? 'ok' : empty.error.code, 'INPUT_EMPTY');
});

test('a saved HTML page is reduced to its article; a page without one is reported', async () => {
  const [article, none] = await readAll([join(FIXTURES, 'article.html'), join(FIXTURES, 'no-article.html')]);
  assert.ok(article.ok);
  assert.equal(article.source.format, 'html');
  assert.equal(article.source.title, 'Dialogue de défense Vietnam-Japon à Hanoï');
  assert.equal(article.source.published, '2024-10-11T08:30:00+07:00');
  assert.match(article.source.text, /^Dialogue de défense Vietnam-Japon à Hanoï\n\nLe général Phung Si Tan/);
  assert.match(article.source.text, /\n\nLe général Phung Si Tan et Mme Tomoko Matsuzawa, le 10 octobre à Hanoï\. Photo : VNA\n\n/);
  assert.doesNotMatch(article.source.text, /Accueil|Les plus lus|Tous droits réservés/);
  assert.equal(none.ok ? 'ok' : none.error.code, 'INPUT_NO_ARTICLE');
});

test('RSS and Atom feeds give one article per item with its date; a feed that is not XML is reported', async () => {
  const results = await readAll([join(FIXTURES, 'feed.rss'), join(FIXTURES, 'feed.atom'), join(FIXTURES, 'not-xml.rss')]);
  const items = results.filter((r) => r.ok).map((r) => (r.ok ? r.source : undefined)!);
  assert.deepEqual(items.map((s) => [s.format, s.published, s.title]), [
    ['feed-item', '2023-09-19T09:15:00+02:00', 'Le Vietnam et la France renforcent leur coopération maritime'],
    ['feed-item', '2024-11-21T17:00:00+07:00', "Réunion des ministres de la Défense de l'ASEAN à Vientiane"],
    ['feed-item', '2025-03-04T09:00:00Z', "Le Premier ministre reçoit l'ambassadeur de Chine"],
    ['feed-item', '2025-03-05T08:00:00Z', 'Visite du président du Conseil européen au Vietnam'],
  ]);
  assert.equal(items[0].location, join(FIXTURES, 'feed.rss') + '#1');
  assert.equal(items[0].file, 'feed-rss-001-le-vietnam-et-la-france-renforcent-leur-cooperat');
  assert.equal(new Set(items.map((s) => s.file)).size, 4);
  assert.equal(items[0].text, 'Le Vietnam et la France renforcent leur coopération maritime\n\nLe vice-ministre Bui Thanh Son a rencontré lundi à Paris la secrétaire d’État Geneviève Darrieussecq.\n\nLes deux responsables ont évoqué la sécurité maritime et la formation des officiers. Photo : VNA');
  assert.equal(items[2].text, "Le Premier ministre reçoit l'ambassadeur de Chine\n\nLe Premier ministre Pham Minh Chinh a reçu mardi à Hanoï l'ambassadeur de Chine au Vietnam, He Wei.");
  const bad = results[results.length - 1];
  assert.equal(bad.ok ? 'ok' : bad.error.code, 'INPUT_BAD_FEED');
});

test('globs: *, **, ?, [..] and {a,b}; patterns without a slash match the base name', () => {
  const cases: Array<[string, string, boolean]> = [
    ['*.txt', 'seeds/000.txt', true], ['*.txt', 'a.html', false], ['seeds/*.txt', 'seeds/a.txt', true],
    ['seeds/*.txt', 'x/seeds/a.txt', false], ['**/*.txt', 'a/b/c.txt', true], ['**/*.txt', 'c.txt', true],
    ['00?_*', 'x/003_abc.txt', true], ['00[12]_*', '003_a.txt', false], ['*.{rss,atom}', 'flux.atom', true],
    ['seeds/**', 'seeds/a/b.txt', true], ['a.b', 'axb', false],
  ];
  for (const [pattern, path, expected] of cases) assert.equal(compileGlob(pattern).test(path), expected, `${pattern} ${path}`);
});
