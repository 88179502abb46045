// Bench corpora: the base articles (seeds + samples) replicated k times with person and country names swapped per copy.
//
// Copy 0 is the base corpus unchanged; copy c > 0 swaps every known person name for a name assembled from parts of
// other known names, and every country name and demonym for another country's, the same way throughout the copy, so
// the resolver sees distinct entities. Corpora are written one article at a time to a temporary folder: nothing but
// the base corpus and the name tables is held in memory, whatever the size.

import { createWriteStream, existsSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { once } from 'node:events';
import { basename, extname, join } from 'node:path';
import { createRequire } from 'node:module';
import type { Countries } from 'world-countries';
import { readSources } from '../src/read/index.js';
import { seededRandom } from '../src/graph/seeded-random.js';
import { escapeRegExp } from '../src/lang/escape-regexp.js';

// The package's typings declare an ES default export over a CommonJS module; requiring it gives the array itself.
const worldCountries: Countries = createRequire(import.meta.url)('world-countries');

export interface BaseArticle {
  /** File name the copies are named after. */
  name: string;
  text: string;
}

export interface CountryNames {
  code: string;
  /** The French name a replacement is written with. */
  name: string;
  /** Every French name of the country that may appear in text (name included). */
  names: string[];
  demonymM?: string;
  demonymF?: string;
}

export interface NamePool {
  /** Full person names known from the gazetteers and the gold, whose parts make replacement names. */
  persons: string[];
  countries: CountryNames[];
}

export interface CorpusFile {
  path: string;
  bytes: number;
  copy: number;
}

/** Reads the base articles through the project's read stage (HTML reduced to text), in a stable order. */
export async function loadBaseCorpus(dirs: string[]): Promise<BaseArticle[]> {
  const paths: string[] = [];
  for (const dir of dirs) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (['.txt', '.html', '.htm'].includes(extname(f).toLowerCase())) paths.push(join(dir, f));
    }
  }
  const articles: BaseArticle[] = [];
  for await (const result of readSources(paths)) {
    if (!result.ok) continue;
    const { text, title, file } = result.source;
    const full = title && !text.trimStart().startsWith(title) ? `${title}\n\n${text}` : text;
    articles.push({ name: basename(file, extname(file)), text: full });
  }
  return articles;
}

/**
 * Builds the name pool: persons from gazetteer files about people (columns `name`, `aliases`) and from the gold files,
 * plus names found after an honorific in the base texts; countries from world-countries (French names and demonyms)
 * enriched with the aliases of a countries gazetteer when there is one.
 */
export function buildNamePool(gazetteerDir: string, goldDir: string | undefined, base: BaseArticle[]): NamePool {
  const persons = new Set<string>();
  const countryAliases = new Map<string, string[]>();
  for (const file of existsSync(gazetteerDir) ? readdirSync(gazetteerDir).filter((f) => f.endsWith('.tsv')) : []) {
    const rows = readTsv(join(gazetteerDir, file));
    if (/person|people|personnal/i.test(file)) {
      for (const row of rows) for (const n of namesOfRow(row)) if (isPersonName(n)) persons.add(n);
    } else if (/countr|pays/i.test(file)) {
      for (const row of rows) {
        const code = (row.code ?? row.iso ?? row.cca2 ?? row.id ?? '').replace(/^country:/, '').toUpperCase();
        if (/^[A-Z]{2}$/.test(code)) countryAliases.set(code, [...(countryAliases.get(code) ?? []), ...namesOfRow(row)]);
      }
    }
  }
  if (goldDir && existsSync(goldDir)) {
    for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.json'))) {
      const gold = JSON.parse(readFileSync(join(goldDir, f), 'utf8')) as { persons?: Array<{ name: string }> };
      for (const p of gold.persons ?? []) if (isPersonName(p.name)) persons.add(p.name);
    }
  }
  const honorific = /(?:^|[\s(])(?:M\.|Mme|MM\.|Mlle)\s+((?:[A-ZÀ-ÝĐ][\p{Ll}\p{M}'-]+\s?){1,4})/gu;
  for (const { text } of base) {
    for (const m of text.matchAll(honorific)) {
      const name = m[1].trim();
      if (name.split(' ').length >= 2 && isPersonName(name)) persons.add(name);
    }
  }
  const countries: CountryNames[] = [];
  for (const c of worldCountries) {
    const fra = c.translations.fra;
    // Member states only: territory names such as « Réunion » are also common French words.
    if (!fra || !c.unMember) continue;
    const names = unique([fra.common, fra.official, ...(countryAliases.get(c.cca2) ?? [])]
      .filter((n) => n && /^\p{Lu}/u.test(n) && n.length > 3));
    countries.push({ code: c.cca2, name: fra.common, names, demonymM: c.demonyms?.fra?.m || undefined, demonymF: c.demonyms?.fra?.f || undefined });
  }
  return { persons: [...persons].sort(), countries };
}

/** Makes the text rewriter for one copy: the same name always becomes the same replacement within the copy. */
export function buildCopyRewriter(pool: NamePool, copy: number): (text: string) => string {
  if (copy === 0) return (text) => text;
  const parts = splitNameParts(pool.persons);
  const replacement = new Map<string, string>();
  const personTarget = (name: string): string => {
    const tokens = name.split(/\s+/);
    const rand = prng(`${copy}|${name}`);
    for (let attempt = 0; attempt < 8; attempt++) {
      const out = tokens.map((_, i) => pick(i === 0 && tokens.length > 1 ? parts.first : i === tokens.length - 1 ? parts.last : parts.middle, rand));
      const candidate = out.join(' ');
      if (candidate !== name) return candidate;
    }
    return `${name} ${copy}`;
  };
  for (const person of pool.persons) replacement.set(person, personTarget(person));

  const sorted = [...pool.countries].sort((a, b) => a.code.localeCompare(b.code));
  for (const c of sorted) {
    const target = sorted[Math.floor(prng(`${copy}|${c.code}`)() * sorted.length)];
    if (target.code === c.code) continue;
    for (const n of c.names) replacement.set(n, target.name);
    const forms: Array<[string | undefined, string | undefined]> = [[c.demonymM, target.demonymM], [c.demonymF, target.demonymF]];
    for (const [from, to] of forms) {
      if (!from || !to || from.length < 4) continue;
      for (const [f, t] of [[from, to], [plural(from), plural(to)]]) {
        replacement.set(f, t);
        replacement.set(lowerFirst(f), lowerFirst(t));
      }
    }
  }
  const keys = [...replacement.keys()].filter((k) => k.length >= 3).sort((a, b) => b.length - a.length);
  if (keys.length === 0) return (text) => text;
  const re = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keys.map(escapeRegExp).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  return (text) => text.replace(re, (m) => replacement.get(m) ?? m);
}

/**
 * Writes `copies` copies of the base corpus into `dir`, copy-major, one article at a time, and returns the files
 * (a prefix of the list is the corpus of fewer copies).
 */
export async function writeCorpus(base: BaseArticle[], pool: NamePool, copies: number, dir: string): Promise<CorpusFile[]> {
  mkdirSync(dir, { recursive: true });
  const files: CorpusFile[] = [];
  for (let copy = 0; copy < copies; copy++) {
    const rewrite = buildCopyRewriter(pool, copy);
    for (const article of base) {
      const text = rewrite(article.text);
      const path = join(dir, `${String(copy).padStart(3, '0')}-${article.name}.txt`);
      const out = createWriteStream(path);
      if (!out.write(text)) await once(out, 'drain');
      out.end();
      await once(out, 'finish');
      files.push({ path, bytes: Buffer.byteLength(text), copy });
    }
  }
  return files;
}

function splitNameParts(names: string[]): { first: string[]; middle: string[]; last: string[] } {
  const first = new Set<string>(), middle = new Set<string>(), last = new Set<string>();
  for (const name of names) {
    const t = name.split(/\s+/);
    if (t.length < 2) continue;
    first.add(t[0]);
    last.add(t[t.length - 1]);
    for (const x of t.slice(1, -1)) middle.add(x);
  }
  const mid = middle.size ? middle : new Set([...first, ...last]);
  return { first: [...first].sort(), middle: [...mid].sort(), last: [...last].sort() };
}

function readTsv(path: string): Array<Record<string, string>> {
  const lines = readFileSync(path, 'utf8').split('\n').filter((l) => l.trim() && !l.startsWith('#'));
  if (lines.length === 0) return [];
  const header = lines[0].split('\t').map((h) => h.trim().toLowerCase());
  return lines.slice(1).map((line) => {
    const cells = line.split('\t');
    return Object.fromEntries(header.map((h, i) => [h, (cells[i] ?? '').trim()]));
  });
}

function namesOfRow(row: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [key, value] of Object.entries(row)) {
    if (!value || !/^(name|nom|label|canonical|aliases?|alias_fr|names)$/.test(key)) continue;
    out.push(...value.split(/[|;]/).map((s) => s.trim()).filter(Boolean));
  }
  return out;
}

function isPersonName(name: string): boolean {
  return /^\p{Lu}[\p{L}\p{M}'-]*(?:\s\p{Lu}[\p{L}\p{M}'-]*)*$/u.test(name);
}

function plural(word: string): string {
  return /[sx]$/.test(word) ? word : `${word}s`;
}

function lowerFirst(word: string): string {
  return word.charAt(0).toLowerCase() + word.slice(1);
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

function pick<T>(items: T[], rand: () => number): T {
  return items[Math.floor(rand() * items.length)];
}

/** Deterministic generator seeded by a string (FNV-1a then mulberry32), so corpora are the same on every run. */
function prng(seed: string): () => number {
  // FNV-1a of the text gives the 32-bit seed.
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) h = Math.imul(h ^ seed.charCodeAt(i), 0x01000193);
  return seededRandom(h >>> 0);
}
